/*
 * memo.h - the tokenizer's memo of token results (memo.c): each distinct
 * token form analysed once, its record found again by the hash of its
 * bytes.  Internal, not installed.
 */
#ifndef SUMMAR_MEMO_H
#define SUMMAR_MEMO_H

#include "base.h"
#include "tokenize.h"

#include <stdint.h>
#include <string.h>
/* The memo of token results: tokens up to MEMO_KEY_MAX bytes, at most
 * MEMO_MAX distinct ones and MEMO_POOL_MAX bytes of records per tokenizer
 * (past that, new forms are computed each time). */
#define MEMO_KEY_MAX 64
#define MEMO_MAX (1u << 18)
#define MEMO_POOL_MAX (16u << 20)

/* A memo slot: 0 when empty, else a tag (the top SLOT_TAG_BITS bits of
 * the key's hash) above the record's offset in the pool / 8, plus 1.  A
 * probe compares tags before it reads a record. */
#define SLOT_OFF_BITS 21
#define SLOT_OFF_MASK ((1u << SLOT_OFF_BITS) - 1)
#define SLOT_TAG_BITS (32 - SLOT_OFF_BITS)

/* What the tokenizer found for one distinct token, one record in the memo's
 * pool (at an offset that is a multiple of 8): the caller's words, the form
 * number, the key's letter/digit flags and the token's flags, the lengths;
 * then the key's bytes, and the NUL-terminated norm, stem (when stem_len)
 * and term (none of them when norm_len is 0: ignorable code points). */
typedef struct memo_rec {
  uint32_t data[SUMMAR_FORM_WORDS];
  uint32_t form;
  uint16_t key_len, norm_len, stem_len, term_len;
  uint8_t in_flags, out_flags;
} memo_rec;

typedef struct memo {
  uint32_t *slot; /* nslots, a power of 2, at most half full */
  size_t nslots;
  size_t n; /* records */
  summar_buf pool;
  int off; /* set once an allocation failed: no more entries */
} memo;

/* The slot tag of the hash h. */
static inline uint32_t summar_memo_slot_tag(uint64_t h) {
  return (uint32_t)(h >> (64 - SLOT_TAG_BITS)) << SLOT_OFF_BITS;
}

/* The record of the non-empty slot k. */
static inline memo_rec *summar_memo_rec_at(const memo *m, uint32_t k) {
  return (memo_rec *)(void *)(m->pool.data +
                              ((size_t)((k & SLOT_OFF_MASK) - 1) << 3));
}

/* The record of the token w[0..n) with `flags` and hash h, or NULL and in
 * *slot the empty slot where it goes. */
static inline memo_rec *summar_memo_find(const memo *m, uint64_t h,
                                         const char *w, size_t n,
                                         unsigned flags, size_t *slot) {
  size_t mask = m->nslots - 1;
  uint32_t tag = summar_memo_slot_tag(h);
  for (size_t i = (size_t)h & mask;; i = (i + 1) & mask) {
    uint32_t k = m->slot[i];
    if (!k) {
      *slot = i;
      return NULL;
    }
    if ((k & ~SLOT_OFF_MASK) != tag)
      continue;
    memo_rec *r = summar_memo_rec_at(m, k);
    if (r->key_len == n && r->in_flags == flags && memcmp(r + 1, w, n) == 0)
      return r;
  }
}

/* Doubles the slots (the first time: 1024); returns 0, or -1 when out of
 * memory. */
int summar_memo_rehash(const summar_allocator *a, memo *m);
/* Stores tok, the analysis of the key w[0..n) with `flags` and hash h, at
 * `slot`; returns its record, or NULL when it is not kept (a failed
 * allocation turns the memo off; the analysis stays correct). */
memo_rec *summar_memo_add(const summar_allocator *a, memo *m, uint64_t h,
                          const char *w, size_t n, unsigned flags, size_t slot,
                          const summar_rawtok *tok);
/* The token of the memo record r at text[s,e) into *tok (left as it is
 * for ignorable code points only). */
static inline void summar_memo_token(memo_rec *r, size_t s, size_t e,
                                     summar_rawtok *tok) {
  if (!r->norm_len)
    return;
  char *p = (char *)(r + 1) + r->key_len;
  tok->start = s;
  tok->end = e;
  tok->flags = r->out_flags;
  tok->norm = p;
  tok->norm_len = r->norm_len;
  p += r->norm_len + 1;
  tok->stem = r->stem_len ? p : NULL; /* 0: deferred */
  tok->stem_len = r->stem_len;
  p += r->stem_len ? r->stem_len + 1u : 0u;
  tok->term = p;
  tok->term_len = r->term_len;
  tok->form = r->form;
  tok->form_data = r->data;
}

/* Whether the memo is open to lookups of keys of up to MEMO_KEY_MAX
 * bytes. */
static inline int summar_memo_open(const memo *m) { return m->slot && !m->off; }

/* Fetches ahead the slot where a lookup of the key with hash h starts. */
static inline void summar_memo_prefetch_slot(const memo *m, uint64_t h) {
  __builtin_prefetch(&m->slot[(size_t)h & (m->nslots - 1)]);
}

/* Fetches ahead the record of the key with hash h when its first probed
 * slot holds one with the key's tag (the slot fetched ahead before). */
static inline void summar_memo_prefetch_rec(const memo *m, uint64_t h) {
  uint32_t k = m->slot[(size_t)h & (m->nslots - 1)];
  if (k && (k & ~SLOT_OFF_MASK) == summar_memo_slot_tag(h)) {
    const char *r = (const char *)summar_memo_rec_at(m, k);
    __builtin_prefetch(r);
    __builtin_prefetch(r + sizeof(memo_rec) + 8);
  }
}

#endif /* SUMMAR_MEMO_H */
