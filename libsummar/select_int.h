/*
 * select_int.h - what select.c and select_cut.c share: the ranking of
 * candidates and the knapsack over the best of them.
 * Internal, not installed.
 */
#ifndef SUMMAR_SELECT_INT_H
#define SUMMAR_SELECT_INT_H

#include "internal.h"

#include <math.h>

/* A candidate sentence and its score (the ranking key). */
typedef struct summar_ranked {
  double key;
  size_t i;
} summar_ranked;

/* A score as selection reads it: NaN and infinities count as 0. */
static inline double summar_select_score(double v) {
  return (v == v && v > -HUGE_VAL && v < HUGE_VAL) ? v : 0.0;
}

/* Whether the document holds a content sentence that is not filler
 * (summar_sent_is_filler). */
int summar_select_has_content_unit(const summar_doc *doc);

/* Budgets above this use the greedy walk only: the knapsack's table is
 * pool x (budget + 1) bits. */
#define SUMMAR_SELECT_DP_MAX_WORDS 65536

/* The knapsack's working memory: the pool (indexes into the ranking, best
 * first), the best value within each budget b (best[b]: the largest sum
 * of score x words of a subset of at most b words), the choice bits per
 * pool entry and budget, and the chosen pool entries. */
typedef struct summar_dp {
  size_t *pool;
  size_t np;
  double *best;
  size_t rowbytes;
  unsigned char *take;
  unsigned char *out;
} summar_dp;

/* Allocates a table for pools of up to k entries and budgets up to B
 * words through a.  Returns 0, or -1 (free it with summar_dp_free). */
int summar_dp_alloc(const summar_allocator *a, size_t k, size_t B,
                    summar_dp *t);
void summar_dp_free(const summar_allocator *a, summar_dp *t);

/* Fills t->best[0..B] and the choice bits over the pool t->pool[0..np)
 * (values: key x words of the ranked entries rk[pool[q]]). */
void summar_dp_table(const summar_doc *doc, const summar_ranked *rk, size_t B,
                     summar_dp *t);

/* After summar_dp_table: marks in t->out the pool entries of the best
 * subset within b words (b <= B). */
void summar_dp_backtrack(const summar_doc *doc, const summar_ranked *rk,
                         size_t b, summar_dp *t);

/* The cut fill (summar_select_params.cut_fill): chosen[] (per sentence)
 * holds the whole sentences selection chose under the word budget B from
 * the ranking rk[0..nr).  For each of the SUMMAR_CUT_FILL_TRIES
 * best-ranked candidates c, the knapsack runs again over the candidates
 * before c in the source (the cut sentence ends the summary) that are not
 * too similar to it, and c cut to k words fills what it leaves: k from max(cut_min x words(c), SUMMAR_FILLER_MAX_WORDS
 * + 1) to words(c) - 1, valued cut_fill x score(c) x k.  The best of
 * these, when it brings more than the whole sentences chosen (sum of
 * score x words), replaces them: chosen[] receives its whole sentences
 * and c, and *cut the prefix of c.  Similarity is summar_sent_cosine_idf
 * with idf (may be NULL).  Returns 1 when it did, 0 when not, -1 on
 * allocation failure. */
#define SUMMAR_CUT_FILL_TRIES 8
#define SUMMAR_FILLER_MAX_WORDS 3
int summar_select_cut_fill(const summar_doc *doc, const double *idf,
                           const summar_ranked *rk, size_t nr, size_t B,
                           const summar_select_params *p, unsigned char *chosen,
                           summar_cut *cut);

#endif /* SUMMAR_SELECT_INT_H */
