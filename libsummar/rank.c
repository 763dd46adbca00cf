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

/* The renumbering below is kept when at least half of the edges of
 * SUMMAR_RANK_PROBE_ROWS rows spread evenly over the graph (at most
 * SUMMAR_RANK_PROBE edges) join nodes fewer than SUMMAR_RANK_NEAR places
 * apart in it. */
#define SUMMAR_RANK_PROBE 32768
#define SUMMAR_RANK_PROBE_ROWS 4096
#define SUMMAR_RANK_NEAR 512

/*
 * A numbering by clusters: node v's key is the smallest of v and its
 * neighbours (its row lists those before it), and the nodes are placed
 * by key, then by index; pos[i] is node i's place (scratch: 2n
 * uint32_t).  Sentences that share a word form cliques spread over a
 * big document: this gathers each into consecutive places, from
 * sequential passes over the edges.  Returns whether it brings the
 * probed edges close.
 */
static int rank_clusters(const summar_graph *g, uint32_t *pos,
                         uint32_t *scratch) {
  size_t n = g->n;
  uint32_t *key = scratch, *start = scratch + n;
  for (size_t v = 0; v < n; v++) {
    uint32_t k = (uint32_t)v;
    for (size_t e = g->row[v]; e < g->row[v + 1]; e++)
      k = g->col[e] < k ? g->col[e] : k;
    key[v] = k;
    start[v] = 0;
  }
  for (size_t v = 0; v < n; v++)
    start[key[v]]++;
  uint32_t at = 0;
  for (size_t k = 0; k < n; k++) {
    uint32_t c = start[k];
    start[k] = at;
    at += c;
  }
  for (size_t v = 0; v < n; v++)
    pos[v] = start[key[v]]++;
  /* The probe's rows are spread over the graph: the first rows' keys are
   * small whatever the graph, and so are their neighbours'. */
  size_t probe = 0, near = 0, step = n / SUMMAR_RANK_PROBE_ROWS;
  for (size_t i = 0; i < n && probe < SUMMAR_RANK_PROBE; i += step)
    for (size_t e = g->row[i]; e < g->row[i + 1]; e++, probe++) {
      uint32_t a = pos[i], b = pos[g->col[e]];
      near += (a > b ? a - b : b - a) < SUMMAR_RANK_NEAR;
    }
  return probe > 0 && 2 * near >= probe;
}

/* Replaces every column c of g by map[c]. */
static void rank_relabel(summar_graph *g, const uint32_t *map) {
  size_t ne = g->row[g->n];
  for (size_t e = 0; e < ne; e++)
    g->col[e] = map[g->col[e]];
}

/* From SUMMAR_RANK_AHEAD_MIN nodes on, the numbering of g by clusters
 * (scratch: 2n uint32_t), if it brings edges close: the columns
 * are renumbered and the numbering (n places) returned.  NULL otherwise,
 * and without the memory for it (the ranks are then computed in the
 * graph's own numbering, to the same values). */
static uint32_t *rank_renumber(summar_graph *g, uint32_t *scratch) {
  if (g->n < SUMMAR_RANK_AHEAD_MIN || g->row[g->n] == 0)
    return NULL;
  uint32_t *pos = summar_alloc(g->a, g->n * sizeof *pos);
  if (pos && rank_clusters(g, pos, scratch)) {
    rank_relabel(g, pos);
    return pos;
  }
  summar_dealloc(g->a, pos);
  return NULL;
}

/* Gives g its own columns back and frees pos (order: scratch of n
 * uint32_t). */
static void rank_restore(summar_graph *g, uint32_t *pos, uint32_t *order) {
  if (!pos)
    return;
  for (size_t i = 0; i < g->n; i++)
    order[pos[i]] = (uint32_t)i;
  rank_relabel(g, order);
  summar_dealloc(g->a, pos);
}

/* A node's state in the power iteration, side by side so that an edge's
 * visit of its other end costs one cache line: x, its rank over its
 * weighted degree, and acc, the sum over its neighbours of w x. */
typedef struct rnode {
  double x, acc;
} rnode;

/* One pass over the edges: v[pos(u)].acc receives, for every node u, the
 * sum of w x over u's neighbours, in increasing order of the neighbour
 * (pos: the numbering, NULL for the graph's own).  Row u lists the
 * neighbours before u in order, and its sum starts with them (pulled);
 * each later row that lists u then adds its term (pushed), the rows
 * coming in order.  The node of the edge SUMMAR_RANK_AHEAD on is fetched
 * up to edge ahead_end. */
static void rank_pass(const summar_graph *g, const uint32_t *pos, rnode *v,
                      size_t ahead_end) {
  const uint32_t *col = g->col;
  const float *w = g->w;
  for (size_t u = 0; u < g->n; u++) {
    rnode *nu = &v[pos ? pos[u] : u];
    double xu = nu->x, sum = 0;
    for (size_t e = g->row[u], end = g->row[u + 1]; e < end; e++) {
      if (e < ahead_end)
        __builtin_prefetch(&v[col[e + SUMMAR_RANK_AHEAD]], 1);
      rnode *ni = &v[col[e]];
      sum += w[e] * ni->x;
      ni->acc += w[e] * xu;
    }
    nu->acc = sum;
  }
}

/* A node's x for a pass, r / W, from its rank r and weighted degree W;
 * without edges, 0, its rank going to *dangling. */
static double rank_x(double r, double w, double *dangling) {
  if (w > 0)
    return r / w;
  *dangling += r;
  return 0;
}

/*
 * Power iteration: with x[i] = r[i] / W[i] (W the weighted degrees),
 *   r'[j] = (1 - d) p[j] + d (sum_i w[j][i] x[i] + D p[j])
 * where D is the mass on nodes without edges (returned through the
 * teleport distribution p).  With p NULL the teleport is uniform over all
 * n nodes: nodes without edges (dropped sentences among them) then only
 * add the same constant to every node, so the ranks of the others equal
 * those of a walk restricted to content up to one factor, which
 * normalization removes.  Each edge is stored once, so one pass
 * (rank_pass) reads both its ends; the degrees are the same pass with x
 * = 1.
 *
 * On a big graph whose numbering by clusters brings edges close
 * (rank_clusters), the nodes' state is held in that numbering and the
 * columns are renumbered in place for the iterations (restored before
 * returning): a row's visits then fall in a few cache lines instead of
 * one line an edge.  Every sum is still made in the same order (over a
 * node's neighbours by increasing index; D and the L1 change by node
 * index), so the ranks are the same bit for bit.
 */
summar_status summar_graph_rank(summar_graph *g, const double *prior, double d,
                                int iters, double eps, double *rank) {
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
  /* v, n nodes, is also the scratch of 2n uint32_t that the renumbering
   * takes before and after the iterations. */
  rnode *v = summar_alloc(a, n * sizeof *v);
  uint32_t *scratch = (uint32_t *)(void *)v;
  if ((psum > 0 && !p) || !rs || !v) {
    summar_dealloc(a, p);
    summar_dealloc(a, rs);
    summar_dealloc(a, v);
    return SUMMAR_ERR_NOMEM;
  }
  size_t ne = g->row[n], ahead_end = 0;
  uint32_t *pos = rank_renumber(g, scratch);
  double uniform = 1.0 / (double)n;
  /* A row's neighbours may still lie anywhere: there the node of the
   * edge SUMMAR_RANK_AHEAD on is fetched while this one is visited, up to
   * edge ahead_end. */
  if (n >= SUMMAR_RANK_AHEAD_MIN && ne > SUMMAR_RANK_AHEAD)
    ahead_end = ne - SUMMAR_RANK_AHEAD;
  for (size_t i = 0; i < n; i++)
    v[i].x = 1.0;
  rank_pass(g, pos, v, ahead_end);
  /* Each node's x of the next pass is set as soon as its rank is, and the
   * mass on nodes without edges summed with it (in index order, as the
   * L1 change). */
  double dangling = 0;
  for (size_t i = 0; i < n; i++) {
    if (p)
      p[i] = (prior[i] > 0 ? prior[i] : 0) / psum;
    rnode *vi = &v[pos ? pos[i] : i];
    rs[i] = vi->acc;
    rank[i] = p ? p[i] : uniform;
    vi->x = rank_x(rank[i], rs[i], &dangling);
  }
  for (int it = 0; it < iters; it++) {
    rank_pass(g, pos, v, ahead_end);
    double diff = 0, next = 0;
    for (size_t j = 0; j < n; j++) {
      double pj = p ? p[j] : uniform;
      rnode *vj = &v[pos ? pos[j] : j];
      double x = (1.0 - d) * pj + d * (vj->acc + dangling * pj);
      diff += fabs(x - rank[j]);
      rank[j] = x;
      vj->x = rank_x(x, rs[j], &next);
    }
    dangling = next;
    if (diff < eps)
      break;
  }
  rank_restore(g, pos, scratch);
  summar_dealloc(a, p);
  summar_dealloc(a, rs);
  summar_dealloc(a, v);
  return SUMMAR_OK;
}
