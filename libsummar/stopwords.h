/*
 * stopwords.h - built-in stopword lists (internal, not installed).
 *
 * The data lives in data/stopwords/<code>.txt; libsummar/stopwords.c is
 * generated from it at build time by tools/gen_data.py.
 */
#ifndef SUMMAR_STOPWORDS_H
#define SUMMAR_STOPWORDS_H
#include <stddef.h>
#include <stdint.h>
typedef struct summar_stoplist {
  const char *lang;            /* ISO 639-1 code, e.g. "en" */
  const char *snowball;        /* libstemmer algorithm name, e.g. "english" */
  const char *const *words;    /* normalized, sorted by memcmp order */
  size_t count;
} summar_stoplist;
/* All built-in lists, sorted by lang code; *n receives the count. Static data. */
const summar_stoplist *summar_stoplists(size_t *n);
/* The list for an ISO 639-1 code (exact, lowercase), or NULL. */
const summar_stoplist *summar_stoplist_find(const char *lang);
/* 1 if the normalized word w[0..len) is in list l (one hash lookup), else 0. l may be NULL (returns 0). */
int summar_stoplist_has(const summar_stoplist *l, const char *w, size_t len);
/* The lists holding the normalized word w[0..len), with one hash lookup:
 * bit i set when the i-th list of summar_stoplists() holds it; 0 for a
 * word of no list (or w NULL, len 0). */
uint64_t summar_stopword_langs(const char *w, size_t len);
/* The bit of list l in summar_stopword_langs() results; 0 when l is NULL
 * or not one of summar_stoplists(). */
uint64_t summar_stoplist_bit(const summar_stoplist *l);
#endif
