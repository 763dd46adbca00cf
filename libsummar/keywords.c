/*
 * keywords.c - keyword salience: the most salient content terms of a
 * document (tf x idf), each shown as its most frequent surface form.
 */
#include "summary.h"

#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

typedef struct kw_rank {
  double sal;
  uint32_t tf, term;
} kw_rank;

static int cmp_kw(const void *x, const void *y) {
  const kw_rank *a = x, *b = y;
  if (a->sal != b->sal)
    return a->sal > b->sal ? -1 : 1;
  if (a->tf != b->tf)
    return a->tf > b->tf ? -1 : 1;
  return (a->term > b->term) - (a->term < b->term);
}

typedef struct kw_form {
  uint32_t slot, norm;
} kw_form;

static int cmp_form(const void *x, const void *y) {
  const kw_form *a = x, *b = y;
  if (a->slot != b->slot)
    return a->slot < b->slot ? -1 : 1;
  return (a->norm > b->norm) - (a->norm < b->norm);
}

/* For each keyword slot of the sorted forms[0..nf), its most frequent
 * norm (ties to the smaller string) into keywords[slot]. */
static void most_common_forms(const summar_doc *doc, const kw_form *forms,
                              size_t nf, uint32_t *keywords) {
  for (size_t i = 0; i < nf;) {
    size_t j = i;
    uint32_t s = forms[i].slot;
    size_t best_count = 0;
    uint32_t best = UINT32_MAX;
    while (j < nf && forms[j].slot == s) {
      size_t r = j;
      while (r < nf && forms[r].slot == s && forms[r].norm == forms[j].norm)
        r++;
      size_t count = r - j;
      if (count > best_count ||
          (count == best_count &&
           strcmp(doc->pool + forms[j].norm, doc->pool + best) < 0)) {
        best_count = count;
        best = forms[j].norm;
      }
      j = r;
    }
    keywords[s] = best;
    i = j;
  }
}

size_t summar_keywords(const summar_doc *doc, size_t n, uint32_t *keywords,
                       double *weights) {
  if (n == 0 || doc->nterms == 0 || !doc->df || !doc->tf)
    return 0;
  const summar_allocator *a = &doc->a;
  kw_rank *rk = summar_alloc(a, doc->nterms * sizeof *rk);
  uint32_t *slot = summar_alloc(a, doc->nterms * sizeof *slot);
  kw_form *forms = NULL;
  size_t result = SIZE_MAX;
  if (!rk || !slot)
    goto done;
  double big_n = (double)doc->ncontent;
  size_t nr = 0;
  for (size_t t = 0; t < doc->nterms; t++) {
    slot[t] = UINT32_MAX;
    if (!doc->tf[t] || !doc->df[t])
      continue;
    rk[nr].sal = doc->tf[t] * log((big_n + 1.0) / doc->df[t]);
    rk[nr].tf = doc->tf[t];
    rk[nr].term = (uint32_t)t;
    nr++;
  }
  qsort(rk, nr, sizeof *rk, cmp_kw);
  size_t m = nr < n ? nr : n;
  for (size_t k = 0; k < m; k++)
    slot[rk[k].term] = (uint32_t)k;

  /* The norms of the chosen terms' tokens in content sentences. */
  size_t nf = 0;
  forms = summar_alloc(a, (doc->ntoks ? doc->ntoks : 1) * sizeof *forms);
  if (!forms)
    goto done;
  for (size_t si = 0; si < doc->nsents; si++) {
    const summar_sent *s = &doc->sents[si];
    if (s->flags & SUMMAR_SENT_DROP)
      continue;
    size_t end = s->tok_first + summar_sent_ntoks(s);
    for (size_t i = s->tok_first; i < end; i++) {
      const summar_form *tk = summar_tok_form(doc, i);
      if (tk->term >= doc->nterms || slot[tk->term] == UINT32_MAX)
        continue;
      forms[nf].slot = slot[tk->term];
      forms[nf].norm = tk->norm;
      nf++;
    }
  }
  qsort(forms, nf, sizeof *forms, cmp_form);
  size_t found = 0;
  for (size_t k = 0; k < m; k++)
    keywords[k] = UINT32_MAX;
  most_common_forms(doc, forms, nf, keywords);
  /* Terms without a content token (cannot happen with a consistent doc)
   * are left out. */
  for (size_t k = 0; k < m; k++) {
    if (keywords[k] == UINT32_MAX)
      continue;
    if (weights)
      weights[found] = rk[k].sal / rk[0].sal;
    keywords[found++] = keywords[k];
  }
  result = found;
done:
  summar_dealloc(a, rk);
  summar_dealloc(a, slot);
  summar_dealloc(a, forms);
  return result;
}

summar_status summar_summary_add_keywords(const summar_doc *doc, size_t n,
                                          summar_summary *sum) {
  uint32_t *kw = summar_alloc(&doc->a, n * sizeof *kw);
  double *w = summar_alloc(&doc->a, n * sizeof *w);
  summar_status st = SUMMAR_ERR_NOMEM;
  size_t m = kw && w ? summar_keywords(doc, n, kw, w) : SIZE_MAX;
  if (m == SIZE_MAX)
    goto done;
  if (m == 0) {
    st = SUMMAR_OK;
    goto done;
  }
  size_t total = 0;
  for (size_t k = 0; k < m; k++)
    total += strlen(doc->pool + kw[k]) + 1;
  sum->kw_pool = summar_alloc(&sum->a, total);
  sum->kw_off = summar_alloc(&sum->a, m * sizeof *sum->kw_off);
  sum->kw_weight = summar_alloc(&sum->a, m * sizeof *sum->kw_weight);
  if (!sum->kw_pool || !sum->kw_off || !sum->kw_weight)
    goto done;
  memcpy(sum->kw_weight, w, m * sizeof *w);
  size_t off = 0;
  for (size_t k = 0; k < m; k++) {
    size_t l = strlen(doc->pool + kw[k]);
    memcpy(sum->kw_pool + off, doc->pool + kw[k], l + 1);
    sum->kw_off[k] = off;
    off += l + 1;
  }
  sum->nkeywords = m;
  st = SUMMAR_OK;
done:
  summar_dealloc(&doc->a, kw);
  summar_dealloc(&doc->a, w);
  return st;
}
