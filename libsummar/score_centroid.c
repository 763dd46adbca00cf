/*
 * score_centroid.c - the MEAD centroid (Radev, Jing, Stys & Tam 2004):
 * the document centroid is the mean TF-ISF vector of the content
 * sentences, c[t] = (tf[t] / N) x isf[t], isf[t] = log((N + 1) / df[t]);
 * only its top terms are kept (the centroid's "topic words").  A
 * sentence's score is the cosine of its own TF-ISF vector with that
 * centroid.
 */
#include "internal.h"

#include <math.h>
#include <stdlib.h>

/* Centroid terms kept: max(MIN, SHARE x distinct terms), at most MAX. */
#define SUMMAR_CENTROID_MIN_TERMS 20
#define SUMMAR_CENTROID_TERM_SHARE 0.10
#define SUMMAR_CENTROID_MAX_TERMS 1000

static int desc_double(const void *x, const void *y) {
  double a = *(const double *)x, b = *(const double *)y;
  return (a < b) - (a > b);
}

summar_status summar_score_centroid(const struct summar_doc *doc, double *s) {
  const summar_allocator *a = &doc->a;
  size_t n = doc->nsents, nt = doc->nterms;
  double *tf = summar_calloc(a, nt ? nt : 1, sizeof *tf);
  double *c = summar_calloc(a, nt ? nt : 1, sizeof *c);
  double *sorted = summar_calloc(a, nt ? nt : 1, sizeof *sorted);
  double *isf = summar_idf_table(doc);
  if (!tf || !c || !sorted || !isf) {
    summar_dealloc(a, tf);
    summar_dealloc(a, c);
    summar_dealloc(a, sorted);
    summar_dealloc(a, isf);
    return SUMMAR_ERR_NOMEM;
  }
  size_t nc = 0;
  for (size_t i = 0; i < n; i++) {
    const summar_sent *st = &doc->sents[i];
    if (st->flags & SUMMAR_SENT_DROP)
      continue;
    nc++;
    for (size_t k = 0, nv = summar_sent_ntv(st); k < nv; k++) {
      const summar_tv *e = &doc->tv[st->tv_first + k];
      if (e->term < nt)
        tf[e->term] += e->count;
    }
  }
  size_t distinct = 0;
  for (size_t t = 0; t < nt; t++) {
    if (tf[t] > 0) {
      c[t] = tf[t] / (double)(nc ? nc : 1) * isf[t];
      sorted[distinct++] = c[t];
    }
  }
  size_t keep = (size_t)ceil(SUMMAR_CENTROID_TERM_SHARE * (double)distinct);
  if (keep < SUMMAR_CENTROID_MIN_TERMS)
    keep = SUMMAR_CENTROID_MIN_TERMS;
  if (keep > SUMMAR_CENTROID_MAX_TERMS)
    keep = SUMMAR_CENTROID_MAX_TERMS;
  double cut = 0;
  if (distinct > keep) {
    qsort(sorted, distinct, sizeof *sorted, desc_double);
    cut = sorted[keep - 1];
  }
  double cnorm = 0;
  for (size_t t = 0; t < nt; t++) {
    if (c[t] > 0 && c[t] >= cut)
      cnorm += c[t] * c[t];
    else
      c[t] = 0;
  }
  cnorm = sqrt(cnorm);
  for (size_t i = 0; i < n; i++) {
    const summar_sent *st = &doc->sents[i];
    s[i] = 0;
    if ((st->flags & SUMMAR_SENT_DROP) || cnorm <= 0)
      continue;
    double dot = 0, sq = 0;
    for (size_t k = 0, nv = summar_sent_ntv(st); k < nv; k++) {
      const summar_tv *e = &doc->tv[st->tv_first + k];
      if (e->term >= nt)
        continue;
      double w = e->count * isf[e->term];
      sq += w * w;
      dot += w * c[e->term];
    }
    if (sq > 0)
      s[i] = dot / (sqrt(sq) * cnorm);
  }
  summar_dealloc(a, tf);
  summar_dealloc(a, c);
  summar_dealloc(a, sorted);
  summar_dealloc(a, isf);
  summar_scores_normalize(doc, s);
  return SUMMAR_OK;
}
