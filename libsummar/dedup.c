/*
 * dedup.c - the near-duplicate stage.  Runs after terms: a content
 * sentence that repeats an earlier one (the same normalized tokens) or
 * nearly does (Jaccard over the content-term sets, or containment in an
 * earlier sentence) is flagged SUMMAR_SENT_DUPLICATE; so are the short
 * leftovers of a block mostly made of duplicates.  Candidates come from an
 * inverted index of the sentences kept so far, probed through each
 * sentence's rarest terms, with bounded walks: linear in the input.  The
 * index keeps each term's postings side by side, so a walk reads memory in
 * order, and each posting carries a 64-bit signature of its sentence's
 * terms, which rules out most candidates without reading their terms.
 */
#include "dedup.h"

#include <stdint.h>
#include <string.h>

/* Near-duplicates: Jaccard over the content-term sets, or containment of
 * the later sentence in an earlier one. */
#define DUP_JACCARD 0.6
#define DUP_CONTAIN 0.8
#define DUP_MIN_TERMS 4     /* fewer terms: exact repeats only */
#define DUP_CONTAIN_MIN 5   /* containment needs this many terms */
#define DUP_POSTING_WALK 64   /* postings walked per probed term */
#define DUP_CANDIDATES 256    /* sentences compared per sentence */
#define DUP_AHEAD 4           /* postings read ahead of a walk */

/* A posting of the index: everything a walk step reads, in one place. */
typedef struct dpost {
  uint64_t sig;  /* its sentence's signature: sig_bit() of each term */
  uint32_t sent; /* its sentence */
  uint32_t ntv;  /* that sentence's term count */
} dpost;

/* A slot of the exact-repeat table: sentence + 1 (0: empty) and the high
 * half of its hash, compared before the sentences' tokens are. */
typedef struct dslot {
  uint32_t sent, tag;
} dslot;

/* A term's postings: post[first .. fill), fill growing as sentences are
 * indexed. */
typedef struct drange {
  uint32_t first, fill;
} drange;

typedef struct dedup {
  const summar_doc *doc;
  drange *range;      /* per term */
  dpost *post;        /* per term, its postings in sentence order */
  uint32_t *stamp;    /* per sentence: last probing sentence + 1 */
  uint64_t *probe;    /* the probing sentence's terms, each as its df
                         above its id: sorted, rarest first */
  uint64_t *sortbuf;  /* work space of the sort */
  uint32_t *df;       /* per term: content sentences holding it */
  dslot *table;       /* exact-repeat hash table */
  size_t tmask;
} dedup;

/* The bit of a term in a sentence's signature. */
static uint64_t sig_bit(uint32_t term) {
  return 1ull << ((term * 0x9E3779B1u) >> 26);
}

/* The probing sentence's terms by signature bit: level[j] holds the bits
 * that more than j of its terms map to; `over` counts the terms beyond
 * the last level, `past0` those beyond the first. */
#define DUP_SIG_LEVELS 3
typedef struct dsig {
  uint64_t level[DUP_SIG_LEVELS];
  size_t over, past0;
} dsig;

static void sig_add(dsig *g, uint32_t term) {
  uint64_t b = sig_bit(term);
  g->past0 += (g->level[0] & b) != 0;
  for (size_t j = 0; j < DUP_SIG_LEVELS; j++)
    if (!(g->level[j] & b)) {
      g->level[j] |= b;
      return;
    }
  g->over++;
}

/* At least the number of the probing sentence's terms shared with a
 * sentence of signature `sig` when that is `need` or more, else some
 * number below `need`: each shared term's bit is in `sig`, so this counts
 * the probing terms whose bit `sig` holds (those past the first level all
 * taken as shared when that already falls short). */
static size_t shared_bound(const dsig *g, uint64_t sig, size_t need) {
  size_t n = summar_bit_count(g->level[0] & sig);
  if (n + g->past0 < need)
    return n + g->past0;
  for (size_t j = 1; j < DUP_SIG_LEVELS; j++)
    n += summar_bit_count(g->level[j] & sig);
  return n + g->over;
}

/* Terms shared by sentences x and y; stops early (returning less than
 * `need`) once `need` cannot be reached. */
static size_t overlap(const summar_doc *doc, size_t x, size_t y,
                      size_t need) {
  const summar_tv *a = doc->tv + doc->sents[x].tv_first;
  const summar_tv *b = doc->tv + doc->sents[y].tv_first;
  size_t na = summar_sent_ntv(&doc->sents[x]);
  size_t nb = summar_sent_ntv(&doc->sents[y]);
  size_t i = 0, j = 0, n = 0;
  while (i < na && j < nb) {
    size_t left = na - i < nb - j ? na - i : nb - j;
    if (n + left < need)
      return n;
    if (a[i].term < b[j].term)
      i++;
    else if (a[i].term > b[j].term)
      j++;
    else {
      n++;
      i++;
      j++;
    }
  }
  return n;
}

static uint64_t norm_hash(const summar_doc *doc, size_t si) {
  const summar_sent *s = &doc->sents[si];
  uint64_t h = 1469598103934665603ull;
  size_t n = summar_sent_ntoks(s);
  for (size_t k = 0; k < n; k++) {
    h ^= summar_tok_form(doc, s->tok_first + k)->norm;
    h *= 1099511628211ull;
  }
  return h ^ (uint64_t)n;
}

static int same_norms(const summar_doc *doc, size_t x, size_t y) {
  const summar_sent *a = &doc->sents[x], *b = &doc->sents[y];
  size_t n = summar_sent_ntoks(a);
  if (summar_sent_ntoks(b) != n)
    return 0;
  for (size_t k = 0; k < n; k++)
    if (summar_tok_form(doc, a->tok_first + k)->norm !=
        summar_tok_form(doc, b->tok_first + k)->norm)
      return 0;
  return 1;
}

/* Exact repeat (same normalized tokens) of an earlier content sentence,
 * h = norm_hash() of it: returns that sentence + 1; otherwise records the
 * sentence, returns 0. */
static size_t exact_repeat(dedup *d, size_t si, uint64_t h) {
  const summar_doc *doc = d->doc;
  if (summar_sent_ntoks(&doc->sents[si]) < 2)
    return 0;
  uint32_t tag = (uint32_t)(h >> 32);
  size_t slot = (size_t)h & d->tmask;
  while (d->table[slot].sent) {
    if (d->table[slot].tag == tag &&
        same_norms(doc, d->table[slot].sent - 1, si))
      return d->table[slot].sent;
    slot = (slot + 1) & d->tmask;
  }
  d->table[slot].sent = (uint32_t)si + 1;
  d->table[slot].tag = tag;
  return 0;
}

/* Near-duplicate of an earlier content sentence: returns it + 1, or 0. */
static size_t near_duplicate(dedup *d, size_t si) {
  const summar_doc *doc = d->doc;
  const summar_sent *s = &doc->sents[si];
  size_t na = summar_sent_ntv(s);
  if (na < DUP_MIN_TERMS)
    return 0;
  dsig g = {{0}, 0, 0};
  uint64_t *terms = d->probe;
  for (size_t k = 0; k < na; k++) {
    uint32_t t = doc->tv[s->tv_first + k].term;
    terms[k] = (uint64_t)d->df[t] << 32 | t;
    sig_add(&g, t);
  }
  summar_keys_sort(terms, na, d->sortbuf);
  /* Any duplicate shares >= 60% of our terms, so it holds one of our
   * na - ceil(0.6 na) + 1 rarest. */
  size_t need = (size_t)(DUP_JACCARD * (double)na);
  if ((double)need < DUP_JACCARD * (double)na)
    need++;
  size_t probe = na - need + 1, budget = DUP_CANDIDATES;
  uint32_t stamp = (uint32_t)si + 1;
  /* The probed terms' ranges, then their newest postings, fetched
   * together rather than one cache miss after another. */
  for (size_t k = 0; k < probe; k++)
    __builtin_prefetch(&d->range[(uint32_t)terms[k]]);
  for (size_t k = 0; k < probe; k++) {
    const drange *r = &d->range[(uint32_t)terms[k]];
    if (r->fill > r->first)
      __builtin_prefetch(&d->post[r->fill - 1]);
    if (r->fill > r->first + DUP_AHEAD)
      __builtin_prefetch(&d->post[r->fill - 1 - DUP_AHEAD]);
  }
  for (size_t k = 0; k < probe && budget; k++) {
    const drange *r = &d->range[(uint32_t)terms[k]];
    /* Newest posting first. */
    for (uint32_t p = r->fill, walk = 0;
         p > r->first && walk < DUP_POSTING_WALK; walk++) {
      const dpost *e = &d->post[--p];
      if (p >= r->first + DUP_AHEAD)
        __builtin_prefetch(&d->stamp[d->post[p - DUP_AHEAD].sent]);
      size_t other = e->sent, nb = e->ntv;
      if (nb * 10 < na * 6)
        continue; /* too small to share 60% of our terms */
      if (d->stamp[other] == stamp)
        continue;
      d->stamp[other] = stamp;
      if (--budget == 0)
        break;
      /* Fewer than `need` shared terms fail both tests below. */
      if (shared_bound(&g, e->sig, need) < need)
        continue;
      size_t inter = overlap(doc, si, other, need);
      double jac = (double)inter / (double)(na + nb - inter);
      if (jac >= DUP_JACCARD ||
          (na >= DUP_CONTAIN_MIN && (double)inter >= DUP_CONTAIN * (double)na))
        return other + 1;
    }
  }
  return 0;
}

static void index_sentence(dedup *d, size_t si) {
  const summar_sent *s = &d->doc->sents[si];
  const summar_tv *tv = d->doc->tv + s->tv_first;
  uint64_t sig = 0;
  for (size_t k = 0, nv = summar_sent_ntv(s); k < nv; k++)
    sig |= sig_bit(tv[k].term);
  for (size_t k = 0, nv = summar_sent_ntv(s); k < nv; k++) {
    dpost *e = &d->post[d->range[tv[k].term].fill++];
    e->sig = sig;
    e->sent = (uint32_t)si;
    e->ntv = (uint32_t)summar_sent_ntv(s);
  }
}

/* A block mostly made of duplicates (a repeated photo caption) loses its
 * short leftovers too ("3 مايو 2025 (أ.ب.أ )"), but not the first copy
 * of a sentence the block itself repeats.  orig[k]: the sentence that
 * sentence k repeats, + 1 (0: none). */
static void mark_repeated_tails(summar_doc *doc, const size_t *orig) {
  for (size_t i = 0; i < doc->nsents;) {
    size_t j = i, dup_words = 0, words = 0, long_rest = 0;
    while (j < doc->nsents && doc->sents[j].block == doc->sents[i].block) {
      const summar_sent *s = &doc->sents[j];
      if (s->flags & SUMMAR_SENT_DUPLICATE)
        dup_words += s->words;
      else if (!(s->flags & SUMMAR_SENT_DROP) &&
               summar_sent_ntv(s) >= DUP_MIN_TERMS)
        long_rest++;
      words += s->words;
      j++;
    }
    if (dup_words && !long_rest && dup_words * 3 >= words * 2) {
      size_t keep = SIZE_MAX; /* first original inside the block */
      for (size_t k = i; k < j; k++)
        if (orig[k] && orig[k] - 1 >= i && orig[k] - 1 < keep)
          keep = orig[k] - 1;
      for (size_t k = i; k < j; k++)
        if (k != keep && !(doc->sents[k].flags & SUMMAR_SENT_DROP))
          doc->sents[k].flags |= SUMMAR_SENT_DUPLICATE;
    }
    i = j;
  }
}

/* Content sentences holding each term, before duplicates are dropped:
 * the rarest terms of a sentence are probed first.  Returns the number of
 * their term vector entries. */
static size_t count_df(const summar_doc *doc, uint32_t *df) {
  size_t n = 0;
  for (size_t i = 0; i < doc->nsents; i++) {
    const summar_sent *s = &doc->sents[i];
    if (s->flags & SUMMAR_SENT_DROP)
      continue;
    for (size_t k = 0, nv = summar_sent_ntv(s); k < nv; k++)
      df[doc->tv[s->tv_first + k].term]++;
    n += summar_sent_ntv(s);
  }
  return n;
}

static int dedup_init(dedup *d, summar_doc *doc) {
  const summar_allocator *a = &doc->a;
  memset(d, 0, sizeof *d);
  d->doc = doc;
  size_t maxtv = 1;
  for (size_t i = 0; i < doc->nsents; i++)
    if (summar_sent_ntv(&doc->sents[i]) > maxtv)
      maxtv = summar_sent_ntv(&doc->sents[i]);
  size_t tsize = 16;
  while (tsize < doc->nsents * 2)
    tsize *= 2;
  d->tmask = tsize - 1;
  d->range = summar_alloc(a, (doc->nterms + 1) * sizeof *d->range);
  d->stamp = summar_calloc(a, doc->nsents, sizeof *d->stamp);
  d->probe = summar_alloc(a, maxtv * sizeof *d->probe);
  d->sortbuf = summar_alloc(a, maxtv * sizeof *d->sortbuf);
  d->df = summar_calloc(a, doc->nterms + 1, sizeof *d->df);
  d->table = summar_calloc(a, tsize, sizeof *d->table);
  if (!d->range || !d->stamp || !d->probe ||
      !d->sortbuf || !d->df || !d->table)
    return -1;
  /* A term's postings come from the content sentences holding it: df
   * of them at most. */
  size_t npost = count_df(doc, d->df);
  for (size_t t = 0, at = 0; t <= doc->nterms; t++) {
    d->range[t].first = d->range[t].fill = (uint32_t)at;
    at += d->df[t];
  }
  d->post = summar_alloc(a, (npost + 1) * sizeof *d->post);
  return d->post ? 0 : -1;
}

static void dedup_free(dedup *d) {
  const summar_allocator *a = &d->doc->a;
  summar_dealloc(a, d->range);
  summar_dealloc(a, d->post);
  summar_dealloc(a, d->stamp);
  summar_dealloc(a, d->probe);
  summar_dealloc(a, d->sortbuf);
  summar_dealloc(a, d->df);
  summar_dealloc(a, d->table);
}

summar_status summar_dedup(struct summar_doc *doc) {
  if (!doc)
    return SUMMAR_ERR_ARG;
  if (doc->nsents == 0 || doc->ntv >= UINT32_MAX ||
      doc->nsents >= UINT32_MAX)
    return SUMMAR_OK; /* nothing to do, or beyond the index's range */
  dedup d;
  summar_status st = SUMMAR_OK;
  size_t *orig = summar_calloc(&doc->a, doc->nsents, sizeof *orig);
  if (dedup_init(&d, doc) || !orig) {
    st = SUMMAR_ERR_NOMEM;
  } else {
    /* Each sentence's norm hash is made one sentence ahead, and its
     * slot of the exact-repeat table fetched. */
    uint64_t h_next = norm_hash(doc, 0);
    for (size_t i = 0; i < doc->nsents; i++) {
      summar_sent *s = &doc->sents[i];
      uint64_t h = h_next;
      if (i + 1 < doc->nsents) {
        h_next = norm_hash(doc, i + 1);
        __builtin_prefetch(&d.table[(size_t)h_next & d.tmask]);
      }
      if (s->flags & SUMMAR_SENT_DROP)
        continue;
      size_t o = exact_repeat(&d, i, h);
      if (!o)
        o = near_duplicate(&d, i);
      if (o) {
        s->flags |= SUMMAR_SENT_DUPLICATE;
        orig[i] = o;
      } else {
        index_sentence(&d, i);
      }
    }
    mark_repeated_tails(doc, orig);
  }
  summar_dealloc(&doc->a, orig);
  dedup_free(&d);
  return st;
}
