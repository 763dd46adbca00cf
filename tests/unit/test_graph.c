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

/* Whether the graph holds edge i->j; its weight in *w. */
static int edge(const summar_graph *g, size_t i, size_t j, double *w) {
  for (size_t e = g->row[i]; e < g->row[i + 1]; e++)
    if (g->col[e] == j) {
      if (w)
        *w = g->w[e];
      return 1;
    }
  return 0;
}

static int symmetric(const summar_graph *g) {
  for (size_t i = 0; i < g->n; i++)
    for (size_t e = g->row[i]; e < g->row[i + 1]; e++) {
      double w;
      if (g->col[e] == i || !edge(g, g->col[e], i, &w) || w != g->w[e])
        return 0;
    }
  return 1;
}

#include "../common/counting.h"

/* A deterministic generator (LCG). */
static uint32_t rnd(uint64_t *st) {
  *st = *st * 6364136223846793005ULL + 1442695040888963407ULL;
  return (uint32_t)(*st >> 33);
}

int main(void) {
  const summar_allocator *A = &summar_default_allocator;
  struct summar_doc d;

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
    CHECK(g.n == 5 && g.row[5] == 4, "4 directed edges (0-1, 1-2)");
    CHECK(symmetric(&g), "graph is symmetric without self-loops");
    double w01 = 0, w12 = 0;
    CHECK(edge(&g, 0, 1, &w01) && edge(&g, 1, 2, &w12) && !edge(&g, 0, 2, 0),
          "edges only between sentences sharing a term");
    CHECK(fabs(w01 - summar_sent_cosine(&d, 0, 1)) < 1e-12 &&
              fabs(w12 - summar_sent_cosine(&d, 1, 2)) < 1e-12,
          "weights equal the idf cosine of terms.c");
    CHECK(w01 > w12 && w01 < 1, "two shared terms weigh more than one");
    CHECK(g.row[4] == g.row[5] && g.row[3] == g.row[4],
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
              g.row[5] == 2 && edge(&g, 0, 1, 0),
          "threshold leaves out weak edges");
    summar_graph_free(&g);

    CHECK(summar_graph_build(&d, SUMMAR_SIM_OVERLAP, 0.0, &g) == SUMMAR_OK,
          "overlap graph built");
    CHECK(edge(&g, 0, 1, &w01) && edge(&g, 1, 2, &w12) &&
              fabs(w01 - 2.0 / (log(3) + log(4))) < 1e-12 &&
              fabs(w12 - 1.0 / (log(4) + log(3))) < 1e-12,
          "overlap = shared / (log|Si| + log|Sj|)");
    CHECK(symmetric(&g), "overlap graph is symmetric");
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
              summar_graph_df_cap(10000) == 200 &&
              summar_graph_df_cap(1000000) == 256,
          "df cap: at least 64, growing with sqrt(N), at most 256 (the pair "
          "work stays linear in the input)");
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
    size_t maxdeg = 0;
    for (size_t i = 0; i < n; i++)
      if (g.row[i + 1] - g.row[i] > maxdeg)
        maxdeg = g.row[i + 1] - g.row[i];
    CHECK(maxdeg == n - 1 || (n - 1 > SUMMAR_GRAPH_MAX_DEGREE &&
                              maxdeg >= SUMMAR_GRAPH_MAX_DEGREE),
          "below the cap the shared term links everyone (up to max degree)");
    CHECK(g.row[n] <= 2 * SUMMAR_GRAPH_MAX_DEGREE * n && symmetric(&g),
          "degree bound holds and the union stays symmetric");
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
    printf("# 20000 sentences: %zu directed edges (%.1f per node), built in "
           "%.3f s\n",
           g.row[n], (double)g.row[n] / (double)n, t1 - t0);
    CHECK(g.row[n] > n && g.row[n] <= 2 * SUMMAR_GRAPH_MAX_DEGREE * n,
          "O(N) edges: at most 2 x max degree x N");
    CHECK(symmetric(&g), "big graph is symmetric");
    double *r = calloc(n, sizeof *r);
    t0 = now();
    CHECK(summar_graph_rank(&g, NULL, 0.85, 100, 1e-7, r) == SUMMAR_OK,
          "big graph ranked");
    t1 = now();
    printf("# pagerank in %.3f s\n", t1 - t0);
    summar_graph_free(&g);
    t0 = now();
    CHECK(summar_graph_build(&d, SUMMAR_SIM_OVERLAP, 0, &g) == SUMMAR_OK &&
              g.row[n] <= 2 * SUMMAR_GRAPH_MAX_DEGREE * n,
          "big overlap graph has O(N) edges");
    t1 = now();
    printf("# overlap graph built in %.3f s\n", t1 - t0);
    summar_graph_free(&g);
    free(r);
    synth_free(&d);
    free(len);
    free(ids);
  }

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
