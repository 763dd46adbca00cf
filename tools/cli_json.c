/*
 * cli_json.c - JSON helpers of the `summar` tool over jansson: strings
 * from bytes that may not be UTF-8, repair of JSON Lines input under
 * --replace-invalid, the "id" of a line that does not parse, and the
 * guard that turns jansson's allocation failures into errors.
 */
#include "cli.h"

#include <errno.h>
#include <jansson.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* Appends s[0..n) to b (capacity checked by the caller's sizing). */
static size_t put(char *b, size_t o, const char *s, size_t n) {
  memcpy(b + o, s, n);
  return o + n;
}

/* Copies s[0..n) with each invalid UTF-8 byte and NUL replaced by U+FFFD
   (3 bytes for at least 1: the copy is at most 3n bytes). */
static char *repair_utf8(const char *s, size_t n, size_t *out_len,
                         int *replaced) {
  char *b = n <= (SIZE_MAX - 1) / 3 ? malloc(3 * n + 1) : NULL;
  size_t o = 0, i = 0;
  if (!b)
    return NULL;
  while (i < n) {
    size_t bad = 0;
    summar_status st = summar_utf8_check(s + i, n - i, &bad);
    if (st == SUMMAR_OK) {
      o = put(b, o, s + i, n - i);
      break;
    }
    o = put(b, o, s + i, bad);
    i += bad;
    o = put(b, o, "\xEF\xBF\xBD", 3); /* NUL bytes too */
    *replaced = 1;
    i++;
  }
  b[o] = '\0';
  *out_len = o;
  return b;
}

json_t *summar_cli_json_text(const char *s, size_t n) {
  if (summar_utf8_check(s, n, NULL) == SUMMAR_OK)
    return json_stringn(s, n);
  size_t len = 0;
  int replaced = 0;
  char *r = repair_utf8(s, n, &len, &replaced);
  json_t *j = r ? json_stringn_nocheck(r, len) : NULL;
  free(r);
  return j;
}

int summar_cli_json_string(FILE *f, const char *s, size_t n) {
  json_t *j = summar_cli_json_text(s, n);
  int rc = CLI_OK;
  if (!j) {
    summar_cli_msg("cannot write the JSON output: %s",
                   summar_strerror(SUMMAR_ERR_NOMEM));
    rc = CLI_FAIL;
  } else if (json_dumpf(j, f, JSON_ENCODE_ANY) != 0) {
    summar_cli_msg("cannot write the JSON output: %s",
                   ferror(f) ? strerror(errno)
                             : summar_strerror(SUMMAR_ERR_NOMEM));
    rc = CLI_FAIL;
  }
  json_decref(j);
  return rc;
}

static int hex4(const char *s, unsigned *out) {
  unsigned v = 0;
  for (int i = 0; i < 4; i++) {
    char c = s[i];
    unsigned d = c >= '0' && c <= '9'   ? (unsigned)(c - '0')
                 : c >= 'a' && c <= 'f' ? (unsigned)(c - 'a' + 10)
                 : c >= 'A' && c <= 'F' ? (unsigned)(c - 'A' + 10)
                                        : 16u;
    if (d == 16)
      return 0;
    v = v << 4 | d;
  }
  *out = v;
  return 1;
}

/* Replaces, in place, each \uD800-\uDFFF escape of a JSON string that is
   not half of a surrogate pair by \uFFFD (same length). */
static void fix_surrogates(char *s, size_t n, int *replaced) {
  int in_str = 0;
  for (size_t i = 0; i < n; i++) {
    if (s[i] == '"') {
      in_str = !in_str;
      continue;
    }
    if (!in_str || s[i] != '\\')
      continue;
    unsigned u = 0, v = 0;
    if (i + 5 < n && s[i + 1] == 'u' && hex4(s + i + 2, &u) && u >= 0xD800 &&
        u < 0xE000) {
      int paired = u < 0xDC00 && i + 11 < n && s[i + 6] == '\\' &&
                   s[i + 7] == 'u' && hex4(s + i + 8, &v) && v >= 0xDC00 &&
                   v < 0xE000;
      if (paired) {
        i += 11;
        continue;
      }
      memcpy(s + i + 2, "fffd", 4);
      *replaced = 1;
      i += 5;
      continue;
    }
    i++; /* the escaped character */
  }
}

char *summar_cli_repair_json(const char *s, size_t n, size_t *out_len,
                             int *replaced) {
  char *r = repair_utf8(s, n, out_len, replaced);
  if (r)
    fix_surrogates(r, *out_len, replaced);
  return r;
}

/* Skips whitespace. */
static size_t ws(const char *s, size_t n, size_t i) {
  while (i < n && (s[i] == ' ' || s[i] == '\t' || s[i] == '\r' ||
                   s[i] == '\n'))
    i++;
  return i;
}

json_t *summar_cli_json_find_id(const char *s, size_t n) {
  int depth = 0, in_str = 0;
  size_t str_start = 0;
  for (size_t i = 0; i < n; i++) {
    char c = s[i];
    if (in_str) {
      if (c == '\\') {
        i++;
      } else if (c == '"') {
        in_str = 0;
        size_t j = ws(s, n, i + 1);
        if (depth == 1 && i - str_start == 2 &&
            !memcmp(s + str_start, "id", 2) && j < n && s[j] == ':') {
          j = ws(s, n, j + 1);
          return json_loadb(s + j, n - j,
                            JSON_DECODE_ANY | JSON_DISABLE_EOF_CHECK, NULL);
        }
      }
      continue;
    }
    if (c == '"') {
      in_str = 1;
      str_start = i + 1;
    } else if (c == '{' || c == '[') {
      depth++;
    } else if (c == '}' || c == ']') {
      depth--;
    }
  }
  return NULL;
}

int summar_cli_blank(const char *s, size_t n) {
  for (size_t i = 0; i < n; i++)
    if (s[i] != ' ' && s[i] != '\t' && s[i] != '\r' && s[i] != '\n')
      return 0;
  return 1;
}

/* ---------------------------------------------------- allocation failures */

/* jansson does not report every allocation failure: a string it cannot
   grow while parsing loses a character, and when that character was the
   letter of an escape, an assertion aborts the process.  So jansson
   allocates through json_alloc(), which remembers a failure for the
   thread (a line whose processing saw one gets a "nomem" error line
   instead of its result), and a parse runs under summar_cli_json_load(): at
   a failed allocation it is abandoned with longjmp(), and the blocks it
   had allocated, recorded on the way, are freed. */
static _Thread_local int json_failed;

typedef struct json_guard {
  jmp_buf at;
  void **blocks; /* allocated by the parse and not freed yet */
  size_t n, cap;
  int on;
} json_guard;

static _Thread_local json_guard guard;

/* Records @b; 0, or -1 when the record cannot grow. */
static int guard_add(void *b) {
  if (guard.n == guard.cap) {
    size_t ncap = guard.cap ? guard.cap * 2 : 64;
    void **nb = ncap <= SIZE_MAX / sizeof *nb
                    ? realloc(guard.blocks, ncap * sizeof *nb)
                    : NULL;
    if (!nb)
      return -1;
    guard.blocks = nb;
    guard.cap = ncap;
  }
  guard.blocks[guard.n++] = b;
  return 0;
}

static void *json_alloc(size_t n) {
  void *b = malloc(n);
  if (b && guard.on && guard_add(b) != 0) {
    free(b);
    b = NULL;
  }
  if (!b) {
    json_failed = 1;
    if (guard.on)
      longjmp(guard.at, 1);
  }
  return b;
}

static void json_release(void *b) {
  if (b && guard.on) {
    /* a parse mostly frees what it allocated last */
    for (size_t i = guard.n; i-- > 0;) {
      if (guard.blocks[i] == b) {
        guard.blocks[i] = guard.blocks[--guard.n];
        break;
      }
    }
  }
  free(b);
}

json_t *summar_cli_json_load(cli_json_loader load, const char *s, size_t n,
                             json_error_t *err) {
  json_t *volatile root = NULL;
  if (setjmp(guard.at) == 0) {
    guard.on = 1;
    root = load(s, n, err);
  } else {
    for (size_t i = 0; i < guard.n; i++)
      free(guard.blocks[i]);
    if (err)
      err->text[0] = '\0';
  }
  guard.on = 0;
  free(guard.blocks);
  guard.blocks = NULL;
  guard.n = guard.cap = 0;
  return root;
}

int *summar_cli_json_failed(void) {
  return &json_failed;
}

void summar_cli_json_guard(void) {
  json_set_alloc_funcs(json_alloc, json_release);
}
