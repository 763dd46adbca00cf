/*
 * score.h - sentence scorers, their registry and the sentence
 * graph (score*.c, graph.c, rank.c).
 * Internal, not installed.
 */
#ifndef SUMMAR_SCORE_H
#define SUMMAR_SCORE_H

#include "doc.h"

/* A scorer fills scores[0..doc->nsents): content sentences in [0,1] (the
 * best 1 where anything scores), dropped ones 0.  Allocations through
 * doc->a. */
typedef summar_status (*summar_scorer_fn)(const struct summar_doc *doc,
                                          double *scores);

typedef struct summar_scorer {
  const char *name;
  const char *description;
  summar_scorer_fn fn;
} summar_scorer;

/* The registry (score.c), in summar_algorithm_name() order. */
const summar_scorer *summar_scorer_find(const char *name);
const summar_scorer *summar_scorer_at(size_t i);

summar_status summar_score_position(const struct summar_doc *doc, double *s);
summar_status summar_score_centroid(const struct summar_doc *doc, double *s);
summar_status summar_score_luhn(const struct summar_doc *doc, double *s);
summar_status summar_score_lexrank(const struct summar_doc *doc, double *s);
summar_status summar_score_textrank(const struct summar_doc *doc, double *s);
summar_status summar_score_default(const struct summar_doc *doc, double *s);

/* Sparse sentence graph (graph.c), built through an inverted index of the
 * content terms: near-linear in the number of tokens.  Edge weights are
 * symmetric and each undirected edge is stored once, in the row of its
 * later sentence: row r lists the neighbours i < r of sentence r, by
 * increasing i.  Only content sentences have edges. */
typedef struct summar_graph {
  const summar_allocator *a;
  size_t n;          /* nodes = doc->nsents */
  size_t *row;       /* CSR: the edges of row r are [row[r], row[r+1]) */
  uint32_t *col;     /* the earlier sentence of each edge (NULL: none) */
  float *w;          /* single precision: 4 bytes an edge (NULL: none) */
} summar_graph;

typedef enum summar_sim {
  SUMMAR_SIM_COSINE,  /* idf-weighted cosine (LexRank) */
  SUMMAR_SIM_OVERLAP  /* shared words / (log|a| + log|b|) (TextRank) */
} summar_sim;

/* Builds the graph; edges with weight below `threshold` are left out.
 * Errors: SUMMAR_ERR_ARG, SUMMAR_ERR_TOO_LARGE, SUMMAR_ERR_NOMEM (g is
 * then empty). */
summar_status summar_graph_build(const struct summar_doc *doc, summar_sim sim,
                                 double threshold, summar_graph *g);
void summar_graph_free(summar_graph *g);
/* The sums of every sentence's edge weights in the graph that
 * summar_graph_build(doc, sim, threshold) makes, to later sentences into
 * fwd[i] and to earlier ones into back[i] (n = doc->nsents doubles each,
 * the caller's; 0 for a sentence without edges), each added in
 * increasing order of the other sentence, without storing the graph: 24
 * bytes a sentence beside the index.  With back NULL, fwd[i] receives
 * fwd[i] + lambda_back x back[i] instead (the back sums then held in 8
 * bytes a sentence; lambda_back is read only then).  Errors:
 * SUMMAR_ERR_ARG, SUMMAR_ERR_TOO_LARGE, SUMMAR_ERR_NOMEM (fwd and back
 * are then undefined). */
summar_status summar_graph_directed(const struct summar_doc *doc,
                                    summar_sim sim, double threshold,
                                    double lambda_back, double *fwd,
                                    double *back);
/* summar_graph_build(doc, gsim, gthreshold, g) and
 * summar_graph_directed(doc, dsim, dthreshold, lambda_back, fwd, back)
 * from one walk of the index: the same graph and sums, each posting
 * visited once for both, at 24 bytes a sentence more while the graph is
 * built.  Errors: as those two (g is then empty). */
summar_status summar_graph_build_directed(const struct summar_doc *doc,
                                          summar_sim gsim, double gthreshold,
                                          summar_sim dsim, double dthreshold,
                                          double lambda_back, summar_graph *g,
                                          double *fwd, double *back);
/* Weighted PageRank with damping d (edges normalized per row), at most
 * `iters` iterations or until the L1 change is below `eps`.  `prior` (may
 * be NULL: uniform over content) is the teleport distribution.  Fills
 * rank[0..n).  On a big graph the columns are renumbered during the call
 * and restored before it returns: g is unchanged then, but must not be
 * read by another thread meanwhile. */
summar_status summar_graph_rank(summar_graph *g, const double *prior,
                                double d, int iters, double eps,
                                double *rank);
/* TextRank's scores into s from g, its graph (summar_graph_build with
 * SUMMAR_SIM_OVERLAP, threshold 0), which this frees.  Errors: those of
 * summar_graph_rank. */
summar_status summar_textrank_rank(const struct summar_doc *doc,
                                   summar_graph *g, double *s);
/* Rescales content scores so the best is 1 and dropped sentences are 0. */
void summar_scores_normalize(const struct summar_doc *doc, double *s);

/* ------------------------------------------- the default scorer's weights */

/* Weights of the "default" scorer (score_default.c): a weighted sum of
 * components, each scaled to [0,1] on content; a component whose weight is
 * 0 is not computed.  The shipped values are summar_default_weights_std,
 * and summar_default_weights_ar for Arabic; tools/tune.c searches others through summar_default_components() and
 * summar_default_combine(). */
typedef struct summar_default_weights {
  double textrank;    /* TextRank centrality (word overlap) */
  double position;    /* lead prior 1/sqrt(1 + rank among content) */
  double title;       /* idf cosine with the headline (0 without one) */
  double centroid;    /* TF-ISF centroid similarity (MEAD) */
  double directed;    /* PacSum directed degree centrality */
  double lambda_back; /* PacSum: weight of the similarity to earlier
                         sentences, that to later ones weighing 1 */
  double short_words; /* sentences under this many words are scaled by
                         words / short_words (0: off) */
} summar_default_weights;

extern const summar_default_weights summar_default_weights_std;

/* Components of "default" beyond summar_default_weights (all 0: off);
 * summar_score_default() uses summar_default_extra_std (for Arabic
 * summar_default_extra_ar). */
typedef struct summar_default_extra {
  double lead;       /* weight of the steep lead prior
                        (1 + r / lead_scale)^-lead_exp, r = rank among
                        content sentences */
  double lead_exp;
  double lead_scale;
  double paragraph;  /* weight of the paragraph prior 1 / sqrt(1 + p), p =
                        index of the sentence's source paragraph among those
                        holding content */
  double question;   /* a sentence ending in a question mark is scaled by
                        1 - question */
} summar_default_extra;

extern const summar_default_extra summar_default_extra_std;
/* "default" with the weights w and x into s.  Errors: SUMMAR_ERR_NOMEM. */
summar_status summar_score_default_ex(const struct summar_doc *doc,
                                      const summar_default_weights *w,
                                      const summar_default_extra *x,
                                      double *s);

/* The weights of Arabic documents (summar_default_uses_ar), fitted apart
 * from the others by tools/tune.c. */
extern const summar_default_weights summar_default_weights_ar;
extern const summar_default_extra summar_default_extra_ar;
/* Whether "default" weighs doc with the Arabic set: its detected language
 * (doc->lang) is Arabic. */
int summar_default_uses_ar(const struct summar_doc *doc);

/* Columns of the component matrix of "default": column c of a matrix
 * comp holds comp[c * nsents + i] for sentence i. */
enum {
  SUMMAR_DC_DIRECTED = 0, /* PacSum: raw similarity to later sentences */
  SUMMAR_DC_TEXTRANK,
  SUMMAR_DC_POSITION,
  SUMMAR_DC_CENTROID,
  SUMMAR_DC_TITLE,
  SUMMAR_DC_DIRECTED_BACK, /* PacSum: raw similarity to earlier sentences */
  SUMMAR_DC_COUNT
};

/* Fills comp (SUMMAR_DC_COUNT x doc->nsents doubles) with the components
 * of "default" whose weight in w is positive, each scaled to [0,1] on
 * content, except the two PacSum columns, which hold raw sums that
 * summar_default_combine adds up (the earlier ones weighted by
 * lambda_back) and then scales (the others are 0).  Errors: SUMMAR_ERR_NOMEM. */
summar_status summar_default_components(const struct summar_doc *doc,
                                        const summar_default_weights *w,
                                        double *comp);

/* The "default" score of every sentence into s from the components comp
 * (summar_default_components with weights of the same positivity): the
 * weighted sum, the priors and dampings of x and w, normalized.  No
 * allocation: a tuning tool computes comp once per document and combines
 * it with many weights. */
void summar_default_combine(const struct summar_doc *doc, const double *comp,
                            const summar_default_weights *w,
                            const summar_default_extra *x, double *s);

/* idf per term, log((N + 1) / df) with N content sentences and df from
 * doc->df (0 counts as 1): doc->nterms doubles through doc->a (at least
 * one element), or NULL on allocation failure.  Free with summar_dealloc. */
double *summar_idf_table(const struct summar_doc *doc);

/* Graph construction bounds (graph.c): terms held by more than
 * summar_graph_df_cap(N) content sentences (2 sqrt(N) within [64, 128])
 * make no pairs; a node keeps at
 * most SUMMAR_GRAPH_MAX_DEGREE strongest neighbours of its own (the graph
 * is the symmetric union of those lists: at most 48 x N edges). */
#define SUMMAR_GRAPH_MAX_DEGREE 48
size_t summar_graph_df_cap(size_t ncontent);

/* The k-th greatest of the distinct keys v[0..n) (0 < k <= n), whose
 * least is lo and greatest hi, through tmp (n keys of scratch); v is left
 * as it is (keys.c). */
uint64_t summar_keys_kth(const uint64_t *v, size_t n, size_t k, uint64_t lo,
                         uint64_t hi, uint64_t *tmp);

#endif /* SUMMAR_SCORE_H */
