/*
 * floor.c - the Unicode floor: the least work any summarizer built on ICU
 * and utf8proc does on a text, timed in one process.
 *
 *   bench-floor [--reps K] [--articles] FILE
 *
 * On the bytes of FILE: ICU's sentence BreakIterator over the whole text
 * (UTF-8 UText, no UTF-16 copy), ICU's word BreakIterator over the whole
 * text, and every word (letter, number, kana or ideograph status) mapped
 * by utf8proc to NFKC with case folding into a reused buffer.  Prints one
 * JSON object: bytes, sentences, words, the median CPU seconds of K runs
 * (default 3) and the process's peak resident memory in KiB.  With
 * --articles, FILE is JSON Lines and each article's "text" is timed on
 * its own (K passes): the object holds the p50 and p99 CPU seconds.
 */
#include "common.h"

#include <unicode/ubrk.h>
#include <unicode/utext.h>
#include <utf8proc.h>

typedef struct counts {
  size_t sentences, words, norm_bytes;
} counts;

static int run(const char *text, size_t len, counts *c) {
  UErrorCode err = U_ZERO_ERROR;
  UText *ut = utext_openUTF8(NULL, text, (int64_t)len, &err);
  UBreakIterator *sb = ubrk_open(UBRK_SENTENCE, "en", NULL, 0, &err);
  UBreakIterator *wb = ubrk_open(UBRK_WORD, "en", NULL, 0, &err);
  if (U_FAILURE(err))
    return -1;
  memset(c, 0, sizeof *c);
  ubrk_setUText(sb, ut, &err);
  for (int32_t p = ubrk_first(sb); (p = ubrk_next(sb)) != UBRK_DONE;)
    c->sentences++;
  ubrk_setUText(wb, ut, &err);
  if (U_FAILURE(err))
    return -1;
  utf8proc_int32_t stack[256];
  utf8proc_int32_t *buf = stack;
  utf8proc_ssize_t cap = 256;
  const utf8proc_option_t opt = UTF8PROC_STABLE | UTF8PROC_COMPOSE |
                                UTF8PROC_COMPAT | UTF8PROC_CASEFOLD;
  int32_t prev = ubrk_first(wb);
  for (int32_t next = ubrk_next(wb); next != UBRK_DONE;
       prev = next, next = ubrk_next(wb)) {
    if (ubrk_getRuleStatus(wb) < UBRK_WORD_NONE_LIMIT)
      continue;
    c->words++;
    const utf8proc_uint8_t *s = (const utf8proc_uint8_t *)text + prev;
    utf8proc_ssize_t n = utf8proc_decompose(s, next - prev, buf, cap, opt);
    if (n > cap) {
      utf8proc_int32_t *nb = malloc((size_t)n * sizeof *nb);
      if (!nb)
        return -1;
      if (buf != stack)
        free(buf);
      buf = nb;
      cap = n;
      n = utf8proc_decompose(s, next - prev, buf, cap, opt);
    }
    if (n < 0)
      continue;
    n = utf8proc_reencode(buf, n, opt);
    if (n > 0)
      c->norm_bytes += (size_t)n;
  }
  if (buf != stack)
    free(buf);
  ubrk_close(wb);
  ubrk_close(sb);
  utext_close(ut);
  return 0;
}

int main(int argc, char **argv) {
  int reps = 3, articles = 0;
  const char *path = NULL;
  for (int i = 1; i < argc; i++) {
    if (!strcmp(argv[i], "--reps") && i + 1 < argc)
      reps = atoi(argv[++i]);
    else if (!strcmp(argv[i], "--articles"))
      articles = 1;
    else
      path = argv[i];
  }
  if (!path || reps < 1 || reps > 100) {
    fprintf(stderr, "usage: bench-floor [--reps K] [--articles] FILE\n");
    return 2;
  }
  size_t len = 0;
  char *text = bench_read_file(path, &len);
  bench_articles arts = {0};
  if (!text || (articles && bench_parse_articles(text, len, &arts))) {
    fprintf(stderr, "bench-floor: cannot read %s\n", path);
    return 1;
  }
  counts c;
  if (articles) {
    /* Per article, as a library call would see it: ICU iterators opened
     * and closed for each. */
    size_t n = arts.n * (size_t)reps;
    double *t = malloc((n ? n : 1) * sizeof *t);
    if (!t)
      return 1;
    for (size_t k = 0; k < arts.n && k < 50; k++) /* warm-up */
      run(arts.text[k], arts.len[k], &c);
    for (size_t r = 0, m = 0; r < (size_t)reps; r++)
      for (size_t k = 0; k < arts.n; k++) {
        double t0 = bench_now();
        if (run(arts.text[k], arts.len[k], &c))
          return 1;
        t[m++] = bench_now() - t0;
      }
    double p99 = bench_quantile(t, n, 0.99), p50 = bench_quantile(t, n, 0.5);
    printf("{\"articles\": %zu, \"p50\": %.7f, \"p99\": %.7f}\n", arts.n,
           p50, p99);
    free(t);
  } else {
    double t[100];
    for (int r = 0; r < reps; r++) {
      double t0 = bench_now();
      if (run(text, len, &c)) {
        fprintf(stderr, "bench-floor: ICU or utf8proc failed\n");
        return 1;
      }
      t[r] = bench_now() - t0;
    }
    printf("{\"bytes\": %zu, \"sentences\": %zu, \"words\": %zu, "
           "\"seconds\": %.6f, \"maxrss_kib\": %ld}\n",
           len, c.sentences, c.words, bench_quantile(t, (size_t)reps, 0.5),
           bench_peak_kib());
  }
  free(arts.text);
  free(arts.len);
  free(text);
  return 0;
}
