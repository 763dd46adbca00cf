/*
 * tokenize.h - word tokens, normalization, stems and stopword flags
 * (tokenize.c, normalize.c).
 * Internal, not installed.
 */
#ifndef SUMMAR_TOKENIZE_H
#define SUMMAR_TOKENIZE_H

#include "base.h"

typedef struct summar_tokenizer summar_tokenizer;
/* Word tokenizer + normalizer + stemmer + stopwords for `lang` (any ISO
 * code; stemming and stopwords only where built in).  Not thread-safe: one
 * per thread. */
summar_status summar_tokenizer_new(const summar_allocator *a,
                                   const char *lang, summar_tokenizer **out);
void summar_tokenizer_free(summar_tokenizer *tk);

/* One word token as produced by summar_tokenize(). */
typedef struct summar_rawtok {
  size_t start, end; /* bytes in the text */
  unsigned flags;    /* SUMMAR_TOKEN_* */
  const char *norm;  /* normalized form, NUL-terminated */
  size_t norm_len;
  const char *stem;  /* stem of norm, NUL-terminated; NULL when deferred */
  size_t stem_len;
  const char *term;  /* what scorers match: the stem, or in English the
                        norm with its plural folded; NUL-terminated */
  size_t term_len;
} summar_rawtok;

/* Called once per word token (letter or number tokens only; punctuation
 * and spaces are skipped).  The strings are valid only during the call.
 * Return nonzero to stop with SUMMAR_ERR_NOMEM (the callback's own
 * allocation failed). */
typedef int (*summar_token_cb)(void *ud, const summar_rawtok *tok);
summar_status summar_tokenize(summar_tokenizer *tk, const char *text,
                              size_t start, size_t end, summar_token_cb cb,
                              void *ud);

/* Stops computing stems where they are not the term forms (English,
 * whose terms fold plurals only): the tokens reported from then on have
 * stem NULL (stem_len 0), their terms unchanged; summar_tokenizer_word()
 * of a tokenizer that keeps stems gives them.  Call before the first
 * summar_tokenize().  Returns 1 when stems are deferred, 0 when the
 * tokenizer keeps them (the terms are stems, or no stemmer). */
int summar_tokenizer_defer_stems(summar_tokenizer *tk);

/* The token text[start,end) as summar_tokenize() reports a token with the
 * letter/number bits of `flags` there (other bits are ignored): *out,
 * its strings valid until the next call; out->norm_len is 0 for ignorable
 * code points only.  Errors: SUMMAR_ERR_ARG, SUMMAR_ERR_NOMEM. */
summar_status summar_tokenizer_word(summar_tokenizer *tk, const char *text,
                                    size_t start, size_t end, unsigned flags,
                                    summar_rawtok *out);

/* Normalizes s[0..len) for matching: NFKC, case fold; Arabic: tashkeel
 * and tatweel removed, alef variants -> ا, ى -> ي, ة -> ه, ؤ -> و, ئ -> ي.
 * Appends to out (no NUL counted in len). */
summar_status summar_normalize(const char *s, size_t len, summar_buf *out);

#endif /* SUMMAR_TOKENIZE_H */
