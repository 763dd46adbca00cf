/*
 * score_lexrank.c - continuous LexRank (Erkan & Radev 2004): weighted
 * PageRank over the graph of idf-modified cosine similarities between
 * sentences (no self-loops), damping 0.85.
 */
#include "internal.h"

#define SUMMAR_LEXRANK_THRESHOLD 0.0 /* continuous: every positive edge */
#define SUMMAR_LEXRANK_DAMPING 0.85
#define SUMMAR_LEXRANK_ITERS 100
#define SUMMAR_LEXRANK_EPS 1e-7

summar_status summar_score_lexrank(const struct summar_doc *doc, double *s) {
  summar_graph g;
  summar_status st =
      summar_graph_build(doc, SUMMAR_SIM_COSINE, SUMMAR_LEXRANK_THRESHOLD, &g);
  if (st != SUMMAR_OK)
    return st;
  st = summar_graph_rank(&g, NULL, SUMMAR_LEXRANK_DAMPING,
                         SUMMAR_LEXRANK_ITERS, SUMMAR_LEXRANK_EPS, s);
  summar_graph_free(&g);
  if (st != SUMMAR_OK)
    return st;
  summar_scores_normalize(doc, s);
  return SUMMAR_OK;
}
