/*
 * segment.c - sentence boundaries.
 *
 * ICU's sentence BreakIterator runs over the UTF-8 bytes (utext_openUTF8,
 * no UTF-16 copy) and proposes candidate boundaries.  Our own rules then
 * add candidates ICU cannot see (list items, bullets, Arabic ؛, the
 * Armenian full stop written ":", a digit after a period, a period before
 * a spaced ellipsis, a missing space after a period in Cyrillic text, the
 * Arabic comma of long unpunctuated Arabic blocks, both ends of a widget
 * phrase glued to the next sentence: "Scroll down for video The mayor
 * said ...") and judge every candidate, left to right:
 *   - a blank line always ends a sentence (in double-spaced text, found by
 *     cleaning, it counts as a single line break);
 *   - a single line break without terminal punctuation ends one only when
 *     the next line is a list item or bullet, when every line of the block
 *     is short (under 40 code points: a list, an address, verse), or when
 *     the line was broken on purpose (the next line's first word would
 *     have fit on it: hard wrapping fills lines, headings do not);
 *   - after a period: abbreviations (per-language prefix / numeric /
 *     generic lists, dotted forms such as "U.S.", single letters as
 *     initials, ordinals in languages that write "5." and "XII."), numbers
 *     and list markers decide, helped by the next word (lower case or a
 *     digit: no end; a capital: an end after a generic abbreviation only
 *     when the word usually opens a sentence, and the sentence it would
 *     end has 4+ words);  "!" after a brand name ("Yahoo!") never ends one;
 *     a reference "[12]" after the period stays with its sentence;
 *   - ellipses end a sentence only before a capital; "[...]" and the
 *     spaced omission ". . ." never do (". . . ." may); an ellipsis that
 *     opens a sentence stays with it;
 *   - boundaries inside a short balanced quotation are dropped, and a
 *     closing quote or bracket after the period stays with its sentence;
 *   - pieces made of punctuation only ("! ! !") are joined.
 * All offsets are bytes into the caller's text; nothing is allocated per
 * character: the candidate, span and marker arrays live in the segmenter
 * and are reused from call to call.
 *
 * This file drives a run and emits the sentences; segment_cand.c finds
 * the candidates, segment_judge.c decides them, segment_lang.c holds the
 * abbreviations and sentence openers of each language.
 */

#include "segment_int.h"

/* ------------------------------------------------------------ output */

static int has_alnum(const char *t, size_t s, size_t e) {
  while (s < e) {
    int32_t c = summar_utf8_next(t, e, &s);
    if (is_letter(c) || is_digit(c))
      return 1;
  }
  return 0;
}

static int emit(seg_run *r, size_t s, size_t e, int after_blank) {
  if (e <= s)
    return 0;
  int punct = !has_alnum(r->t, s, e);
  if (punct && r->last_punct && !after_blank && r->out->n > r->first_out) {
    r->out->v[r->out->n - 1].end = e;
    return 0;
  }
  if (summar_rangevec_push(r->out, s, e))
    return -1;
  r->last_punct = punct;
  return 0;
}

/* ------------------------------------------------------------ API */

/* Runs up to this many bytes reach ICU in UTF-16 (its fastest text
 * access), through a copy the segmenter keeps; longer ones through a
 * UTF-8 UText (no copy). */
#define SEG_UTF16_MAX 65536

summar_status summar_segmenter_new(const summar_allocator *a,
                                   const char *lang, summar_segmenter **out) {
  if (!out)
    return SUMMAR_ERR_ARG;
  *out = NULL;
  if (!a)
    a = &summar_default_allocator;
  summar_segmenter *seg = summar_calloc(a, 1, sizeof *seg);
  if (!seg)
    return SUMMAR_ERR_NOMEM;
  seg->a = *a;
  UText init = UTEXT_INITIALIZER;
  seg->ut = init;
  seg->utf16_max = SEG_UTF16_MAX;
  char code[8] = "";
  if (lang && strcmp(lang, "und") != 0) {
    size_t k = 0;
    while (lang[k] && lang[k] != '-' && lang[k] != '_' && k < sizeof code - 1) {
      char ch = lang[k];
      code[k] = (ch >= 'A' && ch <= 'Z') ? (char)(ch + 32) : ch;
      k++;
    }
    code[k] = '\0';
  }
  if (summar_seg_langdata(code, &seg->lang_data))
    seg->lang = &seg->lang_data;
  const summar_starters_lists *en = summar_starters_find("en");
  const summar_abbrev_lists *mul = summar_abbrev_find("mul");
  seg->starters = seg->lang && seg->lang->starters ? seg->lang->starters
                  : en                             ? en->starters
                                                   : NULL;
  seg->all_numeric = mul ? mul->numeric : NULL;
  seg->exclaim = mul ? mul->exclaim : NULL;
  UErrorCode err = U_ZERO_ERROR;
  seg->bi = ubrk_open(UBRK_SENTENCE, code, NULL, 0, &err);
  if (U_FAILURE(err) || !seg->bi) {
    summar_dealloc(a, seg);
    return U_FAILURE(err) ? summar_icu_status(err) : SUMMAR_ERR_BACKEND;
  }
  *out = seg;
  return SUMMAR_OK;
}

void summar_segmenter_free(summar_segmenter *seg) {
  if (!seg)
    return;
  if (seg->bi)
    ubrk_close(seg->bi);
  utext_close(&seg->ut);
  summar_dealloc(&seg->a, seg->cand);
  summar_dealloc(&seg->a, seg->span);
  summar_dealloc(&seg->a, seg->mark);
  summar_dealloc(&seg->a, seg->u16);
  summar_allocator a = seg->a;
  summar_dealloc(&a, seg);
}

static summar_status push_icu(seg_run *r, size_t pos) {
  if (pos >= r->end)
    return SUMMAR_OK;
  return summar_seg_push_cand(r->seg, pos, CAND_ICU) ? SUMMAR_ERR_NOMEM
                                                      : SUMMAR_OK;
}

/* ICU's candidates through a UTF-16 copy of the run; 1 when the run does
 * not convert (invalid UTF-8, no memory): the caller then uses a UText,
 * which gives the same boundaries for valid text. */
static int icu_candidates_utf16(seg_run *r, summar_status *st) {
  summar_segmenter *seg = r->seg;
  size_t n = r->end - r->start;
  if (n > seg->utf16_max ||
      summar_grow(&seg->a, (void **)&seg->u16, &seg->cu16, n + 1,
                  sizeof *seg->u16))
    return 1;
  UErrorCode err = U_ZERO_ERROR;
  int32_t ulen = 0;
  u_strFromUTF8(seg->u16, (int32_t)seg->cu16, &ulen, r->t + r->start,
                (int32_t)n, &err);
  if (U_FAILURE(err))
    return 1;
  ubrk_setText(seg->bi, seg->u16, ulen, &err);
  if (U_FAILURE(err))
    return 1;
  /* UTF-16 offsets back to bytes, walking forward: the text is valid. */
  size_t pos = r->start;
  int32_t u = 0;
  *st = SUMMAR_OK;
  for (int32_t b = ubrk_following(seg->bi, 0); b != UBRK_DONE;
       b = ubrk_next(seg->bi)) {
    while (u < b && pos < r->end) {
      unsigned char c = (unsigned char)r->t[pos];
      size_t len = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
      pos += len;
      u += len == 4 ? 2 : 1;
    }
    if (pos >= r->end)
      break;
    if ((*st = push_icu(r, pos)) != SUMMAR_OK)
      break;
  }
  return 0;
}

/* Proposes ICU's candidates for the run. */
static summar_status icu_candidates(seg_run *r) {
  summar_segmenter *seg = r->seg;
  summar_status st;
  if (!icu_candidates_utf16(r, &st))
    return st;
  UErrorCode err = U_ZERO_ERROR;
  utext_openUTF8(&seg->ut, r->t + r->start, (int64_t)(r->end - r->start),
                 &err);
  if (U_SUCCESS(err))
    ubrk_setUText(seg->bi, &seg->ut, &err);
  if (U_FAILURE(err))
    return summar_icu_status(err);
  for (int32_t b = ubrk_following(seg->bi, 0); b != UBRK_DONE;
       b = ubrk_next(seg->bi)) {
    size_t pos = r->start + (size_t)b;
    if (pos >= r->end)
      break;
    if (push_icu(r, pos))
      return SUMMAR_ERR_NOMEM;
  }
  return SUMMAR_OK;
}

/* Decides the sorted candidates left to right, emitting sentences. */
static summar_status decide(seg_run *r, int soft_blank) {
  const summar_segmenter *seg = r->seg;
  const char *text = r->t;
  size_t seg_start = r->start;
  int after_blank = 1;
  for (size_t k = 0; k < seg->ncand; k++) {
    size_t p = seg->cand[k].pos;
    if (p <= seg_start || p >= r->end)
      continue;
    size_t L = skip_space_back(text, seg_start, p);
    size_t R = skip_space(text, p, r->end);
    if (L <= seg_start || R >= r->end)
      continue;
    /* a closing quote or bracket after the period stays on the left */
    if (seg->cand[k].kind != CAND_FORCE) {
      size_t ce;
      int guard = 0;
      while (R < r->end &&
             (ce = summar_seg_closes_span(r, seg_start, R)) != 0 &&
             guard++ < 8) {
        L = ce;
        R = skip_space(text, ce, r->end);
      }
      if (R >= r->end)
        continue;
    }
    int newlines = 0;
    for (size_t i = L; i < R; i++)
      if (text[i] == '\n')
        newlines++;
    int keep = (newlines >= 2 && !soft_blank) ||
               summar_seg_judge(r, seg_start, L, R, seg->cand[k].kind,
                                newlines > 0);
    if (!keep)
      continue;
    if (emit(r, seg_start, L, after_blank))
      return SUMMAR_ERR_NOMEM;
    after_blank = newlines >= 2 && !soft_blank;
    seg_start = R;
  }
  if (emit(r, seg_start, r->end, after_blank))
    return SUMMAR_ERR_NOMEM;
  return SUMMAR_OK;
}

summar_status summar_segment(summar_segmenter *seg, const char *text,
                             size_t start, size_t end, int soft_blank,
                             summar_rangevec *out) {
  if (!seg || !out || (!text && end > start) || end < start)
    return SUMMAR_ERR_ARG;
  seg_run r;
  memset(&r, 0, sizeof r);
  r.seg = seg;
  r.t = text;
  r.out = out;
  r.first_out = out->n;
  r.start = skip_space(text, start, end);
  r.end = skip_space_back(text, r.start, end);
  if (r.start >= r.end)
    return SUMMAR_OK;
  if ((uint64_t)(r.end - r.start) > (uint64_t)INT32_MAX)
    return SUMMAR_ERR_TOO_LARGE;

  seg_stats st;
  summar_seg_prepass(&r, &st);
  r.colon_stop = st.letters > 0 && st.armenian * 2 > st.letters;
  r.semicolon_q = st.letters > 0 && st.greek * 2 > st.letters;
  seg->ncand = 0;
  summar_status status = icu_candidates(&r);
  if (status != SUMMAR_OK)
    return status;
  if (summar_seg_add_candidates(&r, &st) || summar_seg_find_spans(&r))
    return SUMMAR_ERR_NOMEM;
  summar_seg_sort_cands(seg);
  return decide(&r, soft_blank);
}
