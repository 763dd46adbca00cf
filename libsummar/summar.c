/*
 * summar.c - version, status messages, names of flag bits, and the
 * one-call convenience.
 */
#include "internal.h"

#include <stdlib.h>

SUMMAR_API const char *summar_version(void) { return SUMMAR_VERSION_STRING; }

SUMMAR_API unsigned summar_version_number(void) {
  return SUMMAR_VERSION_NUMBER;
}

SUMMAR_API const char *summar_strerror(summar_status status) {
  switch (status) {
  case SUMMAR_OK: return "success";
  case SUMMAR_ERR_NOMEM: return "out of memory";
  case SUMMAR_ERR_ARG: return "invalid argument";
  case SUMMAR_ERR_RANGE: return "value out of range";
  case SUMMAR_ERR_UTF8: return "input is not valid UTF-8";
  case SUMMAR_ERR_NUL: return "input contains a NUL byte";
  case SUMMAR_ERR_EMPTY: return "input holds no text to summarize";
  case SUMMAR_ERR_TOO_LARGE: return "input exceeds the size limit";
  case SUMMAR_ERR_LANG_UNSUPPORTED: return "unknown or unsupported language";
  case SUMMAR_ERR_LANG_MISMATCH:
    return "output language differs from the source language: translation "
           "is not supported";
  case SUMMAR_ERR_ALGORITHM: return "unknown scoring algorithm";
  case SUMMAR_ERR_BACKEND: return "a text-processing backend (ICU, utf8proc "
                                  "or the stemmer) failed";
  case SUMMAR_ERR_NOT_FOUND: return "not found";
  }
  return "unknown status";
}

SUMMAR_API unsigned summar_status_count(void) {
  return (unsigned)SUMMAR_ERR_NOT_FOUND + 1;
}

SUMMAR_API const char *summar_warning_name(unsigned bit) {
  switch (bit) {
  case SUMMAR_WARN_SHORT_SOURCE: return "short_source";
  case SUMMAR_WARN_FEW_PARAGRAPHS: return "few_paragraphs";
  case SUMMAR_WARN_REPLACED: return "replaced";
  case SUMMAR_WARN_NOTHING_FITS: return "nothing_fits";
  case SUMMAR_WARN_LANG_GUESSED: return "lang_guessed";
  default: return NULL;
  }
}

SUMMAR_API const char *summar_sentence_flag_name(unsigned bit) {
  switch (bit) {
  case SUMMAR_SENT_TITLE: return "title";
  case SUMMAR_SENT_JUNK: return "junk";
  case SUMMAR_SENT_CODE: return "code";
  case SUMMAR_SENT_FOREIGN: return "foreign";
  case SUMMAR_SENT_DUPLICATE: return "duplicate";
  case SUMMAR_SENT_REQUEST: return "request";
  case SUMMAR_SENT_PARA_START: return "para_start";
  default: return NULL;
  }
}

SUMMAR_API const char *summar_token_flag_name(unsigned bit) {
  switch (bit) {
  case SUMMAR_TOKEN_STOPWORD: return "stopword";
  case SUMMAR_TOKEN_NUMBER: return "number";
  case SUMMAR_TOKEN_LETTERS: return "letters";
  default: return NULL;
  }
}

SUMMAR_API void summar_free(void *p) { free(p); }

SUMMAR_API summar_status summar_quick(const char *text, size_t len,
                                      const char *lang, size_t words,
                                      size_t paragraphs, char **out) {
  if (!out)
    return SUMMAR_ERR_ARG;
  *out = NULL;
  summar_ctx *ctx = NULL;
  summar_doc *doc = NULL;
  summar_request *req = NULL;
  summar_summary *sum = NULL;
  summar_status st = summar_ctx_new(NULL, &ctx);
  if (st == SUMMAR_OK)
    st = summar_doc_new(ctx, text, len, lang, 0, &doc);
  if (st == SUMMAR_OK)
    st = summar_request_new(&req);
  if (st == SUMMAR_OK && words)
    st = summar_request_set_words(req, words);
  if (st == SUMMAR_OK && paragraphs)
    st = summar_request_set_paragraphs(req, paragraphs);
  if (st == SUMMAR_OK)
    st = summar_summarize(doc, req, &sum);
  if (st == SUMMAR_OK) {
    size_t n;
    const char *s = summar_summary_text(sum, &n);
    /* Returned with malloc so that summar_free() releases it. */
    *out = malloc(n + 1);
    if (*out) {
      for (size_t i = 0; i <= n; i++)
        (*out)[i] = s[i];
    } else {
      st = SUMMAR_ERR_NOMEM;
    }
  }
  summar_summary_free(sum);
  summar_request_free(req);
  summar_doc_free(doc);
  summar_ctx_free(ctx);
  return st;
}
