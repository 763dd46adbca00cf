/*
 * keys.c - selection and sorting of 64-bit keys: the graph's rows find
 * their weakest kept neighbour and order their edges by column through
 * keys that compare as single integers (graph.c).
 */
#include "internal.h"

#include <string.h>

/* Buckets of a level of summar_keys_kth. */
#define KEYS_BUCKETS 64

/* Radix selection with an adaptive range: each level spreads the keys
 * still in play over KEYS_BUCKETS buckets of equal width between their
 * least and greatest, counts them, and keeps only the bucket holding the
 * k-th greatest.  The least and greatest keys fall in buckets 0 and 32 or
 * above (the width is the least power of 2 that fits the range in the
 * buckets), so each level keeps fewer keys than it had, and a range below
 * KEYS_BUCKETS keeps one.  Branch-free passes but the last: on a row's
 * candidates the first level usually leaves a handful of keys. */
uint64_t summar_keys_kth(const uint64_t *v, size_t n, size_t k,
                         uint64_t *tmp) {
  const uint64_t *src = v;
  for (;;) {
    uint64_t lo = src[0], hi = src[0];
    for (size_t i = 1; i < n; i++) {
      lo = src[i] < lo ? src[i] : lo;
      hi = src[i] > hi ? src[i] : hi;
    }
    if (k == 1)
      return hi;
    if (k == n)
      return lo;
    uint64_t span = hi - lo;
    unsigned shift = 0;
    while ((span >> shift) >= KEYS_BUCKETS)
      shift++;
    uint32_t count[KEYS_BUCKETS] = {0};
    for (size_t i = 0; i < n; i++)
      count[(src[i] - lo) >> shift]++;
    size_t b = (size_t)(span >> shift), above = 0;
    while (above + count[b] < k)
      above += count[b--];
    size_t m = 0;
    for (size_t i = 0; i < n; i++)
      if ((size_t)((src[i] - lo) >> shift) == b)
        tmp[m++] = src[i];
    src = tmp;
    n = m;
    k -= above;
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

/* Runs of 8 by insertion, then merged pairwise through tmp: half the
 * moves of an insertion sort of a row of the degree bound. */
void summar_keys_sort(uint64_t *v, size_t n, uint64_t *tmp) {
  for (size_t r = 0; r < n; r += 8)
    key_insertion_sort(v + r, n - r < 8 ? n - r : 8);
  for (size_t run = 8; run < n; run *= 2)
    for (size_t lo = 0; lo + run < n; lo += 2 * run) {
      size_t a = lo, mid = lo + run, b = mid;
      size_t hi = n - lo < 2 * run ? n : lo + 2 * run, o = 0;
      while (a < mid && b < hi)
        tmp[o++] = v[a] < v[b] ? v[a++] : v[b++];
      while (a < mid)
        tmp[o++] = v[a++];
      memcpy(v + lo, tmp, (b - lo) * sizeof *v);
    }
}
