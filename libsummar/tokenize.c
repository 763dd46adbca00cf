/*
 * tokenize.c - word tokens through ICU's word BreakIterator over a UTF-8
 * UText (no UTF-16 copy), normalized (normalize.c), stemmed with
 * libstemmer (Arabic: the same algorithm on code points, stem_ar.c) and
 * flagged against the built-in stopword lists.
 *
 * Runs that UAX #29 segments by rule alone (Latin, Arabic...) take the
 * rule-based path of wordbreak.c instead of ICU's iterator, once a probe
 * shows that path segmenting as this tokenizer's iterator does
 * (check_fast()); it hands anything else to ICU.
 *
 * Each token also gets its term form, what the scorers match: the Snowball
 * stem, except in English, where it is the norm with its plural folded
 * (the S-stemmer, Harman 1991).  Snowball's English stemmer also merges
 * derivations ("organization", "organs" -> "organ"; "generally",
 * "general" -> "general", "generous" -> "generous"): it keeps recall for
 * search, but it blurs sentence similarity, and on the English dev sets
 * every scorer does better with plurals folded only (docs/evaluation.md).
 */
#include "internal.h"
#include "memo.h"
#include "stopwords.h"

#include <string.h>

#include <libstemmer.h>
#include <unicode/ubrk.h>
#include <unicode/utext.h>
#include <utf8proc.h>

/* Languages whose articles and pronouns are elided with an apostrophe
 * ("l'homme", "dell'anno"): the elided word becomes a token of its own. */
enum { ELIDE_NONE, ELIDE_FR, ELIDE_IT, ELIDE_CA };

/* Words longer than this (in bytes) are not stemmed. */
#define STEM_MAX 256

struct summar_tokenizer {
  summar_allocator a;
  UBreakIterator *bi;
  UText ut;
  int ut_open;
  struct sb_stemmer *stemmer;
  const summar_stoplist *stop;
  uint64_t stop_bit; /* stop's bit in summar_stopword_langs() */
  int elide;
  int arabic; /* stem the word as written with ar, normalize the stem */
  summar_stemmer_ar ar;
  int plural_terms; /* English: the term form folds plurals only */
  int no_stems; /* tokens get no stem (summar_tokenizer_defer_stems) */
  int no_stop_stems; /* stopwords get no stem (the same) */
  summar_buf norm;
  summar_buf stem;
  summar_buf term;
  memo memo;
  int fast_ok;          /* summar_wb_words() agrees with ICU here */
  int fast;             /* and is used */
  summar_wb wb;         /* its classes of the ASCII bytes */
  summar_wb_seg *segs;  /* the word segments it found */
  size_t nsegs, segs_cap;
};

/* Whether this libstemmer has the algorithm (older ones lack some). */
static int has_stemmer(const char *name) {
  for (const char **l = sb_stemmer_list(); l && *l; l++)
    if (strcmp(*l, name) == 0)
      return 1;
  return 0;
}

/* Called by icu_words() for each word segment text[s,e). */
typedef summar_status (*seg_fn)(summar_tokenizer *tk, const char *text,
                                size_t s, size_t e, unsigned flags,
                                void *ud);

/* The word segments of text[start,end) by ICU's word BreakIterator, with
 * their letter/digit flags (from the rule status for a segment of neither,
 * such as marks alone); punctuation, spaces and symbols are skipped. */
static summar_status icu_words(summar_tokenizer *tk, const char *text,
                               size_t start, size_t end, seg_fn fn,
                               void *ud) {
  UErrorCode err = U_ZERO_ERROR;
  utext_openUTF8(&tk->ut, text + start, (int64_t)(end - start), &err);
  if (U_FAILURE(err))
    return summar_icu_status(err);
  tk->ut_open = 1;
  ubrk_setUText(tk->bi, &tk->ut, &err);
  if (U_FAILURE(err))
    return summar_icu_status(err);

  int32_t prev = ubrk_first(tk->bi);
  summar_status st = SUMMAR_OK;
  for (int32_t next = ubrk_next(tk->bi); next != UBRK_DONE && st == SUMMAR_OK;
       prev = next, next = ubrk_next(tk->bi)) {
    size_t s = start + (size_t)prev, e = start + (size_t)next;
    int32_t status = ubrk_getRuleStatus(tk->bi);
    unsigned flags = summar_word_flags(text, s, e);
    if (!flags) {
      if (status < UBRK_WORD_NONE_LIMIT)
        continue;
      flags = status < UBRK_WORD_NUMBER_LIMIT ? SUMMAR_TOKEN_NUMBER
                                              : SUMMAR_TOKEN_LETTERS;
    }
    st = fn(tk, text, s, e, flags, ud);
  }
  return st;
}

/* The marks whose class depends on the locale or the ICU version: the
 * colon (a MidLetter in fi and sv), the full stop (no MidNumLet in
 * POSIX), the apostrophe and the comma.  (test_wordbreak compares every
 * other character in every context.) */
static const char fast_probe[] = "a:b a.b 1.2 a'b 1,2 1'2";

typedef struct probe_cmp {
  size_t k;
  int differ;
} probe_cmp;

static summar_status probe_seg(summar_tokenizer *tk, const char *text,
                               size_t s, size_t e, unsigned flags, void *ud) {
  (void)text;
  probe_cmp *pc = ud;
  const summar_wb_seg *f = pc->k < tk->nsegs ? &tk->segs[pc->k] : NULL;
  if (!f || f->s != s || f->e != e || f->flags != flags)
    pc->differ = 1;
  pc->k++;
  return SUMMAR_OK;
}

/* Turns the fast path on when it segments the probe as this tokenizer's
 * ICU iterator does, the colon a MidLetter or not (whichever agrees). */
static void check_fast(summar_tokenizer *tk) {
  size_t n = sizeof fast_probe - 1;
  for (int colon_mid = 0; colon_mid < 2 && !tk->fast_ok; colon_mid++) {
    summar_wb_init(&tk->wb, colon_mid);
    if (summar_wb_words(&tk->wb, &tk->a, fast_probe, 0, n, &tk->segs,
                        &tk->nsegs, &tk->segs_cap) != 0)
      return;
    probe_cmp pc = {0, 0};
    if (icu_words(tk, fast_probe, 0, n, probe_seg, &pc) != SUMMAR_OK)
      return;
    tk->fast_ok = !pc.differ && pc.k == tk->nsegs;
  }
  tk->fast = tk->fast_ok;
}

summar_status summar_tokenizer_new(const summar_allocator *a,
                                   const char *lang, summar_tokenizer **out) {
  if (out)
    *out = NULL;
  if (!a || !a->realloc || !a->free || !out)
    return SUMMAR_ERR_ARG;
  const char *code = NULL;
  if (lang && *lang)
    code = summar_lang_canonical(lang);
  if (code && strcmp(code, "und") == 0)
    code = NULL;

  summar_tokenizer *tk = summar_calloc(a, 1, sizeof *tk);
  if (!tk)
    return SUMMAR_ERR_NOMEM;
  tk->a = *a;
  UText init = UTEXT_INITIALIZER;
  tk->ut = init;
  summar_buf_init(&tk->norm, &tk->a);
  summar_buf_init(&tk->stem, &tk->a);
  summar_buf_init(&tk->term, &tk->a);
  summar_buf_init(&tk->memo.pool, &tk->a);

  UErrorCode err = U_ZERO_ERROR;
  tk->bi = ubrk_open(UBRK_WORD, code ? code : "", NULL, 0, &err);
  if (U_FAILURE(err) || !tk->bi) {
    summar_tokenizer_free(tk);
    return U_FAILURE(err) ? summar_icu_status(err) : SUMMAR_ERR_BACKEND;
  }
  if (code) {
    tk->stop = summar_stoplist_find(code);
    tk->stop_bit = summar_stoplist_bit(tk->stop);
    tk->arabic = strcmp(code, "ar") == 0;
    if (tk->arabic) {
      summar_stem_ar_init(&tk->ar, &tk->a);
    } else if (tk->stop && tk->stop->snowball &&
               has_stemmer(tk->stop->snowball)) {
      tk->stemmer = sb_stemmer_new(tk->stop->snowball, "UTF_8");
      if (!tk->stemmer) { /* a known algorithm: out of memory */
        summar_tokenizer_free(tk);
        return SUMMAR_ERR_NOMEM;
      }
    }
    tk->plural_terms = strcmp(code, "en") == 0;
    if (strcmp(code, "fr") == 0)
      tk->elide = ELIDE_FR;
    else if (strcmp(code, "it") == 0)
      tk->elide = ELIDE_IT;
    else if (strcmp(code, "ca") == 0)
      tk->elide = ELIDE_CA;
  }
  check_fast(tk);
  *out = tk;
  return SUMMAR_OK;
}

void summar_tokenizer_free(summar_tokenizer *tk) {
  if (!tk)
    return;
  if (tk->bi)
    ubrk_close(tk->bi);
  if (tk->ut_open)
    utext_close(&tk->ut);
  if (tk->stemmer)
    sb_stemmer_delete(tk->stemmer);
  if (tk->arabic)
    summar_stem_ar_free(&tk->ar);
  summar_buf_free(&tk->norm);
  summar_buf_free(&tk->stem);
  summar_buf_free(&tk->term);
  summar_buf_free(&tk->memo.pool);
  summar_dealloc(&tk->a, tk->memo.slot);
  summar_dealloc(&tk->a, tk->segs);
  summar_allocator a = tk->a;
  summar_dealloc(&a, tk);
}

static const char *const elide_fr[] = {
    "l", "d", "j", "m", "n", "s", "t", "c", "qu", "jusqu", "lorsqu",
    "puisqu", "quoiqu", "presqu", NULL};
static const char *const elide_it[] = {
    "l", "d", "c", "m", "t", "s", "v", "un", "dell", "all", "dall", "nell",
    "sull", "coll", "quell", "quest", "tutt", "anch", "com", "dov", "bell",
    NULL};
static const char *const elide_ca[] = {"l", "d", "m", "n", "s", "t", NULL};

/* For an elided article or pronoun ("l'", "qu’"), the byte length of the
 * prefix with its apostrophe; 0 when text[s,e) is not one. */
static size_t elision(const summar_tokenizer *tk, const char *text, size_t s,
                      size_t e) {
  size_t i = s;
  char low[9];
  size_t n = 0;
  while (i < e && n < sizeof low - 1) {
    char c = text[i];
    if ((c | 0x20) < 'a' || (c | 0x20) > 'z')
      break;
    low[n++] = (char)(c | 0x20);
    i++;
  }
  if (n == 0 || i >= e)
    return 0;
  size_t apos;
  if (text[i] == '\'')
    apos = 1;
  else if (e - i >= 3 && memcmp(text + i, "\xE2\x80\x99", 3) == 0)
    apos = 3;
  else
    return 0;
  if (i + apos >= e)
    return 0;
  const char *const *list = tk->elide == ELIDE_FR   ? elide_fr
                            : tk->elide == ELIDE_IT ? elide_it
                                                    : elide_ca;
  low[n] = '\0';
  if (!summar_in_list(list, low))
    return 0;
  return i + apos - s;
}

/* bit: the list's bit in summar_stopword_langs() (0: no list). */
static int is_stopword(uint64_t bit, const char *w, size_t n) {
  if (!bit || n == 0)
    return 0;
  if (summar_stopword_langs(w, n) & bit)
    return 1;
  /* "l'" is listed as "l" in some lists. */
  return n > 1 && w[n - 1] == '\'' &&
         (summar_stopword_langs(w, n - 1) & bit) != 0;
}

static int is_ascii_letter(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/* The S-stemmer (Harman, "How effective is suffixing?", JASIS 1991) on a
 * case-folded English word of 4+ bytes, into out: "ies" -> "y" (not
 * "eies", "aies"), else "es" -> "e" (not "aes", "ees", "oes"), else "s"
 * -> "" (not "us", "ss", nor after a non-letter: "company's" stays).
 * Returns 0, or -1 when out failed to grow. */
static int fold_plural(const char *w, size_t n, summar_buf *out) {
  out->len = 0;
  out->failed = 0;
  size_t keep = n;
  const char *add = "";
  if (n >= 4 && w[n - 1] == 's' && is_ascii_letter(w[n - 2])) {
    if (n >= 5 && w[n - 3] == 'i' && w[n - 2] == 'e' && w[n - 4] != 'e' &&
        w[n - 4] != 'a') {
      keep = n - 3;
      add = "y";
    } else if (w[n - 2] == 'e' && w[n - 3] != 'a' && w[n - 3] != 'e' &&
               w[n - 3] != 'o') {
      keep = n - 1;
    } else if (w[n - 2] != 'u' && w[n - 2] != 's') {
      keep = n - 1;
    }
  }
  summar_buf_append(out, w, keep);
  summar_buf_puts(out, add);
  return out->failed ? -1 : 0;
}

/* Normalizes and stems one token into *tok (its strings in the
 * tokenizer's buffers; tok->stem NULL when stems are deferred);
 * tok->norm_len is 0 for a token of ignorable code points only. */
static summar_status analyze(summar_tokenizer *tk, const char *text, size_t s,
                             size_t e, unsigned flags, summar_rawtok *out) {
  summar_buf *nb = &tk->norm;
  nb->len = 0;
  nb->failed = 0;
  summar_status st = summar_normalize(text + s, e - s, nb);
  if (st == SUMMAR_ERR_UTF8 || st == SUMMAR_ERR_BACKEND) {
    /* Not reachable for validated text: keep the bytes as they are. */
    nb->len = 0;
    nb->failed = 0;
    summar_buf_append(nb, text + s, e - s);
    st = nb->failed ? SUMMAR_ERR_NOMEM : SUMMAR_OK;
  }
  if (st != SUMMAR_OK)
    return st;
  summar_rawtok tok;
  memset(&tok, 0, sizeof tok);
  if (nb->len == 0) {
    *out = tok; /* only ignorable code points */
    return SUMMAR_OK;
  }
  tok.start = s;
  tok.end = e;
  tok.flags = flags;
  tok.norm = nb->data;
  tok.norm_len = nb->len;
  if (is_stopword(tk->stop_bit, nb->data, nb->len))
    tok.flags |= SUMMAR_TOKEN_STOPWORD;
  int deferred = tk->no_stems ||
                 (tk->no_stop_stems && (tok.flags & SUMMAR_TOKEN_STOPWORD));
  tok.stem = deferred ? NULL : nb->data;
  tok.stem_len = deferred ? 0 : nb->len;
  if (!deferred && (tk->stemmer || tk->arabic) &&
      (flags & SUMMAR_TOKEN_LETTERS) && nb->len <= STEM_MAX &&
      e - s <= 4 * STEM_MAX) {
    /* Snowball's Arabic stemmer does its own normalization and needs ة
     * (feminine ending) apart from ه (pronoun suffix): it gets the word as
     * written, and its stem is normalized after.  Others get the norm. */
    const char *r;
    size_t rl = 0;
    if (tk->arabic) {
      r = summar_stem_ar(&tk->ar, text + s, e - s, &rl);
    } else {
      r = (const char *)sb_stemmer_stem(
          tk->stemmer, (const sb_symbol *)nb->data, (int)nb->len);
      rl = r ? (size_t)sb_stemmer_length(tk->stemmer) : 0;
    }
    if (!r)
      return SUMMAR_ERR_NOMEM;
    if (rl > 0) {
      summar_buf *sb = &tk->stem;
      sb->len = 0;
      sb->failed = 0;
      if (tk->arabic) {
        st = summar_normalize(r, rl, sb);
        if (st == SUMMAR_ERR_NOMEM)
          return st;
      } else {
        summar_buf_append(sb, r, rl);
      }
      if (sb->failed)
        return SUMMAR_ERR_NOMEM;
      if (st == SUMMAR_OK && sb->len > 0) {
        tok.stem = sb->data;
        tok.stem_len = sb->len;
      }
    }
  }
  /* Without letters a token is not stemmed: its term is its norm. */
  tok.term = deferred ? nb->data : tok.stem;
  tok.term_len = deferred ? nb->len : tok.stem_len;
  if (tk->plural_terms && (flags & SUMMAR_TOKEN_LETTERS)) {
    if (fold_plural(nb->data, nb->len, &tk->term))
      return SUMMAR_ERR_NOMEM;
    tok.term = tk->term.data;
    tok.term_len = tk->term.len;
  }
  *out = tok;
  return SUMMAR_OK;
}

/* The analysis of one token into *tok: from the memo when its form was
 * seen before, else analyzed (and remembered).  `hash`, when not NULL, is
 * summar_hash_bytes() of text[s,e). */
static summar_status word_h(summar_tokenizer *tk, const char *text, size_t s,
                            size_t e, unsigned flags, const uint64_t *hash,
                            summar_rawtok *out) {
  memo *m = &tk->memo;
  summar_rawtok tok;
  memset(&tok, 0, sizeof tok);
  size_t n = e - s, slot = 0;
  uint64_t h = 0;
  int use = n <= MEMO_KEY_MAX && !m->off;
  if (use && !m->slot && summar_memo_rehash(&tk->a, m)) {
    m->off = 1;
    use = 0;
  }
  memo_rec *r = NULL;
  if (use) {
    h = hash ? *hash : summar_hash_bytes(text + s, n);
    r = summar_memo_find(m, h, text + s, n, flags, &slot);
  }
  if (r) {
    summar_memo_token(r, s, e, &tok);
  } else {
    summar_status st = analyze(tk, text, s, e, flags, &tok);
    if (st != SUMMAR_OK)
      return st;
    if (use && m->n < MEMO_MAX) {
      r = summar_memo_add(&tk->a, m, h, text + s, n, flags, slot, &tok);
      if (r)
        summar_memo_token(r, s, e, &tok);
    }
  }
  *out = tok;
  return SUMMAR_OK;
}

static summar_status word(summar_tokenizer *tk, const char *text, size_t s,
                          size_t e, unsigned flags, summar_rawtok *out) {
  return word_h(tk, text, s, e, flags, NULL, out);
}

/* Reports one token to cb (none for ignorable code points only); `hash`
 * as for word_h(). */
static summar_status emit(summar_tokenizer *tk, const char *text, size_t s,
                          size_t e, unsigned flags, const uint64_t *hash,
                          summar_token_cb cb, void *ud) {
  summar_rawtok tok;
  summar_status st = word_h(tk, text, s, e, flags, hash, &tok);
  if (st != SUMMAR_OK || !tok.norm_len)
    return st;
  return cb(ud, &tok) ? SUMMAR_ERR_NOMEM : SUMMAR_OK;
}

int summar_tokenizer_fast(summar_tokenizer *tk, int on) {
  if (!tk)
    return 0;
  tk->fast = on && tk->fast_ok;
  return tk->fast;
}

int summar_tokenizer_defer_stems(summar_tokenizer *tk) {
  if (!tk || tk->memo.n || (!tk->stemmer && !tk->arabic))
    return 0;
  if (tk->plural_terms)
    tk->no_stems = 1;
  else if (tk->stop_bit)
    tk->no_stop_stems = 1;
  else
    return 0;
  return 1;
}

summar_status summar_tokenizer_word(summar_tokenizer *tk, const char *text,
                                    size_t start, size_t end, unsigned flags,
                                    summar_rawtok *out) {
  if (!tk || !out || start >= end || !text)
    return SUMMAR_ERR_ARG;
  return word(tk, text, start, end,
              flags & (SUMMAR_TOKEN_LETTERS | SUMMAR_TOKEN_NUMBER), out);
}

/* The callback and its data of one summar_tokenize() call. */
typedef struct emit_to {
  summar_token_cb cb;
  void *ud;
} emit_to;

/* Reports the word segment text[s,e): an elided article or pronoun as a
 * token of its own, then the rest; `hash` as for word_h(). */
static summar_status emit_seg_h(summar_tokenizer *tk, const char *text,
                                size_t s, size_t e, unsigned flags,
                                const uint64_t *hash, const emit_to *to) {
  if (tk->elide && (flags & SUMMAR_TOKEN_LETTERS)) {
    size_t k = elision(tk, text, s, e);
    if (k) {
      summar_status st = emit(tk, text, s, s + k, SUMMAR_TOKEN_LETTERS, NULL,
                              to->cb, to->ud);
      if (st != SUMMAR_OK)
        return st;
      s += k;
      flags = summar_word_flags(text, s, e);
      hash = NULL;
    }
  }
  return emit(tk, text, s, e, flags, hash, to->cb, to->ud);
}

static summar_status emit_seg(summar_tokenizer *tk, const char *text,
                              size_t s, size_t e, unsigned flags, void *ud) {
  return emit_seg_h(tk, text, s, e, flags, NULL, ud);
}

/* How many segments ahead the memo lookups of summar_tokenize() hash their
 * key and fetch its slot, and fetch its record (MEMO_AHEAD_REC <
 * MEMO_AHEAD <= MEMO_RING). */
#define MEMO_AHEAD 8
#define MEMO_AHEAD_REC 4
#define MEMO_RING 16

/* The hash of segment k into ring[k % MEMO_RING] and its slot fetched
 * ahead, when the memo will look it up. */
static void seg_hash_ahead(const summar_tokenizer *tk, const char *text,
                           size_t start, size_t k, uint64_t *ring) {
  const summar_wb_seg *sg = &tk->segs[k];
  size_t n = sg->e - sg->s;
  if (n > MEMO_KEY_MAX)
    return;
  uint64_t h = summar_hash_bytes(text + start + sg->s, n);
  ring[k % MEMO_RING] = h;
  summar_memo_prefetch_slot(&tk->memo, h);
}

/* The words of text[start,end), a span summar_tokenize() cut. */
static summar_status tokenize_span(summar_tokenizer *tk, const char *text,
                                   size_t start, size_t end,
                                   summar_token_cb cb, void *ud) {
  emit_to to = {cb, ud};
  int r = tk->fast ? summar_wb_words(&tk->wb, &tk->a, text, start, end,
                                     &tk->segs, &tk->nsegs, &tk->segs_cap)
                   : 1;
  if (r < 0)
    return SUMMAR_ERR_NOMEM;
  if (r > 0)
    return icu_words(tk, text, start, end, emit_seg, &to);
  summar_status st = SUMMAR_OK;
  size_t n = tk->nsegs;
  if (!summar_memo_open(&tk->memo)) {
    for (size_t k = 0; k < n && st == SUMMAR_OK; k++) {
      const summar_wb_seg *sg = &tk->segs[k];
      st = emit_seg(tk, text, start + sg->s, start + sg->e, sg->flags, &to);
    }
    return st;
  }
  /* The memo's slots and records are scattered over megabytes: each
   * segment's key is hashed MEMO_AHEAD segments ahead and its slot
   * fetched, then its record fetched MEMO_AHEAD_REC segments ahead. */
  uint64_t ring[MEMO_RING];
  for (size_t k = 0; k < n && k < MEMO_AHEAD; k++)
    seg_hash_ahead(tk, text, start, k, ring);
  for (size_t k = 0; k < n && st == SUMMAR_OK; k++) {
    if (k + MEMO_AHEAD < n)
      seg_hash_ahead(tk, text, start, k + MEMO_AHEAD, ring);
    size_t kr = k + MEMO_AHEAD_REC;
    if (kr < n && tk->memo.slot &&
        tk->segs[kr].e - tk->segs[kr].s <= MEMO_KEY_MAX)
      summar_memo_prefetch_rec(&tk->memo, ring[kr % MEMO_RING]);
    const summar_wb_seg *sg = &tk->segs[k];
    const uint64_t *h =
        sg->e - sg->s <= MEMO_KEY_MAX ? &ring[k % MEMO_RING] : NULL;
    st = emit_seg_h(tk, text, start + sg->s, start + sg->e, sg->flags, h,
                    &to);
  }
  return st;
}

/* A span of more than SUMMAR_TOK_PIECE bytes is tokenized in pieces of
 * about that size, each cut after a space that an ASCII letter or digit
 * follows: a word boundary whatever the context (no rule of UAX #29
 * joins a space to what follows it but WB3d, space to space, and WB4,
 * an extending mark), so the pieces give the span's words, while the word
 * segments held at once stay bounded (taken whole, a sentence of a
 * hundred thousand words would hold a 12-byte record a word). */
#define SUMMAR_TOK_PIECE 65536

summar_status summar_tokenize(summar_tokenizer *tk, const char *text,
                              size_t start, size_t end, summar_token_cb cb,
                              void *ud) {
  if (!tk || !cb || start > end || (!text && end > 0))
    return SUMMAR_ERR_ARG;
  if (start == end)
    return SUMMAR_OK;
  if (end - start > INT32_MAX)
    return SUMMAR_ERR_TOO_LARGE;
  while (end - start > SUMMAR_TOK_PIECE) {
    size_t cut = start + SUMMAR_TOK_PIECE;
    while (cut < end && !(text[cut - 1] == ' ' &&
                          (unsigned char)text[cut] < 0x80 &&
                          summar_is_alnum((unsigned char)text[cut])))
      cut++;
    if (cut == end)
      break;
    summar_status st = tokenize_span(tk, text, start, cut, cb, ud);
    if (st != SUMMAR_OK)
      return st;
    start = cut;
  }
  return tokenize_span(tk, text, start, end, cb, ud);
}
