/*
 * summar.c - version, summar_free() and the one-call convenience.
 */
#include "base.h"

#include <stdlib.h>

SUMMAR_API const char *summar_version(void) { return SUMMAR_VERSION_STRING; }

SUMMAR_API unsigned summar_version_number(void) {
  return SUMMAR_VERSION_NUMBER;
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
