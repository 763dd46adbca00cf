/*
 * fuzz_check.h - invariants shared by the fuzz targets.  A broken invariant
 * aborts, so libFuzzer (or the corpus replay) reports it as a crash.
 */
#ifndef FUZZ_CHECK_H
#define FUZZ_CHECK_H

#include <summar.h>

#include <stdlib.h>
#include <string.h>

/* Aborts unless cond holds. */
#define FUZZ_ASSERT(cond)                                                      \
  do {                                                                         \
    if (!(cond))                                                               \
      abort();                                                                 \
  } while (0)

/* s[0..n) is valid UTF-8 without NUL bytes. */
static inline void fuzz_check_utf8(const char *s, size_t n) {
  FUZZ_ASSERT(s || n == 0);
  FUZZ_ASSERT(summar_utf8_check(s, n, NULL) == SUMMAR_OK);
}

/* A NUL-terminated string that is valid UTF-8. */
static inline void fuzz_check_cstr(const char *s) {
  FUZZ_ASSERT(s != NULL);
  fuzz_check_utf8(s, strlen(s));
}

/* The budget of a request, as the fuzz targets set it: at most one of
   words, sentences and ratio is non-zero (all zero: the default ratio). */
typedef struct fuzz_budget {
  size_t words, sentences;
  double ratio;
} fuzz_budget;

/* The most words a summary may hold under @b for a source of
   @content_words words of content whose longest sentence has @longest
   words (SIZE_MAX: no word limit).  A ratio budget is at least the words
   of the best sentence, which @longest bounds. */
static inline size_t fuzz_word_limit(const fuzz_budget *b,
                                     size_t content_words, size_t longest) {
  if (b->words)
    return b->words;
  if (b->sentences)
    return (size_t)-1;
  double r = b->ratio > 0 ? b->ratio : 0.2;
  double w = (double)content_words * r + 0.5;
  size_t lim = (size_t)w;
  if (lim < 1)
    lim = 1;
  return lim < longest ? longest : lim;
}

/* The words of the longest sentence of @doc. */
static inline size_t fuzz_longest_sentence(const summar_doc *doc) {
  size_t dlen = 0, longest = 0;
  const char *dt = summar_doc_text(doc, &dlen);
  for (size_t i = 0; i < summar_doc_sentence_count(doc); i++) {
    summar_span sp = {sizeof sp, 0, 0, 0, 0};
    if (summar_doc_sentence(doc, i, &sp) != SUMMAR_OK)
      continue;
    size_t w = summar_word_count(dt + sp.start, sp.end - sp.start);
    if (w > longest)
      longest = w;
  }
  return longest;
}

#endif /* FUZZ_CHECK_H */
