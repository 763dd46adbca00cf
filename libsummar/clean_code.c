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

/* "a.b(" with the '(' at text[i] (i > s): a member call, which prose
 * never writes. */
static int member_call_at(const char *text, size_t s, size_t i) {
  size_t j = i;
  while (j > s && ident_char(text[j - 1]))
    j--;
  return j != i && ident_start(text[j]) && j > s + 1 && text[j - 1] == '.' &&
         ident_char(text[j - 2]);
}

/* "var x =", "let x =", "const x =" starting at text[i]. */
static int declaration_at(const char *text, size_t s, size_t e, size_t i) {
  static const char *const kw[] = {"var ", "let ", "const "};
  const char *k = text[i] == 'v' ? kw[0] : text[i] == 'l' ? kw[1] : kw[2];
  size_t n = strlen(k);
  if (e - i <= n || memcmp(text + i, k, n) != 0 ||
      (i > s && ident_char(text[i - 1])))
    return 0;
  size_t j = i + n;
  if (!ident_start(text[j]))
    return 0;
  while (j < e && ident_char(text[j]))
    j++;
  while (j < e && text[j] == ' ')
    j++;
  return j < e && (text[j] == '=' || text[j] == ';');
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

/* Whether one of the strings of strong_from() starts at text[i] (i + 1 <
 * e). */
static int strong_at(const char *text, size_t e, size_t i) {
  for (const char *const *l = strong_from(text[i]); l && *l; l++) {
    size_t n = strlen(*l);
    if (text[i + 1] == (*l)[1] && n <= e - i &&
        memcmp(text + i + 2, *l + 2, n - 2) == 0)
      return 1;
  }
  return 0;
}

/* The bytes the one pass of summar_clean_is_code() stops at. */
enum {
  CODE_STRONG = 1, /* starts a string of strong_from() */
  CODE_DECL = 2,   /* starts "var ", "let " or "const " */
  CODE_SYM = 4,    /* a symbol of code */
  CODE_PAREN = 8   /* '(' */
};

static const unsigned char code_bytes[256] = {
    ['f'] = CODE_STRONG, ['g'] = CODE_STRONG, ['a'] = CODE_STRONG,
    ['w'] = CODE_STRONG, ['d'] = CODE_STRONG, ['j'] = CODE_STRONG,
    ['p'] = CODE_STRONG, ['/'] = CODE_STRONG, ['!'] = CODE_STRONG,
    ['@'] = CODE_STRONG, ['&'] = CODE_STRONG, ['-'] = CODE_STRONG,
    ['v'] = CODE_DECL, ['l'] = CODE_DECL, ['c'] = CODE_DECL,
    ['('] = CODE_STRONG | CODE_PAREN,
    ['='] = CODE_STRONG | CODE_SYM, ['<'] = CODE_STRONG | CODE_SYM,
    ['$'] = CODE_STRONG | CODE_SYM, ['}'] = CODE_STRONG | CODE_SYM,
    ['|'] = CODE_STRONG | CODE_SYM, ['{'] = CODE_STRONG | CODE_SYM,
    ['['] = CODE_SYM, [']'] = CODE_SYM, ['>'] = CODE_SYM, [';'] = CODE_SYM,
    ['\\'] = CODE_SYM, ['_'] = CODE_SYM, ['`'] = CODE_SYM,
};

/* JavaScript, CSS, HTML or a line without letters.  One pass finds the
 * strings of code, member calls and declarations, and counts the
 * symbols and calls. */
int summar_clean_is_code(const char *text, size_t s, size_t e) {
  if (count_letters(text, s, e, 1) == 0)
    return 1;
  size_t syms = 0, paren = 0;
  int eq = 0;
  for (size_t i = s; i < e; i++) {
    unsigned c = code_bytes[(unsigned char)text[i]];
    if (!c)
      continue;
    if ((c & CODE_STRONG) && i + 1 < e && strong_at(text, e, i))
      return 1;
    if ((c & CODE_DECL) && declaration_at(text, s, e, i))
      return 1;
    syms += (c & CODE_SYM) != 0;
    eq |= text[i] == '=';
    if ((c & CODE_PAREN) && i > s) {
      if (member_call_at(text, s, i))
        return 1;
      if (ident_char(text[i - 1]))
        paren++; /* a call: "f(" */
    }
  }
  if (syms >= 3 && count_letters(text, s, e, syms * 4 + 1) <= syms * 4)
    return 1;
  /* A statement: "foo(bar);"  "x = 1;"  ".a {" (prose may end a line
   * with ';' but writes no "f(" or "=") */
  int32_t last = summar_text_last_cp(text, s, e, NULL);
  return (last == ';' || last == '{' || last == '}') && (paren || eq);
}
