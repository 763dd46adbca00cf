/*
 * memo.c - the tokenizer's memo of token results: an open-addressing
 * table of 32-bit slots (a hash tag and a record offset) over a pool of
 * 8-byte-aligned records.
 */
#include "memo.h"

#include <string.h>

/* Doubles the slots (the first time: 1024); returns 0, or -1 when out of
 * memory. */
int summar_memo_rehash(const summar_allocator *a, memo *m) {
  size_t ns = m->nslots ? 2 * m->nslots : 1024;
  uint32_t *slot = summar_calloc(a, ns, sizeof *slot);
  if (!slot)
    return -1;
  for (size_t k = 0; k < m->nslots; k++) {
    if (!m->slot[k])
      continue;
    const memo_rec *r = summar_memo_rec_at(m, m->slot[k]);
    size_t i =
        (size_t)summar_hash_bytes((const char *)(r + 1), r->key_len) & (ns - 1);
    while (slot[i])
      i = (i + 1) & (ns - 1);
    slot[i] = m->slot[k];
  }
  summar_dealloc(a, m->slot);
  m->slot = slot;
  m->nslots = ns;
  return 0;
}

/* Stores tok, the analysis of the key w[0..n) with `flags` and hash h, at
 * `slot`; returns its record, or NULL when it is not kept (a failed
 * allocation turns the memo off; the analysis stays correct). */
memo_rec *summar_memo_add(const summar_allocator *a, memo *m, uint64_t h,
                          const char *w, size_t n, unsigned flags, size_t slot,
                          const summar_rawtok *tok) {
  size_t strs = tok->norm_len ? tok->norm_len + 1 + tok->term_len + 1 +
                                    (tok->stem ? tok->stem_len + 1 : 0)
                              : 0;
  size_t size = (sizeof(memo_rec) + n + strs + 7) & ~(size_t)7;
  if (tok->norm_len > UINT16_MAX || tok->stem_len > UINT16_MAX ||
      tok->term_len > UINT16_MAX || flags > UINT8_MAX || tok->flags > UINT8_MAX)
    return NULL;
  if (m->pool.len + size > MEMO_POOL_MAX) {
    m->off = 1;
    return NULL;
  }
  size_t at = m->pool.len;
  memo_rec r;
  memset(&r, 0, sizeof r);
  r.form = (uint32_t)m->n + 1;
  r.in_flags = (uint8_t)flags;
  r.out_flags = (uint8_t)tok->flags;
  r.key_len = (uint16_t)n;
  r.norm_len = (uint16_t)tok->norm_len;
  r.stem_len = (uint16_t)(tok->stem ? tok->stem_len : 0);
  r.term_len = (uint16_t)tok->term_len;
  summar_buf_append(&m->pool, (const char *)&r, sizeof r);
  summar_buf_append(&m->pool, w, n);
  if (tok->norm_len) {
    summar_buf_append(&m->pool, tok->norm, tok->norm_len + 1);
    if (tok->stem)
      summar_buf_append(&m->pool, tok->stem, tok->stem_len + 1);
    summar_buf_append(&m->pool, tok->term, tok->term_len + 1);
  }
  static const char pad[8];
  if (!m->pool.failed)
    summar_buf_append(&m->pool, pad, at + size - m->pool.len);
  if (m->pool.failed) {
    m->off = 1;
    return NULL;
  }
  m->slot[slot] = summar_memo_slot_tag(h) | (uint32_t)((at >> 3) + 1);
  m->n++;
  memo_rec *rec = (memo_rec *)(void *)(m->pool.data + at);
  if (m->n * 2 > m->nslots && summar_memo_rehash(a, m))
    m->off = 1;
  return rec;
}
