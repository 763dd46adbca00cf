/*
 * summary.c - a summary's accessors and its release.
 */
#include "summary.h"

#include <string.h>

SUMMAR_API void summar_summary_free(summar_summary *sum) {
  if (!sum)
    return;
  summar_allocator a = sum->a;
  summar_dealloc(&a, sum->text);
  summar_dealloc(&a, sum->picks);
  summar_dealloc(&a, sum->kw_pool);
  summar_dealloc(&a, sum->kw_off);
  summar_dealloc(&a, sum->kw_weight);
  summar_dealloc(&a, sum);
}

SUMMAR_API const char *summar_summary_text(const summar_summary *sum,
                                           size_t *len) {
  if (!sum)
    return NULL;
  if (len)
    *len = sum->len;
  return sum->text;
}

SUMMAR_API unsigned summar_summary_warnings(const summar_summary *sum) {
  return sum ? sum->warnings : 0;
}

SUMMAR_API size_t summar_summary_word_count(const summar_summary *sum) {
  return sum ? sum->words : 0;
}

SUMMAR_API size_t summar_summary_source_words(const summar_summary *sum) {
  return sum ? sum->source_words : 0;
}

SUMMAR_API size_t summar_summary_paragraph_count(const summar_summary *sum) {
  return sum ? sum->nparas : 0;
}

SUMMAR_API size_t summar_summary_sentence_count(const summar_summary *sum) {
  return sum ? sum->npicks : 0;
}

SUMMAR_API summar_status summar_summary_sentence(const summar_summary *sum,
                                                 size_t i, summar_pick *out) {
  if (!sum || !out || !SUMMAR_SIZED_OK(out, summar_pick, score))
    return SUMMAR_ERR_ARG;
  if (i >= sum->npicks)
    return SUMMAR_ERR_RANGE;
  SUMMAR_SIZED_COPY(out, &sum->picks[i]);
  return SUMMAR_OK;
}

SUMMAR_API size_t summar_summary_keyword_count(const summar_summary *sum) {
  return sum ? sum->nkeywords : 0;
}

SUMMAR_API const char *summar_summary_keyword(const summar_summary *sum,
                                              size_t i) {
  if (!sum || i >= sum->nkeywords)
    return NULL;
  return sum->kw_pool + sum->kw_off[i];
}

SUMMAR_API double summar_summary_keyword_weight(const summar_summary *sum,
                                               size_t i) {
  if (!sum || i >= sum->nkeywords)
    return 0;
  return sum->kw_weight[i];
}

SUMMAR_API summar_status summar_summary_title(const summar_summary *sum,
                                              summar_span *out) {
  if (!sum || !out || !SUMMAR_SIZED_OK(out, summar_span, flags))
    return SUMMAR_ERR_ARG;
  if (!sum->has_title)
    return SUMMAR_ERR_NOT_FOUND;
  SUMMAR_SIZED_COPY(out, &sum->title);
  return SUMMAR_OK;
}

SUMMAR_API const char *summar_summary_language(const summar_summary *sum) {
  return sum ? sum->lang : NULL;
}
