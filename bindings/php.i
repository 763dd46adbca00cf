/*
 * php.i - the PHP 8 typemaps of libsummar's SWIG interface.
 *
 * `swig -php7 php.i` builds the extension `summar` (summar.so), under the
 * PHP layer bindings/php/summar.php (namespace Summar\).  PHP functions,
 * classes and constants are global, so the raw ones carry a prefix:
 * summar_core_quick(), SummarCoreDocument, SUMMAR_ERR_ARG.
 *
 * Errors: a failing call throws Summar\Error (a \RuntimeException the
 * extension registers) whose getCode() is the summar_status and whose
 * message is the library's; arguments of the wrong type or out of range
 * throw it too (ERR_ARG, ERR_RANGE), naming the argument.  Strings go both
 * ways as PHP strings, byte for byte; nothing returns an opaque pointer.
 */
%module summar

#define SUMMAR_SW_NAME(n) summar_core_ ## n
#define SUMMAR_SW_CLASS(n) SummarCore ## n
#define SUMMAR_SW_CONST(n) SUMMAR_ ## n

%{
#include <limits.h>
#include <stdint.h>

#include "shim.h"

#include "ext/spl/spl_exceptions.h"

/* Summar\Error, registered when the module starts. */
static zend_class_entry *summar_php_error_ce;

static void summar_php_throw(summar_status code, const char *msg) {
  zend_throw_exception(summar_php_error_ce ? summar_php_error_ce
                                           : spl_ce_RuntimeException,
                       msg, (zend_long)code);
}

/* Throws for an argument: "<name> must ..." with ERR_ARG or ERR_RANGE. */
static void summar_php_arg(summar_status code, const char *fmt,
                           const char *name, const char *type) {
  char msg[160];
  snprintf(msg, sizeof msg, fmt, name, type);
  summar_php_throw(code, msg);
}

/* An integer argument in [0, max] into *out; 0 with Summar\Error thrown
 * otherwise. */
static int summar_php_size(zval *z, const char *name, zend_ulong max,
                           zend_ulong *out) {
  if (Z_TYPE_P(z) != IS_LONG) {
    summar_php_arg(SUMMAR_ERR_ARG, "%s must be an int, got %s", name,
                   zend_zval_type_name(z));
    return 0;
  }
  if (Z_LVAL_P(z) < 0) {
    summar_php_arg(SUMMAR_ERR_RANGE, "%s must not be negative%s", name, "");
    return 0;
  }
  if ((zend_ulong)Z_LVAL_P(z) > max) {
    summar_php_arg(SUMMAR_ERR_RANGE, "%s is too large%s", name, "");
    return 0;
  }
  *out = (zend_ulong)Z_LVAL_P(z);
  return 1;
}

/* A string argument (or null when null_ok); 0 with Summar\Error thrown. */
static int summar_php_string(zval *z, const char *name, int null_ok,
                             const char **p, size_t *n) {
  *p = NULL;
  *n = 0;
  if (null_ok && Z_TYPE_P(z) == IS_NULL)
    return 1;
  if (Z_TYPE_P(z) != IS_STRING) {
    summar_php_arg(SUMMAR_ERR_ARG,
                   null_ok ? "%s must be a string or null, got %s"
                           : "%s must be a string, got %s",
                   name, zend_zval_type_name(z));
    return 0;
  }
  *p = Z_STRVAL_P(z);
  *n = Z_STRLEN_P(z);
  return 1;
}
%}

%init %{
  {
    zend_class_entry ce;
    INIT_NS_CLASS_ENTRY(ce, "Summar", "Error", NULL);
    summar_php_error_ce =
        zend_register_internal_class_ex(&ce, spl_ce_RuntimeException);
  }
%}

/* Failure: throw Summar\Error; the value set so far is dropped. */
%typemap(argout) summar_sw_err *err {
  if ($1->code != SUMMAR_OK) {
    zval_ptr_dtor(return_value);
    ZVAL_NULL(return_value);
    summar_php_throw($1->code, summar_sw_message($1));
    SWIG_fail;
  }
}

/* A constructor that fails throws before SWIG stores its result: SWIG
 * 4.1 would set $this to null for a NULL result, and the object would
 * never be freed. */
%define SUMMAR_PHP_CONSTRUCTOR(cls)
%exception cls::cls {
  $action
  if (!result) {
    summar_php_throw(arg1->code != SUMMAR_OK ? arg1->code : SUMMAR_ERR_NOMEM,
                     summar_sw_message(arg1));
    SWIG_fail;
  }
}
%enddef
SUMMAR_PHP_CONSTRUCTOR(summar_sw_ctx)
SUMMAR_PHP_CONSTRUCTOR(summar_sw_doc)
SUMMAR_PHP_CONSTRUCTOR(summar_sw_request)
SUMMAR_PHP_CONSTRUCTOR(summar_sw_batch)

/* Numbers in: errors name the argument, not a wrapper function. */
%typemap(in, phptype="int") size_t (zend_ulong v) {
  if (!summar_php_size(&$input, "$1_name", SIZE_MAX, &v))
    SWIG_fail;
  $1 = (size_t)v;
}
%typemap(in, phptype="int") unsigned, unsigned int (zend_ulong v) {
  if (!summar_php_size(&$input, "$1_name", UINT_MAX, &v))
    SWIG_fail;
  $1 = (unsigned)v;
}
%typemap(in, phptype="int|bool") int (zend_ulong v) {
  if (Z_TYPE($input) == IS_TRUE || Z_TYPE($input) == IS_FALSE) {
    $1 = Z_TYPE($input) == IS_TRUE;
  } else {
    if (!summar_php_size(&$input, "$1_name", INT_MAX, &v))
      SWIG_fail;
    $1 = (int)v;
  }
}
%typemap(in, phptype="float") double {
  if (Z_TYPE($input) == IS_DOUBLE) {
    $1 = Z_DVAL($input);
  } else if (Z_TYPE($input) == IS_LONG) {
    $1 = (double)Z_LVAL($input);
  } else {
    summar_php_arg(SUMMAR_ERR_ARG, "%s must be a float, got %s", "$1_name",
                   zend_zval_type_name(&$input));
    SWIG_fail;
  }
}

/* Text in: the PHP string's bytes, used in place. */
%typemap(in, phptype="string") (const char *text, size_t len) {
  const char *p = NULL;
  size_t n = 0;
  if (!summar_php_string(&$input, "text", 0, &p, &n))
    SWIG_fail;
  $1 = (char *)p;
  $2 = n;
}

/* A language tag or a name: the same, or null. */
%typemap(in, phptype="?string") (const char *tag, size_t tag_len) {
  const char *p = NULL;
  size_t n = 0;
  if (!summar_php_string(&$input, "$1_name", 1, &p, &n))
    SWIG_fail;
  $1 = (char *)p;
  $2 = n;
}

/* Texts in: an array of strings, used in place (the array keeps them
 * alive during the call). */
%typemap(in, phptype="array")
    (const char *const *refs, const size_t *ref_lens, size_t nrefs)
    (const char **tmpp = NULL, size_t *tmpn = NULL) {
  if (Z_TYPE($input) != IS_ARRAY) {
    summar_php_arg(SUMMAR_ERR_ARG, "%s must be an array, got %s",
                   "$1_name", zend_zval_type_name(&$input));
    SWIG_fail;
  }
  HashTable *ht = Z_ARRVAL($input);
  size_t n = zend_hash_num_elements(ht), i = 0;
  tmpp = emalloc((n ? n : 1) * sizeof *tmpp);
  tmpn = emalloc((n ? n : 1) * sizeof *tmpn);
  zval *item;
  ZEND_HASH_FOREACH_VAL(ht, item) {
    if (Z_TYPE_P(item) != IS_STRING) {
      summar_php_arg(SUMMAR_ERR_ARG, "%s must be a string, got %s",
                     "each item of $1_name", zend_zval_type_name(item));
      SWIG_fail;
    }
    tmpp[i] = Z_STRVAL_P(item);
    tmpn[i] = Z_STRLEN_P(item);
    i++;
  } ZEND_HASH_FOREACH_END();
  $1 = ($1_ltype)tmpp;
  $2 = ($2_ltype)tmpn;
  $3 = n;
}
%typemap(freearg) (const char *const *refs, const size_t *ref_lens,
                   size_t nrefs) {
  if (tmpp$argnum)
    efree((void *)tmpp$argnum);
  if (tmpn$argnum)
    efree(tmpn$argnum);
}

/* Results out: PHP strings and arrays, the C buffers freed here. */
%typemap(out, phptype="?string") summar_sw_bytes {
  if ($1.p)
    RETVAL_STRINGL($1.p, $1.n);
  else
    RETVAL_NULL();
  summar_sw_bytes_free(&$1);
}

%typemap(out, phptype="array") summar_sw_sizes {
  array_init_size(return_value, (uint32_t)$1.n);
  for (size_t i = 0; i < $1.n; i++)
    add_next_index_long(return_value, (zend_long)$1.v[i]);
  summar_sw_sizes_free(&$1);
}

%typemap(out, phptype="array") summar_sw_doubles {
  array_init_size(return_value, (uint32_t)$1.n);
  for (size_t i = 0; i < $1.n; i++)
    add_next_index_double(return_value, $1.v[i]);
  summar_sw_doubles_free(&$1);
}

%typemap(out, phptype="array") summar_sw_strings {
  array_init_size(return_value, (uint32_t)$1.n);
  for (size_t i = 0; i < $1.n; i++)
    add_next_index_string(return_value, $1.v[i]);
  summar_sw_strings_free(&$1);
}

/* The PHP layer (bindings/php/summar.php, namespace Summar\), compiled
 * in: defined at each request start unless already there. */
%{
#include "summar_layer.h"
%}
%rinit %{
  if (!zend_hash_str_exists(EG(function_table), "summar\\summarize",
                            sizeof "summar\\summarize" - 1))
    zend_eval_stringl(summar_php_layer, sizeof summar_php_layer - 1, NULL,
                      "summar.php");
%}

/* PHP applies no typemap to `$this`: every method of shim.h treats a NULL
 * object (a constructor that threw) as closed, so this is all it needs. */

/* Handles in: a wrong object names the argument and the class wanted,
 * not SWIG's wrapper; null is NULL (a request's defaults). */
%typemap(in, phptype="?SWIGTYPE") summar_sw_ctx *ctx {
  if (SWIG_ConvertPtr(&$input, (void **)&$1, $1_descriptor, 0) < 0) {
    summar_php_arg(SUMMAR_ERR_ARG, "%s must be a SummarCoreContext, got %s",
                   "ctx", zend_zval_type_name(&$input));
    SWIG_fail;
  }
}
%typemap(in, phptype="?SWIGTYPE") summar_sw_request *req {
  if (SWIG_ConvertPtr(&$input, (void **)&$1, $1_descriptor, 0) < 0) {
    summar_php_arg(SUMMAR_ERR_ARG,
                   "%s must be a SummarCoreRequest or null, got %s", "req",
                   zend_zval_type_name(&$input));
    SWIG_fail;
  }
}

#define SUMMAR_SW_TYPEMAPS
%include "summar.i"
