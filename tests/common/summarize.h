/*
 * summarize.h - the request-and-summarize steps the C tests share: a
 * request built from a few options, a document summarized with it, a text
 * analysed and summarized, each returning the first failing status so that
 * allocation-failure tests can follow every step.
 */
#ifndef SUMMAR_TEST_SUMMARIZE_H
#define SUMMAR_TEST_SUMMARIZE_H

#include <summar.h>

#include <stdlib.h>
#include <string.h>

/* What a test asks for; a zero member keeps the library's default. */
typedef struct test_opts {
  size_t words, paragraphs, keywords;
  summar_format format;
  const char *algorithm;
  int fill;
} test_opts;

/* A request with @o's options into *out (NULL on failure). */
static inline summar_status test_request(const test_opts *o,
                                         summar_request **out) {
  summar_request *req = NULL;
  summar_status st = summar_request_new(&req);
  if (st == SUMMAR_OK && o->words)
    st = summar_request_set_words(req, o->words);
  if (st == SUMMAR_OK && o->paragraphs)
    st = summar_request_set_paragraphs(req, o->paragraphs);
  if (st == SUMMAR_OK && o->format != SUMMAR_FORMAT_TEXT)
    st = summar_request_set_format(req, o->format);
  if (st == SUMMAR_OK && o->algorithm)
    st = summar_request_set_algorithm(req, o->algorithm);
  if (st == SUMMAR_OK && o->keywords)
    st = summar_request_set_keywords(req, o->keywords);
  if (st == SUMMAR_OK && o->fill)
    st = summar_request_set_fill(req, 1);
  if (st != SUMMAR_OK) {
    summar_request_free(req);
    req = NULL;
  }
  *out = req;
  return st;
}

/* Summarizes @doc with @o into *sum (NULL on failure); the caller frees
 * it with summar_summary_free(). */
static inline summar_status test_summary(const summar_doc *doc,
                                         const test_opts *o,
                                         summar_summary **sum) {
  summar_request *req = NULL;
  *sum = NULL;
  summar_status st = test_request(o, &req);
  if (st == SUMMAR_OK)
    st = summar_summarize(doc, req, sum);
  summar_request_free(req);
  return st;
}

/* Summarizes @doc with @o; *out (when out is not NULL) a malloc'd copy of
 * the summary text, NULL on failure. */
static inline summar_status test_summarize(const summar_doc *doc,
                                           const test_opts *o, char **out) {
  summar_summary *sum = NULL;
  summar_status st = test_summary(doc, o, &sum);
  if (out)
    *out = st == SUMMAR_OK ? strdup(summar_summary_text(sum, NULL)) : NULL;
  summar_summary_free(sum);
  return st;
}

/* Analyses text[0..len) in @lang (NULL detects) with @ctx, then as
 * test_summarize(). */
static inline summar_status test_summarize_text(const summar_ctx *ctx,
                                                const char *text, size_t len,
                                                const char *lang,
                                                const test_opts *o,
                                                char **out) {
  summar_doc *doc = NULL;
  if (out)
    *out = NULL;
  summar_status st = summar_doc_new(ctx, text, len, lang, 0, &doc);
  if (st == SUMMAR_OK)
    st = test_summarize(doc, o, out);
  summar_doc_free(doc);
  return st;
}

#endif
