/*
 * shim_doc.c - documents: creation, close, and every accessor; see shim.h.
 */
#include "shim_private.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* -------------------------------------------------------------- document */

static void doc_release(summar_sw_guard *g) {
  summar_sw_doc *d = (summar_sw_doc *)g;
  summar_doc_free(d->doc);
  d->doc = NULL;
  summar_shim_ctx_unref(d->ctx);
  d->ctx = NULL;
}

summar_sw_doc *summar_shim_doc_new(summar_sw_err *err, summar_sw_ctx *ctx,
                                   const char *text, size_t len,
                                   const char *tag, size_t tag_len,
                                   unsigned flags) {
  if (!ctx) {
    summar_sw_fail(err, SUMMAR_ERR_ARG, "a Context is required");
    return NULL;
  }
  if (!summar_sw_tag_ok(err, tag, tag_len, "language tag"))
    return NULL;
  summar_sw_doc *d = summar_sw_object_new(sizeof *d, doc_release, err);
  if (!d)
    return NULL;
  d->doc = NULL;
  summar_sw_ctx_ref(ctx);
  d->ctx = ctx;
  summar_status st = summar_doc_new(ctx->ctx, text, len, tag, flags, &d->doc);
  if (st != SUMMAR_OK) {
    summar_sw_guard_close(&d->g, 1); /* drops ctx, frees d */
    summar_sw_fail(err, st, NULL);
    return NULL;
  }
  return d;
}

void summar_shim_doc_free(summar_sw_doc *d) {
  if (d)
    summar_sw_guard_close(&d->g, 1);
}

void summar_shim_doc_close(summar_sw_doc *d) {
  if (d)
    summar_sw_guard_close(&d->g, 0);
}

int summar_shim_doc_closed(summar_sw_doc *d) {
  return d ? summar_sw_guard_closed(&d->g) : 1;
}

summar_sw_bytes summar_shim_doc_text(summar_sw_doc *d, summar_sw_err *err) {
  summar_sw_bytes b = {NULL, 0};
  if (summar_sw_doc_enter(d, err)) {
    size_t n = 0;
    const char *t = summar_doc_text(d->doc, &n);
    b = summar_sw_copy_bytes(t, n, err);
    summar_sw_guard_leave(&d->g);
  }
  return b;
}

const char *summar_shim_doc_language(summar_sw_doc *d, summar_sw_err *err) {
  const char *l = NULL;
  if (summar_sw_doc_enter(d, err)) {
    l = summar_doc_language(d->doc);
    summar_sw_guard_leave(&d->g);
  }
  return l;
}

/* A number read from the document under its guard (0 when closed). */
static size_t doc_size(summar_sw_doc *d, summar_sw_err *err,
                       size_t (*get)(const summar_doc *)) {
  size_t r = 0;
  if (summar_sw_doc_enter(d, err)) {
    r = get(d->doc);
    summar_sw_guard_leave(&d->g);
  }
  return r;
}

static size_t doc_warnings(const summar_doc *doc) {
  return summar_doc_warnings(doc);
}

unsigned summar_shim_doc_warnings(summar_sw_doc *d, summar_sw_err *err) {
  return (unsigned)doc_size(d, err, doc_warnings);
}

size_t summar_shim_doc_content_words(summar_sw_doc *d, summar_sw_err *err) {
  return doc_size(d, err, summar_doc_content_words);
}

size_t summar_shim_doc_sentence_count(summar_sw_doc *d, summar_sw_err *err) {
  return doc_size(d, err, summar_doc_sentence_count);
}

size_t summar_shim_doc_token_count(summar_sw_doc *d, summar_sw_err *err) {
  return doc_size(d, err, summar_doc_token_count);
}

static summar_sw_sentence span_out(const summar_span *sp, size_t i) {
  summar_sw_sentence r;
  r.index = i;
  r.start = sp->start;
  r.end = sp->end;
  r.block = sp->block;
  r.flags = sp->flags;
  return r;
}

static summar_status get_span(const summar_doc *doc, size_t i,
                              summar_span *sp) {
  memset(sp, 0, sizeof *sp);
  sp->size = sizeof *sp;
  return summar_doc_sentence(doc, i, sp);
}

/* The index of the sentence starting where @sp does, or SIZE_MAX. */
static size_t sentence_at(const summar_doc *doc, const summar_span *sp) {
  size_t n = summar_doc_sentence_count(doc);
  for (size_t k = 0; k < n; k++) {
    summar_span s2;
    if (get_span(doc, k, &s2) == SUMMAR_OK && s2.start == sp->start)
      return k;
  }
  return SIZE_MAX;
}

/* Sentence i, or (title 1) the headline with its sentence index. */
static summar_sw_sentence doc_span(summar_sw_doc *d, summar_sw_err *err,
                                   size_t i, int title) {
  summar_sw_sentence r;
  memset(&r, 0, sizeof r);
  if (!summar_sw_doc_enter(d, err))
    return r;
  summar_span sp;
  summar_status st;
  if (title) {
    memset(&sp, 0, sizeof sp);
    sp.size = sizeof sp;
    st = summar_doc_title(d->doc, &sp);
    if (st == SUMMAR_OK)
      i = sentence_at(d->doc, &sp);
  } else {
    st = get_span(d->doc, i, &sp);
  }
  summar_sw_guard_leave(&d->g);
  if (st != SUMMAR_OK)
    summar_sw_fail(err, st, NULL);
  else
    r = span_out(&sp, i);
  return r;
}

summar_sw_sentence summar_shim_doc_sentence(summar_sw_doc *d,
                                            summar_sw_err *err, size_t i) {
  return doc_span(d, err, i, 0);
}

summar_sw_sentence summar_shim_doc_title(summar_sw_doc *d, summar_sw_err *err) {
  return doc_span(d, err, 0, 1);
}

summar_sw_token summar_shim_doc_token(summar_sw_doc *d, summar_sw_err *err,
                                      size_t i) {
  summar_sw_token r;
  memset(&r, 0, sizeof r);
  if (!summar_sw_doc_enter(d, err))
    return r;
  summar_token tk;
  memset(&tk, 0, sizeof tk);
  tk.size = sizeof tk;
  summar_status st = summar_doc_token(d->doc, i, &tk);
  if (st == SUMMAR_OK) {
    r.norm = summar_sw_copy_string(tk.norm);
    r.stem = summar_sw_copy_string(tk.stem);
    if (!r.norm || !r.stem) {
      summar_sw_token_clear(&r);
      st = SUMMAR_ERR_NOMEM;
    }
  }
  summar_sw_guard_leave(&d->g);
  if (st != SUMMAR_OK) {
    summar_sw_fail(err, st, NULL);
  } else {
    r.index = i;
    r.start = tk.start;
    r.end = tk.end;
    r.sentence = tk.sentence;
    r.flags = tk.flags;
  }
  return r;
}

/* Fills o[0..4) with a sentence's or a token's numbers. */
static summar_status sentence_row(const summar_doc *doc, size_t i, size_t *o) {
  summar_span sp;
  summar_status st = get_span(doc, i, &sp);
  o[0] = sp.start;
  o[1] = sp.end;
  o[2] = sp.block;
  o[3] = sp.flags;
  return st;
}

static summar_status token_row(const summar_doc *doc, size_t i, size_t *o) {
  summar_token tk;
  memset(&tk, 0, sizeof tk);
  tk.size = sizeof tk;
  summar_status st = summar_doc_token(doc, i, &tk);
  o[0] = tk.start;
  o[1] = tk.end;
  o[2] = tk.sentence;
  o[3] = tk.flags;
  return st;
}

static summar_sw_sizes doc_table(summar_sw_doc *d, summar_sw_err *err,
                                 size_t (*count)(const summar_doc *),
                                 summar_status (*row)(const summar_doc *,
                                                      size_t, size_t *)) {
  summar_sw_sizes r = {NULL, 0};
  if (!summar_sw_doc_enter(d, err))
    return r;
  summar_status st = SUMMAR_OK;
  size_t n = count(d->doc);
  r.v = n > SIZE_MAX / (4 * sizeof *r.v)
            ? NULL
            : malloc((n ? n : 1) * 4 * sizeof *r.v);
  if (!r.v)
    st = SUMMAR_ERR_NOMEM;
  for (size_t i = 0; st == SUMMAR_OK && i < n; i++)
    st = row(d->doc, i, r.v + 4 * i);
  summar_sw_guard_leave(&d->g);
  if (st != SUMMAR_OK) {
    summar_sw_sizes_free(&r);
    summar_sw_fail(err, st, NULL);
  } else {
    r.n = 4 * n;
  }
  return r;
}

summar_sw_sizes summar_shim_doc_sentence_table(summar_sw_doc *d,
                                               summar_sw_err *err) {
  return doc_table(d, err, summar_doc_sentence_count, sentence_row);
}

summar_sw_sizes summar_shim_doc_token_table(summar_sw_doc *d,
                                            summar_sw_err *err) {
  return doc_table(d, err, summar_doc_token_count, token_row);
}

/* Every token's normalized form (stems 0) or stem (stems 1), copied. */
static summar_sw_strings doc_forms(summar_sw_doc *d, summar_sw_err *err,
                                   int stems) {
  summar_sw_strings r = {NULL, 0};
  if (!summar_sw_doc_enter(d, err))
    return r;
  summar_status st = SUMMAR_OK;
  size_t n = summar_doc_token_count(d->doc);
  r.v = calloc(n ? n : 1, sizeof *r.v);
  if (!r.v)
    st = SUMMAR_ERR_NOMEM;
  else
    r.n = n;
  for (size_t i = 0; st == SUMMAR_OK && i < n; i++) {
    summar_token tk;
    memset(&tk, 0, sizeof tk);
    tk.size = sizeof tk;
    st = summar_doc_token(d->doc, i, &tk);
    if (st == SUMMAR_OK &&
        !(r.v[i] = summar_sw_copy_string(stems ? tk.stem : tk.norm)))
      st = SUMMAR_ERR_NOMEM;
  }
  summar_sw_guard_leave(&d->g);
  if (st != SUMMAR_OK) {
    summar_sw_strings_free(&r);
    summar_sw_fail(err, st, NULL);
  }
  return r;
}

summar_sw_strings summar_shim_doc_token_norms(summar_sw_doc *d,
                                              summar_sw_err *err) {
  return doc_forms(d, err, 0);
}

summar_sw_strings summar_shim_doc_token_stems(summar_sw_doc *d,
                                              summar_sw_err *err) {
  return doc_forms(d, err, 1);
}

summar_sw_embedded summar_shim_doc_embedded_request(summar_sw_doc *d,
                                                    summar_sw_err *err) {
  summar_sw_embedded r = {0, 0, NULL};
  if (summar_sw_doc_enter(d, err)) {
    summar_status st =
        summar_doc_embedded_request(d->doc, &r.words, &r.paragraphs, &r.lang);
    summar_sw_guard_leave(&d->g);
    if (st != SUMMAR_OK)
      summar_sw_fail(err, st, NULL);
  }
  return r;
}

summar_sw_doubles summar_shim_doc_score(summar_sw_doc *d, summar_sw_err *err,
                                        const char *tag, size_t tag_len) {
  summar_sw_doubles r = {NULL, 0};
  if (!summar_sw_tag_ok(err, tag, tag_len, "algorithm") ||
      !summar_sw_doc_enter(d, err))
    return r;
  size_t n = summar_doc_sentence_count(d->doc);
  summar_status st = SUMMAR_ERR_NOMEM;
  r.v = n > SIZE_MAX / sizeof *r.v ? NULL : malloc((n ? n : 1) * sizeof *r.v);
  if (r.v)
    st = summar_score(d->doc, tag, r.v, n);
  summar_sw_guard_leave(&d->g);
  if (st != SUMMAR_OK) {
    summar_sw_doubles_free(&r);
    summar_sw_fail(err, st, NULL);
  } else {
    r.n = n;
  }
  return r;
}
