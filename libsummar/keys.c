/*
 * keys.c - selection and sorting of 64-bit keys: the graph's rows find
 * their weakest kept neighbour and order their edges by column through
 * keys that compare as single integers (graph.c); the near-duplicate stage
 * orders a sentence's terms by document frequency (dedup.c).
 */
#include "internal.h"

#include <string.h>

/* Buckets of a level of summar_keys_kth. */
#define KEYS_BUCKETS 64

/* The least and the greatest of v[0..n) (n > 0). */
static void keys_range(const uint64_t *v, size_t n, uint64_t *lo,
                       uint64_t *hi) {
  uint64_t l = v[0], h = v[0];
  for (size_t i = 1; i < n; i++) {
    l = v[i] < l ? v[i] : l;
    h = v[i] > h ? v[i] : h;
  }
  *lo = l;
  *hi = h;
}

/* Radix selection with an adaptive range: each level spreads the keys
 * still in play over KEYS_BUCKETS buckets of equal width between their
 * least and greatest, counts them, and keeps only the bucket holding the
 * k-th greatest.  The least and greatest keys fall in buckets 0 and 32 or
 * above (the width is the least power of 2 that fits the range in the
 * buckets), so each level keeps fewer keys than it had, and a range below
 * KEYS_BUCKETS keeps one.  On a row's candidates the first level usually
 * leaves a handful of keys; the caller gives that level's range, found
 * while it wrote the keys.  The passes over the keys have no branch but
 * their loop's, and their counts go to four tables in turn, so that keys
 * of one bucket in a row do not wait for each other's increments. */
uint64_t summar_keys_kth(const uint64_t *v, size_t n, size_t k, uint64_t lo,
                         uint64_t hi, uint64_t *tmp) {
  const uint64_t *src = v;
  for (;;) {
    if (k == 1)
      return hi;
    if (k == n)
      return lo;
    uint64_t span = hi - lo;
    unsigned shift = 0;
    while ((span >> shift) >= KEYS_BUCKETS)
      shift++;
    uint32_t count[4][KEYS_BUCKETS] = {{0}};
    size_t i = 0;
    for (; i + 4 <= n; i += 4) {
      count[0][(src[i] - lo) >> shift]++;
      count[1][(src[i + 1] - lo) >> shift]++;
      count[2][(src[i + 2] - lo) >> shift]++;
      count[3][(src[i + 3] - lo) >> shift]++;
    }
    for (; i < n; i++)
      count[0][(src[i] - lo) >> shift]++;
    size_t b = (size_t)(span >> shift), above = 0;
    for (;;) {
      size_t c = (size_t)count[0][b] + count[1][b] + count[2][b] + count[3][b];
      if (above + c >= k)
        break;
      above += c;
      b--;
    }
    /* Without a branch: the kept keys are written over the others. */
    size_t m = 0;
    for (i = 0; i < n; i++) {
      tmp[m] = src[i];
      m += (size_t)((src[i] - lo) >> shift) == b;
    }
    src = tmp;
    n = m;
    k -= above;
    keys_range(src, n, &lo, &hi);
  }
}

/* Sorts v[0..n) in increasing order by insertion (n small). */
static void key_insertion_sort(uint64_t *v, size_t n) {
  for (size_t i = 1; i < n; i++) {
    uint64_t x = v[i];
    size_t j = i;
    while (j > 0 && v[j - 1] > x) {
      v[j] = v[j - 1];
      j--;
    }
    v[j] = x;
  }
}

/* Runs of 8 by insertion, then merged pairwise, back and forth between v
 * and tmp: half the moves of an insertion sort of a row of the degree
 * bound.  The merge takes the lesser head without a branch (which of the
 * two it is, is unpredictable). */
void summar_keys_sort(uint64_t *v, size_t n, uint64_t *tmp) {
  for (size_t r = 0; r < n; r += 8)
    key_insertion_sort(v + r, n - r < 8 ? n - r : 8);
  uint64_t *src = v, *dst = tmp;
  for (size_t run = 8; run < n; run *= 2) {
    for (size_t lo = 0; lo < n; lo += 2 * run) {
      size_t mid = n - lo < run ? n : lo + run;
      size_t hi = n - lo < 2 * run ? n : lo + 2 * run;
      size_t a = lo, b = mid, o = lo;
      while (a < mid && b < hi) {
        uint64_t x = src[a], y = src[b];
        int take = y < x;
        dst[o++] = take ? y : x;
        a += (size_t)!take;
        b += (size_t)take;
      }
      while (a < mid)
        dst[o++] = src[a++];
      while (b < hi)
        dst[o++] = src[b++];
    }
    uint64_t *t = src;
    src = dst;
    dst = t;
  }
  if (src != v)
    memcpy(v, src, n * sizeof *v);
}
