/*
 * test_scale.c - memory and work grow linearly on the shapes that are
 * quadratic for a naive pipeline: one sentence of tens of thousands of
 * words, and tens of thousands of one-word sentences.
 *
 * Without arguments: for each shape, an input of N and one of 2N words
 * are summarized in this one process through an allocator that counts
 * exactly, so every ratio is the same on every run (linear growth gives
 * 2, quadratic growth 4; bound 2.3):
 *   - peak(2N) / peak(N), the peak of the bytes the library holds (the
 *     peak against the input's size is a benchmark figure, see bench/);
 *   - calls(2N) / calls(N) and bytes(2N) / bytes(N), the allocations made
 *     and the bytes they asked for over the whole summary;
 * and, on the one-word sentences, where the per-sentence structures weigh
 * most against the input, the library's peak against the input's size:
 * at most SHORT_PEAK_PER_BYTE bytes held per input byte.
 *
 * With arguments KIND N (0: N one-word sentences, 1: one sentence of N
 * words): summarizes that input once and prints its sizes, for
 * test_scale_work.py, which counts the instructions of summar_doc_new()
 * and summar_summarize() under callgrind for N and 2N: a count of the
 * work that, unlike CPU time, a loaded machine does not change.
 */
#include <summar.h>

#include "../common/summarize.h"
#include "../common/tap.h"

#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ------------------------------------------------ a byte-counting allocator */

typedef struct meter {
  size_t live, peak;
  size_t calls, bytes; /* allocations and reallocations, bytes asked */
} meter;

#define HDR 16 /* keeps the caller's block 16-byte aligned */

static void *m_realloc(void *ud, void *p, size_t n) {
  meter *m = ud;
  size_t old = 0;
  char *base = NULL;
  if (p) {
    base = (char *)p - HDR;
    memcpy(&old, base, sizeof old);
  }
  if (n > SIZE_MAX - HDR)
    return NULL;
  char *q = realloc(base, n + HDR);
  if (!q)
    return NULL;
  memcpy(q, &n, sizeof n);
  m->calls++;
  m->bytes += n;
  m->live = m->live - old + n;
  if (m->live > m->peak)
    m->peak = m->live;
  return q + HDR;
}

static void m_free(void *ud, void *p) {
  meter *m = ud;
  if (!p)
    return;
  char *base = (char *)p - HDR;
  size_t old;
  memcpy(&old, base, sizeof old);
  m->live -= old;
  free(base);
}

/* ------------------------------------------------------------- inputs */

static uint64_t rng;

static uint64_t next(void) {
  rng = rng * 6364136223846793005ull + 1442695040888963407ull;
  return rng >> 11;
}

/* A letter word for Zipf rank r (P(r) ~ 1/(r+1) over 200000 ranks):
 * consonant-vowel syllables, never a stopword. */
static size_t word(char *out, int capital) {
  double u = (double)(next() % 1000000) / 1e6;
  size_t r = (size_t)exp(u * log(200001.0)) - 1;
  static const char cons[] = "bdfgklmnprstvz", vow[] = "aeiou";
  size_t n = 0;
  out[n++] = 'q';
  for (size_t v = r + 1; v; v /= 70) {
    out[n++] = cons[v % 14];
    out[n++] = vow[(v / 14) % 5];
  }
  if (capital)
    out[0] = 'Q';
  out[n] = '\0';
  return n;
}

/* kind 0: `n` one-word sentences, 16 a line; kind 1: one sentence of `n`
 * words. */
static char *make(int kind, size_t n, size_t *len) {
  char *t = malloc(n * 16 + 16);
  if (!t)
    return NULL;
  size_t at = 0;
  rng = 42;
  for (size_t i = 0; i < n; i++) {
    if (kind == 1 && i)
      t[at++] = ' ';
    at += word(t + at, kind == 0 || i == 0);
    if (kind == 0) {
      t[at++] = '.';
      t[at++] = i % 16 == 15 ? '\n' : ' ';
    }
  }
  if (kind == 1)
    t[at++] = '.';
  t[at] = '\0';
  *len = at;
  return t;
}

/* Builds and summarizes text through a counting allocator, whose counts
 * go to *m.  Returns 0 on success with nothing leaked. */
static int run(const char *text, size_t len, meter *m) {
  memset(m, 0, sizeof *m);
  summar_allocator a = {m_realloc, m_free, m};
  summar_ctx *ctx = NULL;
  test_opts o = {.words = 100};
  summar_status st = summar_ctx_new(&a, &ctx);
  if (st == SUMMAR_OK)
    st = summar_ctx_set_max_input(ctx, len + 1);
  if (st == SUMMAR_OK)
    st = test_summarize_text(ctx, text, len, "en", &o, NULL);
  summar_ctx_free(ctx);
  if (st != SUMMAR_OK)
    printf("# %s\n", summar_strerror(st));
  return st == SUMMAR_OK && m->live == 0 ? 0 : -1;
}

/* Checks that count(2N) / count(N) <= 2.3. */
static void ratio(const char *shape_name, const char *what, size_t n1,
                  size_t n2) {
  double r = (double)n2 / (double)n1;
  char msg[200];
  snprintf(msg, sizeof msg, "%s: %s(2N) / (N) = %zu / %zu = %.3f <= 2.3",
           shape_name, what, n2, n1, r);
  CHECK(n1 > 0 && r <= 2.3, msg);
}

/* Checks that the peak of the bytes the library held, per input byte, is
 * at most `bound`. */
static void per_byte(const char *shape_name, size_t peak, size_t len,
                     double bound) {
  double r = (double)peak / (double)len;
  char msg[200];
  snprintf(msg, sizeof msg,
           "%s: library peak %zu bytes for %zu input bytes = %.1f per input "
           "byte <= %.0f",
           shape_name, peak, len, r, bound);
  CHECK(len > 0 && r <= bound, msg);
}

/* bound: the largest peak per input byte allowed (0: not checked). */
static void shape(const char *name, int kind, size_t n, double bound) {
  size_t len[2];
  char *text[2] = {make(kind, n, &len[0]), make(kind, 2 * n, &len[1])};
  meter m[2];
  int ok = text[0] && text[1] && run(text[0], len[0], &m[0]) == 0 &&
           run(text[1], len[1], &m[1]) == 0;
  char what[160];
  snprintf(what, sizeof what, "%s: N = %zu and 2N summarized, nothing leaked",
           name, n);
  CHECK(ok, what);
  if (ok) {
    printf("# %s: %zu and %zu bytes; library peak %.1f and %.1f per input "
           "byte\n",
           name, len[0], len[1], (double)m[0].peak / (double)len[0],
           (double)m[1].peak / (double)len[1]);
    ratio(name, "library peak memory", m[0].peak, m[1].peak);
    ratio(name, "allocations", m[0].calls, m[1].calls);
    ratio(name, "bytes allocated", m[0].bytes, m[1].bytes);
    if (bound > 0) {
      per_byte(name, m[0].peak, len[0], bound);
      per_byte(name, m[1].peak, len[1], bound);
    }
  }
  free(text[0]);
  free(text[1]);
}

/* The shapes and their N, shared with test_scale_work.py. */
#define SENTENCE_WORDS 40000
#define SHORT_SENTENCES 50000
/* Bytes the library may hold per input byte on one-word sentences (about
 * 7 bytes each; 23 measured): the text's copy, a sentence (28 bytes), a
 * token (8) and its share of the token forms, a term-vector entry (8),
 * the scores and their column (16), the graph's edges and the state of
 * its walk. */
#define SHORT_PEAK_PER_BYTE 28.0

int main(int argc, char **argv) {
  if (argc == 3) {
    int kind = atoi(argv[1]);
    size_t n = (size_t)strtoul(argv[2], NULL, 10), len = 0;
    char *text = make(kind, n, &len);
    meter m;
    int ok = text && run(text, len, &m) == 0;
    printf("%zu bytes, %zu allocations\n", len, m.calls);
    free(text);
    return ok ? 0 : 1;
  }
  shape("one sentence of N words", 1, SENTENCE_WORDS, 0);
  shape("N one-word sentences", 0, SHORT_SENTENCES, SHORT_PEAK_PER_BYTE);
  return tap_done();
}
