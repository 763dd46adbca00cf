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

/* The number of words a tokenizer keeps with each distinct token form
 * for its caller (summar_rawtok.form_data). */
#define SUMMAR_FORM_WORDS 4

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
  uint32_t form; /* 0, or the number (1, 2...) of this token's distinct
                    form in its tokenizer: tokens of one number have the
                    same flags, norm, stem and term */
  uint32_t *form_data; /* NULL when form is 0, else SUMMAR_FORM_WORDS
                          words of this form for the caller: 0 at the
                          form's first token, then as the caller left
                          them; valid until the tokenizer's next call */
} summar_rawtok;

/* Called once per word token (letter or number tokens only; punctuation
 * and spaces are skipped).  The strings are valid only during the call.
 * Return nonzero to stop with SUMMAR_ERR_NOMEM (the callback's own
 * allocation failed). */
typedef int (*summar_token_cb)(void *ud, const summar_rawtok *tok);
summar_status summar_tokenize(summar_tokenizer *tk, const char *text,
                              size_t start, size_t end, summar_token_cb cb,
                              void *ud);

/* Stops computing stems where no term form needs them: every stem in
 * English (whose terms fold plurals only), the stems of stopwords
 * elsewhere (a stopword is no content term).  The tokens reported from
 * then on have stem NULL (stem_len 0) there, their terms unchanged (a
 * stopword's term is then its norm, as nothing reads it);
 * summar_tokenizer_word() of a tokenizer that keeps stems gives them.
 * Call before the first summar_tokenize().  Returns 1 when stems are
 * deferred, 0 when the tokenizer keeps them all (no stemmer, or no
 * stopword list). */
int summar_tokenizer_defer_stems(summar_tokenizer *tk);

/* Whether summar_tokenize() takes word boundaries from the rule-based
 * path (wordbreak.c) where it can: on (`on` nonzero) by default when that
 * path segments as this tokenizer's ICU iterator does; off, every run
 * goes through ICU (the two give the same tokens: a switch for tests and
 * measurements).  Returns whether the path is used from now on. */
int summar_tokenizer_fast(summar_tokenizer *tk, int on);

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

/* Letter / digit flags (SUMMAR_TOKEN_LETTERS, SUMMAR_TOKEN_NUMBER) of the
 * UTF-8 text[s,e) (wordbreak.c). */
unsigned summar_word_flags(const char *text, size_t s, size_t e);

/* The rule-based word segmenter (wordbreak.c): its class of each ASCII
 * byte. */
typedef struct summar_wb {
  unsigned char ascii[128];
} summar_wb;
/* One word segment: bytes from the start of the run, and its
 * summar_word_flags() (never 0). */
typedef struct summar_wb_seg {
  uint32_t s, e;
  unsigned flags;
} summar_wb_seg;
/* Sets the classes; `colon_mid`: the colon joins letters ("a:b"). */
void summar_wb_init(summar_wb *w, int colon_mid);
/* The word segments of the valid UTF-8 text[start,end) (at most
 * INT32_MAX bytes), the ones ICU's word BreakIterator gives where the
 * classes hold, into (*segs)[0..*n), grown with `a` (*cap its capacity,
 * the caller's to free).  Returns 0; 1 when the run needs ICU (nothing
 * to use in *segs); -1 when out of memory. */
int summar_wb_words(const summar_wb *w, const summar_allocator *a,
                    const char *text, size_t start, size_t end,
                    summar_wb_seg **segs, size_t *n, size_t *cap);

/* The Snowball Arabic stemmer on code points (stem_ar.c): libstemmer's
 * "arabic" algorithm without its UTF-8 walks and table searches.  The state
 * holds its buffers, reused from word to word; not thread-safe. */
typedef struct summar_stemmer_ar {
  const summar_allocator *a;
  uint32_t *w; /* the word's code points */
  char *out;   /* its stem */
  size_t cap;  /* of both, in elements */
} summar_stemmer_ar;
void summar_stem_ar_init(summar_stemmer_ar *s, const summar_allocator *a);
void summar_stem_ar_free(summar_stemmer_ar *s);
/* The stem of the UTF-8 word in[0..len) (UTF-8, NUL-terminated, its length
 * in *out_len; valid until the next call), or NULL when out of memory.
 * Bytes of invalid sequences are kept as they are and match no rule. */
const char *summar_stem_ar(summar_stemmer_ar *s, const char *in, size_t len,
                           size_t *out_len);

#endif /* SUMMAR_TOKENIZE_H */
