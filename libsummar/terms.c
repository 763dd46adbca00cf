/*
 * terms.c - string interning, term ids, document frequencies and the
 * idf-weighted cosine between sentences.
 */
#include "internal.h"

#include <math.h>
#include <string.h>

void summar_intern_init(summar_intern *in, const summar_allocator *a) {
  memset(in, 0, sizeof *in);
  in->a = a;
}

void summar_intern_free(summar_intern *in) {
  summar_dealloc(in->a, in->pool);
  summar_dealloc(in->a, in->slot_off);
  summar_dealloc(in->a, in->slot_term);
  summar_dealloc(in->a, in->term_tok);
  summar_intern_init(in, in->a);
}

/* The slot holding s, or the empty slot where it belongs. */
static size_t find_slot(const summar_intern *in, const char *s, size_t len) {
  size_t mask = in->cap - 1;
  size_t i = (size_t)summar_hash_bytes(s, len) & mask;
  for (;;) {
    uint32_t o = in->slot_off[i];
    if (o == 0)
      return i;
    const char *t = in->pool + (o - 1);
    if (strncmp(t, s, len) == 0 && t[len] == '\0')
      return i;
    i = (i + 1) & mask;
  }
}

static int rehash(summar_intern *in) {
  size_t ncap = in->cap ? in->cap * 2 : 1024;
  uint32_t *off = summar_calloc(in->a, ncap, sizeof *off);
  uint32_t *term = summar_calloc(in->a, ncap, sizeof *term);
  if (!off || !term) {
    summar_dealloc(in->a, off);
    summar_dealloc(in->a, term);
    return -1;
  }
  uint32_t *old_off = in->slot_off, *old_term = in->slot_term;
  size_t old_cap = in->cap;
  in->slot_off = off;
  in->slot_term = term;
  in->cap = ncap;
  for (size_t i = 0; i < old_cap; i++) {
    if (!old_off[i])
      continue;
    const char *t = in->pool + (old_off[i] - 1);
    size_t j = find_slot(in, t, strlen(t));
    off[j] = old_off[i];
    term[j] = old_term[i];
  }
  summar_dealloc(in->a, old_off);
  summar_dealloc(in->a, old_term);
  return 0;
}

int summar_intern_str(summar_intern *in, const char *s, size_t len,
                      uint32_t *off) {
  if ((in->n + 1) * 2 > in->cap && rehash(in))
    return -1;
  size_t i = find_slot(in, s, len);
  if (in->slot_off[i]) {
    *off = in->slot_off[i] - 1;
    return 0;
  }
  if (in->pool_len + len + 1 >= UINT32_MAX)
    return -1;
  if (summar_grow(in->a, (void **)&in->pool, &in->pool_cap,
                  in->pool_len + len + 1, 1))
    return -1;
  memcpy(in->pool + in->pool_len, s, len);
  in->pool[in->pool_len + len] = '\0';
  *off = (uint32_t)in->pool_len;
  in->slot_off[i] = (uint32_t)in->pool_len + 1;
  in->slot_term[i] = SUMMAR_NO_TERM;
  in->pool_len += len + 1;
  in->n++;
  return 0;
}

uint32_t summar_intern_term(summar_intern *in, const char *s, size_t len,
                            uint32_t off, size_t tok) {
  (void)off;
  size_t i = find_slot(in, s, len);
  if (!in->slot_off[i])
    return SUMMAR_NO_TERM; /* not interned: a caller bug */
  if (in->slot_term[i] != SUMMAR_NO_TERM)
    return in->slot_term[i];
  if (in->nterms >= UINT32_MAX - 1 ||
      summar_grow(in->a, (void **)&in->term_tok, &in->term_tok_cap,
                  in->nterms + 1, sizeof *in->term_tok))
    return SUMMAR_NO_TERM;
  in->term_tok[in->nterms] = (uint32_t)tok;
  in->slot_term[i] = (uint32_t)in->nterms;
  return (uint32_t)in->nterms++;
}

void summar_doc_recount(struct summar_doc *doc) {
  if (doc->nterms) {
    memset(doc->df, 0, doc->nterms * sizeof *doc->df);
    memset(doc->tf, 0, doc->nterms * sizeof *doc->tf);
  }
  doc->ncontent = 0;
  doc->content_words = 0;
  for (size_t i = 0; i < doc->nsents; i++) {
    const summar_sent *s = &doc->sents[i];
    if (s->flags & SUMMAR_SENT_DROP)
      continue;
    doc->ncontent++;
    doc->content_words += s->words;
    for (size_t k = 0, nv = summar_sent_ntv(s); k < nv; k++) {
      const summar_tv *t = &doc->tv[s->tv_first + k];
      doc->df[t->term]++;
      doc->tf[t->term] += t->count;
    }
  }
}

static double idf(const struct summar_doc *doc, uint32_t term) {
  double n = doc->ncontent ? (double)doc->ncontent : 1.0;
  double df = doc->df[term] ? (double)doc->df[term] : 1.0;
  return log((n + 1.0) / df);
}

/* The idf of term t: from the table when there is one. */
static double term_idf(const struct summar_doc *doc, const double *table,
                       uint32_t t) {
  return table ? table[t] : idf(doc, t);
}

double summar_sent_cosine_idf(const struct summar_doc *doc,
                              const double *table, size_t i, size_t j) {
  const summar_sent *a = &doc->sents[i], *b = &doc->sents[j];
  const summar_tv *va = doc->tv + a->tv_first, *vb = doc->tv + b->tv_first;
  double dot = 0, na = 0, nb = 0;
  size_t x = 0, y = 0;
  for (x = 0; x < summar_sent_ntv(a); x++) {
    double w = va[x].count * term_idf(doc, table, va[x].term);
    na += w * w;
  }
  for (y = 0; y < summar_sent_ntv(b); y++) {
    double w = vb[y].count * term_idf(doc, table, vb[y].term);
    nb += w * w;
  }
  x = y = 0;
  while (x < summar_sent_ntv(a) && y < summar_sent_ntv(b)) {
    if (va[x].term < vb[y].term) {
      x++;
    } else if (va[x].term > vb[y].term) {
      y++;
    } else {
      double w = term_idf(doc, table, va[x].term);
      dot += va[x].count * vb[y].count * w * w;
      x++;
      y++;
    }
  }
  if (na <= 0 || nb <= 0)
    return 0;
  return dot / (sqrt(na) * sqrt(nb));
}

double summar_sent_cosine(const struct summar_doc *doc, size_t i, size_t j) {
  return summar_sent_cosine_idf(doc, NULL, i, j);
}
