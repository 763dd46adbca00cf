/*
 * counting.h - helpers shared by the C tests: an allocator that counts
 * live blocks and fails from a chosen call on, and a monotonic clock.
 */
#ifndef SUMMAR_TEST_COUNTING_H
#define SUMMAR_TEST_COUNTING_H

#include <stdlib.h>
#include <time.h>

/* A counting allocator that fails from the `fail_at`-th call on. */
typedef struct counting {
  long calls, live, fail_at;
} counting;

static inline void *c_realloc(void *ud, void *p, size_t n) {
  counting *c = ud;
  if (c->fail_at > 0 && ++c->calls >= c->fail_at)
    return NULL;
  void *q = realloc(p, n);
  if (q && !p)
    c->live++;
  return q;
}

static inline void c_free(void *ud, void *p) {
  counting *c = ud;
  if (p)
    c->live--;
  free(p);
}

static inline double now(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

#endif
