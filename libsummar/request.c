/*
 * request.c - summary requests: creation, defaults and setters.
 *
 * A request is made without a context, so it lives in
 * summar_default_allocator's memory (malloc).
 */
#include "lang.h"
#include "summary.h"

#include <math.h>
#include <string.h>

/* Setter limits documented in summar.h. */
#define REQ_MAX_WORDS 100000000u
#define REQ_MAX_SENTENCES 10000000u
#define REQ_MAX_PARAGRAPHS 10000u
#define REQ_MAX_KEYWORDS 1000u
#define REQ_DEFAULT_RATIO 0.2

void summar_request_defaults(summar_request *r) {
  memset(r, 0, sizeof *r);
  r->a = summar_default_allocator;
  r->budget = SUMMAR_BUDGET_RATIO;
  r->ratio = REQ_DEFAULT_RATIO;
  r->paragraphs = 1;
  r->format = SUMMAR_FORMAT_TEXT;
  r->scorer = NULL; /* "default", looked up when summarizing */
  r->out_lang = NULL;
}

SUMMAR_API summar_status summar_request_new(summar_request **out) {
  if (!out)
    return SUMMAR_ERR_ARG;
  *out = NULL;
  summar_request *r = summar_alloc(&summar_default_allocator, sizeof *r);
  if (!r)
    return SUMMAR_ERR_NOMEM;
  summar_request_defaults(r);
  *out = r;
  return SUMMAR_OK;
}

SUMMAR_API void summar_request_free(summar_request *req) {
  if (!req)
    return;
  summar_allocator a = req->a;
  summar_dealloc(&a, req);
}

SUMMAR_API summar_status summar_request_set_words(summar_request *req,
                                                  size_t words) {
  if (!req)
    return SUMMAR_ERR_ARG;
  if (words == 0 || words > REQ_MAX_WORDS)
    return SUMMAR_ERR_RANGE;
  req->budget = SUMMAR_BUDGET_WORDS;
  req->words = words;
  return SUMMAR_OK;
}

SUMMAR_API summar_status summar_request_set_sentences(summar_request *req,
                                                      size_t sentences) {
  if (!req)
    return SUMMAR_ERR_ARG;
  if (sentences == 0 || sentences > REQ_MAX_SENTENCES)
    return SUMMAR_ERR_RANGE;
  req->budget = SUMMAR_BUDGET_SENTENCES;
  req->sentences = sentences;
  return SUMMAR_OK;
}

SUMMAR_API summar_status summar_request_set_ratio(summar_request *req,
                                                  double ratio) {
  if (!req)
    return SUMMAR_ERR_ARG;
  if (!(ratio > 0.0 && ratio <= 1.0)) /* also NaN */
    return SUMMAR_ERR_RANGE;
  req->budget = SUMMAR_BUDGET_RATIO;
  req->ratio = ratio;
  return SUMMAR_OK;
}

SUMMAR_API summar_status summar_request_set_paragraphs(summar_request *req,
                                                       size_t paragraphs) {
  if (!req)
    return SUMMAR_ERR_ARG;
  if (paragraphs == 0 || paragraphs > REQ_MAX_PARAGRAPHS)
    return SUMMAR_ERR_RANGE;
  req->paragraphs = paragraphs;
  return SUMMAR_OK;
}

SUMMAR_API summar_status summar_request_set_format(summar_request *req,
                                                   summar_format format) {
  if (!req)
    return SUMMAR_ERR_ARG;
  switch (format) {
  case SUMMAR_FORMAT_TEXT:
  case SUMMAR_FORMAT_MARKDOWN:
  case SUMMAR_FORMAT_HTML:
  case SUMMAR_FORMAT_JSON:
    req->format = format;
    return SUMMAR_OK;
  }
  return SUMMAR_ERR_RANGE;
}

SUMMAR_API summar_status summar_request_set_algorithm(summar_request *req,
                                                      const char *name) {
  if (!req)
    return SUMMAR_ERR_ARG;
  if (!name) {
    req->scorer = NULL;
    return SUMMAR_OK;
  }
  const summar_scorer *sc = summar_scorer_find(name);
  if (!sc)
    return SUMMAR_ERR_ALGORITHM;
  req->scorer = sc; /* registry entries are static: nothing to copy */
  return SUMMAR_OK;
}

SUMMAR_API summar_status summar_request_set_output_lang(summar_request *req,
                                                        const char *lang) {
  if (!req)
    return SUMMAR_ERR_ARG;
  if (!lang || !*lang || !strcmp(lang, "auto")) {
    req->out_lang = NULL;
    return SUMMAR_OK;
  }
  const char *code = summar_lang_canonical(lang);
  if (!code)
    return SUMMAR_ERR_LANG_UNSUPPORTED;
  req->out_lang = code;
  return SUMMAR_OK;
}

SUMMAR_API summar_status summar_request_set_keywords(summar_request *req,
                                                     size_t keywords) {
  if (!req)
    return SUMMAR_ERR_ARG;
  if (keywords > REQ_MAX_KEYWORDS)
    return SUMMAR_ERR_RANGE;
  req->keywords = keywords;
  return SUMMAR_OK;
}

SUMMAR_API summar_status summar_request_set_title(summar_request *req,
                                                  int include) {
  if (!req)
    return SUMMAR_ERR_ARG;
  req->title = include != 0;
  return SUMMAR_OK;
}

SUMMAR_API summar_status summar_request_set_fill(summar_request *req,
                                                 int fill) {
  if (!req)
    return SUMMAR_ERR_ARG;
  req->fill = fill != 0;
  return SUMMAR_OK;
}
