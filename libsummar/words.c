/*
 * words.c - words as a reader counts them, and cutting a text after N
 * of them.
 *
 * A word is a maximal run of non-whitespace characters that holds at
 * least one letter or digit, except in two cases:
 *   - a run that holds characters of a script written without spaces
 *     between words (Han, Hiragana, Katakana, Thai, Lao, Khmer, Myanmar)
 *     is split by ICU's word BreakIterator (dictionary-based for those
 *     scripts): each of its segments holding a letter or digit is a word;
 *   - a word longer than SUMMAR_WORD_MAX_CHARS code points (a URL, a
 *     50 MB run without a space) counts as one word per started
 *     SUMMAR_WORD_MAX_CHARS code points holding a letter or digit,
 *     counted from its first letter or digit and split at grapheme
 *     boundaries, so that no word budget lets an unbounded run through,
 *     and punctuation put before a word (an opening quote, Markdown's
 *     escape of a block marker) does not change its count.
 * When ICU cannot be opened the characters of such a run count one word
 * each (more words, never fewer: a budget stays a bound).
 */
#include "internal.h"

#include <unicode/ubrk.h>
#include <unicode/utext.h>
#include <utf8proc.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

/* Whether cp belongs to a script written without spaces between words. */
static int no_space_script(int32_t cp) {
  if (cp < 0x0E00)
    return 0;
  return (cp >= 0x0E00 && cp <= 0x0EFF) ||   /* Thai, Lao */
         (cp >= 0x1000 && cp <= 0x109F) ||   /* Myanmar */
         (cp >= 0x1780 && cp <= 0x17FF) ||   /* Khmer */
         (cp >= 0x19E0 && cp <= 0x19FF) ||   /* Khmer symbols */
         (cp >= 0x3005 && cp <= 0x3007) ||   /* 々 〆 〇 */
         (cp >= 0x3040 && cp <= 0x30FF) ||   /* Hiragana, Katakana */
         (cp >= 0x31F0 && cp <= 0x31FF) ||   /* Katakana extensions */
         (cp >= 0x3400 && cp <= 0x4DBF) ||   /* CJK extension A */
         (cp >= 0x4E00 && cp <= 0x9FFF) ||   /* CJK unified ideographs */
         (cp >= 0xA9E0 && cp <= 0xA9FF) ||   /* Myanmar extension B */
         (cp >= 0xAA60 && cp <= 0xAA7F) ||   /* Myanmar extension A */
         (cp >= 0xF900 && cp <= 0xFAFF) ||   /* CJK compatibility */
         (cp >= 0xFF66 && cp <= 0xFF9F) ||   /* halfwidth Katakana */
         (cp >= 0x20000 && cp <= 0x3FFFF);   /* CJK extensions B.. */
}

/* Whether byte b can end a run holding a letter or digit, or change what
 * it counts: ASCII white space and controls (up to 0x20), the lead bytes
 * C0..C3 (U+0085 and U+00A0 are spaces) and the lead bytes of three or
 * more bytes (the other spaces, the scripts without spaces).  Every other
 * byte (ASCII from 0x21, a continuation byte, a lead byte C4..DF of
 * U+0100..U+07FF, none of which is a space) is stepped over: as a
 * character or, when it is no valid one, as the invalid byte it is. */
static inline int run_stop(unsigned char b) {
  return b <= 0x20 || (b >= 0xC0 && b <= 0xC3) || b >= 0xE0;
}

/* The first e' >= e with text[e'] a run_stop() byte, or len. */
static size_t skip_to_stop(const char *text, size_t e, size_t len) {
#ifdef __SSE2__
  /* As signed bytes the stops are -32..32 and -64..-61. */
  const __m128i lo1 = _mm_set1_epi8(-33), hi1 = _mm_set1_epi8(33);
  const __m128i lo2 = _mm_set1_epi8(-65), hi2 = _mm_set1_epi8(-60);
  while (len - e >= 16) {
    __m128i v = _mm_loadu_si128((const __m128i *)(const void *)(text + e));
    __m128i a = _mm_and_si128(_mm_cmpgt_epi8(v, lo1), _mm_cmplt_epi8(v, hi1));
    __m128i b = _mm_and_si128(_mm_cmpgt_epi8(v, lo2), _mm_cmplt_epi8(v, hi2));
    unsigned m = (unsigned)_mm_movemask_epi8(_mm_or_si128(a, b));
    if (m)
      return e + (size_t)__builtin_ctz(m);
    e += 16;
  }
#endif
  while (e < len && !run_stop((unsigned char)text[e]))
    e++;
  return e;
}

void summar_words_init(summar_words *w) {
  w->bi = NULL;
  w->failed = 0;
}

void summar_words_free(summar_words *w) {
  if (w && w->bi) {
    ubrk_close((UBreakIterator *)w->bi);
    w->bi = NULL;
  }
}

/* Counts the pieces of the word text[s,e), which holds a letter or
 * digit: one per started SUMMAR_WORD_MAX_CHARS code points that holds a
 * letter or digit, counted from the first letter or digit (what comes
 * before it belongs to the first piece without counting), cut at
 * grapheme boundaries.  When the limit `left` is
 * reached inside it, *cut receives the end of the left-th piece.  Returns
 * the pieces counted (at most left). */
static size_t word_pieces(const char *text, size_t s, size_t e, size_t left,
                          size_t *cut) {
  if (e - s <= SUMMAR_WORD_MAX_CHARS) {
    if (left == 1)
      *cut = e;
    return 1;
  }
  size_t pieces = 0, chars = 0, i = s;
  int32_t prev = -1, state = 0;
  int has = 0;
  while (i < e) {
    size_t at = i;
    int32_t cp = summar_utf8_next(text, e, &i);
    if (cp < 0)
      cp = 0xFFFD;
    int brk = prev < 0 || utf8proc_grapheme_break_stateful(prev, cp, &state);
    prev = cp;
    if (brk && chars >= SUMMAR_WORD_MAX_CHARS) {
      if (has && ++pieces == left) {
        *cut = at;
        return pieces;
      }
      chars = 0;
      has = 0;
    }
    has |= summar_is_alnum(cp);
    chars += has || pieces;
  }
  if (has && ++pieces == left)
    *cut = e;
  return pieces;
}

/* Counts the words of the run text[s,e) written partly in a script
 * without spaces, with ICU's word breaker; see word_pieces for `left`
 * and *cut. */
static size_t run_words_icu(summar_words *w, const char *text, size_t s,
                            size_t e, size_t left, size_t *cut) {
  UErrorCode err = U_ZERO_ERROR;
  if (!w->bi && !w->failed) {
    w->bi = ubrk_open(UBRK_WORD, "", NULL, 0, &err);
    if (U_FAILURE(err) || !w->bi) {
      w->bi = NULL;
      w->failed = 1;
    }
  }
  size_t n = 0;
  if (w->failed) {
    /* One word per letter or digit. */
    size_t i = s;
    while (i < e && n < left) {
      int32_t cp = summar_utf8_next(text, e, &i);
      if (cp >= 0 && summar_is_alnum(cp) && ++n == left)
        *cut = i;
    }
    return n;
  }
  UText ut = UTEXT_INITIALIZER;
  err = U_ZERO_ERROR;
  utext_openUTF8(&ut, text + s, (int64_t)(e - s), &err);
  UBreakIterator *bi = (UBreakIterator *)w->bi;
  if (U_SUCCESS(err))
    ubrk_setUText(bi, &ut, &err);
  if (U_FAILURE(err)) {
    utext_close(&ut);
    w->failed = 1;
    return run_words_icu(w, text, s, e, left, cut);
  }
  int32_t a = ubrk_first(bi);
  for (int32_t b = ubrk_next(bi); b != UBRK_DONE && n < left;
       a = b, b = ubrk_next(bi)) {
    size_t ps = s + (size_t)a, pe = s + (size_t)b, i = ps;
    int alnum = 0;
    while (i < pe && !alnum) {
      int32_t cp = summar_utf8_next(text, pe, &i);
      alnum = cp >= 0 && summar_is_alnum(cp);
    }
    if (alnum)
      n += word_pieces(text, ps, pe, left - n, cut);
  }
  /* The iterator keeps its own shallow clone; it is reset before use. */
  utext_close(&ut);
  return n;
}

size_t summar_words_walk(summar_words *w, const char *text, size_t len,
                         size_t limit, size_t *cut) {
  size_t n = 0, i = 0, dummy = 0;
  if (!cut)
    cut = &dummy;
  *cut = len;
  if (!text || limit == 0) {
    *cut = 0;
    return 0;
  }
  while (i < len && n < limit) {
    size_t s = i;
    int32_t cp = summar_utf8_next(text, len, &i);
    if (cp >= 0 && summar_is_space(cp))
      continue;
    /* A run: s up to the next white space. */
    int alnum = cp >= 0 && summar_is_alnum(cp);
    int nospace = cp >= 0 && no_space_script(cp);
    size_t e = i;
    while (e < len) {
      /* Once the run has a letter or digit, only a run_stop() byte can
       * end it or change what it counts. */
      if (alnum) {
        e = skip_to_stop(text, e, len);
        if (e >= len)
          break;
      }
      size_t at = e;
      int32_t c = summar_utf8_next(text, len, &e);
      if (c >= 0 && summar_is_space(c)) {
        e = at;
        break;
      }
      if (c >= 0 && !alnum && summar_is_alnum(c))
        alnum = 1;
      if (c >= 0 && !nospace && no_space_script(c))
        nospace = 1;
    }
    if (nospace)
      n += run_words_icu(w, text, s, e, limit - n, cut);
    else if (alnum)
      n += word_pieces(text, s, e, limit - n, cut);
    i = e;
  }
  if (n < limit)
    *cut = len;
  return n;
}

SUMMAR_API size_t summar_word_count(const char *text, size_t len) {
  if (!text)
    return 0;
  summar_words w;
  summar_words_init(&w);
  size_t n = summar_words_walk(&w, text, len, SIZE_MAX, NULL);
  summar_words_free(&w);
  return n;
}
