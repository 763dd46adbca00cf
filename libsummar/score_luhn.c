/*
 * score_luhn.c - Luhn (1958), "The automatic creation of literature
 * abstracts".  Significant words are the frequent content stems (stopwords
 * are never significant).  In each sentence, significant words closer than
 * SUMMAR_LUHN_GAP + 1 tokens form clusters; a cluster of k significant
 * words spanning L tokens (first to last significant word) scores k^2 / L,
 * and a sentence scores its best cluster.
 *
 * Significance threshold: Luhn set a frequency band by hand.  Here a stem
 * is significant when its frequency in the content reaches that of the
 * stem ranked max(MIN_SIG, SIG_SHARE x distinct stems) by frequency, and
 * at least 2 (a word used once is never significant).
 */
#include "internal.h"

#include <math.h>
#include <stdlib.h>

#define SUMMAR_LUHN_GAP 4 /* at most 4 insignificant words inside a cluster */
#define SUMMAR_LUHN_MIN_SIG 10
#define SUMMAR_LUHN_SIG_SHARE 0.10
#define SUMMAR_LUHN_MIN_TF 2

static int desc_u32(const void *x, const void *y) {
  uint32_t a = *(const uint32_t *)x, b = *(const uint32_t *)y;
  return (a < b) - (a > b);
}

summar_status summar_score_luhn(const struct summar_doc *doc, double *s) {
  const summar_allocator *a = &doc->a;
  size_t n = doc->nsents, nt = doc->nterms;
  uint32_t *tf = summar_calloc(a, nt ? nt : 1, sizeof *tf);
  uint32_t *sorted = summar_calloc(a, nt ? nt : 1, sizeof *sorted);
  if (!tf || !sorted) {
    summar_dealloc(a, tf);
    summar_dealloc(a, sorted);
    return SUMMAR_ERR_NOMEM;
  }
  /* Frequencies in the content, from the term vectors. */
  for (size_t i = 0; i < n; i++) {
    const summar_sent *st = &doc->sents[i];
    if (st->flags & SUMMAR_SENT_DROP)
      continue;
    for (size_t k = 0; k < summar_sent_ntv(st); k++) {
      const summar_tv *e = &doc->tv[st->tv_first + k];
      if (e->term < nt)
        tf[e->term] += e->count;
    }
  }
  size_t distinct = 0;
  for (size_t t = 0; t < nt; t++)
    if (tf[t])
      sorted[distinct++] = tf[t];
  uint32_t cut = SUMMAR_LUHN_MIN_TF;
  if (distinct) {
    size_t rank = (size_t)ceil(SUMMAR_LUHN_SIG_SHARE * (double)distinct);
    if (rank < SUMMAR_LUHN_MIN_SIG)
      rank = SUMMAR_LUHN_MIN_SIG;
    if (rank > distinct)
      rank = distinct;
    qsort(sorted, distinct, sizeof *sorted, desc_u32);
    if (sorted[rank - 1] > cut)
      cut = sorted[rank - 1];
  }
  for (size_t i = 0; i < n; i++) {
    const summar_sent *st = &doc->sents[i];
    s[i] = 0;
    if (st->flags & SUMMAR_SENT_DROP)
      continue;
    double best = 0;
    size_t first = 0, last = 0, k = 0, ntok = summar_sent_ntoks(st);
    for (size_t p = 0; p <= ntok; p++) {
      int sig = 0;
      if (p < ntok) {
        uint32_t t = summar_tok_form(doc, st->tok_first + p)->term;
        sig = t < nt && tf[t] >= cut;
      }
      /* Close the cluster at the end or when the gap grows too long. */
      if (k && (p == ntok || (sig && p - last > SUMMAR_LUHN_GAP + 1))) {
        double v = (double)k * (double)k / (double)(last - first + 1);
        if (v > best)
          best = v;
        k = 0;
      }
      if (sig) {
        if (!k)
          first = p;
        last = p;
        k++;
      }
    }
    s[i] = best;
  }
  summar_dealloc(a, tf);
  summar_dealloc(a, sorted);
  summar_scores_normalize(doc, s);
  return SUMMAR_OK;
}
