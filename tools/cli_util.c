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

int summar_cli_format(const char *s, summar_format *out) {
  static const struct {
    const char *name;
    summar_format f;
  } formats[] = {{"text", SUMMAR_FORMAT_TEXT},
                 {"markdown", SUMMAR_FORMAT_MARKDOWN},
                 {"md", SUMMAR_FORMAT_MARKDOWN},
                 {"html", SUMMAR_FORMAT_HTML},
                 {"json", SUMMAR_FORMAT_JSON}};
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

static const struct {
  const char *code, *name;
} langs[] = {
    {"af", "Afrikaans"},  {"am", "Amharic"},    {"ar", "Arabic"},
    {"hy", "Armenian"},   {"eu", "Basque"},     {"be", "Belarusian"},
    {"bn", "Bengali"},    {"bg", "Bulgarian"},  {"ca", "Catalan"},
    {"zh", "Chinese"},    {"hr", "Croatian"},   {"cs", "Czech"},
    {"da", "Danish"},     {"nl", "Dutch"},      {"en", "English"},
    {"et", "Estonian"},   {"fa", "Persian"},    {"fi", "Finnish"},
    {"fr", "French"},     {"ka", "Georgian"},   {"de", "German"},
    {"el", "Greek"},      {"gu", "Gujarati"},   {"he", "Hebrew"},
    {"hi", "Hindi"},      {"hu", "Hungarian"},  {"is", "Icelandic"},
    {"id", "Indonesian"}, {"ga", "Irish"},      {"it", "Italian"},
    {"ja", "Japanese"},   {"kn", "Kannada"},    {"kk", "Kazakh"},
    {"km", "Khmer"},      {"ko", "Korean"},     {"ku", "Kurdish"},
    {"lo", "Lao"},        {"lv", "Latvian"},    {"lt", "Lithuanian"},
    {"mk", "Macedonian"}, {"ms", "Malay"},      {"ml", "Malayalam"},
    {"mr", "Marathi"},    {"mn", "Mongolian"},  {"my", "Burmese"},
    {"ne", "Nepali"},     {"no", "Norwegian"},  {"nb", "Norwegian"},
    {"ps", "Pashto"},     {"pl", "Polish"},     {"pt", "Portuguese"},
    {"pa", "Punjabi"},    {"ro", "Romanian"},   {"ru", "Russian"},
    {"sr", "Serbian"},    {"si", "Sinhala"},    {"sk", "Slovak"},
    {"sl", "Slovenian"},  {"so", "Somali"},     {"es", "Spanish"},
    {"sw", "Swahili"},    {"sv", "Swedish"},    {"tl", "Tagalog"},
    {"ta", "Tamil"},      {"te", "Telugu"},     {"th", "Thai"},
    {"tr", "Turkish"},    {"uk", "Ukrainian"},  {"ur", "Urdu"},
    {"uz", "Uzbek"},      {"vi", "Vietnamese"}, {"cy", "Welsh"},
    {"yi", "Yiddish"},    {"und", "an undetermined language"},
};

const char *summar_cli_lang_name(const char *code) {
  if (!code)
    return "an undetermined language";
  for (size_t i = 0; i < sizeof langs / sizeof langs[0]; i++)
    if (!strcasecmp(langs[i].code, code))
      return langs[i].name;
  return code;
}

const char *summar_cli_lang_code(const char *arg, char *buf, size_t size) {
  if (!size)
    return buf;
  buf[0] = '\0';
  if (!arg)
    return buf;
  for (size_t i = 0; i < sizeof langs / sizeof langs[0]; i++)
    if (!strcasecmp(langs[i].name, arg)) {
      snprintf(buf, size, "%s", langs[i].code);
      return buf;
    }
  size_t n = 0;
  while (arg[n] && arg[n] != '-' && arg[n] != '_' && n + 1 < size) {
    buf[n] = (char)tolower((unsigned char)arg[n]);
    n++;
  }
  buf[n] = '\0';
  return buf;
}

int summar_cli_check_text(const char *name, const char *text, size_t len,
                          int replace) {
  if (!replace) {
    size_t bad = 0;
    summar_status st = summar_utf8_check(text, len, &bad);
    if (st == SUMMAR_ERR_UTF8) {
      summar_cli_msg("%s: invalid UTF-8 at byte %zu "
                     "(use --replace-invalid to replace it)",
                     name, bad);
      return CLI_FAIL;
    }
    if (st == SUMMAR_ERR_NUL) {
      summar_cli_msg("%s: NUL byte at byte %zu "
                     "(use --replace-invalid to replace it)",
                     name, bad);
      return CLI_FAIL;
    }
  }
  size_t i = 0;
  while (i < len && (text[i] == ' ' || text[i] == '\t' || text[i] == '\n' ||
                     text[i] == '\r' || text[i] == '\f' || text[i] == '\v'))
    i++;
  if (i == len) {
    summar_cli_msg("%s: no text to summarize", name);
    return CLI_FAIL;
  }
  return CLI_OK;
}

int summar_cli_status(const char *name, summar_status st) {
  switch (st) {
  case SUMMAR_OK:
    return CLI_OK;
  case SUMMAR_ERR_EMPTY:
    summar_cli_msg("%s: no text to summarize", name);
    return CLI_FAIL;
  case SUMMAR_ERR_UTF8:
  case SUMMAR_ERR_NUL:
    summar_cli_msg("%s: %s (use --replace-invalid to replace it)", name,
                   summar_strerror(st));
    return CLI_FAIL;
  case SUMMAR_ERR_TOO_LARGE:
    summar_cli_msg("%s: the input is larger than the limit "
                   "(raise it with --max-bytes)",
                   name);
    return CLI_FAIL;
  case SUMMAR_ERR_LANG_UNSUPPORTED:
    summar_cli_msg("--lang: unknown or malformed language tag");
    return CLI_USAGE;
  case SUMMAR_ERR_ALGORITHM:
    summar_cli_msg("%s: %s", name, summar_strerror(st));
    return CLI_USAGE;
  default:
    summar_cli_msg("%s: %s", name, summar_strerror(st));
    return CLI_FAIL;
  }
}

void summar_cli_json_string(FILE *f, const char *s, size_t n) {
  static const char hex[] = "0123456789abcdef";
  fputc('"', f);
  for (size_t i = 0; i < n; i++) {
    unsigned char c = (unsigned char)s[i];
    switch (c) {
    case '"': fputs("\\\"", f); break;
    case '\\': fputs("\\\\", f); break;
    case '\n': fputs("\\n", f); break;
    case '\r': fputs("\\r", f); break;
    case '\t': fputs("\\t", f); break;
    case '\b': fputs("\\b", f); break;
    case '\f': fputs("\\f", f); break;
    default:
      if (c < 0x20 || c == 0x7f) {
        fputs("\\u00", f);
        fputc(hex[c >> 4], f);
        fputc(hex[c & 15], f);
      } else {
        fputc(c, f);
      }
    }
  }
  fputc('"', f);
}

const char *summar_cli_warning_name(unsigned bit) {
  switch (bit) {
  case SUMMAR_WARN_SHORT_SOURCE: return "short_source";
  case SUMMAR_WARN_FEW_PARAGRAPHS: return "few_paragraphs";
  case SUMMAR_WARN_REPLACED: return "replaced";
  case SUMMAR_WARN_NOTHING_FITS: return "nothing_fits";
  case SUMMAR_WARN_LANG_GUESSED: return "lang_guessed";
  default: return NULL;
  }
}

int summar_cli_flush(void) {
  if (fflush(stdout) != 0 || ferror(stdout)) {
    summar_cli_msg("write error: %s", strerror(errno));
    return CLI_FAIL;
  }
  return CLI_OK;
}
