/*
 * summar.h - libsummar, extractive text summarization.
 *
 * libsummar summarizes text by choosing sentences of the input, copied byte
 * for byte, in source order, grouped into paragraphs.  It never paraphrases,
 * translates or pads.
 *
 * Three layers, each usable alone:
 *   1. tokenizer  summar_doc_new() analyses bytes into blocks, sentences and
 *                 tokens (byte offsets, normalized forms, stems, flags) and
 *                 detects the language;
 *   2. scorer     summar_score() scores a document's sentences with a named
 *                 algorithm;
 *   3. formatter  summar_summarize() selects sentences under a budget and
 *                 renders them as K paragraphs of text, Markdown, HTML or JSON.
 * summar_quick() does all three for the common case.
 *
 * Conventions
 *   - Every fallible call returns a summar_status; results come back through
 *     an out parameter that is set only on success (and set to NULL on
 *     failure where it is a pointer).
 *   - A returned `const char *` belongs to the handle it came from and lives
 *     as long as that handle.  A returned `char *` is the caller's and is
 *     released with summar_free().
 *   - Every `_free()` function accepts NULL and does nothing.
 *   - The library keeps no global mutable state, never prints and never
 *     aborts.  A summar_ctx and a summar_doc are immutable once built and may
 *     be read from any number of threads at once.  A summar_request or a
 *     summar_summary must not be used by two threads at the same time.
 *   - Sized structs (summar_span, summar_token, summar_pick, summar_rouge)
 *     start with a `size` member that the caller sets to sizeof the struct
 *     it knows.  Any size that covers the struct's first release is
 *     accepted (smaller gives SUMMAR_ERR_ARG); the library fills only what
 *     fits, so the structs can grow.
 */
#ifndef SUMMAR_H
#define SUMMAR_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

/** Major version of the API this header describes. Since: 0.1 */
#define SUMMAR_VERSION_MAJOR 0
/** Minor version of the API this header describes. Since: 0.1 */
#define SUMMAR_VERSION_MINOR 1
/** Patch version of the API this header describes. Since: 0.1 */
#define SUMMAR_VERSION_PATCH 0
/** The version as a string, "MAJOR.MINOR.PATCH". Since: 0.1 */
#define SUMMAR_VERSION_STRING "0.1.0"
/** The version as one comparable number: 0xMMmmpp. Since: 0.1 */
#define SUMMAR_VERSION_NUMBER                                                  \
  ((SUMMAR_VERSION_MAJOR << 16) | (SUMMAR_VERSION_MINOR << 8) |               \
   SUMMAR_VERSION_PATCH)

#if defined _WIN32 && !defined SUMMAR_STATIC
#ifdef SUMMAR_BUILDING
#define SUMMAR_API __declspec(dllexport)
#else
#define SUMMAR_API __declspec(dllimport)
#endif
#elif defined __GNUC__
#define SUMMAR_API __attribute__((visibility("default")))
#else
#define SUMMAR_API
#endif

/**
 * Status codes returned by every fallible call.  New codes are only ever
 * appended.  summar_strerror() gives a readable message for each.
 * Since: 0.1
 */
typedef enum summar_status {
  SUMMAR_OK = 0,                /**< success */
  SUMMAR_ERR_NOMEM,             /**< an allocation failed */
  SUMMAR_ERR_ARG,               /**< a NULL or otherwise invalid argument */
  SUMMAR_ERR_RANGE,             /**< a value or index out of its range */
  SUMMAR_ERR_UTF8,              /**< the input is not valid UTF-8 */
  SUMMAR_ERR_NUL,               /**< the input holds a NUL byte */
  SUMMAR_ERR_EMPTY,             /**< the input holds no text to summarize */
  SUMMAR_ERR_TOO_LARGE,         /**< the input exceeds the context's limit */
  SUMMAR_ERR_LANG_UNSUPPORTED,  /**< an unknown or unusable language tag */
  SUMMAR_ERR_LANG_MISMATCH,     /**< output language differs from the source:
                                     translation is not supported */
  SUMMAR_ERR_ALGORITHM,         /**< no scoring algorithm of that name */
  SUMMAR_ERR_BACKEND,           /**< ICU, utf8proc or the stemmer failed */
  SUMMAR_ERR_NOT_FOUND,         /**< the thing asked for is not there */
  SUMMAR_ERR_UTF16              /**< the input looks like UTF-16 (a UTF-16
                                     byte-order mark, or NUL bytes between
                                     ASCII characters), not UTF-8.
                                     Since: 0.2 */
} summar_status;

/** Output formats of summar_summarize(). Since: 0.1 */
typedef enum summar_format {
  SUMMAR_FORMAT_TEXT = 0,  /**< paragraphs separated by one blank line;
                                a line break inside a sentence (the source
                                wrapped it) is rendered as one space */
  SUMMAR_FORMAT_MARKDOWN,  /**< as text, title (if asked) as a "# " heading */
  SUMMAR_FORMAT_HTML,      /**< <p> elements, text escaped */
  SUMMAR_FORMAT_JSON       /**< one JSON object with sentences and metadata,
                                as docs/summary.schema.json describes */
} summar_format;

/** Version of docs/summary.schema.json, written as the "schema" member of
    every SUMMAR_FORMAT_JSON output.  Raised when a member changes meaning
    or goes; new optional members keep it. Since: 0.2 */
#define SUMMAR_JSON_SCHEMA 2

/** Warning bits of summar_summary_warnings(). Since: 0.1 */
enum {
  /** The cleaned source holds fewer words than the budget asked for. */
  SUMMAR_WARN_SHORT_SOURCE = 1u << 0,
  /** Fewer sentences were chosen than paragraphs asked for: one sentence
      per paragraph. */
  SUMMAR_WARN_FEW_PARAGRAPHS = 1u << 1,
  /** Invalid UTF-8 or NUL bytes were replaced by U+FFFD. */
  SUMMAR_WARN_REPLACED = 1u << 2,
  /** Nothing could be chosen under the budget; the summary is empty (a
      source with content never gives it: see summar_summarize()). */
  SUMMAR_WARN_NOTHING_FITS = 1u << 3,
  /** The language was guessed with low confidence. */
  SUMMAR_WARN_LANG_GUESSED = 1u << 4,
  /** A chosen sentence was cut at a word boundary to fit the word budget
      and ends with "…" (summar_pick.truncated). Since: 0.2 */
  SUMMAR_WARN_TRUNCATED = 1u << 5
};

/** Flags of summar_doc_new(). Since: 0.1 */
enum {
  /** Replace invalid UTF-8 sequences and NUL bytes by U+FFFD instead of
      failing.  Offsets then refer to summar_doc_text(). */
  SUMMAR_DOC_REPLACE_INVALID = 1u << 0,
  /** Keep every line: no junk, duplicate or title detection.  Use it to see
      the plain segmentation of a text. */
  SUMMAR_DOC_NO_CLEAN = 1u << 1,
  /** Treat the input as an HTML page: its main content is extracted
      (summar_html_extract()) and the document text is that article text,
      title first, one block a paragraph.  Offsets then refer to that text;
      summar_doc_source_offset() maps them back to the page.  Since: 0.2 */
  SUMMAR_DOC_HTML = 1u << 2
};

/** Flags of a sentence (summar_span.flags).  A sentence with any of the
    DROP bits is not article content: scorers give it 0 and it is never
    selected. Since: 0.1 */
enum {
  SUMMAR_SENT_TITLE = 1u << 0,      /**< the headline */
  SUMMAR_SENT_JUNK = 1u << 1,       /**< menu, widget, share, copyright... */
  SUMMAR_SENT_CODE = 1u << 2,       /**< program code */
  SUMMAR_SENT_FOREIGN = 1u << 3,    /**< another script or language */
  SUMMAR_SENT_DUPLICATE = 1u << 4,  /**< near-duplicate of an earlier one */
  SUMMAR_SENT_REQUEST = 1u << 5,    /**< an instruction such as "Summarize
                                         this to N words" */
  SUMMAR_SENT_HEADING = 1u << 6,    /**< a section heading of a page
                                         (SUMMAR_DOC_HTML): kept as a block,
                                         never chosen. Since: 0.1 */
  SUMMAR_SENT_PARA_START = 1u << 8, /**< first sentence of a source block */
  /** Any of these bits: not content. */
  SUMMAR_SENT_DROP = SUMMAR_SENT_TITLE | SUMMAR_SENT_JUNK | SUMMAR_SENT_CODE |
                     SUMMAR_SENT_FOREIGN | SUMMAR_SENT_DUPLICATE |
                     SUMMAR_SENT_REQUEST | SUMMAR_SENT_HEADING
};

/** Flags of a token (summar_token.flags). Since: 0.1 */
enum {
  SUMMAR_TOKEN_STOPWORD = 1u << 0, /**< in the language's stopword list */
  SUMMAR_TOKEN_NUMBER = 1u << 1,   /**< holds digits */
  SUMMAR_TOKEN_LETTERS = 1u << 2   /**< holds letters */
};

/** Opaque: languages and limits shared by many documents. */
typedef struct summar_ctx summar_ctx;
/** Opaque: an analysed, immutable input text. */
typedef struct summar_doc summar_doc;
/** Opaque: the options of one summary. */
typedef struct summar_request summar_request;
/** Opaque: one summary, owning its text. */
typedef struct summar_summary summar_summary;

/**
 * Memory functions for libsummar's own allocations.  `realloc` behaves like
 * realloc(3) with the extra first argument `ud` (p NULL: allocate; n 0 never
 * happens); `free` like free(3).  ICU, utf8proc and libstemmer still use
 * malloc.  Since: 0.1
 */
typedef struct summar_allocator {
  void *(*realloc)(void *ud, void *p, size_t n);
  void (*free)(void *ud, void *p);
  void *ud;
} summar_allocator;

/** A byte range of the document text. Since: 0.1 */
typedef struct summar_span {
  size_t size;     /**< set by the caller to sizeof(summar_span) */
  size_t start;    /**< first byte */
  size_t end;      /**< one past the last byte */
  size_t block;    /**< index of the source block (line or paragraph) */
  unsigned flags;  /**< SUMMAR_SENT_* bits */
} summar_span;

/** A word token. Since: 0.1 */
typedef struct summar_token {
  size_t size;       /**< set by the caller to sizeof(summar_token) */
  size_t start;      /**< first byte in the document text */
  size_t end;        /**< one past the last byte */
  size_t sentence;   /**< index of its sentence */
  unsigned flags;    /**< SUMMAR_TOKEN_* bits */
  const char *norm;  /**< normalized form, NUL-terminated, owned by the doc */
  const char *stem;  /**< stem of norm, NUL-terminated, owned by the doc */
} summar_token;

/** A sentence chosen for a summary. Since: 0.1 */
typedef struct summar_pick {
  size_t size;       /**< set by the caller to sizeof(summar_pick) */
  size_t sentence;   /**< index in the document */
  size_t start;      /**< first byte in the document text */
  size_t end;        /**< one past the last byte */
  size_t paragraph;  /**< 0-based output paragraph */
  size_t words;      /**< its word count */
  double score;      /**< its score under the request's algorithm */
  int truncated;     /**< 1 when only its first words, up to `end`, were
                          kept to fit the budget: renderings add "…"
                          (Since: 0.2) */
} summar_pick;

/* ---------------------------------------------------------------- basics */

/**
 * The library's version string, "MAJOR.MINOR.PATCH" (may differ from
 * SUMMAR_VERSION_STRING when linked against another release).
 * Returns: static storage, never NULL. Thread-safe. Since: 0.1
 */
SUMMAR_API const char *summar_version(void);

/**
 * The library's version as 0xMMmmpp, comparable with SUMMAR_VERSION_NUMBER.
 * Thread-safe. Since: 0.1
 */
SUMMAR_API unsigned summar_version_number(void);

/**
 * A readable English message for a status code.
 * Returns: static storage, never NULL (unknown codes give "unknown status").
 * Thread-safe. Since: 0.1
 */
SUMMAR_API const char *summar_strerror(summar_status status);

/**
 * The number of status codes: every summar_status value lies in
 * [0, summar_status_count()).  Codes are only appended, so a newer library
 * may return more than SUMMAR_ERR_UTF16 + 1.
 * Thread-safe. Since: 0.2
 */
SUMMAR_API unsigned summar_status_count(void);

/**
 * The stable name of a status code, as error lines of `summar --jsonl` and
 * the bindings' batch results write it: "ok", "nomem", "argument",
 * "range", "utf8", "nul", "empty", "too_large", "lang_unsupported",
 * "lang_mismatch", "algorithm", "backend", "not_found", "utf16".
 * Returns: static storage; NULL for a code this library does not know.
 * Thread-safe. Since: 0.2
 */
SUMMAR_API const char *summar_status_name(summar_status status);

/**
 * The name of one SUMMAR_WARN_* bit as the JSON output writes it
 * ("short_source", "few_paragraphs", "replaced", "nothing_fits",
 * "lang_guessed", "truncated").
 * Returns: static storage; NULL when @bit is not exactly one known bit.
 * Thread-safe. Since: 0.2
 */
SUMMAR_API const char *summar_warning_name(unsigned bit);

/**
 * The name of one SUMMAR_SENT_* bit ("title", "junk", "code", "foreign",
 * "duplicate", "request", "para_start").
 * Returns: static storage; NULL when @bit is not exactly one known bit
 * (SUMMAR_SENT_DROP, a mask, has no name). Thread-safe. Since: 0.2
 */
SUMMAR_API const char *summar_sentence_flag_name(unsigned bit);

/**
 * The name of one SUMMAR_TOKEN_* bit ("stopword", "number", "letters").
 * Returns: static storage; NULL when @bit is not exactly one known bit.
 * Thread-safe. Since: 0.2
 */
SUMMAR_API const char *summar_token_flag_name(unsigned bit);

/**
 * Releases a `char *` returned by libsummar (summar_quick()).  NULL is a
 * no-op. Since: 0.1
 */
SUMMAR_API void summar_free(void *p);

/**
 * Counts the words of text[0..len) as a reader does: a word is a maximal
 * run of non-whitespace characters that holds at least one letter or
 * digit.  In scripts written without spaces between words (Han, Hiragana,
 * Katakana, Thai, Lao, Khmer, Myanmar) a run holding such characters is
 * split by ICU's word BreakIterator (dictionary-based) and each segment
 * holding a letter or digit is a word.  A word longer than 64 code points
 * counts as one word per started 64, counted from its first letter or
 * digit (split at grapheme boundaries), so a word budget also bounds a
 * text without spaces.  Invalid UTF-8 bytes
 * count as non-whitespace, non-letter.  This is the count of every word
 * budget.
 * Returns: the count (0 for NULL). Thread-safe. Since: 0.1
 */
SUMMAR_API size_t summar_word_count(const char *text, size_t len);

/**
 * Checks that text[0..len) is valid UTF-8 without NUL bytes.
 * @bad_offset: if not NULL, receives the offset of the first bad byte.
 * Returns: SUMMAR_OK, SUMMAR_ERR_UTF8, SUMMAR_ERR_NUL, or SUMMAR_ERR_ARG
 * (text NULL with len > 0); SUMMAR_ERR_UTF16 (offset 0) instead of the
 * first two when the text starts with a UTF-16 byte-order mark or its
 * first 512 bytes are mostly ASCII characters each paired with a NUL
 * byte. Thread-safe. Since: 0.1
 */
SUMMAR_API summar_status summar_utf8_check(const char *text, size_t len,
                                           size_t *bad_offset);

/* --------------------------------------------------------------- context */

/**
 * Creates a context.  @allocator may be NULL for the default: malloc/free,
 * except that on Linux blocks of 8 MiB and more (documents of several
 * megabytes) are mapped from the system (mmap), so that they grow without a
 * copy and go back to the system when freed.  When given, @allocator
 * is copied and used for every libsummar allocation of this context, of the
 * documents made with it and of the summaries of those documents.  A
 * summar_request belongs to no context and uses malloc/free (it is one small
 * fixed-size object).
 * On success *out receives the context, freed with summar_ctx_free().
 * The first context of a process also initializes ICU (its default locale
 * and break-iterator data), so that no document's analysis does.
 * Errors: SUMMAR_ERR_ARG (out NULL, allocator incomplete), SUMMAR_ERR_NOMEM,
 * SUMMAR_ERR_BACKEND (ICU could not initialize).
 * Since: 0.1
 */
SUMMAR_API summar_status summar_ctx_new(const summar_allocator *allocator,
                                        summar_ctx **out);

/** Frees a context.  Free every document made with it first. Since: 0.1 */
SUMMAR_API void summar_ctx_free(summar_ctx *ctx);

/**
 * The largest input limit summar_ctx_set_max_input() accepts: 1 GiB.  The
 * analysis indexes its term pool and counts with 32 bits, and replacing
 * invalid bytes (SUMMAR_DOC_REPLACE_INVALID) can triple the text; 1 GiB
 * keeps every index in range.  Since: 0.2
 */
#define SUMMAR_MAX_INPUT_LIMIT ((size_t)1 << 30)

/**
 * Sets the largest input, in bytes, that summar_doc_new() accepts (default
 * 64 MiB).  Not thread-safe: call before sharing the context.
 * Errors: SUMMAR_ERR_ARG (ctx NULL), SUMMAR_ERR_RANGE (0 or above
 * SUMMAR_MAX_INPUT_LIMIT). Since: 0.1
 */
SUMMAR_API summar_status summar_ctx_set_max_input(summar_ctx *ctx,
                                                  size_t bytes);

/** The context's input limit in bytes (0 for NULL). Since: 0.1 */
SUMMAR_API size_t summar_ctx_max_input(const summar_ctx *ctx);

/**
 * The i-th language with built-in stopwords and stemming, as an ISO 639-1
 * code ("ar", "en", ...).  Any other language ICU can segment is accepted
 * too, without stopwords or stemming.
 * Returns: static storage, or NULL when i is past the end. Since: 0.2
 */
SUMMAR_API const char *summar_language_code(size_t i);

/**
 * Deprecated alias of summar_language_code(): despite its name it returns
 * the i-th built-in language's ISO 639-1 code, not a name.  Kept so that
 * programs built against 0.1 keep working.
 * Returns: static storage, or NULL when i is past the end. Since: 0.1
 */
SUMMAR_API const char *summar_language_name(size_t i);

/**
 * The ISO 639-1 code of a language tag or name: a BCP 47 tag ("en-GB",
 * "nb"), an ISO 639-2/3 code ("ara") or a language name in English, in the
 * language itself or in Arabic ("Arabic", "français", "العربية"), case
 * folded.  These are the values summar_request_set_output_lang() accepts.
 * Returns: static storage ("en"), or NULL when @tag is NULL or unknown.
 * Thread-safe. Since: 0.2
 */
SUMMAR_API const char *summar_language_canonical(const char *tag);

/**
 * The English name of a language given as summar_language_canonical()
 * takes it ("ar", "en-GB", "Arabic", "العربية"), capitalized: "Arabic",
 * "English"; "Undetermined" for "und".
 * @buf: receives the name, NUL-terminated and cut to @size - 1 bytes;
 * may be NULL (with @size 0) to ask for the length only.
 * Returns: the name's length in bytes (@size must exceed it for the whole
 * name), or 0 when @tag is NULL or not a known language.
 * Thread-safe. Since: 0.2
 */
SUMMAR_API size_t summar_language_english_name(const char *tag, char *buf,
                                               size_t size);

/* ------------------------------------------------------------- tokenizer */

/**
 * Analyses text[0..len): cleans it into blocks (unless
 * SUMMAR_DOC_NO_CLEAN), splits sentences, tokenizes, detects the language
 * (when @lang is NULL or "" or "auto"), normalizes, stems and marks
 * stopwords.  The text is copied: the caller's buffer may be freed at once.
 * @lang: a BCP 47 tag whose primary subtag is used ("ar", "en-GB"), a
 * language name ("Arabic"), or NULL.  A well-formed tag of a language
 * libsummar does not know ("xx") is accepted: the text is segmented by
 * ICU's default rules, without stopwords or stemming, and the document's
 * language is "und".
 * @flags: SUMMAR_DOC_* bits.
 * On success *out receives the document, freed with summar_doc_free(); on
 * failure *out is set to NULL.
 * Errors: SUMMAR_ERR_ARG (ctx/out NULL, text NULL with len > 0, unknown
 * flag), SUMMAR_ERR_TOO_LARGE (len above the context limit),
 * SUMMAR_ERR_UTF8 / SUMMAR_ERR_NUL (without SUMMAR_DOC_REPLACE_INVALID;
 * summar_utf8_check() tells where), SUMMAR_ERR_UTF16 (UTF-16 input, as
 * summar_utf8_check() tells it, even with SUMMAR_DOC_REPLACE_INVALID:
 * replacing its bytes would leave no text), SUMMAR_ERR_EMPTY (no letter or digit in
 * the text; under SUMMAR_DOC_NO_CLEAN, nothing but whitespace),
 * SUMMAR_ERR_LANG_UNSUPPORTED (a malformed tag, an unknown name),
 * SUMMAR_ERR_NOMEM, SUMMAR_ERR_BACKEND.  Thread-safe for distinct outputs.
 * Since: 0.1
 */
SUMMAR_API summar_status summar_doc_new(const summar_ctx *ctx,
                                        const char *text, size_t len,
                                        const char *lang, unsigned flags,
                                        summar_doc **out);

/** Frees a document.  NULL is a no-op. Since: 0.1 */
SUMMAR_API void summar_doc_free(summar_doc *doc);

/**
 * The document's text: a copy of the input (with replacements under
 * SUMMAR_DOC_REPLACE_INVALID), NUL-terminated.  All offsets refer to it.
 * @len: if not NULL, receives its length in bytes.
 * Returns: owned by the doc; NULL only when doc is NULL. Since: 0.1
 */
SUMMAR_API const char *summar_doc_text(const summar_doc *doc, size_t *len);

/**
 * The document's language as an ISO 639-1 code ("ar", "en", ...), given or
 * detected; "und" when nothing could be told.
 * Returns: owned by the doc (static in practice); NULL when doc is NULL.
 * Since: 0.1
 */
SUMMAR_API const char *summar_doc_language(const summar_doc *doc);

/** SUMMAR_WARN_* bits found while building the doc (REPLACED,
    LANG_GUESSED). Since: 0.1 */
SUMMAR_API unsigned summar_doc_warnings(const summar_doc *doc);

/** Number of sentences, content and dropped alike (0 for NULL). Since: 0.1 */
SUMMAR_API size_t summar_doc_sentence_count(const summar_doc *doc);

/**
 * Fills @out with the i-th sentence (in source order).
 * Errors: SUMMAR_ERR_ARG (NULL, out->size too small), SUMMAR_ERR_RANGE.
 * Since: 0.1
 */
SUMMAR_API summar_status summar_doc_sentence(const summar_doc *doc, size_t i,
                                             summar_span *out);

/** Number of word tokens in all sentences (0 for NULL). Since: 0.1 */
SUMMAR_API size_t summar_doc_token_count(const summar_doc *doc);

/**
 * Fills @out with the i-th token (in source order); its strings are owned
 * by the doc.  Where no scorer uses stems (English, whose terms fold
 * plurals only), the doc is built without them and the first call makes
 * the stems of all its tokens (safe from several threads at once).
 * Errors: SUMMAR_ERR_ARG (NULL, out->size too small), SUMMAR_ERR_RANGE,
 * SUMMAR_ERR_NOMEM (making the stems).
 * Since: 0.1
 */
SUMMAR_API summar_status summar_doc_token(const summar_doc *doc, size_t i,
                                          summar_token *out);

/**
 * The headline found by cleaning.
 * Errors: SUMMAR_ERR_ARG (NULL), SUMMAR_ERR_NOT_FOUND (no title).
 * Since: 0.1
 */
SUMMAR_API summar_status summar_doc_title(const summar_doc *doc,
                                          summar_span *out);

/** Number of words of content (sentences without a DROP flag) in the doc,
    counted as summar_word_count() does. Since: 0.1 */
SUMMAR_API size_t summar_doc_content_words(const summar_doc *doc);

/**
 * The instruction found written in the text, such as "Summarize this
 * content to 2000 words in 6 paragraphs in Arabic" or its Arabic phrasing.
 * Any of the out pointers may be NULL; a value the instruction does not
 * state is set to 0 (words, paragraphs) or NULL (lang).
 * @lang: receives an ISO 639-1 code in static storage.
 * Errors: SUMMAR_ERR_ARG (doc NULL), SUMMAR_ERR_NOT_FOUND.
 * Since: 0.1
 */
SUMMAR_API summar_status summar_doc_embedded_request(const summar_doc *doc,
                                                     size_t *words,
                                                     size_t *paragraphs,
                                                     const char **lang);

/* ---------------------------------------------------------------- scorer */

/**
 * The i-th scoring algorithm's name ("default", "position", "centroid",
 * "luhn", "lexrank", "textrank").
 * Returns: static storage, or NULL when i is past the end. Since: 0.1
 */
SUMMAR_API const char *summar_algorithm_name(size_t i);

/**
 * A one-line description of the i-th algorithm.
 * Returns: static storage, or NULL when i is past the end. Since: 0.1
 */
SUMMAR_API const char *summar_algorithm_description(size_t i);

/**
 * Scores every sentence of @doc with @algorithm (NULL means "default") into
 * scores[0..n).  n must be summar_doc_sentence_count(doc).  Higher is more
 * central; dropped sentences get 0; content scores lie in [0, 1].
 * Errors: SUMMAR_ERR_ARG (NULL doc/scores with n > 0), SUMMAR_ERR_RANGE
 * (wrong n), SUMMAR_ERR_ALGORITHM, SUMMAR_ERR_NOMEM.  Thread-safe.
 * Since: 0.1
 */
SUMMAR_API summar_status summar_score(const summar_doc *doc,
                                      const char *algorithm, double *scores,
                                      size_t n);

/* ------------------------------------------------------------- formatter */

/**
 * Creates a request with the defaults: 1 paragraph, text format, algorithm
 * "default", budget of 20% of the source's words (ratio 0.2).  A request
 * belongs to no context: it is allocated with malloc, whatever allocator
 * the documents it is used with have.
 * Errors: SUMMAR_ERR_ARG (out NULL), SUMMAR_ERR_NOMEM. Since: 0.1
 */
SUMMAR_API summar_status summar_request_new(summar_request **out);

/** Frees a request. NULL is a no-op. Since: 0.1 */
SUMMAR_API void summar_request_free(summar_request *req);

/**
 * Budget in words (never exceeded; the "…" that ends a cut sentence is not
 * a word).  When no whole content sentence fits, the best one is cut after
 * N words and ends with "…" (SUMMAR_WARN_TRUNCATED): a source with content
 * never gives an empty summary.  In an Arabic document, so is the best one
 * when it is longer than N words and the whole sentences that fit are
 * worth less than half of it (score x words), and otherwise the summary
 * may end with a top-ranked sentence cut to fill the budget when that is
 * worth more than whole sentences (the cut fill, docs/algorithms.md).  At
 * most one sentence is cut, flagged like the others.  Words are counted as summar_word_count()
 * counts them.  Replaces any sentences or ratio budget.  Errors: SUMMAR_ERR_ARG (NULL), SUMMAR_ERR_RANGE (0 or above
 * 100000000). Since: 0.1
 */
SUMMAR_API summar_status summar_request_set_words(summar_request *req,
                                                  size_t words);

/**
 * Budget in sentences.  Replaces any words or ratio budget.
 * Errors: SUMMAR_ERR_ARG, SUMMAR_ERR_RANGE (0 or above 10000000).
 * Since: 0.1
 */
SUMMAR_API summar_status summar_request_set_sentences(summar_request *req,
                                                      size_t sentences);

/**
 * Budget as a fraction of the source's content words, 0 < ratio <= 1, but
 * at least the words of the best-scored sentence (so a short text gets its
 * best sentence).  Replaces any words or sentences budget.
 * Errors: SUMMAR_ERR_ARG, SUMMAR_ERR_RANGE (NaN, <= 0, > 1). Since: 0.1
 */
SUMMAR_API summar_status summar_request_set_ratio(summar_request *req,
                                                  double ratio);

/**
 * Number of output paragraphs K (default 1).
 * Errors: SUMMAR_ERR_ARG, SUMMAR_ERR_RANGE (0 or above 10000). Since: 0.1
 */
SUMMAR_API summar_status summar_request_set_paragraphs(summar_request *req,
                                                       size_t paragraphs);

/** Output format. Errors: SUMMAR_ERR_ARG, SUMMAR_ERR_RANGE. Since: 0.1 */
SUMMAR_API summar_status summar_request_set_format(summar_request *req,
                                                   summar_format format);

/**
 * Scoring algorithm by name (copied).  NULL restores "default".
 * Errors: SUMMAR_ERR_ARG (req NULL), SUMMAR_ERR_ALGORITHM, SUMMAR_ERR_NOMEM.
 * Since: 0.1
 */
SUMMAR_API summar_status summar_request_set_algorithm(summar_request *req,
                                                      const char *name);

/**
 * Language the summary must be in (BCP 47, or a name such as "Arabic"),
 * NULL for "the source's".  libsummar does not translate: summarizing a
 * document in another language fails with SUMMAR_ERR_LANG_MISMATCH.
 * Errors: SUMMAR_ERR_ARG, SUMMAR_ERR_LANG_UNSUPPORTED (unknown name).
 * Since: 0.1
 */
SUMMAR_API summar_status summar_request_set_output_lang(summar_request *req,
                                                        const char *lang);

/**
 * Number of keywords to report (JSON output and summar_summary_keyword()),
 * default 0.  Errors: SUMMAR_ERR_ARG, SUMMAR_ERR_RANGE (above 1000).
 * Since: 0.1
 */
SUMMAR_API summar_status summar_request_set_keywords(summar_request *req,
                                                     size_t keywords);

/**
 * Whether the headline starts the output (Markdown heading, HTML <h1>, a
 * line of its own in text, "title" in JSON). Default 0.  Its words count in
 * a word or ratio budget, so the budget still holds for what is printed;
 * the title is left out when it alone would fill the budget, and when no
 * sentence is chosen. Since: 0.1
 */
SUMMAR_API summar_status summar_request_set_title(summar_request *req,
                                                  int include);

/**
 * Whether a word budget is completed with a cut sentence (default 0): when
 * the whole sentences chosen leave words of the budget unused, the
 * next-ranked sentence is added, cut after as many words as are left and
 * ended with "…" (SUMMAR_WARN_TRUNCATED), so the excerpt has the asked
 * length.  No effect on a sentence budget.
 * Errors: SUMMAR_ERR_ARG (req NULL). Since: 0.2
 */
SUMMAR_API summar_status summar_request_set_fill(summar_request *req,
                                                 int fill);

/**
 * Summarizes @doc as @req asks (NULL: defaults).
 * On success *out receives the summary, freed with summar_summary_free();
 * it copies what it needs and does not refer to doc or req afterwards.
 * Errors: SUMMAR_ERR_ARG, SUMMAR_ERR_LANG_MISMATCH, SUMMAR_ERR_NOMEM.
 * A source shorter than the budget is not an error: the summary holds all
 * of its content and SUMMAR_WARN_SHORT_SOURCE is set.
 * Thread-safe for distinct requests and outputs. Since: 0.1
 */
SUMMAR_API summar_status summar_summarize(const summar_doc *doc,
                                          const summar_request *req,
                                          summar_summary **out);

/** Frees a summary. NULL is a no-op. Since: 0.1 */
SUMMAR_API void summar_summary_free(summar_summary *sum);

/**
 * The rendered summary, NUL-terminated.  @len: if not NULL, receives its
 * length in bytes.  Returns: owned by the summary; "" for an empty summary;
 * NULL only when sum is NULL. Since: 0.1
 */
SUMMAR_API const char *summar_summary_text(const summar_summary *sum,
                                           size_t *len);

/** SUMMAR_WARN_* bits of the summary (0 for NULL). Since: 0.1 */
SUMMAR_API unsigned summar_summary_warnings(const summar_summary *sum);

/** Words in the summary, as summar_word_count() counts, the title's
    included when it is printed. Since: 0.1 */
SUMMAR_API size_t summar_summary_word_count(const summar_summary *sum);

/** Words of content in the source (the doc's content words). Since: 0.1 */
SUMMAR_API size_t summar_summary_source_words(const summar_summary *sum);

/** Number of paragraphs in the output (0 for an empty summary). Since: 0.1 */
SUMMAR_API size_t summar_summary_paragraph_count(const summar_summary *sum);

/** Number of chosen sentences. Since: 0.1 */
SUMMAR_API size_t summar_summary_sentence_count(const summar_summary *sum);

/**
 * Fills @out with the i-th chosen sentence (source order).
 * Errors: SUMMAR_ERR_ARG (NULL, out->size too small), SUMMAR_ERR_RANGE.
 * Since: 0.1
 */
SUMMAR_API summar_status summar_summary_sentence(const summar_summary *sum,
                                                 size_t i, summar_pick *out);

/** Number of keywords (at most what the request asked). Since: 0.1 */
SUMMAR_API size_t summar_summary_keyword_count(const summar_summary *sum);

/**
 * The i-th keyword (most salient first): the most frequent surface form of
 * a salient term (a stem; in English a word with its plural folded).
 * Returns: owned by the summary; NULL past the end.
 * Since: 0.1
 */
SUMMAR_API const char *summar_summary_keyword(const summar_summary *sum,
                                              size_t i);

/**
 * The weight of the i-th keyword: its salience (occurrences in the content
 * times log((content sentences + 1) / content sentences holding it))
 * divided by the first keyword's, so the first weighs 1 and the weights
 * never increase with i.  Comparable between the keywords of one summary,
 * not between documents.
 * Returns: in (0, 1]; 0 for NULL and past the end.
 * Since: 0.2
 */
SUMMAR_API double summar_summary_keyword_weight(const summar_summary *sum,
                                               size_t i);

/**
 * Fills @out with the headline printed at the start of the summary
 * (summar_request_set_title()): its byte offsets in the document text,
 * its block, and SUMMAR_SENT_TITLE in flags.
 * Errors: SUMMAR_ERR_ARG (NULL, out->size too small), SUMMAR_ERR_NOT_FOUND
 * (no title printed: not asked, the document has none, it alone would
 * fill the budget, or no sentence was chosen).
 * Since: 0.2
 */
SUMMAR_API summar_status summar_summary_title(const summar_summary *sum,
                                              summar_span *out);

/**
 * The source language of the summarized document (ISO 639-1).
 * Returns: static storage; NULL for NULL. Since: 0.1
 */
SUMMAR_API const char *summar_summary_language(const summar_summary *sum);

/* ------------------------------------------------------------ evaluation */

/** Recall, precision and F1 of one ROUGE measure, each in [0, 1]. Since: 0.1 */
typedef struct summar_prf {
  double recall;
  double precision;
  double f1;
} summar_prf;

/** ROUGE scores of a summary against its references. Since: 0.1 */
typedef struct summar_rouge {
  size_t size;       /**< set by the caller to sizeof(summar_rouge) */
  summar_prf rouge1; /**< unigram overlap */
  summar_prf rouge2; /**< bigram overlap */
  summar_prf rougel; /**< longest common subsequence */
} summar_rouge;

/**
 * Scores @summary against @nrefs reference texts with ROUGE-1, ROUGE-2 and
 * ROUGE-L (Lin 2004), each averaged over the references.  Tokens are
 * lower-cased runs of letters and digits after normalization (NFKC, case
 * fold; Arabic: tashkeel and tatweel removed, alef, yeh and teh marbuta
 * unified); English tokens longer than 3 letters are Porter-stemmed, other
 * languages with a built-in stemmer are Snowball-stemmed.
 * @lang: ISO 639-1 code of the texts (NULL: no stemming).
 * @cut_words: if not 0, the summary is first cut after that many words
 * (counted as summar_word_count() does).
 * A summary or reference without tokens scores 0.
 * Errors: SUMMAR_ERR_ARG (NULL pointers, nrefs 0, out->size too small),
 * SUMMAR_ERR_UTF8 (invalid text), SUMMAR_ERR_LANG_UNSUPPORTED,
 * SUMMAR_ERR_TOO_LARGE (the summary's tokens times a reference's exceed
 * 100 million: ROUGE-L's longest common subsequence takes time in their
 * product, about a second at that bound), SUMMAR_ERR_NOMEM.
 * Thread-safe. Since: 0.1
 */
SUMMAR_API summar_status summar_rouge_score(const char *lang,
                                            const char *summary, size_t len,
                                            const char *const *refs,
                                            const size_t *ref_lens,
                                            size_t nrefs, size_t cut_words,
                                            summar_rouge *out);

/* ------------------------------------------------------------------ HTML */

/** Opaque: the main content extracted from an HTML page. */
typedef struct summar_html summar_html;

/** Flags of summar_html_extract(). Since: 0.2 */
enum {
  /** Every visible text block, no content finding (what a scraper that
      only strips markup gives). */
  SUMMAR_HTML_VISIBLE = 1u << 0
};

/** Kinds of extracted blocks (summar_html_block.kind). Since: 0.2 */
enum {
  SUMMAR_HTML_TITLE = 0,   /**< the headline (at most one, first) */
  SUMMAR_HTML_HEADING,     /**< a section heading (h1-h6) */
  SUMMAR_HTML_PARAGRAPH,   /**< a paragraph or other running text */
  SUMMAR_HTML_LIST_ITEM,   /**< li, dt, dd */
  SUMMAR_HTML_QUOTE,       /**< text inside a blockquote */
  SUMMAR_HTML_PRE,         /**< preformatted text (whitespace kept) */
  SUMMAR_HTML_TABLE_CELL,  /**< td, th */
  SUMMAR_HTML_CAPTION      /**< figcaption, table caption */
};

/** One extracted block. Since: 0.2 */
typedef struct summar_html_block {
  size_t size;       /**< set by the caller to sizeof(summar_html_block) */
  unsigned kind;     /**< SUMMAR_HTML_* kind */
  unsigned level;    /**< heading level 1-6 (title from <h1>: 1), else 0 */
  size_t start;      /**< first byte in summar_html_text() */
  size_t end;        /**< one past its last byte there */
  size_t src_start;  /**< first byte of its text in the original page */
  size_t src_end;    /**< one past the last byte of its text in the page;
                          a title taken from the page's metadata (og:title,
                          <title>) has the empty range 0..0 */
} summar_html_block;

/**
 * Extracts the main content of the HTML page html[0..len): the bytes are
 * decoded from the charset a byte-order mark or <meta> declares (a
 * declaration the bytes contradict is overridden; undeclared non-UTF-8 is
 * detected), parsed with libxml2's HTML parser (recovering from any
 * markup error, no network), and the article is found by text and link
 * density and class/id hints; scripts, styles, navigation, asides,
 * footers, forms, share, related and comment blocks are dropped.  Blocks
 * keep paragraph breaks, list items and headings; entities are decoded;
 * the headline comes first as a SUMMAR_HTML_TITLE block.
 * @flags: 0 or SUMMAR_HTML_VISIBLE.
 * On success *out receives the result, freed with summar_html_free(); on
 * failure *out is set to NULL.
 * Errors: SUMMAR_ERR_ARG (ctx/out NULL, html NULL with len > 0, unknown
 * flag), SUMMAR_ERR_TOO_LARGE (len above the context limit),
 * SUMMAR_ERR_EMPTY (no text in the page), SUMMAR_ERR_NOMEM,
 * SUMMAR_ERR_BACKEND (a charset converter failed).  libxml2 and ICU
 * allocate with malloc (libxml2: with the allocator in place at the first
 * call, which that call wraps, for the process, in functions that notice
 * failures and change nothing else).  Thread-safe for distinct outputs.
 * Since: 0.2
 */
SUMMAR_API summar_status summar_html_extract(const summar_ctx *ctx,
                                             const char *html, size_t len,
                                             unsigned flags,
                                             summar_html **out);

/** Frees an extraction result.  NULL is a no-op. Since: 0.2 */
SUMMAR_API void summar_html_free(summar_html *h);

/**
 * The article text: the blocks in page order separated by one blank line,
 * UTF-8, NUL-terminated.
 * @len: if not NULL, receives its length in bytes.
 * Returns: owned by @h; NULL only when h is NULL. Since: 0.2
 */
SUMMAR_API const char *summar_html_text(const summar_html *h, size_t *len);

/** Number of blocks (0 for NULL). Since: 0.2 */
SUMMAR_API size_t summar_html_block_count(const summar_html *h);

/**
 * Fills @out with the i-th block.
 * Errors: SUMMAR_ERR_ARG (NULL, out->size too small), SUMMAR_ERR_RANGE.
 * Since: 0.2
 */
SUMMAR_API summar_status summar_html_block_at(const summar_html *h, size_t i,
                                           summar_html_block *out);

/**
 * The charset the page was decoded from, lower case ("utf-8",
 * "windows-1256", "shift_jis"...).
 * Returns: owned by @h; NULL only when h is NULL. Since: 0.2
 */
SUMMAR_API const char *summar_html_charset(const summar_html *h);

/**
 * Translates byte offset @off of summar_html_text() into the byte offset
 * in the original page of the same character (for an entity, of its
 * '&'; between blocks, the end of the block before).
 * Errors: SUMMAR_ERR_ARG (NULL), SUMMAR_ERR_RANGE (off beyond the text).
 * Since: 0.2
 */
SUMMAR_API summar_status summar_html_source_offset(const summar_html *h,
                                                   size_t off, size_t *src);

/**
 * Translates byte offset @off of summar_doc_text() into an offset in the
 * caller's original input: for a SUMMAR_DOC_HTML document, into the page
 * (see summar_html_source_offset()); otherwise the offset itself.  Map a
 * summary sentence's start and end to highlight it in the page.
 * Errors: SUMMAR_ERR_ARG (NULL), SUMMAR_ERR_RANGE.  Since: 0.2
 */
SUMMAR_API summar_status summar_doc_source_offset(const summar_doc *doc,
                                                  size_t off, size_t *src);

/**
 * Whether text[0..len) obviously is HTML: it starts (after whitespace or
 * a byte-order mark) with a doctype, <html>, <head> or <body>, or with a
 * common tag and holds a closing tag, or has <html> or <body> in its first
 * 4 KB.  Plain text quoting a tag is not HTML.
 * Returns: 1 or 0 (0 for NULL).  Thread-safe. Since: 0.2
 */
SUMMAR_API int summar_looks_like_html(const char *text, size_t len);

/* ----------------------------------------------------------- convenience */

/**
 * Summarizes text[0..len) in one call: default context, language detected
 * when @lang is NULL, at most @words words (0: 20% of the source) in
 * @paragraphs paragraphs (0: 1), plain text.
 * On success *out receives a NUL-terminated string freed with summar_free().
 * Errors: those of summar_doc_new() and summar_summarize().
 * Thread-safe. Since: 0.1
 */
SUMMAR_API summar_status summar_quick(const char *text, size_t len,
                                      const char *lang, size_t words,
                                      size_t paragraphs, char **out);

/* ---------------------------------------------------------------- batches */

/**
 * One document of a batch (summar_summarize_batch()).  The caller sets
 * size, text, len and lang; the call sets status and summary.  Since: 0.2
 */
typedef struct summar_batch_item {
  size_t size;             /**< set by the caller to sizeof(summar_batch_item) */
  const char *text;        /**< the input (not copied; valid during the call) */
  size_t len;              /**< its length in bytes */
  const char *lang;        /**< its language tag; NULL: detect */
  summar_status status;    /**< out: SUMMAR_OK, or why this item failed */
  summar_summary *summary; /**< out: the summary, freed by the caller with
                                summar_summary_free(); NULL on failure */
} summar_batch_item;

/**
 * Summarizes @n documents on @jobs threads (0: one per online CPU; never
 * more than @n): each item's text is built into a document with @ctx and
 * @doc_flags (SUMMAR_DOC_*), summarized with @req (NULL: the defaults) and
 * freed.  Results stay in input order: items[i].summary is the summary of
 * items[i].text, whichever thread made it, and items[i].status says why an
 * item has none (the errors of summar_doc_new() and summar_summarize());
 * one item failing does not stop the others.  The same items give the same
 * summaries whatever @jobs is.  @req is only read, by every thread at once:
 * it must not change during the call.  When threads cannot be started, the
 * calling thread does the work of those missing.
 * Returns: SUMMAR_OK when every item was attempted (look at each status),
 * SUMMAR_ERR_ARG (ctx NULL, items NULL with n > 0, an item's size too
 * small; then no item is attempted and no summary made).
 * Thread-safe.  Since: 0.2
 */
SUMMAR_API summar_status summar_summarize_batch(const summar_ctx *ctx,
                                                const summar_request *req,
                                                unsigned doc_flags,
                                                summar_batch_item *items,
                                                size_t n, unsigned jobs);

#ifdef __cplusplus
}
#endif

#endif /* SUMMAR_H */
