/*
 * python.i - the Python typemaps of libsummar's SWIG interface.
 *
 * `swig -python -threads python.i` builds summar/_summar_core and
 * summar/summar_core.py, under the pure-Python package summar/.
 *
 * Errors: a failure raises summar.Error or one subclass per status (with
 * .code); using a closed object raises ClosedError.  Text comes in as str
 * (encoded as UTF-8) or bytes (used in place); text comes out as bytes,
 * which the package decodes.  Heavy calls release the GIL (%thread below);
 * the cheap accessors keep it, which also keeps them from racing with
 * close().
 */
%module summar_core

#define SUMMAR_SW_NAME(n) n
#define SUMMAR_SW_CLASS(n) n
#define SUMMAR_SW_CONST(n) n

%{
#include <limits.h>
#include <stdint.h>

#include "shim.h"
%}

%{
/* Exception classes, created once when the module is imported and never
 * changed afterwards.  Index: summar_status; [0] is summar.Error. */
#define SUMMAR_PY_NCODES ((int)SUMMAR_ERR_NOT_FOUND + 1)
static PyObject *summar_py_errors[SUMMAR_PY_NCODES];  /* known classes */
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

/* Raises ArgumentError (code ERR_ARG) or RangeError with a message. */
static void summar_py_fail(summar_status code, const char *fmt,
                           const char *name) {
  summar_sw_err e;
  memset(&e, 0, sizeof e);
  char msg[160];
  snprintf(msg, sizeof msg, fmt, name);
  summar_sw_fail(&e, code, msg);
  summar_py_raise(&e);
}

/* An integer argument in [0, max], or -1 with ArgumentError/RangeError
 * raised, naming the argument (not a wrapper function). */
static int summar_py_size(PyObject *o, const char *name,
                          unsigned long long max, unsigned long long *out) {
  if (!PyLong_Check(o) || PyBool_Check(o)) {
    summar_py_fail(SUMMAR_ERR_ARG, "%s must be an int", name);
    return -1;
  }
  int overflow = 0;
  long long v = PyLong_AsLongLongAndOverflow(o, &overflow);
  if (v == -1 && PyErr_Occurred())
    return -1;
  if (overflow < 0 || (overflow == 0 && v < 0)) {
    summar_py_fail(SUMMAR_ERR_RANGE, "%s must not be negative", name);
    return -1;
  }
  if (overflow > 0 || (unsigned long long)v > max) {
    summar_py_fail(SUMMAR_ERR_RANGE, "%s is too large", name);
    return -1;
  }
  *out = (unsigned long long)v;
  return 0;
}

/* A str (UTF-8 encoded, "surrogatepass" so lone surrogates reach the C
 * checks as bad bytes) or bytes (used in place) as pointer and length;
 * *keep receives a new reference to free.  None gives NULL when
 * none_ok.  -1 with ArgumentError raised otherwise. */
static int summar_py_text(PyObject *o, const char *name, int none_ok,
                          PyObject **keep, char **p, size_t *n) {
  Py_ssize_t len = 0;
  *keep = NULL;
  *p = NULL;
  *n = 0;
  if (none_ok && o == Py_None)
    return 0;
  if (PyUnicode_Check(o)) {
    *keep = PyUnicode_AsEncodedString(o, "utf-8", "surrogatepass");
    if (!*keep)
      return -1;
    o = *keep;
  } else if (!PyBytes_Check(o)) {
    summar_py_fail(SUMMAR_ERR_ARG,
                   none_ok ? "%s must be str, bytes or None"
                           : "%s must be str or bytes", name);
    return -1;
  }
  if (PyBytes_AsStringAndSize(o, p, &len) < 0)
    return -1;
  *n = (size_t)len;
  return 0;
}

static int summar_py_add_error(PyObject *d, int code, const char *name,
                               PyObject *extra_base, const char *doc) {
  char qual[80];
  snprintf(qual, sizeof qual, "summar.%s", name);
  PyObject *bases = code == SUMMAR_ERR_ARG
      ? PyTuple_Pack(3, summar_py_errors[0], extra_base, PyExc_TypeError)
      : code < 0 || code > 0
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
  size_t n = 0;
  if (summar_py_text($input, "text", 0, &tmpbytes, &p, &n) < 0)
    SWIG_fail;
  $1 = p;
  $2 = n;
}
%typemap(freearg) (const char *text, size_t len) {
  Py_XDECREF(tmpbytes$argnum);
}

/* A language tag or a name: the same, or None. */
%typemap(in) (const char *tag, size_t tag_len) (PyObject *tmpbytes = NULL) {
  char *p = NULL;
  size_t n = 0;
  if (summar_py_text($input, "$1_name", 1, &tmpbytes, &p, &n) < 0)
    SWIG_fail;
  $1 = p;
  $2 = n;
}
%typemap(freearg) (const char *tag, size_t tag_len) {
  Py_XDECREF(tmpbytes$argnum);
}

/* Numbers: errors name the argument and are ArgumentError (wrong type) or
 * RangeError (negative, too large), as the library's own. */
%typemap(in) size_t (unsigned long long v) {
  if (summar_py_size($input, "$1_name", SIZE_MAX, &v) < 0)
    SWIG_fail;
  $1 = (size_t)v;
}
%typemap(in) unsigned, unsigned int (unsigned long long v) {
  if (summar_py_size($input, "$1_name", UINT_MAX, &v) < 0)
    SWIG_fail;
  $1 = (unsigned)v;
}
%typemap(in) int (unsigned long long v) {
  if (PyBool_Check($input)) {
    $1 = $input == Py_True;
  } else {
    if (summar_py_size($input, "$1_name", INT_MAX, &v) < 0)
      SWIG_fail;
    $1 = (int)v;
  }
}
%typemap(in) double {
  if (!PyFloat_Check($input) && !(PyLong_Check($input) &&
                                  !PyBool_Check($input))) {
    summar_py_fail(SUMMAR_ERR_ARG, "%s must be a number", "$1_name");
    SWIG_fail;
  }
  $1 = PyFloat_AsDouble($input);
  if ($1 == -1.0 && PyErr_Occurred()) {
    PyErr_Clear();
    summar_py_fail(SUMMAR_ERR_RANGE, "%s is out of range", "$1_name");
    SWIG_fail;
  }
}

/* Texts in: a sequence (not a single str or bytes) of str or bytes, each
 * as the text typemap above takes it.  A tuple keeps the bytes alive while
 * the call runs without the GIL, whatever happens to the sequence. */
%typemap(in) (const char *const *refs, const size_t *ref_lens, size_t nrefs)
    (PyObject *tmpkeep = NULL, char **tmpp = NULL, size_t *tmpn = NULL) {
  if (PyUnicode_Check($input) || PyBytes_Check($input) ||
      !PySequence_Check($input)) {
    summar_py_fail(SUMMAR_ERR_ARG, "%s must be a sequence of str or bytes",
                   "$1_name");
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
      summar_py_fail(SUMMAR_ERR_ARG, "%s must be str or bytes",
                     "each item of $1_name");
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
  summar_sw_bytes_free(&$1);
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
  summar_sw_sizes_free(&$1);
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
  summar_sw_doubles_free(&$1);
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
  summar_sw_strings_free(&$1);
  if (!$result)
    SWIG_fail;
}

/* `self` of every method: an explicit delete clears the object's pointer
 * and a second one fails instead of freeing twice (SWIG_POINTER_RELEASE);
 * a method called on a deleted object fails instead of using freed memory. */
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

/* --------------------------------------------------------- GIL policy */

/* Everything keeps the GIL except the calls marked %thread below. */
%nothread;
%thread summar_sw_doc::summar_sw_doc;
%thread summar_shim_doc_new;
%thread summar_sw_doc::score;
%thread summar_sw_doc::summarize;
%thread summar_sw_quick;
%thread summar_word_count;
%thread summar_sw_utf8_check;
%thread summar_sw_rouge_score;
%thread summar_sw_batch::summar_sw_batch;

/* Handles in: a wrong object names the argument and the class wanted,
 * not SWIG's wrapper; None is NULL (a request's defaults). */
%typemap(in) summar_sw_ctx *ctx {
  if (SWIG_ConvertPtr($input, (void **)&$1, $1_descriptor, 0) < 0) {
    summar_py_fail(SUMMAR_ERR_ARG, "%s must be a Context", "ctx");
    SWIG_fail;
  }
}
%typemap(in) summar_sw_request *req {
  if (SWIG_ConvertPtr($input, (void **)&$1, $1_descriptor, 0) < 0) {
    summar_py_fail(SUMMAR_ERR_ARG, "%s must be a Request or None", "req");
    SWIG_fail;
  }
}

#define SUMMAR_SW_TYPEMAPS
%include "summar.i"
