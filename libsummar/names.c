/*
 * names.c - readable names of the public codes: status messages, status
 * names, and the names of warning, sentence and token flag bits (as the
 * JSON output and every front end write them).
 */
#include "summar.h"

#include <stddef.h>

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
  case SUMMAR_ERR_UTF16:
    return "input looks like UTF-16, not UTF-8: convert it to UTF-8 (for "
           "example with iconv -f UTF-16 -t UTF-8)";
  }
  return "unknown status";
}

SUMMAR_API const char *summar_status_name(summar_status status) {
  switch (status) {
  case SUMMAR_OK: return "ok";
  case SUMMAR_ERR_NOMEM: return "nomem";
  case SUMMAR_ERR_ARG: return "argument";
  case SUMMAR_ERR_RANGE: return "range";
  case SUMMAR_ERR_UTF8: return "utf8";
  case SUMMAR_ERR_NUL: return "nul";
  case SUMMAR_ERR_EMPTY: return "empty";
  case SUMMAR_ERR_TOO_LARGE: return "too_large";
  case SUMMAR_ERR_LANG_UNSUPPORTED: return "lang_unsupported";
  case SUMMAR_ERR_LANG_MISMATCH: return "lang_mismatch";
  case SUMMAR_ERR_ALGORITHM: return "algorithm";
  case SUMMAR_ERR_BACKEND: return "backend";
  case SUMMAR_ERR_NOT_FOUND: return "not_found";
  case SUMMAR_ERR_UTF16: return "utf16";
  }
  return NULL;
}

SUMMAR_API unsigned summar_status_count(void) {
  return (unsigned)SUMMAR_ERR_UTF16 + 1;
}

SUMMAR_API const char *summar_warning_name(unsigned bit) {
  switch (bit) {
  case SUMMAR_WARN_SHORT_SOURCE: return "short_source";
  case SUMMAR_WARN_FEW_PARAGRAPHS: return "few_paragraphs";
  case SUMMAR_WARN_REPLACED: return "replaced";
  case SUMMAR_WARN_NOTHING_FITS: return "nothing_fits";
  case SUMMAR_WARN_LANG_GUESSED: return "lang_guessed";
  case SUMMAR_WARN_TRUNCATED: return "truncated";
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
  case SUMMAR_SENT_HEADING: return "heading";
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
