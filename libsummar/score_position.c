/*
 * score_position.c - the lead prior: the r-th content sentence (from 0)
 * scores 1 / sqrt(1 + r).  Pure position: no paragraph or title bonus.
 */
#include "internal.h"

#include <math.h>

summar_status summar_score_position(const struct summar_doc *doc, double *s) {
  size_t r = 0;
  for (size_t i = 0; i < doc->nsents; i++) {
    if (doc->sents[i].flags & SUMMAR_SENT_DROP) {
      s[i] = 0;
      continue;
    }
    s[i] = 1.0 / sqrt(1.0 + (double)r);
    r++;
  }
  summar_scores_normalize(doc, s);
  return SUMMAR_OK;
}
