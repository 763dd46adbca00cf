/*
 * meter.h - an allocator for the C tests that meters the bytes it holds:
 * live now and the peak.
 */
#ifndef SUMMAR_TEST_METER_H
#define SUMMAR_TEST_METER_H

#include <stdlib.h>
#include <string.h>

/* An allocator that meters the bytes held: live now and the peak. */
typedef struct meter {
  size_t live, peak;
} meter;

static inline void *m_realloc(void *ud, void *p, size_t n) {
  meter *m = ud;
  size_t old = 0;
  char *base = NULL;
  if (p) {
    base = (char *)p - 16;
    memcpy(&old, base, sizeof old);
  }
  char *q = realloc(base, n + 16);
  if (!q)
    return NULL;
  memcpy(q, &n, sizeof n);
  m->live = m->live - old + n;
  if (m->live > m->peak)
    m->peak = m->live;
  return q + 16;
}

static inline void m_free(void *ud, void *p) {
  meter *m = ud;
  if (!p)
    return;
  size_t old;
  memcpy(&old, (char *)p - 16, sizeof old);
  m->live -= old;
  free((char *)p - 16);
}

#endif
