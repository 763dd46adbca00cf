/*
 * summar.c - the `summar` command-line tool: main(), options, and the
 * summarize mode `summar [OPTIONS] [FILE...]`.
 *
 * See docs/summar.1 for the user's documentation and tools/cli.h for how
 * the tool is split across files.
 */
#include "cli.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

enum {
  OPT_WORDS = 1,
  OPT_SENTENCES,
  OPT_RATIO,
  OPT_PARAGRAPHS,
  OPT_LANG,
  OPT_OUTPUT_LANG,
  OPT_ALGORITHM,
  OPT_LIST_ALGORITHMS,
  OPT_LIST_LANGUAGES,
  OPT_FORMAT,
  OPT_KEYWORDS,
  OPT_TITLE,
  OPT_REPLACE_INVALID,
  OPT_MAX_BYTES,
  OPT_FOLLOW_REQUEST,
  OPT_JSONL,
  OPT_JOBS,
  OPT_PROGRESS,
  OPT_VERBOSE,
  OPT_QUIET,
  OPT_HTML,
  OPT_HELP,
  OPT_VERSION,
  OPT_FILL
};

static const cli_opt main_opts[] = {
    {"words", 'w', 1, OPT_WORDS},
    {"sentences", 's', 1, OPT_SENTENCES},
    {"ratio", 'r', 1, OPT_RATIO},
    {"paragraphs", 'p', 1, OPT_PARAGRAPHS},
    {"lang", 'l', 1, OPT_LANG},
    {"output-lang", 'o', 1, OPT_OUTPUT_LANG},
    {"algorithm", 'a', 1, OPT_ALGORITHM},
    {"list-algorithms", 0, 0, OPT_LIST_ALGORITHMS},
    {"list-languages", 0, 0, OPT_LIST_LANGUAGES},
    {"format", 'f', 1, OPT_FORMAT},
    {"keywords", 'k', 1, OPT_KEYWORDS},
    {"title", 't', 0, OPT_TITLE},
    {"replace-invalid", 0, 0, OPT_REPLACE_INVALID},
    {"max-bytes", 0, 1, OPT_MAX_BYTES},
    {"follow-request", 0, 0, OPT_FOLLOW_REQUEST},
    {"jsonl", 0, 0, OPT_JSONL},
    {"jobs", 'j', 1, OPT_JOBS},
    {"progress", 0, 0, OPT_PROGRESS},
    {"verbose", 'v', 0, OPT_VERBOSE},
    {"html", 0, 0, OPT_HTML},
    {"quiet", 'q', 0, OPT_QUIET},
    {"help", 'h', 0, OPT_HELP},
    {"version", 'V', 0, OPT_VERSION},
    {"fill", 0, 0, OPT_FILL},
    {NULL, 0, 0, 0},
};

static void print_help(void) {
  fputs(
      "Usage: summar [OPTIONS] [FILE...]\n"
      "       summar sentences [--lang L] [--no-clean] [--json] [FILE]\n"
      "       summar tokens [--lang L] [--json] [FILE]\n"
      "       summar eval [OPTIONS] FILE.jsonl...\n"
      "       summar extract [--format json] [--html|--text] [FILE]\n"
      "\n"
      "Summarize each FILE (standard input when none or \"-\") by choosing\n"
      "sentences of it, copied byte for byte, in source order.  With several\n"
      "files each summary is preceded by a \"==> FILE <==\" line.\n"
      "\n"
      "Budget (at most one; default: 20% of the source's words):\n"
      "  -w, --words N          at most N words (never exceeded)\n"
      "      --fill             complete a word budget with the next sentence,\n"
      "                         cut and ended with \"…\"\n"
      "  -s, --sentences N      at most N sentences\n"
      "  -r, --ratio R          about R (0 < R <= 1) of the source's words\n"
      "Output:\n"
      "  -p, --paragraphs K     K paragraphs, separated by one blank line "
      "(default 1)\n"
      "  -f, --format F         text, markdown, html or json (default text)\n"
      "  -t, --title            start with the headline when there is one\n"
      "  -k, --keywords N       report N keywords (JSON output, --jsonl)\n"
      "Language:\n"
      "  -l, --lang L           language of the source (default: detected)\n"
      "  -o, --output-lang L    language the summary must be in (default:\n"
      "                         the source's); summar does not translate,\n"
      "                         so another language than the source's fails\n"
      "      --list-languages   list the languages with stemming and "
      "stopwords\n"
      "Method:\n"
      "  -a, --algorithm NAME   scoring algorithm (default \"default\")\n"
      "      --list-algorithms  list the algorithms and exit\n"
      "      --follow-request   obey an instruction written in the text, such\n"
      "                         as \"Summarize this content to 2000 words in 6\n"
      "                         paragraphs in Arabic\" (explicit options win)\n"
      "Input:\n"
      "      --html             the input is an HTML page: summarize its main\n"
      "                         content (obvious HTML is detected anyway)\n"
      "      --replace-invalid  replace invalid UTF-8 and NUL bytes by U+FFFD\n"
      "                         instead of failing\n"
      "      --max-bytes N      largest input in bytes, K/M/G suffixes allowed\n"
      "                         (default 64M)\n"
      "Batch:\n"
      "      --jsonl            read JSON Lines {\"id\",\"text\",...}, write one\n"
      "                         JSON result per line, in input order\n"
      "  -j, --jobs N           worker threads for --jsonl (default: all "
      "cores)\n"
      "      --progress         progress on stderr (default when it is a\n"
      "                         terminal); -v adds a summary at the end\n"
      "Other:\n"
      "  -v, --verbose          report the language, sizes and guesses\n"
      "  -q, --quiet            no warnings\n"
      "  -h, --help             show this help and exit\n"
      "  -V, --version          show the version and exit\n"
      "\n"
      "Exit status: 0 success, 1 bad input or library error, 2 usage error.\n"
      "See summar(1) for details, the JSON schemas and examples.\n",
      stdout);
}

static void list_algorithms(void) {
  const char *n;
  for (size_t i = 0; (n = summar_algorithm_name(i)) != NULL; i++) {
    const char *d = summar_algorithm_description(i);
    printf("%-10s %s\n", n, d ? d : "");
  }
}

static void list_languages(void) {
  const char *n;
  char name[64];
  for (size_t i = 0; (n = summar_language_code(i)) != NULL; i++)
    printf("%s\t%s\n", n, summar_cli_lang_name(n, name, sizeof name));
}

/* ------------------------------------------------------------ summarize */

typedef struct run {
  const cli_opts *o;
  summar_ctx *ctx;
  int multi;   /* several inputs: name them in headers and warnings */
  int printed; /* a summary has been printed already */
} run;

/* "summar: " or "summar: NAME: " before a message about one input. */
static const char *who(const run *r, const char *name, char *buf,
                       size_t size) {
  if (!r->multi)
    return "";
  snprintf(buf, size, "%s: ", name);
  return buf;
}

static void report_warnings(const run *r, const char *name,
                            const summar_summary *sum, size_t words_asked,
                            size_t paragraphs, int out_lang_given) {
  const cli_opts *o = r->o;
  if (o->quiet)
    return;
  char wb[4096];
  const char *w = who(r, name, wb, sizeof wb);
  unsigned warn = summar_summary_warnings(sum);
  size_t src = summar_summary_source_words(sum);
  if (warn & SUMMAR_WARN_SHORT_SOURCE) {
    if (words_asked)
      summar_cli_msg("%swarning: the source holds only about %zu words of "
                     "content, fewer than the %zu asked for",
                     w, src, words_asked);
    else
      summar_cli_msg("%swarning: the source is shorter than the budget "
                     "asked for: the summary holds all of its content "
                     "(about %zu words)",
                     w, src);
  }
  if (warn & SUMMAR_WARN_FEW_PARAGRAPHS)
    summar_cli_msg("%swarning: only %zu sentences were chosen, fewer than "
                   "the %zu paragraphs asked for: one sentence per paragraph",
                   w, summar_summary_sentence_count(sum), paragraphs);
  if (warn & SUMMAR_WARN_NOTHING_FITS) {
    size_t budget = words_asked;
    if (!budget && !o->req.sentences) {
      /* A ratio budget (the library's default is 0.2). */
      double ratio = o->req.ratio > 0 ? o->req.ratio : 0.2;
      budget = (size_t)(ratio * (double)src + 0.5);
    }
    summar_cli_msg("%swarning: no sentence fits in the budget of %zu "
                   "word%s: the summary is empty",
                   w, budget, budget == 1 ? "" : "s");
  }
  if (warn & SUMMAR_WARN_REPLACED)
    summar_cli_msg("%swarning: invalid UTF-8 or NUL bytes were replaced "
                   "by U+FFFD",
                   w);
  if ((warn & SUMMAR_WARN_LANG_GUESSED) && (o->verbose || out_lang_given)) {
    const char *l = summar_summary_language(sum);
    char ln[64];
    summar_cli_msg("%swarning: the language was guessed as %s (%s) with low "
                   "confidence; set it with --lang",
                   w, summar_cli_lang_name(l, ln, sizeof ln), l ? l : "und");
  }
}

/* Reports the instruction found in the text (--follow-request). */
static void report_request(const run *r, const char *name,
                           const cli_summary *cs) {
  const cli_opts *o = r->o;
  char wb[4096];
  const char *w = who(r, name, wb, sizeof wb);
  if (!cs->asked) {
    if (!o->quiet)
      summar_cli_msg("%swarning: no instruction found in the text "
                     "(--follow-request)",
                     w);
    return;
  }
  if (o->verbose)
    summar_cli_msg("%sthe text asks for %zu words, %zu paragraphs, "
                   "language %s; using %zu words, %zu paragraphs, "
                   "language %s",
                   w, cs->asked_words, cs->asked_paragraphs,
                   cs->asked_lang ? cs->asked_lang : "-", cs->used.words,
                   cs->used.paragraphs ? cs->used.paragraphs : 1,
                   cs->used.output_lang ? cs->used.output_lang : "-");
}

/* Writes the summary: text as it is; JSON among several inputs as one
   line with a "file" member first.  Returns CLI_OK, or CLI_FAIL after a
   message when the file name could not be written. */
static int print_summary(run *r, const char *name, const char *out,
                         size_t out_len) {
  if (r->multi && r->o->req.format == SUMMAR_FORMAT_JSON && out_len > 1 &&
      out[0] == '{') {
    fputs("{\"file\":", stdout);
    if (summar_cli_json_string(stdout, name, strlen(name)) != CLI_OK)
      return CLI_FAIL;
    fputc(',', stdout);
    fwrite(out + 1, 1, out_len - 1, stdout);
    return CLI_OK;
  }
  if (r->multi)
    printf("%s==> %s <==\n", r->printed ? "\n" : "", name);
  if (out_len)
    fwrite(out, 1, out_len, stdout);
  return CLI_OK;
}

static int summarize_one(run *r, const char *path) {
  const cli_opts *o = r->o;
  const char *name = summar_cli_name(path);
  char *text = NULL;
  size_t len = 0;
  int rc = summar_cli_read(path, o->max_bytes, &text, &len);
  if (rc != CLI_OK)
    return rc;
  /* A page is decoded from its own charset by the library. */
  cli_req req = o->req;
  req.html = o->req.html || summar_looks_like_html(text, len);
  if (req.html && !o->req.html && o->verbose)
    summar_cli_msg("%s: the input looks like HTML: summarizing its main "
                   "content (--html)",
                   name);
  rc = req.html ? CLI_OK
                : summar_cli_decode(name, &text, &len, o->req.replace_invalid);
  if (rc != CLI_OK) {
    free(text);
    return rc;
  }
  cli_summary cs;
  cli_err err;
  rc = summar_cli_summarize(r->ctx, text, len, &req, &cs, &err);
  free(text);
  if (o->req.follow_request && cs.doc)
    report_request(r, name, &cs);
  char wb[4096];
  if (cs.lang_unknown && !o->quiet)
    summar_cli_msg("%swarning: libsummar does not know the language '%s': "
                   "its sentences and words are split by ICU's default "
                   "rules, without stopwords or stemming",
                   who(r, name, wb, sizeof wb), o->req.lang);
  if (rc != CLI_OK) {
    summar_cli_print_err(
        err.about == CLI_ABOUT_REQUEST && !r->multi ? NULL : name, &err);
    summar_cli_summary_free(&cs);
    return rc;
  }
  const summar_summary *sum = cs.sum;
  size_t out_len = 0;
  const char *out = summar_summary_text(sum, &out_len);
  if (print_summary(r, name, out, out_len) != CLI_OK) {
    summar_cli_summary_free(&cs);
    summar_cli_flush();
    return CLI_FAIL;
  }
  r->printed = 1;
  if (o->verbose) {
    const char *l = summar_summary_language(sum);
    char ln[64];
    summar_cli_msg("%slanguage %s (%s); %zu of %zu words of content in %zu "
                   "sentences and %zu paragraphs; algorithm %s",
                   who(r, name, wb, sizeof wb),
                   summar_cli_lang_name(l, ln, sizeof ln),
                   l ? l : "und", summar_summary_word_count(sum),
                   summar_summary_source_words(sum),
                   summar_summary_sentence_count(sum),
                   summar_summary_paragraph_count(sum),
                   o->req.algorithm ? o->req.algorithm : "default");
  }
  report_warnings(r, name, sum, cs.used.words,
                  cs.used.paragraphs ? cs.used.paragraphs : 1,
                  cs.used.output_lang != NULL);
  summar_cli_summary_free(&cs);
  return summar_cli_flush();
}

/* ----------------------------------------------------------------- main */

/* Applies one option with value @v; counts budget options in *budgets.
   Returns CLI_OK or CLI_USAGE (message printed). */
static int apply_value(cli_opts *o, int id, const char *v, int *budgets) {
  cli_req *q = &o->req;
  switch (id) {
  case OPT_WORDS:
    ++*budgets;
    return summar_cli_size("--words", v, 1, 100000000, 0, &q->words);
  case OPT_SENTENCES:
    ++*budgets;
    return summar_cli_size("--sentences", v, 1, 10000000, 0, &q->sentences);
  case OPT_RATIO:
    ++*budgets;
    return summar_cli_ratio("--ratio", v, &q->ratio);
  case OPT_PARAGRAPHS:
    return summar_cli_size("--paragraphs", v, 1, 10000, 0, &q->paragraphs);
  case OPT_KEYWORDS:
    return summar_cli_size("--keywords", v, 0, 1000, 0, &q->keywords);
  case OPT_MAX_BYTES:
    return summar_cli_size("--max-bytes", v, 1, SIZE_MAX, 1, &o->max_bytes);
  case OPT_JOBS:
    return summar_cli_size("--jobs", v, 1, 1024, 0, &o->jobs);
  case OPT_FORMAT:
    return summar_cli_format(v, &q->format);
  case OPT_LANG:
  case OPT_OUTPUT_LANG:
    if (!*v) {
      summar_cli_msg("%s: empty language",
                     id == OPT_LANG ? "--lang" : "--output-lang");
      return CLI_USAGE;
    }
    *(id == OPT_LANG ? &q->lang : &q->output_lang) = v;
    return CLI_OK;
  case OPT_ALGORITHM:
    q->algorithm = v;
    if (summar_cli_algorithm_known(v))
      return CLI_OK;
    summar_cli_bad_algorithm(v);
    return CLI_USAGE;
  default:
    return CLI_USAGE; /* message printed by the parser */
  }
}

/* Applies one option without a value; returns 0 when @id is not one. */
static int apply_flag(cli_opts *o, int id, int *action) {
  switch (id) {
  case OPT_TITLE: o->req.title = 1; return 1;
  case OPT_FILL: o->req.fill = 1; return 1;
  case OPT_REPLACE_INVALID: o->req.replace_invalid = 1; return 1;
  case OPT_FOLLOW_REQUEST: o->req.follow_request = 1; return 1;
  case OPT_HTML: o->req.html = 1; return 1;
  case OPT_JSONL: o->jsonl = 1; return 1;
  case OPT_PROGRESS: o->progress = 1; return 1;
  case OPT_VERBOSE: o->verbose = 1; return 1;
  case OPT_QUIET: o->quiet = 1; return 1;
  case OPT_LIST_ALGORITHMS:
  case OPT_LIST_LANGUAGES:
  case OPT_HELP:
  case OPT_VERSION:
    if (!*action)
      *action = id;
    return 1;
  default:
    return 0;
  }
}

/* Checks the options together once all are read. */
static int check_main(const cli_opts *o, int budgets) {
  if (budgets > 1)
    return summar_cli_usage_error(
        NULL, "--words, --sentences and --ratio exclude each other");
  if (o->jsonl && o->req.format == SUMMAR_FORMAT_JSON)
    return summar_cli_usage_error(
        NULL, "--jsonl writes JSON already: use --format text, markdown or "
              "html for the summaries");
  if (o->req.output_lang && !summar_language_canonical(o->req.output_lang))
    return summar_cli_usage_error(NULL, "--output-lang: unknown language "
                                        "'%s'",
                                  o->req.output_lang);
  return CLI_OK;
}

static int parse_main(int argc, char **argv, cli_opts *o, char **files,
                      int *nfiles, int *action) {
  cli_parser p = {argc, argv, 1, 0, main_opts};
  const char *v;
  int id, budgets = 0;
  *nfiles = 0;
  *action = 0;
  while ((id = summar_cli_next(&p, &v)) != -1) {
    if (id == 0)
      files[(*nfiles)++] = (char *)v;
    else if (!apply_flag(o, id, action) &&
             apply_value(o, id, v, &budgets) != CLI_OK)
      return summar_cli_hint(NULL);
  }
  return *action ? CLI_OK : check_main(o, budgets);
}

/* --help, --version, --list-*: prints and returns the exit code. */
static int run_action(int action) {
  switch (action) {
  case OPT_HELP:
    print_help();
    break;
  case OPT_VERSION:
    printf("summar %s (libsummar %s)\n", SUMMAR_VERSION_STRING,
           summar_version());
    break;
  case OPT_LIST_ALGORITHMS:
    list_algorithms();
    break;
  default:
    list_languages();
    break;
  }
  return summar_cli_flush();
}

/* Summarizes each file (standard input when none); returns the exit
   code. */
static int summarize_files(const cli_opts *o, char **files, int nfiles) {
  run r;
  memset(&r, 0, sizeof r);
  r.o = o;
  r.multi = nfiles > 1;
  summar_status st = summar_ctx_new(NULL, &r.ctx);
  if (st == SUMMAR_OK)
    st = summar_ctx_set_max_input(r.ctx, o->max_bytes);
  if (st != SUMMAR_OK) {
    summar_cli_msg("%s", summar_strerror(st));
    summar_ctx_free(r.ctx);
    return CLI_FAIL;
  }
  int rc = CLI_OK;
  for (int i = 0; i < (nfiles ? nfiles : 1); i++) {
    int one = summarize_one(&r, nfiles ? files[i] : NULL);
    if (one > rc)
      rc = one;
  }
  summar_ctx_free(r.ctx);
  return rc;
}

int main(int argc, char **argv) {
  if (argc > 1) {
    if (!strcmp(argv[1], "sentences"))
      return summar_cli_sentences(argc - 1, argv + 1);
    if (!strcmp(argv[1], "tokens"))
      return summar_cli_tokens(argc - 1, argv + 1);
    if (!strcmp(argv[1], "eval"))
      return summar_cli_eval(argc - 1, argv + 1);
    if (!strcmp(argv[1], "extract"))
      return summar_cli_extract(argc - 1, argv + 1);
  }
  cli_opts o;
  memset(&o, 0, sizeof o);
  o.max_bytes = CLI_DEFAULT_MAX_BYTES;
  o.req.format = SUMMAR_FORMAT_TEXT;
  char **files = calloc((size_t)argc + 1, sizeof *files);
  if (!files) {
    summar_cli_msg("out of memory");
    return CLI_FAIL;
  }
  int nfiles = 0, action = 0;
  int rc = parse_main(argc, argv, &o, files, &nfiles, &action);
  if (rc == CLI_OK && action)
    rc = run_action(action);
  else if (rc == CLI_OK && o.jsonl)
    rc = summar_cli_batch(&o, files, nfiles);
  else if (rc == CLI_OK)
    rc = summarize_files(&o, files, nfiles);
  free(files);
  return rc;
}
