/*
 * cli_util.c - input reading, strict option values, language names and
 * messages for the `summar` tool.
 */
#include "cli.h"

#include <ctype.h>
#include <errno.h>
#include <math.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

void summar_cli_msg(const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  fputs("summar: ", stderr);
  vfprintf(stderr, fmt, ap);
  fputc('\n', stderr);
  va_end(ap);
}

int summar_cli_usage_error(const char *cmd, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  fputs("summar: ", stderr);
  vfprintf(stderr, fmt, ap);
  fputc('\n', stderr);
  va_end(ap);
  return summar_cli_hint(cmd);
}

int summar_cli_hint(const char *cmd) {
  fprintf(stderr, "Try 'summar%s%s --help' for more information.\n",
          cmd ? " " : "", cmd ? cmd : "");
  return CLI_USAGE;
}

int summar_cli_next(cli_parser *p, const char **value) {
  *value = NULL;
  if (p->i >= p->argc)
    return -1;
  const char *a = p->argv[p->i++];
  if (p->no_more_opts || a[0] != '-' || !a[1]) {
    *value = a;
    return 0;
  }
  if (!strcmp(a, "--")) {
    p->no_more_opts = 1;
    return summar_cli_next(p, value);
  }
  const cli_opt *o = NULL;
  const char *inline_val = NULL;
  if (a[1] == '-') {
    const char *name = a + 2;
    const char *eq = strchr(name, '=');
    size_t n = eq ? (size_t)(eq - name) : strlen(name);
    for (const cli_opt *c = p->opts; c->name; c++)
      if (strlen(c->name) == n && !strncmp(c->name, name, n)) {
        o = c;
        break;
      }
    if (!o) {
      summar_cli_msg("unknown option '%.*s'", (int)(n + 2), a);
      return -CLI_USAGE;
    }
    if (eq) {
      if (!o->has_arg) {
        summar_cli_msg("option '--%s' takes no value", o->name);
        return -CLI_USAGE;
      }
      inline_val = eq + 1;
    }
  } else {
    for (const cli_opt *c = p->opts; c->name; c++)
      if (c->short_name && c->short_name == a[1]) {
        o = c;
        break;
      }
    if (!o) {
      summar_cli_msg("unknown option '%s'", a);
      return -CLI_USAGE;
    }
    if (a[2]) {
      if (!o->has_arg) {
        summar_cli_msg("unknown option '%s'", a);
        return -CLI_USAGE;
      }
      inline_val = a + 2;
    }
  }
  if (o->has_arg) {
    if (inline_val) {
      *value = inline_val;
    } else if (p->i < p->argc) {
      *value = p->argv[p->i++];
    } else {
      summar_cli_msg("option '--%s' needs a value", o->name);
      return -CLI_USAGE;
    }
  }
  return o->id;
}

const char *summar_cli_name(const char *path) {
  return (!path || !strcmp(path, "-")) ? "standard input" : path;
}

int summar_cli_read(const char *path, size_t max, char **out, size_t *len) {
  const char *name = summar_cli_name(path);
  int is_stdin = !path || !strcmp(path, "-");
  FILE *f = is_stdin ? stdin : fopen(path, "rb");
  *out = NULL;
  *len = 0;
  if (!f) {
    summar_cli_msg("%s: %s", name, strerror(errno));
    return CLI_FAIL;
  }
  size_t cap = 0, n = 0;
  char *buf = NULL;
  int rc = CLI_OK;
  for (;;) {
    if (cap - n < 2) {
      size_t ncap = cap ? cap * 2 : 65536;
      if (ncap < cap) {
        rc = CLI_FAIL;
        summar_cli_msg("%s: %s", name, strerror(ENOMEM));
        break;
      }
      char *nb = realloc(buf, ncap);
      if (!nb) {
        summar_cli_msg("%s: %s", name, strerror(ENOMEM));
        rc = CLI_FAIL;
        break;
      }
      buf = nb;
      cap = ncap;
    }
    size_t limit = max < SIZE_MAX - 1 ? max + 1 : SIZE_MAX - 1;
    size_t want = cap - n - 1;
    if (want > limit - n)
      want = limit - n;
    size_t got = fread(buf + n, 1, want, f);
    n += got;
    if (n > max) {
      summar_cli_msg("%s: the input is larger than %zu bytes "
                     "(raise the limit with --max-bytes)",
                     name, max);
      rc = CLI_FAIL;
      break;
    }
    if (got < want || want == 0) {
      if (ferror(f)) {
        summar_cli_msg("%s: read error: %s", name, strerror(errno));
        rc = CLI_FAIL;
      }
      break;
    }
  }
  if (is_stdin)
    clearerr(stdin);
  else
    fclose(f);
  if (rc != CLI_OK) {
    free(buf);
    return rc;
  }
  if (!buf) {
    buf = malloc(1);
    if (!buf) {
      summar_cli_msg("%s: %s", name, strerror(ENOMEM));
      return CLI_FAIL;
    }
  }
  buf[n] = '\0';
  *out = buf;
  *len = n;
  return CLI_OK;
}

int summar_cli_size(const char *opt, const char *s, size_t min, size_t max,
                    int suffixes, size_t *out) {
  const char *p = s;
  while (*p >= '0' && *p <= '9')
    p++;
  unsigned shift = 0;
  if (suffixes && p > s && p[0] && !p[1]) {
    switch (p[0]) {
    case 'k': case 'K': shift = 10; p++; break;
    case 'm': case 'M': shift = 20; p++; break;
    case 'g': case 'G': shift = 30; p++; break;
    default: break;
    }
  }
  if (p == s || *p || !(s[0] >= '0' && s[0] <= '9')) {
    summar_cli_msg("%s: expected a positive whole number, got '%s'", opt, s);
    return CLI_USAGE;
  }
  errno = 0;
  char *end;
  unsigned long long v = strtoull(s, &end, 10);
  int overflow = errno == ERANGE || v > SIZE_MAX ||
                 (shift && v > (SIZE_MAX >> shift));
  if (!overflow)
    v <<= shift;
  if (!overflow && v < min) {
    if (min == 1)
      summar_cli_msg("%s: expected a positive whole number, got '%s'", opt,
                     s);
    else
      summar_cli_msg("%s: '%s' is too small (at least %zu)", opt, s, min);
    return CLI_USAGE;
  }
  if (overflow || v > max) {
    summar_cli_msg("%s: '%s' is too large (at most %zu)", opt, s, max);
    return CLI_USAGE;
  }
  *out = (size_t)v;
  return CLI_OK;
}

int summar_cli_ratio(const char *opt, const char *s, double *out) {
  char *end;
  errno = 0;
  double v = strtod(s, &end);
  if (!*s || isspace((unsigned char)*s) || *end || errno == ERANGE ||
      !isfinite(v) || !(v > 0.0) || v > 1.0) {
    summar_cli_msg("%s: expected a number greater than 0 and at most 1, "
                   "got '%s'",
                   opt, s);
    return CLI_USAGE;
  }
  *out = v;
  return CLI_OK;
}

static const struct {
  const char *name;
  summar_format f;
} formats[] = {{"text", SUMMAR_FORMAT_TEXT},
               {"markdown", SUMMAR_FORMAT_MARKDOWN},
               {"md", SUMMAR_FORMAT_MARKDOWN},
               {"html", SUMMAR_FORMAT_HTML},
               {"json", SUMMAR_FORMAT_JSON}};

const char *summar_cli_format_name(summar_format f) {
  for (size_t i = 0; i < sizeof formats / sizeof formats[0]; i++)
    if (formats[i].f == f)
      return formats[i].name;
  return "text";
}

int summar_cli_format(const char *s, summar_format *out) {
  for (size_t i = 0; i < sizeof formats / sizeof formats[0]; i++)
    if (!strcmp(s, formats[i].name)) {
      *out = formats[i].f;
      return CLI_OK;
    }
  summar_cli_msg("--format: unknown format '%s' "
                 "(choose text, markdown, html or json)",
                 s);
  return CLI_USAGE;
}

int summar_cli_algorithm_known(const char *name) {
  const char *n;
  for (size_t i = 0; (n = summar_algorithm_name(i)) != NULL; i++)
    if (!strcmp(n, name))
      return 1;
  return 0;
}

void summar_cli_bad_algorithm(const char *name) {
  char list[512];
  size_t off = 0;
  const char *n;
  list[0] = '\0';
  for (size_t i = 0; (n = summar_algorithm_name(i)) != NULL; i++) {
    int w = snprintf(list + off, sizeof list - off, "%s%s", i ? ", " : "", n);
    if (w < 0 || (size_t)w >= sizeof list - off)
      break;
    off += (size_t)w;
  }
  summar_cli_msg("--algorithm: unknown algorithm '%s' (choose one of: %s)",
                 name, list);
}

const char *summar_cli_lang_name(const char *tag, char *buf, size_t size) {
  if (!tag || !strcmp(tag, "und"))
    snprintf(buf, size, "an undetermined language");
  else if (!summar_language_english_name(tag, buf, size))
    snprintf(buf, size, "%s", tag);
  return buf;
}

/* Whether s[0..n) looks like UTF-16 without a byte-order mark: NUL bytes
   at one parity of the first pairs (ASCII-range text), almost none at the
   other.  Sets *le for little-endian. */
static int looks_utf16(const unsigned char *s, size_t n, int *le) {
  size_t pairs = n / 2 < 512 ? n / 2 : 512, even = 0, odd = 0;
  for (size_t i = 0; i < pairs; i++) {
    even += s[2 * i] == 0;
    odd += s[2 * i + 1] == 0;
  }
  if (pairs < 2)
    return 0;
  *le = odd > even;
  size_t hi = odd > even ? odd : even, lo = odd > even ? even : odd;
  return hi * 3 >= pairs && lo * 10 <= hi;
}

static void put_utf8(char *o, size_t *k, unsigned long c) {
  if (c < 0x80) {
    o[(*k)++] = (char)c;
  } else if (c < 0x800) {
    o[(*k)++] = (char)(0xC0 | (c >> 6));
    o[(*k)++] = (char)(0x80 | (c & 0x3F));
  } else if (c < 0x10000) {
    o[(*k)++] = (char)(0xE0 | (c >> 12));
    o[(*k)++] = (char)(0x80 | ((c >> 6) & 0x3F));
    o[(*k)++] = (char)(0x80 | (c & 0x3F));
  } else {
    o[(*k)++] = (char)(0xF0 | (c >> 18));
    o[(*k)++] = (char)(0x80 | ((c >> 12) & 0x3F));
    o[(*k)++] = (char)(0x80 | ((c >> 6) & 0x3F));
    o[(*k)++] = (char)(0x80 | (c & 0x3F));
  }
}

/* Decodes UTF-16 (after its byte-order mark) into new UTF-8; an unpaired
   surrogate or odd last byte becomes U+FFFD with @replace, else fails with
   its offset in *bad. */
static char *utf16_to_utf8(const unsigned char *s, size_t n, int le,
                           int replace, size_t *out_len, size_t *bad) {
  /* A UTF-16 unit gives at most 3 UTF-8 bytes (a pair gives 4 for 4). */
  char *o = malloc(n / 2 * 3 + 4);
  size_t k = 0, i = 2;
  if (!o)
    return NULL;
  *bad = SIZE_MAX;
  while (i < n) {
    size_t at = i;
    unsigned long c = 0xD800; /* an odd last byte is as bad as a lone half */
    if (i + 1 < n) {
      c = le ? (unsigned long)(s[i] | s[i + 1] << 8)
             : (unsigned long)(s[i] << 8 | s[i + 1]);
      i += 2;
      if (c >= 0xD800 && c < 0xDC00 && i + 1 < n) {
        unsigned long d = le ? (unsigned long)(s[i] | s[i + 1] << 8)
                             : (unsigned long)(s[i] << 8 | s[i + 1]);
        if (d >= 0xDC00 && d < 0xE000) {
          c = 0x10000 + ((c - 0xD800) << 10) + (d - 0xDC00);
          i += 2;
        }
      }
    } else {
      i++;
    }
    if (c >= 0xD800 && c < 0xE000) {
      if (!replace) {
        *bad = at;
        free(o);
        return NULL;
      }
      c = 0xFFFD;
    }
    put_utf8(o, &k, c);
  }
  o[k] = '\0';
  *out_len = k;
  return o;
}

int summar_cli_decode(const char *name, char **text, size_t *len,
                      int replace) {
  const unsigned char *s = (const unsigned char *)*text;
  size_t n = *len;
  int le = 0;
  if (n >= 2 && ((s[0] == 0xFF && s[1] == 0xFE) ||
                 (s[0] == 0xFE && s[1] == 0xFF))) {
    size_t bad = 0, out_len = 0;
    char *o = utf16_to_utf8(s, n, s[0] == 0xFF, replace, &out_len, &bad);
    if (!o) {
      if (bad == SIZE_MAX)
        summar_cli_msg("%s: out of memory", name);
      else
        summar_cli_msg("%s: invalid UTF-16 at byte %zu (use "
                       "--replace-invalid to replace it)",
                       name, bad);
      return CLI_FAIL;
    }
    free(*text);
    *text = o;
    *len = out_len;
    return CLI_OK;
  }
  if (summar_utf8_check(*text, n, NULL) != SUMMAR_OK &&
      looks_utf16(s, n, &le)) {
    summar_cli_msg("%s: the input looks like UTF-16%s without a byte-order "
                   "mark, not UTF-8: convert it first (iconv -f UTF-16%s "
                   "-t UTF-8)",
                   name, le ? "LE" : "BE", le ? "LE" : "BE");
    return CLI_FAIL;
  }
  return CLI_OK;
}

void summar_cli_print_err(const char *name, const cli_err *e) {
  if (e->about == CLI_ABOUT_OPTION || !name)
    summar_cli_msg("%s", e->msg);
  else
    summar_cli_msg("%s: %s", name, e->msg);
}

int summar_cli_flush(void) {
  if (fflush(stdout) != 0 || ferror(stdout)) {
    summar_cli_msg("write error: %s", strerror(errno));
    return CLI_FAIL;
  }
  return CLI_OK;
}
