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
 *     lists, so it holds at most 2 x 48 x N directed edges.
 * Neither bound changes anything on a news article (N below ~60
 * sentences: no term is capped and no row is cut).
 *
 * The inverted index holds postings of 8 bytes (sentence and count);
 * the weights are computed from them as the rows are walked, in double
 * precision, and kept as floats (an edge costs 8 bytes: column and
 * weight).  The symmetric union is built in the kept rows' own arrays,
 * grown to its exact size (whether a row keeps a reverse edge is read
 * from its weakest kept entry, the weights being symmetric): it needs no
 * memory beyond the graph itself and 16 bytes a row.
 *
 * On a big document a sentence's neighbours lie anywhere in it and the
 * time goes to cache misses: the state a pass reads about a neighbour is
 * one struct per sentence (gslot, urow), one cache line a visit, and the
 * passes over edges read the edge arrays in order.
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

/* The graph's construction fetches the state of the sentence this many
 * postings or kept edges ahead. */
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

/* One kept neighbour of a row under construction. */
typedef struct nb {
  uint32_t col;
  float w; /* the graph's own float weight */
} nb;

/* The neighbour as one integer that orders as the neighbours are ranked
 * (greater: stronger): the bits of its weight, a positive float, which
 * order as the weights do, above the complement of its column, so that
 * ties go to the earlier sentence.  No two keys of a row are equal. */
static uint64_t nb_rank_key(uint32_t col, float w) {
  uint32_t bits;
  memcpy(&bits, &w, sizeof bits);
  return (uint64_t)bits << 32 | (uint32_t)~col;
}

/* Orders by weight, strongest first; ties by column. */
static int nb_before(const nb *x, const nb *y) {
  return nb_rank_key(x->col, x->w) > nb_rank_key(y->col, y->w);
}

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

/* ------------------------------------------------- the inverted index */

/* Content terms held by at most `cap` content sentences, with their
 * postings (sentence, count) in sentence order: the index both
 * similarities walk.  Capped terms keep their idf (they count in the
 * cosine norms) but have no postings. */
typedef struct gindex {
  const summar_doc *doc;
  size_t n, nt, nc;
  size_t cap;       /* the df cap: a term with postings has at most cap */
  size_t *pstart;   /* nt + 1: postings of term t are [pstart[t], pstart[t+1]) */
  uint32_t *psent;  /* sentence of each posting */
  uint32_t *pcount; /* occurrences of the term in that sentence */
  double *idf;      /* per term, log((nc + 1) / df); 0 for df 0 */
} gindex;

static void gindex_free(const summar_allocator *a, gindex *ix) {
  summar_dealloc(a, ix->pstart);
  summar_dealloc(a, ix->psent);
  summar_dealloc(a, ix->pcount);
  summar_dealloc(a, ix->idf);
  memset(ix, 0, sizeof *ix);
}

/* Document frequencies over content sentences into pstart[t + 1], the
 * idf table, and the starts of the postings of the uncapped terms. */
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
    ix->idf[t] = df ? log(((double)nc + 1.0) / (double)df) : 0.0;
    if (df > cap)
      ix->pstart[t + 1] = 0;
  }
  for (size_t t = 0; t < nt; t++)
    ix->pstart[t + 1] += ix->pstart[t];
}

/* Builds the index of doc.  Errors: SUMMAR_ERR_NOMEM. */
static summar_status gindex_build(const summar_allocator *a,
                                  const summar_doc *doc, gindex *ix) {
  memset(ix, 0, sizeof *ix);
  ix->doc = doc;
  ix->n = doc->nsents;
  ix->nt = doc->nterms;
  ix->pstart = summar_calloc(a, ix->nt + 1, sizeof *ix->pstart);
  ix->idf = summar_calloc(a, ix->nt ? ix->nt : 1, sizeof *ix->idf);
  if (!ix->pstart || !ix->idf)
    return SUMMAR_ERR_NOMEM;
  gindex_count(ix);
  size_t np = ix->pstart[ix->nt];
  ix->psent = summar_alloc(a, (np ? np : 1) * sizeof *ix->psent);
  ix->pcount = summar_alloc(a, (np ? np : 1) * sizeof *ix->pcount);
  if (!ix->psent || !ix->pcount)
    return SUMMAR_ERR_NOMEM;
  size_t *fill = summar_alloc(a, (ix->nt ? ix->nt : 1) * sizeof *fill);
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
      ix->pcount[p] = e->count;
    }
  }
  summar_dealloc(a, fill);
  return SUMMAR_OK;
}

/* --------------------------------------------------- one similarity */

/* Rows of kept neighbours: row i is [row[i], row[i+1]), by column. */
typedef struct kept {
  size_t *row;
  uint32_t *col;
  float *w;
  size_t len, cap;
} kept;

/* Per sentence, what the walk of a row reads and writes about another
 * sentence, side by side so that the visit costs one cache line: acc, its
 * accumulated products with the current row (0: not met yet, every
 * product being positive; set back to 0 once the row is kept), and norm
 * (cosine: |idf vector|; overlap: log(max(length, 2))). */
typedef struct gslot {
  double acc, norm;
} gslot;

/* The state of the graph under construction. */
typedef struct gside {
  summar_sim sim;
  double threshold;
  gslot *slot; /* per sentence */
  kept k;
  summar_graph *g;
} gside;

static void kept_free(const summar_allocator *a, kept *k) {
  summar_dealloc(a, k->row);
  summar_dealloc(a, k->col);
  summar_dealloc(a, k->w);
  memset(k, 0, sizeof *k);
}

/* Appends to k the neighbours v[0..nk), each its column above its
 * weight's bits, in increasing order. */
static int kept_push(const summar_allocator *a, kept *k, const uint64_t *v,
                     size_t nk) {
  size_t need = k->len + nk;
  if (need > k->cap) {
    size_t ccap = k->cap, wcap = k->cap;
    if (summar_grow(a, (void **)&k->col, &ccap, need, sizeof *k->col) ||
        summar_grow(a, (void **)&k->w, &wcap, need, sizeof *k->w))
      return -1;
    k->cap = ccap < wcap ? ccap : wcap;
  }
  for (size_t x = 0; x < nk; x++) {
    uint32_t bits = (uint32_t)v[x];
    k->col[k->len + x] = (uint32_t)(v[x] >> 32);
    memcpy(&k->w[k->len + x], &bits, sizeof bits);
  }
  k->len = need;
  return 0;
}

static void side_norms(const gindex *ix, gside *sd) {
  const summar_doc *doc = ix->doc;
  for (size_t i = 0; i < ix->n; i++) {
    const summar_sent *s = &doc->sents[i];
    if (!is_content(s))
      continue;
    if (sd->sim == SUMMAR_SIM_COSINE) {
      double sq = 0;
      for (size_t k = 0, nv = summar_sent_ntv(s); k < nv; k++) {
        const summar_tv *e = &doc->tv[s->tv_first + k];
        if (e->term >= ix->nt)
          continue;
        double w = e->count * ix->idf[e->term];
        sq += w * w;
      }
      sd->slot[i].norm = sqrt(sq);
    } else {
      size_t len = summar_sent_ntoks(s);
      if (!len)
        for (size_t k = 0, nv = summar_sent_ntv(s); k < nv; k++)
          len += doc->tv[s->tv_first + k].count;
      sd->slot[i].norm = log(len < 2 ? 2.0 : (double)len);
    }
  }
}

/* Keeps row i of one side: the touched sentences whose weight passes the
 * threshold, the SUMMAR_GRAPH_MAX_DEGREE strongest, by column; sets their
 * accumulators back to 0. */
static int side_row(const summar_allocator *a, gside *sd, size_t i,
                    const uint32_t *touched, size_t nto, uint64_t *cand) {
  gslot *slot = sd->slot;
  double ni = slot[i].norm;
  size_t nk = 0;
  for (size_t x = 0; x < nto; x++) {
    uint32_t j = touched[x];
    double acc = slot[j].acc, nj = slot[j].norm;
    slot[j].acc = 0;
    if (nj <= 0)
      continue;
    /* Rounded to the float the graph stores, so that rows choose their
     * neighbours by the weights the union reads back. */
    double w = (float)(sd->sim == SUMMAR_SIM_COSINE ? acc / (ni * nj)
                                                    : acc / (ni + nj));
    if (!(w > 0) || w < sd->threshold)
      continue;
    cand[nk++] = nb_rank_key(j, (float)w);
  }
  if (nk > SUMMAR_GRAPH_MAX_DEGREE) {
    summar_keys_top(cand, nk, SUMMAR_GRAPH_MAX_DEGREE);
    nk = SUMMAR_GRAPH_MAX_DEGREE;
  }
  /* By column: each key turned into its column above its weight. */
  for (size_t x = 0; x < nk; x++)
    cand[x] = (uint64_t)(uint32_t)~cand[x] << 32 | cand[x] >> 32;
  summar_keys_sort(cand, nk);
  return kept_push(a, &sd->k, cand, nk);
}

/* ------------------------------------------------- the symmetric union */

/* Per row of the union, what its reverse entries need, in one place (an
 * entry i -> r visits row r: one cache line, 16 bytes a row).  While the
 * reverse entries are counted: lo / hi, their number from rows i < r /
 * i > r, and the row's weakest kept entry when the row is full (weak.w 0
 * otherwise: every weight is positive, so such a row holds all its
 * candidates).  While they are written: at, the row's start in the
 * union, lo the reverse entries from rows i < r written so far, hi the
 * place of the next one from a row i > r, relative to at. */
typedef struct urow {
  union {
    struct {
      float w;
      uint32_t col;
    } weak;
    uint64_t at;
  } v;
  uint32_t lo, hi;
} urow;

/* Whether kept(r) holds i, for a kept edge i -> r of weight w.  Weights
 * are symmetric bit for bit (both rows add the same products, over the
 * shared terms in term order, and divide by the same norms), so r's own
 * walk met i with the weight w: a row holding fewer than
 * SUMMAR_GRAPH_MAX_DEGREE entries kept every candidate, and a full row
 * keeps exactly the candidates that are not weaker than its weakest kept
 * entry. */
static int kept_holds(const urow *ur, uint32_t i, float w) {
  nb x = {i, w}, weakest = {ur->v.weak.col, ur->v.weak.w};
  return !nb_before(&weakest, &x);
}

/* The weakest kept entry of every full row, then the count of every
 * row's reverse entries; a kept edge that gives one is marked by the
 * sign of its weight (every weight is positive), for the later passes to
 * visit only the marked edges' targets. */
static void union_count(kept *k, size_t n, urow *u) {
  for (size_t r = 0; r < n; r++) {
    u[r].v.weak.w = 0;
    u[r].v.weak.col = 0;
    if (k->row[r + 1] - k->row[r] < SUMMAR_GRAPH_MAX_DEGREE)
      continue;
    nb weakest = {k->col[k->row[r]], k->w[k->row[r]]};
    for (size_t x = k->row[r] + 1; x < k->row[r + 1]; x++) {
      nb e = {k->col[x], k->w[x]};
      if (nb_before(&weakest, &e))
        weakest = e;
    }
    u[r].v.weak.w = (float)weakest.w;
    u[r].v.weak.col = weakest.col;
  }
  for (size_t i = 0; i < n; i++)
    for (size_t x = k->row[i]; x < k->row[i + 1]; x++) {
      if (x + SUMMAR_GRAPH_AHEAD < k->len)
        __builtin_prefetch(&u[k->col[x + SUMMAR_GRAPH_AHEAD]]);
      urow *ur = &u[k->col[x]];
      if (!kept_holds(ur, (uint32_t)i, k->w[x])) {
        k->w[x] = -k->w[x];
        if (i < k->col[x])
          ur->lo++;
        else
          ur->hi++;
      }
    }
}

/* Moves each kept row (in k's arrays, grown to the union's size) to its
 * place in the union's row (row[]), after the room of its reverse
 * entries from rows i < r, from the last row down: a row's start only
 * moves up, so a kept row is read before anything is written over it.
 * The kept rows lie back to back up to k->len, each as long as its union
 * row less its reverse entries; union_count's marks move with them. */
static void union_move(const kept *k, size_t n, const size_t *row,
                       const urow *u) {
  for (size_t r = n, kstart = k->len; r-- > 0;) {
    size_t nk = row[r + 1] - row[r] - u[r].lo - u[r].hi;
    kstart -= nk;
    if (!nk)
      continue;
    memmove(k->col + row[r] + u[r].lo, k->col + kstart, nk * sizeof *k->col);
    memmove(k->w + row[r] + u[r].lo, k->w + kstart, nk * sizeof *k->w);
  }
}

/* Writes the reverse entries into the room union_move left, visiting the
 * rows in order and, in each, the kept edges union_count marked (whose
 * marks it takes off): row r receives its entries from the rows i < r,
 * then from the rows i > r, each by increasing i.  When row i is visited
 * its entries from rows before it are written (lo) and none from rows
 * after it, so its kept edges are [row[i] + lo, row[i] + hi). */
static void union_fill(const kept *k, size_t n, const size_t *row, urow *u) {
  for (size_t r = 0; r < n; r++) { /* hi: lo + the kept row's length */
    u[r].hi = (uint32_t)(row[r + 1] - row[r]) - u[r].hi;
    u[r].v.at = row[r];
    u[r].lo = 0;
  }
  uint32_t *col = k->col;
  float *w = k->w;
  for (size_t i = 0; i < n; i++) {
    size_t first = row[i] + u[i].lo, end = row[i] + u[i].hi;
    for (size_t x = first; x < end; x++) {
      if (x + SUMMAR_GRAPH_AHEAD < end)
        __builtin_prefetch(&u[col[x + SUMMAR_GRAPH_AHEAD]]);
      if (!(w[x] < 0))
        continue;
      float wx = w[x] = -w[x];
      urow *ur = &u[col[x]];
      size_t at = ur->v.at + (i < col[x] ? ur->lo++ : ur->hi++);
      col[at] = (uint32_t)i;
      w[at] = wx;
    }
  }
}

/* Turns the kept rows into sd->g, the symmetric union: row r holds, in
 * this order, the sentences i < r with r in kept(i) but i not in kept(r),
 * then kept(r), then those i > r likewise.  The union is built in the
 * kept rows' own arrays, grown to its exact size: one pass counts each
 * row's reverse entries (kept_holds: no search) and marks the kept edges
 * that give one; the kept rows' starts become the union's, in place; the
 * kept rows move to their places (union_move); a last pass writes the
 * reverse entries beside them (union_fill). */
static summar_status side_union(const summar_allocator *a, size_t n,
                                gside *sd) {
  kept *k = &sd->k;
  summar_graph *g = sd->g;
  urow *u = summar_calloc(a, n ? n : 1, sizeof *u);
  summar_status st = SUMMAR_ERR_NOMEM;
  if (!u)
    goto done;
  union_count(k, n, u);
  /* Each kept row's end is read before the union's is written over it. */
  size_t *row = k->row;
  for (size_t r = 0, kstart = 0; r < n; r++) {
    size_t kend = row[r + 1];
    row[r + 1] = row[r] + u[r].lo + (kend - kstart) + u[r].hi;
    kstart = kend;
  }
  size_t out = row[n];
  if (out != k->cap) {
    uint32_t *c = summar_realloc(a, k->col, (out ? out : 1) * sizeof *k->col);
    if (c)
      k->col = c;
    float *w = c ? summar_realloc(a, k->w, (out ? out : 1) * sizeof *k->w)
                  : NULL;
    if (w)
      k->w = w;
    if (!c || !w)
      goto done;
    k->cap = out;
  }
  union_move(k, n, row, u);
  union_fill(k, n, row, u);
  g->row = k->row;
  g->col = k->col;
  g->w = k->w;
  k->row = NULL;
  k->col = NULL;
  k->w = NULL;
  k->len = k->cap = 0;
  g->n = n;
  st = SUMMAR_OK;
done:
  summar_dealloc(a, u);
  return st;
}

/* ------------------------------------------------------- construction */

/* The kept rows of sd in one pass over the index: each content sentence
 * accumulates its products with the sentences that share an uncapped term
 * with it. */
static summar_status build_rows(const summar_allocator *a, const gindex *ix,
                                gside *sd) {
  size_t n = ix->n;
  const summar_doc *doc = ix->doc;
  /* A row touches at most n - 1 sentences, and at most `cap` through
   * each of its terms. */
  size_t maxtv = 0;
  for (size_t i = 0; i < n; i++)
    if (is_content(&doc->sents[i]) && summar_sent_ntv(&doc->sents[i]) > maxtv)
      maxtv = summar_sent_ntv(&doc->sents[i]);
  size_t most = maxtv * ix->cap < n ? maxtv * ix->cap : n;
  uint32_t *touched = summar_alloc(a, (most ? most : 1) * sizeof *touched);
  uint64_t *cand = summar_alloc(a, (most ? most : 1) * sizeof *cand);
  summar_status st = SUMMAR_ERR_NOMEM;
  if (!touched || !cand)
    goto done;
  int cosine = sd->sim == SUMMAR_SIM_COSINE;
  for (size_t i = 0; i < n; i++) {
    const summar_sent *s = &doc->sents[i];
    sd->k.row[i] = sd->k.len;
    if (!is_content(s) || sd->slot[i].norm <= 0)
      continue;
    size_t nto = 0;
    for (size_t k = 0, nv = summar_sent_ntv(s); k < nv; k++) {
      const summar_tv *e = &doc->tv[s->tv_first + k];
      uint32_t t = e->term;
      if (t >= ix->nt)
        continue;
      double wi = cosine ? e->count * ix->idf[t] : 1.0;
      size_t pend = ix->pstart[t + 1];
      for (size_t p = ix->pstart[t]; p < pend; p++) {
        if (p + SUMMAR_GRAPH_AHEAD < pend)
          __builtin_prefetch(&sd->slot[ix->psent[p + SUMMAR_GRAPH_AHEAD]]);
        uint32_t j = ix->psent[p];
        if (j == i)
          continue;
        gslot *sj = &sd->slot[j];
        if (sj->acc == 0)
          touched[nto++] = j;
        sj->acc += wi * (cosine ? ix->pcount[p] * ix->idf[t] : 1.0);
      }
    }
    if (side_row(a, sd, i, touched, nto, cand))
      goto done;
  }
  sd->k.row[n] = sd->k.len;
  st = SUMMAR_OK;
done:
  summar_dealloc(a, touched);
  summar_dealloc(a, cand);
  return st;
}

/* The kept rows of doc's graph of similarity sim (entries below threshold
 * left out) into sd->k.  Errors: SUMMAR_ERR_NOMEM. */
static summar_status build_kept(const struct summar_doc *doc, summar_sim sim,
                                double threshold, gside *sd) {
  const summar_allocator *a = &doc->a;
  size_t n = doc->nsents;
  sd->sim = sim;
  sd->threshold = threshold;
  gindex ix;
  summar_status st = gindex_build(a, doc, &ix);
  if (st == SUMMAR_OK) {
    sd->slot = summar_calloc(a, n ? n : 1, sizeof *sd->slot);
    sd->k.row = summar_calloc(a, n + 1, sizeof *sd->k.row);
    st = sd->slot && sd->k.row ? SUMMAR_OK : SUMMAR_ERR_NOMEM;
  }
  if (st == SUMMAR_OK) {
    side_norms(&ix, sd);
    st = build_rows(a, &ix, sd);
  }
  gindex_free(a, &ix);
  summar_dealloc(a, sd->slot);
  sd->slot = NULL;
  return st;
}

summar_status summar_graph_build(const struct summar_doc *doc, summar_sim sim,
                                 double threshold, summar_graph *g) {
  if (g)
    memset(g, 0, sizeof *g);
  if (!doc || !g || (sim != SUMMAR_SIM_COSINE && sim != SUMMAR_SIM_OVERLAP))
    return SUMMAR_ERR_ARG;
  g->a = &doc->a;
  if (doc->nsents >= UINT32_MAX)
    return SUMMAR_ERR_TOO_LARGE;
  gside sd = {.g = g};
  summar_status st = build_kept(doc, sim, threshold, &sd);
  if (st == SUMMAR_OK)
    st = side_union(&doc->a, doc->nsents, &sd);
  kept_free(&doc->a, &sd.k);
  if (st != SUMMAR_OK)
    summar_graph_free(g);
  return st;
}

/* The directed sums of the union of the kept rows k (see
 * summar_graph_directed) from the rows alone: a row's kept entries in
 * column order, and its reverse entries (union_count's marks) by
 * increasing source, before its kept entries to earlier rows (back) and
 * after those to later rows (fwd), as the union's row lists them.  back
 * may lie over u, which is not read past union_count. */
static void kept_directed(kept *k, size_t n, urow *u, double *fwd,
                          double *back) {
  union_count(k, n, u);
  for (size_t r = 0; r < n; r++) {
    double f = 0;
    for (size_t x = k->row[r]; x < k->row[r + 1]; x++)
      if (k->col[x] > r)
        f += fabsf(k->w[x]);
    fwd[r] = f;
    back[r] = 0;
  }
  for (size_t i = 0; i < n; i++)
    for (size_t x = k->row[i]; x < k->row[i + 1]; x++) {
      if (x + SUMMAR_GRAPH_AHEAD < k->len)
        __builtin_prefetch(&fwd[k->col[x + SUMMAR_GRAPH_AHEAD]]);
      if (!(k->w[x] < 0))
        continue;
      uint32_t r = k->col[x];
      if (i < r)
        back[r] += -k->w[x];
      else
        fwd[r] += -k->w[x];
    }
  for (size_t r = 0; r < n; r++) {
    double b = back[r];
    for (size_t x = k->row[r]; x < k->row[r + 1]; x++)
      if (k->col[x] < r)
        b += fabsf(k->w[x]);
    back[r] = b;
  }
}

summar_status summar_graph_directed(const struct summar_doc *doc,
                                    summar_sim sim, double threshold,
                                    double lambda_back, double *fwd,
                                    double *back) {
  if (!doc || !fwd ||
      (sim != SUMMAR_SIM_COSINE && sim != SUMMAR_SIM_OVERLAP))
    return SUMMAR_ERR_ARG;
  if (doc->nsents >= UINT32_MAX)
    return SUMMAR_ERR_TOO_LARGE;
  size_t n = doc->nsents;
  gside sd = {0};
  summar_status st = build_kept(doc, sim, threshold, &sd);
  urow *u = NULL;
  if (st == SUMMAR_OK) {
    u = summar_calloc(&doc->a, n ? n : 1, sizeof *u);
    st = u ? SUMMAR_OK : SUMMAR_ERR_NOMEM;
  }
  /* Without back, the back sums lie over u (see kept_directed). */
  double *b = back ? back : (double *)(void *)u;
  if (st == SUMMAR_OK)
    kept_directed(&sd.k, n, u, fwd, b);
  for (size_t i = 0; st == SUMMAR_OK && !back && i < n; i++)
    fwd[i] = fwd[i] + lambda_back * b[i];
  summar_dealloc(&doc->a, u);
  kept_free(&doc->a, &sd.k);
  return st;
}
