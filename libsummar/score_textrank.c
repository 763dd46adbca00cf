/*
 * score_textrank.c - TextRank for sentences (Mihalcea & Tarau 2004):
 * weighted PageRank, damping 0.85, over the graph whose edge weight is the
 * number of content terms two sentences share divided by
 * log|Si| + log|Sj| (sentence lengths in words, at least 2).
 */
#include "internal.h"

#define SUMMAR_TEXTRANK_DAMPING 0.85
#define SUMMAR_TEXTRANK_ITERS 100
#define SUMMAR_TEXTRANK_EPS 1e-7

summar_status summar_textrank_rank(const struct summar_doc *doc,
                                   summar_graph *g, double *s) {
  summar_status st = summar_graph_rank(g, NULL, SUMMAR_TEXTRANK_DAMPING,
                                       SUMMAR_TEXTRANK_ITERS,
                                       SUMMAR_TEXTRANK_EPS, s);
  summar_graph_free(g);
  if (st != SUMMAR_OK)
    return st;
  summar_scores_normalize(doc, s);
  return SUMMAR_OK;
}

summar_status summar_score_textrank(const struct summar_doc *doc, double *s) {
  summar_graph g;
  summar_status st = summar_graph_build(doc, SUMMAR_SIM_OVERLAP, 0.0, &g);
  if (st != SUMMAR_OK)
    return st;
  return summar_textrank_rank(doc, &g, s);
}
