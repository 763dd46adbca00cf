/*
 * cli.h - pieces shared by the files of the `summar` command-line tool.
 *
 * The tool is split by subcommand:
 *   summar.c        main(), option parsing, `summar [OPTIONS] [FILE...]`
 *   cli_util.c      input reading, strict number parsing, language names,
 *                   messages, JSON string output
 *   cli_request.c   the request builder and the summarize step shared by
 *                   every command
 *   cli_batch.c     `summar --jsonl`: JSON Lines in, JSON Lines out, on a
 *                   pthread worker pool sharing one summar_ctx, streamed
 *   cli_lines.c     a line reader bounded by the line size limit
 *   cli_inspect.c   `summar sentences` and `summar tokens`
 *   cli_eval.c      `summar eval`: ROUGE over JSON Lines data sets
 *
 * Every message goes to stderr prefixed "summar: ".  Exit codes: 0 ok,
 * 1 bad input or library error, 2 usage error.
 */
#ifndef SUMMAR_CLI_H
#define SUMMAR_CLI_H

#include <jansson.h>
#include <summar.h>

#include <stddef.h>
#include <stdio.h>

/** Exit codes of the tool. */
enum { CLI_OK = 0, CLI_FAIL = 1, CLI_USAGE = 2 };

/** Default input limit (bytes) of --max-bytes. */
#define CLI_DEFAULT_MAX_BYTES ((size_t)64 << 20)

/* `summar eval`: ROUGE over JSON Lines data sets (tools/cli_eval.c).
   argv[0] is "eval".  Returns the exit code. */
int summar_cli_eval(int argc, char **argv);

/* `summar sentences ...` and `summar tokens ...` (tools/cli_inspect.c).
   argv[0] is the subcommand's name.  Return the exit code. */
int summar_cli_sentences(int argc, char **argv);
int summar_cli_tokens(int argc, char **argv);
/** `summar extract`: the article text of a page (cli_extract.c). */
int summar_cli_extract(int argc, char **argv);

/** What one summary is made with: the command line's options, or those of
    a --jsonl line over them. */
typedef struct cli_req {
  size_t words, sentences, paragraphs, keywords; /* 0: not given */
  double ratio;                                  /* 0: not given */
  const char *lang, *output_lang, *algorithm;    /* NULL: not given */
  summar_format format;
  int title, follow_request, replace_invalid;
  int html; /* the input is an HTML page */
  int fill; /* complete a word budget with a cut sentence */
} cli_req;

/** Options of the summarize and batch modes. */
typedef struct cli_opts {
  cli_req req;
  size_t jobs, max_bytes;
  int jsonl, verbose, quiet, progress;
} cli_opts;

/* `summar --jsonl [FILE...]` (tools/cli_batch.c).  Returns the exit code. */
int summar_cli_batch(const cli_opts *o, char **files, int nfiles);

/* -------------------------------------------------------- cli_request.c */

/** What an error is about, which tells how to introduce its message. */
enum {
  CLI_ABOUT_INPUT,   /**< the input: "summar: NAME: MESSAGE" */
  CLI_ABOUT_REQUEST, /**< what was asked of it: NAME only among several */
  CLI_ABOUT_OPTION   /**< an option's value: the message names it */
};

/** An error met while summarizing. */
typedef struct cli_err {
  const char *code; /**< stable name: "utf8", "lang_mismatch", ... */
  int exit;         /**< CLI_FAIL or CLI_USAGE */
  int about;        /**< CLI_ABOUT_* */
  char msg[512];    /**< the message, without "summar: " or a name */
} cli_err;

/** A summary made by summar_cli_summarize(), with what it was made of. */
typedef struct cli_summary {
  summar_doc *doc;
  summar_summary *sum;
  cli_req used; /**< the request after the text's own instruction */
  int asked;    /**< follow_request found an instruction in the text */
  int lang_unknown; /**< --lang is a well-formed tag libsummar does not
                         know: segmented by ICU's default rules */
  size_t asked_words, asked_paragraphs;
  const char *asked_lang;
} cli_summary;

/** Sets an error. */
void summar_cli_err(cli_err *e, const char *code, int exit, int about,
                    const char *fmt, ...)
    __attribute__((format(printf, 5, 6)));

/** Stable name of a library status: summar_status_name(), "error" for a
    code the library does not know. */
const char *summar_cli_status_code(summar_status st);

/**
 * Builds the libsummar request @r describes (budget, paragraphs, format,
 * algorithm, keywords, title, output language).  Returns the library's
 * status; *out is NULL on failure.
 */
summar_status summar_cli_request_new(const cli_req *r, summar_request **out);

/**
 * Analyses text[0..len) and summarizes it as @r asks (following the
 * instruction in the text under follow_request).  On success returns
 * CLI_OK with *out filled (free it with summar_cli_summary_free()); on
 * failure returns the exit code with @err set (and *out to be freed all
 * the same).
 */
int summar_cli_summarize(const summar_ctx *ctx, const char *text, size_t len,
                         const cli_req *r, cli_summary *out, cli_err *err);

/** Sets @err for status @st of summar_doc_new() on text[0..len) (NULL:
    not at hand) with language @lang and context @ctx (NULL allowed). */
void summar_cli_doc_error(const char *lang, const summar_ctx *ctx,
                          const char *text, size_t len, summar_status st,
                          cli_err *err);

/** Prints the message for library status @st met on input @name (without
    its text: no byte offsets) and returns the exit code it maps to. */
int summar_cli_status(const char *name, summar_status st);

/** Frees what summar_cli_summarize() made. */
void summar_cli_summary_free(cli_summary *s);

/* ----------------------------------------------------------- cli_util.c */

/** One option of a command: "--name" (and "-c" when short_name is set). */
typedef struct cli_opt {
  const char *name;
  char short_name;
  int has_arg;
  int id; /* > 0 */
} cli_opt;

/** Walks argv GNU-style: options and operands may mix; "--" ends options;
    "-" is an operand; "--name=value" and "--name value" both work. */
typedef struct cli_parser {
  int argc;
  char **argv;
  int i;
  int no_more_opts;
  const cli_opt *opts; /* ends with a zeroed entry */
} cli_parser;

/**
 * Next item of the command line.  Returns an option's id (and its value in
 * *value, or NULL), 0 for an operand (in *value), -1 at the end, or
 * -CLI_USAGE after printing a message for an unknown option or a missing
 * value.
 */
int summar_cli_next(cli_parser *p, const char **value);

/** Prints the hint to run `summar [CMD] --help`; returns CLI_USAGE. */
int summar_cli_hint(const char *cmd);

/** Prints "summar: MESSAGE" and the hint to run --help; returns
    CLI_USAGE. */
int summar_cli_usage_error(const char *cmd, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

/** Prints "summar: " and the formatted message and a newline to stderr. */
void summar_cli_msg(const char *fmt, ...)
    __attribute__((format(printf, 1, 2)));

/** Display name of an input: "standard input" for NULL or "-". */
const char *summar_cli_name(const char *path);

/**
 * Reads a whole file (NULL or "-": stdin) into a new NUL-terminated buffer
 * of at most @max bytes.  On failure prints the reason and returns
 * CLI_FAIL.
 */
int summar_cli_read(const char *path, size_t max, char **out, size_t *len);

/**
 * Parses a positive integer strictly (digits only; with @suffixes also
 * K, M, G for 2^10, 2^20, 2^30), between @min and @max.  On failure prints
 * "summar: OPTION: ..." and returns CLI_USAGE.
 */
int summar_cli_size(const char *opt, const char *s, size_t min, size_t max,
                    int suffixes, size_t *out);

/** Parses a ratio in (0, 1] strictly; CLI_USAGE with a message if not. */
int summar_cli_ratio(const char *opt, const char *s, double *out);

/** Parses a format name; CLI_USAGE with a message if unknown. */
int summar_cli_format(const char *s, summar_format *out);

/** Name of a format ("text", "markdown", "html", "json"). */
const char *summar_cli_format_name(summar_format f);

/** Whether @name is a scoring algorithm of the library. */
int summar_cli_algorithm_known(const char *name);

/** Prints the usage error for an unknown algorithm, listing the names. */
void summar_cli_bad_algorithm(const char *name);

/** The English name of language @tag ("ar" -> "Arabic") as the library
    knows it, written into buf[0..size): "an undetermined language" for
    NULL or "und", the tag itself when unknown.  Returns buf. */
const char *summar_cli_lang_name(const char *tag, char *buf, size_t size);

/**
 * Decodes UTF-16 input with a byte-order mark into UTF-8 (replacing
 * *text, which must be malloc'd, and *len), and refuses input that looks
 * like UTF-16 without one.  An unpaired surrogate is an error unless
 * @replace (then U+FFFD).  Prints the error about input @name and returns
 * CLI_FAIL, or returns CLI_OK.
 */
int summar_cli_decode(const char *name, char **text, size_t *len,
                      int replace);

/** Prints an error of summar_cli_summarize() about input @name (NULL: not
    named). */
void summar_cli_print_err(const char *name, const cli_err *e);

/** Writes s[0..n) as a JSON string (quoted, escaped) to @f.  When memory
    runs out or the write fails, prints why and returns CLI_FAIL: the
    output is incomplete and the caller stops it there.
    Returns CLI_OK otherwise. */
int summar_cli_json_string(FILE *f, const char *s, size_t n);

/* ---------------------------------------------------------- cli_lines.c */

/** Results of summar_cli_line(). */
enum {
  CLI_LINE_OK = 0,     /**< a line (its newline and trailing CRs removed) */
  CLI_LINE_EOF,        /**< no more lines */
  CLI_LINE_TOO_LONG,   /**< a line longer than the limit, skipped */
  CLI_LINE_NOMEM,      /**< a line that did not fit in memory, skipped */
  CLI_LINE_READ_ERROR  /**< read(2) failed (errno in err); input ends */
};

/** A reader of lines of at most `max` bytes from a file descriptor. */
typedef struct cli_lines {
  int fd;
  size_t max;
  char *buf; /* the current line */
  size_t cap;
  char rbuf[65536];
  size_t rpos, rlen;
  int eof, err;
  size_t lineno;             /* lines returned so far (1-based numbering) */
  int skipping;              /* dropping the rest of a reported line */
  unsigned long long bytes;  /* bytes consumed, newlines included */
} cli_lines;

/** Starts reading @fd (not closed by the reader) with a limit of @max
    bytes a line. */
void summar_cli_lines_init(cli_lines *r, int fd, size_t max);

/** Frees the reader's buffer. */
void summar_cli_lines_free(cli_lines *r);

/**
 * Reads the next line.  With CLI_LINE_OK, *line points to it
 * (NUL-terminated, valid until the next call) and *len to its length.
 * CLI_LINE_TOO_LONG and CLI_LINE_NOMEM are returned as soon as the line
 * is found too long or out of memory, and count a line in r->lineno; the
 * next call first skips the rest of that line.  *line is then NULL.
 */
int summar_cli_line(cli_lines *r, char **line, size_t *len);

/** Hands over the buffer holding the last CLI_LINE_OK line: the caller
    frees it with free(); the reader allocates a new one. */
char *summar_cli_line_take(cli_lines *r);

/* ---------------------------------------------------------- cli_json.c */

/** A new jansson string of s[0..n), invalid UTF-8 replaced by U+FFFD;
    NULL when out of memory. */
json_t *summar_cli_json_text(const char *s, size_t n);

/**
 * A copy of the JSON text s[0..n) with invalid UTF-8 bytes and NULs
 * replaced by U+FFFD and unpaired surrogate escapes (\uD800) by \uFFFD;
 * *replaced set to 1 when anything was.  NULL when out of memory.
 */
char *summar_cli_repair_json(const char *s, size_t n, size_t *out_len,
                             int *replaced);

/** The value of the top-level "id" member of a JSON object that may not
    parse as a whole; NULL when it cannot be read. */
json_t *summar_cli_json_find_id(const char *s, size_t n);

/** Makes jansson allocate through the guard below (once, before any
    thread uses jansson). */
void summar_cli_json_guard(void);

/** The calling thread's flag of a failed jansson allocation: set by the
    guard, reset by the caller before the work it checks. */
int *summar_cli_json_failed(void);

typedef json_t *(*cli_json_loader)(const char *s, size_t n,
                                   json_error_t *err);

/**
 * load(s, n, err) run under the allocation guard: when an allocation
 * fails on the way, the parse is abandoned, every block it allocated is
 * freed, the thread's failure flag is set, err->text is emptied and NULL
 * is returned.  Not reentrant within a thread.
 */
json_t *summar_cli_json_load(cli_json_loader load, const char *s, size_t n,
                             json_error_t *err);

/** Whether s[0..n) holds only spaces, tabs and line ends. */
int summar_cli_blank(const char *s, size_t n);

/* ------------------------------------------------------ cli_progress.c */

/** Progress of a batch. */
typedef struct cli_progress {
  int live, tty, verbose;
  unsigned long long total, bytes; /* total: 0 when unknown */
  size_t lines, failed, jobs;
  double start, last;
} cli_progress;

/** Starts counting: a live line when @forced or stderr is a terminal, an
    account at the end when @verbose; @total input bytes (0: unknown). */
void summar_cli_progress_init(cli_progress *p, int forced, int verbose,
                              unsigned long long total, size_t jobs);

/** Counts lines done, their input bytes and whether they failed. */
void summar_cli_progress_add(cli_progress *p, size_t lines,
                             unsigned long long bytes, int failed);

/** Shows the progress line if it is time to (always when @final, which
    also prints the --verbose account). */
void summar_cli_progress_show(cli_progress *p, int final);

/** Flushes stdout; on a write error prints it and returns CLI_FAIL. */
int summar_cli_flush(void);

#endif /* SUMMAR_CLI_H */
