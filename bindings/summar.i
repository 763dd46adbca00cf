/*
 * summar.i - the language-neutral SWIG interface of libsummar.
 *
 * It declares the objects of shim.h (Context, Document, Request, Summary
 * and the value types Sentence, Token, Pick, EmbeddedRequest) and the
 * functions above them.  It holds no code of its own and no typemap of any
 * one language: SWIG is run on a language's typemap file (python.i, lua.i,
 * php.i), which sets the module name, defines the typemaps listed below and
 * then includes this file.
 *
 * What a language file defines (each is used by the declarations here):
 *   %typemap(argout) summar_sw_err *err
 *       turn a failure (err->code != SUMMAR_OK) into the language's error;
 *       err->closed marks the use of a closed object; the message is
 *       summar_sw_message(err).
 *   %typemap(in) (const char *text, size_t len)
 *       a string, used in place, embedded NUL bytes included.
 *   %typemap(in) (const char *tag, size_t tag_len)
 *       the same, or nil/None/null for NULL (tag_len 0).
 *   %typemap(in) (const char *const *refs, const size_t *ref_lens,
 *                 size_t nrefs)
 *       a list of strings.
 *   %typemap(out) summar_sw_bytes, summar_sw_sizes, summar_sw_doubles,
 *                 summar_sw_strings
 *       a string (or nil/None/null when .p is NULL), lists of integers,
 *       floats and strings; each frees the result with its _free function.
 *   %typemap(check) SWIGTYPE *self
 *       a method called on a freed object fails instead of crashing.
 * and the names, as macros: SUMMAR_SW_NAME(n) for functions,
 * SUMMAR_SW_CLASS(n) for classes, SUMMAR_SW_CONST(n) for constants (Python
 * and Lua keep n; PHP, where they are global, prefixes them).  It then
 * defines SUMMAR_SW_TYPEMAPS and includes this file.
 *
 * Fallible calls take a hidden `summar_sw_err *err` (in typemap below),
 * zeroed for each call.
 */
#ifndef SUMMAR_SW_TYPEMAPS
#error "run SWIG on a language's typemap file (python.i, lua.i, php.i), not on summar.i"
#endif

%{
#include <string.h>

#include "shim.h"
%}

%typemap(in, numinputs=0) summar_sw_err *err (summar_sw_err tmp) {
  memset(&tmp, 0, sizeof tmp);
  $1 = &tmp;
}

/* Lists of texts. */
%apply (const char *const *refs, const size_t *ref_lens, size_t nrefs) {
  (const char *const *texts, const size_t *text_lens, size_t ntexts)
};

/* Optional strings, named after what they are (errors name them). */
%apply (const char *tag, size_t tag_len) {
  (const char *lang, size_t lang_len),
  (const char *output_lang, size_t output_lang_len),
  (const char *algorithm, size_t algorithm_len),
  (const char *format, size_t format_len)
};

/* ----------------------------------------------------------- constants */

%constant int SUMMAR_SW_CONST(OK) = SUMMAR_OK;
%constant int SUMMAR_SW_CONST(ERR_NOMEM) = SUMMAR_ERR_NOMEM;
%constant int SUMMAR_SW_CONST(ERR_ARG) = SUMMAR_ERR_ARG;
%constant int SUMMAR_SW_CONST(ERR_RANGE) = SUMMAR_ERR_RANGE;
%constant int SUMMAR_SW_CONST(ERR_UTF8) = SUMMAR_ERR_UTF8;
%constant int SUMMAR_SW_CONST(ERR_NUL) = SUMMAR_ERR_NUL;
%constant int SUMMAR_SW_CONST(ERR_EMPTY) = SUMMAR_ERR_EMPTY;
%constant int SUMMAR_SW_CONST(ERR_TOO_LARGE) = SUMMAR_ERR_TOO_LARGE;
%constant int SUMMAR_SW_CONST(ERR_LANG_UNSUPPORTED) = SUMMAR_ERR_LANG_UNSUPPORTED;
%constant int SUMMAR_SW_CONST(ERR_LANG_MISMATCH) = SUMMAR_ERR_LANG_MISMATCH;
%constant int SUMMAR_SW_CONST(ERR_ALGORITHM) = SUMMAR_ERR_ALGORITHM;
%constant int SUMMAR_SW_CONST(ERR_BACKEND) = SUMMAR_ERR_BACKEND;
%constant int SUMMAR_SW_CONST(ERR_NOT_FOUND) = SUMMAR_ERR_NOT_FOUND;

%constant int SUMMAR_SW_CONST(FORMAT_TEXT) = SUMMAR_FORMAT_TEXT;
%constant int SUMMAR_SW_CONST(FORMAT_MARKDOWN) = SUMMAR_FORMAT_MARKDOWN;
%constant int SUMMAR_SW_CONST(FORMAT_HTML) = SUMMAR_FORMAT_HTML;
%constant int SUMMAR_SW_CONST(FORMAT_JSON) = SUMMAR_FORMAT_JSON;

%constant unsigned SUMMAR_SW_CONST(WARN_SHORT_SOURCE) = SUMMAR_WARN_SHORT_SOURCE;
%constant unsigned SUMMAR_SW_CONST(WARN_FEW_PARAGRAPHS) = SUMMAR_WARN_FEW_PARAGRAPHS;
%constant unsigned SUMMAR_SW_CONST(WARN_REPLACED) = SUMMAR_WARN_REPLACED;
%constant unsigned SUMMAR_SW_CONST(WARN_NOTHING_FITS) = SUMMAR_WARN_NOTHING_FITS;
%constant unsigned SUMMAR_SW_CONST(WARN_LANG_GUESSED) = SUMMAR_WARN_LANG_GUESSED;

%constant unsigned SUMMAR_SW_CONST(DOC_REPLACE_INVALID) = SUMMAR_DOC_REPLACE_INVALID;
%constant unsigned SUMMAR_SW_CONST(DOC_NO_CLEAN) = SUMMAR_DOC_NO_CLEAN;
%constant unsigned SUMMAR_SW_CONST(DOC_HTML) = SUMMAR_DOC_HTML;

%constant unsigned SUMMAR_SW_CONST(SENT_TITLE) = SUMMAR_SENT_TITLE;
%constant unsigned SUMMAR_SW_CONST(SENT_JUNK) = SUMMAR_SENT_JUNK;
%constant unsigned SUMMAR_SW_CONST(SENT_CODE) = SUMMAR_SENT_CODE;
%constant unsigned SUMMAR_SW_CONST(SENT_FOREIGN) = SUMMAR_SENT_FOREIGN;
%constant unsigned SUMMAR_SW_CONST(SENT_DUPLICATE) = SUMMAR_SENT_DUPLICATE;
%constant unsigned SUMMAR_SW_CONST(SENT_REQUEST) = SUMMAR_SENT_REQUEST;
%constant unsigned SUMMAR_SW_CONST(SENT_HEADING) = SUMMAR_SENT_HEADING;
%constant unsigned SUMMAR_SW_CONST(SENT_PARA_START) = SUMMAR_SENT_PARA_START;
%constant unsigned SUMMAR_SW_CONST(SENT_DROP) = SUMMAR_SENT_DROP;

%constant unsigned SUMMAR_SW_CONST(TOKEN_STOPWORD) = SUMMAR_TOKEN_STOPWORD;
%constant unsigned SUMMAR_SW_CONST(TOKEN_NUMBER) = SUMMAR_TOKEN_NUMBER;
%constant unsigned SUMMAR_SW_CONST(TOKEN_LETTERS) = SUMMAR_TOKEN_LETTERS;

%constant int SUMMAR_SW_CONST(VERSION_MAJOR) = SUMMAR_VERSION_MAJOR;
%constant int SUMMAR_SW_CONST(VERSION_MINOR) = SUMMAR_VERSION_MINOR;
%constant int SUMMAR_SW_CONST(VERSION_PATCH) = SUMMAR_VERSION_PATCH;
/* The version of docs/summary.schema.json the summaries follow. */
%constant int SUMMAR_SW_CONST(JSON_SCHEMA) = SUMMAR_JSON_SCHEMA;

/* ------------------------------------------------------------ functions */

/* The library's runtime version, "MAJOR.MINOR.PATCH". */
%rename(SUMMAR_SW_NAME(version)) summar_version;
const char *summar_version(void);
/* The runtime version as 0xMMmmpp. */
%rename(SUMMAR_SW_NAME(version_number)) summar_version_number;
unsigned summar_version_number(void);
/* A readable message for a status code. */
%rename(SUMMAR_SW_NAME(strerror)) summar_strerror;
const char *summar_strerror(int code);
/* Words in text, counted as a word processor does. */
%rename(SUMMAR_SW_NAME(word_count)) summar_word_count;
size_t summar_word_count(const char *text, size_t len);
/* The number of status codes: every code lies in [0, status_count()). */
%rename(SUMMAR_SW_NAME(status_count)) summar_status_count;
unsigned summar_status_count(void);
/* The stable name of a status code ("empty"), or nil/None. */
%rename(SUMMAR_SW_NAME(status_name)) summar_status_name;
const char *summar_status_name(int code);
/* The name of one WARN_* bit ("short_source"), or nil/None. */
%rename(SUMMAR_SW_NAME(warning_name)) summar_warning_name;
const char *summar_warning_name(unsigned bit);
/* The name of one SENT_* bit ("title"), or nil/None. */
%rename(SUMMAR_SW_NAME(sentence_flag_name)) summar_sentence_flag_name;
const char *summar_sentence_flag_name(unsigned bit);
/* The name of one TOKEN_* bit ("stopword"), or nil/None. */
%rename(SUMMAR_SW_NAME(token_flag_name)) summar_token_flag_name;
const char *summar_token_flag_name(unsigned bit);
/* The i-th language with built-in stopwords and stemming (its ISO 639-1
 * code), or nil/None past the end. */
%rename(SUMMAR_SW_NAME(language_code)) summar_language_code;
const char *summar_language_code(size_t i);
/* The i-th scoring algorithm's name, or nil/None past the end. */
%rename(SUMMAR_SW_NAME(algorithm_name)) summar_algorithm_name;
const char *summar_algorithm_name(size_t i);
/* The i-th scoring algorithm's description, or nil/None past the end. */
%rename(SUMMAR_SW_NAME(algorithm_description)) summar_algorithm_description;
const char *summar_algorithm_description(size_t i);

/* 1 when text obviously is HTML (a doctype, <html>, <body>, or a common
 * tag with a closing tag at the start), else 0. */
%rename(SUMMAR_SW_NAME(looks_like_html)) summar_looks_like_html;
int summar_looks_like_html(const char *text, size_t len);

/* {status, offset}: status OK, ERR_UTF8 or ERR_NUL, and the offset of the
 * first bad byte (the length when valid). */
%rename(SUMMAR_SW_NAME(utf8_check)) summar_sw_utf8_check;
summar_sw_sizes summar_sw_utf8_check(summar_sw_err *err, const char *text,
                                     size_t len);
/* summar_quick(): lang nil/None detects; words and paragraphs 0 for the
 * defaults. */
%rename(SUMMAR_SW_NAME(quick)) summar_sw_quick;
summar_sw_bytes summar_sw_quick(summar_sw_err *err, const char *text,
                                size_t len, const char *lang, size_t lang_len,
                                size_t words, size_t paragraphs);
/* summar_rouge_score() as one flat list: recall, precision, f1 of
 * ROUGE-1, then of ROUGE-2, then of ROUGE-L (lang nil/None: no stemming;
 * cut_words 0: no cut). */
%rename(SUMMAR_SW_NAME(rouge_score)) summar_sw_rouge_score;
summar_sw_doubles summar_sw_rouge_score(summar_sw_err *err, const char *text,
                                        size_t len, const char *const *refs,
                                        const size_t *ref_lens, size_t nrefs,
                                        const char *lang, size_t lang_len,
                                        size_t cut_words);

/* ---------------------------------------------------------- value types */

%rename(SUMMAR_SW_CLASS(Sentence)) summar_sw_sentence;
%rename(SUMMAR_SW_CLASS(Token)) summar_sw_token;
%rename(SUMMAR_SW_CLASS(Pick)) summar_sw_pick;
%rename(SUMMAR_SW_CLASS(EmbeddedRequest)) summar_sw_embedded;

%immutable;
typedef struct summar_sw_sentence {
  size_t index, start, end, block;
  unsigned flags;
} summar_sw_sentence;

typedef struct summar_sw_token {
  size_t index, start, end, sentence;
  unsigned flags;
  char *norm;
  char *stem;
} summar_sw_token;

typedef struct summar_sw_pick {
  size_t sentence, start, end, paragraph, words;
  double score;
  int truncated;
} summar_sw_pick;

typedef struct summar_sw_embedded {
  size_t words, paragraphs;
  const char *lang;
} summar_sw_embedded;
%mutable;

%extend summar_sw_token {
  ~summar_sw_token() {
    summar_sw_token_clear($self);
    free($self);
  }
}

/* -------------------------------------------------------------- Context */

%rename(SUMMAR_SW_CLASS(Context)) summar_sw_ctx;
typedef struct summar_sw_ctx {
} summar_sw_ctx;

%extend summar_sw_ctx {
  /* A context; max_input is the largest input in bytes (0: default). */
  summar_sw_ctx(summar_sw_err *err, size_t max_input) {
    return summar_shim_ctx_new(err, max_input);
  }
  /* Drops this object's reference; documents keep their own. */
  ~summar_sw_ctx() { summar_shim_ctx_unref($self); }
  /* The largest input in bytes a document may have. */
  size_t max_input() { return summar_shim_ctx_max_input($self); }
}

/* -------------------------------------------------------------- Request */

%rename(SUMMAR_SW_CLASS(Request)) summar_sw_request;
typedef struct summar_sw_request {
} summar_sw_request;

%extend summar_sw_request {
  /* A request with the defaults (20% of the words, 1 paragraph, text). */
  summar_sw_request(summar_sw_err *err) { return summar_shim_request_new(err); }
  ~summar_sw_request() { summar_shim_request_free($self); }
  void set_words(summar_sw_err *err, size_t words) {
    summar_shim_request_set_words($self, err, words);
  }
  void set_sentences(summar_sw_err *err, size_t sentences) {
    summar_shim_request_set_sentences($self, err, sentences);
  }
  void set_ratio(summar_sw_err *err, double ratio) {
    summar_shim_request_set_ratio($self, err, ratio);
  }
  void set_paragraphs(summar_sw_err *err, size_t paragraphs) {
    summar_shim_request_set_paragraphs($self, err, paragraphs);
  }
  /* FORMAT_TEXT, FORMAT_MARKDOWN, FORMAT_HTML or FORMAT_JSON. */
  void set_format(summar_sw_err *err, size_t format) {
    summar_shim_request_set_format($self, err, format);
  }
  /* "text", "markdown" ("md"), "html" or "json". */
  void set_format_name(summar_sw_err *err, const char *format,
                       size_t format_len) {
    size_t f = 0;
    if (!format)
      summar_sw_fail(err, SUMMAR_ERR_ARG, "format must be a string");
    else if (summar_sw_format_from_name(err, format, &f) &&
             format_len == strlen(format))
      summar_shim_request_set_format($self, err, f);
    else if (err->code == SUMMAR_OK)
      summar_sw_fail(err, SUMMAR_ERR_ARG, "format holds a NUL byte");
  }
  /* nil/None restores "default". */
  void set_algorithm(summar_sw_err *err, const char *algorithm,
                     size_t algorithm_len) {
    summar_shim_request_set_algorithm($self, err, algorithm, algorithm_len);
  }
  /* nil/None: the source's language. */
  void set_output_lang(summar_sw_err *err, const char *output_lang,
                       size_t output_lang_len) {
    summar_shim_request_set_output_lang($self, err, output_lang,
                                      output_lang_len);
  }
  void set_keywords(summar_sw_err *err, size_t keywords) {
    summar_shim_request_set_keywords($self, err, keywords);
  }
  void set_title(summar_sw_err *err, int include) {
    summar_shim_request_set_title($self, err, include);
  }
  void set_fill(summar_sw_err *err, int fill) {
    summar_shim_request_set_fill($self, err, fill);
  }
}

/* -------------------------------------------------------------- Summary */

%rename(SUMMAR_SW_CLASS(Summary)) summar_sw_summary;
%nodefaultctor summar_sw_summary; /* made by Document.summarize only */
typedef struct summar_sw_summary {
} summar_sw_summary;

%extend summar_sw_summary {
  ~summar_sw_summary() { summar_shim_summary_free($self); }
  /* Frees the summary now; later calls fail.  Idempotent. */
  void close() { summar_shim_summary_close($self); }
  int closed() { return summar_shim_summary_closed($self); }
  /* The rendered summary. */
  summar_sw_bytes text(summar_sw_err *err) {
    return summar_shim_summary_text($self, err);
  }
  /* WARN_* bits. */
  unsigned warnings(summar_sw_err *err) {
    return summar_shim_summary_warnings($self, err);
  }
  size_t word_count(summar_sw_err *err) {
    return summar_shim_summary_word_count($self, err);
  }
  size_t source_words(summar_sw_err *err) {
    return summar_shim_summary_source_words($self, err);
  }
  size_t paragraph_count(summar_sw_err *err) {
    return summar_shim_summary_paragraph_count($self, err);
  }
  size_t sentence_count(summar_sw_err *err) {
    return summar_shim_summary_sentence_count($self, err);
  }
  size_t keyword_count(summar_sw_err *err) {
    return summar_shim_summary_keyword_count($self, err);
  }
  /* The i-th keyword (0-based); ERR_RANGE past the end. */
  summar_sw_bytes keyword(summar_sw_err *err, size_t i) {
    return summar_shim_summary_keyword($self, err, i);
  }
  /* The i-th keyword's weight: its salience relative to the first's. */
  double keyword_weight(summar_sw_err *err, size_t i) {
    return summar_shim_summary_keyword_weight($self, err, i);
  }
  /* {start, end} of the printed headline; ERR_NOT_FOUND when none. */
  summar_sw_sizes title(summar_sw_err *err) {
    return summar_shim_summary_title($self, err);
  }
  /* The i-th chosen sentence (0-based, source order). */
  summar_sw_pick sentence(summar_sw_err *err, size_t i) {
    return summar_shim_summary_sentence($self, err, i);
  }
  /* The source language (ISO 639-1). */
  const char *language(summar_sw_err *err) {
    return summar_shim_summary_language($self, err);
  }
}

/* ------------------------------------------------------------- Document */

%rename(SUMMAR_SW_CLASS(Document)) summar_sw_doc;
typedef struct summar_sw_doc {
} summar_sw_doc;

%newobject summar_sw_doc::summarize;

%extend summar_sw_doc {
  /* Analyses text with ctx; lang nil/None detects; flags DOC_*. */
  summar_sw_doc(summar_sw_err *err, summar_sw_ctx *ctx, const char *text,
                size_t len, const char *lang, size_t lang_len,
                unsigned flags) {
    return summar_shim_doc_new(err, ctx, text, len, lang, lang_len, flags);
  }
  ~summar_sw_doc() { summar_shim_doc_free($self); }
  /* Frees the document as soon as no call uses it; later calls fail.
   * Idempotent. */
  void close() { summar_shim_doc_close($self); }
  int closed() { return summar_shim_doc_closed($self); }
  /* The document text; all offsets refer to it. */
  summar_sw_bytes text(summar_sw_err *err) {
    return summar_shim_doc_text($self, err);
  }
  /* ISO 639-1 code, given or detected; "und" when unknown. */
  const char *language(summar_sw_err *err) {
    return summar_shim_doc_language($self, err);
  }
  /* WARN_* bits found while building (REPLACED, LANG_GUESSED). */
  unsigned warnings(summar_sw_err *err) {
    return summar_shim_doc_warnings($self, err);
  }
  size_t content_words(summar_sw_err *err) {
    return summar_shim_doc_content_words($self, err);
  }
  size_t sentence_count(summar_sw_err *err) {
    return summar_shim_doc_sentence_count($self, err);
  }
  size_t token_count(summar_sw_err *err) {
    return summar_shim_doc_token_count($self, err);
  }
  /* The i-th sentence (0-based). */
  summar_sw_sentence sentence(summar_sw_err *err, size_t i) {
    return summar_shim_doc_sentence($self, err, i);
  }
  /* The headline; ERR_NOT_FOUND when there is none. */
  summar_sw_sentence title(summar_sw_err *err) {
    return summar_shim_doc_title($self, err);
  }
  /* The i-th token (0-based); its strings are copies. */
  summar_sw_token token(summar_sw_err *err, size_t i) {
    return summar_shim_doc_token($self, err, i);
  }
  /* Every sentence as one flat list: start, end, block, flags, ... */
  summar_sw_sizes sentence_table(summar_sw_err *err) {
    return summar_shim_doc_sentence_table($self, err);
  }
  /* Every token as one flat list: start, end, sentence, flags, ... */
  summar_sw_sizes token_table(summar_sw_err *err) {
    return summar_shim_doc_token_table($self, err);
  }
  /* Every token's normalized form. */
  summar_sw_strings token_norms(summar_sw_err *err) {
    return summar_shim_doc_token_norms($self, err);
  }
  /* Every token's stem. */
  summar_sw_strings token_stems(summar_sw_err *err) {
    return summar_shim_doc_token_stems($self, err);
  }
  /* The instruction written in the text; ERR_NOT_FOUND if none. */
  summar_sw_embedded embedded_request(summar_sw_err *err) {
    return summar_shim_doc_embedded_request($self, err);
  }
  /* One score per sentence with the named algorithm (nil/None: default). */
  summar_sw_doubles score(summar_sw_err *err, const char *algorithm,
                          size_t algorithm_len) {
    return summar_shim_doc_score($self, err, algorithm, algorithm_len);
  }
  /* Summarizes with req (nil/None: the defaults). */
  summar_sw_summary *summarize(summar_sw_err *err, summar_sw_request *req) {
    return summar_shim_doc_summarize($self, err, req);
  }
}

/* The Document constructor as a function: in Lua a failing constructor
 * can only raise, while this returns nil, message, code. */
%newobject summar_shim_doc_new;
%rename(SUMMAR_SW_NAME(document_new)) summar_shim_doc_new;
summar_sw_doc *summar_shim_doc_new(summar_sw_err *err, summar_sw_ctx *ctx,
                                 const char *text, size_t len,
                                 const char *lang, size_t lang_len,
                                 unsigned flags);

/* ---------------------------------------------------------------- Batch */

%rename(SUMMAR_SW_CLASS(Batch)) summar_sw_batch;
typedef struct summar_sw_batch {
} summar_sw_batch;

%newobject summar_sw_batch::take;

%extend summar_sw_batch {
  /* Summarizes every text on jobs threads (0: every CPU), with ctx, lang
   * (nil/None detects), flags DOC_* and req (nil/None: the defaults);
   * results in input order. */
  summar_sw_batch(summar_sw_err *err, summar_sw_ctx *ctx,
                  const char *const *texts, const size_t *text_lens,
                  size_t ntexts, const char *lang, size_t lang_len,
                  unsigned flags, summar_sw_request *req, unsigned jobs) {
    return summar_shim_batch_new(err, ctx, texts, text_lens, ntexts, lang,
                                 lang_len, flags, req, jobs);
  }
  ~summar_sw_batch() { summar_shim_batch_free($self); }
  /* Number of texts. */
  size_t count() { return summar_shim_batch_count($self); }
  /* The i-th text's status (OK or ERR_*). */
  int status(size_t i) { return summar_shim_batch_status($self, i); }
  /* The i-th text's Summary (once); fails with the item's error. */
  summar_sw_summary *take(summar_sw_err *err, size_t i) {
    return summar_shim_batch_take($self, err, i);
  }
}
