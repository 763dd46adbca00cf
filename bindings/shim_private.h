/*
 * shim_private.h - what the shim's source files share and the bindings do
 * not see: the guard every handle starts with, the handles' layouts, and
 * the copying helpers.  See shim.h for the objects themselves.
 */
#ifndef SUMMAR_SHIM_PRIVATE_H
#define SUMMAR_SHIM_PRIVATE_H

#include "shim.h"

#include <pthread.h>
#include <stdatomic.h>

/* Every object owning a handle starts with a guard.  Calls enter and leave
 * it; close() marks it closed and frees the handle once no call is inside;
 * the destructor does the same and also frees the object, at once or when
 * the last call inside leaves. */
typedef struct summar_sw_guard {
  pthread_mutex_t mu;
  size_t busy;
  int closed;
  int orphan;
  int released;
  void (*release)(struct summar_sw_guard *g); /* frees the handle, mu held */
} summar_sw_guard;

/* A new object of @size bytes whose first member is a guard, set up with
 * @release; NULL with *err set (SUMMAR_ERR_NOMEM) on failure. */
void *summar_sw_object_new(size_t size, void (*release)(summar_sw_guard *),
                           summar_sw_err *err);
/* 1 and counted in, or 0 with *err set ("<what> is closed") when closed. */
int summar_sw_guard_enter(summar_sw_guard *g, summar_sw_err *err,
                          const char *what);
void summar_sw_guard_leave(summar_sw_guard *g);
/* Closes; orphan 1 also frees the object (the guard is its first member)
 * once no call is inside. */
void summar_sw_guard_close(summar_sw_guard *g, int orphan);
int summar_sw_guard_closed(summar_sw_guard *g);

struct summar_sw_ctx {
  atomic_size_t refs;
  summar_ctx *ctx;
};

struct summar_sw_doc {
  summar_sw_guard g; /* first member */
  summar_doc *doc;
  summar_sw_ctx *ctx; /* reference held while doc lives */
};

struct summar_sw_request {
  summar_sw_guard g;   /* first member */
  pthread_mutex_t use; /* one user at a time, as the C API asks */
  summar_request *req;
};

struct summar_sw_summary {
  summar_sw_guard g; /* first member */
  summar_summary *sum;
};

/* Entering an object: NULL (a wrapper whose construction failed, or an
 * object already freed) fails as closed, in every language. */
int summar_sw_doc_enter(summar_sw_doc *d, summar_sw_err *err);
int summar_sw_summary_enter(summar_sw_summary *s, summar_sw_err *err);
int summar_sw_request_enter(summar_sw_request *r, summar_sw_err *err);

/* One more reference to the context (dropped by summar_shim_ctx_unref). */
void summar_sw_ctx_ref(summar_sw_ctx *c);

/* A summary object owning @sum; on failure @sum is freed, NULL returned
 * and *err set. */
summar_sw_summary *summar_sw_summary_wrap(summar_summary *sum,
                                          summar_sw_err *err);

/* A string argument given as (pointer, length): 1 when usable (NULL is),
 * 0 with *err set when it holds a NUL byte ("<what> holds a NUL byte"). */
int summar_sw_tag_ok(summar_sw_err *err, const char *tag, size_t tag_len,
                     const char *what);
/* A NUL-terminated copy of s[0..n); s NULL gives {NULL, 0} ("no value"). */
summar_sw_bytes summar_sw_copy_bytes(const char *s, size_t n,
                                     summar_sw_err *err);
/* A malloc'd copy of s ("" for NULL), or NULL when out of memory. */
char *summar_sw_copy_string(const char *s);

#endif /* SUMMAR_SHIM_PRIVATE_H */
