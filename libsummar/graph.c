/*
 * graph.c - the sparse sentence similarity graph (its PageRank: rank.c).
 *
 * Construction goes through an inverted index (term -> content sentences
 * holding it): each sentence accumulates scores only with sentences that
 * share a term with it, never all pairs.  Two bounds keep the cost
 * near-linear on big inputs:
 *   - a term held by more than summar_graph_df_cap(N) content sentences
 *     makes no pairs (it still counts in the cosine norms), so the pair
 *     work is at most (term-vector entries) x cap; the cap grows with
 *     sqrt(N) up to a constant, so past 4096 sentences the work grows
 *     linearly with the input;
 *   - a node keeps its SUMMAR_GRAPH_MAX_DEGREE strongest neighbours (ties
 *     to the earlier sentence); the graph is the symmetric union of these
 *     lists, so it holds at most 48 x N undirected edges.
 * Neither bound changes anything on a news article (N below ~60
 * sentences: no term is capped and no row is cut).
 *
 * The rows are walked once, in sentence order, and each undirected edge
 * is known when the later of its two sentences is walked: edge i-r (i <
 * r) is in the union when r keeps i or i kept r, and i's row, walked
 * before, left the key of its weakest kept neighbour, which says whether
 * it kept r (the weights are symmetric bit for bit).  So the graph is
 * stored as its lower triangle, each edge once (8 bytes: column and float
 * weight), written as the rows are walked, and PacSum's directed sums
 * need no edge storage at all: the walk needs 24 bytes a sentence beside
 * the index.  One walk can serve two similarities (the default scorer's
 * overlap graph and cosine sums): each posting is then visited once for
 * both, at 48 bytes a sentence.
 *
 * On a big document a sentence's neighbours lie anywhere in it and the
 * time goes to cache misses: the state the walk reads about a neighbour
 * is one struct per sentence (gslot), one cache line a visit.
 */
#include "internal.h"

#include <math.h>
#include <stdint.h>
#include <string.h>

/* df cap: SUMMAR_GRAPH_CAP_SQRT * sqrt(N) within [SUMMAR_GRAPH_CAP_MIN,
 * SUMMAR_GRAPH_CAP_MAX]. */
#define SUMMAR_GRAPH_CAP_MIN 64
#define SUMMAR_GRAPH_CAP_MAX 128
#define SUMMAR_GRAPH_CAP_SQRT 2.0

/* The walk fetches the state of the sentence this many postings ahead. */
#define SUMMAR_GRAPH_AHEAD 8

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

/* The neighbour as one integer that orders as the neighbours are ranked
 * (greater: stronger): the bits of its weight, a positive float, which
 * order as the weights do, above the complement of its column, so that
 * ties go to the earlier sentence.  No two keys of a row are equal. */
static uint64_t nb_rank_key(uint32_t col, float w) {
  uint32_t bits;
  memcpy(&bits, &w, sizeof bits);
  return (uint64_t)bits << 32 | (uint32_t)~col;
}

/* ------------------------------------------------- the inverted index */

/* Content terms held by at most `cap` content sentences, with their
 * postings (sentence, and for the cosine its count) in sentence order:
 * the index both similarities walk.  Capped terms keep their idf (they
 * count in the cosine norms) but have no postings.  The overlap reads
 * neither counts nor idf, and its index holds none. */
typedef struct gindex {
  const summar_doc *doc;
  size_t n, nt, nc;
  size_t cap;       /* the df cap: a term with postings has at most cap */
  uint32_t *pstart; /* nt + 1: postings of term t are [pstart[t], pstart[t+1])
                       (fewer than term-vector entries, < 2^30) */
  uint32_t *psent;  /* sentence of each posting */
  uint32_t *pcount; /* occurrences of the term in that sentence; cosine */
  double *idf;      /* per term, log((nc + 1) / df), 0 for df 0; cosine */
} gindex;

static void gindex_free(const summar_allocator *a, gindex *ix) {
  summar_dealloc(a, ix->pstart);
  summar_dealloc(a, ix->psent);
  summar_dealloc(a, ix->pcount);
  summar_dealloc(a, ix->idf);
  memset(ix, 0, sizeof *ix);
}

/* Document frequencies over content sentences into pstart[t + 1], the
 * idf table (when the index has one), and the starts of the postings of
 * the uncapped terms. */
static void gindex_count(gindex *ix) {
  const summar_doc *doc = ix->doc;
  size_t nt = ix->nt, nc = 0;
  for (size_t i = 0; i < ix->n; i++) {
    const summar_sent *s = &doc->sents[i];
    if (!is_content(s))
      continue;
    nc++;
    for (size_t k = 0, nv = summar_sent_ntv(s); k < nv; k++) {
      uint32_t t = doc->tv[s->tv_first + k].term;
      if (t < nt)
        ix->pstart[t + 1]++;
    }
  }
  ix->nc = nc;
  size_t cap = summar_graph_df_cap(nc);
  ix->cap = cap;
  for (size_t t = 0; t < nt; t++) {
    size_t df = ix->pstart[t + 1];
    if (ix->idf)
      ix->idf[t] = df ? log(((double)nc + 1.0) / (double)df) : 0.0;
    if (df > cap)
      ix->pstart[t + 1] = 0;
  }
  for (size_t t = 0; t < nt; t++)
    ix->pstart[t + 1] += ix->pstart[t];
}

/* Builds the index of doc, with counts and idf when `counts`.  Errors:
 * SUMMAR_ERR_NOMEM. */
static summar_status gindex_build(const summar_allocator *a,
                                  const summar_doc *doc, int counts,
                                  gindex *ix) {
  memset(ix, 0, sizeof *ix);
  ix->doc = doc;
  ix->n = doc->nsents;
  ix->nt = doc->nterms;
  ix->pstart = summar_calloc(a, ix->nt + 1, sizeof *ix->pstart);
  if (counts)
    ix->idf = summar_calloc(a, ix->nt ? ix->nt : 1, sizeof *ix->idf);
  if (!ix->pstart || (counts && !ix->idf))
    return SUMMAR_ERR_NOMEM;
  gindex_count(ix);
  size_t np = ix->pstart[ix->nt];
  ix->psent = summar_alloc(a, (np ? np : 1) * sizeof *ix->psent);
  if (counts)
    ix->pcount = summar_alloc(a, (np ? np : 1) * sizeof *ix->pcount);
  if (!ix->psent || (counts && !ix->pcount))
    return SUMMAR_ERR_NOMEM;
  uint32_t *fill = summar_alloc(a, (ix->nt ? ix->nt : 1) * sizeof *fill);
  if (!fill)
    return SUMMAR_ERR_NOMEM;
  memcpy(fill, ix->pstart, ix->nt * sizeof *fill);
  for (size_t i = 0; i < ix->n; i++) {
    const summar_sent *s = &doc->sents[i];
    if (!is_content(s))
      continue;
    for (size_t k = 0, nv = summar_sent_ntv(s); k < nv; k++) {
      const summar_tv *e = &doc->tv[s->tv_first + k];
      uint32_t t = e->term;
      if (t >= ix->nt || ix->pstart[t + 1] == ix->pstart[t])
        continue;
      size_t p = fill[t]++;
      ix->psent[p] = (uint32_t)i;
      if (ix->pcount)
        ix->pcount[p] = e->count;
    }
  }
  summar_dealloc(a, fill);
  return SUMMAR_OK;
}

/* ------------------------------------------------- the walk of the rows */

/* Per sentence and similarity, what the walk of a row reads and writes
 * about another sentence, side by side so that the visit costs one cache
 * line (two at most when two similarities share the walk): acc, its accumulated products with the current row (0: not met
 * yet, every product being positive; set back to 0 once the row is done),
 * norm (cosine: |idf vector|; overlap: log(max(length, 2))), and weak,
 * once the sentence's own row was walked: the rank key (nb_rank_key) of
 * the weakest neighbour it keeps when it has more than
 * SUMMAR_GRAPH_MAX_DEGREE candidates, else 0 (it keeps them all). */
typedef struct gslot {
  double acc, norm;
  uint64_t weak;
} gslot;

/* A walk visits the postings once for one or two similarities. */
#define WALK_MAX_SIMS 2
_Static_assert(WALK_MAX_SIMS == 2, "walk_row walks one or two");

/* The walk of the rows of one or two similarities. */
typedef struct gwalk {
  const summar_allocator *a;
  gindex ix;
  size_t nsim;
  summar_sim sim[WALK_MAX_SIMS];
  double threshold[WALK_MAX_SIMS];
  gslot *slot;       /* per sentence j, its nsim slots from slot[j * nsim] */
  uint32_t *touched; /* the current row's candidates */
  uint64_t *cand[WALK_MAX_SIMS]; /* per similarity: the candidates' keys;
                                    then the row's lower edges */
  uint64_t *tmp;     /* scratch of the sort */
} gwalk;

static void walk_free(gwalk *wk) {
  gindex_free(wk->a, &wk->ix);
  summar_dealloc(wk->a, wk->slot);
  summar_dealloc(wk->a, wk->touched);
  for (size_t k = 0; k < WALK_MAX_SIMS; k++) {
    summar_dealloc(wk->a, wk->cand[k]);
    wk->cand[k] = NULL;
  }
  summar_dealloc(wk->a, wk->tmp);
  wk->slot = NULL;
  wk->touched = NULL;
  wk->tmp = NULL;
}

static void walk_norms(gwalk *wk) {
  const gindex *ix = &wk->ix;
  const summar_doc *doc = ix->doc;
  for (size_t i = 0; i < ix->n; i++) {
    const summar_sent *s = &doc->sents[i];
    if (!is_content(s))
      continue;
    for (size_t k = 0; k < wk->nsim; k++) {
      double norm;
      if (wk->sim[k] == SUMMAR_SIM_COSINE) {
        double sq = 0;
        for (size_t q = 0, nv = summar_sent_ntv(s); q < nv; q++) {
          const summar_tv *e = &doc->tv[s->tv_first + q];
          if (e->term >= ix->nt)
            continue;
          double w = e->count * ix->idf[e->term];
          sq += w * w;
        }
        norm = sqrt(sq);
      } else {
        size_t len = summar_sent_ntoks(s);
        if (!len)
          for (size_t q = 0, nv = summar_sent_ntv(s); q < nv; q++)
            len += doc->tv[s->tv_first + q].count;
        norm = log(len < 2 ? 2.0 : (double)len);
      }
      wk->slot[i * wk->nsim + k].norm = norm;
    }
  }
}

/* Prepares the walk of doc's rows of the nsim similarities sim[] (entries
 * below threshold[k] left out): the index, the norms and the buffers of
 * a row.  Errors: SUMMAR_ERR_NOMEM (walk_free then frees what was
 * made). */
static summar_status walk_init(const struct summar_doc *doc, size_t nsim,
                               const summar_sim *sim, const double *threshold,
                               gwalk *wk) {
  memset(wk, 0, sizeof *wk);
  wk->a = &doc->a;
  wk->nsim = nsim;
  int counts = 0;
  for (size_t k = 0; k < nsim; k++) {
    wk->sim[k] = sim[k];
    wk->threshold[k] = threshold[k];
    counts |= sim[k] == SUMMAR_SIM_COSINE;
  }
  size_t n = doc->nsents;
  summar_status st = gindex_build(wk->a, doc, counts, &wk->ix);
  if (st != SUMMAR_OK)
    return st;
  /* A row touches at most n - 1 sentences, and at most `cap` through
   * each of its terms. */
  size_t maxtv = 0;
  for (size_t i = 0; i < n; i++)
    if (is_content(&doc->sents[i]) && summar_sent_ntv(&doc->sents[i]) > maxtv)
      maxtv = summar_sent_ntv(&doc->sents[i]);
  size_t most = maxtv * wk->ix.cap < n ? maxtv * wk->ix.cap : n;
  if (!most)
    most = 1;
  wk->slot = summar_calloc(wk->a, (n ? n : 1) * nsim, sizeof *wk->slot);
  wk->touched = summar_alloc(wk->a, most * sizeof *wk->touched);
  wk->tmp = summar_alloc(wk->a, most * sizeof *wk->tmp);
  int ok = wk->slot && wk->touched && wk->tmp;
  for (size_t k = 0; k < nsim; k++) {
    wk->cand[k] = summar_alloc(wk->a, most * sizeof *wk->cand[k]);
    ok = ok && wk->cand[k];
  }
  if (!ok)
    return SUMMAR_ERR_NOMEM;
  walk_norms(wk);
  return SUMMAR_OK;
}

/* Visits the postings of row r's terms, adding each similarity's products
 * to the accumulators of the sentences met; returns how many there are,
 * listed in wk->touched.  `nsim` is wk->nsim, a constant where this is
 * inlined, so that the walk of one similarity does no more than it
 * needs. */
static inline __attribute__((always_inline)) size_t
walk_touch(gwalk *wk, size_t r, size_t nsim) {
  const gindex *ix = &wk->ix;
  const summar_doc *doc = ix->doc;
  const summar_sent *s = &doc->sents[r];
  gslot *slot = wk->slot;
  uint32_t *touched = wk->touched;
  int cos0 = wk->sim[0] == SUMMAR_SIM_COSINE;
  int cos1 = nsim > 1 && wk->sim[1] == SUMMAR_SIM_COSINE;
  size_t nto = 0;
  for (size_t q = 0, nv = summar_sent_ntv(s); q < nv; q++) {
    const summar_tv *e = &doc->tv[s->tv_first + q];
    uint32_t t = e->term;
    if (t >= ix->nt)
      continue;
    double wi0 = cos0 ? e->count * ix->idf[t] : 1.0;
    double wi1 = cos1 ? e->count * ix->idf[t] : 1.0;
    size_t pend = ix->pstart[t + 1];
    for (size_t p = ix->pstart[t]; p < pend; p++) {
      if (p + SUMMAR_GRAPH_AHEAD < pend)
        __builtin_prefetch(&slot[ix->psent[p + SUMMAR_GRAPH_AHEAD] * nsim]);
      uint32_t j = ix->psent[p];
      if (j == r)
        continue;
      gslot *sj = &slot[j * nsim];
      if (sj->acc == 0)
        touched[nto++] = j;
      sj[0].acc += wi0 * (cos0 ? ix->pcount[p] * ix->idf[t] : 1.0);
      if (nsim > 1)
        sj[1].acc += wi1 * (cos1 ? ix->pcount[p] * ix->idf[t] : 1.0);
    }
  }
  return nto;
}

/* Row r's edges of similarity k once walk_touch() met its nto
 * candidates: those whose weight, rounded to the float the graph stores,
 * is positive and passes the threshold; r keeps the
 * SUMMAR_GRAPH_MAX_DEGREE strongest (its weak key says which).  Returns
 * the number of its edges to earlier sentences, left in wk->cand[k] by
 * increasing column, each as its column above its weight's bits: the
 * candidates i < r that r keeps or whose row kept r. */
static size_t row_edges(gwalk *wk, size_t k, size_t r, size_t nto) {
  size_t ns = wk->nsim;
  gslot *slot = wk->slot + k; /* sentence j's state: slot[j * ns] */
  const uint32_t *touched = wk->touched;
  double ni = slot[r * ns].norm, threshold = wk->threshold[k];
  int cosine = wk->sim[k] == SUMMAR_SIM_COSINE;
  uint64_t *cand = wk->cand[k], lo = UINT64_MAX, hi = 0;
  size_t nk = 0;
  for (size_t x = 0; x < nto; x++) {
    gslot *sj = &slot[touched[x] * ns];
    double acc = sj->acc, nj = sj->norm;
    sj->acc = 0;
    if (nj <= 0 || ni <= 0)
      continue;
    /* Rounded to the float the graph stores, so that rows choose their
     * neighbours by the weights the graph holds. */
    double w = (float)(cosine ? acc / (ni * nj) : acc / (ni + nj));
    if (!(w > 0) || w < threshold)
      continue;
    uint64_t key = nb_rank_key(touched[x], (float)w);
    lo = key < lo ? key : lo;
    hi = key > hi ? key : hi;
    cand[nk++] = key;
  }
  uint64_t weak = nk > SUMMAR_GRAPH_MAX_DEGREE
                      ? summar_keys_kth(cand, nk, SUMMAR_GRAPH_MAX_DEGREE, lo,
                                        hi, wk->tmp)
                      : 0;
  slot[r * ns].weak = weak;
  /* Edge i-r, i < r: r keeps i, or i kept r (r's key in i's row is not
   * below i's weakest kept one). */
  size_t m = 0;
  for (size_t x = 0; x < nk; x++) {
    uint32_t i = ~(uint32_t)cand[x], bits = (uint32_t)(cand[x] >> 32);
    if (i > r)
      continue;
    if (cand[x] >= weak ||
        ((uint64_t)bits << 32 | (uint32_t)~r) >= slot[i * ns].weak)
      cand[m++] = (uint64_t)i << 32 | bits;
  }
  summar_keys_sort(cand, m, wk->tmp);
  return m;
}

/* Walks row r (every row before it walked): m[k] receives the number of
 * its edges to earlier sentences of similarity k, left in wk->cand[k]
 * (row_edges). */
static void walk_row(gwalk *wk, size_t r, size_t *m) {
  size_t ns = wk->nsim; /* 1 or WALK_MAX_SIMS, 2 */
  const gslot *sr = &wk->slot[r * ns];
  m[0] = m[ns - 1] = 0;
  if (!is_content(&wk->ix.doc->sents[r]) ||
      !(sr[0].norm > 0 || sr[ns - 1].norm > 0))
    return;
  size_t nto = ns == 1 ? walk_touch(wk, r, 1) : walk_touch(wk, r, 2);
  m[0] = row_edges(wk, 0, r, nto);
  if (ns > 1)
    m[1] = row_edges(wk, 1, r, nto);
}
/* ------------------------------------------------------- construction */

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

/* Appends the edges v[0..m) (walk_row's) to g's columns and weights, of
 * *cap entries, g->row[r] edges in use before them. */
static int graph_push(summar_graph *g, size_t *cap, size_t r,
                      const uint64_t *v, size_t m) {
  size_t len = g->row[r], need = len + m;
  if (need > *cap) {
    size_t ccap = *cap, wcap = *cap;
    if (summar_grow(g->a, (void **)&g->col, &ccap, need, sizeof *g->col) ||
        summar_grow(g->a, (void **)&g->w, &wcap, need, sizeof *g->w))
      return -1;
    *cap = ccap < wcap ? ccap : wcap;
  }
  for (size_t x = 0; x < m; x++) {
    uint32_t bits = (uint32_t)v[x];
    g->col[len + x] = (uint32_t)(v[x] >> 32);
    memcpy(&g->w[len + x], &bits, sizeof bits);
  }
  g->row[r + 1] = need;
  return 0;
}

/* Adds row r's edges v[0..m) (walk_row's) to the PacSum sums: their
 * weights, in column order, are r's back sum; each adds to the forward
 * sum of its earlier end, the rows coming in order. */
static void directed_add(const uint64_t *v, size_t m, size_t r, double *fwd,
                         double *back) {
  double s = 0;
  for (size_t x = 0; x < m; x++) {
    uint32_t bits = (uint32_t)v[x];
    float w;
    memcpy(&w, &bits, sizeof w);
    s += w;
    fwd[v[x] >> 32] += w;
  }
  back[r] = s;
}

/* Cuts g's arrays, of *cap entries, to its edges; a failed cut keeps the
 * bigger arrays. */
static void graph_trim(summar_graph *g, size_t cap) {
  if (g->row[g->n] >= cap)
    return;
  size_t ne = g->row[g->n] ? g->row[g->n] : 1;
  uint32_t *c = summar_realloc(g->a, g->col, ne * sizeof *g->col);
  if (c)
    g->col = c;
  float *w = summar_realloc(g->a, g->w, ne * sizeof *g->w);
  if (w)
    g->w = w;
}

static int sim_ok(summar_sim sim) {
  return sim == SUMMAR_SIM_COSINE || sim == SUMMAR_SIM_OVERLAP;
}

/* One walk of the rows for the nsim similarities sim[] (thresholds
 * threshold[]): the graph of sim[0] into g when g is not NULL (it was
 * zeroed), the PacSum sums of sim[nsim - 1] into fwd and back when fwd
 * is not NULL (summar_graph_directed). */
static summar_status walk_all(const struct summar_doc *doc, size_t nsim,
                              const summar_sim *sim, const double *threshold,
                              summar_graph *g, double lambda_back, double *fwd,
                              double *back) {
  if (doc->nsents >= UINT32_MAX)
    return SUMMAR_ERR_TOO_LARGE;
  size_t n = doc->nsents, cap = 0, m[WALK_MAX_SIMS];
  gwalk wk;
  summar_status st = walk_init(doc, nsim, sim, threshold, &wk);
  if (st == SUMMAR_OK && g) {
    g->n = n;
    g->row = summar_calloc(g->a, n + 1, sizeof *g->row);
    st = g->row ? SUMMAR_OK : SUMMAR_ERR_NOMEM;
  }
  double *b = back;
  if (st == SUMMAR_OK && fwd && !back) {
    b = summar_alloc(&doc->a, (n ? n : 1) * sizeof *b);
    st = b ? SUMMAR_OK : SUMMAR_ERR_NOMEM;
  }
  if (st == SUMMAR_OK && fwd)
    for (size_t i = 0; i < n; i++)
      fwd[i] = 0;
  for (size_t r = 0; st == SUMMAR_OK && r < n; r++) {
    walk_row(&wk, r, m);
    if (g && graph_push(g, &cap, r, wk.cand[0], m[0]))
      st = SUMMAR_ERR_NOMEM;
    if (fwd)
      directed_add(wk.cand[nsim - 1], m[nsim - 1], r, fwd, b);
  }
  walk_free(&wk);
  if (st == SUMMAR_OK && fwd && !back)
    for (size_t i = 0; i < n; i++)
      fwd[i] = fwd[i] + lambda_back * b[i];
  if (b != back)
    summar_dealloc(&doc->a, b);
  if (g && st == SUMMAR_OK)
    graph_trim(g, cap);
  if (g && st != SUMMAR_OK)
    summar_graph_free(g);
  return st;
}

summar_status summar_graph_build(const struct summar_doc *doc, summar_sim sim,
                                 double threshold, summar_graph *g) {
  if (g)
    memset(g, 0, sizeof *g);
  if (!doc || !g || !sim_ok(sim))
    return SUMMAR_ERR_ARG;
  g->a = &doc->a;
  return walk_all(doc, 1, &sim, &threshold, g, 0, NULL, NULL);
}

summar_status summar_graph_directed(const struct summar_doc *doc,
                                    summar_sim sim, double threshold,
                                    double lambda_back, double *fwd,
                                    double *back) {
  if (!doc || !fwd || !sim_ok(sim))
    return SUMMAR_ERR_ARG;
  return walk_all(doc, 1, &sim, &threshold, NULL, lambda_back, fwd, back);
}

summar_status summar_graph_build_directed(const struct summar_doc *doc,
                                          summar_sim gsim, double gthreshold,
                                          summar_sim dsim, double dthreshold,
                                          double lambda_back, summar_graph *g,
                                          double *fwd, double *back) {
  if (g)
    memset(g, 0, sizeof *g);
  if (!doc || !g || !fwd || !sim_ok(gsim) || !sim_ok(dsim))
    return SUMMAR_ERR_ARG;
  g->a = &doc->a;
  summar_sim sim[WALK_MAX_SIMS] = {gsim, dsim};
  double threshold[WALK_MAX_SIMS] = {gthreshold, dthreshold};
  return walk_all(doc, 2, sim, threshold, g, lambda_back, fwd, back);
}
