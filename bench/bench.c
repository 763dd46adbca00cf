/*
 * bench.c - libsummar timed in one process, per public layer.
 *
 *   bench-summar [--words N | --ratio R] [--reps K] [--algorithm NAME]
 *                [--articles] FILE
 *
 * Summarizes FILE K times (default 3) and prints one JSON object: the
 * document's size and counts, the median CPU seconds of each layer (doc: the
 * tokenizer layer, summar_doc_new: cleaning, segmentation, tokens, terms,
 * duplicates; score: summar_score with the algorithm; summarize:
 * summar_summarize, which scores again, selects and renders), the summary's
 * words and the process's peak resident memory in KiB.  The budget is
 * --words N (default 100) or --ratio R of the source.
 *
 * With --articles, FILE is JSON Lines ({"text": ...} a line): every
 * article is built and summarized on its own, K passes after a warm-up,
 * and the object holds the p50 and p99 CPU seconds of one article.
 */
#include <summar.h>

#include "common.h"

typedef struct opts {
  size_t words;
  double ratio;
  int reps;
  const char *alg;
} opts;

static summar_status make_request(const opts *o, summar_request **req) {
  summar_status st = summar_request_new(req);
  if (st == SUMMAR_OK)
    st = o->ratio > 0 ? summar_request_set_ratio(*req, o->ratio)
                      : summar_request_set_words(*req, o->words);
  if (st == SUMMAR_OK)
    st = summar_request_set_algorithm(*req, o->alg);
  return st;
}

static int fail(const char *what, summar_status st) {
  fprintf(stderr, "bench-summar: %s: %s\n", what, summar_strerror(st));
  return 1;
}

static size_t count_words(const char *s, size_t n) {
  size_t w = 0;
  for (size_t i = 0; i < n; i++)
    if ((i == 0 || s[i - 1] == ' ' || s[i - 1] == '\n') && s[i] != ' ' &&
        s[i] != '\n')
      w++;
  return w;
}

static int one_file(const summar_ctx *ctx, const opts *o, const char *text,
                    size_t len) {
  summar_request *req = NULL;
  summar_status st = make_request(o, &req);
  if (st != SUMMAR_OK)
    return fail("request", st);
  double td[100], ts[100], tz[100];
  size_t nsents = 0, ntoks = 0, swords = 0;
  char lang[16] = "";
  for (int r = 0; r < o->reps; r++) {
    summar_doc *doc = NULL;
    summar_summary *sum = NULL;
    double t0 = bench_now();
    st = summar_doc_new(ctx, text, len, NULL, 0, &doc);
    double t1 = bench_now();
    if (st != SUMMAR_OK)
      return fail("summar_doc_new", st);
    nsents = summar_doc_sentence_count(doc);
    ntoks = summar_doc_token_count(doc);
    snprintf(lang, sizeof lang, "%s", summar_doc_language(doc));
    double *scores = malloc((nsents ? nsents : 1) * sizeof *scores);
    if (!scores)
      return fail("scores", SUMMAR_ERR_NOMEM);
    double t2 = bench_now();
    st = summar_score(doc, o->alg, scores, nsents);
    double t3 = bench_now();
    free(scores);
    if (st != SUMMAR_OK)
      return fail("summar_score", st);
    st = summar_summarize(doc, req, &sum);
    double t4 = bench_now();
    if (st != SUMMAR_OK)
      return fail("summar_summarize", st);
    size_t slen = 0;
    const char *s = summar_summary_text(sum, &slen);
    swords = count_words(s, slen);
    td[r] = t1 - t0;
    ts[r] = t3 - t2;
    tz[r] = t4 - t3;
    summar_summary_free(sum);
    summar_doc_free(doc);
  }
  summar_request_free(req);
  double d = bench_quantile(td, (size_t)o->reps, 0.5);
  double sc = bench_quantile(ts, (size_t)o->reps, 0.5);
  double z = bench_quantile(tz, (size_t)o->reps, 0.5);
  printf("{\"bytes\": %zu, \"sentences\": %zu, \"tokens\": %zu, "
         "\"lang\": \"%s\", \"doc\": %.6f, \"score\": %.6f, "
         "\"summarize\": %.6f, \"seconds\": %.6f, \"summary_words\": %zu, "
         "\"maxrss_kib\": %ld}\n",
         len, nsents, ntoks, lang, d, sc, z, d + z, swords, bench_peak_kib());
  return 0;
}

static int articles(const summar_ctx *ctx, const opts *o,
                    const bench_articles *a) {
  summar_request *req = NULL;
  summar_status st = make_request(o, &req);
  if (st != SUMMAR_OK)
    return fail("request", st);
  size_t n = a->n * (size_t)o->reps;
  double *t = malloc((n ? n : 1) * sizeof *t);
  if (!t)
    return fail("times", SUMMAR_ERR_NOMEM);
  for (int pass = -1, m = 0; pass < o->reps; pass++)
    for (size_t k = 0; k < a->n; k++) {
      if (pass < 0 && k >= 50)
        break; /* warm-up */
      summar_doc *doc = NULL;
      summar_summary *sum = NULL;
      double t0 = bench_now();
      st = summar_doc_new(ctx, a->text[k], a->len[k], NULL, 0, &doc);
      if (st == SUMMAR_OK)
        st = summar_summarize(doc, req, &sum);
      double t1 = bench_now();
      summar_summary_free(sum);
      summar_doc_free(doc);
      if (st != SUMMAR_OK)
        return fail("article", st);
      if (pass >= 0)
        t[m++] = t1 - t0;
    }
  double p99 = bench_quantile(t, n, 0.99), p50 = bench_quantile(t, n, 0.5);
  printf("{\"articles\": %zu, \"p50\": %.7f, \"p99\": %.7f}\n", a->n, p50,
         p99);
  free(t);
  summar_request_free(req);
  return 0;
}

int main(int argc, char **argv) {
  opts o = {100, 0, 3, "default"};
  int arts = 0;
  const char *path = NULL;
  for (int i = 1; i < argc; i++) {
    if (!strcmp(argv[i], "--words") && i + 1 < argc)
      o.words = strtoull(argv[++i], NULL, 10);
    else if (!strcmp(argv[i], "--ratio") && i + 1 < argc)
      o.ratio = strtod(argv[++i], NULL);
    else if (!strcmp(argv[i], "--reps") && i + 1 < argc)
      o.reps = atoi(argv[++i]);
    else if (!strcmp(argv[i], "--algorithm") && i + 1 < argc)
      o.alg = argv[++i];
    else if (!strcmp(argv[i], "--articles"))
      arts = 1;
    else if (argv[i][0] != '-' && !path)
      path = argv[i];
    else
      path = NULL, i = argc;
  }
  if (!path || o.reps < 1 || o.reps > 100) {
    fprintf(stderr, "usage: bench-summar [--words N | --ratio R] [--reps K] "
                    "[--algorithm NAME] [--articles] FILE\n");
    return 2;
  }
  size_t len = 0;
  char *text = bench_read_file(path, &len);
  bench_articles a = {0};
  if (!text || (arts && bench_parse_articles(text, len, &a))) {
    fprintf(stderr, "bench-summar: cannot read %s\n", path);
    return 1;
  }
  summar_ctx *ctx = NULL;
  summar_status st = summar_ctx_new(NULL, &ctx);
  if (st != SUMMAR_OK)
    return fail("context", st);
  summar_ctx_set_max_input(ctx, (size_t)1 << 30);
  int rc = arts ? articles(ctx, &o, &a) : one_file(ctx, &o, text, len);
  summar_ctx_free(ctx);
  free(a.text);
  free(a.len);
  free(text);
  return rc;
}
