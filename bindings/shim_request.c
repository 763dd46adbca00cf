/*
 * shim_request.c - requests: creation, the setters, and formats by name;
 * see shim.h.
 */
#include "shim_private.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* --------------------------------------------------------------- request */

static void request_release(summar_sw_guard *g) {
  summar_sw_request *r = (summar_sw_request *)g;
  summar_request_free(r->req);
  r->req = NULL;
  pthread_mutex_destroy(&r->use);
}

summar_sw_request *summar_shim_request_new(summar_sw_err *err) {
  summar_sw_request *r = summar_sw_object_new(sizeof *r, request_release, err);
  if (!r)
    return NULL;
  if (pthread_mutex_init(&r->use, NULL) != 0) {
    pthread_mutex_destroy(&r->g.mu);
    free(r);
    summar_sw_fail(err, SUMMAR_ERR_NOMEM, NULL);
    return NULL;
  }
  summar_status st = summar_request_new(&r->req);
  if (st != SUMMAR_OK) {
    pthread_mutex_destroy(&r->use);
    pthread_mutex_destroy(&r->g.mu);
    free(r);
    summar_sw_fail(err, st, NULL);
    return NULL;
  }
  return r;
}

void summar_shim_request_free(summar_sw_request *r) {
  if (r)
    summar_sw_guard_close(&r->g, 1);
}

/* The options a setter may set; option_name[] names them in errors. */
typedef enum option {
  OPT_WORDS,
  OPT_SENTENCES,
  OPT_RATIO,
  OPT_PARAGRAPHS,
  OPT_FORMAT,
  OPT_ALGORITHM,
  OPT_OUTPUT_LANG,
  OPT_KEYWORDS,
  OPT_TITLE,
  OPT_FILL
} option;

static const char *const option_name[] = {
    "words",     "sentences",   "ratio",    "paragraphs", "format",
    "algorithm", "output_lang", "keywords", "title",      "fill"};

/* A setter's value: n for counts, formats and yes/no, x for the ratio, s
 * for strings. */
typedef struct value {
  size_t n;
  double x;
  const char *s;
} value;

/* The library's setter of @o with @v. */
static summar_status apply(summar_request *q, option o, const value *v) {
  switch (o) {
  case OPT_WORDS:
    return summar_request_set_words(q, v->n);
  case OPT_SENTENCES:
    return summar_request_set_sentences(q, v->n);
  case OPT_RATIO:
    return summar_request_set_ratio(q, v->x);
  case OPT_PARAGRAPHS:
    return summar_request_set_paragraphs(q, v->n);
  case OPT_FORMAT:
    return v->n > (size_t)SUMMAR_FORMAT_JSON
               ? SUMMAR_ERR_RANGE
               : summar_request_set_format(q, (summar_format)v->n);
  case OPT_ALGORITHM:
    return summar_request_set_algorithm(q, v->s);
  case OPT_OUTPUT_LANG:
    return summar_request_set_output_lang(q, v->s);
  case OPT_KEYWORDS:
    return summar_request_set_keywords(q, v->n);
  case OPT_TITLE:
    return summar_request_set_title(q, v->n != 0);
  case OPT_FILL:
    return summar_request_set_fill(q, v->n != 0);
  }
  return SUMMAR_ERR_ARG;
}

/* Sets @o to @v with the request entered and locked; a value out of range
 * is reported under the option's name ("words: value out of range"). */
static void request_set(summar_sw_request *r, summar_sw_err *err, option o,
                        value v) {
  if (!summar_sw_request_enter(r, err))
    return;
  pthread_mutex_lock(&r->use);
  summar_status st = apply(r->req, o, &v);
  pthread_mutex_unlock(&r->use);
  summar_sw_guard_leave(&r->g);
  if (st == SUMMAR_ERR_RANGE) {
    char detail[sizeof err->detail];
    snprintf(detail, sizeof detail, "%s: %s", option_name[o],
             summar_strerror(st));
    summar_sw_fail(err, st, detail);
  } else if (st != SUMMAR_OK) {
    summar_sw_fail(err, st, NULL);
  }
}

/* A string option, refused when it holds a NUL byte. */
static void request_set_string(summar_sw_request *r, summar_sw_err *err,
                               option o, const char *s, size_t len,
                               const char *what) {
  if (summar_sw_tag_ok(err, s, len, what))
    request_set(r, err, o, (value){0, 0, s});
}

void summar_shim_request_set_words(summar_sw_request *r, summar_sw_err *err,
                                   size_t words) {
  request_set(r, err, OPT_WORDS, (value){words, 0, NULL});
}

void summar_shim_request_set_sentences(summar_sw_request *r, summar_sw_err *err,
                                       size_t sentences) {
  request_set(r, err, OPT_SENTENCES, (value){sentences, 0, NULL});
}

void summar_shim_request_set_ratio(summar_sw_request *r, summar_sw_err *err,
                                   double ratio) {
  request_set(r, err, OPT_RATIO, (value){0, ratio, NULL});
}

void summar_shim_request_set_paragraphs(summar_sw_request *r,
                                        summar_sw_err *err, size_t paragraphs) {
  request_set(r, err, OPT_PARAGRAPHS, (value){paragraphs, 0, NULL});
}

void summar_shim_request_set_format(summar_sw_request *r, summar_sw_err *err,
                                    size_t format) {
  request_set(r, err, OPT_FORMAT, (value){format, 0, NULL});
}

void summar_shim_request_set_algorithm(summar_sw_request *r, summar_sw_err *err,
                                       const char *tag, size_t tag_len) {
  request_set_string(r, err, OPT_ALGORITHM, tag, tag_len, "algorithm");
}

void summar_shim_request_set_output_lang(summar_sw_request *r,
                                         summar_sw_err *err, const char *tag,
                                         size_t tag_len) {
  request_set_string(r, err, OPT_OUTPUT_LANG, tag, tag_len, "output language");
}

void summar_shim_request_set_keywords(summar_sw_request *r, summar_sw_err *err,
                                      size_t keywords) {
  request_set(r, err, OPT_KEYWORDS, (value){keywords, 0, NULL});
}

void summar_shim_request_set_title(summar_sw_request *r, summar_sw_err *err,
                                   int include) {
  request_set(r, err, OPT_TITLE, (value){include != 0, 0, NULL});
}

void summar_shim_request_set_fill(summar_sw_request *r, summar_sw_err *err,
                                  int fill) {
  request_set(r, err, OPT_FILL, (value){fill != 0, 0, NULL});
}

int summar_sw_format_from_name(summar_sw_err *err, const char *name,
                               size_t *out) {
  static const struct {
    const char *name;
    summar_format f;
  } tab[] = {
      {"text", SUMMAR_FORMAT_TEXT},   {"markdown", SUMMAR_FORMAT_MARKDOWN},
      {"md", SUMMAR_FORMAT_MARKDOWN}, {"html", SUMMAR_FORMAT_HTML},
      {"json", SUMMAR_FORMAT_JSON},
  };
  for (size_t i = 0; name && i < sizeof tab / sizeof tab[0]; i++) {
    if (strcmp(name, tab[i].name) == 0) {
      *out = (size_t)tab[i].f;
      return 1;
    }
  }
  char msg[160];
  snprintf(msg, sizeof msg,
           "unknown format '%.60s' (text, markdown, html or json)",
           name ? name : "(null)");
  summar_sw_fail(err, SUMMAR_ERR_ARG, msg);
  return 0;
}
