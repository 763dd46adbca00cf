/*
 * shim_batch.c - batches of texts, and the one-call functions (UTF-8
 * check, quick, ROUGE); see shim.h.
 */
#include "shim_private.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* --------------------------------------------------------------- batches */

struct summar_sw_batch {
  summar_batch_item *items;
  size_t n;
};

summar_sw_batch *summar_shim_batch_new(summar_sw_err *err, summar_sw_ctx *ctx,
                                       const char *const *texts,
                                       const size_t *text_lens, size_t ntexts,
                                       const char *tag, size_t tag_len,
                                       unsigned flags, summar_sw_request *r,
                                       unsigned jobs) {
  if (!ctx) {
    summar_sw_fail(err, SUMMAR_ERR_ARG, "a Context is required");
    return NULL;
  }
  if (!summar_sw_tag_ok(err, tag, tag_len, "language tag") ||
      (r && !summar_sw_request_enter(r, err)))
    return NULL;
  summar_sw_batch *b = malloc(sizeof *b);
  summar_batch_item *items = ntexts > SIZE_MAX / sizeof *items
                                 ? NULL
                                 : calloc(ntexts ? ntexts : 1, sizeof *items);
  summar_status st = SUMMAR_ERR_NOMEM;
  if (b && items) {
    for (size_t i = 0; i < ntexts; i++) {
      items[i].size = sizeof items[i];
      items[i].text = texts[i];
      items[i].len = text_lens[i];
      items[i].lang = tag;
    }
    if (r)
      pthread_mutex_lock(&r->use);
    st = summar_summarize_batch(ctx->ctx, r ? r->req : NULL, flags, items,
                                ntexts, jobs);
    if (r)
      pthread_mutex_unlock(&r->use);
  }
  if (r)
    summar_sw_guard_leave(&r->g);
  if (st != SUMMAR_OK) {
    free(items);
    free(b);
    summar_sw_fail(err, st, NULL);
    return NULL;
  }
  b->items = items;
  b->n = ntexts;
  return b;
}

size_t summar_shim_batch_count(const summar_sw_batch *b) {
  return b ? b->n : 0;
}

int summar_shim_batch_status(const summar_sw_batch *b, size_t i) {
  return b && i < b->n ? (int)b->items[i].status : (int)SUMMAR_ERR_RANGE;
}

summar_sw_summary *summar_shim_batch_take(summar_sw_batch *b,
                                          summar_sw_err *err, size_t i) {
  if (!b || i >= b->n) {
    summar_sw_fail(err, SUMMAR_ERR_RANGE, NULL);
    return NULL;
  }
  summar_batch_item *it = &b->items[i];
  if (it->status != SUMMAR_OK) {
    summar_sw_fail(err, it->status, NULL);
    return NULL;
  }
  if (!it->summary) {
    summar_sw_fail(err, SUMMAR_ERR_ARG, "this item's summary was taken");
    return NULL;
  }
  summar_summary *sum = it->summary;
  it->summary = NULL;
  return summar_sw_summary_wrap(sum, err);
}

void summar_shim_batch_free(summar_sw_batch *b) {
  if (!b)
    return;
  for (size_t i = 0; i < b->n; i++)
    summar_summary_free(b->items[i].summary);
  free(b->items);
  free(b);
}

/* ------------------------------------------------------------- functions */

summar_sw_sizes summar_sw_utf8_check(summar_sw_err *err, const char *text,
                                     size_t len) {
  summar_sw_sizes r = {NULL, 0};
  size_t bad = len;
  summar_status st = summar_utf8_check(text, len, &bad);
  if (st != SUMMAR_OK && st != SUMMAR_ERR_UTF8 && st != SUMMAR_ERR_NUL) {
    summar_sw_fail(err, st, NULL);
    return r;
  }
  r.v = malloc(2 * sizeof *r.v);
  if (!r.v) {
    summar_sw_fail(err, SUMMAR_ERR_NOMEM, NULL);
    return r;
  }
  r.v[0] = (size_t)st;
  r.v[1] = st == SUMMAR_OK ? len : bad;
  r.n = 2;
  return r;
}

summar_sw_bytes summar_sw_quick(summar_sw_err *err, const char *text,
                                size_t len, const char *tag, size_t tag_len,
                                size_t words, size_t paragraphs) {
  summar_sw_bytes b = {NULL, 0};
  char *out = NULL;
  if (!summar_sw_tag_ok(err, tag, tag_len, "language tag"))
    return b;
  summar_status st = summar_quick(text, len, tag, words, paragraphs, &out);
  if (st != SUMMAR_OK) {
    summar_sw_fail(err, st, NULL);
    return b;
  }
  b = summar_sw_copy_bytes(out, strlen(out), err);
  summar_free(out);
  return b;
}

summar_sw_doubles summar_sw_rouge_score(summar_sw_err *err, const char *text,
                                        size_t len, const char *const *refs,
                                        const size_t *ref_lens, size_t nrefs,
                                        const char *tag, size_t tag_len,
                                        size_t cut_words) {
  summar_sw_doubles r = {NULL, 0};
  if (!summar_sw_tag_ok(err, tag, tag_len, "language tag"))
    return r;
  summar_rouge out;
  memset(&out, 0, sizeof out);
  out.size = sizeof out;
  summar_status st = summar_rouge_score(tag, text, len, refs, ref_lens, nrefs,
                                        cut_words, &out);
  if (st == SUMMAR_OK && !(r.v = malloc(9 * sizeof *r.v)))
    st = SUMMAR_ERR_NOMEM;
  if (st != SUMMAR_OK) {
    summar_sw_fail(err, st, NULL);
    return r;
  }
  const summar_prf *m[3] = {&out.rouge1, &out.rouge2, &out.rougel};
  for (size_t i = 0; i < 3; i++) {
    r.v[3 * i] = m[i]->recall;
    r.v[3 * i + 1] = m[i]->precision;
    r.v[3 * i + 2] = m[i]->f1;
  }
  r.n = 9;
  return r;
}
