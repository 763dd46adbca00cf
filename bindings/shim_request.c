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
  summar_sw_request *r = malloc(sizeof *r);
  if (!r || summar_sw_guard_init(&r->g, request_release) != 0) {
    free(r);
    summar_sw_fail(err, SUMMAR_ERR_NOMEM, NULL);
    return NULL;
  }
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

/* One setter call: the request entered and locked around it. */
typedef struct setter_arg {
  size_t n;
  double x;
  const char *s;
} setter_arg;

typedef summar_status (*setter_fn)(summar_request *req, const setter_arg *a);

/* Calls fn on the request; a value out of range is reported under the
 * option's name @what ("words: value out of range"). */
static void request_set(summar_sw_request *r, summar_sw_err *err, setter_fn fn,
                        const setter_arg *a, const char *what) {
  if (!summar_sw_request_enter(r, err))
    return;
  pthread_mutex_lock(&r->use);
  summar_status st = fn(r->req, a);
  pthread_mutex_unlock(&r->use);
  summar_sw_guard_leave(&r->g);
  if (st == SUMMAR_ERR_RANGE) {
    char detail[sizeof err->detail];
    snprintf(detail, sizeof detail, "%s: %s", what, summar_strerror(st));
    summar_sw_fail(err, st, detail);
  } else if (st != SUMMAR_OK) {
    summar_sw_fail(err, st, NULL);
  }
}

static summar_status set_words(summar_request *q, const setter_arg *a) {
  return summar_request_set_words(q, a->n);
}
static summar_status set_sentences(summar_request *q, const setter_arg *a) {
  return summar_request_set_sentences(q, a->n);
}
static summar_status set_ratio(summar_request *q, const setter_arg *a) {
  return summar_request_set_ratio(q, a->x);
}
static summar_status set_paragraphs(summar_request *q, const setter_arg *a) {
  return summar_request_set_paragraphs(q, a->n);
}
static summar_status set_format(summar_request *q, const setter_arg *a) {
  if (a->n > (size_t)SUMMAR_FORMAT_JSON)
    return SUMMAR_ERR_RANGE;
  return summar_request_set_format(q, (summar_format)a->n);
}
static summar_status set_algorithm(summar_request *q, const setter_arg *a) {
  return summar_request_set_algorithm(q, a->s);
}
static summar_status set_output_lang(summar_request *q, const setter_arg *a) {
  return summar_request_set_output_lang(q, a->s);
}
static summar_status set_keywords(summar_request *q, const setter_arg *a) {
  return summar_request_set_keywords(q, a->n);
}
static summar_status set_title(summar_request *q, const setter_arg *a) {
  return summar_request_set_title(q, a->n != 0);
}

static summar_status set_fill(summar_request *q, const setter_arg *a) {
  return summar_request_set_fill(q, a->n != 0);
}

void summar_shim_request_set_words(summar_sw_request *r, summar_sw_err *err,
                                   size_t words) {
  setter_arg a = {words, 0, NULL};
  request_set(r, err, set_words, &a, "words");
}

void summar_shim_request_set_sentences(summar_sw_request *r, summar_sw_err *err,
                                       size_t sentences) {
  setter_arg a = {sentences, 0, NULL};
  request_set(r, err, set_sentences, &a, "sentences");
}

void summar_shim_request_set_ratio(summar_sw_request *r, summar_sw_err *err,
                                   double ratio) {
  setter_arg a = {0, ratio, NULL};
  request_set(r, err, set_ratio, &a, "ratio");
}

void summar_shim_request_set_paragraphs(summar_sw_request *r,
                                        summar_sw_err *err, size_t paragraphs) {
  setter_arg a = {paragraphs, 0, NULL};
  request_set(r, err, set_paragraphs, &a, "paragraphs");
}

void summar_shim_request_set_format(summar_sw_request *r, summar_sw_err *err,
                                    size_t format) {
  setter_arg a = {format, 0, NULL};
  request_set(r, err, set_format, &a, "format");
}

void summar_shim_request_set_algorithm(summar_sw_request *r, summar_sw_err *err,
                                       const char *tag, size_t tag_len) {
  setter_arg a = {0, 0, tag};
  if (summar_sw_tag_ok(err, tag, tag_len, "algorithm"))
    request_set(r, err, set_algorithm, &a, "algorithm");
}

void summar_shim_request_set_output_lang(summar_sw_request *r,
                                         summar_sw_err *err, const char *tag,
                                         size_t tag_len) {
  setter_arg a = {0, 0, tag};
  if (summar_sw_tag_ok(err, tag, tag_len, "output language"))
    request_set(r, err, set_output_lang, &a, "output_lang");
}

void summar_shim_request_set_keywords(summar_sw_request *r, summar_sw_err *err,
                                      size_t keywords) {
  setter_arg a = {keywords, 0, NULL};
  request_set(r, err, set_keywords, &a, "keywords");
}

void summar_shim_request_set_title(summar_sw_request *r, summar_sw_err *err,
                                   int include) {
  setter_arg a = {include != 0, 0, NULL};
  request_set(r, err, set_title, &a, "title");
}

void summar_shim_request_set_fill(summar_sw_request *r, summar_sw_err *err,
                                  int fill) {
  setter_arg a = {fill != 0, 0, NULL};
  request_set(r, err, set_fill, &a, "fill");
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
