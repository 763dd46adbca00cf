/*
 * clean_code.c - tells program code (JavaScript, CSS, HTML) from prose,
 * one line at a time.
 */
#include "clean_int.h"

#include <string.h>

#include <utf8proc.h>

static int ident_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
         (c >= '0' && c <= '9') || c == '_' || c == '$';
}

static int ident_start(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' ||
         c == '$';
}

/* "a.b(" : a member call, which prose never writes. */
static int has_member_call(const char *text, size_t s, size_t e) {
  for (size_t i = s + 1; i < e; i++) {
    if (text[i] != '(')
      continue;
    size_t j = i;
    while (j > s && ident_char(text[j - 1]))
      j--;
    if (j == i || !ident_start(text[j]) || j <= s + 1 || text[j - 1] != '.')
      continue;
    if (ident_char(text[j - 2]))
      return 1;
  }
  return 0;
}

/* "var x =", "let x =", "const x =" */
static int has_declaration(const char *text, size_t s, size_t e) {
  static const char *const kw[] = {"var ", "let ", "const ", NULL};
  for (size_t k = 0; kw[k]; k++) {
    size_t n = strlen(kw[k]);
    for (size_t i = s; i + n < e; i++) {
      const char *hit = memchr(text + i, kw[k][0], e - n - i);
      if (!hit)
        break;
      i = (size_t)(hit - text);
      if (memcmp(text + i, kw[k], n) != 0 || (i > s && ident_char(text[i - 1])))
        continue;
      size_t j = i + n;
      if (j >= e || !ident_start(text[j]))
        continue;
      while (j < e && ident_char(text[j]))
        j++;
      while (j < e && text[j] == ' ')
        j++;
      if (j < e && (text[j] == '=' || text[j] == ';'))
        return 1;
    }
  }
  return 0;
}

/* Counts letters in text[s,e), stopping once `cap` are counted. */
static size_t count_letters(const char *text, size_t s, size_t e,
                            size_t cap) {
  size_t n = 0, i = s;
  while (i < e && n < cap) {
    unsigned char b = (unsigned char)text[i];
    if (b < 0x80) { /* ASCII: the letters are A-Z and a-z */
      n += ((b | 0x20) >= 'a' && (b | 0x20) <= 'z');
      i++;
      continue;
    }
    int32_t cp = summar_utf8_next(text, e, &i);
    if (summar_is_arabic_letter(cp)) {
      n++;
    } else if (cp > 0 && summar_is_alnum(cp)) {
      utf8proc_category_t c = utf8proc_category(cp);
      if (c >= UTF8PROC_CATEGORY_LU && c <= UTF8PROC_CATEGORY_LO)
        n++;
    }
  }
  return n;
}

/* Strings that only code writes ("function(", "</", "&&", ...), by their
 * first byte; NULL for a byte that starts none. */
static const char *const *strong_from(char c) {
  static const char *const f[] = {"function(", "function (", NULL};
  static const char *const eq[] = {"=>", "===", NULL};
  static const char *const lt[] = {"</", "<script", "<div", "<iframe",
                                   "<img", "<a href", "<!--", NULL};
  static const char *const sl[] = {"/>", NULL};
  static const char *const g[] = {"googletag", "gtag(", NULL};
  static const char *const a[] = {"adsbygoogle", NULL};
  static const char *const w[] = {"window.", NULL};
  static const char *const d[] = {"document.get", "document.write", NULL};
  static const char *const dl[] = {"$(", NULL};
  static const char *const j[] = {"jQuery(", NULL};
  static const char *const ex[] = {"!important", "!==", NULL};
  static const char *const at[] = {"@media", NULL};
  static const char *const op[] = {"();", NULL};
  static const char *const cb[] = {"});", "})", "}}", NULL};
  static const char *const amp[] = {"&&", NULL};
  static const char *const bar[] = {"||", NULL};
  static const char *const p[] = {"px;", NULL};
  static const char *const ob[] = {"{{", NULL};
  static const char *const da[] = {"-->", NULL};
  switch (c) {
  case 'f': return f;
  case '=': return eq;
  case '<': return lt;
  case '/': return sl;
  case 'g': return g;
  case 'a': return a;
  case 'w': return w;
  case 'd': return d;
  case '$': return dl;
  case 'j': return j;
  case '!': return ex;
  case '@': return at;
  case '(': return op;
  case '}': return cb;
  case '&': return amp;
  case '|': return bar;
  case 'p': return p;
  case '{': return ob;
  case '-': return da;
  default: return NULL;
  }
}

/* Whether text[s,e) holds one of the strings of strong_from(), in one
 * pass. */
static int has_strong(const char *text, size_t s, size_t e) {
  for (size_t i = s; i + 1 < e; i++) {
    const char *const *l = strong_from(text[i]);
    for (; l && *l; l++) {
      size_t n = strlen(*l);
      if (text[i + 1] == (*l)[1] && n <= e - i &&
          memcmp(text + i + 2, *l + 2, n - 2) == 0)
        return 1;
    }
  }
  return 0;
}

/* JavaScript, CSS, HTML or a line without letters. */
int summar_clean_is_code(const char *text, size_t s, size_t e) {
  if (count_letters(text, s, e, 1) == 0)
    return 1;
  if (has_strong(text, s, e))
    return 1;
  if (has_member_call(text, s, e) || has_declaration(text, s, e))
    return 1;
  size_t syms = 0, paren = 0;
  for (size_t i = s; i < e; i++) {
    switch (text[i]) {
    case '{': case '}': case '[': case ']': case '<': case '>': case '=':
    case ';': case '$': case '\\': case '|': case '_': case '`':
      syms++;
      break;
    case '(':
      if (i > s && ident_char(text[i - 1]))
        paren++; /* a call: "f(" */
      break;
    default:
      break;
    }
  }
  if (syms >= 3 && count_letters(text, s, e, syms * 4 + 1) <= syms * 4)
    return 1;
  /* A statement: "foo(bar);"  "x = 1;"  ".a {" (prose may end a line
   * with ';' but writes no "f(" or "=") */
  int32_t last = summar_text_last_cp(text, s, e, NULL);
  if ((last == ';' || last == '{' || last == '}') &&
      (paren || summar_text_has_substr(text, s, e, "=")))
    return 1;
  return 0;
}
