/*
 * select_cut.c - sentences cut after some of their words: the best
 * sentence when nothing fits a word budget or the next-ranked one to fill
 * it (summar_select_cut), and the cut fill of selection
 * (summar_select_cut_fill).  A cut ends at the end of a word, never after
 * a comma or another separator, and is marked (summar_cut.cut) so that
 * the summary shows it with "…" and flags it truncated.
 */
#include "select_int.h"

#include <math.h>
#include <stdint.h>
#include <string.h>

static int better(const double *scores, size_t i, size_t best) {
  return best == SIZE_MAX || summar_select_score(scores[i]) > summar_select_score(scores[best]);
}

static int is_candidate(const summar_doc *doc, size_t i) {
  const summar_sent *se = &doc->sents[i];
  return !(se->flags & SUMMAR_SENT_DROP) && se->words > 0;
}

size_t summar_select_best(const summar_doc *doc, const double *scores) {
  size_t best = SIZE_MAX;
  int units = summar_select_has_content_unit(doc);
  for (size_t i = 0; i < doc->nsents; i++)
    if (is_candidate(doc, i) && better(scores, i, best) &&
        !(units && summar_sent_is_filler(doc, i)))
      best = i;
  return best;
}

static int in_sorted(const size_t *v, size_t n, size_t x) {
  size_t lo = 0, hi = n;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    if (v[mid] == x)
      return 1;
    if (v[mid] < x)
      lo = mid + 1;
    else
      hi = mid;
  }
  return 0;
}

/* Whether a and b are too similar to stand in one summary. */
static int too_similar(const summar_doc *doc, const double *idf, size_t a,
                       size_t b, const summar_select_params *p) {
  return p->redundancy < 1.0 &&
         summar_sent_cosine_idf(doc, idf, a, b) > p->redundancy;
}

/* Separators that do not end a cut prefix: white space, commas, colons,
 * semicolons, dashes, opening brackets and quotes (Latin and Arabic). */
static int trailing_separator(int32_t cp) {
  switch (cp) {
  case ',': case ';': case ':': case '-': case '(': case '[': case '{':
  case '"': case '\'': case '/': case 0x060C: case 0x061B: case 0x2013:
  case 0x2014: case 0x00AB: case 0x201C: case 0x2018: case 0x3001:
  case 0xFF0C: case 0xFF1A: case 0xFF1B: case 0x2026:
    return 1;
  default:
    return summar_is_space(cp);
  }
}

/* Start of the last code point of text[s,e) (e > s). */
static size_t last_start(const char *text, size_t s, size_t e) {
  size_t i = e - 1;
  while (i > s && ((unsigned char)text[i] & 0xC0) == 0x80)
    i--;
  return i;
}

/* The end of the first `lim` words of sentence i, trimmed of trailing
 * separators, and in *words the words of what it keeps. */
static size_t cut_at(const summar_doc *doc, summar_words *w, size_t i,
                     size_t lim, size_t *words) {
  const summar_sent *se = &doc->sents[i];
  size_t cut = 0;
  summar_words_walk(w, doc->text + se->start, se->end - se->start, lim,
                    &cut);
  size_t e = se->start + cut;
  while (e > se->start) {
    size_t at = last_start(doc->text, se->start, e), j = at;
    int32_t cp = summar_utf8_next(doc->text, e, &j);
    if (cp < 0 || !trailing_separator(cp))
      break;
    e = at;
  }
  /* The kept prefix is counted on its own: a cut inside a long word, or
     the trimming, can leave its last word shorter than the walk saw it
     (the pieces of a long word are counted from its first letter). */
  *words = summar_words_walk(w, doc->text + se->start, e - se->start,
                             SIZE_MAX, NULL);
  return e;
}

/* Sentence i cut to at most `room` words into *out (out->words 0 when no
 * prefix holds a word within room).  A prefix can count more words than
 * the walk that cut it: a run of characters that holds, further on, one
 * of a script written without spaces is split by ICU, and its prefix
 * without that character by pieces; the cut then moves back by the
 * excess until the prefix fits. */
static void cut_sentence(const summar_doc *doc, summar_words *w, size_t i,
                         size_t room, summar_cut *out) {
  const summar_sent *se = &doc->sents[i];
  out->sent = i;
  out->cut = 0;
  out->end = se->end;
  out->words = se->words;
  if (se->words <= room)
    return;
  size_t words = 0, e = se->start;
  for (size_t lim = room; lim > 0;) {
    e = cut_at(doc, w, i, lim, &words);
    if (words <= room)
      break;
    /* back by the excess: one walk when the two counts differ by a
       constant */
    lim -= words - room < lim ? words - room : lim;
  }
  if (words > room) {
    e = se->start;
    words = 0;
  }
  out->end = e;
  out->words = words;
  out->cut = 1;
}

int summar_select_cut(const summar_doc *doc, const double *scores,
                      const size_t *chosen, size_t nchosen, size_t room,
                      const summar_select_params *p, summar_cut *out) {
  if (!p)
    p = &summar_select_params_std;
  if (room == 0)
    return 0;
  unsigned char *skip = summar_calloc(&doc->a, doc->nsents ? doc->nsents : 1,
                                      1);
  if (!skip)
    return -1;
  int found = 0;
  int units = summar_select_has_content_unit(doc);
  for (size_t i = 0; units && i < doc->nsents; i++)
    if (is_candidate(doc, i) && summar_sent_is_filler(doc, i))
      skip[i] = 1;
  /* A few tries: each redundant candidate is set aside. */
  for (int tries = 0; tries < 64 && !found; tries++) {
    size_t best = SIZE_MAX;
    for (size_t i = 0; i < doc->nsents; i++)
      if (!skip[i] && is_candidate(doc, i) && better(scores, i, best) &&
          !in_sorted(chosen, nchosen, i))
        best = i;
    if (best == SIZE_MAX)
      break;
    skip[best] = 1;
    int similar = 0;
    for (size_t k = 0; k < nchosen && !similar; k++)
      similar = too_similar(doc, NULL, best, chosen[k], p);
    if (similar)
      continue;
    summar_words w;
    summar_words_init(&w);
    cut_sentence(doc, &w, best, room, out);
    summar_words_free(&w);
    found = out->words > 0;
  }
  summar_dealloc(&doc->a, skip);
  return found;
}

/* Whether the pool entries marked in t->out and sentence c hold no pair
 * of too similar sentences. */
static int set_diverse(const summar_doc *doc, const double *idf,
                       const summar_ranked *rk, const summar_dp *t, size_t c,
                       const summar_select_params *p) {
  if (p->redundancy >= 1.0)
    return 1;
  for (size_t q = 0; q < t->np; q++) {
    if (!t->out[q])
      continue;
    size_t i = rk[t->pool[q]].i;
    if (too_similar(doc, idf, i, c, p))
      return 0;
    for (size_t u = q + 1; u < t->np; u++)
      if (t->out[u] && too_similar(doc, idf, i, rk[t->pool[u]].i, p))
        return 0;
  }
  return 1;
}

/* The pool of the knapsack beside candidate rk[r] cut: the best
 * knapsack_pool candidates of at most B words that come before rk[r] in
 * the source (the cut sentence ends the summary) and are not too similar
 * to it. */
static void pool_before(const summar_doc *doc, const double *idf,
                        const summar_ranked *rk, size_t nr, size_t r, size_t B,
                        const summar_select_params *p, summar_dp *t) {
  size_t k = p->knapsack_pool < nr ? p->knapsack_pool : nr;
  t->np = 0;
  for (size_t q = 0; q < k; q++)
    if (rk[q].i < rk[r].i && doc->sents[rk[q].i].words <= B &&
        !too_similar(doc, idf, rk[q].i, rk[r].i, p))
      t->pool[t->np++] = q;
}

/* The best number of words to keep of candidate rk[r] beside the
 * knapsack of t (filled for budget B): *value receives the total. */
static size_t best_keep(const summar_doc *doc, const summar_ranked *rk,
                        size_t r, size_t B, const summar_select_params *p,
                        const summar_dp *t, double *value) {
  size_t w = doc->sents[rk[r].i].words;
  double kmin = ceil(p->cut_min * (double)w);
  if (kmin < SUMMAR_FILLER_MAX_WORDS + 1)
    kmin = SUMMAR_FILLER_MAX_WORDS + 1;
  size_t hi = w - 1 < B ? w - 1 : B, keep = 0;
  *value = 0;
  for (size_t k = (size_t)kmin; k <= hi; k++) {
    double v = t->best[B - k] + p->cut_fill * rk[r].key * (double)k;
    if (v > *value) {
      *value = v;
      keep = k;
    }
  }
  return keep;
}

int summar_select_cut_fill(const summar_doc *doc, const double *idf,
                           const summar_ranked *rk, size_t nr, size_t B,
                           const summar_select_params *p, unsigned char *chosen,
                           summar_cut *cut) {
  double whole = 0;
  for (size_t r = 0; r < nr; r++)
    if (chosen[rk[r].i])
      whole += summar_select_score(rk[r].key) *
               (double)doc->sents[rk[r].i].words;
  size_t k = p->knapsack_pool < nr ? p->knapsack_pool : nr;
  summar_dp t;
  if (summar_dp_alloc(&doc->a, k, B, &t)) {
    summar_dp_free(&doc->a, &t);
    return -1;
  }
  double top = whole * (1 + 1e-9);
  size_t win = SIZE_MAX, win_keep = 0;
  for (size_t r = 0; r < nr && r < SUMMAR_CUT_FILL_TRIES; r++) {
    if (!(rk[r].key > 0) || doc->sents[rk[r].i].words < 2)
      continue;
    pool_before(doc, idf, rk, nr, r, B, p, &t);
    summar_dp_table(doc, rk, B, &t);
    double v;
    size_t keep = best_keep(doc, rk, r, B, p, &t, &v);
    if (!keep || !(v > top))
      continue;
    summar_dp_backtrack(doc, rk, B - keep, &t);
    if (!set_diverse(doc, idf, rk, &t, rk[r].i, p))
      continue;
    top = v;
    win = r;
    win_keep = keep;
  }
  if (win != SIZE_MAX) {
    pool_before(doc, idf, rk, nr, win, B, p, &t);
    summar_dp_table(doc, rk, B, &t);
    summar_dp_backtrack(doc, rk, B - win_keep, &t);
    memset(chosen, 0, doc->nsents);
    for (size_t q = 0; q < t.np; q++)
      if (t.out[q])
        chosen[rk[t.pool[q]].i] = 1;
    chosen[rk[win].i] = 1;
    summar_words w;
    summar_words_init(&w);
    cut_sentence(doc, &w, rk[win].i, win_keep, cut);
    summar_words_free(&w);
    if (!cut->words) { /* no prefix within win_keep words */
      chosen[rk[win].i] = 0;
      cut->cut = 0;
    }
  }
  summar_dp_free(&doc->a, &t);
  return win != SIZE_MAX;
}
