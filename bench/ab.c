/*
 * ab.c - two builds of libsummar timed against each other in one process.
 *
 *   bench-ab [--words N] [--passes K] [--score] OLD.so NEW.so ARTICLES.jsonl
 *
 * Loads both shared libraries (dlopen, each with its own symbols), then
 * summarizes every article ({"text": ...} a line) with one and then the
 * other, the order swapped from article to article, K passes (default 5)
 * after a warm-up over the first 50: summar_doc_new + summar_summarize
 * (budget --words N, default 100), CPU time of the process.  Each article
 * is timed by both libraries moments apart, so load on a shared machine
 * falls on both alike.  Prints one JSON object: the p50 and p95 of each
 * library's article times and their ratios new / old, the median of the
 * per-article ratios (each article's fastest time of the passes, new over
 * old) with its quartiles, the per-pass p50 ratios and their median, how
 * many articles got a summary that differs between the two (exit status 3
 * when any) and the process's peak memory.
 *
 * With --score, only summar_score (the default algorithm) is timed, on a
 * document each library builds before the clock starts, and the scores
 * are compared instead of the summaries: a scoring change measured on a
 * few big documents (a file of one article runs each pass as one round
 * of the two libraries, and the per-pass ratios are its rounds).
 */
#include <dlfcn.h>
#include <summar.h>

#include "common.h"

/* The public functions a run needs, from one library. */
typedef struct lib {
  void *h;
  summar_status (*ctx_new)(const summar_allocator *, summar_ctx **);
  summar_status (*ctx_set_max_input)(summar_ctx *, size_t);
  void (*ctx_free)(summar_ctx *);
  summar_status (*request_new)(summar_request **);
  summar_status (*request_set_words)(summar_request *, size_t);
  void (*request_free)(summar_request *);
  summar_status (*doc_new)(const summar_ctx *, const char *, size_t,
                           const char *, unsigned, summar_doc **);
  void (*doc_free)(summar_doc *);
  size_t (*sentence_count)(const summar_doc *);
  summar_status (*score)(const summar_doc *, const char *, double *, size_t);
  summar_status (*summarize)(const summar_doc *, const summar_request *,
                             summar_summary **);
  const char *(*summary_text)(const summar_summary *, size_t *);
  void (*summary_free)(summar_summary *);
  summar_ctx *ctx;
  summar_request *req;
} lib;

#define LOAD(l, field, name)                                                  \
  (*(void **)&(l)->field = dlsym((l)->h, name)) != NULL

static int lib_open(lib *l, const char *path, size_t words) {
  memset(l, 0, sizeof *l);
  l->h = dlopen(path, RTLD_NOW | RTLD_LOCAL);
  if (!l->h) {
    fprintf(stderr, "bench-ab: %s\n", dlerror());
    return -1;
  }
  if (!(LOAD(l, ctx_new, "summar_ctx_new") &&
        LOAD(l, ctx_set_max_input, "summar_ctx_set_max_input") &&
        LOAD(l, ctx_free, "summar_ctx_free") &&
        LOAD(l, request_new, "summar_request_new") &&
        LOAD(l, request_set_words, "summar_request_set_words") &&
        LOAD(l, request_free, "summar_request_free") &&
        LOAD(l, doc_new, "summar_doc_new") &&
        LOAD(l, doc_free, "summar_doc_free") &&
        LOAD(l, sentence_count, "summar_doc_sentence_count") &&
        LOAD(l, score, "summar_score") &&
        LOAD(l, summarize, "summar_summarize") &&
        LOAD(l, summary_text, "summar_summary_text") &&
        LOAD(l, summary_free, "summar_summary_free"))) {
    fprintf(stderr, "bench-ab: %s: a function is missing\n", path);
    return -1;
  }
  if (l->ctx_new(NULL, &l->ctx) != SUMMAR_OK ||
      l->ctx_set_max_input(l->ctx, (size_t)1 << 30) != SUMMAR_OK ||
      l->request_new(&l->req) != SUMMAR_OK ||
      l->request_set_words(l->req, words) != SUMMAR_OK) {
    fprintf(stderr, "bench-ab: %s: cannot set up a request\n", path);
    return -1;
  }
  return 0;
}

static void lib_close(lib *l) {
  if (l->req)
    l->request_free(l->req);
  if (l->ctx)
    l->ctx_free(l->ctx);
  /* Not dlclose'd: the library is linked -z nodelete. */
}

/* FNV-1a of s[0..n) from h. */
static uint64_t fnv(uint64_t h, const void *s, size_t n) {
  const unsigned char *b = s;
  for (size_t i = 0; i < n; i++)
    h = (h ^ b[i]) * 1099511628211ull;
  return h;
}

/* Summarizes one article, or with score_only scores it; returns the CPU
 * seconds of that, or -1 on failure.  The FNV-1a hash of the summary or
 * of the scores goes to *hash. */
static double one(const lib *l, const char *text, size_t len, int score_only,
                  uint64_t *hash) {
  summar_doc *doc = NULL;
  summar_summary *sum = NULL;
  double *scores = NULL;
  size_t ns = 0, n = 0;
  uint64_t h = 1469598103934665603ull;
  summar_status st = SUMMAR_OK;
  if (score_only) {
    st = l->doc_new(l->ctx, text, len, NULL, 0, &doc);
    ns = st == SUMMAR_OK ? l->sentence_count(doc) : 0;
    scores = malloc((ns ? ns : 1) * sizeof *scores);
    if (!scores)
      st = SUMMAR_ERR_NOMEM;
  }
  double t0 = bench_now();
  if (score_only) {
    if (st == SUMMAR_OK)
      st = l->score(doc, NULL, scores, ns);
  } else {
    st = l->doc_new(l->ctx, text, len, NULL, 0, &doc);
    if (st == SUMMAR_OK)
      st = l->summarize(doc, l->req, &sum);
  }
  double t1 = bench_now();
  if (st == SUMMAR_OK && score_only)
    h = fnv(h, scores, ns * sizeof *scores);
  else if (st == SUMMAR_OK)
    h = fnv(h, l->summary_text(sum, &n), n);
  *hash = h;
  free(scores);
  l->summary_free(sum);
  l->doc_free(doc);
  return st == SUMMAR_OK ? t1 - t0 : -1;
}

int main(int argc, char **argv) {
  size_t words = 100;
  int passes = 5, score_only = 0;
  const char *paths[3];
  int np = 0;
  for (int i = 1; i < argc; i++) {
    if (!strcmp(argv[i], "--words") && i + 1 < argc)
      words = strtoull(argv[++i], NULL, 10);
    else if (!strcmp(argv[i], "--passes") && i + 1 < argc)
      passes = atoi(argv[++i]);
    else if (!strcmp(argv[i], "--score"))
      score_only = 1;
    else if (argv[i][0] != '-' && np < 3)
      paths[np++] = argv[i];
    else
      np = -1, i = argc;
  }
  if (np != 3 || passes < 1 || passes > 1000) {
    fprintf(stderr, "usage: bench-ab [--words N] [--passes K] [--score] "
                    "OLD.so NEW.so ARTICLES.jsonl\n");
    return 2;
  }
  size_t len = 0;
  char *text = bench_read_file(paths[2], &len);
  bench_articles a = {0};
  if (!text || bench_parse_articles(text, len, &a) || !a.n) {
    fprintf(stderr, "bench-ab: cannot read %s\n", paths[2]);
    return 1;
  }
  lib libs[2];
  if (lib_open(&libs[0], paths[0], words) || lib_open(&libs[1], paths[1], words))
    return 1;
  if (libs[0].doc_new == libs[1].doc_new)
    fprintf(stderr, "bench-ab: both paths load the same library\n");

  size_t n = a.n, total = n * (size_t)passes;
  double *t[2], *best[2];
  for (int j = 0; j < 2; j++) {
    t[j] = malloc(total * sizeof *t[j]);
    best[j] = malloc(n * sizeof *best[j]);
    if (!t[j] || !best[j])
      return 1;
  }
  size_t differ = 0;
  for (int pass = -1; pass < passes; pass++)
    for (size_t k = 0; k < n; k++) {
      if (pass < 0 && k >= 50)
        break; /* warm-up */
      uint64_t h[2];
      double d[2];
      int first = (int)((k + (size_t)(pass + 1)) & 1);
      for (int r = 0; r < 2; r++) {
        int j = r ? !first : first;
        d[j] = one(&libs[j], a.text[k], a.len[k], score_only, &h[j]);
        if (d[j] < 0) {
          fprintf(stderr, "bench-ab: article %zu failed with %s\n", k,
                  paths[j]);
          return 1;
        }
      }
      if (pass < 0)
        continue;
      if (pass == 0 && h[0] != h[1])
        differ++;
      for (int j = 0; j < 2; j++) {
        t[j][(size_t)pass * n + k] = d[j];
        if (pass == 0 || d[j] < best[j][k])
          best[j][k] = d[j];
      }
    }

  /* Per-pass p50 ratios, before the arrays are sorted. */
  double *pr = malloc((size_t)passes * sizeof *pr), *tmp = malloc(n * sizeof *tmp);
  double *ratio = malloc(n * sizeof *ratio);
  if (!pr || !tmp || !ratio)
    return 1;
  for (int pass = 0; pass < passes; pass++) {
    double p50[2];
    for (int j = 0; j < 2; j++) {
      memcpy(tmp, t[j] + (size_t)pass * n, n * sizeof *tmp);
      p50[j] = bench_quantile(tmp, n, 0.5);
    }
    pr[pass] = p50[1] / p50[0];
  }
  for (size_t k = 0; k < n; k++)
    ratio[k] = best[1][k] / best[0][k];
  double q[2][2];
  for (int j = 0; j < 2; j++) {
    q[j][0] = bench_quantile(t[j], total, 0.5);
    q[j][1] = bench_quantile(t[j], total, 0.95);
  }
  printf("{\"articles\": %zu, \"passes\": %d, \"words\": %zu,\n"
         " \"old_p50_ms\": %.4f, \"new_p50_ms\": %.4f, "
         "\"p50_new_old\": %.3f,\n"
         " \"old_p95_ms\": %.4f, \"new_p95_ms\": %.4f, "
         "\"p95_new_old\": %.3f,\n",
         n, passes, words, q[0][0] * 1e3, q[1][0] * 1e3, q[1][0] / q[0][0],
         q[0][1] * 1e3, q[1][1] * 1e3, q[1][1] / q[0][1]);
  double r25 = bench_quantile(ratio, n, 0.25), r50 = bench_quantile(ratio, n, 0.5),
         r75 = bench_quantile(ratio, n, 0.75);
  printf(" \"article_ratio_median\": %.3f, \"article_ratio_q1\": %.3f, "
         "\"article_ratio_q3\": %.3f,\n \"pass_p50_ratios\": [",
         r50, r25, r75);
  for (int pass = 0; pass < passes; pass++)
    printf("%s%.3f", pass ? ", " : "", pr[pass]);
  double *prs = malloc((size_t)passes * sizeof *prs);
  if (!prs)
    return 1;
  memcpy(prs, pr, (size_t)passes * sizeof *prs);
  printf("], \"pass_ratio_median\": %.3f,\n \"%s_differ\": %zu, "
         "\"maxrss_kib\": %ld}\n",
         bench_quantile(prs, (size_t)passes, 0.5),
         score_only ? "scores" : "summaries", differ, bench_peak_kib());
  free(prs);

  for (int j = 0; j < 2; j++) {
    lib_close(&libs[j]);
    free(t[j]);
    free(best[j]);
  }
  free(pr);
  free(tmp);
  free(ratio);
  free(a.text);
  free(a.len);
  free(text);
  return differ ? 3 : 0;
}
