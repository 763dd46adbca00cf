/*
 * html_charset.c - a page's bytes to UTF-8 (ICU converters), with a map
 * from each UTF-8 offset back to the original bytes.
 */
#include "html.h"

#include <stdio.h>
#include <stdint.h>
#include <string.h>
#include <unicode/ucnv.h>
#include <unicode/ucsdet.h>
#include <unicode/utf16.h>

/* Longest run of fixed-width characters: bounds the walk of a lookup. */
#define RUN_CHARS 256
/* How far the <meta> prescan looks. */
#define PRESCAN_BYTES 16384

typedef struct runner {
  summar_hinput *in;
  size_t count; /* characters in the last run */
} runner;

static int push_run(runner *r, size_t u, size_t src, unsigned width) {
  summar_hinput *in = r->in;
  if (in->nruns) {
    summar_hrun *last = &in->runs[in->nruns - 1];
    if (width == 0 && last->width == 0 && src - last->src == u - last->u)
      return 0;
    if (width && last->width == width && r->count < RUN_CHARS &&
        src == last->src + (size_t)width * r->count) {
      r->count++;
      return 0;
    }
  }
  if (summar_grow(in->a, (void **)&in->runs, &in->cap, in->nruns + 1,
                  sizeof *in->runs))
    return -1;
  in->runs[in->nruns].u = u;
  in->runs[in->nruns].src = src;
  in->runs[in->nruns].width = width;
  in->nruns++;
  r->count = 1;
  return 0;
}

static int lower_ascii(int c) {
  return c >= 'A' && c <= 'Z' ? c + 32 : c;
}

static int is_ws(int c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

/* ---------------------------------------------------- the meta prescan */

typedef struct scan {
  const unsigned char *s;
  size_t n, i;
} scan;

/* Reads one attribute (HTML5 "get an attribute") into name/value (lower
 * case, truncated).  Returns 0 at the end of the tag. */
static int get_attr(scan *sc, char *name, size_t ncap, char *val,
                    size_t vcap) {
  size_t nl = 0, vl = 0;
  while (sc->i < sc->n && (is_ws(sc->s[sc->i]) || sc->s[sc->i] == '/'))
    sc->i++;
  if (sc->i >= sc->n || sc->s[sc->i] == '>')
    return 0;
  while (sc->i < sc->n) {
    int c = sc->s[sc->i];
    if (c == '=' && nl > 0)
      break;
    if (is_ws(c) || c == '/' || c == '>')
      break;
    if (nl + 1 < ncap)
      name[nl++] = (char)lower_ascii(c);
    sc->i++;
  }
  name[nl] = 0;
  val[0] = 0;
  while (sc->i < sc->n && is_ws(sc->s[sc->i]))
    sc->i++;
  if (sc->i >= sc->n || sc->s[sc->i] != '=')
    return 1;
  sc->i++;
  while (sc->i < sc->n && is_ws(sc->s[sc->i]))
    sc->i++;
  if (sc->i < sc->n && (sc->s[sc->i] == '"' || sc->s[sc->i] == '\'')) {
    int q = sc->s[sc->i++];
    while (sc->i < sc->n && sc->s[sc->i] != q) {
      if (vl + 1 < vcap)
        val[vl++] = (char)lower_ascii(sc->s[sc->i]);
      sc->i++;
    }
    sc->i++;
  } else {
    while (sc->i < sc->n && !is_ws(sc->s[sc->i]) && sc->s[sc->i] != '>') {
      if (vl + 1 < vcap)
        val[vl++] = (char)lower_ascii(sc->s[sc->i]);
      sc->i++;
    }
  }
  val[vl] = 0;
  return 1;
}

/* The charset named after "charset=" in a Content-Type value. */
static int charset_from_content(const char *v, char *out, size_t cap) {
  const char *p = strstr(v, "charset");
  if (!p)
    return 0;
  p += 7;
  while (is_ws(*p))
    p++;
  if (*p != '=')
    return 0;
  p++;
  while (is_ws(*p) || *p == '"' || *p == '\'')
    p++;
  size_t n = 0;
  while (p[n] && !is_ws(p[n]) && p[n] != ';' && p[n] != '"' &&
         p[n] != '\'' && n + 1 < cap)
    n++;
  memcpy(out, p, n);
  out[n] = 0;
  return n > 0;
}

static void copy_label(char *out, size_t cap, const char *s) {
  size_t n = 0;
  while (s[n] && n + 1 < cap) {
    out[n] = s[n];
    n++;
  }
  out[n] = 0;
}

static int starts_ci(const unsigned char *s, size_t n, const char *w) {
  size_t k = strlen(w);
  if (n < k)
    return 0;
  for (size_t i = 0; i < k; i++)
    if (lower_ascii(s[i]) != w[i])
      return 0;
  return 1;
}

/* HTML5 "prescan a byte stream to determine its encoding", over the first
 * PRESCAN_BYTES bytes: skips comments and other tags, reads <meta charset>
 * and <meta http-equiv=content-type content="...; charset=...">. */
static int prescan(const char *html, size_t len, char *out, size_t cap) {
  scan sc = {(const unsigned char *)html,
             len < PRESCAN_BYTES ? len : PRESCAN_BYTES, 0};
  char name[32], val[128];
  while (sc.i < sc.n) {
    if (sc.s[sc.i] != '<') {
      sc.i++;
      continue;
    }
    const unsigned char *p = sc.s + sc.i;
    size_t rest = sc.n - sc.i;
    if (starts_ci(p, rest, "<!--")) {
      size_t j = sc.i + 4;
      while (j + 2 < sc.n && !(sc.s[j] == '-' && sc.s[j + 1] == '-' &&
                               sc.s[j + 2] == '>'))
        j++;
      sc.i = j + 3;
    } else if (starts_ci(p, rest, "<meta") && rest > 5 &&
               (is_ws(p[5]) || p[5] == '/')) {
      sc.i += 5;
      int pragma = 0;
      char cs[40] = "";
      while (get_attr(&sc, name, sizeof name, val, sizeof val)) {
        if (!strcmp(name, "http-equiv") && !strcmp(val, "content-type"))
          pragma = 1;
        else if (!strcmp(name, "charset") && val[0] && !cs[0])
          copy_label(cs, sizeof cs, val);
        else if (!strcmp(name, "content") && !cs[0] && pragma != 2) {
          if (charset_from_content(val, cs, sizeof cs))
            pragma = pragma ? pragma : 3; /* needs http-equiv */
        }
      }
      if (cs[0] && (pragma != 3)) {
        copy_label(out, cap, cs);
        return 1;
      }
    } else if (rest > 1 && (((p[1] | 32) >= 'a' && (p[1] | 32) <= 'z') ||
                            p[1] == '/')) {
      sc.i += p[1] == '/' ? 2 : 1;
      while (sc.i < sc.n && !is_ws(sc.s[sc.i]) && sc.s[sc.i] != '>')
        sc.i++;
      while (get_attr(&sc, name, sizeof name, val, sizeof val))
        ;
    } else if (starts_ci(p, rest, "<!") || starts_ci(p, rest, "<?")) {
      while (sc.i < sc.n && sc.s[sc.i] != '>')
        sc.i++;
    } else {
      sc.i++;
    }
  }
  return 0;
}

/* ------------------------------------------------------------ decoding */

/* The name ICU should use for a declared label (WHATWG: Latin-1 and ASCII
 * labels mean windows-1252, GB2312 and GBK mean GB18030). */
static const char *canonical_label(const char *l) {
  static const char *const w1252[] = {"iso-8859-1", "iso8859-1", "latin1",
                                      "l1", "us-ascii", "ascii",
                                      "iso_8859-1", "cp1252", "x-cp1252"};
  for (size_t i = 0; i < sizeof w1252 / sizeof *w1252; i++)
    if (!strcmp(l, w1252[i]))
      return "windows-1252";
  if (!strcmp(l, "gb2312") || !strcmp(l, "gbk") || !strcmp(l, "x-gbk"))
    return "gb18030";
  if (!strcmp(l, "utf8") || !strcmp(l, "unicode-1-1-utf-8"))
    return "utf-8";
  return l;
}

/* Copies valid UTF-8, replacing invalid sequences and NUL bytes by U+FFFD
 * (each replaced byte is one width-1 run). */
static summar_status from_utf8(summar_hinput *in, const char *html,
                               size_t start, size_t len) {
  summar_buf b;
  summar_buf_init(&b, in->a);
  runner r = {in, 0};
  int need_map = start > 0;
  size_t i = start;
  while (i < len) {
    size_t at = i;
    int32_t cp = summar_utf8_next(html, len, &i);
    if (cp <= 0) {
      if (push_run(&r, b.len, at, 1)) {
        summar_buf_free(&b);
        return SUMMAR_ERR_NOMEM;
      }
      summar_buf_append(&b, "\xEF\xBF\xBD", 3);
      in->replaced = 1;
      need_map = 1;
    } else {
      if (push_run(&r, b.len, at, 0)) {
        summar_buf_free(&b);
        return SUMMAR_ERR_NOMEM;
      }
      summar_buf_append(&b, html + at, i - at);
    }
  }
  if (!need_map)
    in->nruns = 0;
  in->utf8 = summar_buf_take(&b, &in->len);
  if (!in->utf8)
    return SUMMAR_ERR_NOMEM;
  copy_label(in->charset, sizeof in->charset, "utf-8");
  return SUMMAR_OK;
}

/* Converts through ICU, keeping each character's original offset. */
static summar_status from_icu(summar_hinput *in, UConverter *cv,
                              const char *html, size_t start, size_t len) {
  enum { CHUNK = 4096 };
  UChar ubuf[CHUNK];
  int32_t offs[CHUNK];
  summar_buf b;
  summar_buf_init(&b, in->a);
  runner r = {in, 0};
  const char *src = html + start, *limit = html + len;
  size_t last_off = start; /* original offset of the pending character */
  int pending = 0;
  size_t pending_u = 0;
  summar_status st = SUMMAR_OK;
  for (;;) {
    UErrorCode err = U_ZERO_ERROR;
    UChar *t = ubuf;
    const char *s0 = src;
    ucnv_toUnicode(cv, &t, ubuf + CHUNK, &src, limit, offs, 1, &err);
    if (U_FAILURE(err) && err != U_BUFFER_OVERFLOW_ERROR) {
      st = SUMMAR_ERR_BACKEND;
      break;
    }
    int32_t n = (int32_t)(t - ubuf);
    for (int32_t i = 0; i < n;) {
      UChar32 c;
      int32_t at = i;
      U16_NEXT(ubuf, i, n, c);
      size_t off = offs[at] >= 0 ? (size_t)(s0 - html) + (size_t)offs[at]
                                 : last_off;
      if (pending && off > last_off &&
          push_run(&r, pending_u, last_off, (unsigned)(off - last_off)))
        st = SUMMAR_ERR_NOMEM;
      if (pending && off <= last_off && push_run(&r, pending_u, last_off, 1))
        st = SUMMAR_ERR_NOMEM;
      if (c == 0)
        c = 0xFFFD;
      char enc[4];
      pending_u = b.len;
      last_off = off;
      pending = 1;
      summar_buf_append(&b, enc, summar_utf8_encode(c, enc));
    }
    if (err != U_BUFFER_OVERFLOW_ERROR || st != SUMMAR_OK)
      break;
  }
  if (st == SUMMAR_OK && pending) {
    unsigned w = len > last_off ? (unsigned)(len - last_off) : 1;
    if (push_run(&r, pending_u, last_off, w))
      st = SUMMAR_ERR_NOMEM;
  }
  in->utf8 = summar_buf_take(&b, &in->len);
  if (st == SUMMAR_OK && !in->utf8)
    st = SUMMAR_ERR_NOMEM;
  return st;
}

/* ICU's best guess for bytes that are not UTF-8, or NULL. */
static const char *detect(const char *html, size_t len, char *out,
                          size_t cap) {
  UErrorCode err = U_ZERO_ERROR;
  UCharsetDetector *d = ucsdet_open(&err);
  if (U_FAILURE(err))
    return NULL;
  ucsdet_enableInputFilter(d, 1); /* look at text, not markup */
  int32_t n = len > (1u << 20) ? (1 << 20) : (int32_t)len;
  ucsdet_setText(d, html, n, &err);
  const UCharsetMatch *m = U_SUCCESS(err) ? ucsdet_detect(d, &err) : NULL;
  const char *name = m && U_SUCCESS(err) ? ucsdet_getName(m, &err) : NULL;
  if (name && U_SUCCESS(err)) {
    size_t k = 0;
    for (; name[k] && k + 1 < cap; k++)
      out[k] = (char)lower_ascii((unsigned char)name[k]);
    out[k] = 0;
  }
  ucsdet_close(d);
  return name && U_SUCCESS(err) ? canonical_label(out) : NULL;
}

static int has_multibyte_utf8(const char *s, size_t len) {
  for (size_t i = 0; i < len; i++)
    if ((unsigned char)s[i] >= 0xC2)
      return 1;
  return 0;
}

static summar_status convert_with(summar_hinput *in, const char *name,
                                  const char *html, size_t start,
                                  size_t len) {
  UErrorCode err = U_ZERO_ERROR;
  UConverter *cv = ucnv_open(name, &err);
  if (U_FAILURE(err))
    return SUMMAR_ERR_NOT_FOUND;
  summar_status st = from_icu(in, cv, html, start, len);
  ucnv_close(cv);
  if (st == SUMMAR_OK) {
    size_t k = 0;
    for (; name[k] && k + 1 < sizeof in->charset; k++)
      in->charset[k] = (char)lower_ascii((unsigned char)name[k]);
    in->charset[k] = 0;
  }
  return st;
}

summar_status summar_hinput_convert(summar_hinput *in, const char *html,
                                    size_t len) {
  const unsigned char *u = (const unsigned char *)html;
  if (len >= 3 && u[0] == 0xEF && u[1] == 0xBB && u[2] == 0xBF)
    return from_utf8(in, html, 3, len);
  if (len >= 2 && u[0] == 0xFF && u[1] == 0xFE)
    return convert_with(in, "utf-16le", html, 2, len);
  if (len >= 2 && u[0] == 0xFE && u[1] == 0xFF)
    return convert_with(in, "utf-16be", html, 2, len);

  size_t bad = 0;
  int valid = summar_utf8_check(html, len, &bad) == SUMMAR_OK;
  char decl0[40];
  if (valid && (!prescan(html, len, decl0, sizeof decl0) ||
                !strcmp(canonical_label(decl0), "utf-8") ||
                has_multibyte_utf8(html, len))) {
    /* The common case, valid UTF-8: the caller's bytes, no copy, no map
     * (summar_hinput_release() lets go of them). */
    in->utf8 = (char *)(uintptr_t)html;
    in->borrowed = 1;
    in->len = len;
    copy_label(in->charset, sizeof in->charset, "utf-8");
    return SUMMAR_OK;
  }
  char decl[40] = "", guess[40];
  const char *name = NULL;
  if (prescan(html, len, decl, sizeof decl))
    name = canonical_label(decl);
  /* UTF-16 labels in a byte stream that was readable as ASCII: the page
   * is not UTF-16 (WHATWG), and valid UTF-8 wins over a legacy label. */
  if (name && (!strncmp(name, "utf-16", 6) || !strcmp(name, "utf-8")))
    name = NULL;
  if (name && valid && has_multibyte_utf8(html, len))
    name = NULL;
  if (!name && valid)
    return from_utf8(in, html, 0, len);
  if (name) {
    summar_status st = convert_with(in, name, html, 0, len);
    if (st != SUMMAR_ERR_NOT_FOUND)
      return st;
  }
  /* Invalid UTF-8 without a usable declaration: mostly valid UTF-8 with a
   * few bad bytes stays UTF-8; otherwise ICU guesses. */
  name = detect(html, len, guess, sizeof guess);
  if (name && strcmp(name, "utf-8") != 0) {
    summar_status st = convert_with(in, name, html, 0, len);
    if (st != SUMMAR_ERR_NOT_FOUND)
      return st;
  }
  return from_utf8(in, html, 0, len);
}

void summar_hinput_release(summar_hinput *in) {
  if (in->borrowed)
    in->utf8 = NULL;
}

void summar_hinput_free(summar_hinput *in) {
  if (!in->borrowed)
    summar_dealloc(in->a, in->utf8);
  summar_dealloc(in->a, in->runs);
  in->utf8 = NULL;
  in->runs = NULL;
  in->nruns = in->cap = 0;
}

size_t summar_hinput_source(const summar_hinput *in, size_t u) {
  if (u > in->len)
    u = in->len;
  if (!in->nruns)
    return u;
  size_t lo = 0, hi = in->nruns;
  while (hi - lo > 1) {
    size_t mid = lo + (hi - lo) / 2;
    if (in->runs[mid].u <= u)
      lo = mid;
    else
      hi = mid;
  }
  const summar_hrun *r = &in->runs[lo];
  if (u < r->u)
    return r->src;
  if (r->width == 0)
    return r->src + (u - r->u);
  size_t chars = 0;
  for (size_t i = r->u; i < u; i++)
    if (((unsigned char)in->utf8[i] & 0xC0) != 0x80)
      chars++;
  return r->src + (size_t)r->width * chars;
}
