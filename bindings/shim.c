/*
 * shim.c - the objects every language binding wraps; see shim.h.
 */
#include "shim.h"

#include <pthread.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---------------------------------------------------------------- errors */

void summar_sw_fail(summar_sw_err *err, summar_status code,
                    const char *detail) {
  err->code = code;
  if (detail)
    snprintf(err->detail, sizeof err->detail, "%s", detail);
}

void summar_sw_fail_closed(summar_sw_err *err, const char *what) {
  err->code = SUMMAR_ERR_ARG;
  err->closed = 1;
  snprintf(err->detail, sizeof err->detail, "%s is closed", what);
}

const char *summar_sw_message(const summar_sw_err *err) {
  return err->detail[0] ? err->detail : summar_strerror(err->code);
}

/* A string argument given as (pointer, length): 1 when usable (NULL is),
 * 0 with *err set when it holds a NUL byte. */
static int tag_ok(summar_sw_err *err, const char *tag, size_t tag_len,
                  const char *what) {
  if (!tag || !memchr(tag, '\0', tag_len))
    return 1;
  char msg[96];
  snprintf(msg, sizeof msg, "%s holds a NUL byte", what);
  summar_sw_fail(err, SUMMAR_ERR_ARG, msg);
  return 0;
}

/* --------------------------------------------------------- owned results */

void summar_sw_bytes_free(summar_sw_bytes *b) {
  free(b->p);
  b->p = NULL;
  b->n = 0;
}

void summar_sw_sizes_free(summar_sw_sizes *s) {
  free(s->v);
  s->v = NULL;
  s->n = 0;
}

void summar_sw_doubles_free(summar_sw_doubles *d) {
  free(d->v);
  d->v = NULL;
  d->n = 0;
}

void summar_sw_strings_free(summar_sw_strings *s) {
  for (size_t i = 0; s->v && i < s->n; i++)
    free(s->v[i]);
  free(s->v);
  s->v = NULL;
  s->n = 0;
}

void summar_sw_token_clear(summar_sw_token *t) {
  free(t->norm);
  free(t->stem);
  t->norm = t->stem = NULL;
}

static summar_sw_bytes copy_bytes(const char *s, size_t n,
                                  summar_sw_err *err) {
  summar_sw_bytes b = {NULL, 0};
  if (!s)
    return b;
  b.p = malloc(n + 1);
  if (!b.p) {
    summar_sw_fail(err, SUMMAR_ERR_NOMEM, NULL);
    return b;
  }
  memcpy(b.p, s, n);
  b.p[n] = '\0';
  b.n = n;
  return b;
}

static char *copy_string(const char *s) {
  if (!s)
    s = "";
  size_t n = strlen(s);
  char *p = malloc(n + 1);
  if (p)
    memcpy(p, s, n + 1);
  return p;
}

/* ----------------------------------------------------------------- guard */

/* Every object owning a handle starts with a guard.  Calls enter and leave
 * it; close() marks it closed and frees the handle once no call is inside;
 * the destructor does the same and also frees the object, at once or when
 * the last call inside leaves. */
typedef struct guard {
  pthread_mutex_t mu;
  size_t busy;
  int closed;
  int orphan;
  int released;
  void (*release)(struct guard *g); /* frees the handle, mu held */
} guard;

static int guard_init(guard *g, void (*release)(guard *)) {
  g->busy = 0;
  g->closed = g->orphan = g->released = 0;
  g->release = release;
  return pthread_mutex_init(&g->mu, NULL) == 0 ? 0 : -1;
}

/* 1 and counted in, or 0 with *err set when closed. */
static int guard_enter(guard *g, summar_sw_err *err, const char *what) {
  pthread_mutex_lock(&g->mu);
  int ok = !g->closed;
  if (ok)
    g->busy++;
  pthread_mutex_unlock(&g->mu);
  if (!ok)
    summar_sw_fail_closed(err, what);
  return ok;
}

/* Called with mu held; unlocks it. */
static void guard_settle(guard *g) {
  int free_now = 0;
  if (g->closed && g->busy == 0) {
    if (!g->released) {
      g->release(g);
      g->released = 1;
    }
    free_now = g->orphan;
  }
  pthread_mutex_unlock(&g->mu);
  if (free_now) {
    pthread_mutex_destroy(&g->mu);
    free(g);
  }
}

static void guard_leave(guard *g) {
  pthread_mutex_lock(&g->mu);
  g->busy--;
  guard_settle(g);
}

static void guard_close(guard *g, int orphan) {
  pthread_mutex_lock(&g->mu);
  g->closed = 1;
  if (orphan)
    g->orphan = 1;
  guard_settle(g);
}

static int guard_closed(guard *g) {
  pthread_mutex_lock(&g->mu);
  int c = g->closed;
  pthread_mutex_unlock(&g->mu);
  return c;
}

/* --------------------------------------------------------------- structs */

struct summar_sw_ctx {
  atomic_size_t refs;
  summar_ctx *ctx;
};

struct summar_sw_doc {
  guard g; /* first member */
  summar_doc *doc;
  summar_sw_ctx *ctx; /* reference held while doc lives */
};

struct summar_sw_request {
  guard g;             /* first member */
  pthread_mutex_t use; /* one user at a time, as the C API asks */
  summar_request *req;
};

struct summar_sw_summary {
  guard g; /* first member */
  summar_summary *sum;
};

/* Entering an object: NULL (a wrapper whose construction failed, or an
 * object already freed) fails as closed, in every language. */
static int doc_enter(summar_sw_doc *d, summar_sw_err *err) {
  if (d)
    return guard_enter(&d->g, err, "document");
  summar_sw_fail_closed(err, "document");
  return 0;
}

static int summary_enter(summar_sw_summary *s, summar_sw_err *err) {
  if (s)
    return guard_enter(&s->g, err, "summary");
  summar_sw_fail_closed(err, "summary");
  return 0;
}

static int request_enter(summar_sw_request *r, summar_sw_err *err) {
  if (r)
    return guard_enter(&r->g, err, "request");
  summar_sw_fail_closed(err, "request");
  return 0;
}

/* --------------------------------------------------------------- context */

summar_sw_ctx *summar_shim_ctx_new(summar_sw_err *err, size_t max_input) {
  summar_sw_ctx *c = malloc(sizeof *c);
  if (!c) {
    summar_sw_fail(err, SUMMAR_ERR_NOMEM, NULL);
    return NULL;
  }
  atomic_init(&c->refs, 1);
  c->ctx = NULL;
  summar_status st = summar_ctx_new(NULL, &c->ctx);
  if (st == SUMMAR_OK && max_input)
    st = summar_ctx_set_max_input(c->ctx, max_input);
  if (st != SUMMAR_OK) {
    summar_ctx_free(c->ctx);
    free(c);
    summar_sw_fail(err, st, NULL);
    return NULL;
  }
  return c;
}

static void ctx_ref(summar_sw_ctx *c) { atomic_fetch_add(&c->refs, 1); }

void summar_shim_ctx_unref(summar_sw_ctx *c) {
  if (c && atomic_fetch_sub(&c->refs, 1) == 1) {
    summar_ctx_free(c->ctx);
    free(c);
  }
}

size_t summar_shim_ctx_max_input(const summar_sw_ctx *c) {
  return c ? summar_ctx_max_input(c->ctx) : 0;
}

/* --------------------------------------------------------------- request */

static void request_release(guard *g) {
  summar_sw_request *r = (summar_sw_request *)g;
  summar_request_free(r->req);
  r->req = NULL;
  pthread_mutex_destroy(&r->use);
}

summar_sw_request *summar_shim_request_new(summar_sw_err *err) {
  summar_sw_request *r = malloc(sizeof *r);
  if (!r || guard_init(&r->g, request_release) != 0) {
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
    guard_close(&r->g, 1);
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
static void request_set(summar_sw_request *r, summar_sw_err *err,
                        setter_fn fn, const setter_arg *a, const char *what) {
  if (!request_enter(r, err))
    return;
  pthread_mutex_lock(&r->use);
  summar_status st = fn(r->req, a);
  pthread_mutex_unlock(&r->use);
  guard_leave(&r->g);
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

void summar_shim_request_set_sentences(summar_sw_request *r,
                                     summar_sw_err *err, size_t sentences) {
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

void summar_shim_request_set_algorithm(summar_sw_request *r,
                                     summar_sw_err *err, const char *tag,
                                     size_t tag_len) {
  setter_arg a = {0, 0, tag};
  if (tag_ok(err, tag, tag_len, "algorithm"))
    request_set(r, err, set_algorithm, &a, "algorithm");
}

void summar_shim_request_set_output_lang(summar_sw_request *r,
                                       summar_sw_err *err, const char *tag,
                                       size_t tag_len) {
  setter_arg a = {0, 0, tag};
  if (tag_ok(err, tag, tag_len, "output language"))
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
      {"text", SUMMAR_FORMAT_TEXT},         {"markdown", SUMMAR_FORMAT_MARKDOWN},
      {"md", SUMMAR_FORMAT_MARKDOWN},       {"html", SUMMAR_FORMAT_HTML},
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

/* -------------------------------------------------------------- document */

static void doc_release(guard *g) {
  summar_sw_doc *d = (summar_sw_doc *)g;
  summar_doc_free(d->doc);
  d->doc = NULL;
  summar_shim_ctx_unref(d->ctx);
  d->ctx = NULL;
}

summar_sw_doc *summar_shim_doc_new(summar_sw_err *err, summar_sw_ctx *ctx,
                                 const char *text, size_t len,
                                 const char *tag, size_t tag_len,
                                 unsigned flags) {
  if (!ctx) {
    summar_sw_fail(err, SUMMAR_ERR_ARG, "a Context is required");
    return NULL;
  }
  if (!tag_ok(err, tag, tag_len, "language tag"))
    return NULL;
  summar_sw_doc *d = malloc(sizeof *d);
  if (!d || guard_init(&d->g, doc_release) != 0) {
    free(d);
    summar_sw_fail(err, SUMMAR_ERR_NOMEM, NULL);
    return NULL;
  }
  d->doc = NULL;
  ctx_ref(ctx);
  d->ctx = ctx;
  summar_status st =
      summar_doc_new(ctx->ctx, text, len, tag, flags, &d->doc);
  if (st != SUMMAR_OK) {
    guard_close(&d->g, 1); /* drops ctx, frees d */
    summar_sw_fail(err, st, NULL);
    return NULL;
  }
  return d;
}

void summar_shim_doc_free(summar_sw_doc *d) {
  if (d)
    guard_close(&d->g, 1);
}

void summar_shim_doc_close(summar_sw_doc *d) {
  if (d)
    guard_close(&d->g, 0);
}

int summar_shim_doc_closed(summar_sw_doc *d) {
  return d ? guard_closed(&d->g) : 1;
}

summar_sw_bytes summar_shim_doc_text(summar_sw_doc *d, summar_sw_err *err) {
  summar_sw_bytes b = {NULL, 0};
  if (doc_enter(d, err)) {
    size_t n = 0;
    const char *t = summar_doc_text(d->doc, &n);
    b = copy_bytes(t, n, err);
    guard_leave(&d->g);
  }
  return b;
}

const char *summar_shim_doc_language(summar_sw_doc *d, summar_sw_err *err) {
  const char *l = NULL;
  if (doc_enter(d, err)) {
    l = summar_doc_language(d->doc);
    guard_leave(&d->g);
  }
  return l;
}

/* A number read from the document under its guard (0 when closed). */
static size_t doc_size(summar_sw_doc *d, summar_sw_err *err,
                       size_t (*get)(const summar_doc *)) {
  size_t r = 0;
  if (doc_enter(d, err)) {
    r = get(d->doc);
    guard_leave(&d->g);
  }
  return r;
}

static size_t doc_warnings(const summar_doc *doc) {
  return summar_doc_warnings(doc);
}

unsigned summar_shim_doc_warnings(summar_sw_doc *d, summar_sw_err *err) {
  return (unsigned)doc_size(d, err, doc_warnings);
}

size_t summar_shim_doc_content_words(summar_sw_doc *d, summar_sw_err *err) {
  return doc_size(d, err, summar_doc_content_words);
}

size_t summar_shim_doc_sentence_count(summar_sw_doc *d, summar_sw_err *err) {
  return doc_size(d, err, summar_doc_sentence_count);
}

size_t summar_shim_doc_token_count(summar_sw_doc *d, summar_sw_err *err) {
  return doc_size(d, err, summar_doc_token_count);
}

static summar_sw_sentence span_out(const summar_span *sp, size_t i) {
  summar_sw_sentence r;
  r.index = i;
  r.start = sp->start;
  r.end = sp->end;
  r.block = sp->block;
  r.flags = sp->flags;
  return r;
}

static summar_status get_span(const summar_doc *doc, size_t i,
                              summar_span *sp) {
  memset(sp, 0, sizeof *sp);
  sp->size = sizeof *sp;
  return summar_doc_sentence(doc, i, sp);
}

summar_sw_sentence summar_shim_doc_sentence(summar_sw_doc *d,
                                          summar_sw_err *err, size_t i) {
  summar_sw_sentence r;
  memset(&r, 0, sizeof r);
  if (!doc_enter(d, err))
    return r;
  summar_span sp;
  summar_status st = get_span(d->doc, i, &sp);
  guard_leave(&d->g);
  if (st != SUMMAR_OK)
    summar_sw_fail(err, st, NULL);
  else
    r = span_out(&sp, i);
  return r;
}

summar_sw_sentence summar_shim_doc_title(summar_sw_doc *d, summar_sw_err *err) {
  summar_sw_sentence r;
  memset(&r, 0, sizeof r);
  if (!doc_enter(d, err))
    return r;
  summar_span sp;
  memset(&sp, 0, sizeof sp);
  sp.size = sizeof sp;
  summar_status st = summar_doc_title(d->doc, &sp);
  size_t index = SIZE_MAX;
  size_t n = summar_doc_sentence_count(d->doc);
  for (size_t k = 0; st == SUMMAR_OK && k < n; k++) {
    summar_span s2;
    if (get_span(d->doc, k, &s2) == SUMMAR_OK && s2.start == sp.start) {
      index = k;
      break;
    }
  }
  guard_leave(&d->g);
  if (st != SUMMAR_OK)
    summar_sw_fail(err, st, NULL);
  else
    r = span_out(&sp, index);
  return r;
}

summar_sw_token summar_shim_doc_token(summar_sw_doc *d, summar_sw_err *err,
                                    size_t i) {
  summar_sw_token r;
  memset(&r, 0, sizeof r);
  if (!doc_enter(d, err))
    return r;
  summar_token tk;
  memset(&tk, 0, sizeof tk);
  tk.size = sizeof tk;
  summar_status st = summar_doc_token(d->doc, i, &tk);
  if (st == SUMMAR_OK) {
    r.norm = copy_string(tk.norm);
    r.stem = copy_string(tk.stem);
    if (!r.norm || !r.stem) {
      summar_sw_token_clear(&r);
      st = SUMMAR_ERR_NOMEM;
    }
  }
  guard_leave(&d->g);
  if (st != SUMMAR_OK) {
    summar_sw_fail(err, st, NULL);
  } else {
    r.index = i;
    r.start = tk.start;
    r.end = tk.end;
    r.sentence = tk.sentence;
    r.flags = tk.flags;
  }
  return r;
}

/* Fills o[0..4) with a sentence's or a token's numbers. */
static summar_status sentence_row(const summar_doc *doc, size_t i,
                                  size_t *o) {
  summar_span sp;
  summar_status st = get_span(doc, i, &sp);
  o[0] = sp.start;
  o[1] = sp.end;
  o[2] = sp.block;
  o[3] = sp.flags;
  return st;
}

static summar_status token_row(const summar_doc *doc, size_t i, size_t *o) {
  summar_token tk;
  memset(&tk, 0, sizeof tk);
  tk.size = sizeof tk;
  summar_status st = summar_doc_token(doc, i, &tk);
  o[0] = tk.start;
  o[1] = tk.end;
  o[2] = tk.sentence;
  o[3] = tk.flags;
  return st;
}

static summar_sw_sizes doc_table(summar_sw_doc *d, summar_sw_err *err,
                                 size_t (*count)(const summar_doc *),
                                 summar_status (*row)(const summar_doc *,
                                                      size_t, size_t *)) {
  summar_sw_sizes r = {NULL, 0};
  if (!doc_enter(d, err))
    return r;
  summar_status st = SUMMAR_OK;
  size_t n = count(d->doc);
  r.v = n > SIZE_MAX / (4 * sizeof *r.v)
            ? NULL
            : malloc((n ? n : 1) * 4 * sizeof *r.v);
  if (!r.v)
    st = SUMMAR_ERR_NOMEM;
  for (size_t i = 0; st == SUMMAR_OK && i < n; i++)
    st = row(d->doc, i, r.v + 4 * i);
  guard_leave(&d->g);
  if (st != SUMMAR_OK) {
    summar_sw_sizes_free(&r);
    summar_sw_fail(err, st, NULL);
  } else {
    r.n = 4 * n;
  }
  return r;
}

summar_sw_sizes summar_shim_doc_sentence_table(summar_sw_doc *d,
                                             summar_sw_err *err) {
  return doc_table(d, err, summar_doc_sentence_count, sentence_row);
}

summar_sw_sizes summar_shim_doc_token_table(summar_sw_doc *d,
                                          summar_sw_err *err) {
  return doc_table(d, err, summar_doc_token_count, token_row);
}

/* Every token's normalized form (stems 0) or stem (stems 1), copied. */
static summar_sw_strings doc_forms(summar_sw_doc *d, summar_sw_err *err,
                                   int stems) {
  summar_sw_strings r = {NULL, 0};
  if (!doc_enter(d, err))
    return r;
  summar_status st = SUMMAR_OK;
  size_t n = summar_doc_token_count(d->doc);
  r.v = calloc(n ? n : 1, sizeof *r.v);
  if (!r.v)
    st = SUMMAR_ERR_NOMEM;
  else
    r.n = n;
  for (size_t i = 0; st == SUMMAR_OK && i < n; i++) {
    summar_token tk;
    memset(&tk, 0, sizeof tk);
    tk.size = sizeof tk;
    st = summar_doc_token(d->doc, i, &tk);
    if (st == SUMMAR_OK && !(r.v[i] = copy_string(stems ? tk.stem : tk.norm)))
      st = SUMMAR_ERR_NOMEM;
  }
  guard_leave(&d->g);
  if (st != SUMMAR_OK) {
    summar_sw_strings_free(&r);
    summar_sw_fail(err, st, NULL);
  }
  return r;
}

summar_sw_strings summar_shim_doc_token_norms(summar_sw_doc *d,
                                            summar_sw_err *err) {
  return doc_forms(d, err, 0);
}

summar_sw_strings summar_shim_doc_token_stems(summar_sw_doc *d,
                                            summar_sw_err *err) {
  return doc_forms(d, err, 1);
}

summar_sw_embedded summar_shim_doc_embedded_request(summar_sw_doc *d,
                                                  summar_sw_err *err) {
  summar_sw_embedded r = {0, 0, NULL};
  if (doc_enter(d, err)) {
    summar_status st = summar_doc_embedded_request(d->doc, &r.words,
                                                   &r.paragraphs, &r.lang);
    guard_leave(&d->g);
    if (st != SUMMAR_OK)
      summar_sw_fail(err, st, NULL);
  }
  return r;
}

summar_sw_doubles summar_shim_doc_score(summar_sw_doc *d, summar_sw_err *err,
                                      const char *tag, size_t tag_len) {
  summar_sw_doubles r = {NULL, 0};
  if (!tag_ok(err, tag, tag_len, "algorithm") ||
      !doc_enter(d, err))
    return r;
  size_t n = summar_doc_sentence_count(d->doc);
  summar_status st = SUMMAR_ERR_NOMEM;
  r.v = n > SIZE_MAX / sizeof *r.v ? NULL : malloc((n ? n : 1) * sizeof *r.v);
  if (r.v)
    st = summar_score(d->doc, tag, r.v, n);
  guard_leave(&d->g);
  if (st != SUMMAR_OK) {
    summar_sw_doubles_free(&r);
    summar_sw_fail(err, st, NULL);
  } else {
    r.n = n;
  }
  return r;
}

/* -------------------------------------------------------------- summary */

static void summary_release(guard *g) {
  summar_sw_summary *s = (summar_sw_summary *)g;
  summar_summary_free(s->sum);
  s->sum = NULL;
}

summar_sw_summary *summar_shim_doc_summarize(summar_sw_doc *d,
                                           summar_sw_err *err,
                                           summar_sw_request *r) {
  summar_sw_summary *s = malloc(sizeof *s);
  if (!s || guard_init(&s->g, summary_release) != 0) {
    free(s);
    summar_sw_fail(err, SUMMAR_ERR_NOMEM, NULL);
    return NULL;
  }
  s->sum = NULL;
  summar_status st = SUMMAR_OK;
  if (!doc_enter(d, err)) {
    st = err->code;
  } else if (r && !request_enter(r, err)) {
    st = err->code;
    guard_leave(&d->g);
  } else {
    if (r) {
      pthread_mutex_lock(&r->use);
      st = summar_summarize(d->doc, r->req, &s->sum);
      pthread_mutex_unlock(&r->use);
      guard_leave(&r->g);
    } else {
      st = summar_summarize(d->doc, NULL, &s->sum);
    }
    guard_leave(&d->g);
    if (st != SUMMAR_OK)
      summar_sw_fail(err, st, NULL);
  }
  if (st != SUMMAR_OK) {
    guard_close(&s->g, 1);
    return NULL;
  }
  return s;
}

void summar_shim_summary_free(summar_sw_summary *s) {
  if (s)
    guard_close(&s->g, 1);
}

void summar_shim_summary_close(summar_sw_summary *s) {
  if (s)
    guard_close(&s->g, 0);
}

int summar_shim_summary_closed(summar_sw_summary *s) {
  return s ? guard_closed(&s->g) : 1;
}

summar_sw_bytes summar_shim_summary_text(summar_sw_summary *s,
                                       summar_sw_err *err) {
  summar_sw_bytes b = {NULL, 0};
  if (summary_enter(s, err)) {
    size_t n = 0;
    const char *t = summar_summary_text(s->sum, &n);
    b = copy_bytes(t ? t : "", t ? n : 0, err);
    guard_leave(&s->g);
  }
  return b;
}

/* A number read from the summary under its guard (0 when closed). */
static size_t sum_size(summar_sw_summary *s, summar_sw_err *err,
                       size_t (*get)(const summar_summary *)) {
  size_t r = 0;
  if (summary_enter(s, err)) {
    r = get(s->sum);
    guard_leave(&s->g);
  }
  return r;
}

static size_t sum_warnings(const summar_summary *sum) {
  return summar_summary_warnings(sum);
}

unsigned summar_shim_summary_warnings(summar_sw_summary *s,
                                    summar_sw_err *err) {
  return (unsigned)sum_size(s, err, sum_warnings);
}

size_t summar_shim_summary_word_count(summar_sw_summary *s,
                                    summar_sw_err *err) {
  return sum_size(s, err, summar_summary_word_count);
}

size_t summar_shim_summary_source_words(summar_sw_summary *s,
                                      summar_sw_err *err) {
  return sum_size(s, err, summar_summary_source_words);
}

size_t summar_shim_summary_paragraph_count(summar_sw_summary *s,
                                         summar_sw_err *err) {
  return sum_size(s, err, summar_summary_paragraph_count);
}

size_t summar_shim_summary_sentence_count(summar_sw_summary *s,
                                        summar_sw_err *err) {
  return sum_size(s, err, summar_summary_sentence_count);
}

size_t summar_shim_summary_keyword_count(summar_sw_summary *s,
                                       summar_sw_err *err) {
  return sum_size(s, err, summar_summary_keyword_count);
}

summar_sw_bytes summar_shim_summary_keyword(summar_sw_summary *s,
                                          summar_sw_err *err, size_t i) {
  summar_sw_bytes b = {NULL, 0};
  if (!summary_enter(s, err))
    return b;
  const char *k = summar_summary_keyword(s->sum, i);
  if (k)
    b = copy_bytes(k, strlen(k), err);
  else
    summar_sw_fail(err, SUMMAR_ERR_RANGE, NULL);
  guard_leave(&s->g);
  return b;
}

summar_sw_pick summar_shim_summary_sentence(summar_sw_summary *s,
                                          summar_sw_err *err, size_t i) {
  summar_sw_pick p;
  memset(&p, 0, sizeof p);
  if (!summary_enter(s, err))
    return p;
  summar_pick k;
  memset(&k, 0, sizeof k);
  k.size = sizeof k;
  summar_status st = summar_summary_sentence(s->sum, i, &k);
  guard_leave(&s->g);
  if (st != SUMMAR_OK) {
    summar_sw_fail(err, st, NULL);
  } else {
    p.sentence = k.sentence;
    p.start = k.start;
    p.end = k.end;
    p.paragraph = k.paragraph;
    p.words = k.words;
    p.score = k.score;
    p.truncated = k.truncated;
  }
  return p;
}

double summar_shim_summary_keyword_weight(summar_sw_summary *s,
                                          summar_sw_err *err, size_t i) {
  if (!summary_enter(s, err))
    return 0;
  size_t n = summar_summary_keyword_count(s->sum);
  double w = summar_summary_keyword_weight(s->sum, i);
  guard_leave(&s->g);
  if (i >= n)
    summar_sw_fail(err, SUMMAR_ERR_RANGE, NULL);
  return w;
}

summar_sw_sizes summar_shim_summary_title(summar_sw_summary *s,
                                          summar_sw_err *err) {
  summar_sw_sizes r = {NULL, 0};
  if (!summary_enter(s, err))
    return r;
  summar_span sp;
  memset(&sp, 0, sizeof sp);
  sp.size = sizeof sp;
  summar_status st = summar_summary_title(s->sum, &sp);
  guard_leave(&s->g);
  if (st == SUMMAR_OK && !(r.v = malloc(2 * sizeof *r.v)))
    st = SUMMAR_ERR_NOMEM;
  if (st != SUMMAR_OK) {
    summar_sw_fail(err, st, NULL);
    return r;
  }
  r.v[0] = sp.start;
  r.v[1] = sp.end;
  r.n = 2;
  return r;
}

const char *summar_shim_summary_language(summar_sw_summary *s,
                                       summar_sw_err *err) {
  const char *l = NULL;
  if (summary_enter(s, err)) {
    l = summar_summary_language(s->sum);
    guard_leave(&s->g);
  }
  return l;
}

/* --------------------------------------------------------------- batches */

struct summar_sw_batch {
  summar_batch_item *items;
  size_t n;
};

static summar_sw_summary *summary_wrap(summar_summary *sum,
                                       summar_sw_err *err) {
  summar_sw_summary *s = malloc(sizeof *s);
  if (!s || guard_init(&s->g, summary_release) != 0) {
    free(s);
    summar_summary_free(sum);
    summar_sw_fail(err, SUMMAR_ERR_NOMEM, NULL);
    return NULL;
  }
  s->sum = sum;
  return s;
}

summar_sw_batch *summar_shim_batch_new(summar_sw_err *err, summar_sw_ctx *ctx,
                                       const char *const *texts,
                                       const size_t *text_lens, size_t ntexts,
                                       const char *tag, size_t tag_len,
                                       unsigned flags, summar_sw_request *r,
                                       unsigned jobs) {
  if (!ctx) {
    summar_sw_fail(err, SUMMAR_ERR_ARG, "a Context is required");
    return NULL;
  }
  if (!tag_ok(err, tag, tag_len, "language tag") ||
      (r && !request_enter(r, err)))
    return NULL;
  summar_sw_batch *b = malloc(sizeof *b);
  summar_batch_item *items =
      ntexts > SIZE_MAX / sizeof *items
          ? NULL
          : calloc(ntexts ? ntexts : 1, sizeof *items);
  summar_status st = SUMMAR_ERR_NOMEM;
  if (b && items) {
    for (size_t i = 0; i < ntexts; i++) {
      items[i].size = sizeof items[i];
      items[i].text = texts[i];
      items[i].len = text_lens[i];
      items[i].lang = tag;
    }
    if (r)
      pthread_mutex_lock(&r->use);
    st = summar_summarize_batch(ctx->ctx, r ? r->req : NULL, flags, items,
                                ntexts, jobs);
    if (r)
      pthread_mutex_unlock(&r->use);
  }
  if (r)
    guard_leave(&r->g);
  if (st != SUMMAR_OK) {
    free(items);
    free(b);
    summar_sw_fail(err, st, NULL);
    return NULL;
  }
  b->items = items;
  b->n = ntexts;
  return b;
}

size_t summar_shim_batch_count(const summar_sw_batch *b) {
  return b ? b->n : 0;
}

int summar_shim_batch_status(const summar_sw_batch *b, size_t i) {
  return b && i < b->n ? (int)b->items[i].status : (int)SUMMAR_ERR_RANGE;
}

summar_sw_summary *summar_shim_batch_take(summar_sw_batch *b,
                                          summar_sw_err *err, size_t i) {
  if (!b || i >= b->n) {
    summar_sw_fail(err, SUMMAR_ERR_RANGE, NULL);
    return NULL;
  }
  summar_batch_item *it = &b->items[i];
  if (it->status != SUMMAR_OK) {
    summar_sw_fail(err, it->status, NULL);
    return NULL;
  }
  if (!it->summary) {
    summar_sw_fail(err, SUMMAR_ERR_ARG, "this item's summary was taken");
    return NULL;
  }
  summar_summary *sum = it->summary;
  it->summary = NULL;
  return summary_wrap(sum, err);
}

void summar_shim_batch_free(summar_sw_batch *b) {
  if (!b)
    return;
  for (size_t i = 0; i < b->n; i++)
    summar_summary_free(b->items[i].summary);
  free(b->items);
  free(b);
}

/* ------------------------------------------------------------- functions */

summar_sw_sizes summar_sw_utf8_check(summar_sw_err *err, const char *text,
                                     size_t len) {
  summar_sw_sizes r = {NULL, 0};
  size_t bad = len;
  summar_status st = summar_utf8_check(text, len, &bad);
  if (st != SUMMAR_OK && st != SUMMAR_ERR_UTF8 && st != SUMMAR_ERR_NUL) {
    summar_sw_fail(err, st, NULL);
    return r;
  }
  r.v = malloc(2 * sizeof *r.v);
  if (!r.v) {
    summar_sw_fail(err, SUMMAR_ERR_NOMEM, NULL);
    return r;
  }
  r.v[0] = (size_t)st;
  r.v[1] = st == SUMMAR_OK ? len : bad;
  r.n = 2;
  return r;
}

summar_sw_bytes summar_sw_quick(summar_sw_err *err, const char *text,
                                size_t len, const char *tag, size_t tag_len,
                                size_t words, size_t paragraphs) {
  summar_sw_bytes b = {NULL, 0};
  char *out = NULL;
  if (!tag_ok(err, tag, tag_len, "language tag"))
    return b;
  summar_status st = summar_quick(text, len, tag, words, paragraphs, &out);
  if (st != SUMMAR_OK) {
    summar_sw_fail(err, st, NULL);
    return b;
  }
  b = copy_bytes(out, strlen(out), err);
  summar_free(out);
  return b;
}

summar_sw_doubles summar_sw_rouge_score(summar_sw_err *err, const char *text,
                                        size_t len, const char *const *refs,
                                        const size_t *ref_lens, size_t nrefs,
                                        const char *tag, size_t tag_len,
                                        size_t cut_words) {
  summar_sw_doubles r = {NULL, 0};
  if (!tag_ok(err, tag, tag_len, "language tag"))
    return r;
  summar_rouge out;
  memset(&out, 0, sizeof out);
  out.size = sizeof out;
  summar_status st = summar_rouge_score(tag, text, len, refs, ref_lens, nrefs,
                                        cut_words, &out);
  if (st == SUMMAR_OK && !(r.v = malloc(9 * sizeof *r.v)))
    st = SUMMAR_ERR_NOMEM;
  if (st != SUMMAR_OK) {
    summar_sw_fail(err, st, NULL);
    return r;
  }
  const summar_prf *m[3] = {&out.rouge1, &out.rouge2, &out.rougel};
  for (size_t i = 0; i < 3; i++) {
    r.v[3 * i] = m[i]->recall;
    r.v[3 * i + 1] = m[i]->precision;
    r.v[3 * i + 2] = m[i]->f1;
  }
  r.n = 9;
  return r;
}
