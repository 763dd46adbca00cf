/*
 * cli_request.c - the one place where the `summar` tool turns options into
 * a libsummar request and a text into a summary: used by the summarize
 * mode, by every --jsonl line and by `summar eval`.  Errors come back as a
 * stable code and a message; each caller decides where to write them.
 */
#include "cli.h"

#include <stdarg.h>
#include <string.h>

const char *summar_cli_status_code(summar_status st) {
  const char *name = summar_status_name(st);
  return name ? name : "error";
}

void summar_cli_err(cli_err *e, const char *code, int exit, int about,
                    const char *fmt, ...) {
  va_list ap;
  e->code = code;
  e->exit = exit;
  e->about = about;
  va_start(ap, fmt);
  vsnprintf(e->msg, sizeof e->msg, fmt, ap);
  va_end(ap);
}

summar_status summar_cli_request_new(const cli_req *r, summar_request **out) {
  summar_request *req = NULL;
  summar_status st = summar_request_new(&req);
  if (st == SUMMAR_OK && r->words)
    st = summar_request_set_words(req, r->words);
  else if (st == SUMMAR_OK && r->sentences)
    st = summar_request_set_sentences(req, r->sentences);
  else if (st == SUMMAR_OK && r->ratio > 0)
    st = summar_request_set_ratio(req, r->ratio);
  if (st == SUMMAR_OK)
    st = summar_request_set_paragraphs(req, r->paragraphs ? r->paragraphs : 1);
  if (st == SUMMAR_OK)
    st = summar_request_set_format(req, r->format);
  if (st == SUMMAR_OK && r->algorithm)
    st = summar_request_set_algorithm(req, r->algorithm);
  if (st == SUMMAR_OK && r->keywords)
    st = summar_request_set_keywords(req, r->keywords);
  if (st == SUMMAR_OK && r->title)
    st = summar_request_set_title(req, 1);
  if (st == SUMMAR_OK && r->fill)
    st = summar_request_set_fill(req, 1);
  if (st == SUMMAR_OK && r->output_lang)
    st = summar_request_set_output_lang(req, r->output_lang);
  if (st != SUMMAR_OK) {
    summar_request_free(req);
    req = NULL;
  }
  *out = req;
  return st;
}

void summar_cli_doc_error(const char *lang, const summar_ctx *ctx,
                          const char *text, size_t len, summar_status st,
                          cli_err *err) {
  size_t bad = 0;
  switch (st) {
  case SUMMAR_ERR_UTF8:
  case SUMMAR_ERR_NUL:
    if (text)
      summar_utf8_check(text, len, &bad);
    summar_cli_err(err, summar_cli_status_code(st), CLI_FAIL, CLI_ABOUT_INPUT,
                   "%s at byte %zu (use --replace-invalid to replace it)",
                   st == SUMMAR_ERR_NUL ? "NUL byte" : "invalid UTF-8", bad);
    if (!text)
      summar_cli_err(err, summar_cli_status_code(st), CLI_FAIL,
                     CLI_ABOUT_INPUT, "%s (use --replace-invalid to replace "
                     "it)", summar_strerror(st));
    break;
  case SUMMAR_ERR_EMPTY:
    summar_cli_err(err, "empty", CLI_FAIL, CLI_ABOUT_INPUT,
                   "no text to summarize");
    break;
  case SUMMAR_ERR_TOO_LARGE:
    if (ctx)
      summar_cli_err(err, "too_large", CLI_FAIL, CLI_ABOUT_INPUT,
                     "the text is larger than %zu bytes (raise the limit "
                     "with --max-bytes)",
                     summar_ctx_max_input(ctx));
    else
      summar_cli_err(err, "too_large", CLI_FAIL, CLI_ABOUT_INPUT,
                     "the text is larger than the limit (raise it with "
                     "--max-bytes)");
    break;
  case SUMMAR_ERR_LANG_UNSUPPORTED:
    summar_cli_err(err, "lang_unsupported", CLI_USAGE, CLI_ABOUT_OPTION,
                   "--lang: unknown or malformed language tag '%s'",
                   lang ? lang : "");
    break;
  default:
    summar_cli_err(err, summar_cli_status_code(st), CLI_FAIL,
                   CLI_ABOUT_INPUT, "%s", summar_strerror(st));
    break;
  }
}

/* Applies the instruction written in the text where the options leave a
   value open. */
static summar_status follow(cli_summary *s) {
  size_t rw = 0, rp = 0;
  const char *rl = NULL;
  summar_status st = summar_doc_embedded_request(s->doc, &rw, &rp, &rl);
  if (st == SUMMAR_ERR_NOT_FOUND)
    return SUMMAR_OK;
  if (st != SUMMAR_OK)
    return st;
  cli_req *u = &s->used;
  s->asked = 1;
  s->asked_words = rw;
  s->asked_paragraphs = rp;
  s->asked_lang = rl;
  if (rw && !u->words && !u->sentences && !(u->ratio > 0))
    u->words = rw;
  if (rp && !u->paragraphs)
    u->paragraphs = rp;
  if (rl && !u->output_lang)
    u->output_lang = rl;
  return SUMMAR_OK;
}

/* The error of building the request or summarizing. */
static void summary_error(cli_summary *s, summar_status st, cli_err *err) {
  const char *out_lang = s->used.output_lang;
  if (st == SUMMAR_ERR_LANG_MISMATCH) {
    const char *src = summar_doc_language(s->doc);
    const char *code = summar_language_canonical(out_lang);
    char sn[64], on[64];
    summar_cli_err(err, "lang_mismatch", CLI_FAIL, CLI_ABOUT_REQUEST,
                   "translation is not supported: the source is %s (%s), "
                   "the output was asked in %s (%s)",
                   summar_cli_lang_name(src, sn, sizeof sn),
                   src ? src : "und",
                   summar_cli_lang_name(code, on, sizeof on),
                   code ? code : out_lang);
  } else if (st == SUMMAR_ERR_LANG_UNSUPPORTED) {
    summar_cli_err(err, "lang_unsupported", CLI_FAIL, CLI_ABOUT_REQUEST,
                   "unknown output language '%s'", out_lang ? out_lang : "");
  } else if (st == SUMMAR_ERR_ALGORITHM) {
    summar_cli_err(err, "algorithm", CLI_FAIL, CLI_ABOUT_REQUEST,
                   "unknown algorithm '%s'",
                   s->used.algorithm ? s->used.algorithm : "");
  } else {
    /* Values were checked while parsing: what is left is the text's own
       instruction (out of the library's range) or a library failure. */
    summar_cli_err(err, summar_cli_status_code(st), CLI_FAIL,
                   CLI_ABOUT_INPUT, "%s", summar_strerror(st));
  }
}

int summar_cli_summarize(const summar_ctx *ctx, const char *text, size_t len,
                         const cli_req *r, cli_summary *out, cli_err *err) {
  memset(out, 0, sizeof *out);
  out->used = *r;
  unsigned flags = (r->replace_invalid ? SUMMAR_DOC_REPLACE_INVALID : 0) |
                   (r->html ? SUMMAR_DOC_HTML : 0);
  summar_status st = summar_doc_new(ctx, text, len, r->lang, flags, &out->doc);
  if (st != SUMMAR_OK) {
    summar_cli_doc_error(r->lang, ctx, text, len, st, err);
    return err->exit;
  }
  out->lang_unknown = r->lang && *r->lang && strcmp(r->lang, "auto") != 0 &&
                     !summar_language_canonical(r->lang);
  if (r->follow_request) {
    st = follow(out);
    if (st != SUMMAR_OK) {
      summar_cli_err(err, summar_cli_status_code(st), CLI_FAIL,
                     CLI_ABOUT_INPUT, "%s", summar_strerror(st));
      return err->exit;
    }
  }
  summar_request *req = NULL;
  st = summar_cli_request_new(&out->used, &req);
  if (st == SUMMAR_OK)
    st = summar_summarize(out->doc, req, &out->sum);
  summar_request_free(req);
  if (st != SUMMAR_OK) {
    summary_error(out, st, err);
    return err->exit;
  }
  return CLI_OK;
}

int summar_cli_status(const char *name, summar_status st) {
  cli_err err;
  if (st == SUMMAR_OK)
    return CLI_OK;
  summar_cli_doc_error(NULL, NULL, NULL, 0, st, &err);
  summar_cli_print_err(name, &err);
  return err.exit;
}

void summar_cli_summary_free(cli_summary *s) {
  summar_summary_free(s->sum);
  summar_doc_free(s->doc);
  s->sum = NULL;
  s->doc = NULL;
}
