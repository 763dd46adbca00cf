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
  OPT_VERBOSE,
  OPT_QUIET,
  OPT_HTML,
  OPT_HELP,
  OPT_VERSION
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
    {"verbose", 'v', 0, OPT_VERBOSE},
    {"html", 0, 0, OPT_HTML},
    {"quiet", 'q', 0, OPT_QUIET},
    {"help", 'h', 0, OPT_HELP},
    {"version", 'V', 0, OPT_VERSION},
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
  for (size_t i = 0; (n = summar_language_name(i)) != NULL; i++)
    printf("%s\t%s\n", n, summar_cli_lang_name(n));
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
    if (!budget && !o->sentences) {
      /* A ratio budget (the library's default is 0.2). */
      double ratio = o->ratio > 0 ? o->ratio : 0.2;
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
    summar_cli_msg("%swarning: the language was guessed as %s (%s) with low "
                   "confidence; set it with --lang",
                   w, summar_cli_lang_name(l), l ? l : "und");
  }
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
  int html = o->html || summar_looks_like_html(text, len);
  if (html && !o->html && o->verbose)
    summar_cli_msg("%s: the input looks like HTML: summarizing its main "
                   "content (--html)",
                   name);
  rc = html ? CLI_OK
            : summar_cli_check_text(name, text, len, o->replace_invalid);
  if (rc != CLI_OK) {
    free(text);
    return rc;
  }
  summar_doc *doc = NULL;
  summar_request *req = NULL;
  summar_summary *sum = NULL;
  unsigned flags = o->replace_invalid ? SUMMAR_DOC_REPLACE_INVALID : 0;
  if (html)
    flags |= SUMMAR_DOC_HTML;
  summar_status st = summar_doc_new(r->ctx, text, len, o->lang, flags, &doc);
  free(text);
  if (st == SUMMAR_ERR_LANG_UNSUPPORTED) {
    summar_cli_msg("--lang: unknown or malformed language tag '%s'",
                   o->lang ? o->lang : "");
    rc = CLI_USAGE;
    goto done;
  }
  if (st != SUMMAR_OK) {
    rc = summar_cli_status(name, st);
    goto done;
  }
  char wb[4096];
  const char *w = who(r, name, wb, sizeof wb);

  /* The budget: explicit options, then the instruction in the text. */
  size_t words = o->words, paragraphs = o->paragraphs;
  const char *out_lang = o->output_lang;
  if (o->follow_request) {
    size_t rw = 0, rp = 0;
    const char *rl = NULL;
    st = summar_doc_embedded_request(doc, &rw, &rp, &rl);
    if (st == SUMMAR_OK) {
      int budget_given = o->words || o->sentences || o->ratio > 0;
      if (rw && !budget_given)
        words = rw;
      if (rp && !o->paragraphs)
        paragraphs = rp;
      if (rl && !o->output_lang)
        out_lang = rl;
      if (o->verbose)
        summar_cli_msg("%sthe text asks for %zu words, %zu paragraphs, "
                       "language %s; using %zu words, %zu paragraphs, "
                       "language %s",
                       w, rw, rp, rl ? rl : "-", words,
                       paragraphs ? paragraphs : 1, out_lang ? out_lang : "-");
    } else if (st == SUMMAR_ERR_NOT_FOUND) {
      if (!o->quiet)
        summar_cli_msg("%swarning: no instruction found in the text "
                       "(--follow-request)",
                       w);
    } else {
      rc = summar_cli_status(name, st);
      goto done;
    }
  }
  if (!paragraphs)
    paragraphs = 1;

  st = summar_request_new(&req);
  if (st == SUMMAR_OK && words)
    st = summar_request_set_words(req, words);
  if (st == SUMMAR_OK && o->sentences && !words)
    st = summar_request_set_sentences(req, o->sentences);
  if (st == SUMMAR_OK && o->ratio > 0 && !words)
    st = summar_request_set_ratio(req, o->ratio);
  if (st == SUMMAR_OK)
    st = summar_request_set_paragraphs(req, paragraphs);
  if (st == SUMMAR_OK)
    st = summar_request_set_format(req, o->format);
  if (st == SUMMAR_OK && o->algorithm)
    st = summar_request_set_algorithm(req, o->algorithm);
  if (st == SUMMAR_OK && o->keywords)
    st = summar_request_set_keywords(req, o->keywords);
  if (st == SUMMAR_OK && o->title)
    st = summar_request_set_title(req, 1);
  if (st == SUMMAR_OK && out_lang) {
    st = summar_request_set_output_lang(req, out_lang);
    if (st == SUMMAR_ERR_LANG_UNSUPPORTED) {
      summar_cli_msg("%sunknown output language '%s'", w, out_lang);
      rc = CLI_FAIL;
      goto done;
    }
  }
  if (st != SUMMAR_OK) {
    /* Values were checked while parsing: what is left is the text's own
       request (out of the library's range) or a library failure. */
    rc = summar_cli_status(name, st);
    if (rc == CLI_USAGE)
      rc = CLI_FAIL;
    goto done;
  }

  st = summar_summarize(doc, req, &sum);
  if (st == SUMMAR_ERR_LANG_MISMATCH) {
    const char *src = summar_doc_language(doc);
    char code[32];
    summar_cli_lang_code(out_lang, code, sizeof code);
    summar_cli_msg("%stranslation is not supported: the source is %s (%s), "
                   "the output was asked in %s (%s)",
                   w, summar_cli_lang_name(src), src ? src : "und",
                   summar_cli_lang_name(code), code);
    rc = CLI_FAIL;
    goto done;
  }
  if (st != SUMMAR_OK) {
    rc = summar_cli_status(name, st);
    goto done;
  }

  if (r->multi) {
    printf("%s==> %s <==\n", r->printed ? "\n" : "", name);
  }
  size_t out_len = 0;
  const char *out = summar_summary_text(sum, &out_len);
  if (out_len)
    fwrite(out, 1, out_len, stdout);
  r->printed = 1;
  if (o->verbose) {
    const char *l = summar_summary_language(sum);
    summar_cli_msg("%slanguage %s (%s); %zu of %zu words of content in %zu "
                   "sentences and %zu paragraphs; algorithm %s",
                   w, summar_cli_lang_name(l), l ? l : "und",
                   summar_summary_word_count(sum),
                   summar_summary_source_words(sum),
                   summar_summary_sentence_count(sum),
                   summar_summary_paragraph_count(sum),
                   o->algorithm ? o->algorithm : "default");
  }
  report_warnings(r, name, sum, words, paragraphs, out_lang != NULL);
  rc = summar_cli_flush();
done:
  summar_summary_free(sum);
  summar_request_free(req);
  summar_doc_free(doc);
  return rc;
}

/* ----------------------------------------------------------------- main */

static int parse_main(int argc, char **argv, cli_opts *o, char **files,
                      int *nfiles, int *action) {
  cli_parser p = {argc, argv, 1, 0, main_opts};
  const char *v;
  int id, budgets = 0;
  *nfiles = 0;
  *action = 0;
  while ((id = summar_cli_next(&p, &v)) != -1) {
    int rc = CLI_OK;
    switch (id) {
    case 0:
      files[(*nfiles)++] = (char *)v;
      break;
    case OPT_WORDS:
      budgets++;
      rc = summar_cli_size("--words", v, 1, 100000000, 0, &o->words);
      break;
    case OPT_SENTENCES:
      budgets++;
      rc = summar_cli_size("--sentences", v, 1, 10000000, 0, &o->sentences);
      break;
    case OPT_RATIO:
      budgets++;
      rc = summar_cli_ratio("--ratio", v, &o->ratio);
      break;
    case OPT_PARAGRAPHS:
      rc = summar_cli_size("--paragraphs", v, 1, 10000, 0, &o->paragraphs);
      break;
    case OPT_LANG:
      if (!*v)
        rc = summar_cli_usage_error(NULL, "--lang: empty language");
      o->lang = v;
      break;
    case OPT_OUTPUT_LANG:
      if (!*v)
        rc = summar_cli_usage_error(NULL, "--output-lang: empty language");
      o->output_lang = v;
      break;
    case OPT_ALGORITHM:
      if (!summar_cli_algorithm_known(v)) {
        summar_cli_bad_algorithm(v);
        rc = CLI_USAGE;
      }
      o->algorithm = v;
      break;
    case OPT_FORMAT:
      rc = summar_cli_format(v, &o->format);
      break;
    case OPT_KEYWORDS:
      rc = summar_cli_size("--keywords", v, 0, 1000, 0, &o->keywords);
      break;
    case OPT_MAX_BYTES:
      rc = summar_cli_size("--max-bytes", v, 1, SIZE_MAX, 1, &o->max_bytes);
      break;
    case OPT_JOBS:
      rc = summar_cli_size("--jobs", v, 1, 1024, 0, &o->jobs);
      break;
    case OPT_TITLE: o->title = 1; break;
    case OPT_REPLACE_INVALID: o->replace_invalid = 1; break;
    case OPT_FOLLOW_REQUEST: o->follow_request = 1; break;
    case OPT_JSONL: o->jsonl = 1; break;
    case OPT_VERBOSE: o->verbose = 1; break;
    case OPT_QUIET: o->quiet = 1; break;
    case OPT_HTML: o->html = 1; break;
    case OPT_LIST_ALGORITHMS:
    case OPT_LIST_LANGUAGES:
    case OPT_HELP:
    case OPT_VERSION:
      if (!*action)
        *action = id;
      break;
    default:
      rc = CLI_USAGE; /* message printed by the parser */
      break;
    }
    if (rc != CLI_OK)
      return summar_cli_hint(NULL);
  }
  if (*action)
    return CLI_OK;
  if (budgets > 1)
    return summar_cli_usage_error(
        NULL, "--words, --sentences and --ratio exclude each other");
  if (o->jsonl && o->format == SUMMAR_FORMAT_JSON)
    return summar_cli_usage_error(
        NULL, "--jsonl writes JSON already: use --format text, markdown or "
              "html for the summaries");
  if (o->output_lang) {
    summar_request *req = NULL;
    summar_status st = summar_request_new(&req);
    if (st == SUMMAR_OK)
      st = summar_request_set_output_lang(req, o->output_lang);
    summar_request_free(req);
    if (st == SUMMAR_ERR_LANG_UNSUPPORTED)
      return summar_cli_usage_error(NULL, "--output-lang: unknown language "
                                          "'%s'",
                                    o->output_lang);
    if (st != SUMMAR_OK) {
      summar_cli_msg("%s", summar_strerror(st));
      return CLI_FAIL;
    }
  }
  return CLI_OK;
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
  o.format = SUMMAR_FORMAT_TEXT;
  char **files = calloc((size_t)argc + 1, sizeof *files);
  if (!files) {
    summar_cli_msg("out of memory");
    return CLI_FAIL;
  }
  int nfiles = 0, action = 0;
  int rc = parse_main(argc, argv, &o, files, &nfiles, &action);
  if (rc != CLI_OK) {
    free(files);
    return rc;
  }
  switch (action) {
  case OPT_HELP:
    print_help();
    free(files);
    return summar_cli_flush();
  case OPT_VERSION:
    printf("summar %s (libsummar %s)\n", SUMMAR_VERSION_STRING,
           summar_version());
    free(files);
    return summar_cli_flush();
  case OPT_LIST_ALGORITHMS:
    list_algorithms();
    free(files);
    return summar_cli_flush();
  case OPT_LIST_LANGUAGES:
    list_languages();
    free(files);
    return summar_cli_flush();
  default:
    break;
  }

  if (o.jsonl) {
    rc = summar_cli_batch(&o, files, nfiles);
    free(files);
    return rc;
  }

  run r;
  memset(&r, 0, sizeof r);
  r.o = &o;
  r.multi = nfiles > 1;
  summar_status st = summar_ctx_new(NULL, &r.ctx);
  if (st == SUMMAR_OK)
    st = summar_ctx_set_max_input(r.ctx, o.max_bytes);
  if (st != SUMMAR_OK) {
    summar_cli_msg("%s", summar_strerror(st));
    summar_ctx_free(r.ctx);
    free(files);
    return CLI_FAIL;
  }
  if (nfiles == 0) {
    rc = summarize_one(&r, NULL);
  } else {
    for (int i = 0; i < nfiles; i++) {
      int one = summarize_one(&r, files[i]);
      if (one > rc)
        rc = one;
    }
  }
  summar_ctx_free(r.ctx);
  free(files);
  return rc;
}
