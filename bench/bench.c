/*
 * bench.c - time and peak memory of libsummar on a large document.
 *
 *   bench [--bytes N] [--algorithm NAME] [--words N] [FILE]
 *
 * With FILE, summarizes it; otherwise generates a deterministic English-like
 * text of N bytes (default 1 MiB): sentences of 8-30 words drawn with a
 * Zipf distribution from a 5000-word vocabulary, 3-8 sentences a paragraph.
 * Prints the time to build the document, to score and summarize, and the
 * process's peak resident memory.
 */
#include <summar.h>

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>

static double now(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static uint64_t rng = 88172645463325252ull;
static uint64_t next_rand(void) {
  rng ^= rng << 13;
  rng ^= rng >> 7;
  rng ^= rng << 17;
  return rng;
}

/* A pronounceable word for vocabulary index i. */
static void make_word(size_t i, char *out) {
  static const char *const syl[] = {"ka", "lo", "mi", "te", "ran", "so",
                                    "vi", "de", "nu", "pa", "gor", "el",
                                    "th", "ing", "ro", "sa"};
  size_t n = 1 + i % 3, k = 0;
  size_t v = i + 7;
  out[0] = '\0';
  for (k = 0; k < n; k++) {
    strcat(out, syl[v % 16]);
    v /= 16;
  }
  if (i < 40) { /* the most frequent words are English function words */
    static const char *const fw[] = {
        "the", "of", "and", "to", "in", "a", "is", "that", "for", "it",
        "as", "was", "with", "be", "by", "on", "not", "he", "this", "are",
        "or", "his", "from", "at", "which", "but", "have", "an", "had",
        "they", "you", "were", "their", "one", "all", "we", "can", "her",
        "has", "there"};
    strcpy(out, fw[i]);
  }
}

static char *generate(size_t bytes, size_t *len) {
  enum { VOCAB = 5000 };
  static char words[VOCAB][16];
  double cdf[VOCAB], total = 0;
  for (size_t i = 0; i < VOCAB; i++) {
    make_word(i, words[i]);
    total += 1.0 / (double)(i + 1);
    cdf[i] = total;
  }
  char *buf = malloc(bytes + 256);
  if (!buf)
    return NULL;
  size_t n = 0, in_para = 0, para_len = 3 + next_rand() % 6;
  while (n < bytes) {
    size_t sw = 8 + next_rand() % 23;
    for (size_t w = 0; w < sw && n < bytes; w++) {
      double r = (double)(next_rand() % 1000000) / 1e6 * total;
      size_t lo = 0, hi = VOCAB - 1;
      while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (cdf[mid] < r)
          lo = mid + 1;
        else
          hi = mid;
      }
      size_t l = strlen(words[lo]);
      memcpy(buf + n, words[lo], l);
      if (w == 0)
        buf[n] = (char)(buf[n] - 'a' + 'A');
      n += l;
      buf[n++] = w + 1 == sw ? '.' : ' ';
    }
    if (++in_para == para_len) {
      buf[n++] = '\n';
      buf[n++] = '\n';
      in_para = 0;
      para_len = 3 + next_rand() % 6;
    } else {
      buf[n++] = ' ';
    }
  }
  buf[n] = '\0';
  *len = n;
  return buf;
}

static char *read_file(const char *path, size_t *len) {
  FILE *f = fopen(path, "rb");
  if (!f)
    return NULL;
  fseek(f, 0, SEEK_END);
  long sz = ftell(f);
  fseek(f, 0, SEEK_SET);
  char *buf = sz >= 0 ? malloc((size_t)sz + 1) : NULL;
  if (buf && fread(buf, 1, (size_t)sz, f) != (size_t)sz) {
    free(buf);
    buf = NULL;
  }
  fclose(f);
  if (buf)
    *len = (size_t)sz;
  return buf;
}

int main(int argc, char **argv) {
  size_t bytes = 1u << 20, words = 500;
  const char *alg = "default", *path = NULL;
  for (int i = 1; i < argc; i++) {
    if (!strcmp(argv[i], "--bytes") && i + 1 < argc)
      bytes = strtoull(argv[++i], NULL, 10);
    else if (!strcmp(argv[i], "--algorithm") && i + 1 < argc)
      alg = argv[++i];
    else if (!strcmp(argv[i], "--words") && i + 1 < argc)
      words = strtoull(argv[++i], NULL, 10);
    else
      path = argv[i];
  }
  size_t len = 0;
  char *text = path ? read_file(path, &len) : generate(bytes, &len);
  if (!text) {
    fprintf(stderr, "bench: cannot get input\n");
    return 1;
  }
  summar_ctx *ctx;
  summar_doc *doc;
  summar_request *req;
  summar_summary *sum;
  summar_ctx_new(NULL, &ctx);
  double t0 = now();
  summar_status st = summar_doc_new(ctx, text, len, NULL, 0, &doc);
  double t1 = now();
  if (st != SUMMAR_OK) {
    fprintf(stderr, "bench: %s\n", summar_strerror(st));
    return 1;
  }
  summar_request_new(&req);
  summar_request_set_words(req, words);
  summar_request_set_paragraphs(req, 3);
  if (summar_request_set_algorithm(req, alg) != SUMMAR_OK) {
    fprintf(stderr, "bench: unknown algorithm %s\n", alg);
    return 2;
  }
  st = summar_summarize(doc, req, &sum);
  double t2 = now();
  if (st != SUMMAR_OK) {
    fprintf(stderr, "bench: %s\n", summar_strerror(st));
    return 1;
  }
  struct rusage ru;
  getrusage(RUSAGE_SELF, &ru);
  printf("input: %zu bytes, %zu sentences, %zu tokens, language %s\n", len,
         summar_doc_sentence_count(doc), summar_doc_token_count(doc),
         summar_doc_language(doc));
  printf("algorithm: %s, budget %zu words\n", alg, words);
  printf("analyse: %.3f s\nsummarize: %.3f s\ntotal: %.3f s\n", t1 - t0,
         t2 - t1, t2 - t0);
  printf("peak RSS: %.1f MiB (input %.1f MiB)\n", (double)ru.ru_maxrss / 1024.0,
         (double)len / 1048576.0);
  summar_summary_free(sum);
  summar_request_free(req);
  summar_doc_free(doc);
  summar_ctx_free(ctx);
  free(text);
  return 0;
}
