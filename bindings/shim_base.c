/*
 * shim_base.c - the shim's errors, owned results and copies, the guard
 * every handle starts with, and the context; see shim.h and shim_private.h.
 */
#include "shim_private.h"

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

int summar_sw_tag_ok(summar_sw_err *err, const char *tag, size_t tag_len,
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

summar_sw_bytes summar_sw_copy_bytes(const char *s, size_t n,
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

char *summar_sw_copy_string(const char *s) {
  if (!s)
    s = "";
  size_t n = strlen(s);
  char *p = malloc(n + 1);
  if (p)
    memcpy(p, s, n + 1);
  return p;
}

/* ----------------------------------------------------------------- guard */

/* 0, or -1 when the mutex could not be made. */
static int guard_init(summar_sw_guard *g, void (*release)(summar_sw_guard *)) {
  g->busy = 0;
  g->closed = g->orphan = g->released = 0;
  g->release = release;
  return pthread_mutex_init(&g->mu, NULL) == 0 ? 0 : -1;
}

void *summar_sw_object_new(size_t size, void (*release)(summar_sw_guard *),
                           summar_sw_err *err) {
  summar_sw_guard *g = malloc(size);
  if (!g || guard_init(g, release) != 0) {
    free(g);
    summar_sw_fail(err, SUMMAR_ERR_NOMEM, NULL);
    return NULL;
  }
  return g;
}

int summar_sw_guard_enter(summar_sw_guard *g, summar_sw_err *err,
                          const char *what) {
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
static void guard_settle(summar_sw_guard *g) {
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

void summar_sw_guard_leave(summar_sw_guard *g) {
  pthread_mutex_lock(&g->mu);
  g->busy--;
  guard_settle(g);
}

void summar_sw_guard_close(summar_sw_guard *g, int orphan) {
  pthread_mutex_lock(&g->mu);
  g->closed = 1;
  if (orphan)
    g->orphan = 1;
  guard_settle(g);
}

int summar_sw_guard_closed(summar_sw_guard *g) {
  pthread_mutex_lock(&g->mu);
  int c = g->closed;
  pthread_mutex_unlock(&g->mu);
  return c;
}

/* Entering an object: NULL (a wrapper whose construction failed, or an
 * object already freed) fails as closed, in every language. */
int summar_sw_doc_enter(summar_sw_doc *d, summar_sw_err *err) {
  if (d)
    return summar_sw_guard_enter(&d->g, err, "document");
  summar_sw_fail_closed(err, "document");
  return 0;
}

int summar_sw_summary_enter(summar_sw_summary *s, summar_sw_err *err) {
  if (s)
    return summar_sw_guard_enter(&s->g, err, "summary");
  summar_sw_fail_closed(err, "summary");
  return 0;
}

int summar_sw_request_enter(summar_sw_request *r, summar_sw_err *err) {
  if (r)
    return summar_sw_guard_enter(&r->g, err, "request");
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

void summar_sw_ctx_ref(summar_sw_ctx *c) { atomic_fetch_add(&c->refs, 1); }

void summar_shim_ctx_unref(summar_sw_ctx *c) {
  if (c && atomic_fetch_sub(&c->refs, 1) == 1) {
    summar_ctx_free(c->ctx);
    free(c);
  }
}

size_t summar_shim_ctx_max_input(const summar_sw_ctx *c) {
  return c ? summar_ctx_max_input(c->ctx) : 0;
}
