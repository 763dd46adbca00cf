/*
 * rank.c - weighted PageRank over the sentence graph of graph.c.
 */
#include "internal.h"

#include <math.h>
#include <stdint.h>

/* PageRank fetches the rank of the edge this many edges ahead, from this
 * many nodes on (below, the ranks fit the processor's caches). */
#define SUMMAR_RANK_AHEAD 64
#define SUMMAR_RANK_AHEAD_MIN 32768

/*
 * Pull-based power iteration: with x[i] = r[i] / W[i] (W the row sums),
 *   r'[j] = (1 - d) p[j] + d (sum_i w[j][i] x[i] + D p[j])
 * where D is the mass on nodes without edges (returned through the
 * teleport distribution p).  The graph is symmetric, so row j lists the
 * edges into j.  With p NULL the teleport is uniform over all n nodes:
 * nodes without edges (dropped sentences among them) then only add the
 * same constant to every node, so the ranks of the others equal those of
 * a walk restricted to content up to one factor, which normalization
 * removes.
 */
summar_status summar_graph_rank(const summar_graph *g, const double *prior,
                                double d, int iters, double eps,
                                double *rank) {
  if (!g || !rank || !(d >= 0 && d <= 1) || iters < 1)
    return SUMMAR_ERR_ARG;
  size_t n = g->n;
  if (n == 0)
    return SUMMAR_OK;
  if (!g->a || !g->row)
    return SUMMAR_ERR_ARG;
  const summar_allocator *a = g->a;
  double psum = 0;
  if (prior)
    for (size_t i = 0; i < n; i++)
      psum += prior[i] > 0 ? prior[i] : 0;
  /* p: the teleport distribution, held only when it is not uniform. */
  double *p = psum > 0 ? summar_alloc(a, n * sizeof *p) : NULL;
  double *rs = summar_alloc(a, n * sizeof *rs);
  double *x = summar_alloc(a, n * sizeof *x);
  if ((psum > 0 && !p) || !rs || !x) {
    summar_dealloc(a, p);
    summar_dealloc(a, rs);
    summar_dealloc(a, x);
    return SUMMAR_ERR_NOMEM;
  }
  double uniform = 1.0 / (double)n;
  /* A row's neighbours lie anywhere in a big document: there the rank of
   * the edge SUMMAR_RANK_AHEAD on is fetched while this one is summed, up
   * to edge ahead_end. */
  size_t ne = g->row[n], ahead_end = 0;
  if (n >= SUMMAR_RANK_AHEAD_MIN && ne > SUMMAR_RANK_AHEAD)
    ahead_end = ne - SUMMAR_RANK_AHEAD;
  for (size_t i = 0; i < n; i++) {
    if (p)
      p[i] = (prior[i] > 0 ? prior[i] : 0) / psum;
    double sum = 0;
    for (size_t e = g->row[i]; e < g->row[i + 1]; e++)
      sum += g->w[e];
    rs[i] = sum;
    rank[i] = p ? p[i] : uniform;
  }
  /* x holds the previous ranks over the row sums, so each new rank is
   * written over the old one in place. */
  for (int it = 0; it < iters; it++) {
    double dangling = 0;
    for (size_t i = 0; i < n; i++) {
      if (rs[i] > 0) {
        x[i] = rank[i] / rs[i];
      } else {
        x[i] = 0;
        dangling += rank[i];
      }
    }
    double diff = 0;
    for (size_t j = 0; j < n; j++) {
      double sum = 0;
      size_t e = g->row[j], end = g->row[j + 1];
      for (; e < end && e < ahead_end; e++) {
        __builtin_prefetch(&x[g->col[e + SUMMAR_RANK_AHEAD]]);
        sum += g->w[e] * x[g->col[e]];
      }
      for (; e < end; e++)
        sum += g->w[e] * x[g->col[e]];
      double pj = p ? p[j] : uniform;
      double v = (1.0 - d) * pj + d * (sum + dangling * pj);
      diff += fabs(v - rank[j]);
      rank[j] = v;
    }
    if (diff < eps)
      break;
  }
  summar_dealloc(a, p);
  summar_dealloc(a, rs);
  summar_dealloc(a, x);
  return SUMMAR_OK;
}
