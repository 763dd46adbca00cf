/*
 * cli_extract.c - `summar extract`: the article text of a page, or the
 * cleaned content of a plain text.
 *
 * HTML (given with --html, or when the input obviously is HTML): the main
 * content, title first, blocks separated by one blank line; --visible
 * gives every visible text block instead (no content finding).
 * Plain text (--text, or input that is not HTML): the headline the
 * cleaning found first, as for a page, then the content sentences the
 * cleaning keeps (no menus, share lines, instructions...), each block of
 * the source on its own, blocks separated by a blank line.
 * --format json: {"format":"html"|"text","charset","title","text",
 * "blocks":[{"kind","level","start","end","src_start","src_end",
 * "text"}]}; start/end are offsets in "text", src_* in the input bytes.
 */
#include "cli.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

enum {
  EOPT_FORMAT = 1,
  EOPT_HTML,
  EOPT_TEXT,
  EOPT_VISIBLE,
  EOPT_LANG,
  EOPT_MAX_BYTES,
  EOPT_VERBOSE,
  EOPT_HELP
};

static const cli_opt extract_opts[] = {
    {"format", 'f', 1, EOPT_FORMAT},
    {"html", 0, 0, EOPT_HTML},
    {"text", 0, 0, EOPT_TEXT},
    {"visible", 0, 0, EOPT_VISIBLE},
    {"lang", 'l', 1, EOPT_LANG},
    {"max-bytes", 0, 1, EOPT_MAX_BYTES},
    {"verbose", 'v', 0, EOPT_VERBOSE},
    {"help", 'h', 0, EOPT_HELP},
    {NULL, 0, 0, 0},
};

typedef struct extract_opts_t {
  const char *file, *lang;
  int json, html, text, visible, verbose;
  size_t max_bytes;
} extract_opts_t;

static void help(void) {
  fputs("Usage: summar extract [OPTIONS] [FILE]\n"
        "\n"
        "Print the article text of an HTML page (title first, paragraphs\n"
        "separated by blank lines), or the content a plain text keeps after\n"
        "cleaning.  FILE \"-\" or none: standard input.\n"
        "\n"
        "  -f, --format F     text (default) or json (blocks with their\n"
        "                     offsets in the text and in the input)\n"
        "      --html         the input is HTML (default: detected)\n"
        "      --text         the input is plain text\n"
        "      --visible      HTML: every visible text block, no content\n"
        "                     finding\n"
        "  -l, --lang L       plain text: its language (default: detected)\n"
        "      --max-bytes N  largest input in bytes (default 64M)\n"
        "  -v, --verbose      report the input kind and charset\n"
        "  -h, --help         show this help and exit\n",
        stdout);
}

static const char *kind_name(unsigned k) {
  static const char *const names[] = {"title",     "heading", "paragraph",
                                      "list_item", "quote",   "pre",
                                      "table_cell", "caption"};
  return k < sizeof names / sizeof *names ? names[k] : "paragraph";
}

/* After a JSON string that could not be written: what was written is
   flushed, the exit code says the output is incomplete. */
static int failed_output(void) {
  summar_cli_flush();
  return CLI_FAIL;
}

/* The JSON writers below return CLI_OK, or CLI_FAIL after a message when
   a string could not be written (the output then stops). */
static int json_block(int first, const char *kind, unsigned level,
                      size_t start, size_t end, size_t s0, size_t s1,
                      const char *text) {
  printf("%s\n    {\"kind\": \"%s\", \"level\": %u, \"start\": %zu, "
         "\"end\": %zu, \"src_start\": %zu, \"src_end\": %zu, \"text\": ",
         first ? "" : ",", kind, level, start, end, s0, s1);
  if (summar_cli_json_string(stdout, text + start, end - start) != CLI_OK)
    return CLI_FAIL;
  putchar('}');
  return CLI_OK;
}

/* A JSON string, or null for s == NULL. */
static int json_string_or_null(const char *s, size_t n) {
  if (s)
    return summar_cli_json_string(stdout, s, n);
  fputs("null", stdout);
  return CLI_OK;
}

static int json_head(const char *format, const char *charset,
                     const char *title, size_t title_len, const char *text,
                     size_t len) {
  printf("{\n  \"format\": \"%s\",\n  \"charset\": ", format);
  if (json_string_or_null(charset, charset ? strlen(charset) : 0) != CLI_OK)
    return CLI_FAIL;
  fputs(",\n  \"title\": ", stdout);
  if (json_string_or_null(title, title_len) != CLI_OK)
    return CLI_FAIL;
  fputs(",\n  \"text\": ", stdout);
  if (summar_cli_json_string(stdout, text, len) != CLI_OK)
    return CLI_FAIL;
  fputs(",\n  \"blocks\": [", stdout);
  return CLI_OK;
}

static int extract_html(const extract_opts_t *e, summar_ctx *ctx,
                        const char *name, const char *in, size_t inlen) {
  summar_html *h = NULL;
  summar_status st = summar_html_extract(
      ctx, in, inlen, e->visible ? SUMMAR_HTML_VISIBLE : 0, &h);
  if (st != SUMMAR_OK)
    return summar_cli_status(name, st);
  size_t len;
  const char *text = summar_html_text(h, &len);
  if (e->verbose)
    summar_cli_msg("%s: HTML, charset %s, %zu blocks", name,
                   summar_html_charset(h), summar_html_block_count(h));
  if (!e->json) {
    fwrite(text, 1, len, stdout);
    if (len)
      putchar('\n');
  } else {
    summar_html_block b0 = {sizeof b0, 0, 0, 0, 0, 0, 0};
    int titled = summar_html_block_at(h, 0, &b0) == SUMMAR_OK &&
                 b0.kind == SUMMAR_HTML_TITLE;
    int rc = json_head("html", summar_html_charset(h),
                       titled ? text + b0.start : NULL,
                       titled ? b0.end - b0.start : 0, text, len);
    for (size_t i = 0; rc == CLI_OK && i < summar_html_block_count(h); i++) {
      summar_html_block b = {sizeof b, 0, 0, 0, 0, 0, 0};
      summar_html_block_at(h, i, &b);
      rc = json_block(i == 0, kind_name(b.kind), b.level, b.start, b.end,
                      b.src_start, b.src_end, text);
    }
    if (rc != CLI_OK) {
      summar_html_free(h);
      return failed_output();
    }
    fputs("\n  ]\n}\n", stdout);
  }
  summar_html_free(h);
  return summar_cli_flush();
}

/* Plain text: the content sentences, grouped by source block. */
static int extract_text(const extract_opts_t *e, summar_ctx *ctx,
                        const char *name, const char *in, size_t inlen) {
  summar_doc *doc = NULL;
  summar_status st = summar_doc_new(ctx, in, inlen, e->lang, 0, &doc);
  if (st != SUMMAR_OK) {
    cli_err err;
    summar_cli_doc_error(e->lang, ctx, in, inlen, st, &err);
    summar_cli_print_err(name, &err);
    return err.exit;
  }
  size_t len;
  const char *text = summar_doc_text(doc, &len);
  summar_span title = {sizeof title, 0, 0, 0, 0};
  int titled = summar_doc_title(doc, &title) == SUMMAR_OK;
  if (e->verbose)
    summar_cli_msg("%s: plain text, language %s, %zu words of content", name,
                   summar_doc_language(doc), summar_doc_content_words(doc));
  int rc = CLI_OK;
  if (e->json)
    rc = json_head("text", NULL, titled ? text + title.start : NULL,
                   titled ? title.end - title.start : 0, text, len);
  size_t block = SIZE_MAX, bstart = 0, bend = 0;
  int nblocks = 0;
  if (titled && !e->json) {
    printf("%.*s\n", (int)(title.end - title.start), text + title.start);
    nblocks++;
  }
  size_t n = summar_doc_sentence_count(doc);
  for (size_t i = 0; rc == CLI_OK && i <= n; i++) {
    summar_span s = {sizeof s, 0, 0, 0, 0};
    int ok = i < n && summar_doc_sentence(doc, i, &s) == SUMMAR_OK &&
             !(s.flags & SUMMAR_SENT_DROP);
    if (i < n && !ok)
      continue;
    if (block != SIZE_MAX && (i == n || s.block != block)) {
      if (e->json)
        rc = json_block(nblocks == 0, "paragraph", 0, bstart, bend, bstart,
                        bend, text);
      else
        printf("%s%.*s\n", nblocks ? "\n" : "", (int)(bend - bstart),
               text + bstart);
      nblocks++;
      block = SIZE_MAX;
    }
    if (i == n)
      break;
    if (block == SIZE_MAX) {
      block = s.block;
      bstart = s.start;
    }
    bend = s.end;
  }
  summar_doc_free(doc);
  if (rc != CLI_OK)
    return failed_output();
  if (e->json)
    fputs("\n  ]\n}\n", stdout);
  return summar_cli_flush();
}

static int parse(int argc, char **argv, extract_opts_t *e, int *show_help) {
  cli_parser p = {argc, argv, 1, 0, extract_opts};
  const char *v;
  int id;
  while ((id = summar_cli_next(&p, &v)) != -1) {
    int rc = CLI_OK;
    switch (id) {
    case 0:
      if (e->file)
        rc = summar_cli_usage_error("extract", "one FILE at most");
      e->file = v;
      break;
    case EOPT_FORMAT:
      if (!strcmp(v, "json"))
        e->json = 1;
      else if (strcmp(v, "text") != 0)
        rc = summar_cli_usage_error("extract",
                                    "--format: text or json, not '%s'", v);
      break;
    case EOPT_HTML: e->html = 1; break;
    case EOPT_TEXT: e->text = 1; break;
    case EOPT_VISIBLE: e->visible = 1; break;
    case EOPT_VERBOSE: e->verbose = 1; break;
    case EOPT_LANG: e->lang = v; break;
    case EOPT_MAX_BYTES:
      rc = summar_cli_size("--max-bytes", v, 1, SIZE_MAX, 1, &e->max_bytes);
      break;
    case EOPT_HELP: *show_help = 1; break;
    default: rc = CLI_USAGE; break;
    }
    if (rc != CLI_OK)
      return summar_cli_hint("extract");
  }
  if (e->html && e->text)
    return summar_cli_usage_error("extract", "--html and --text exclude "
                                             "each other");
  return CLI_OK;
}

int summar_cli_extract(int argc, char **argv) {
  extract_opts_t e;
  memset(&e, 0, sizeof e);
  e.max_bytes = CLI_DEFAULT_MAX_BYTES;
  int show_help = 0;
  int rc = parse(argc, argv, &e, &show_help);
  if (rc != CLI_OK)
    return rc;
  if (show_help) {
    help();
    return summar_cli_flush();
  }
  const char *name = summar_cli_name(e.file);
  char *in = NULL;
  size_t len = 0;
  rc = summar_cli_read(e.file, e.max_bytes, &in, &len);
  if (rc != CLI_OK)
    return rc;
  summar_ctx *ctx = NULL;
  summar_status st = summar_ctx_new(NULL, &ctx);
  if (st == SUMMAR_OK)
    st = summar_ctx_set_max_input(ctx, e.max_bytes);
  if (st != SUMMAR_OK) {
    rc = summar_cli_status(name, st);
  } else if (e.html || e.visible ||
             (!e.text && summar_looks_like_html(in, len))) {
    rc = extract_html(&e, ctx, name, in, len);
  } else {
    rc = extract_text(&e, ctx, name, in, len);
  }
  summar_ctx_free(ctx);
  free(in);
  return rc;
}
