/*
 * keys.c - selection and sorting of 64-bit keys: the graph's rows choose
 * their strongest neighbours and order them by column through keys that
 * compare as single integers, and their edges by column (graph.c).
 */
#include "internal.h"

#include <string.h>

static void key_swap(uint64_t *v, size_t i, size_t j) {
  uint64_t t = v[i];
  v[i] = v[j];
  v[j] = t;
}

/* Quickselect with a median-of-three pivot and Hoare partitioning.
 * Invariant: v[0..lo) all exceed v[lo..n), v[0..hi) all exceed v[hi..n). */
void summar_keys_top(uint64_t *v, size_t n, size_t k) {
  size_t lo = 0, hi = n;
  while (hi - lo > 16) {
    size_t mid = lo + (hi - lo) / 2, last = hi - 1;
    /* median of v[lo], v[mid], v[last] moved to v[lo] */
    if (v[mid] > v[lo])
      key_swap(v, mid, lo);
    if (v[last] > v[mid])
      key_swap(v, last, mid);
    if (v[mid] > v[lo])
      key_swap(v, mid, lo);
    key_swap(v, lo, mid);
    uint64_t pivot = v[lo];
    size_t i = lo, j = hi;
    for (;;) {
      while (i < last && v[++i] > pivot)
        ;
      while (pivot > v[--j])
        ;
      if (i >= j)
        break;
      key_swap(v, i, j);
    }
    key_swap(v, lo, j); /* the pivot at its final place j */
    if (k == j || k == j + 1)
      return;
    if (k < j)
      hi = j;
    else
      lo = j + 1;
  }
  for (size_t x = lo + 1; x < hi; x++) {
    uint64_t e = v[x];
    size_t y = x;
    while (y > lo && e > v[y - 1]) {
      v[y] = v[y - 1];
      y--;
    }
    v[y] = e;
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
