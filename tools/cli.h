/*
 * cli.h - pieces shared by the files of the `summar` command-line tool.
 *
 * The tool is split by subcommand:
 *   summar.c        main(), option parsing, `summar [OPTIONS] [FILE...]`
 *   cli_util.c      input reading, strict number parsing, language names,
 *                   messages, JSON string output
 *   cli_batch.c     `summar --jsonl`: JSON Lines in, JSON Lines out, on a
 *                   pthread worker pool sharing one summar_ctx
 *   cli_inspect.c   `summar sentences` and `summar tokens`
 *   cli_eval.c      `summar eval`: ROUGE over JSON Lines data sets
 *
 * Every message goes to stderr prefixed "summar: ".  Exit codes: 0 ok,
 * 1 bad input or library error, 2 usage error.
 */
#ifndef SUMMAR_CLI_H
#define SUMMAR_CLI_H

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

/** Options of the summarize and batch modes. */
typedef struct cli_opts {
  size_t words, sentences, paragraphs, keywords, jobs, max_bytes;
  double ratio;
  const char *lang, *output_lang, *algorithm;
  summar_format format;
  int title, replace_invalid, follow_request, jsonl, verbose, quiet;
  int html; /* --html: the input is an HTML page */
} cli_opts;

/* `summar --jsonl [FILE...]` (tools/cli_batch.c).  Returns the exit code. */
int summar_cli_batch(const cli_opts *o, char **files, int nfiles);

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

/** Whether @name is a scoring algorithm of the library. */
int summar_cli_algorithm_known(const char *name);

/** Prints the usage error for an unknown algorithm, listing the names. */
void summar_cli_bad_algorithm(const char *name);

/** English name of an ISO 639-1 code ("ar" -> "Arabic"), or the code. */
const char *summar_cli_lang_name(const char *code);

/**
 * The ISO 639-1 code a user's language argument stands for: the primary
 * subtag of a BCP 47 tag ("en-GB" -> "en") or a name ("Arabic" -> "ar"),
 * written lower-case into buf (size >= 16).  Returns buf.
 */
const char *summar_cli_lang_code(const char *arg, char *buf, size_t size);

/**
 * Checks @text for invalid UTF-8 and NUL bytes (unless @replace) and for
 * an absence of text.  Prints the error about input @name and returns
 * CLI_FAIL, or returns CLI_OK.
 */
int summar_cli_check_text(const char *name, const char *text, size_t len,
                          int replace);

/**
 * Prints the message for a library status met while analysing or
 * summarizing input @name and returns the exit code it maps to.
 */
int summar_cli_status(const char *name, summar_status st);

/** Writes s[0..n) as a JSON string (quoted, escaped) to @f. */
void summar_cli_json_string(FILE *f, const char *s, size_t n);

/** Names of SUMMAR_WARN_* bits as in the library's JSON ("short_source"). */
const char *summar_cli_warning_name(unsigned bit);

/** Flushes stdout; on a write error prints it and returns CLI_FAIL. */
int summar_cli_flush(void);

#endif /* SUMMAR_CLI_H */
