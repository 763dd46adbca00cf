/*
 * rouge.c - ROUGE-1, ROUGE-2 and ROUGE-L (Lin 2004) for evaluating
 * summaries against references, with the tokenization of the usual ROUGE
 * scripts: lower-cased letter/digit runs, Porter stemming for English
 * tokens longer than 3 letters; Arabic normalized then Snowball-stemmed.
 */
#include "internal.h"
#include "stopwords.h"

#include <libstemmer.h>
#include <stdlib.h>
#include <string.h>

typedef struct ids {
  uint32_t *v;
  size_t n, cap;
} ids;

typedef struct rouge_ctx {
  const summar_allocator *a;
  summar_intern in;
  struct sb_stemmer *stemmer;
  int english;
  summar_buf norm;
} rouge_ctx;

static int is_word_char(int32_t cp) {
  if (summar_is_alnum(cp))
    return 1;
  /* Combining marks stay inside their word. */
  return (cp >= 0x0300 && cp <= 0x036F) || (cp >= 0x0610 && cp <= 0x061A) ||
         (cp >= 0x064B && cp <= 0x065F) || cp == 0x0670 ||
         (cp >= 0x0900 && cp <= 0x0DFF && !summar_is_space(cp) &&
          cp != 0x0964 && cp != 0x0965);
}

static int add_token(rouge_ctx *rc, const char *w, size_t len, ids *out) {
  size_t letters = 0, i = 0;
  while (i < len) {
    summar_utf8_next(w, len, &i);
    letters++;
  }
  if (rc->stemmer && (!rc->english || letters > 3)) {
    const sb_symbol *s =
        sb_stemmer_stem(rc->stemmer, (const sb_symbol *)w, (int)len);
    if (!s)
      return -1;
    w = (const char *)s;
    len = (size_t)sb_stemmer_length(rc->stemmer);
  }
  uint32_t off;
  if (summar_intern_str(&rc->in, w, len, &off))
    return -1;
  if (summar_grow(rc->a, (void **)&out->v, &out->cap, out->n + 1,
                  sizeof *out->v))
    return -1;
  out->v[out->n++] = off;
  return 0;
}

/* Normalizes text and appends its tokens (as interned pool offsets). */
static summar_status tokenize(rouge_ctx *rc, const char *text, size_t len,
                              ids *out) {
  out->n = 0;
  rc->norm.len = 0;
  summar_status st = summar_normalize(text, len, &rc->norm);
  if (st != SUMMAR_OK)
    return st;
  if (rc->norm.failed)
    return SUMMAR_ERR_NOMEM;
  const char *s = rc->norm.data ? rc->norm.data : "";
  size_t n = rc->norm.len, i = 0, start = 0;
  int in_word = 0;
  while (i < n) {
    size_t at = i;
    int32_t cp = summar_utf8_next(s, n, &i);
    int w = cp >= 0 && is_word_char(cp);
    if (w && !in_word)
      start = at;
    if (!w && in_word && add_token(rc, s + start, at - start, out))
      return SUMMAR_ERR_NOMEM;
    in_word = w;
  }
  if (in_word && add_token(rc, s + start, n - start, out))
    return SUMMAR_ERR_NOMEM;
  return SUMMAR_OK;
}

static int cmp_u64(const void *x, const void *y) {
  uint64_t a = *(const uint64_t *)x, b = *(const uint64_t *)y;
  return (a > b) - (a < b);
}

/* Clipped overlap of two multisets of n-grams (n = 1 or 2). */
static int ngram_overlap(const summar_allocator *a, const ids *x,
                         const ids *y, int order, size_t *nx, size_t *ny,
                         size_t *hits) {
  size_t cx = x->n >= (size_t)order ? x->n - (size_t)order + 1 : 0;
  size_t cy = y->n >= (size_t)order ? y->n - (size_t)order + 1 : 0;
  *nx = cx;
  *ny = cy;
  *hits = 0;
  if (!cx || !cy)
    return 0;
  uint64_t *gx = summar_calloc(a, cx, sizeof *gx);
  uint64_t *gy = summar_calloc(a, cy, sizeof *gy);
  if (!gx || !gy) {
    summar_dealloc(a, gx);
    summar_dealloc(a, gy);
    return -1;
  }
  for (size_t i = 0; i < cx; i++)
    gx[i] = order == 1 ? x->v[i] : ((uint64_t)x->v[i] << 32 | x->v[i + 1]);
  for (size_t i = 0; i < cy; i++)
    gy[i] = order == 1 ? y->v[i] : ((uint64_t)y->v[i] << 32 | y->v[i + 1]);
  qsort(gx, cx, sizeof *gx, cmp_u64);
  qsort(gy, cy, sizeof *gy, cmp_u64);
  size_t i = 0, j = 0;
  while (i < cx && j < cy) {
    if (gx[i] < gy[j]) {
      i++;
    } else if (gx[i] > gy[j]) {
      j++;
    } else {
      (*hits)++;
      i++;
      j++;
    }
  }
  summar_dealloc(a, gx);
  summar_dealloc(a, gy);
  return 0;
}

/* ROUGE-L's dynamic programme takes time in the product of the two token
 * counts; above this many cells it is refused (SUMMAR_ERR_TOO_LARGE):
 * 10^8 cells take about a second. */
#define ROUGE_LCS_MAX_CELLS 100000000u

/* Length of the longest common subsequence, two rows of DP. */
static int lcs(const summar_allocator *a, const ids *x, const ids *y,
               size_t *out) {
  *out = 0;
  if (!x->n || !y->n)
    return 0;
  size_t *prev = summar_calloc(a, y->n + 1, sizeof *prev);
  size_t *cur = summar_calloc(a, y->n + 1, sizeof *cur);
  if (!prev || !cur) {
    summar_dealloc(a, prev);
    summar_dealloc(a, cur);
    return -1;
  }
  for (size_t i = 1; i <= x->n; i++) {
    for (size_t j = 1; j <= y->n; j++) {
      if (x->v[i - 1] == y->v[j - 1])
        cur[j] = prev[j - 1] + 1;
      else
        cur[j] = prev[j] > cur[j - 1] ? prev[j] : cur[j - 1];
    }
    size_t *t = prev;
    prev = cur;
    cur = t;
  }
  *out = prev[y->n];
  summar_dealloc(a, prev);
  summar_dealloc(a, cur);
  return 0;
}

static void prf_add(summar_prf *acc, size_t hits, size_t ncand,
                    size_t nref) {
  double r = nref ? (double)hits / (double)nref : 0;
  double p = ncand ? (double)hits / (double)ncand : 0;
  acc->recall += r;
  acc->precision += p;
  acc->f1 += (r + p) > 0 ? 2 * r * p / (r + p) : 0;
}

static void prf_div(summar_prf *acc, double n) {
  acc->recall /= n;
  acc->precision /= n;
  acc->f1 /= n;
}

/* Length of text once cut after `words` words. */
static size_t cut_at(const char *text, size_t len, size_t words) {
  size_t i = 0, count = 0;
  int in_run = 0, alnum = 0;
  while (i < len) {
    size_t at = i;
    int32_t cp = summar_utf8_next(text, len, &i);
    if (cp >= 0 && summar_is_space(cp)) {
      if (in_run && alnum && ++count == words)
        return at;
      in_run = alnum = 0;
    } else {
      in_run = 1;
      alnum |= summar_is_alnum(cp);
    }
  }
  return len;
}

SUMMAR_API summar_status summar_rouge_score(const char *lang,
                                            const char *summary, size_t len,
                                            const char *const *refs,
                                            const size_t *ref_lens,
                                            size_t nrefs, size_t cut_words,
                                            summar_rouge *out) {
  if ((!summary && len) || !refs || !ref_lens || !nrefs || !out ||
      !SUMMAR_SIZED_OK(out, summar_rouge, rougel))
    return SUMMAR_ERR_ARG;
  if (!summary)
    summary = "";
  const char *code = NULL;
  if (lang && *lang) {
    code = summar_lang_canonical(lang);
    if (!code)
      return SUMMAR_ERR_LANG_UNSUPPORTED;
  }
  if (summar_utf8_check(summary, len, NULL) != SUMMAR_OK)
    return SUMMAR_ERR_UTF8;
  for (size_t r = 0; r < nrefs; r++)
    if (!refs[r] || summar_utf8_check(refs[r], ref_lens[r], NULL) != SUMMAR_OK)
      return refs[r] ? SUMMAR_ERR_UTF8 : SUMMAR_ERR_ARG;
  if (cut_words)
    len = cut_at(summary, len, cut_words);

  rouge_ctx rc;
  memset(&rc, 0, sizeof rc);
  rc.a = &summar_default_allocator;
  summar_intern_init(&rc.in, rc.a);
  summar_buf_init(&rc.norm, rc.a);
  if (code) {
    const summar_stoplist *sl = summar_stoplist_find(code);
    rc.english = strcmp(code, "en") == 0;
    const char *algo = rc.english ? "porter" : sl ? sl->snowball : NULL;
    if (algo) {
      rc.stemmer = sb_stemmer_new(algo, "UTF_8");
      if (!rc.stemmer)
        return SUMMAR_ERR_NOMEM;
    }
  }
  ids cand = {NULL, 0, 0}, ref = {NULL, 0, 0};
  summar_rouge acc;
  memset(&acc, 0, sizeof acc);
  summar_status st = tokenize(&rc, summary, len, &cand);
  for (size_t r = 0; st == SUMMAR_OK && r < nrefs; r++) {
    st = tokenize(&rc, refs[r], ref_lens[r], &ref);
    size_t nx, ny, hits, l;
    for (int order = 1; st == SUMMAR_OK && order <= 2; order++) {
      if (ngram_overlap(rc.a, &cand, &ref, order, &nx, &ny, &hits))
        st = SUMMAR_ERR_NOMEM;
      else
        prf_add(order == 1 ? &acc.rouge1 : &acc.rouge2, hits, nx, ny);
    }
    if (st == SUMMAR_OK && ref.n && cand.n > ROUGE_LCS_MAX_CELLS / ref.n)
      st = SUMMAR_ERR_TOO_LARGE;
    if (st == SUMMAR_OK) {
      if (lcs(rc.a, &cand, &ref, &l))
        st = SUMMAR_ERR_NOMEM;
      else
        prf_add(&acc.rougel, l, cand.n, ref.n);
    }
  }
  if (st == SUMMAR_OK) {
    prf_div(&acc.rouge1, (double)nrefs);
    prf_div(&acc.rouge2, (double)nrefs);
    prf_div(&acc.rougel, (double)nrefs);
    SUMMAR_SIZED_COPY(out, &acc);
  }
  summar_dealloc(rc.a, cand.v);
  summar_dealloc(rc.a, ref.v);
  summar_buf_free(&rc.norm);
  summar_intern_free(&rc.in);
  if (rc.stemmer)
    sb_stemmer_delete(rc.stemmer);
  return st;
}
