/*
 * select.c - chooses sentences under a budget.
 *
 * Candidates are the content sentences (no SUMMAR_SENT_DROP bit, at least
 * one word; filler units too when the document holds nothing else), ranked
 * by score (ties to the earlier sentence).
 *
 * Under a word budget the best `knapsack_pool` candidates go through an
 * exact fill first: a 0/1 knapsack (dynamic programming over the word
 * budget) chooses the subset of them that maximizes the sum of score x
 * words without exceeding the budget.  score x words is the amount of
 * summary-worthy content a sentence brings when the score is read as a
 * density, so the choice uses the budget well and never trades a long
 * good sentence for several short weak ones.  A chosen candidate whose
 * idf cosine with a better-ranked chosen one is above `redundancy` is
 * taken out of the pool and the knapsack runs again (a few rounds at
 * most).
 * Then, and alone under a sentence budget, with knapsack_pool 0 or with a
 * budget above SUMMAR_SELECT_DP_MAX_WORDS, candidates are taken greedily
 * in rank order:
 *   - a candidate too long for what is left of the word budget is passed
 *     over and the walk goes on with lower-ranked ones that still fit
 *     (budget filling), so the chosen lengths add up close to the budget;
 *   - a candidate whose idf cosine with an already chosen sentence is above
 *     `redundancy` is skipped (near-duplicate suppression, MMR-style).
 * Under a word budget shorter than the best candidate, when the whole
 * sentences chosen bring less than `cut_best` x its score x the budget
 * (the knapsack's value), nothing is chosen: the caller then cuts the best
 * sentence to the budget (summar_select_cut), so a tight budget shows the
 * key sentence, marked as cut, rather than minor ones.  Otherwise, with
 * `cut_fill` on (select_cut.c), a top-ranked sentence cut to fill what a
 * knapsack over the sentences before it leaves may replace part of the
 * whole sentences.
 * Redundancy is checked through an inverted index of the chosen sentences
 * (terms held by more than summar_graph_df_cap(N) sentences are not
 * followed), so the cost stays near-linear on big inputs; the knapsack
 * costs knapsack_pool x budget steps per round.
 * The result is in source order.
 */
#include "select_int.h"

#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* The parameters both sets share; the rules of cutting (cut_best,
 * cut_fill, cut_min) are fitted per set by tools/tune.c with the weights
 * of "default" (Arabic documents: summar_default_uses_ar). */
#define SUMMAR_SELECT_SHARED                                                  \
  .redundancy = 0.6, .knapsack_pool = 32, .para_break = 0.5, .balance = 1.0, \
  .anaphora = 0

const summar_select_params summar_select_params_std = {
    SUMMAR_SELECT_SHARED, .cut_best = 0, .cut_fill = 0, .cut_min = 0.25};

const summar_select_params summar_select_params_ar = {
    SUMMAR_SELECT_SHARED, .cut_best = 0.5, .cut_fill = 1, .cut_min = 0.25};

const summar_select_params *summar_select_params_for(const summar_doc *doc) {
  return summar_default_uses_ar(doc) ? &summar_select_params_ar
                                     : &summar_select_params_std;
}

typedef struct selector {
  const summar_doc *doc;
  const summar_select_params *p;
  size_t df_cap;
  /* inverted index of chosen sentences: per term a linked list */
  size_t *head;      /* nterms, SIZE_MAX: empty */
  struct entry {
    size_t sent, next;
  } *ent;
  size_t nent, ent_cap;
  unsigned char *chosen; /* per sentence */
  unsigned char *banned; /* per sentence, or NULL: not to be chosen */
  size_t *stamp;         /* per sentence: last query that visited it */
  size_t query;
  double *idf; /* summar_idf_table; NULL when nothing is redundant */
} selector;

static int add_chosen(selector *s, size_t i) {
  const summar_doc *doc = s->doc;
  const summar_sent *st = &doc->sents[i];
  s->chosen[i] = 1;
  for (size_t k = 0, nv = summar_sent_ntv(st); k < nv; k++) {
    uint32_t t = doc->tv[st->tv_first + k].term;
    if (t >= doc->nterms)
      continue;
    if (summar_grow(&doc->a, (void **)&s->ent, &s->ent_cap, s->nent + 1,
                    sizeof *s->ent))
      return -1;
    s->ent[s->nent].sent = i;
    s->ent[s->nent].next = s->head[t];
    s->head[t] = s->nent++;
  }
  return 0;
}

/* Whether candidate c is too similar to a chosen sentence other than
 * `except` (SIZE_MAX: none). */
static int redundant(selector *s, size_t c, size_t except) {
  const summar_doc *doc = s->doc;
  if (s->p->redundancy >= 1.0)
    return 0;
  const summar_sent *st = &doc->sents[c];
  s->query++;
  for (size_t k = 0, nv = summar_sent_ntv(st); k < nv; k++) {
    uint32_t t = doc->tv[st->tv_first + k].term;
    if (t >= doc->nterms || (doc->df && doc->df[t] > s->df_cap))
      continue;
    for (size_t e = s->head[t]; e != SIZE_MAX; e = s->ent[e].next) {
      size_t j = s->ent[e].sent;
      if (j == except || j == c || !s->chosen[j] || s->stamp[j] == s->query)
        continue;
      s->stamp[j] = s->query;
      if (summar_sent_cosine_idf(doc, s->idf, c, j) > s->p->redundancy)
        return 1;
    }
  }
  return 0;
}

/* ------------------------------------------------------- content units */

/* Closing quotes and brackets, skipped before the final mark. */
static int closing(int32_t cp) {
  switch (cp) {
  case '"': case '\'': case ')': case ']': case '}': case 0x00BB:
  case 0x2019: case 0x201D: case 0x203A: case 0x300D: case 0x300F:
  case 0xFF09:
    return 1;
  default:
    return 0;
  }
}

/* The last code point of text[s,e) that is not white space or a closing
 * quote or bracket (0 if none). */
static int32_t final_mark(const char *text, size_t s, size_t e) {
  while (e > s) {
    size_t at = e - 1;
    while (at > s && ((unsigned char)text[at] & 0xC0) == 0x80)
      at--;
    size_t j = at;
    int32_t cp = summar_utf8_next(text, e, &j);
    if (cp < 0 || !(summar_is_space(cp) || closing(cp)))
      return cp < 0 ? 0 : cp;
    e = at;
  }
  return 0;
}

static int sentence_end_mark(int32_t cp) {
  switch (cp) {
  case '.': case '!': case '?': case 0x2026: case 0x061F: case 0x06D4:
  case 0x3002: case 0xFF01: case 0xFF1F: case 0x0964: case 0x1362:
  case 0x104B: case 0x037E:
    return 1;
  default:
    return 0;
  }
}

/* Units a summary should not be filled with while a content sentence can
 * be chosen: three words or fewer; a list lead-in or clause fragment
 * (ending with ":" or a comma); a section name of the document's
 * language ("4. Conclusions.", data/headings/); a heading (a source line
 * of its own, of SUMMAR_HEADING_MAX_WORDS words or fewer, without a
 * sentence-ending mark: section titles, numbered or not). */
#define SUMMAR_HEADING_MAX_WORDS 10

int summar_sent_is_filler(const summar_doc *doc, size_t i) {
  const summar_sent *se = &doc->sents[i];
  if (se->words <= SUMMAR_FILLER_MAX_WORDS)
    return 1;
  int32_t last = final_mark(doc->text, se->start, se->end);
  if (last == ':' || last == 0xFF1A || last == ',' || last == 0x060C ||
      last == 0x3001 || last == 0xFF0C)
    return 1;
  if (se->words <= SUMMAR_HEADING_MAX_WORDS &&
      summar_sent_is_section_name(doc, i))
    return 1;
  if (se->words <= SUMMAR_HEADING_MAX_WORDS && !sentence_end_mark(last)) {
    int alone = (i == 0 || doc->sents[i - 1].block != se->block) &&
                (i + 1 >= doc->nsents || doc->sents[i + 1].block != se->block);
    if (alone)
      return 1;
  }
  return 0;
}

int summar_select_has_content_unit(const summar_doc *doc) {
  for (size_t i = 0; i < doc->nsents; i++)
    if (!(doc->sents[i].flags & SUMMAR_SENT_DROP) && doc->sents[i].words &&
        !summar_sent_is_filler(doc, i))
      return 1;
  return 0;
}

typedef summar_ranked ranked;

static int cmp_ranked(const void *x, const void *y) {
  const ranked *a = x, *b = y;
  if (a->key > b->key)
    return -1;
  if (a->key < b->key)
    return 1;
  return (a->i > b->i) - (a->i < b->i);
}

/* Whether sentence i is content with at least one word. */
static int is_content(const summar_doc *doc, size_t i) {
  return !(doc->sents[i].flags & SUMMAR_SENT_DROP) && doc->sents[i].words;
}

/* The sentences marked in `chosen` (NULL: every content sentence with a
 * word), in source order, into *out through doc->a (NULL when *nout is
 * 0). */
static summar_status list_sentences(const summar_doc *doc,
                                    const unsigned char *chosen, size_t **out,
                                    size_t *nout) {
  size_t n = 0;
  for (size_t i = 0; i < doc->nsents; i++)
    n += chosen ? chosen[i] : is_content(doc, i);
  if (!n)
    return SUMMAR_OK;
  size_t *v = summar_alloc(&doc->a, n * sizeof *v);
  if (!v)
    return SUMMAR_ERR_NOMEM;
  n = 0;
  for (size_t i = 0; i < doc->nsents; i++)
    if (chosen ? chosen[i] : is_content(doc, i))
      v[n++] = i;
  *out = v;
  *nout = n;
  return SUMMAR_OK;
}

/* One greedy walk over the ranking; updates *used_w and *used_n. */
static int greedy(selector *s, const ranked *rk, size_t nr, size_t max_words,
                  size_t max_sents, size_t *used_w, size_t *used_n) {
  const summar_doc *doc = s->doc;
  for (size_t r = 0; r < nr && *used_n < max_sents && *used_w < max_words;
       r++) {
    size_t c = rk[r].i;
    size_t w = doc->sents[c].words;
    if (s->chosen[c] || w > max_words - *used_w ||
        (s->banned && s->banned[c]))
      continue;
    if (redundant(s, c, SIZE_MAX))
      continue;
    if (add_chosen(s, c))
      return -1;
    *used_w += w;
    (*used_n)++;
  }
  return 0;
}

/* Exact fill (knapsack) over the best candidates. */
#define SUMMAR_SELECT_DP_ROUNDS 6

typedef summar_dp dp_table;

int summar_dp_alloc(const summar_allocator *a, size_t k, size_t B,
                    summar_dp *t) {
  memset(t, 0, sizeof *t);
  t->rowbytes = (B + 8) / 8;
  t->pool = summar_alloc(a, (k ? k : 1) * sizeof *t->pool);
  t->best = summar_alloc(a, (B + 1) * sizeof *t->best);
  t->take = summar_calloc(a, k ? k : 1, t->rowbytes);
  t->out = summar_calloc(a, k ? k : 1, 1);
  return t->pool && t->best && t->take && t->out ? 0 : -1;
}

void summar_dp_free(const summar_allocator *a, summar_dp *t) {
  summar_dealloc(a, t->pool);
  summar_dealloc(a, t->best);
  summar_dealloc(a, t->take);
  summar_dealloc(a, t->out);
  memset(t, 0, sizeof *t);
}

void summar_dp_table(const summar_doc *doc, const summar_ranked *rk, size_t B,
                     summar_dp *t) {
  for (size_t b = 0; b <= B; b++)
    t->best[b] = 0;
  memset(t->take, 0, t->np * t->rowbytes);
  for (size_t q = 0; q < t->np; q++) {
    size_t w = doc->sents[rk[t->pool[q]].i].words;
    double key = rk[t->pool[q]].key;
    double v = key > 0 ? key * (double)w : 0;
    if (v <= 0 || w > B)
      continue;
    unsigned char *row = t->take + q * t->rowbytes;
    for (size_t b = B; b >= w; b--) {
      double x = t->best[b - w] + v;
      if (x > t->best[b]) {
        t->best[b] = x;
        row[b / 8] |= (unsigned char)(1u << (b % 8));
      }
      if (b == w)
        break;
    }
  }
}

void summar_dp_backtrack(const summar_doc *doc, const summar_ranked *rk,
                         size_t b, summar_dp *t) {
  memset(t->out, 0, t->np);
  for (size_t q = t->np; q-- > 0;) {
    const unsigned char *row = t->take + q * t->rowbytes;
    if (row[b / 8] & (1u << (b % 8))) {
      t->out[q] = 1;
      b -= doc->sents[rk[t->pool[q]].i].words;
    }
  }
}

/* One knapsack over the pool into t->out: the subset of maximal sum of
 * score x words within B words, backtracked from the smallest budget
 * that reaches the best value. */
static void dp_fill(const summar_doc *doc, const ranked *rk, size_t B,
                    dp_table *t) {
  summar_dp_table(doc, rk, B, t);
  size_t b = 0;
  for (size_t x = 1; x <= B; x++)
    if (t->best[x] > t->best[b])
      b = x;
  summar_dp_backtrack(doc, rk, b, t);
}

/* Rounds of the knapsack: the chosen pool entries are taken in rank order
 * until one is redundant with a better one; that one leaves the pool, the
 * round's choices are undone and the knapsack runs again. */
static int dp_rounds(selector *s, const ranked *rk, size_t B, dp_table *t) {
  for (int round = 0; round < SUMMAR_SELECT_DP_ROUNDS; round++) {
    dp_fill(s->doc, rk, B, t);
    size_t drop = SIZE_MAX;
    for (size_t q = 0; q < t->np && drop == SIZE_MAX; q++) {
      if (!t->out[q])
        continue;
      size_t c = rk[t->pool[q]].i;
      if (redundant(s, c, SIZE_MAX))
        drop = q;
      else if (add_chosen(s, c))
        return -1;
    }
    /* Keep what passed (the offender, if any, stays out). */
    if (drop == SIZE_MAX || round + 1 == SUMMAR_SELECT_DP_ROUNDS)
      break;
    for (size_t q = 0; q < t->np; q++)
      s->chosen[rk[t->pool[q]].i] = 0;
    memmove(t->pool + drop, t->pool + drop + 1,
            (t->np - drop - 1) * sizeof *t->pool);
    t->np--;
  }
  return 0;
}

static int knapsack(selector *s, const ranked *rk, size_t nr,
                    size_t max_words, size_t *used_w, size_t *used_n) {
  const summar_doc *doc = s->doc;
  size_t k = s->p->knapsack_pool < nr ? s->p->knapsack_pool : nr;
  size_t B = max_words;
  dp_table t;
  int rc = -1;
  if (summar_dp_alloc(&doc->a, k, B, &t))
    goto done;
  for (size_t r = 0; r < k; r++)
    if (doc->sents[rk[r].i].words <= B)
      t.pool[t.np++] = r;
  if (dp_rounds(s, rk, B, &t))
    goto done;
  for (size_t q = 0; q < k; q++) {
    size_t c = rk[q].i;
    if (s->chosen[c]) {
      *used_w += doc->sents[c].words;
      (*used_n)++;
    }
  }
  rc = 0;
done:
  summar_dp_free(&doc->a, &t);
  return rc;
}

/* Whether the whole content fits the budget: then every content sentence
 * is taken, with SUMMAR_WARN_SHORT_SOURCE when the budget is not reached.
 * *total_n receives the number of content sentences. */
static int short_source(const summar_doc *doc, size_t max_words,
                        size_t max_sents, size_t *total_n,
                        unsigned *warnings) {
  size_t total_w = 0, n = 0;
  for (size_t i = 0; i < doc->nsents; i++) {
    const summar_sent *st = &doc->sents[i];
    if (!(st->flags & SUMMAR_SENT_DROP) && st->words) {
      total_w += st->words;
      n++;
    }
  }
  *total_n = n;
  if (total_w > max_words || n > max_sents)
    return 0;
  if ((max_words != SIZE_MAX && total_w < max_words) ||
      (max_sents != SIZE_MAX && n < max_sents))
    *warnings |= SUMMAR_WARN_SHORT_SOURCE;
  return 1;
}

/* The candidates, best first, into rk; returns their number. */
static size_t rank_candidates(const summar_doc *doc, const double *scores,
                              ranked *rk) {
  size_t nr = 0;
  int units = summar_select_has_content_unit(doc);
  for (size_t i = 0; i < doc->nsents; i++) {
    const summar_sent *se = &doc->sents[i];
    if ((se->flags & SUMMAR_SENT_DROP) || !se->words ||
        (units && summar_sent_is_filler(doc, i)))
      continue;
    rk[nr].key = summar_select_score(scores[i]);
    rk[nr].i = i;
    nr++;
  }
  qsort(rk, nr, sizeof *rk, cmp_ranked);
  return nr;
}

/* The content sentence before i (SIZE_MAX: none). */
static size_t content_before(const summar_doc *doc, size_t i) {
  while (i-- > 0)
    if (!(doc->sents[i].flags & SUMMAR_SENT_DROP) && doc->sents[i].words)
      return i;
  return SIZE_MAX;
}

/* Dangling references: a chosen sentence opening with an anaphor whose
 * predecessor is not chosen brings the predecessor when it fits the
 * budget, else it leaves the summary and may not come back; the freed
 * budget is filled again by the greedy walk. */
static int resolve_anaphora(selector *s, const ranked *rk, size_t nr,
                            size_t max_words, size_t max_sents,
                            size_t *used_w, size_t *used_n) {
  const summar_doc *doc = s->doc;
  s->banned = summar_calloc(&doc->a, doc->nsents ? doc->nsents : 1, 1);
  if (!s->banned)
    return -1;
  for (size_t i = 0; i < doc->nsents; i++) {
    size_t j;
    if (!summar_sent_opens_anaphor(doc, i) ||
        (j = content_before(doc, i)) == SIZE_MAX || s->chosen[j])
      continue;
    if (s->chosen[i] && !summar_sent_is_filler(doc, j)) {
      size_t wj = doc->sents[j].words;
      if (wj <= max_words - *used_w && *used_n < max_sents) {
        if (add_chosen(s, j))
          return -1;
        *used_w += wj;
        (*used_n)++;
        continue;
      }
    }
    if (s->chosen[i]) {
      s->chosen[i] = 0; /* its index entries are skipped from now on */
      *used_w -= doc->sents[i].words;
      (*used_n)--;
    }
    s->banned[i] = 1; /* its predecessor is not in the summary */
  }
  return greedy(s, rk, nr, max_words, max_sents, used_w, used_n);
}

/* Whether the best candidate rk[0], cut to the word budget, brings more
 * than the whole sentences chosen: p->cut_best x its score x the budget
 * against their sum of score x words (the knapsack's value). */
static int cut_best_wins(const summar_doc *doc, const double *scores,
                         const ranked *rk, const unsigned char *chosen,
                         size_t max_words, size_t max_sents,
                         const summar_select_params *p) {
  if (!(p->cut_best > 0) || max_sents != SIZE_MAX ||
      doc->sents[rk[0].i].words <= max_words || !(rk[0].key > 0))
    return 0;
  double v = 0;
  for (size_t i = 0; i < doc->nsents; i++)
    if (chosen[i])
      v += summar_select_score(scores[i]) * (double)doc->sents[i].words;
  return v < p->cut_best * rk[0].key * (double)max_words;
}

summar_status summar_select(const summar_doc *doc, const double *scores,
                            size_t max_words, size_t max_sents,
                            const summar_select_params *p, size_t **out,
                            size_t *nout, summar_cut *cut,
                            unsigned *warnings) {
  *out = NULL;
  *nout = 0;
  if (cut)
    *cut = (summar_cut){SIZE_MAX, 0, 0, 0};
  if (!p)
    p = &summar_select_params_std;
  if (max_sents == 0 || max_words == 0) {
    *warnings |= SUMMAR_WARN_NOTHING_FITS;
    return SUMMAR_OK;
  }
  size_t total_n;
  if (short_source(doc, max_words, max_sents, &total_n, warnings))
    return list_sentences(doc, NULL, out, nout);

  summar_status st = SUMMAR_ERR_NOMEM;
  selector s;
  memset(&s, 0, sizeof s);
  s.doc = doc;
  s.p = p;
  s.df_cap = summar_graph_df_cap(doc->ncontent);
  ranked *rk = summar_alloc(&doc->a, (total_n ? total_n : 1) * sizeof *rk);
  s.head = summar_alloc(&doc->a, (doc->nterms ? doc->nterms : 1) *
                                     sizeof *s.head);
  s.chosen = summar_calloc(&doc->a, doc->nsents ? doc->nsents : 1, 1);
  s.stamp = summar_calloc(&doc->a, doc->nsents ? doc->nsents : 1,
                          sizeof *s.stamp);
  if (p->redundancy < 1.0)
    s.idf = summar_idf_table(doc);
  if (!rk || !s.head || !s.chosen || !s.stamp ||
      (p->redundancy < 1.0 && !s.idf))
    goto done;
  for (size_t t = 0; t < doc->nterms; t++)
    s.head[t] = SIZE_MAX;
  size_t nr = rank_candidates(doc, scores, rk);

  size_t used_w = 0, used_n = 0;
  int exact = max_sents == SIZE_MAX && p->knapsack_pool > 0 &&
              max_words <= SUMMAR_SELECT_DP_MAX_WORDS;
  if (exact && knapsack(&s, rk, nr, max_words, &used_w, &used_n))
    goto done;
  if (greedy(&s, rk, nr, max_words, max_sents, &used_w, &used_n))
    goto done;
  if (p->anaphora &&
      resolve_anaphora(&s, rk, nr, max_words, max_sents, &used_w, &used_n))
    goto done;
  int r = 0;
  if (nr && cut_best_wins(doc, scores, rk, s.chosen, max_words, max_sents, p))
    memset(s.chosen, 0, doc->nsents);
  else if (cut && exact && !p->anaphora && p->cut_fill > 0)
    r = summar_select_cut_fill(doc, s.idf, rk, nr, max_words, p, s.chosen,
                               cut);
  if (r < 0)
    goto done;
  if (r > 0 && cut->cut)
    *warnings |= SUMMAR_WARN_TRUNCATED;
  st = list_sentences(doc, s.chosen, out, nout);
  if (st == SUMMAR_OK && *nout == 0)
    *warnings |= SUMMAR_WARN_NOTHING_FITS;
done:
  summar_dealloc(&doc->a, rk);
  summar_dealloc(&doc->a, s.head);
  summar_dealloc(&doc->a, s.chosen);
  summar_dealloc(&doc->a, s.banned);
  summar_dealloc(&doc->a, s.stamp);
  summar_dealloc(&doc->a, s.ent);
  summar_dealloc(&doc->a, s.idf);
  return st;
}
