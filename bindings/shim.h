/*
 * shim.h - plain C helpers under every language binding of libsummar.
 *
 * The bindings do not wrap the C handles directly.  They wrap the objects
 * below, which own them and make misuse from a scripting language safe:
 *
 *   summar_sw_ctx      a refcounted summar_ctx; every document built with
 *                      it holds a reference, so the context outlives its
 *                      documents whatever order a garbage collector picks.
 *   summar_sw_doc      a summar_doc behind a guard: close() may be called
 *                      at any time, any number of times, even while another
 *                      thread scores or summarizes the document; the last
 *                      user frees it.  Using a closed document fails with
 *                      err->closed set instead of touching freed memory.
 *   summar_sw_request  a summar_request with a mutex: one summarize at a
 *                      time per request, as the C API asks.
 *   summar_sw_summary  a summar_summary; it copies what it needs from its
 *                      document, so it may outlive it.
 *   summar_sw_sentence, summar_sw_token, summar_sw_pick,
 *   summar_sw_embedded plain values; a token owns copies of its strings
 *                      (summar_sw_token_clear() frees them).
 *
 * Every call that can fail takes a `summar_sw_err *err` (zeroed by the
 * caller) and sets it on failure; each language turns it into its own kind
 * of error.  Results that own memory (summar_sw_bytes, _sizes, _doubles,
 * _strings) are freed with their _free function once converted.
 *
 * Every method taking an object accepts NULL (a wrapper whose construction
 * failed): it fails as if the object were closed, and _free/_close of NULL
 * do nothing.
 *
 * Nothing here depends on a scripting language; bindings/tests/test_shim.c
 * tests it from C.
 */
#ifndef SUMMAR_SHIM_H
#define SUMMAR_SHIM_H

#include <stddef.h>

#include <summar.h>

/* ---------------------------------------------------------------- errors */

/** A failure: code, whether a closed object was used, and a message. */
typedef struct summar_sw_err {
  summar_status code; /**< SUMMAR_OK when nothing failed */
  int closed;         /**< the object was closed or freed */
  char detail[200];   /**< empty: summar_strerror(code) */
} summar_sw_err;

/** Records a failure; detail NULL uses the library's message. */
void summar_sw_fail(summar_sw_err *err, summar_status code,
                    const char *detail);
/** Records the use of a closed @what ("document", "summary", ...). */
void summar_sw_fail_closed(summar_sw_err *err, const char *what);
/** The message of a failure: its detail or summar_strerror(code). */
const char *summar_sw_message(const summar_sw_err *err);

/* --------------------------------------------------------- owned results */

/** Bytes (NUL-terminated too); p NULL means "no value" (nil, None). */
typedef struct summar_sw_bytes {
  char *p;
  size_t n;
} summar_sw_bytes;

/** A list of sizes. */
typedef struct summar_sw_sizes {
  size_t *v;
  size_t n;
} summar_sw_sizes;

/** A list of doubles. */
typedef struct summar_sw_doubles {
  double *v;
  size_t n;
} summar_sw_doubles;

/** A list of NUL-terminated strings. */
typedef struct summar_sw_strings {
  char **v;
  size_t n;
} summar_sw_strings;

void summar_sw_bytes_free(summar_sw_bytes *b);
void summar_sw_sizes_free(summar_sw_sizes *s);
void summar_sw_doubles_free(summar_sw_doubles *d);
void summar_sw_strings_free(summar_sw_strings *s);

/* ------------------------------------------------------------ value types */

/** A sentence of a document. */
typedef struct summar_sw_sentence {
  size_t index, start, end, block;
  unsigned flags;
} summar_sw_sentence;

/** A token of a document; norm and stem are owned copies. */
typedef struct summar_sw_token {
  size_t index, start, end, sentence;
  unsigned flags;
  char *norm;
  char *stem;
} summar_sw_token;

/** Frees a token's strings (not the token itself). */
void summar_sw_token_clear(summar_sw_token *t);

/** A chosen sentence of a summary. */
typedef struct summar_sw_pick {
  size_t sentence, start, end, paragraph, words;
  double score;
  int truncated; /* 1: only its first words, up to end, were kept */
} summar_sw_pick;

/** The instruction written in a text; lang is static storage or NULL. */
typedef struct summar_sw_embedded {
  size_t words, paragraphs;
  const char *lang;
} summar_sw_embedded;

/* --------------------------------------------------------------- handles */

typedef struct summar_sw_ctx summar_sw_ctx;
typedef struct summar_sw_doc summar_sw_doc;
typedef struct summar_sw_request summar_sw_request;
typedef struct summar_sw_summary summar_sw_summary;

/** A context; max_input the largest input in bytes (0: default).
 * Returns NULL with *err set on failure. */
summar_sw_ctx *summar_shim_ctx_new(summar_sw_err *err, size_t max_input);
/** Drops one reference (the caller's); the last one frees. NULL: no-op. */
void summar_shim_ctx_unref(summar_sw_ctx *c);
/** The largest input in bytes a document of @c may have. */
size_t summar_shim_ctx_max_input(const summar_sw_ctx *c);

/** A request with the library's defaults, or NULL with *err set. */
summar_sw_request *summar_shim_request_new(summar_sw_err *err);
/** Frees the request once no call uses it.  NULL: no-op. */
void summar_shim_request_free(summar_sw_request *r);
/* The setters of summar.h; errors are theirs.  A NULL string restores the
 * default (algorithm "default", output language of the source).  Strings
 * come as (pointer, length) of a NUL-terminated string, so that an
 * embedded NUL byte is seen and refused (SUMMAR_ERR_ARG). */
void summar_shim_request_set_words(summar_sw_request *r, summar_sw_err *err,
                                 size_t words);
void summar_shim_request_set_sentences(summar_sw_request *r,
                                     summar_sw_err *err, size_t sentences);
void summar_shim_request_set_ratio(summar_sw_request *r, summar_sw_err *err,
                                 double ratio);
void summar_shim_request_set_paragraphs(summar_sw_request *r,
                                      summar_sw_err *err, size_t paragraphs);
void summar_shim_request_set_format(summar_sw_request *r, summar_sw_err *err,
                                  size_t format);
void summar_shim_request_set_algorithm(summar_sw_request *r,
                                     summar_sw_err *err, const char *tag,
                                     size_t tag_len);
void summar_shim_request_set_output_lang(summar_sw_request *r,
                                       summar_sw_err *err, const char *tag,
                                       size_t tag_len);
void summar_shim_request_set_keywords(summar_sw_request *r, summar_sw_err *err,
                                    size_t keywords);
void summar_shim_request_set_title(summar_sw_request *r, summar_sw_err *err,
                                 int include);
/** summar_request_set_fill(): complete a word budget with a cut sentence. */
void summar_shim_request_set_fill(summar_sw_request *r, summar_sw_err *err,
                                  int fill);
/** The format named "text", "markdown" (or "md"), "html" or "json" into
 * *out; SUMMAR_ERR_ARG with a message naming the choices otherwise. */
int summar_sw_format_from_name(summar_sw_err *err, const char *name,
                               size_t *out);

/** Analyses text[0..len) with @ctx; lang (tag, tag_len) NULL detects;
 * flags SUMMAR_DOC_*.  Returns NULL with *err set on failure. */
summar_sw_doc *summar_shim_doc_new(summar_sw_err *err, summar_sw_ctx *ctx,
                                 const char *text, size_t len,
                                 const char *tag, size_t tag_len,
                                 unsigned flags);
/** Frees the document once no call uses it.  NULL: no-op. */
void summar_shim_doc_free(summar_sw_doc *d);
/** Closes the document: it is freed once no call uses it, later calls
 * fail with err->closed.  Idempotent. */
void summar_shim_doc_close(summar_sw_doc *d);
int summar_shim_doc_closed(summar_sw_doc *d);
/** A copy of the document text. */
summar_sw_bytes summar_shim_doc_text(summar_sw_doc *d, summar_sw_err *err);
/** The language (static storage), or NULL with *err set. */
const char *summar_shim_doc_language(summar_sw_doc *d, summar_sw_err *err);
unsigned summar_shim_doc_warnings(summar_sw_doc *d, summar_sw_err *err);
size_t summar_shim_doc_content_words(summar_sw_doc *d, summar_sw_err *err);
size_t summar_shim_doc_sentence_count(summar_sw_doc *d, summar_sw_err *err);
size_t summar_shim_doc_token_count(summar_sw_doc *d, summar_sw_err *err);
summar_sw_sentence summar_shim_doc_sentence(summar_sw_doc *d,
                                          summar_sw_err *err, size_t i);
/** The headline; its index is SIZE_MAX when it is not a sentence. */
summar_sw_sentence summar_shim_doc_title(summar_sw_doc *d, summar_sw_err *err);
summar_sw_token summar_shim_doc_token(summar_sw_doc *d, summar_sw_err *err,
                                    size_t i);
/** Every sentence: start, end, block, flags, ... (4 values each). */
summar_sw_sizes summar_shim_doc_sentence_table(summar_sw_doc *d,
                                             summar_sw_err *err);
/** Every token: start, end, sentence, flags, ... (4 values each). */
summar_sw_sizes summar_shim_doc_token_table(summar_sw_doc *d,
                                          summar_sw_err *err);
/** Every token's normalized form. */
summar_sw_strings summar_shim_doc_token_norms(summar_sw_doc *d,
                                            summar_sw_err *err);
/** Every token's stem. */
summar_sw_strings summar_shim_doc_token_stems(summar_sw_doc *d,
                                            summar_sw_err *err);
summar_sw_embedded summar_shim_doc_embedded_request(summar_sw_doc *d,
                                                  summar_sw_err *err);
/** One score per sentence; algorithm (tag, tag_len) NULL: "default". */
summar_sw_doubles summar_shim_doc_score(summar_sw_doc *d, summar_sw_err *err,
                                      const char *tag, size_t tag_len);
/** Summarizes with @r (NULL: defaults); NULL with *err set on failure. */
summar_sw_summary *summar_shim_doc_summarize(summar_sw_doc *d,
                                           summar_sw_err *err,
                                           summar_sw_request *r);

/** Frees the summary once no call uses it.  NULL: no-op. */
void summar_shim_summary_free(summar_sw_summary *s);
/** As summar_shim_doc_close(). */
void summar_shim_summary_close(summar_sw_summary *s);
int summar_shim_summary_closed(summar_sw_summary *s);
/** A copy of the rendered summary. */
summar_sw_bytes summar_shim_summary_text(summar_sw_summary *s,
                                       summar_sw_err *err);
unsigned summar_shim_summary_warnings(summar_sw_summary *s, summar_sw_err *err);
size_t summar_shim_summary_word_count(summar_sw_summary *s, summar_sw_err *err);
size_t summar_shim_summary_source_words(summar_sw_summary *s,
                                      summar_sw_err *err);
size_t summar_shim_summary_paragraph_count(summar_sw_summary *s,
                                         summar_sw_err *err);
size_t summar_shim_summary_sentence_count(summar_sw_summary *s,
                                        summar_sw_err *err);
size_t summar_shim_summary_keyword_count(summar_sw_summary *s,
                                       summar_sw_err *err);
/** A copy of the i-th keyword; SUMMAR_ERR_RANGE past the end. */
summar_sw_bytes summar_shim_summary_keyword(summar_sw_summary *s,
                                          summar_sw_err *err, size_t i);
/** The i-th keyword's weight (summar_summary_keyword_weight());
 * SUMMAR_ERR_RANGE past the end. */
double summar_shim_summary_keyword_weight(summar_sw_summary *s,
                                          summar_sw_err *err, size_t i);
summar_sw_pick summar_shim_summary_sentence(summar_sw_summary *s,
                                          summar_sw_err *err, size_t i);
/** {start, end}: the printed headline's bytes in the document text
 * (summar_summary_title()); SUMMAR_ERR_NOT_FOUND when none is printed. */
summar_sw_sizes summar_shim_summary_title(summar_sw_summary *s,
                                          summar_sw_err *err);
/** The source language (static storage), or NULL with *err set. */
const char *summar_shim_summary_language(summar_sw_summary *s,
                                       summar_sw_err *err);

/* --------------------------------------------------------------- batches */

typedef struct summar_sw_batch summar_sw_batch;

/** Summarizes ntexts texts with summar_summarize_batch() on @jobs threads
 * (0: every CPU): each built with @ctx, lang (tag, tag_len; NULL detects)
 * and flags SUMMAR_DOC_*, summarized with @r (NULL: defaults; held for the
 * call).  The texts are only read during the call.  Returns the results,
 * or NULL with *err set when the batch could not run at all. */
summar_sw_batch *summar_shim_batch_new(summar_sw_err *err, summar_sw_ctx *ctx,
                                       const char *const *texts,
                                       const size_t *text_lens, size_t ntexts,
                                       const char *tag, size_t tag_len,
                                       unsigned flags, summar_sw_request *r,
                                       unsigned jobs);
/** Number of items (0 for NULL). */
size_t summar_shim_batch_count(const summar_sw_batch *b);
/** The i-th item's status; SUMMAR_ERR_RANGE past the end. */
int summar_shim_batch_status(const summar_sw_batch *b, size_t i);
/** The i-th item's summary, handed to the caller (a second take fails);
 * NULL with *err set to the item's failure. */
summar_sw_summary *summar_shim_batch_take(summar_sw_batch *b,
                                          summar_sw_err *err, size_t i);
/** Frees the results and the summaries not taken.  NULL: no-op. */
void summar_shim_batch_free(summar_sw_batch *b);

/* ------------------------------------------------------------- functions */

/** {status, offset}: status SUMMAR_OK, ERR_UTF8 or ERR_NUL, and the offset
 * of the first bad byte (the length when valid). */
summar_sw_sizes summar_sw_utf8_check(summar_sw_err *err, const char *text,
                                     size_t len);
/** summar_quick(): lang (tag, tag_len) NULL detects. */
summar_sw_bytes summar_sw_quick(summar_sw_err *err, const char *text,
                                size_t len, const char *tag, size_t tag_len,
                                size_t words, size_t paragraphs);
/** summar_rouge_score() as one list: recall, precision, f1 of ROUGE-1,
 * then of ROUGE-2, then of ROUGE-L. */
summar_sw_doubles summar_sw_rouge_score(summar_sw_err *err, const char *text,
                                        size_t len, const char *const *refs,
                                        const size_t *ref_lens, size_t nrefs,
                                        const char *tag, size_t tag_len,
                                        size_t cut_words);

#endif /* SUMMAR_SHIM_H */
