/* Unit tests of graph.c: the sparse similarity graph through the inverted
 * index (weights, symmetry, df cap, degree bound, O(N) edges on a big
 * synthetic document) and weighted PageRank.  Documents are built directly
 * as struct summar_doc, without the text pipeline. */
#include "internal.h"
#include "../common/tap.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "../common/synth.h"

/* Whether the graph holds edge i-j; its weight in *w. */
static int edge(const summar_graph *g, size_t i, size_t j, double *w) {
  size_t r = i > j ? i : j, c = i > j ? j : i;
  for (size_t e = g->row[r]; e < g->row[r + 1]; e++)
    if (g->col[e] == c) {
      if (w)
        *w = g->w[e];
      return 1;
    }
  return 0;
}

/* Whether every row lists only earlier sentences, by increasing column,
 * with positive weights: each edge once. */
static int lower(const summar_graph *g) {
  for (size_t i = 0; i < g->n; i++)
    for (size_t e = g->row[i]; e < g->row[i + 1]; e++)
      if (g->col[e] >= i || !(g->w[e] > 0) ||
          (e > g->row[i] && g->col[e - 1] >= g->col[e]))
        return 0;
  return 1;
}

/* Every node's degree (edges at either end) into deg (n entries). */
static void degrees(const summar_graph *g, size_t *deg) {
  memset(deg, 0, g->n * sizeof *deg);
  for (size_t i = 0; i < g->n; i++)
    for (size_t e = g->row[i]; e < g->row[i + 1]; e++) {
      deg[i]++;
      deg[g->col[e]]++;
    }
}

/* A node's neighbours, by increasing index, as the graph's definition
 * lists them: the symmetric adjacency of g, each row by column (CSR of
 * 2 x edges entries, from malloc). */
typedef struct adj {
  size_t *row;
  uint32_t *col;
  float *w;
} adj;

static void adj_make(const summar_graph *g, adj *a) {
  size_t n = g->n, ne = g->row[n];
  a->row = calloc(n + 1, sizeof *a->row);
  a->col = malloc((2 * ne + 1) * sizeof *a->col);
  a->w = malloc((2 * ne + 1) * sizeof *a->w);
  for (size_t i = 0; i < n; i++)
    for (size_t e = g->row[i]; e < g->row[i + 1]; e++) {
      a->row[i + 1]++;
      a->row[g->col[e] + 1]++;
    }
  for (size_t i = 0; i < n; i++)
    a->row[i + 1] += a->row[i];
  size_t *at = malloc((n ? n : 1) * sizeof *at);
  memcpy(at, a->row, n * sizeof *at);
  /* Row r's own entries (columns below r) first, then the later rows'
   * entries naming r, in row order: increasing columns. */
  for (size_t i = 0; i < n; i++)
    for (size_t e = g->row[i]; e < g->row[i + 1]; e++) {
      a->col[at[i]] = g->col[e];
      a->w[at[i]++] = g->w[e];
    }
  for (size_t i = 0; i < n; i++)
    for (size_t e = g->row[i]; e < g->row[i + 1]; e++) {
      a->col[at[g->col[e]]] = (uint32_t)i;
      a->w[at[g->col[e]]++] = g->w[e];
    }
  free(at);
}

static void adj_free(adj *a) {
  free(a->row);
  free(a->col);
  free(a->w);
}

#include "../common/counting.h"

/* Whether summar_graph_directed(d, sim, 0) gives, bit for bit, the sums
 * over each node's neighbours in g (the graph of d, sim, 0), by
 * increasing index, to later and to earlier sentences, and without back
 * their combination. */
static int directed_equal(const struct summar_doc *d, summar_sim sim,
                          const summar_graph *g) {
  size_t n = d->nsents;
  double *f = malloc((n ? n : 1) * sizeof *f);
  double *b = malloc((n ? n : 1) * sizeof *b);
  double *c = malloc((n ? n : 1) * sizeof *c);
  int ok = summar_graph_directed(d, sim, 0, 0, f, b) == SUMMAR_OK &&
           summar_graph_directed(d, sim, 0, -0.75, c, NULL) == SUMMAR_OK;
  adj a;
  adj_make(g, &a);
  for (size_t i = 0; ok && i < n; i++) {
    double x = 0, y = 0;
    for (size_t e = a.row[i]; e < a.row[i + 1]; e++) {
      if (a.col[e] > i)
        x += a.w[e];
      else
        y += a.w[e];
    }
    double z = x + -0.75 * y;
    if (memcmp(&x, &f[i], sizeof x) || memcmp(&y, &b[i], sizeof y) ||
        memcmp(&z, &c[i], sizeof z))
      ok = 0;
  }
  adj_free(&a);
  free(f);
  free(b);
  free(c);
  return ok;
}


/* Whether graphs a and b hold the same rows, columns and weights, bit for
 * bit. */
static int graph_same(const summar_graph *a, const summar_graph *b) {
  if (a->n != b->n || memcmp(a->row, b->row, (a->n + 1) * sizeof *a->row))
    return 0;
  size_t ne = a->row[a->n];
  return ne == 0 || (memcmp(a->col, b->col, ne * sizeof *a->col) == 0 &&
                     memcmp(a->w, b->w, ne * sizeof *a->w) == 0);
}

/* Whether summar_graph_build_directed (the overlap graph and the cosine
 * sums from one walk) gives go, the overlap graph, and the sums of
 * summar_graph_directed, bit for bit, with and without back. */
static int fused_equal(const struct summar_doc *d, const summar_graph *go) {
  size_t n = d->nsents ? d->nsents : 1;
  double *v = malloc(6 * n * sizeof *v);
  summar_graph g1, g2;
  memset(&g1, 0, sizeof g1);
  memset(&g2, 0, sizeof g2);
  int ok = v &&
           summar_graph_build_directed(d, SUMMAR_SIM_OVERLAP, 0,
                                       SUMMAR_SIM_COSINE, 0, 0, &g1, v,
                                       v + n) == SUMMAR_OK &&
           summar_graph_build_directed(d, SUMMAR_SIM_OVERLAP, 0,
                                       SUMMAR_SIM_COSINE, 0, -0.75, &g2,
                                       v + 2 * n, NULL) == SUMMAR_OK;
  ok = ok &&
       summar_graph_directed(d, SUMMAR_SIM_COSINE, 0, 0, v + 3 * n,
                             v + 4 * n) == SUMMAR_OK &&
       summar_graph_directed(d, SUMMAR_SIM_COSINE, 0, -0.75, v + 5 * n,
                             NULL) == SUMMAR_OK;
  ok = ok && graph_same(&g1, go) && graph_same(&g2, go) &&
       memcmp(v, v + 3 * n, 3 * n * sizeof *v) == 0;
  summar_graph_free(&g1);
  summar_graph_free(&g2);
  free(v);
  return ok;
}

/* ---------------------------------------------- a reference graph */

/* The graph as its definition states it, pair by pair: the weight of i-j
 * sums, in term order, the products over the shared terms held by at
 * most summar_graph_df_cap(N) content sentences, rounded to a float (the
 * graph's weights are single precision); row i keeps its
 * SUMMAR_GRAPH_MAX_DEGREE strongest (ties to the lower column), by
 * column; the graph is the union of the rows: edge i-r, i < r, when r
 * keeps i or i keeps r, listed in row r by increasing i.  O(N^2): for
 * small documents only. */
typedef struct refnb {
  uint32_t col;
  double w;
} refnb;

static int ref_cmp(const void *x, const void *y) {
  const refnb *a = x, *b = y;
  if (a->w != b->w)
    return a->w > b->w ? -1 : 1;
  return a->col < b->col ? -1 : a->col > b->col;
}

static int ref_cmp_col(const void *x, const void *y) {
  const refnb *a = x, *b = y;
  return a->col < b->col ? -1 : a->col > b->col;
}

static int ref_keeps(refnb **kept, const size_t *nk, size_t i, size_t j) {
  for (size_t x = 0; x < nk[i]; x++)
    if (kept[i][x].col == j)
      return 1;
  return 0;
}

static double ref_pair(const struct summar_doc *d, summar_sim sim,
                       const size_t *df, size_t cap, const double *idf,
                       size_t i, size_t j) {
  const summar_tv *a = d->tv + d->sents[i].tv_first;
  const summar_tv *b = d->tv + d->sents[j].tv_first;
  size_t na = summar_sent_ntv(&d->sents[i]), nb = summar_sent_ntv(&d->sents[j]);
  size_t x = 0, y = 0;
  double acc = 0;
  int any = 0;
  while (x < na && y < nb) {
    if (a[x].term < b[y].term) {
      x++;
    } else if (a[x].term > b[y].term) {
      y++;
    } else {
      uint32_t t = a[x].term;
      if (df[t] <= cap) {
        acc += sim == SUMMAR_SIM_COSINE
                   ? (a[x].count * idf[t]) * (b[y].count * idf[t])
                   : 1.0 * 1.0;
        any = 1;
      }
      x++;
      y++;
    }
  }
  return any ? acc : -1;
}

static double ref_norm(const struct summar_doc *d, summar_sim sim,
                       const double *idf, size_t i) {
  const summar_sent *s = &d->sents[i];
  if (sim == SUMMAR_SIM_OVERLAP)
    return log(summar_sent_ntoks(s) < 2 ? 2.0 : (double)summar_sent_ntoks(s));
  double sq = 0;
  for (size_t k = 0; k < summar_sent_ntv(s); k++) {
    double w = d->tv[s->tv_first + k].count * idf[d->tv[s->tv_first + k].term];
    sq += w * w;
  }
  return sqrt(sq);
}

/* Whether g equals the reference graph of d, edge for edge and bit for
 * bit, in the same order. */
static int ref_equal(const struct summar_doc *d, summar_sim sim,
                     const summar_graph *g) {
  size_t n = d->nsents, nt = d->nterms, nc = 0;
  size_t *df = calloc(nt, sizeof *df), *nk = calloc(n, sizeof *nk);
  double *idf = calloc(nt, sizeof *idf), *norm = calloc(n, sizeof *norm);
  refnb **kept = calloc(n, sizeof *kept);
  refnb *cand = calloc(n, sizeof *cand);
  for (size_t i = 0; i < n; i++)
    if (!(d->sents[i].flags & SUMMAR_SENT_DROP)) {
      nc++;
      for (size_t k = 0; k < summar_sent_ntv(&d->sents[i]); k++)
        df[d->tv[d->sents[i].tv_first + k].term]++;
    }
  for (size_t t = 0; t < nt; t++)
    idf[t] = df[t] ? log(((double)nc + 1.0) / (double)df[t]) : 0.0;
  size_t cap = summar_graph_df_cap(nc);
  for (size_t i = 0; i < n; i++)
    norm[i] = ref_norm(d, sim, idf, i);
  for (size_t i = 0; i < n; i++) {
    size_t c = 0;
    for (size_t j = 0; j < n && !(d->sents[i].flags & SUMMAR_SENT_DROP); j++) {
      if (j == i || (d->sents[j].flags & SUMMAR_SENT_DROP) || norm[j] <= 0 ||
          norm[i] <= 0)
        continue;
      double acc = ref_pair(d, sim, df, cap, idf, i, j);
      double w = (float)(sim == SUMMAR_SIM_COSINE ? acc / (norm[i] * norm[j])
                                                  : acc / (norm[i] + norm[j]));
      if (acc >= 0 && w > 0)
        cand[c++] = (refnb){(uint32_t)j, w};
    }
    qsort(cand, c, sizeof *cand, ref_cmp);
    nk[i] = c < SUMMAR_GRAPH_MAX_DEGREE ? c : SUMMAR_GRAPH_MAX_DEGREE;
    qsort(cand, nk[i], sizeof *cand, ref_cmp_col);
    kept[i] = calloc(nk[i] + 1, sizeof **kept);
    memcpy(kept[i], cand, nk[i] * sizeof *cand);
  }
  int ok = g->n == n;
  size_t e = 0;
  for (size_t r = 0; r < n && ok; r++) {
    ok = g->row[r] == e;
    for (size_t i = 0; i < r && ok; i++) {
      double w = 0;
      for (size_t x = 0; x < nk[r]; x++)
        if (kept[r][x].col == i)
          w = kept[r][x].w;
      for (size_t x = 0; x < nk[i]; x++)
        if (kept[i][x].col == r)
          w = kept[i][x].w;
      if (!ref_keeps(kept, nk, r, i) && !ref_keeps(kept, nk, i, r))
        continue;
      ok = e < g->row[r + 1] && g->col[e] == i && g->w[e] == w;
      e++;
    }
  }
  ok = ok && g->row[n] == e;
  for (size_t i = 0; i < n; i++)
    free(kept[i]);
  free(kept);
  free(cand);
  free(df);
  free(nk);
  free(idf);
  free(norm);
  return ok;
}

#include "../common/meter.h"

/* A deterministic generator (LCG). */
static uint32_t rnd(uint64_t *st) {
  *st = *st * 6364136223846793005ULL + 1442695040888963407ULL;
  return (uint32_t)(*st >> 33);
}

/* ------------------------------------------ PageRank on big graphs */

/* PageRank as rank.c defines it, one node at a time in index order, each
 * summing over its neighbours by increasing index, in the graph's own
 * numbering: the ranks summar_graph_rank must give bit for bit. */
static void ref_rank(const summar_graph *g, const double *prior, double d,
                     int iters, double eps, double *rank) {
  size_t n = g->n;
  double psum = 0;
  if (prior)
    for (size_t i = 0; i < n; i++)
      psum += prior[i] > 0 ? prior[i] : 0;
  double *rs = malloc(n * sizeof *rs), *x = malloc(n * sizeof *x);
  double uniform = 1.0 / (double)n;
  adj a;
  adj_make(g, &a);
  for (size_t i = 0; i < n; i++) {
    double sum = 0;
    for (size_t e = a.row[i]; e < a.row[i + 1]; e++)
      sum += a.w[e];
    rs[i] = sum;
    rank[i] = psum > 0 ? (prior[i] > 0 ? prior[i] : 0) / psum : uniform;
  }
  for (int it = 0; it < iters; it++) {
    double dangling = 0;
    for (size_t i = 0; i < n; i++) {
      x[i] = rs[i] > 0 ? rank[i] / rs[i] : 0;
      if (!(rs[i] > 0))
        dangling += rank[i];
    }
    double diff = 0;
    for (size_t j = 0; j < n; j++) {
      double sum = 0;
      for (size_t e = a.row[j]; e < a.row[j + 1]; e++)
        sum += a.w[e] * x[a.col[e]];
      double pj = psum > 0 ? (prior[j] > 0 ? prior[j] : 0) / psum : uniform;
      double v = (1.0 - d) * pj + d * (sum + dangling * pj);
      diff += fabs(v - rank[j]);
      rank[j] = v;
    }
    if (diff < eps)
      break;
  }
  adj_free(&a);
  free(rs);
  free(x);
}

static int cmp_pair(const void *a, const void *b) {
  uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
  return (x > y) - (x < y);
}

/* A graph of n nodes made directly: with `clustered`, cliques of 8 nodes
 * spread over the whole numbering (node i in clique i % (n / 8)), the
 * shape of many one-word sentences; otherwise 8 random neighbours a node.
 * Every 13th node has no edge; weights are random floats. */
static void big_graph(summar_graph *g, size_t n, int clustered,
                      uint64_t seed) {
  size_t cap = 8 * n, ne = 0, ncl = n / 8;
  uint64_t *pair = malloc(cap * sizeof *pair); /* later << 32 | earlier */
  for (size_t i = 0; i < n; i++)
    for (size_t k = 1; k <= 8 && i % 13; k++) {
      size_t j = clustered ? i + k * ncl : rnd(&seed) % n;
      if (j >= n || j == i || j % 13 == 0 || (clustered && j % ncl != i % ncl))
        continue;
      size_t hi = i > j ? i : j, lo = i > j ? j : i;
      pair[ne++] = (uint64_t)hi << 32 | lo;
    }
  qsort(pair, ne, sizeof *pair, cmp_pair);
  g->a = &summar_default_allocator;
  g->n = n;
  g->row = calloc(n + 1, sizeof *g->row);
  g->col = malloc((ne ? ne : 1) * sizeof *g->col);
  g->w = malloc((ne ? ne : 1) * sizeof *g->w);
  size_t m = 0;
  for (size_t e = 0; e < ne; e++) {
    if (e && pair[e] == pair[e - 1])
      continue;
    g->row[(pair[e] >> 32) + 1]++;
    g->col[m] = (uint32_t)pair[e];
    g->w[m++] = (float)(1 + rnd(&seed) % 1000) / 1000.0f;
  }
  for (size_t i = 0; i < n; i++)
    g->row[i + 1] += g->row[i];
  free(pair);
}

/* summar_graph_rank on a big graph against ref_rank: the same ranks bit
 * for bit, the graph's columns as they were, with and without a prior,
 * and when the memory for the renumbering is missing. */
static void check_big_rank(int clustered) {
  summar_graph g;
  size_t n = 40000;
  big_graph(&g, n, clustered, 11);
  size_t ne = g.row[n];
  uint32_t *col0 = malloc(ne * sizeof *col0);
  memcpy(col0, g.col, ne * sizeof *col0);
  double *r = malloc(n * sizeof *r), *want = malloc(n * sizeof *want);
  double *prior = malloc(n * sizeof *prior);
  for (size_t i = 0; i < n; i++)
    prior[i] = (double)(i % 7);
  const char *shape = clustered ? "clustered" : "random";
  char what[160];
  for (int k = 0; k < 2; k++) {
    const double *pr = k ? prior : NULL;
    ref_rank(&g, pr, 0.85, 100, 1e-12, want);
    snprintf(what, sizeof what,
             "%s graph of 40000 nodes%s: the reference's ranks bit for bit, "
             "its columns restored",
             shape, k ? " with a prior" : "");
    CHECK(summar_graph_rank(&g, pr, 0.85, 100, 1e-12, r) == SUMMAR_OK &&
              !memcmp(r, want, n * sizeof *r) &&
              !memcmp(g.col, col0, ne * sizeof *col0),
          what);
  }
  /* Allocations: the rank arrays (2), then the numbering's. */
  counting c = {0, 0, 3};
  g.a = &(summar_allocator){c_realloc, c_free, &c};
  ref_rank(&g, NULL, 0.85, 20, 0, want);
  snprintf(what, sizeof what,
           "%s graph without memory for the renumbering: the same ranks",
           shape);
  CHECK(summar_graph_rank(&g, NULL, 0.85, 20, 0, r) == SUMMAR_OK &&
            !memcmp(r, want, n * sizeof *r) && c.live == 0 &&
            !memcmp(g.col, col0, ne * sizeof *col0),
        what);
  /* big_graph's arrays come from malloc, not from the allocator. */
  free(g.row);
  free(g.col);
  free(g.w);
  free(col0);
  free(r);
  free(want);
  free(prior);
}

static int cmp_u64(const void *a, const void *b) {
  uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
  return (x > y) - (x < y);
}

/* summar_keys_kth and summar_keys_sort against qsort, on distinct keys in
 * random order, sorted and reversed runs, keys of one weight (a row of
 * one-word sentences) and keys spread over all 64 bits, for every row
 * length up to the degree bound and longer lists. */
static void test_keys(void) {
  enum { MAXN = 1000 };
  static uint64_t v[MAXN], ref[MAXN];
  uint64_t seed = 0x9e3779b97f4a7c15u;
  int top_ok = 1, sort_ok = 1;
  for (size_t n = 1; n <= MAXN; n += n < 64 ? 1 : 37)
    for (int shape = 0; shape < 6; shape++) {
      for (size_t i = 0; i < n; i++) {
        seed = seed * 6364136223846793005u + 1442695040888963407u;
        /* distinct: a random high part above the index */
        v[i] = (seed >> 40) << 20 | i;
        if (shape == 1)
          v[i] = i * 3 + 1;
        else if (shape == 2)
          v[i] = (n - i) * 5;
        else if (shape == 3)
          v[i] = (uint64_t)0x3f000000 << 32 | (uint32_t)~(i * 7);
        else if (shape == 4)
          v[i] = (seed & ~(uint64_t)0x3ff) | i;
        else if (shape == 5) /* a df of few values above a term id, as
                                the near-duplicate stage sorts them */
          v[i] = (seed >> 40) % 50 << 32 | (uint32_t)(n - 1 - i);
      }
      memcpy(ref, v, n * sizeof *v);
      qsort(ref, n, sizeof *ref, cmp_u64);
      static uint64_t w[MAXN], tmp[MAXN];
      memcpy(w, v, n * sizeof *v);
      summar_keys_sort(w, n, tmp);
      sort_ok &= memcmp(w, ref, n * sizeof *w) == 0;
      /* The k-th greatest for k = 1, 2, the degree bound, n - 1 and n;
       * v unchanged. */
      size_t ks[] = {1, 2, SUMMAR_GRAPH_MAX_DEGREE, n - 1, n};
      memcpy(w, v, n * sizeof *v);
      for (size_t x = 0; x < sizeof ks / sizeof *ks; x++)
        if (ks[x] >= 1 && ks[x] <= n)
          top_ok &= summar_keys_kth(v, n, ks[x], ref[0], ref[n - 1], tmp) ==
                    ref[n - ks[x]];
      top_ok &= memcmp(w, v, n * sizeof *v) == 0;
    }
  CHECK(sort_ok, "summar_keys_sort sorts lists of 1 to 1000 keys, ties in "
                 "their high half included");
  CHECK(top_ok, "summar_keys_kth finds the k-th greatest key");
}

int main(void) {
  const summar_allocator *A = &summar_default_allocator;
  struct summar_doc d;

  test_keys();

  /* Small doc: 0 and 1 share "a b", 1 and 2 share "c", 3 is isolated, 4 is
   * dropped though it shares "a". */
  {
    size_t len[] = {3, 4, 3, 2, 2};
    int ids[] = {0, 1, 9, /**/ 0, 1, 2, -1, /**/ 2, 3, 4, /**/ 5, 6,
                 /**/ 0, 1};
    unsigned fl[] = {0, 0, 0, 0, SUMMAR_SENT_JUNK};
    CHECK(synth(&d, A, 5, len, ids, fl, 10) == 0, "synthetic doc built");
    summar_graph g;
    CHECK(summar_graph_build(&d, SUMMAR_SIM_COSINE, 0.0, &g) == SUMMAR_OK,
          "cosine graph built");
    CHECK(g.n == 5 && g.row[5] == 2, "2 edges (0-1, 1-2), each stored once");
    CHECK(lower(&g), "each row lists earlier sentences only, by column");
    double w01 = 0, w12 = 0;
    CHECK(edge(&g, 0, 1, &w01) && edge(&g, 1, 2, &w12) && !edge(&g, 0, 2, 0),
          "edges only between sentences sharing a term");
    /* single precision: within half a float's step of 1 (6e-8) */
    CHECK(fabs(w01 - summar_sent_cosine(&d, 0, 1)) < 1e-7 &&
              fabs(w12 - summar_sent_cosine(&d, 1, 2)) < 1e-7,
          "weights equal the idf cosine of terms.c, as floats");
    CHECK(w01 > w12 && w01 < 1, "two shared terms weigh more than one");
    size_t deg[5];
    degrees(&g, deg);
    CHECK(deg[3] == 0 && deg[4] == 0 && deg[0] == 1 && deg[1] == 2,
          "dropped and isolated sentences have no edge");
    double *r = calloc(5, sizeof *r);
    CHECK(summar_graph_rank(&g, NULL, 0.85, 100, 1e-10, r) == SUMMAR_OK,
          "pagerank runs");
    double sum = r[0] + r[1] + r[2] + r[3] + r[4];
    CHECK(fabs(sum - 1) < 1e-9, "ranks sum to 1");
    CHECK(r[1] > r[0] && r[1] > r[2] && r[0] > r[3] && r[2] > r[3],
          "the middle sentence ranks first, the isolated one last");
    CHECK(fabs(r[3] - r[4]) < 1e-15, "nodes without edges rank equally");
    double prior[5] = {0, 0, 0, 1, 0};
    double r2[5];
    CHECK(summar_graph_rank(&g, prior, 0.85, 100, 1e-10, r2) == SUMMAR_OK &&
              r2[3] > r2[1] && r2[4] == 0,
          "the prior steers the teleport");
    CHECK(summar_graph_rank(&g, NULL, 1.5, 100, 1e-10, r2) ==
                  SUMMAR_ERR_ARG &&
              summar_graph_rank(&g, NULL, 0.85, 0, 1e-10, r2) ==
                  SUMMAR_ERR_ARG &&
              summar_graph_rank(NULL, NULL, 0.85, 10, 1e-10, r2) ==
                  SUMMAR_ERR_ARG,
          "rank rejects bad arguments");
    summar_graph_free(&g);
    summar_graph_free(&g);
    CHECK(g.row == NULL, "graph free is idempotent");

    CHECK(summar_graph_build(&d, SUMMAR_SIM_COSINE, w01 * 0.99, &g) ==
                  SUMMAR_OK &&
              g.row[5] == 1 && edge(&g, 0, 1, 0),
          "threshold leaves out weak edges");
    summar_graph_free(&g);

    CHECK(summar_graph_build(&d, SUMMAR_SIM_OVERLAP, 0.0, &g) == SUMMAR_OK,
          "overlap graph built");
    CHECK(edge(&g, 0, 1, &w01) && edge(&g, 1, 2, &w12) &&
              fabs(w01 - 2.0 / (log(3) + log(4))) < 1e-7 &&
              fabs(w12 - 1.0 / (log(4) + log(3))) < 1e-7,
          "overlap = shared / (log|Si| + log|Sj|)");
    CHECK(lower(&g), "overlap graph: each edge once, by column");
    summar_graph_free(&g);

    /* Out of memory at every allocation in turn: clean failure, no leak. */
    int oom_ok = 1;
    for (long k = 1; k < 200; k++) {
      counting c = {0, 0, k};
      summar_allocator ca = {c_realloc, c_free, &c};
      d.a = ca;
      summar_status st = summar_graph_build(&d, SUMMAR_SIM_COSINE, 0, &g);
      if (st == SUMMAR_OK) {
        st = summar_graph_rank(&g, NULL, 0.85, 50, 1e-9, r);
        summar_graph_free(&g);
      } else {
        summar_graph_free(&g);
      }
      if ((st != SUMMAR_OK && st != SUMMAR_ERR_NOMEM) || c.live != 0)
        oom_ok = 0;
      if (st == SUMMAR_OK)
        break;
    }
    for (long k = 1; k < 200; k++) {
      counting c = {0, 0, k};
      summar_allocator ca = {c_realloc, c_free, &c};
      d.a = ca;
      double fb[10];
      summar_status st = summar_graph_directed(&d, SUMMAR_SIM_COSINE, 0, 0,
                                               fb, k % 2 ? fb + 5 : NULL);
      if ((st != SUMMAR_OK && st != SUMMAR_ERR_NOMEM) || c.live != 0)
        oom_ok = 0;
      if (st == SUMMAR_OK)
        break;
    }
    d.a = *A;
    CHECK(oom_ok, "allocation failures are reported without leaks");
    free(r);
    synth_free(&d);
  }

  /* df cap: a term held by every sentence makes pairs while N is small,
   * none once its df exceeds the cap. */
  {
    size_t n = 50, big = 400;
    CHECK(summar_graph_df_cap(n) >= n && summar_graph_df_cap(big) < big &&
              summar_graph_df_cap(2500) == 100 &&
              summar_graph_df_cap(4096) == 128 &&
              summar_graph_df_cap(10000) == 128 &&
              summar_graph_df_cap(1000000) == 128,
          "df cap: at least 64, growing with sqrt(N), at most 128 from 4096 "
          "sentences on (the pair work stays linear in the input)");
    size_t *len = calloc(big, sizeof *len);
    int *ids = calloc(big * 2, sizeof *ids);
    for (size_t i = 0; i < big; i++) {
      len[i] = 2;
      ids[2 * i] = 0;
      ids[2 * i + 1] = (int)(1 + i);
    }
    summar_graph g;
    CHECK(synth(&d, A, n, len, ids, NULL, big + 1) == 0 &&
              summar_graph_build(&d, SUMMAR_SIM_COSINE, 0, &g) == SUMMAR_OK,
          "graph of 50 sentences sharing one term");
    size_t maxdeg = 0, *deg = calloc(n, sizeof *deg);
    degrees(&g, deg);
    for (size_t i = 0; i < n; i++)
      if (deg[i] > maxdeg)
        maxdeg = deg[i];
    free(deg);
    CHECK(maxdeg == n - 1 || (n - 1 > SUMMAR_GRAPH_MAX_DEGREE &&
                              maxdeg >= SUMMAR_GRAPH_MAX_DEGREE),
          "below the cap the shared term links everyone (up to max degree)");
    CHECK(g.row[n] <= SUMMAR_GRAPH_MAX_DEGREE * n && lower(&g),
          "degree bound holds, each edge once");
    summar_graph_free(&g);
    synth_free(&d);
    CHECK(synth(&d, A, big, len, ids, NULL, big + 1) == 0 &&
              summar_graph_build(&d, SUMMAR_SIM_COSINE, 0, &g) ==
                  SUMMAR_OK &&
              g.row[big] == 0,
          "above the cap the shared term makes no pair");
    summar_graph_free(&g);
    synth_free(&d);
    free(len);
    free(ids);
  }


  /* Against the reference, where the df cap and the degree bound both
   * act: 700 sentences of 3-9 tokens over 400 terms, some dropped. */
  {
    size_t n = 700, vocab = 400;
    size_t *len = calloc(n, sizeof *len);
    int *ids = calloc(n * 9, sizeof *ids);
    unsigned *fl = calloc(n, sizeof *fl);
    uint64_t st = 7;
    size_t t = 0;
    for (size_t i = 0; i < n; i++) {
      len[i] = 3 + rnd(&st) % 7;
      fl[i] = rnd(&st) % 23 == 0 ? SUMMAR_SENT_JUNK : 0;
      for (size_t k = 0; k < len[i]; k++) {
        double x = (double)(rnd(&st) % 1000000) / 1000000.0;
        size_t id = (size_t)pow((double)vocab, x) - 1;
        ids[t++] = rnd(&st) % 5 == 0 ? -1 : (int)(id < vocab ? id : vocab - 1);
      }
    }
    CHECK(synth(&d, A, n, len, ids, fl, vocab) == 0, "reference doc built");
    summar_graph gc, go;
    size_t cut = 0;
    CHECK(summar_graph_build(&d, SUMMAR_SIM_COSINE, 0, &gc) == SUMMAR_OK &&
              summar_graph_build(&d, SUMMAR_SIM_OVERLAP, 0, &go) ==
                  SUMMAR_OK,
          "graphs of the reference doc built");
    size_t *deg = calloc(n, sizeof *deg);
    degrees(&gc, deg);
    for (size_t i = 0; i < n; i++)
      if (deg[i] > SUMMAR_GRAPH_MAX_DEGREE)
        cut++;
    free(deg);
    CHECK(cut > 0 && summar_graph_df_cap(d.ncontent) < d.ncontent,
          "rows are cut and frequent terms capped there");
    CHECK(ref_equal(&d, SUMMAR_SIM_COSINE, &gc),
          "cosine graph equals the reference, bit for bit and in order");
    CHECK(ref_equal(&d, SUMMAR_SIM_OVERLAP, &go),
          "overlap graph equals the reference, bit for bit and in order");
    CHECK(directed_equal(&d, SUMMAR_SIM_COSINE, &gc) &&
              directed_equal(&d, SUMMAR_SIM_OVERLAP, &go),
          "directed sums without the union equal the sums of the graph's "
          "rows, bit for bit");
    CHECK(fused_equal(&d, &go),
          "one walk for the overlap graph and the cosine sums gives the same "
          "graph and sums as two, bit for bit");
    summar_graph_free(&gc);
    summar_graph_free(&go);
    synth_free(&d);
    free(len);
    free(ids);
    free(fl);
  }

  /* A big synthetic document: 20000 sentences of 8-14 tokens drawn from a
   * Zipf-like vocabulary of 20000 stems plus stopwords. */
  {
    size_t n = 20000, vocab = 20000;
    size_t *len = calloc(n, sizeof *len);
    int *ids = calloc(n * 14, sizeof *ids);
    uint64_t st = 42;
    size_t t = 0;
    for (size_t i = 0; i < n; i++) {
      len[i] = 8 + rnd(&st) % 7;
      for (size_t k = 0; k < len[i]; k++) {
        uint32_t u = rnd(&st);
        if (u % 3 == 0) {
          ids[t++] = -1;
        } else {
          /* rank ~ vocab^x: heavy head, long tail */
          double x = (double)(rnd(&st) % 1000000) / 1000000.0;
          size_t id = (size_t)pow((double)vocab, x) - 1;
          ids[t++] = (int)(id < vocab ? id : vocab - 1);
        }
      }
    }
    CHECK(synth(&d, A, n, len, ids, NULL, vocab) == 0, "big doc built");
    summar_graph g;
    double t0 = now();
    summar_status s1 = summar_graph_build(&d, SUMMAR_SIM_COSINE, 0, &g);
    double t1 = now();
    CHECK(s1 == SUMMAR_OK, "big graph built");
    printf("# 20000 sentences: %zu edges (%.1f per node), built in "
           "%.3f s\n",
           g.row[n], (double)g.row[n] / (double)n, t1 - t0);
    CHECK(g.row[n] > n && g.row[n] <= SUMMAR_GRAPH_MAX_DEGREE * n,
          "O(N) edges: at most max degree x N");
    CHECK(lower(&g), "big graph: each edge once, by column");
    CHECK(directed_equal(&d, SUMMAR_SIM_COSINE, &g),
          "big graph: directed sums without the union, bit for bit");
    double *r = calloc(n, sizeof *r);
    t0 = now();
    CHECK(summar_graph_rank(&g, NULL, 0.85, 100, 1e-7, r) == SUMMAR_OK,
          "big graph ranked");
    t1 = now();
    printf("# pagerank in %.3f s\n", t1 - t0);
    summar_graph_free(&g);
    /* The graph is allocated at its exact size: once built it holds its
     * rows, columns and weights and nothing more.  Its edges are written
     * as the rows are walked, into arrays grown by doubling (at most
     * twice their final size), with 24 bytes a sentence of the walk and
     * the index beside them: 16 bytes an edge and 96 a sentence at most. */
    meter m = {0, 0};
    d.a = (summar_allocator){m_realloc, m_free, &m};
    CHECK(summar_graph_build(&d, SUMMAR_SIM_COSINE, 0, &g) == SUMMAR_OK,
          "big graph built through a metering allocator");
    size_t edges = g.row[n];
    size_t exact = (n + 1) * sizeof *g.row + edges * (sizeof *g.col +
                                                      sizeof *g.w);
    CHECK(m.live == exact, "the built graph holds exactly (N + 1) row "
                           "starts and 8 bytes an edge");
    printf("# graph build peak: %zu bytes for %zu edges and %zu sentences "
           "(%.1f bytes an edge)\n",
           m.peak, edges, n, (double)m.peak / (double)edges);
    CHECK(m.peak <= 16 * edges + 96 * n,
          "graph build peak <= 16 bytes an edge + 96 bytes a sentence");
    summar_graph_free(&g);
    m.live = m.peak = 0;
    double *fb = malloc(2 * n * sizeof *fb);
    size_t dpeak = 0;
    CHECK(summar_graph_directed(&d, SUMMAR_SIM_COSINE, 0, 0, fb, fb + n) ==
                  SUMMAR_OK &&
              m.live == 0 && (dpeak = m.peak) <= 96 * n,
          "directed sums store no edge (the index and 24 bytes a "
          "sentence: a peak under 96 bytes a sentence), nothing left");
    printf("# directed sums peak: %zu bytes\n", dpeak);
    free(fb);
    CHECK(summar_graph_build(&d, SUMMAR_SIM_COSINE, 0, &g) == SUMMAR_OK,
          "big graph built again");
    summar_graph_free(&g);
    d.a = *A;
    t0 = now();
    CHECK(summar_graph_build(&d, SUMMAR_SIM_OVERLAP, 0, &g) == SUMMAR_OK &&
              g.row[n] <= SUMMAR_GRAPH_MAX_DEGREE * n,
          "big overlap graph has O(N) edges");
    t1 = now();
    printf("# overlap graph built in %.3f s\n", t1 - t0);
    summar_graph_free(&g);
    free(r);
    synth_free(&d);
    free(len);
    free(ids);
  }

  check_big_rank(1);
  check_big_rank(0);

  /* Empty doc. */
  {
    summar_graph g;
    CHECK(synth(&d, A, 0, NULL, NULL, NULL, 0) == 0 &&
              summar_graph_build(&d, SUMMAR_SIM_OVERLAP, 0, &g) ==
                  SUMMAR_OK &&
              g.n == 0 &&
              summar_graph_rank(&g, NULL, 0.85, 10, 1e-6, NULL) ==
                  SUMMAR_ERR_ARG,
          "empty doc gives an empty graph");
    summar_graph_free(&g);
    synth_free(&d);
  }
  return tap_done();
}
