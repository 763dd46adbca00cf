/*
 * lua.i - the Lua 5.4 typemaps of libsummar's SWIG interface.
 *
 * `swig -lua lua.i` builds the C module summar_core, under summar.lua.
 *
 * Errors: a failing call returns nil, message, code (constructors raise);
 * an argument of the wrong type or out of range raises an error naming the
 * argument.  Strings go both ways as Lua strings, byte for byte.
 */
%module summar_core

#define SUMMAR_SW_NAME(n) n
#define SUMMAR_SW_CLASS(n) n
#define SUMMAR_SW_CONST(n) n

%{
#include <limits.h>
#include <stdint.h>

#include "shim.h"

/* An integer argument in [0, max] into *out; 0 with a message pushed
 * (naming the argument) otherwise. */
static int summar_lua_size(lua_State *L, int idx, const char *name,
                           lua_Integer max, lua_Integer *out) {
  int isint = 0;
  lua_Integer v = lua_type(L, idx) == LUA_TNUMBER
                      ? lua_tointegerx(L, idx, &isint) : 0;
  if (!isint) {
    lua_pushfstring(L, "summar: %s must be an integer, got %s", name,
                    luaL_typename(L, idx));
    return 0;
  }
  if (v < 0) {
    lua_pushfstring(L, "summar: %s must not be negative", name);
    return 0;
  }
  if (v > max) {
    lua_pushfstring(L, "summar: %s is too large", name);
    return 0;
  }
  *out = v;
  return 1;
}

/* A string argument, or nil when nil_ok; 0 with a message pushed. */
static int summar_lua_string(lua_State *L, int idx, const char *name,
                             int nil_ok, const char **p, size_t *n) {
  *p = NULL;
  *n = 0;
  if (nil_ok && lua_isnoneornil(L, idx))
    return 1;
  if (lua_type(L, idx) != LUA_TSTRING) {
    lua_pushfstring(L, "summar: %s must be a string%s, got %s", name,
                    nil_ok ? " or nil" : "", luaL_typename(L, idx));
    return 0;
  }
  *p = lua_tolstring(L, idx, n);
  return 1;
}
%}

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

/* Numbers in: errors name the argument, not a wrapper function. */
%typemap(in) size_t (lua_Integer v) {
  if (!summar_lua_size(L, $input, "$1_name",
                       SIZE_MAX > LUA_MAXINTEGER ? LUA_MAXINTEGER
                                                 : (lua_Integer)SIZE_MAX,
                       &v))
    SWIG_fail;
  $1 = (size_t)v;
}
%typemap(in) unsigned, unsigned int (lua_Integer v) {
  if (!summar_lua_size(L, $input, "$1_name", UINT_MAX, &v))
    SWIG_fail;
  $1 = (unsigned)v;
}
%typemap(in) int (lua_Integer v) {
  if (lua_isboolean(L, $input)) {
    $1 = lua_toboolean(L, $input);
  } else {
    if (!summar_lua_size(L, $input, "$1_name", INT_MAX, &v))
      SWIG_fail;
    $1 = (int)v;
  }
}
%typemap(in) double {
  if (lua_type(L, $input) != LUA_TNUMBER) {
    lua_pushfstring(L, "summar: %s must be a number, got %s", "$1_name",
                    luaL_typename(L, $input));
    SWIG_fail;
  }
  $1 = (double)lua_tonumber(L, $input);
}

/* Text in: the Lua string's bytes, used in place. */
%typemap(in) (const char *text, size_t len) {
  const char *p = NULL;
  size_t n = 0;
  if (!summar_lua_string(L, $input, "text", 0, &p, &n))
    SWIG_fail;
  $1 = (char *)p;
  $2 = n;
}

/* A language tag or a name: the same, or nil. */
%typemap(in) (const char *tag, size_t tag_len) {
  const char *p = NULL;
  size_t n = 0;
  if (!summar_lua_string(L, $input, "$1_name", 1, &p, &n))
    SWIG_fail;
  $1 = (char *)p;
  $2 = n;
}
/* Texts in: a list of strings, used in place (the table keeps them alive).
 * The arrays are userdata on the stack, so the early `return 3` of the err
 * typemap cannot leak them. */
%typemap(in) (const char *const *refs, const size_t *ref_lens, size_t nrefs) {
  if (!lua_istable(L, $input)) {
    lua_pushfstring(L, "summar: $1_name must be a table, got %s",
                    luaL_typename(L, $input));
    SWIG_fail;
  }
  size_t n = (size_t)lua_rawlen(L, $input);
  const char **p = lua_newuserdatauv(L, (n ? n : 1) * sizeof *p, 0);
  size_t *lens = lua_newuserdatauv(L, (n ? n : 1) * sizeof *lens, 0);
  for (size_t i = 0; i < n; i++) {
    if (lua_rawgeti(L, $input, (lua_Integer)i + 1) != LUA_TSTRING) {
      lua_pushfstring(L, "summar: text %d of $1_name is not a string",
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
  summar_sw_bytes_free(&$1);
  SWIG_arg++;
}

%typemap(out) summar_sw_sizes {
  lua_createtable(L, (int)$1.n, 0);
  for (size_t i = 0; i < $1.n; i++) {
    lua_pushinteger(L, (lua_Integer)$1.v[i]);
    lua_rawseti(L, -2, (lua_Integer)i + 1);
  }
  summar_sw_sizes_free(&$1);
  SWIG_arg++;
}

%typemap(out) summar_sw_doubles {
  lua_createtable(L, (int)$1.n, 0);
  for (size_t i = 0; i < $1.n; i++) {
    lua_pushnumber(L, (lua_Number)$1.v[i]);
    lua_rawseti(L, -2, (lua_Integer)i + 1);
  }
  summar_sw_doubles_free(&$1);
  SWIG_arg++;
}

%typemap(out) summar_sw_strings {
  lua_createtable(L, (int)$1.n, 0);
  for (size_t i = 0; i < $1.n; i++) {
    lua_pushstring(L, $1.v[i]);
    lua_rawseti(L, -2, (lua_Integer)i + 1);
  }
  summar_sw_strings_free(&$1);
  SWIG_arg++;
}

/* `self` of every method: a method called on an object already freed
 * (resurrected by another finalizer) fails instead of using freed memory. */
%typemap(check) SWIGTYPE *self {
  if (!$1) {
    lua_pushstring(L, "summar: the object was freed");
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

/* Handles in: a wrong object names the argument and the class wanted,
 * not SWIG's wrapper; nil is NULL (a request's defaults). */
%typemap(in) summar_sw_ctx *ctx {
  if (!SWIG_IsOK(SWIG_ConvertPtr(L, $input, (void **)&$1, $1_descriptor, 0))) {
    lua_pushfstring(L, "summar: ctx must be a Context, got %s",
                    luaL_typename(L, $input));
    SWIG_fail;
  }
}
%typemap(in) summar_sw_request *req {
  if (!SWIG_IsOK(SWIG_ConvertPtr(L, $input, (void **)&$1, $1_descriptor, 0))) {
    lua_pushfstring(L, "summar: req must be a Request or nil, got %s",
                    luaL_typename(L, $input));
    SWIG_fail;
  }
}

#define SUMMAR_SW_TYPEMAPS
%include "summar.i"
