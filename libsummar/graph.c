/*
 * graph.c - the sparse sentence similarity graph and weighted PageRank.
 *
 * Construction goes through an inverted index (term -> content sentences
 * holding it): each sentence accumulates scores only with sentences that
 * share a term with it, never all pairs.  Two bounds keep the cost
 * near-linear on big inputs:
 *   - a term held by more than summar_graph_df_cap(N) content sentences
 *     makes no pairs (it still counts in the cosine norms), so the pair
 *     work is at most (term-vector entries) x cap; the cap grows with
 *     sqrt(N) up to a constant, so past ~16000 sentences the work grows
 *     linearly with the input;
 *   - a node keeps its SUMMAR_GRAPH_MAX_DEGREE strongest neighbours (ties
 *     to the earlier sentence); the graph is the symmetric union of these
 *     lists, so it holds at most 2 x 48 x N directed edges.
 * Neither bound changes anything on a news article (N below ~60
 * sentences: no term is capped and no row is cut).
 */
#include "internal.h"

#include <math.h>
#include <stdint.h>
#include <string.h>

/* df cap: SUMMAR_GRAPH_CAP_SQRT * sqrt(N) within [SUMMAR_GRAPH_CAP_MIN,
 * SUMMAR_GRAPH_CAP_MAX]. */
#define SUMMAR_GRAPH_CAP_MIN 64
#define SUMMAR_GRAPH_CAP_MAX 256
#define SUMMAR_GRAPH_CAP_SQRT 2.0

size_t summar_graph_df_cap(size_t ncontent) {
  double c = SUMMAR_GRAPH_CAP_SQRT * sqrt((double)ncontent);
  size_t cap = (size_t)c;
  if (cap > SUMMAR_GRAPH_CAP_MAX)
    return SUMMAR_GRAPH_CAP_MAX;
  return cap < SUMMAR_GRAPH_CAP_MIN ? SUMMAR_GRAPH_CAP_MIN : cap;
}

double *summar_idf_table(const struct summar_doc *doc) {
  size_t nt = doc->nterms;
  double *idf = summar_calloc(&doc->a, nt ? nt : 1, sizeof *idf);
  if (!idf)
    return NULL;
  double n = (double)doc->ncontent;
  for (size_t t = 0; t < nt; t++) {
    double df = doc->df && doc->df[t] ? (double)doc->df[t] : 1.0;
    idf[t] = log((n + 1.0) / df);
  }
  return idf;
}

static int is_content(const summar_sent *s) {
  return !(s->flags & SUMMAR_SENT_DROP);
}

/* One kept neighbour of a row under construction. */
typedef struct nb {
  uint32_t col;
  double w;
} nb;

/* Orders by weight, strongest first; ties by column. */
static int nb_before(const nb *x, const nb *y) {
  if (x->w != y->w)
    return x->w > y->w;
  return x->col < y->col;
}

static void nb_swap(nb *v, size_t i, size_t j) {
  nb t = v[i];
  v[i] = v[j];
  v[j] = t;
}

/* Moves the k strongest of v[0..n) (0 < k < n) to v[0..k), in any order:
 * quickselect with a median-of-three pivot and Hoare partitioning; no two
 * entries compare equal (columns differ), so the result is deterministic.
 * Invariant: v[0..lo) all beat v[lo..n), v[0..hi) all beat v[hi..n). */
static void nb_select(nb *v, size_t n, size_t k) {
  size_t lo = 0, hi = n;
  while (hi - lo > 16) {
    size_t mid = lo + (hi - lo) / 2, last = hi - 1;
    /* median of v[lo], v[mid], v[last] moved to v[lo] */
    if (nb_before(&v[mid], &v[lo]))
      nb_swap(v, mid, lo);
    if (nb_before(&v[last], &v[mid]))
      nb_swap(v, last, mid);
    if (nb_before(&v[mid], &v[lo]))
      nb_swap(v, mid, lo);
    nb_swap(v, lo, mid);
    nb pivot = v[lo];
    size_t i = lo, j = hi;
    for (;;) {
      while (i < last && nb_before(&v[++i], &pivot))
        ;
      while (nb_before(&pivot, &v[--j]))
        ;
      if (i >= j)
        break;
      nb_swap(v, i, j);
    }
    nb_swap(v, lo, j); /* the pivot at its final place j */
    if (k == j || k == j + 1)
      return;
    if (k < j)
      hi = j;
    else
      lo = j + 1;
  }
  for (size_t x = lo + 1; x < hi; x++) {
    nb e = v[x];
    size_t y = x;
    while (y > lo && nb_before(&e, &v[y - 1])) {
      v[y] = v[y - 1];
      y--;
    }
    v[y] = e;
  }
}

/* Sorts v[0..n) by column (insertion sort: n <= max degree). */
static void nb_sort_col(nb *v, size_t n) {
  for (size_t i = 1; i < n; i++) {
    nb x = v[i];
    size_t j = i;
    while (j > 0 && v[j - 1].col > x.col) {
      v[j] = v[j - 1];
      j--;
    }
    v[j] = x;
  }
}

/* Whether column c is in the sorted list v[0..n). */
static int nb_has(const nb *v, size_t n, uint32_t c) {
  size_t lo = 0, hi = n;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    if (v[mid].col < c)
      lo = mid + 1;
    else
      hi = mid;
  }
  return lo < n && v[lo].col == c;
}

typedef struct posting {
  uint32_t sent;
  double w; /* cosine: count x idf; overlap: 1 */
} posting;

void summar_graph_free(summar_graph *g) {
  if (!g || !g->a)
    return;
  summar_dealloc(g->a, g->row);
  summar_dealloc(g->a, g->col);
  summar_dealloc(g->a, g->w);
  g->row = NULL;
  g->col = NULL;
  g->w = NULL;
  g->n = 0;
}

summar_status summar_graph_build(const struct summar_doc *doc, summar_sim sim,
                                 double threshold, summar_graph *g) {
  if (!doc || !g || (sim != SUMMAR_SIM_COSINE && sim != SUMMAR_SIM_OVERLAP))
    return SUMMAR_ERR_ARG;
  const summar_allocator *a = &doc->a;
  size_t n = doc->nsents, nt = doc->nterms;
  memset(g, 0, sizeof *g);
  g->a = a;
  if (n >= UINT32_MAX)
    return SUMMAR_ERR_TOO_LARGE;

  summar_status st = SUMMAR_ERR_NOMEM;
  size_t *pstart = NULL, *fill = NULL, *krow = NULL, *row = NULL;
  posting *post = NULL;
  double *idf = NULL, *norm = NULL, *acc = NULL, *wts = NULL;
  uint32_t *mark = NULL, *cols = NULL;
  nb *touched = NULL, *kept = NULL;
  size_t kept_n = 0, kept_cap = 0;

  pstart = summar_calloc(a, nt + 1, sizeof *pstart);
  norm = summar_calloc(a, n ? n : 1, sizeof *norm);
  acc = summar_calloc(a, n ? n : 1, sizeof *acc);
  mark = summar_calloc(a, n ? n : 1, sizeof *mark);
  touched = summar_calloc(a, n ? n : 1, sizeof *touched);
  krow = summar_calloc(a, n + 1, sizeof *krow);
  row = summar_calloc(a, n + 1, sizeof *row);
  idf = summar_calloc(a, nt ? nt : 1, sizeof *idf);
  if (!pstart || !norm || !acc || !mark || !touched || !krow || !row || !idf)
    goto done;

  /* Document frequencies over content sentences, counted here so the
   * postings fit exactly. */
  size_t nc = 0;
  for (size_t i = 0; i < n; i++) {
    const summar_sent *s = &doc->sents[i];
    if (!is_content(s))
      continue;
    nc++;
    for (size_t k = 0; k < s->tv_count; k++) {
      uint32_t t = doc->tv[s->tv_first + k].term;
      if (t < nt)
        pstart[t + 1]++;
    }
  }
  size_t cap = summar_graph_df_cap(nc);
  for (size_t t = 0; t < nt; t++) {
    size_t df = pstart[t + 1];
    idf[t] = df ? log(((double)nc + 1.0) / (double)df) : 0.0;
  }
  /* Sentence norms (all terms) and the postings of the uncapped terms. */
  for (size_t i = 0; i < n; i++) {
    const summar_sent *s = &doc->sents[i];
    if (!is_content(s))
      continue;
    if (sim == SUMMAR_SIM_COSINE) {
      double sq = 0;
      for (size_t k = 0; k < s->tv_count; k++) {
        const summar_tv *e = &doc->tv[s->tv_first + k];
        if (e->term >= nt)
          continue;
        double w = e->count * idf[e->term];
        sq += w * w;
      }
      norm[i] = sqrt(sq);
    } else {
      size_t len = s->tok_count;
      if (!len)
        for (size_t k = 0; k < s->tv_count; k++)
          len += doc->tv[s->tv_first + k].count;
      norm[i] = log(len < 2 ? 2.0 : (double)len);
    }
  }
  for (size_t t = 0; t < nt; t++)
    if (pstart[t + 1] > cap)
      pstart[t + 1] = 0;
  for (size_t t = 0; t < nt; t++)
    pstart[t + 1] += pstart[t];
  post = summar_calloc(a, pstart[nt] ? pstart[nt] : 1, sizeof *post);
  fill = summar_calloc(a, nt ? nt : 1, sizeof *fill);
  if (!post || !fill)
    goto done;
  for (size_t i = 0; i < n; i++) {
    const summar_sent *s = &doc->sents[i];
    if (!is_content(s))
      continue;
    for (size_t k = 0; k < s->tv_count; k++) {
      const summar_tv *e = &doc->tv[s->tv_first + k];
      uint32_t t = e->term;
      if (t >= nt || pstart[t + 1] == pstart[t])
        continue;
      posting *p = &post[pstart[t] + fill[t]++];
      p->sent = (uint32_t)i;
      p->w = sim == SUMMAR_SIM_COSINE ? e->count * idf[t] : 1.0;
    }
  }

  /* Each row: accumulate over shared terms, keep the strongest. */
  for (size_t i = 0; i < n; i++) {
    const summar_sent *s = &doc->sents[i];
    krow[i] = kept_n;
    if (!is_content(s) || norm[i] <= 0)
      continue;
    size_t nto = 0;
    uint32_t stamp = (uint32_t)i + 1;
    for (size_t k = 0; k < s->tv_count; k++) {
      const summar_tv *e = &doc->tv[s->tv_first + k];
      uint32_t t = e->term;
      if (t >= nt)
        continue;
      double wi = sim == SUMMAR_SIM_COSINE ? e->count * idf[t] : 1.0;
      for (size_t p = pstart[t]; p < pstart[t + 1]; p++) {
        uint32_t j = post[p].sent;
        if (j == i)
          continue;
        if (mark[j] != stamp) {
          mark[j] = stamp;
          acc[j] = 0;
          touched[nto++].col = j;
        }
        acc[j] += wi * post[p].w;
      }
    }
    size_t nk = 0;
    for (size_t x = 0; x < nto; x++) {
      uint32_t j = touched[x].col;
      if (norm[j] <= 0)
        continue;
      double w = sim == SUMMAR_SIM_COSINE ? acc[j] / (norm[i] * norm[j])
                                          : acc[j] / (norm[i] + norm[j]);
      if (!(w > 0) || w < threshold)
        continue;
      touched[nk].col = j;
      touched[nk].w = w;
      nk++;
    }
    if (nk > SUMMAR_GRAPH_MAX_DEGREE) {
      nb_select(touched, nk, SUMMAR_GRAPH_MAX_DEGREE);
      nk = SUMMAR_GRAPH_MAX_DEGREE;
    }
    nb_sort_col(touched, nk);
    if (summar_grow(a, (void **)&kept, &kept_cap, kept_n + nk, sizeof *kept))
      goto done;
    if (nk)
      memcpy(kept + kept_n, touched, nk * sizeof *kept);
    kept_n += nk;
  }
  krow[n] = kept_n;

  /* Symmetric union: row i = kept(i) + {j : i in kept(j), j not in
   * kept(i)}. */
  for (size_t i = 0; i < n; i++) {
    row[i + 1] += krow[i + 1] - krow[i];
    for (size_t x = krow[i]; x < krow[i + 1]; x++) {
      uint32_t j = kept[x].col;
      if (!nb_has(kept + krow[j], krow[j + 1] - krow[j], (uint32_t)i))
        row[j + 1]++;
    }
  }
  for (size_t i = 0; i < n; i++)
    row[i + 1] += row[i];
  size_t ne = row[n];
  cols = summar_calloc(a, ne ? ne : 1, sizeof *cols);
  wts = summar_calloc(a, ne ? ne : 1, sizeof *wts);
  if (!cols || !wts)
    goto done;
  /* Reuse `fill` as per-row cursors. */
  summar_dealloc(a, fill);
  fill = summar_calloc(a, n ? n : 1, sizeof *fill);
  if (!fill)
    goto done;
  for (size_t i = 0; i < n; i++)
    fill[i] = row[i];
  for (size_t i = 0; i < n; i++) {
    for (size_t x = krow[i]; x < krow[i + 1]; x++) {
      uint32_t j = kept[x].col;
      cols[fill[i]] = j;
      wts[fill[i]++] = kept[x].w;
      if (!nb_has(kept + krow[j], krow[j + 1] - krow[j], (uint32_t)i)) {
        cols[fill[j]] = (uint32_t)i;
        wts[fill[j]++] = kept[x].w;
      }
    }
  }
  g->n = n;
  g->row = row;
  g->col = cols;
  g->w = wts;
  row = NULL;
  cols = NULL;
  wts = NULL;
  st = SUMMAR_OK;

done:
  summar_dealloc(a, pstart);
  summar_dealloc(a, fill);
  summar_dealloc(a, krow);
  summar_dealloc(a, row);
  summar_dealloc(a, post);
  summar_dealloc(a, idf);
  summar_dealloc(a, norm);
  summar_dealloc(a, acc);
  summar_dealloc(a, wts);
  summar_dealloc(a, mark);
  summar_dealloc(a, cols);
  summar_dealloc(a, touched);
  summar_dealloc(a, kept);
  return st;
}

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
  double *p = summar_calloc(a, n, sizeof *p);
  double *rs = summar_calloc(a, n, sizeof *rs);
  double *x = summar_calloc(a, n, sizeof *x);
  double *nr = summar_calloc(a, n, sizeof *nr);
  if (!p || !rs || !x || !nr) {
    summar_dealloc(a, p);
    summar_dealloc(a, rs);
    summar_dealloc(a, x);
    summar_dealloc(a, nr);
    return SUMMAR_ERR_NOMEM;
  }
  double psum = 0;
  if (prior)
    for (size_t i = 0; i < n; i++)
      psum += prior[i] > 0 ? prior[i] : 0;
  for (size_t i = 0; i < n; i++) {
    if (psum > 0)
      p[i] = (prior[i] > 0 ? prior[i] : 0) / psum;
    else
      p[i] = 1.0 / (double)n;
    double sum = 0;
    for (size_t e = g->row[i]; e < g->row[i + 1]; e++)
      sum += g->w[e];
    rs[i] = sum;
    rank[i] = p[i];
  }
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
      for (size_t e = g->row[j]; e < g->row[j + 1]; e++)
        sum += g->w[e] * x[g->col[e]];
      double v = (1.0 - d) * p[j] + d * (sum + dangling * p[j]);
      diff += fabs(v - rank[j]);
      nr[j] = v;
    }
    memcpy(rank, nr, n * sizeof *rank);
    if (diff < eps)
      break;
  }
  summar_dealloc(a, p);
  summar_dealloc(a, rs);
  summar_dealloc(a, x);
  summar_dealloc(a, nr);
  return SUMMAR_OK;
}
