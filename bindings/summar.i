/*
 * summar.i - the one SWIG interface of libsummar, for Python and Lua.
 *
 * It does not wrap the C handles directly.  It wraps small binding structs
 * that own them and make misuse from a scripting language safe:
 *
 *   Context   a refcounted summar_ctx; every Document built with it holds a
 *             reference, so the context outlives its documents whatever
 *             order the garbage collector picks.
 *   Document  a summar_doc behind a guard: close() may be called at any
 *             time, any number of times, even while another thread scores
 *             or summarizes the document; the last user frees it.  Using a
 *             closed document fails (ClosedError / nil, "document is
 *             closed") instead of touching freed memory.
 *   Request   a summar_request with a mutex: one summarize at a time per
 *             request, as the C API asks.
 *   Summary   a summar_summary; it copies what it needs from its document,
 *             so it may outlive it.
 *   Sentence, Token, Pick   plain value structs; Token owns copies of its
 *             strings, so none of them points into a handle.
 *
 * Every call that can fail takes a hidden `summar_sw_err *err`.  Its argout
 * typemap turns a failure into an exception in Python (summar.Error and one
 * subclass per status, with .code) and into the three results
 * `nil, message, code` in Lua.
 *
 * Python is built with `swig -python -threads`: heavy calls (building a
 * document, scoring, summarizing, the one-call summary, ROUGE) release the
 * GIL;
 * the cheap accessors keep it (%nothread), which also keeps them from
 * racing with close().
 */
%module summar_core

%{
#include <summar.h>

#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* -------------------------------------------------------------- errors */

typedef struct summar_sw_err {
  summar_status code;
  int closed;        /* the handle was closed: ClosedError in Python */
  char detail[200];  /* empty: summar_strerror(code) */
} summar_sw_err;

static void summar_sw_fail(summar_sw_err *err, summar_status code,
                           const char *detail) {
  err->code = code;
  if (detail)
    snprintf(err->detail, sizeof err->detail, "%s", detail);
}

static void summar_sw_fail_closed(summar_sw_err *err, const char *what) {
  err->code = SUMMAR_ERR_ARG;
  err->closed = 1;
  snprintf(err->detail, sizeof err->detail, "%s is closed", what);
}

static const char *summar_sw_message(const summar_sw_err *err) {
  return err->detail[0] ? err->detail : summar_strerror(err->code);
}

/* ------------------------------------------------ owned result buffers */

typedef struct summar_sw_bytes {  /* malloc'd, freed by the out typemap */
  char *p;
  size_t n;
} summar_sw_bytes;

typedef struct summar_sw_sizes {
  size_t *v;
  size_t n;
} summar_sw_sizes;

typedef struct summar_sw_doubles {
  double *v;
  size_t n;
} summar_sw_doubles;

typedef struct summar_sw_strings {
  char **v;
  size_t n;
} summar_sw_strings;

static summar_sw_bytes summar_sw_copy(const char *s, size_t n,
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

static char *summar_sw_strdup(const char *s) {
  if (!s)
    s = "";
  size_t n = strlen(s);
  char *p = malloc(n + 1);
  if (p)
    memcpy(p, s, n + 1);
  return p;
}

/* --------------------------------------------------------------- guard */

/* Every object owning a handle starts with a guard.  Calls enter and leave
 * it; close() marks it closed and frees the handle once no call is inside;
 * the destructor does the same and also frees the object, at once or when
 * the last call inside leaves (only reachable through an explicit delete
 * racing a call in another thread, but kept safe anyway). */
typedef struct summar_sw_guard {
  pthread_mutex_t mu;
  size_t busy;
  int closed;
  int orphan;
  int released;
  void (*release)(struct summar_sw_guard *g); /* frees the handle, mu held */
} summar_sw_guard;

static int summar_sw_guard_init(summar_sw_guard *g,
                                void (*release)(summar_sw_guard *)) {
  g->busy = 0;
  g->closed = g->orphan = g->released = 0;
  g->release = release;
  return pthread_mutex_init(&g->mu, NULL) == 0 ? 0 : -1;
}

/* 1 and counted in, or 0 with *err set when closed. */
static int summar_sw_enter(summar_sw_guard *g, summar_sw_err *err,
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

static void summar_sw_settle(summar_sw_guard *g) {
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

static void summar_sw_leave(summar_sw_guard *g) {
  pthread_mutex_lock(&g->mu);
  g->busy--;
  summar_sw_settle(g);
}

static void summar_sw_close(summar_sw_guard *g, int orphan) {
  pthread_mutex_lock(&g->mu);
  g->closed = 1;
  if (orphan)
    g->orphan = 1;
  summar_sw_settle(g);
}

static int summar_sw_is_closed(summar_sw_guard *g) {
  pthread_mutex_lock(&g->mu);
  int c = g->closed;
  pthread_mutex_unlock(&g->mu);
  return c;
}

/* ------------------------------------------------------------- context */

/* Refcounted: the Context object holds one reference, each Document one. */
typedef struct summar_sw_ctx {
  atomic_size_t refs;
  summar_ctx *ctx;
} summar_sw_ctx;

static void summar_sw_ctx_ref(summar_sw_ctx *c) {
  atomic_fetch_add(&c->refs, 1);
}

static void summar_sw_ctx_unref(summar_sw_ctx *c) {
  if (c && atomic_fetch_sub(&c->refs, 1) == 1) {
    summar_ctx_free(c->ctx);
    free(c);
  }
}

/* ------------------------------------------------------------ document */

typedef struct summar_sw_doc {
  summar_sw_guard g;    /* first member */
  summar_doc *doc;
  summar_sw_ctx *ctx;   /* reference held while doc lives */
} summar_sw_doc;

static void summar_sw_doc_release(summar_sw_guard *g) {
  summar_sw_doc *d = (summar_sw_doc *)g;
  summar_doc_free(d->doc);
  d->doc = NULL;
  summar_sw_ctx_unref(d->ctx);
  d->ctx = NULL;
}

/* ------------------------------------------------------------- request */

typedef struct summar_sw_request {
  summar_sw_guard g;    /* first member */
  pthread_mutex_t use;  /* one user at a time, as the C API asks */
  summar_request *req;
} summar_sw_request;

static void summar_sw_request_release(summar_sw_guard *g) {
  summar_sw_request *r = (summar_sw_request *)g;
  summar_request_free(r->req);
  r->req = NULL;
  pthread_mutex_destroy(&r->use);
}

/* ------------------------------------------------------------- summary */

typedef struct summar_sw_summary {
  summar_sw_guard g;    /* first member */
  summar_summary *sum;
} summar_sw_summary;

static void summar_sw_summary_release(summar_sw_guard *g) {
  summar_sw_summary *s = (summar_sw_summary *)g;
  summar_summary_free(s->sum);
  s->sum = NULL;
}

/* --------------------------------------------------------- value types */

typedef struct summar_sw_sentence {
  size_t index, start, end, block;
  unsigned flags;
} summar_sw_sentence;

typedef struct summar_sw_token {
  size_t index, start, end, sentence;
  unsigned flags;
  char *norm;  /* owned copies */
  char *stem;
} summar_sw_token;

typedef struct summar_sw_pick {
  size_t sentence, start, end, paragraph, words;
  double score;
} summar_sw_pick;

typedef struct summar_sw_embedded {
  size_t words, paragraphs;
  const char *lang;  /* static storage in libsummar, or NULL */
} summar_sw_embedded;
%}

%{
/* ------------------------------------------------ helpers of the classes */

static void summar_sw_request_set(summar_sw_request *r, summar_sw_err *err,
                                  int what, size_t n, double x,
                                  const char *s) {
  if (!summar_sw_enter(&r->g, err, "request"))
    return;
  summar_status st = SUMMAR_ERR_ARG;
  pthread_mutex_lock(&r->use);
  switch (what) {
  case 0: st = summar_request_set_words(r->req, n); break;
  case 1: st = summar_request_set_sentences(r->req, n); break;
  case 2: st = summar_request_set_ratio(r->req, x); break;
  case 3: st = summar_request_set_paragraphs(r->req, n); break;
  case 4: st = summar_request_set_format(r->req, (summar_format)n); break;
  case 5: st = summar_request_set_algorithm(r->req, s); break;
  case 6: st = summar_request_set_output_lang(r->req, s); break;
  case 7: st = summar_request_set_keywords(r->req, n); break;
  case 8: st = summar_request_set_title(r->req, (int)n); break;
  }
  pthread_mutex_unlock(&r->use);
  summar_sw_leave(&r->g);
  if (st != SUMMAR_OK)
    summar_sw_fail(err, st, NULL);
}

/* Summary accessors: what selects the value, 0..6 below. */
static size_t summar_sw_sum_size(summar_sw_summary *s, summar_sw_err *err,
                                 int what) {
  size_t r = 0;
  if (!summar_sw_enter(&s->g, err, "summary"))
    return 0;
  switch (what) {
  case 0: r = summar_summary_warnings(s->sum); break;
  case 1: r = summar_summary_word_count(s->sum); break;
  case 2: r = summar_summary_source_words(s->sum); break;
  case 3: r = summar_summary_paragraph_count(s->sum); break;
  case 4: r = summar_summary_sentence_count(s->sum); break;
  case 5: r = summar_summary_keyword_count(s->sum); break;
  }
  summar_sw_leave(&s->g);
  return r;
}

/* The text (i == SIZE_MAX) or the i-th keyword, copied. */
static summar_sw_bytes summar_sw_sum_string(summar_sw_summary *s,
                                            summar_sw_err *err, size_t i) {
  summar_sw_bytes b = {NULL, 0};
  if (!summar_sw_enter(&s->g, err, "summary"))
    return b;
  if (i == (size_t)-1) {
    size_t n = 0;
    const char *t = summar_summary_text(s->sum, &n);
    b = summar_sw_copy(t ? t : "", t ? n : 0, err);
  } else {
    const char *k = summar_summary_keyword(s->sum, i);
    if (k)
      b = summar_sw_copy(k, strlen(k), err);
    else
      summar_sw_fail(err, SUMMAR_ERR_RANGE, NULL);
  }
  summar_sw_leave(&s->g);
  return b;
}

/* Document accessors returning a number: what selects it. */
static size_t summar_sw_doc_size(summar_sw_doc *d, summar_sw_err *err,
                                 int what) {
  size_t r = 0;
  if (!summar_sw_enter(&d->g, err, "document"))
    return 0;
  switch (what) {
  case 0: r = summar_doc_warnings(d->doc); break;
  case 1: r = summar_doc_content_words(d->doc); break;
  case 2: r = summar_doc_sentence_count(d->doc); break;
  case 3: r = summar_doc_token_count(d->doc); break;
  }
  summar_sw_leave(&d->g);
  return r;
}

static summar_sw_sentence summar_sw_span_out(const summar_span *sp, size_t i) {
  summar_sw_sentence r;
  r.index = i;
  r.start = sp->start;
  r.end = sp->end;
  r.block = sp->block;
  r.flags = sp->flags;
  return r;
}

static summar_sw_sentence summar_sw_doc_span(summar_sw_doc *d,
                                             summar_sw_err *err, size_t i,
                                             int title) {
  summar_sw_sentence r;
  memset(&r, 0, sizeof r);
  if (!summar_sw_enter(&d->g, err, "document"))
    return r;
  summar_span sp;
  memset(&sp, 0, sizeof sp);
  sp.size = sizeof sp;
  summar_status st = title ? summar_doc_title(d->doc, &sp)
                           : summar_doc_sentence(d->doc, i, &sp);
  if (st == SUMMAR_OK && title) {
    /* The title's index: the sentence starting where it starts. */
    i = (size_t)-1;
    size_t n = summar_doc_sentence_count(d->doc);
    for (size_t k = 0; k < n; k++) {
      summar_span s2;
      memset(&s2, 0, sizeof s2);
      s2.size = sizeof s2;
      if (summar_doc_sentence(d->doc, k, &s2) == SUMMAR_OK &&
          s2.start == sp.start) {
        i = k;
        break;
      }
    }
  }
  summar_sw_leave(&d->g);
  if (st != SUMMAR_OK)
    summar_sw_fail(err, st, NULL);
  else
    r = summar_sw_span_out(&sp, i);
  return r;
}

/* Flat tables: sentences (start, end, block, flags) when tokens is 0,
 * tokens (start, end, sentence, flags) otherwise. */
static summar_sw_sizes summar_sw_doc_table(summar_sw_doc *d,
                                           summar_sw_err *err, int tokens) {
  summar_sw_sizes r = {NULL, 0};
  if (!summar_sw_enter(&d->g, err, "document"))
    return r;
  summar_status st = SUMMAR_OK;
  size_t n = tokens ? summar_doc_token_count(d->doc)
                    : summar_doc_sentence_count(d->doc);
  r.v = n > ((size_t)-1) / (4 * sizeof *r.v) ? NULL
                                             : malloc((n ? n : 1) * 4 *
                                                      sizeof *r.v);
  if (!r.v)
    st = SUMMAR_ERR_NOMEM;
  for (size_t i = 0; st == SUMMAR_OK && i < n; i++) {
    size_t *o = r.v + 4 * i;
    if (tokens) {
      summar_token tk;
      memset(&tk, 0, sizeof tk);
      tk.size = sizeof tk;
      st = summar_doc_token(d->doc, i, &tk);
      o[0] = tk.start;
      o[1] = tk.end;
      o[2] = tk.sentence;
      o[3] = tk.flags;
    } else {
      summar_span sp;
      memset(&sp, 0, sizeof sp);
      sp.size = sizeof sp;
      st = summar_doc_sentence(d->doc, i, &sp);
      o[0] = sp.start;
      o[1] = sp.end;
      o[2] = sp.block;
      o[3] = sp.flags;
    }
  }
  summar_sw_leave(&d->g);
  if (st != SUMMAR_OK) {
    free(r.v);
    r.v = NULL;
    summar_sw_fail(err, st, NULL);
  } else {
    r.n = 4 * n;
  }
  return r;
}

/* Every token's normalized form (which 0) or stem (which 1), copied. */
static summar_sw_strings summar_sw_doc_forms(summar_sw_doc *d,
                                             summar_sw_err *err, int which) {
  summar_sw_strings r = {NULL, 0};
  if (!summar_sw_enter(&d->g, err, "document"))
    return r;
  summar_status st = SUMMAR_OK;
  size_t n = summar_doc_token_count(d->doc), done = 0;
  r.v = calloc(n ? n : 1, sizeof *r.v);
  if (!r.v)
    st = SUMMAR_ERR_NOMEM;
  for (; st == SUMMAR_OK && done < n; done++) {
    summar_token tk;
    memset(&tk, 0, sizeof tk);
    tk.size = sizeof tk;
    st = summar_doc_token(d->doc, done, &tk);
    if (st == SUMMAR_OK) {
      r.v[done] = summar_sw_strdup(which ? tk.stem : tk.norm);
      if (!r.v[done])
        st = SUMMAR_ERR_NOMEM;
    }
  }
  summar_sw_leave(&d->g);
  if (st != SUMMAR_OK) {
    for (size_t j = 0; r.v && j < n; j++)
      free(r.v[j]);
    free(r.v);
    r.v = NULL;
    summar_sw_fail(err, st, NULL);
  } else {
    r.n = n;
  }
  return r;
}

/* Builds a document: the constructor and document_new(). */
static summar_sw_doc *summar_sw_doc_create(summar_sw_err *err,
                                           summar_sw_ctx *ctx,
                                           const char *text, size_t len,
                                           const char *lang, unsigned flags) {
    if (!ctx) {
      summar_sw_fail(err, SUMMAR_ERR_ARG, "a Context is required");
      return NULL;
    }
    summar_sw_doc *d = malloc(sizeof *d);
    if (!d || summar_sw_guard_init(&d->g, summar_sw_doc_release) != 0) {
      free(d);
      summar_sw_fail(err, SUMMAR_ERR_NOMEM, NULL);
      return NULL;
    }
    d->doc = NULL;
    summar_sw_ctx_ref(ctx);
    d->ctx = ctx;
    summar_status st = summar_doc_new(ctx->ctx, text, len, lang, flags,
                                      &d->doc);
    if (st != SUMMAR_OK) {
      summar_sw_close(&d->g, 1); /* drops ctx, frees d */
      summar_sw_fail(err, st, NULL);
      return NULL;
    }
    return d;
  }
%}

/* ------------------------------------------------------------ typemaps */

%typemap(in, numinputs=0) summar_sw_err *err (summar_sw_err tmp) {
  memset(&tmp, 0, sizeof tmp);
  $1 = &tmp;
}

#ifdef SWIGPYTHON
%{
/* Exception classes, created once when the module is imported and never
 * changed afterwards.  Index: summar_status; [0] is summar.Error. */
#define SUMMAR_PY_NCODES 13
static PyObject *summar_py_errors[SUMMAR_PY_NCODES];
static PyObject *summar_py_closed_error;

static void summar_py_raise(const summar_sw_err *err) {
  PyObject *cls = summar_py_errors[0];
  if (err->closed)
    cls = summar_py_closed_error;
  else if ((int)err->code > 0 && (int)err->code < SUMMAR_PY_NCODES)
    cls = summar_py_errors[err->code];
  PyObject *inst = PyObject_CallFunction(cls, "s", summar_sw_message(err));
  if (!inst)
    return;
  PyObject *code = PyLong_FromLong((long)err->code);
  if (code) {
    PyObject_SetAttrString(inst, "code", code);
    Py_DECREF(code);
  }
  PyErr_SetObject(cls, inst);
  Py_DECREF(inst);
}

static int summar_py_add_error(PyObject *d, int code, const char *name,
                               PyObject *extra_base, const char *doc) {
  char qual[80];
  snprintf(qual, sizeof qual, "summar.%s", name);
  PyObject *bases = code < 0 || code > 0
      ? PyTuple_Pack(2, summar_py_errors[0], extra_base)
      : PyTuple_Pack(1, extra_base);
  if (!bases)
    return -1;
  PyObject *cls = PyErr_NewExceptionWithDoc(qual, doc, bases, NULL);
  Py_DECREF(bases);
  if (!cls)
    return -1;
  PyObject *c = PyLong_FromLong(code < 0 ? (long)SUMMAR_ERR_ARG : code);
  if (!c || PyObject_SetAttrString(cls, "code", c) < 0) {
    Py_XDECREF(c);
    Py_DECREF(cls);
    return -1;
  }
  Py_DECREF(c);
  if (PyDict_SetItemString(d, name, cls) < 0) {
    Py_DECREF(cls);
    return -1;
  }
  if (code < 0)
    summar_py_closed_error = cls; /* the module dict holds a reference too */
  else
    summar_py_errors[code] = cls;
  return 0;
}

static int summar_py_init_errors(PyObject *d) {
  static const struct {
    int code;
    const char *name;
    const char *doc;
  } tab[] = {
    {SUMMAR_ERR_NOMEM, "NoMemoryError", "An allocation failed."},
    {SUMMAR_ERR_ARG, "ArgumentError", "An invalid argument."},
    {SUMMAR_ERR_RANGE, "RangeError", "A value or index out of its range."},
    {SUMMAR_ERR_UTF8, "Utf8Error", "The input is not valid UTF-8."},
    {SUMMAR_ERR_NUL, "NulError", "The input holds a NUL byte."},
    {SUMMAR_ERR_EMPTY, "EmptyInputError",
     "The input holds no text to summarize."},
    {SUMMAR_ERR_TOO_LARGE, "TooLargeError",
     "The input exceeds the context's size limit."},
    {SUMMAR_ERR_LANG_UNSUPPORTED, "LanguageUnsupportedError",
     "An unknown or unusable language tag."},
    {SUMMAR_ERR_LANG_MISMATCH, "LanguageMismatchError",
     "The output language differs from the source: libsummar does not "
     "translate."},
    {SUMMAR_ERR_ALGORITHM, "AlgorithmError",
     "No scoring algorithm of that name."},
    {SUMMAR_ERR_BACKEND, "BackendError",
     "ICU, utf8proc or the stemmer failed."},
    {SUMMAR_ERR_NOT_FOUND, "NotFoundError",
     "The thing asked for is not there."},
  };
  if (summar_py_add_error(d, 0, "Error", PyExc_Exception,
                          "A libsummar call failed; .code is the "
                          "summar_status.") < 0)
    return -1;
  for (size_t i = 0; i < sizeof tab / sizeof tab[0]; i++) {
    PyObject *base = PyExc_ValueError;
    if (tab[i].code == SUMMAR_ERR_NOMEM)
      base = PyExc_MemoryError;
    else if (tab[i].code == SUMMAR_ERR_BACKEND)
      base = PyExc_RuntimeError;
    else if (tab[i].code == SUMMAR_ERR_NOT_FOUND)
      base = PyExc_LookupError;
    if (summar_py_add_error(d, tab[i].code, tab[i].name, base, tab[i].doc) < 0)
      return -1;
  }
  return summar_py_add_error(d, -1, "ClosedError", PyExc_ValueError,
                             "The document or summary was closed.");
}
%}

%init %{
  if (summar_py_init_errors(d) < 0)
    return NULL;
%}

%typemap(argout) summar_sw_err *err {
  if ($1->code != SUMMAR_OK) {
    Py_XDECREF($result);
    $result = NULL;
    summar_py_raise($1);
    SWIG_fail;
  }
}

/* Text in: bytes are used in place (no copy); str is encoded as UTF-8
 * ("surrogatepass", so lone surrogates reach the C checks as bad bytes). */
%typemap(in) (const char *text, size_t len) (PyObject *tmpbytes = NULL) {
  char *p = NULL;
  Py_ssize_t n = 0;
  if (PyUnicode_Check($input)) {
    tmpbytes = PyUnicode_AsEncodedString($input, "utf-8", "surrogatepass");
    if (!tmpbytes)
      SWIG_fail;
    if (PyBytes_AsStringAndSize(tmpbytes, &p, &n) < 0)
      SWIG_fail;
  } else if (PyBytes_Check($input)) {
    if (PyBytes_AsStringAndSize($input, &p, &n) < 0)
      SWIG_fail;
  } else {
    PyErr_SetString(PyExc_TypeError, "text must be str or bytes");
    SWIG_fail;
  }
  $1 = p;
  $2 = (size_t)n;
}
%typemap(freearg) (const char *text, size_t len) {
  Py_XDECREF(tmpbytes$argnum);
}

/* Texts in: a sequence (not a single str or bytes) of str or bytes, each
 * as the text typemap above takes it.  A tuple keeps the bytes alive while
 * the call runs without the GIL, whatever happens to the sequence. */
%typemap(in) (const char *const *refs, const size_t *ref_lens, size_t nrefs)
    (PyObject *tmpkeep = NULL, char **tmpp = NULL, size_t *tmpn = NULL) {
  if (PyUnicode_Check($input) || PyBytes_Check($input) ||
      !PySequence_Check($input)) {
    PyErr_SetString(PyExc_TypeError,
                    "texts must be a sequence of str or bytes");
    SWIG_fail;
  }
  Py_ssize_t n = PySequence_Size($input);
  if (n < 0)
    SWIG_fail;
  tmpkeep = PyTuple_New(n);
  tmpp = malloc((n ? (size_t)n : 1) * sizeof *tmpp);
  tmpn = malloc((n ? (size_t)n : 1) * sizeof *tmpn);
  if (!tmpkeep || !tmpp || !tmpn) {
    if (tmpkeep)
      PyErr_NoMemory();
    SWIG_fail;
  }
  for (Py_ssize_t i = 0; i < n; i++) {
    PyObject *o = PySequence_GetItem($input, i);
    if (!o)
      SWIG_fail;
    if (PyUnicode_Check(o)) {
      PyObject *b = PyUnicode_AsEncodedString(o, "utf-8", "surrogatepass");
      Py_DECREF(o);
      if (!b)
        SWIG_fail;
      o = b;
    } else if (!PyBytes_Check(o)) {
      Py_DECREF(o);
      PyErr_SetString(PyExc_TypeError, "each text must be str or bytes");
      SWIG_fail;
    }
    PyTuple_SET_ITEM(tmpkeep, i, o);
    Py_ssize_t len = 0;
    if (PyBytes_AsStringAndSize(o, &tmpp[i], &len) < 0)
      SWIG_fail;
    tmpn[i] = (size_t)len;
  }
  $1 = ($1_ltype)tmpp;
  $2 = ($2_ltype)tmpn;
  $3 = (size_t)n;
}
%typemap(freearg) (const char *const *refs, const size_t *ref_lens,
                   size_t nrefs) {
  Py_XDECREF(tmpkeep$argnum);
  free(tmpp$argnum);
  free(tmpn$argnum);
}

%typemap(out) summar_sw_bytes {
  $result = $1.p ? PyBytes_FromStringAndSize($1.p, (Py_ssize_t)$1.n)
                 : (Py_INCREF(Py_None), Py_None);
  free($1.p);
  if (!$result)
    SWIG_fail;
}

%typemap(out) summar_sw_sizes {
  $result = PyList_New((Py_ssize_t)$1.n);
  for (size_t i = 0; $result && i < $1.n; i++) {
    PyObject *o = PyLong_FromSize_t($1.v[i]);
    if (!o) {
      Py_CLEAR($result);
      break;
    }
    PyList_SET_ITEM($result, (Py_ssize_t)i, o);
  }
  free($1.v);
  if (!$result)
    SWIG_fail;
}

%typemap(out) summar_sw_doubles {
  $result = PyList_New((Py_ssize_t)$1.n);
  for (size_t i = 0; $result && i < $1.n; i++) {
    PyObject *o = PyFloat_FromDouble($1.v[i]);
    if (!o) {
      Py_CLEAR($result);
      break;
    }
    PyList_SET_ITEM($result, (Py_ssize_t)i, o);
  }
  free($1.v);
  if (!$result)
    SWIG_fail;
}

%typemap(out) summar_sw_strings {
  $result = PyList_New((Py_ssize_t)$1.n);
  for (size_t i = 0; $result && i < $1.n; i++) {
    PyObject *o = PyUnicode_DecodeUTF8($1.v[i], (Py_ssize_t)strlen($1.v[i]),
                                       "surrogateescape");
    if (!o) {
      Py_CLEAR($result);
      break;
    }
    PyList_SET_ITEM($result, (Py_ssize_t)i, o);
  }
  for (size_t i = 0; i < $1.n; i++)
    free($1.v[i]);
  free($1.v);
  if (!$result)
    SWIG_fail;
}
#endif /* SWIGPYTHON */

#ifdef SWIGLUA
/* Failure: the call returns nil, message, code.  Constructors raise
 * instead (SWIG's constructor proxy keeps only one result): use
 * document_new() for nil, message, code. */
%typemap(argout) summar_sw_err *err {
  if ($1->code != SUMMAR_OK && strncmp("$symname", "new_", 4) == 0) {
    lua_pushstring(L, summar_sw_message($1));
    SWIG_fail;
  }
  if ($1->code != SUMMAR_OK) {
    lua_pushnil(L);
    lua_pushstring(L, summar_sw_message($1));
    lua_pushinteger(L, (lua_Integer)$1->code);
    return 3;
  }
}

/* Counts, offsets and flags are Lua integers, not floats. */
%typemap(out) size_t, unsigned, unsigned int, int {
  lua_pushinteger(L, (lua_Integer)$1);
  SWIG_arg++;
}

/* Text in: the Lua string's bytes, used in place. */
%typemap(in, checkfn="lua_isstring") (const char *text, size_t len) {
  size_t n = 0;
  $1 = (char *)lua_tolstring(L, $input, &n);
  $2 = n;
}

/* Texts in: a list of strings, used in place (the table keeps them alive).
 * The arrays are userdata on the stack, so the early `return 3` of the err
 * typemap cannot leak them. */
%typemap(in, checkfn="lua_istable")
    (const char *const *refs, const size_t *ref_lens, size_t nrefs) {
  size_t n = (size_t)lua_rawlen(L, $input);
  const char **p = lua_newuserdatauv(L, (n ? n : 1) * sizeof *p, 0);
  size_t *lens = lua_newuserdatauv(L, (n ? n : 1) * sizeof *lens, 0);
  for (size_t i = 0; i < n; i++) {
    if (lua_rawgeti(L, $input, (lua_Integer)i + 1) != LUA_TSTRING) {
      lua_pushfstring(L, "summar: $symname: text %d is not a string",
                      (int)i + 1);
      SWIG_fail;
    }
    p[i] = lua_tolstring(L, -1, &lens[i]);
    lua_pop(L, 1);
  }
  $1 = ($1_ltype)p;
  $2 = ($2_ltype)lens;
  $3 = n;
}

%typemap(out) summar_sw_bytes {
  if ($1.p)
    lua_pushlstring(L, $1.p, $1.n);
  else
    lua_pushnil(L);
  free($1.p);
  SWIG_arg++;
}

%typemap(out) summar_sw_sizes {
  lua_createtable(L, (int)$1.n, 0);
  for (size_t i = 0; i < $1.n; i++) {
    lua_pushinteger(L, (lua_Integer)$1.v[i]);
    lua_rawseti(L, -2, (lua_Integer)i + 1);
  }
  free($1.v);
  SWIG_arg++;
}

%typemap(out) summar_sw_doubles {
  lua_createtable(L, (int)$1.n, 0);
  for (size_t i = 0; i < $1.n; i++) {
    lua_pushnumber(L, (lua_Number)$1.v[i]);
    lua_rawseti(L, -2, (lua_Integer)i + 1);
  }
  free($1.v);
  SWIG_arg++;
}

%typemap(out) summar_sw_strings {
  lua_createtable(L, (int)$1.n, 0);
  for (size_t i = 0; i < $1.n; i++) {
    lua_pushstring(L, $1.v[i]);
    lua_rawseti(L, -2, (lua_Integer)i + 1);
    free($1.v[i]);
  }
  free($1.v);
  SWIG_arg++;
}
#endif /* SWIGLUA */

/* `self` of every method: an explicit delete clears the object's pointer
 * and a second one fails instead of freeing twice (SWIG_POINTER_RELEASE);
 * a method called on a deleted object fails instead of using freed memory. */
#ifdef SWIGPYTHON
%typemap(in, noblock=1) SWIGTYPE *self (void *argp = 0, int res = 0) {
  res = SWIG_ConvertPtr($input, &argp, $descriptor,
                        ($disown ? SWIG_POINTER_RELEASE : 0));
  if (!SWIG_IsOK(res)) {
    %argument_fail(res, "$type", $symname, $argnum);
  }
  $1 = %reinterpret_cast(argp, $ltype);
}
%typemap(check) SWIGTYPE *self {
  if (!$1) {
    summar_sw_err e_;
    memset(&e_, 0, sizeof e_);
    summar_sw_fail_closed(&e_, "object (deleted)");
    summar_py_raise(&e_);
    SWIG_fail;
  }
}
#endif

#ifdef SWIGLUA
%typemap(check) SWIGTYPE *self {
  if (!$1) {
    lua_pushstring(L, "summar: $symname: the object was freed");
    SWIG_fail;
  }
}

/* The finalizer of every class: like SWIG's, but it also clears the
 * userdata, so an object resurrected by another finalizer cannot reach
 * freed memory (methods then fail, see the check typemap above). */
%{
static int summar_lua_gc(lua_State *L) {
  swig_lua_userdata *usr = (swig_lua_userdata *)lua_touserdata(L, 1);
  if (!usr)
    return 0;
  if (usr->own && usr->ptr && usr->type && usr->type->clientdata) {
    swig_lua_class *clss = (swig_lua_class *)usr->type->clientdata;
    if (clss->destructor)
      clss->destructor(usr->ptr);
  }
  usr->ptr = NULL;
  usr->own = 0;
  return 0;
}
%}
%init %{
  for (int i_ = 0; swig_types[i_]; i_++) {
    swig_lua_class *clss_ = (swig_lua_class *)swig_types[i_]->clientdata;
    if (!clss_)
      continue;
    SWIG_Lua_get_class_metatable(L, clss_->fqname);
    if (lua_istable(L, -1)) {
      lua_pushcfunction(L, summar_lua_gc);
      lua_setfield(L, -2, "__gc");
    }
    lua_pop(L, 1);
  }
%}

/* `end` is a Lua keyword: the end offsets are `stop` there. */
%rename(stop) summar_sw_sentence::end;
%rename(stop) summar_sw_token::end;
%rename(stop) summar_sw_pick::end;
#endif

/* ----------------------------------------------------------- constants */

%constant int OK = SUMMAR_OK;
%constant int ERR_NOMEM = SUMMAR_ERR_NOMEM;
%constant int ERR_ARG = SUMMAR_ERR_ARG;
%constant int ERR_RANGE = SUMMAR_ERR_RANGE;
%constant int ERR_UTF8 = SUMMAR_ERR_UTF8;
%constant int ERR_NUL = SUMMAR_ERR_NUL;
%constant int ERR_EMPTY = SUMMAR_ERR_EMPTY;
%constant int ERR_TOO_LARGE = SUMMAR_ERR_TOO_LARGE;
%constant int ERR_LANG_UNSUPPORTED = SUMMAR_ERR_LANG_UNSUPPORTED;
%constant int ERR_LANG_MISMATCH = SUMMAR_ERR_LANG_MISMATCH;
%constant int ERR_ALGORITHM = SUMMAR_ERR_ALGORITHM;
%constant int ERR_BACKEND = SUMMAR_ERR_BACKEND;
%constant int ERR_NOT_FOUND = SUMMAR_ERR_NOT_FOUND;

%constant int FORMAT_TEXT = SUMMAR_FORMAT_TEXT;
%constant int FORMAT_MARKDOWN = SUMMAR_FORMAT_MARKDOWN;
%constant int FORMAT_HTML = SUMMAR_FORMAT_HTML;
%constant int FORMAT_JSON = SUMMAR_FORMAT_JSON;

%constant unsigned WARN_SHORT_SOURCE = SUMMAR_WARN_SHORT_SOURCE;
%constant unsigned WARN_FEW_PARAGRAPHS = SUMMAR_WARN_FEW_PARAGRAPHS;
%constant unsigned WARN_REPLACED = SUMMAR_WARN_REPLACED;
%constant unsigned WARN_NOTHING_FITS = SUMMAR_WARN_NOTHING_FITS;
%constant unsigned WARN_LANG_GUESSED = SUMMAR_WARN_LANG_GUESSED;

%constant unsigned DOC_REPLACE_INVALID = SUMMAR_DOC_REPLACE_INVALID;
%constant unsigned DOC_NO_CLEAN = SUMMAR_DOC_NO_CLEAN;
%constant unsigned DOC_HTML = SUMMAR_DOC_HTML;

%constant unsigned SENT_TITLE = SUMMAR_SENT_TITLE;
%constant unsigned SENT_JUNK = SUMMAR_SENT_JUNK;
%constant unsigned SENT_CODE = SUMMAR_SENT_CODE;
%constant unsigned SENT_FOREIGN = SUMMAR_SENT_FOREIGN;
%constant unsigned SENT_DUPLICATE = SUMMAR_SENT_DUPLICATE;
%constant unsigned SENT_REQUEST = SUMMAR_SENT_REQUEST;
%constant unsigned SENT_PARA_START = SUMMAR_SENT_PARA_START;
%constant unsigned SENT_DROP = SUMMAR_SENT_DROP;

%constant unsigned TOKEN_STOPWORD = SUMMAR_TOKEN_STOPWORD;
%constant unsigned TOKEN_NUMBER = SUMMAR_TOKEN_NUMBER;
%constant unsigned TOKEN_LETTERS = SUMMAR_TOKEN_LETTERS;

%constant int VERSION_MAJOR = SUMMAR_VERSION_MAJOR;
%constant int VERSION_MINOR = SUMMAR_VERSION_MINOR;
%constant int VERSION_PATCH = SUMMAR_VERSION_PATCH;

/* --------------------------------------------------------- GIL policy */

/* Everything keeps the GIL except the calls marked %thread below. */
#ifdef SWIGPYTHON
%nothread;
%thread summar_sw_doc::summar_sw_doc;
%thread summar_sw_doc_create;
%thread summar_sw_doc::score;
%thread summar_sw_doc::summarize;
%thread summar_sw_quick;
%thread summar_sw_word_count;
%thread summar_sw_utf8_check;
%thread summar_sw_rouge_score;
#endif

/* ------------------------------------------------------ basic functions */

%{
/* The library's runtime version, "MAJOR.MINOR.PATCH". */
static const char *summar_sw_version(void) { return summar_version(); }

/* The runtime version as 0xMMmmpp. */
static unsigned summar_sw_version_number(void) {
  return summar_version_number();
}

/* A readable message for a status code. */
static const char *summar_sw_strerror(int code) {
  return summar_strerror((summar_status)code);
}

/* Words in text, counted as a word processor does. */
static size_t summar_sw_word_count(const char *text, size_t len) {
  return summar_word_count(text, len);
}

/* {status, offset}: status 0 (valid), ERR_UTF8 or ERR_NUL, and the offset
 * of the first bad byte (the length when valid). */
static summar_sw_sizes summar_sw_utf8_check(summar_sw_err *err,
                                            const char *text, size_t len) {
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

/* The i-th language with built-in stopwords and stemming, or nil/None. */
static const char *summar_sw_language_name(size_t i) {
  return summar_language_name(i);
}

/* The i-th scoring algorithm's name, or nil/None past the end. */
static const char *summar_sw_algorithm_name(size_t i) {
  return summar_algorithm_name(i);
}

/* The i-th scoring algorithm's description, or nil/None past the end. */
static const char *summar_sw_algorithm_description(size_t i) {
  return summar_algorithm_description(i);
}

/* summar_quick(): summarize in one call; lang may be nil/None, words and
 * paragraphs 0 for the defaults. */
static summar_sw_bytes summar_sw_quick(summar_sw_err *err, const char *text,
                                       size_t len, const char *lang,
                                       size_t words, size_t paragraphs) {
  summar_sw_bytes b = {NULL, 0};
  char *out = NULL;
  summar_status st = summar_quick(text, len, lang, words, paragraphs, &out);
  if (st != SUMMAR_OK) {
    summar_sw_fail(err, st, NULL);
    return b;
  }
  b = summar_sw_copy(out, strlen(out), err);
  summar_free(out);
  return b;
}

/* summar_rouge_score(): text against the references, as one flat list:
 * recall, precision, f1 of ROUGE-1, then of ROUGE-2, then of ROUGE-L. */
static summar_sw_doubles summar_sw_rouge_score(
    summar_sw_err *err, const char *text, size_t len,
    const char *const *refs, const size_t *ref_lens, size_t nrefs,
    const char *lang, size_t cut_words) {
  summar_sw_doubles r = {NULL, 0};
  summar_rouge out;
  memset(&out, 0, sizeof out);
  out.size = sizeof out;
  summar_status st = summar_rouge_score(lang, text, len, refs, ref_lens,
                                        nrefs, cut_words, &out);
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
%}

%rename(version) summar_sw_version;
%rename(version_number) summar_sw_version_number;
%rename(strerror) summar_sw_strerror;
%rename(word_count) summar_sw_word_count;
%rename(utf8_check) summar_sw_utf8_check;
%rename(language_name) summar_sw_language_name;
%rename(algorithm_name) summar_sw_algorithm_name;
%rename(algorithm_description) summar_sw_algorithm_description;
%rename(quick) summar_sw_quick;
%rename(rouge_score) summar_sw_rouge_score;

/* The library's runtime version, "MAJOR.MINOR.PATCH". */
const char *summar_sw_version(void);
/* The runtime version as 0xMMmmpp. */
unsigned summar_sw_version_number(void);
/* A readable message for a status code. */
const char *summar_sw_strerror(int code);
/* Words in text, counted as a word processor does. */
size_t summar_sw_word_count(const char *text, size_t len);
/* {status, offset}: status 0 (valid), ERR_UTF8 or ERR_NUL, and the offset
 * of the first bad byte (the length when valid). */
summar_sw_sizes summar_sw_utf8_check(summar_sw_err *err, const char *text,
                                     size_t len);
/* The i-th language with built-in stopwords and stemming, or nil/None. */
const char *summar_sw_language_name(size_t i);
/* The i-th scoring algorithm's name, or nil/None past the end. */
const char *summar_sw_algorithm_name(size_t i);
/* The i-th scoring algorithm's description, or nil/None past the end. */
const char *summar_sw_algorithm_description(size_t i);
/* summar_quick(): summarize in one call; lang may be nil/None, words and
 * paragraphs 0 for the defaults. */
summar_sw_bytes summar_sw_quick(summar_sw_err *err, const char *text,
                                size_t len, const char *lang, size_t words,
                                size_t paragraphs);
/* summar_rouge_score(): text against the references (lang nil/None: no
 * stemming; cut_words 0: no cut), as one flat list: recall, precision, f1
 * of ROUGE-1, then of ROUGE-2, then of ROUGE-L. */
summar_sw_doubles summar_sw_rouge_score(summar_sw_err *err, const char *text,
                                        size_t len,
                                        const char *const *refs,
                                        const size_t *ref_lens, size_t nrefs,
                                        const char *lang, size_t cut_words);

/* ---------------------------------------------------------- value types */

%rename(Sentence) summar_sw_sentence;
%rename(Token) summar_sw_token;
%rename(Pick) summar_sw_pick;
%rename(EmbeddedRequest) summar_sw_embedded;

%immutable;
typedef struct summar_sw_sentence {
  size_t index, start, end, block;
  unsigned flags;
} summar_sw_sentence;

typedef struct summar_sw_token {
  size_t index, start, end, sentence;
  unsigned flags;
  char *norm;
  char *stem;
} summar_sw_token;

typedef struct summar_sw_pick {
  size_t sentence, start, end, paragraph, words;
  double score;
} summar_sw_pick;

typedef struct summar_sw_embedded {
  size_t words, paragraphs;
  const char *lang;
} summar_sw_embedded;
%mutable;

%extend summar_sw_token {
  ~summar_sw_token() {
    free($self->norm);
    free($self->stem);
    free($self);
  }
}

/* -------------------------------------------------------------- Context */

%rename(Context) summar_sw_ctx;
typedef struct summar_sw_ctx {
} summar_sw_ctx;

%extend summar_sw_ctx {
  /* A context; max_input is the largest input in bytes (0: default). */
  summar_sw_ctx(summar_sw_err *err, size_t max_input) {
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
  /* Drops this object's reference; documents keep their own. */
  ~summar_sw_ctx() { summar_sw_ctx_unref($self); }
  /* The largest input in bytes a document may have. */
  size_t max_input() { return summar_ctx_max_input($self->ctx); }
}

/* -------------------------------------------------------------- Request */

%rename(Request) summar_sw_request;
typedef struct summar_sw_request {
} summar_sw_request;

%extend summar_sw_request {
  /* A request with the defaults (20% of the words, 1 paragraph, text). */
  summar_sw_request(summar_sw_err *err) {
    summar_sw_request *r = malloc(sizeof *r);
    if (!r || summar_sw_guard_init(&r->g, summar_sw_request_release) != 0) {
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
  ~summar_sw_request() { summar_sw_close(&$self->g, 1); }
  void set_words(summar_sw_err *err, size_t words) {
    summar_sw_request_set($self, err, 0, words, 0, NULL);
  }
  void set_sentences(summar_sw_err *err, size_t sentences) {
    summar_sw_request_set($self, err, 1, sentences, 0, NULL);
  }
  void set_ratio(summar_sw_err *err, double ratio) {
    summar_sw_request_set($self, err, 2, 0, ratio, NULL);
  }
  void set_paragraphs(summar_sw_err *err, size_t paragraphs) {
    summar_sw_request_set($self, err, 3, paragraphs, 0, NULL);
  }
  /* FORMAT_TEXT, FORMAT_MARKDOWN, FORMAT_HTML or FORMAT_JSON. */
  void set_format(summar_sw_err *err, size_t format) {
    summar_sw_request_set($self, err, 4, format, 0, NULL);
  }
  /* nil/None restores "default". */
  void set_algorithm(summar_sw_err *err, const char *name) {
    summar_sw_request_set($self, err, 5, 0, 0, name);
  }
  /* nil/None: the source's language. */
  void set_output_lang(summar_sw_err *err, const char *lang) {
    summar_sw_request_set($self, err, 6, 0, 0, lang);
  }
  void set_keywords(summar_sw_err *err, size_t keywords) {
    summar_sw_request_set($self, err, 7, keywords, 0, NULL);
  }
  void set_title(summar_sw_err *err, int include) {
    summar_sw_request_set($self, err, 8, include != 0, 0, NULL);
  }
}

/* -------------------------------------------------------------- Summary */

%rename(Summary) summar_sw_summary;
typedef struct summar_sw_summary {
} summar_sw_summary;

%extend summar_sw_summary {
  ~summar_sw_summary() { summar_sw_close(&$self->g, 1); }
  /* Frees the summary now; later calls fail.  Idempotent. */
  void close() { summar_sw_close(&$self->g, 0); }
  int closed() { return summar_sw_is_closed(&$self->g); }
  /* The rendered summary (bytes in Python, a string in Lua). */
  summar_sw_bytes text(summar_sw_err *err) {
    return summar_sw_sum_string($self, err, (size_t)-1);
  }
  /* WARN_* bits. */
  unsigned warnings(summar_sw_err *err) {
    return (unsigned)summar_sw_sum_size($self, err, 0);
  }
  size_t word_count(summar_sw_err *err) {
    return summar_sw_sum_size($self, err, 1);
  }
  size_t source_words(summar_sw_err *err) {
    return summar_sw_sum_size($self, err, 2);
  }
  size_t paragraph_count(summar_sw_err *err) {
    return summar_sw_sum_size($self, err, 3);
  }
  size_t sentence_count(summar_sw_err *err) {
    return summar_sw_sum_size($self, err, 4);
  }
  size_t keyword_count(summar_sw_err *err) {
    return summar_sw_sum_size($self, err, 5);
  }
  /* The i-th keyword (0-based); ERR_RANGE past the end. */
  summar_sw_bytes keyword(summar_sw_err *err, size_t i) {
    if (i == (size_t)-1) {
      summar_sw_bytes b = {NULL, 0};
      summar_sw_fail(err, SUMMAR_ERR_RANGE, NULL);
      return b;
    }
    return summar_sw_sum_string($self, err, i);
  }
  /* The i-th chosen sentence (0-based, source order). */
  summar_sw_pick sentence(summar_sw_err *err, size_t i) {
    summar_sw_pick p;
    memset(&p, 0, sizeof p);
    if (!summar_sw_enter(&$self->g, err, "summary"))
      return p;
    summar_pick k;
    memset(&k, 0, sizeof k);
    k.size = sizeof k;
    summar_status st = summar_summary_sentence($self->sum, i, &k);
    summar_sw_leave(&$self->g);
    if (st != SUMMAR_OK) {
      summar_sw_fail(err, st, NULL);
    } else {
      p.sentence = k.sentence;
      p.start = k.start;
      p.end = k.end;
      p.paragraph = k.paragraph;
      p.words = k.words;
      p.score = k.score;
    }
    return p;
  }
  /* The source language (ISO 639-1, static storage). */
  const char *language(summar_sw_err *err) {
    const char *l = NULL;
    if (summar_sw_enter(&$self->g, err, "summary")) {
      l = summar_summary_language($self->sum);
      summar_sw_leave(&$self->g);
    }
    return l;
  }
}

/* ------------------------------------------------------------- Document */

%rename(Document) summar_sw_doc;
typedef struct summar_sw_doc {
} summar_sw_doc;

%newobject summar_sw_doc::summarize;

%extend summar_sw_doc {
  /* Analyses text with ctx; lang nil/None detects; flags DOC_*. */
  summar_sw_doc(summar_sw_err *err, summar_sw_ctx *ctx, const char *text,
                size_t len, const char *lang, unsigned flags) {
    return summar_sw_doc_create(err, ctx, text, len, lang, flags);
  }
  ~summar_sw_doc() { summar_sw_close(&$self->g, 1); }
  /* Frees the document as soon as no call uses it; later calls fail.
   * Idempotent. */
  void close() { summar_sw_close(&$self->g, 0); }
  int closed() { return summar_sw_is_closed(&$self->g); }
  /* The document text (bytes in Python); all offsets refer to it. */
  summar_sw_bytes text(summar_sw_err *err) {
    summar_sw_bytes b = {NULL, 0};
    if (summar_sw_enter(&$self->g, err, "document")) {
      size_t n = 0;
      const char *t = summar_doc_text($self->doc, &n);
      b = summar_sw_copy(t, n, err);
      summar_sw_leave(&$self->g);
    }
    return b;
  }
  /* ISO 639-1 code, given or detected; "und" when unknown. */
  const char *language(summar_sw_err *err) {
    const char *l = NULL;
    if (summar_sw_enter(&$self->g, err, "document")) {
      l = summar_doc_language($self->doc);
      summar_sw_leave(&$self->g);
    }
    return l;
  }
  /* WARN_* bits found while building (REPLACED, LANG_GUESSED). */
  unsigned warnings(summar_sw_err *err) {
    return (unsigned)summar_sw_doc_size($self, err, 0);
  }
  size_t content_words(summar_sw_err *err) {
    return summar_sw_doc_size($self, err, 1);
  }
  size_t sentence_count(summar_sw_err *err) {
    return summar_sw_doc_size($self, err, 2);
  }
  size_t token_count(summar_sw_err *err) {
    return summar_sw_doc_size($self, err, 3);
  }
  /* The i-th sentence (0-based). */
  summar_sw_sentence sentence(summar_sw_err *err, size_t i) {
    return summar_sw_doc_span($self, err, i, 0);
  }
  /* The headline; ERR_NOT_FOUND when there is none. */
  summar_sw_sentence title(summar_sw_err *err) {
    return summar_sw_doc_span($self, err, 0, 1);
  }
  /* The i-th token (0-based); its strings are copies. */
  summar_sw_token token(summar_sw_err *err, size_t i) {
    summar_sw_token r;
    memset(&r, 0, sizeof r);
    if (!summar_sw_enter(&$self->g, err, "document"))
      return r;
    summar_token tk;
    memset(&tk, 0, sizeof tk);
    tk.size = sizeof tk;
    summar_status st = summar_doc_token($self->doc, i, &tk);
    if (st == SUMMAR_OK) {
      r.norm = summar_sw_strdup(tk.norm);
      r.stem = summar_sw_strdup(tk.stem);
      if (!r.norm || !r.stem) {
        free(r.norm);
        free(r.stem);
        r.norm = r.stem = NULL;
        st = SUMMAR_ERR_NOMEM;
      }
    }
    summar_sw_leave(&$self->g);
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
  /* Every sentence as one flat list: start, end, block, flags, ... */
  summar_sw_sizes sentence_table(summar_sw_err *err) {
    return summar_sw_doc_table($self, err, 0);
  }
  /* Every token as one flat list: start, end, sentence, flags, ... */
  summar_sw_sizes token_table(summar_sw_err *err) {
    return summar_sw_doc_table($self, err, 1);
  }
  /* Every token's normalized form (which 0) or stem (which 1). */
  summar_sw_strings token_forms(summar_sw_err *err, int which) {
    return summar_sw_doc_forms($self, err, which);
  }
  /* The instruction written in the text; ERR_NOT_FOUND if none. */
  summar_sw_embedded embedded_request(summar_sw_err *err) {
    summar_sw_embedded r = {0, 0, NULL};
    if (summar_sw_enter(&$self->g, err, "document")) {
      summar_status st = summar_doc_embedded_request($self->doc, &r.words,
                                                     &r.paragraphs, &r.lang);
      summar_sw_leave(&$self->g);
      if (st != SUMMAR_OK)
        summar_sw_fail(err, st, NULL);
    }
    return r;
  }
  /* One score per sentence with the named algorithm (nil/None: default).
   * Runs without the GIL. */
  summar_sw_doubles score(summar_sw_err *err, const char *algorithm) {
    summar_sw_doubles r = {NULL, 0};
    if (!summar_sw_enter(&$self->g, err, "document"))
      return r;
    size_t n = summar_doc_sentence_count($self->doc);
    summar_status st = SUMMAR_ERR_NOMEM;
    r.v = n > ((size_t)-1) / sizeof *r.v ? NULL
                                         : malloc((n ? n : 1) * sizeof *r.v);
    if (r.v)
      st = summar_score($self->doc, algorithm, r.v, n);
    summar_sw_leave(&$self->g);
    if (st != SUMMAR_OK) {
      free(r.v);
      r.v = NULL;
      summar_sw_fail(err, st, NULL);
    } else {
      r.n = n;
    }
    return r;
  }
  /* Summarizes with req (nil/None: the defaults).  Runs without the GIL. */
  summar_sw_summary *summarize(summar_sw_err *err, summar_sw_request *req) {
    summar_sw_summary *s = malloc(sizeof *s);
    if (!s || summar_sw_guard_init(&s->g, summar_sw_summary_release) != 0) {
      free(s);
      summar_sw_fail(err, SUMMAR_ERR_NOMEM, NULL);
      return NULL;
    }
    s->sum = NULL;
    summar_status st = SUMMAR_OK;
    if (!summar_sw_enter(&$self->g, err, "document")) {
      st = err->code;
    } else if (req && !summar_sw_enter(&req->g, err, "request")) {
      st = err->code;
      summar_sw_leave(&$self->g);
    } else {
      if (req) {
        pthread_mutex_lock(&req->use);
        st = summar_summarize($self->doc, req->req, &s->sum);
        pthread_mutex_unlock(&req->use);
        summar_sw_leave(&req->g);
      } else {
        st = summar_summarize($self->doc, NULL, &s->sum);
      }
      summar_sw_leave(&$self->g);
      if (st != SUMMAR_OK)
        summar_sw_fail(err, st, NULL);
    }
    if (st != SUMMAR_OK) {
      summar_sw_close(&s->g, 1);
      return NULL;
    }
    return s;
  }
}

/* The same as the Document constructor, as a function: in Lua a failing
 * constructor can only raise, while this returns nil, message, code. */
%newobject summar_sw_doc_create;
%rename(document_new) summar_sw_doc_create;
summar_sw_doc *summar_sw_doc_create(summar_sw_err *err, summar_sw_ctx *ctx,
                                    const char *text, size_t len,
                                    const char *lang, unsigned flags);
