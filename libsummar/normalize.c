/*
 * normalize.c - the matching form of a word: utf8proc NFKC + case fold,
 * then Arabic unification (tashkeel and tatweel removed, alef / yeh / teh
 * marbuta / hamza carriers unified), typographic apostrophes made ASCII,
 * and digit-only tokens rewritten with ASCII digits.
 */
#include "internal.h"

#include <string.h>

#include <unicode/uchar.h>
#include <utf8proc.h>

#define NORM_OPTIONS                                                         \
  (UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_COMPAT |                    \
   UTF8PROC_CASEFOLD | UTF8PROC_IGNORE)

/* Code points in the stack buffer before falling back to the allocator. */
#define NORM_STACK 128

/* The unified form of one code point after NFKC + case fold: returns the
 * replacement, or -1 when the code point is dropped. */
static int32_t unify(int32_t cp) {
  if (cp < 0x2018) {
    if (cp < 0x0622 || cp > 0x0671)
      return cp == 0x02BC ? '\'' : cp;
    if ((cp >= 0x064B && cp <= 0x065F) || cp == 0x0670 || cp == 0x0640)
      return -1; /* tashkeel, superscript alef, tatweel */
    switch (cp) {
    case 0x0622: /* آ */
    case 0x0623: /* أ */
    case 0x0625: /* إ */
    case 0x0671: /* ٱ */
      return 0x0627;
    case 0x0649: /* ى */
    case 0x0626: /* ئ */
      return 0x064A;
    case 0x0629: /* ة */
      return 0x0647;
    case 0x0624: /* ؤ */
      return 0x0648;
    default:
      return cp;
    }
  }
  if (cp == 0x2018 || cp == 0x2019)
    return '\'';
  return cp;
}

static int is_letter_cat(utf8proc_category_t c) {
  return c == UTF8PROC_CATEGORY_LU || c == UTF8PROC_CATEGORY_LL ||
         c == UTF8PROC_CATEGORY_LT || c == UTF8PROC_CATEGORY_LM ||
         c == UTF8PROC_CATEGORY_LO;
}

summar_status summar_normalize(const char *s, size_t len, summar_buf *out) {
  if (!out || (!s && len > 0))
    return SUMMAR_ERR_ARG;
  if (out->failed)
    return SUMMAR_ERR_NOMEM;
  if (len == 0) {
    summar_buf_append(out, "", 0);
    return out->failed ? SUMMAR_ERR_NOMEM : SUMMAR_OK;
  }

  /* Fast path: pure ASCII needs only lowercasing. */
  size_t i = 0;
  while (i < len && (unsigned char)s[i] < 0x80)
    i++;
  if (i == len) {
    size_t at = out->len;
    summar_buf_append(out, s, len);
    if (out->failed)
      return SUMMAR_ERR_NOMEM;
    char *d = out->data + at;
    for (size_t k = 0; k < len; k++)
      if (d[k] >= 'A' && d[k] <= 'Z')
        d[k] = (char)(d[k] - 'A' + 'a');
    return SUMMAR_OK;
  }
  if (len > (size_t)PTRDIFF_MAX / 4)
    return SUMMAR_ERR_TOO_LARGE;

  /* NFKC + case fold into UTF-32, on the stack when it fits. */
  int32_t stack[NORM_STACK];
  int32_t *cps = stack;
  utf8proc_ssize_t n =
      utf8proc_decompose((const utf8proc_uint8_t *)s, (utf8proc_ssize_t)len,
                         stack, NORM_STACK, (utf8proc_option_t)NORM_OPTIONS);
  if (n < 0)
    return n == UTF8PROC_ERROR_NOMEM ? SUMMAR_ERR_NOMEM
           : n == UTF8PROC_ERROR_INVALIDUTF8 ? SUMMAR_ERR_UTF8
                                             : SUMMAR_ERR_BACKEND;
  if (n > NORM_STACK) {
    cps = summar_calloc(out->a, (size_t)n, sizeof *cps);
    if (!cps)
      return SUMMAR_ERR_NOMEM;
    utf8proc_ssize_t m = utf8proc_decompose(
        (const utf8proc_uint8_t *)s, (utf8proc_ssize_t)len, cps, n,
        (utf8proc_option_t)NORM_OPTIONS);
    if (m != n) {
      summar_dealloc(out->a, cps);
      return SUMMAR_ERR_BACKEND;
    }
  }
  n = utf8proc_normalize_utf32(cps, n, (utf8proc_option_t)NORM_OPTIONS);
  summar_status st = SUMMAR_OK;
  if (n < 0) {
    st = SUMMAR_ERR_BACKEND;
    goto done;
  }

  /* A token without letters (a number such as ١٢٣ or ٣٫٥) gets ASCII
   * digits and separators. */
  int letters = 0;
  for (utf8proc_ssize_t k = 0; k < n && !letters; k++)
    letters = is_letter_cat(utf8proc_category(cps[k]));

  char enc[4];
  for (utf8proc_ssize_t k = 0; k < n; k++) {
    int32_t cp = unify(cps[k]);
    if (cp < 0)
      continue;
    if (!letters && cp >= 0x80) {
      int32_t v = u_charDigitValue((UChar32)cp);
      if (v >= 0 && v <= 9 && u_charType((UChar32)cp) == U_DECIMAL_DIGIT_NUMBER)
        cp = '0' + v;
      else if (cp == 0x066B) /* Arabic decimal separator */
        cp = '.';
      else if (cp == 0x066C) /* Arabic thousands separator */
        cp = ',';
    }
    if (cp < 0x80) {
      char c = (char)cp;
      summar_buf_append(out, &c, 1);
    } else {
      summar_buf_append(out, enc, summar_utf8_encode(cp, enc));
    }
  }
  if (out->failed)
    st = SUMMAR_ERR_NOMEM;
done:
  if (cps != stack)
    summar_dealloc(out->a, cps);
  return st;
}
