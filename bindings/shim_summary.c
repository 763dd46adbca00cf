/*
 * shim_summary.c - summaries: summarizing a document, every accessor of
 * the result, and the wrapping of a batch item's summary; see shim.h.
 */
#include "shim_private.h"

#include <stdlib.h>
#include <string.h>

/* -------------------------------------------------------------- summary */

static void summary_release(summar_sw_guard *g) {
  summar_sw_summary *s = (summar_sw_summary *)g;
  summar_summary_free(s->sum);
  s->sum = NULL;
}

summar_sw_summary *summar_sw_summary_wrap(summar_summary *sum,
                                          summar_sw_err *err) {
  summar_sw_summary *s = summar_sw_object_new(sizeof *s, summary_release, err);
  if (!s) {
    summar_summary_free(sum);
    return NULL;
  }
  s->sum = sum;
  return s;
}

summar_sw_summary *summar_shim_doc_summarize(summar_sw_doc *d,
                                             summar_sw_err *err,
                                             summar_sw_request *r) {
  if (!summar_sw_doc_enter(d, err))
    return NULL;
  if (r && !summar_sw_request_enter(r, err)) {
    summar_sw_guard_leave(&d->g);
    return NULL;
  }
  summar_summary *sum = NULL;
  summar_status st;
  if (r) {
    pthread_mutex_lock(&r->use);
    st = summar_summarize(d->doc, r->req, &sum);
    pthread_mutex_unlock(&r->use);
    summar_sw_guard_leave(&r->g);
  } else {
    st = summar_summarize(d->doc, NULL, &sum);
  }
  summar_sw_guard_leave(&d->g);
  if (st != SUMMAR_OK) {
    summar_sw_fail(err, st, NULL);
    return NULL;
  }
  return summar_sw_summary_wrap(sum, err);
}

void summar_shim_summary_free(summar_sw_summary *s) {
  if (s)
    summar_sw_guard_close(&s->g, 1);
}

void summar_shim_summary_close(summar_sw_summary *s) {
  if (s)
    summar_sw_guard_close(&s->g, 0);
}

int summar_shim_summary_closed(summar_sw_summary *s) {
  return s ? summar_sw_guard_closed(&s->g) : 1;
}

summar_sw_bytes summar_shim_summary_text(summar_sw_summary *s,
                                         summar_sw_err *err) {
  summar_sw_bytes b = {NULL, 0};
  if (summar_sw_summary_enter(s, err)) {
    size_t n = 0;
    const char *t = summar_summary_text(s->sum, &n);
    b = summar_sw_copy_bytes(t ? t : "", t ? n : 0, err);
    summar_sw_guard_leave(&s->g);
  }
  return b;
}

/* A number read from the summary under its guard (0 when closed). */
static size_t sum_size(summar_sw_summary *s, summar_sw_err *err,
                       size_t (*get)(const summar_summary *)) {
  size_t r = 0;
  if (summar_sw_summary_enter(s, err)) {
    r = get(s->sum);
    summar_sw_guard_leave(&s->g);
  }
  return r;
}

static size_t sum_warnings(const summar_summary *sum) {
  return summar_summary_warnings(sum);
}

unsigned summar_shim_summary_warnings(summar_sw_summary *s,
                                      summar_sw_err *err) {
  return (unsigned)sum_size(s, err, sum_warnings);
}

size_t summar_shim_summary_word_count(summar_sw_summary *s,
                                      summar_sw_err *err) {
  return sum_size(s, err, summar_summary_word_count);
}

size_t summar_shim_summary_source_words(summar_sw_summary *s,
                                        summar_sw_err *err) {
  return sum_size(s, err, summar_summary_source_words);
}

size_t summar_shim_summary_paragraph_count(summar_sw_summary *s,
                                           summar_sw_err *err) {
  return sum_size(s, err, summar_summary_paragraph_count);
}

size_t summar_shim_summary_sentence_count(summar_sw_summary *s,
                                          summar_sw_err *err) {
  return sum_size(s, err, summar_summary_sentence_count);
}

size_t summar_shim_summary_keyword_count(summar_sw_summary *s,
                                         summar_sw_err *err) {
  return sum_size(s, err, summar_summary_keyword_count);
}

summar_sw_bytes summar_shim_summary_keyword(summar_sw_summary *s,
                                            summar_sw_err *err, size_t i) {
  summar_sw_bytes b = {NULL, 0};
  if (!summar_sw_summary_enter(s, err))
    return b;
  const char *k = summar_summary_keyword(s->sum, i);
  if (k)
    b = summar_sw_copy_bytes(k, strlen(k), err);
  else
    summar_sw_fail(err, SUMMAR_ERR_RANGE, NULL);
  summar_sw_guard_leave(&s->g);
  return b;
}

summar_sw_pick summar_shim_summary_sentence(summar_sw_summary *s,
                                            summar_sw_err *err, size_t i) {
  summar_sw_pick p;
  memset(&p, 0, sizeof p);
  if (!summar_sw_summary_enter(s, err))
    return p;
  summar_pick k;
  memset(&k, 0, sizeof k);
  k.size = sizeof k;
  summar_status st = summar_summary_sentence(s->sum, i, &k);
  summar_sw_guard_leave(&s->g);
  if (st != SUMMAR_OK) {
    summar_sw_fail(err, st, NULL);
  } else {
    p.sentence = k.sentence;
    p.start = k.start;
    p.end = k.end;
    p.paragraph = k.paragraph;
    p.words = k.words;
    p.score = k.score;
    p.truncated = k.truncated;
  }
  return p;
}

double summar_shim_summary_keyword_weight(summar_sw_summary *s,
                                          summar_sw_err *err, size_t i) {
  if (!summar_sw_summary_enter(s, err))
    return 0;
  size_t n = summar_summary_keyword_count(s->sum);
  double w = summar_summary_keyword_weight(s->sum, i);
  summar_sw_guard_leave(&s->g);
  if (i >= n)
    summar_sw_fail(err, SUMMAR_ERR_RANGE, NULL);
  return w;
}

summar_sw_sizes summar_shim_summary_title(summar_sw_summary *s,
                                          summar_sw_err *err) {
  summar_sw_sizes r = {NULL, 0};
  if (!summar_sw_summary_enter(s, err))
    return r;
  summar_span sp;
  memset(&sp, 0, sizeof sp);
  sp.size = sizeof sp;
  summar_status st = summar_summary_title(s->sum, &sp);
  summar_sw_guard_leave(&s->g);
  if (st == SUMMAR_OK && !(r.v = malloc(2 * sizeof *r.v)))
    st = SUMMAR_ERR_NOMEM;
  if (st != SUMMAR_OK) {
    summar_sw_fail(err, st, NULL);
    return r;
  }
  r.v[0] = sp.start;
  r.v[1] = sp.end;
  r.n = 2;
  return r;
}

const char *summar_shim_summary_language(summar_sw_summary *s,
                                         summar_sw_err *err) {
  const char *l = NULL;
  if (summar_sw_summary_enter(s, err)) {
    l = summar_summary_language(s->sum);
    summar_sw_guard_leave(&s->g);
  }
  return l;
}
