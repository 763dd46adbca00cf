/*
 * paragraph.c - splits the chosen sentences into K paragraphs.
 *
 * The link between two consecutive chosen sentences is their idf cosine,
 * lowered by para_break when they come from different source paragraphs
 * (doc->blocks[].para).  A split into K paragraphs costs the sum of the
 * links it cuts plus `balance` times the sum over paragraphs of the squared
 * relative deviation of the paragraph's words from the mean.  Dynamic
 * programming over the cut positions finds the cheapest split; a paragraph
 * holds at most about three times the mean number of sentences, which
 * bounds the work to O(n^2) in the worst case, and very large selections
 * fall back to balanced cuts moved to the weakest link nearby.
 */
#include "internal.h"

#include <stdint.h>
#include <string.h>

/* Above this many DP steps (or cells), the local heuristic is used. */
#define PARA_DP_MAX_STEPS 40000000.0
#define PARA_DP_MAX_CELLS 4000000.0
/* The heuristic looks this many sentences either side of a balanced cut. */
#define PARA_LOCAL_RADIUS 3

static size_t para_of(const summar_doc *doc, size_t s) {
  size_t b = doc->sents[s].block;
  return b < doc->nblocks ? doc->blocks[b].para : b;
}

/* Balance penalty of a paragraph of w words against the mean. */
static double bal(double w, double mean, double weight) {
  if (mean <= 0)
    return 0;
  double d = (w - mean) / mean;
  return weight * d * d;
}

/* Balanced cuts, each moved to the weakest link within a small radius.
 * cut[p] (p = 1..k-1) is the index of the first sentence of paragraph p. */
static void local_split(const double *link, const size_t *cum, size_t n,
                        size_t k, size_t *para) {
  double total = (double)cum[n];
  size_t prev = 0; /* first sentence of the current paragraph */
  size_t j = 1;
  for (size_t p = 1; p < k; p++) {
    double target = total * (double)p / (double)k;
    /* first position j with cum[j] >= target, leaving room for the rest */
    while (j < n && (double)cum[j] < target)
      j++;
    size_t lo = prev + 1, hi = n - (k - p); /* cut j in [lo, hi] */
    if (j < lo)
      j = lo;
    if (j > hi)
      j = hi;
    size_t best = j;
    size_t a = j > lo + PARA_LOCAL_RADIUS ? j - PARA_LOCAL_RADIUS : lo;
    size_t b = j + PARA_LOCAL_RADIUS < hi ? j + PARA_LOCAL_RADIUS : hi;
    for (size_t c = a; c <= b; c++)
      if (link[c - 1] < link[best - 1])
        best = c;
    for (size_t i = prev; i < best; i++)
      para[i] = p - 1;
    prev = best;
    j = best + 1;
  }
  for (size_t i = prev; i < n; i++)
    para[i] = k - 1;
}

/* The cheapest split by dynamic programming over the cut positions, a
 * paragraph holding at most maxlen sentences.  Returns 0, or -1 on
 * allocation failure. */
static int dp_split(const summar_allocator *a, const double *link,
                    const size_t *cum, size_t n, size_t k, size_t maxlen,
                    double balance, size_t *para) {
  double mean = (double)cum[n] / (double)k;
  /* f[q][j]: best cost of the first j sentences in q paragraphs;
   * from[q][j]: where its last paragraph starts. */
  size_t w = n + 1;
  double *f = summar_alloc(a, (k + 1) * w * sizeof *f);
  size_t *from = summar_alloc(a, (k + 1) * w * sizeof *from);
  if (!f || !from) {
    summar_dealloc(a, f);
    summar_dealloc(a, from);
    return -1;
  }
  const double inf = 1e300;
  for (size_t x = 0; x < (k + 1) * w; x++) {
    f[x] = inf;
    from[x] = 0;
  }
  f[0] = 0;
  for (size_t q = 1; q <= k; q++) {
    /* j sentences, leaving at least one for each later paragraph */
    size_t jmax = n - (k - q);
    for (size_t j = q; j <= jmax; j++) {
      size_t imin = j > maxlen ? j - maxlen : 0;
      if (imin < q - 1)
        imin = q - 1;
      double best = inf;
      size_t arg = imin;
      for (size_t i = imin; i < j; i++) {
        double prev = f[(q - 1) * w + i];
        if (prev >= inf)
          continue;
        double c = prev + bal((double)(cum[j] - cum[i]), mean, balance);
        if (q > 1)
          c += link[i - 1]; /* cut between sentence i-1 and i */
        if (c < best) {
          best = c;
          arg = i;
        }
      }
      f[q * w + j] = best;
      from[q * w + j] = arg;
    }
  }
  if (f[k * w + n] >= inf) {
    local_split(link, cum, n, k, para); /* cannot happen; be safe */
  } else {
    size_t j = n;
    for (size_t q = k; q >= 1; q--) {
      size_t i = from[q * w + j];
      for (size_t x = i; x < j; x++)
        para[x] = q - 1;
      j = i;
    }
  }
  summar_dealloc(a, f);
  summar_dealloc(a, from);
  return 0;
}

size_t summar_paragraphs(const summar_doc *doc, const size_t *sel, size_t n,
                         size_t k, const summar_select_params *p,
                         size_t *para) {
  if (!p)
    p = &summar_select_params_std;
  if (n == 0)
    return 0;
  if (k <= 1 || n == 1) {
    for (size_t i = 0; i < n; i++)
      para[i] = 0;
    return 1;
  }
  if (k >= n) {
    for (size_t i = 0; i < n; i++)
      para[i] = i;
    return n;
  }

  const summar_allocator *a = &doc->a;
  double *link = summar_alloc(a, (n - 1) * sizeof *link);
  size_t *cum = summar_alloc(a, (n + 1) * sizeof *cum);
  if (!link || !cum) {
    summar_dealloc(a, link);
    summar_dealloc(a, cum);
    return SIZE_MAX;
  }
  cum[0] = 0;
  for (size_t i = 0; i < n; i++)
    cum[i + 1] = cum[i] + doc->sents[sel[i]].words;
  for (size_t i = 0; i + 1 < n; i++) {
    double l = summar_sent_cosine(doc, sel[i], sel[i + 1]);
    if (para_of(doc, sel[i]) != para_of(doc, sel[i + 1]))
      l -= p->para_break;
    link[i] = l;
  }

  /* Longest paragraph in sentences the DP considers. */
  size_t per = (n + k - 1) / k;
  size_t maxlen = 3 * per + 2;
  if (maxlen > n - k + 1)
    maxlen = n - k + 1;
  double steps = (double)k * (double)n * (double)maxlen;
  double cells = (double)(k + 1) * (double)(n + 1);
  size_t result = k;
  if (steps > PARA_DP_MAX_STEPS || cells > PARA_DP_MAX_CELLS)
    local_split(link, cum, n, k, para);
  else if (dp_split(a, link, cum, n, k, maxlen, p->balance, para))
    result = SIZE_MAX;
  summar_dealloc(a, link);
  summar_dealloc(a, cum);
  return result;
}
