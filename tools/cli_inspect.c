/*
 * cli_inspect.c - `summar sentences` and `summar tokens`: show how
 * libsummar's tokenizer layer sees a text.
 *
 * sentences (text)  one sentence per line, its bytes with "\" written "\\",
 *                   line feed "\n", carriage return "\r" and tab "\t"; a
 *                   sentence that is not content (dropped by cleaning)
 *                   starts with its reasons in brackets, "[junk] ",
 *                   "[title] ", "[foreign,duplicate] "...; a content
 *                   sentence that starts with "[" has it written "\[".
 * sentences --json  a JSON array, one element per line:
 *                   {"index","start","end","block","flags":[...],"text"}
 * tokens (text)     one token per line, tab-separated:
 *                   START END NORM STEM FLAGS (comma-separated, or "-")
 * tokens --json     a JSON array of {"start","end","sentence","norm",
 *                   "stem","flags":[...]}
 */
#include "cli.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

enum {
  IOPT_LANG = 1,
  IOPT_NO_CLEAN,
  IOPT_JSON,
  IOPT_REPLACE_INVALID,
  IOPT_MAX_BYTES,
  IOPT_HELP
};

static const cli_opt inspect_opts[] = {
    {"lang", 'l', 1, IOPT_LANG},
    {"no-clean", 0, 0, IOPT_NO_CLEAN},
    {"json", 0, 0, IOPT_JSON},
    {"replace-invalid", 0, 0, IOPT_REPLACE_INVALID},
    {"max-bytes", 0, 1, IOPT_MAX_BYTES},
    {"help", 'h', 0, IOPT_HELP},
    {NULL, 0, 0, 0},
};

typedef struct inspect {
  const char *lang, *file;
  int no_clean, json, replace_invalid;
  size_t max_bytes;
} inspect;

/* Prints the names (@name: summar_sentence_flag_name or
 * summar_token_flag_name) of the bits of `bits`, separated by commas, each
 * between `quote`s; returns how many it printed. */
static size_t print_flags(const char *(*name)(unsigned), unsigned bits,
                          const char *quote) {
  size_t printed = 0;
  for (unsigned bit = 1; bit; bit <<= 1) {
    const char *n = (bits & bit) ? name(bit) : NULL;
    if (n)
      printf("%s%s%s%s", printed++ ? "," : "", quote, n, quote);
  }
  return printed;
}

static void help(const char *cmd) {
  if (!strcmp(cmd, "sentences"))
    fputs("Usage: summar sentences [OPTIONS] [FILE]\n"
          "\n"
          "Print the sentences of FILE (standard input when none or \"-\"),\n"
          "one per line, with \\ written \\\\ and line breaks and tabs as\n"
          "\\n, \\r, \\t.  Sentences that cleaning drops start with their\n"
          "reasons in brackets, such as \"[junk] \" or \"[title] \"; a kept\n"
          "sentence starting with \"[\" has it written \"\\[\".\n"
          "\n"
          "  -l, --lang L         language of the text (default: detected)\n"
          "      --no-clean       keep every line: no junk, duplicate or\n"
          "                       title detection\n"
          "      --json           a JSON array of {\"index\", \"start\",\n"
          "                       \"end\", \"block\", \"flags\", \"text\"}\n"
          "      --replace-invalid  replace invalid UTF-8 and NUL bytes\n"
          "      --max-bytes N    largest input (default 64M)\n"
          "  -h, --help           show this help and exit\n",
          stdout);
  else
    fputs("Usage: summar tokens [OPTIONS] [FILE]\n"
          "\n"
          "Print the word tokens of FILE (standard input when none or \"-\"),\n"
          "one per line: START END NORM STEM FLAGS, separated by tabs.\n"
          "START and END are byte offsets; FLAGS is a comma-separated list\n"
          "of stopword, number, letters, or \"-\".\n"
          "\n"
          "  -l, --lang L         language of the text (default: detected)\n"
          "      --no-clean       keep every line when analysing\n"
          "      --json           a JSON array of {\"start\", \"end\",\n"
          "                       \"sentence\", \"norm\", \"stem\", \"flags\"}\n"
          "      --replace-invalid  replace invalid UTF-8 and NUL bytes\n"
          "      --max-bytes N    largest input (default 64M)\n"
          "  -h, --help           show this help and exit\n",
          stdout);
}

/* Parses the options; returns -1 to go on, or an exit code. */
static int parse_inspect(int argc, char **argv, inspect *in) {
  cli_parser p = {argc, argv, 1, 0, inspect_opts};
  const char *v, *cmd = argv[0];
  int id, nfiles = 0;
  memset(in, 0, sizeof *in);
  in->max_bytes = CLI_DEFAULT_MAX_BYTES;
  while ((id = summar_cli_next(&p, &v)) != -1) {
    switch (id) {
    case 0:
      if (nfiles++)
        return summar_cli_usage_error(cmd, "%s: give at most one FILE", cmd);
      in->file = v;
      break;
    case IOPT_LANG:
      if (!*v)
        return summar_cli_usage_error(cmd, "--lang: empty language");
      in->lang = v;
      break;
    case IOPT_NO_CLEAN: in->no_clean = 1; break;
    case IOPT_JSON: in->json = 1; break;
    case IOPT_REPLACE_INVALID: in->replace_invalid = 1; break;
    case IOPT_MAX_BYTES:
      if (summar_cli_size("--max-bytes", v, 1, SIZE_MAX, 1, &in->max_bytes))
        return summar_cli_hint(cmd);
      break;
    case IOPT_HELP:
      help(cmd);
      return summar_cli_flush();
    default:
      return summar_cli_hint(cmd);
    }
  }
  return -1;
}

/* Reads and analyses the input; returns an exit code. */
static int load(const inspect *in, summar_ctx **ctx, summar_doc **doc) {
  const char *name = summar_cli_name(in->file);
  char *text = NULL;
  size_t len = 0;
  *ctx = NULL;
  *doc = NULL;
  int rc = summar_cli_read(in->file, in->max_bytes, &text, &len);
  if (rc == CLI_OK)
    rc = summar_cli_decode(name, &text, &len, in->replace_invalid);
  if (rc != CLI_OK) {
    free(text);
    return rc;
  }
  summar_status st = summar_ctx_new(NULL, ctx);
  if (st == SUMMAR_OK)
    st = summar_ctx_set_max_input(*ctx, in->max_bytes);
  unsigned flags = (in->no_clean ? SUMMAR_DOC_NO_CLEAN : 0) |
                   (in->replace_invalid ? SUMMAR_DOC_REPLACE_INVALID : 0);
  if (st == SUMMAR_OK)
    st = summar_doc_new(*ctx, text, len, in->lang, flags, doc);
  if (st != SUMMAR_OK) {
    cli_err err;
    summar_cli_doc_error(in->lang, *ctx, text, len, st, &err);
    summar_cli_print_err(name, &err);
    rc = err.exit;
    summar_ctx_free(*ctx);
    *ctx = NULL;
  } else if (summar_doc_warnings(*doc) & SUMMAR_WARN_REPLACED) {
    summar_cli_msg("warning: invalid UTF-8 or NUL bytes were replaced by "
                   "U+FFFD");
  }
  free(text);
  return rc;
}

static void escape_line(const char *s, size_t n) {
  for (size_t i = 0; i < n; i++) {
    switch (s[i]) {
    case '\\': fputs("\\\\", stdout); break;
    case '\n': fputs("\\n", stdout); break;
    case '\r': fputs("\\r", stdout); break;
    case '\t': fputs("\\t", stdout); break;
    default: fputc(s[i], stdout); break;
    }
  }
}

static int print_sentences(const inspect *in, summar_doc *doc) {
  int rc = CLI_OK;
  const char *text = summar_doc_text(doc, NULL);
  size_t n = summar_doc_sentence_count(doc);
  if (in->json)
    fputs(n ? "[\n" : "[", stdout);
  for (size_t i = 0; i < n; i++) {
    summar_span sp;
    memset(&sp, 0, sizeof sp);
    sp.size = sizeof sp;
    if (summar_doc_sentence(doc, i, &sp) != SUMMAR_OK) {
      summar_cli_msg("%s: %s", summar_cli_name(in->file),
                     summar_strerror(SUMMAR_ERR_RANGE));
      rc = CLI_FAIL;
      break;
    }
    const char *s = text + sp.start;
    size_t len = sp.end - sp.start;
    if (in->json) {
      printf("{\"index\":%zu,\"start\":%zu,\"end\":%zu,\"block\":%zu,"
             "\"flags\":[",
             i, sp.start, sp.end, sp.block);
      print_flags(summar_sentence_flag_name, sp.flags, "\"");
      fputs("],\"text\":", stdout);
      rc = summar_cli_json_string(stdout, s, len);
      if (rc != CLI_OK)
        return rc;
      fputs(i + 1 < n ? "},\n" : "}\n", stdout);
    } else {
      if (sp.flags & SUMMAR_SENT_DROP) {
        fputc('[', stdout);
        print_flags(summar_sentence_flag_name, sp.flags & SUMMAR_SENT_DROP,
                    "");
        fputs("] ", stdout);
      } else if (len && s[0] == '[') {
        fputc('\\', stdout);
      }
      escape_line(s, len);
      fputc('\n', stdout);
    }
  }
  if (in->json)
    fputs("]\n", stdout);
  return rc;
}

static int print_tokens(const inspect *in, summar_doc *doc) {
  int rc = CLI_OK;
  size_t n = summar_doc_token_count(doc);
  if (in->json)
    fputs(n ? "[\n" : "[", stdout);
  for (size_t i = 0; i < n; i++) {
    summar_token t;
    memset(&t, 0, sizeof t);
    t.size = sizeof t;
    if (summar_doc_token(doc, i, &t) != SUMMAR_OK) {
      summar_cli_msg("%s: %s", summar_cli_name(in->file),
                     summar_strerror(SUMMAR_ERR_RANGE));
      rc = CLI_FAIL;
      break;
    }
    const char *norm = t.norm ? t.norm : "", *stem = t.stem ? t.stem : "";
    if (in->json) {
      printf("{\"start\":%zu,\"end\":%zu,\"sentence\":%zu,\"norm\":", t.start,
             t.end, t.sentence);
      rc = summar_cli_json_string(stdout, norm, strlen(norm));
      if (rc == CLI_OK) {
        fputs(",\"stem\":", stdout);
        rc = summar_cli_json_string(stdout, stem, strlen(stem));
      }
      if (rc != CLI_OK)
        return rc;
      fputs(",\"flags\":[", stdout);
      print_flags(summar_token_flag_name, t.flags, "\"");
      fputs(i + 1 < n ? "]},\n" : "]}\n", stdout);
    } else {
      printf("%zu\t%zu\t", t.start, t.end);
      escape_line(norm, strlen(norm));
      fputc('\t', stdout);
      escape_line(stem, strlen(stem));
      fputc('\t', stdout);
      size_t shown =
          print_flags(summar_token_flag_name, t.flags, "");
      fputs(shown ? "\n" : "-\n", stdout);
    }
  }
  if (in->json)
    fputs("]\n", stdout);
  return rc;
}

/* Parses the options, loads the document, prints it with `print`. */
static int run_inspect(int argc, char **argv,
                       int (*print)(const inspect *, summar_doc *)) {
  inspect in;
  int rc = parse_inspect(argc, argv, &in);
  if (rc >= 0)
    return rc;
  summar_ctx *ctx;
  summar_doc *doc;
  rc = load(&in, &ctx, &doc);
  if (rc != CLI_OK)
    return rc;
  rc = print(&in, doc);
  summar_doc_free(doc);
  summar_ctx_free(ctx);
  int frc = summar_cli_flush();
  return rc != CLI_OK ? rc : frc;
}

int summar_cli_sentences(int argc, char **argv) {
  return run_inspect(argc, argv, print_sentences);
}

int summar_cli_tokens(int argc, char **argv) {
  return run_inspect(argc, argv, print_tokens);
}
