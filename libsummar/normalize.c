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

/* The unified form of one code point after NFKC + case fold: Arabic
 * letters unified (summar_arabic_unify), typographic apostrophes made
 * ASCII.  Returns the replacement, or -1 when the code point is dropped. */
static int32_t unify(int32_t cp) {
  if (cp < 0x0622)
    return cp == 0x02BC ? '\'' : cp;
  if (cp <= 0x0671)
    return summar_arabic_unify(cp);
  return (cp == 0x2018 || cp == 0x2019) ? '\'' : cp;
}

static int is_letter_cat(utf8proc_category_t c) {
  return c == UTF8PROC_CATEGORY_LU || c == UTF8PROC_CATEGORY_LL ||
         c == UTF8PROC_CATEGORY_LT || c == UTF8PROC_CATEGORY_LM ||
         c == UTF8PROC_CATEGORY_LO;
}

/* Appends the ASCII text s[0..len) lowercased. */
static summar_status append_ascii_lower(const char *s, size_t len,
                                        summar_buf *out) {
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

/* NFKC + case fold of s[0..len) into UTF-32: into stack (NORM_STACK code
 * points) when it fits, else into an array from the allocator.  *cps gets
 * the array (stack or allocated; the caller frees it when not stack), *n
 * its length. */
static summar_status decompose(const summar_allocator *a, const char *s,
                               size_t len, int32_t *stack, int32_t **cps,
                               utf8proc_ssize_t *n) {
  *cps = stack;
  *n = utf8proc_decompose((const utf8proc_uint8_t *)s, (utf8proc_ssize_t)len,
                          stack, NORM_STACK, (utf8proc_option_t)NORM_OPTIONS);
  if (*n < 0)
    return *n == UTF8PROC_ERROR_NOMEM ? SUMMAR_ERR_NOMEM
           : *n == UTF8PROC_ERROR_INVALIDUTF8 ? SUMMAR_ERR_UTF8
                                              : SUMMAR_ERR_BACKEND;
  if (*n > NORM_STACK) {
    int32_t *heap = summar_calloc(a, (size_t)*n, sizeof *heap);
    if (!heap)
      return SUMMAR_ERR_NOMEM;
    utf8proc_ssize_t m = utf8proc_decompose(
        (const utf8proc_uint8_t *)s, (utf8proc_ssize_t)len, heap, *n,
        (utf8proc_option_t)NORM_OPTIONS);
    if (m != *n) {
      summar_dealloc(a, heap);
      return SUMMAR_ERR_BACKEND;
    }
    *cps = heap;
  }
  *n = utf8proc_normalize_utf32(*cps, *n, (utf8proc_option_t)NORM_OPTIONS);
  return *n < 0 ? SUMMAR_ERR_BACKEND : SUMMAR_OK;
}

/* Appends the normalized code points cps[0..n) in UTF-8, unified; a
 * token without letters (a number such as ١٢٣ or ٣٫٥) gets ASCII digits
 * and separators. */
static void append_unified(const int32_t *cps, utf8proc_ssize_t n,
                           summar_buf *out) {
  int letters = 0;
  for (utf8proc_ssize_t k = 0; k < n && !letters; k++)
    letters = summar_is_arabic_letter(cps[k]) ||
              is_letter_cat(utf8proc_category(cps[k]));

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
}

/* Appends s[0..len) normalized when it holds only ASCII and the Arabic
 * letters U+0621..U+064A (most Arabic words): NFKC and case folding
 * change none of those letters (no two of them compose; the ones that
 * decompose recompose), so each is only unified, and ASCII lowercased.
 * The output is never longer than s: it is copied, then rewritten in
 * place.  Returns 1 when done (out->failed tells an allocation failure),
 * 0 when s holds anything else (out unchanged). */
static int append_arabic_ascii(const char *s, size_t len, summar_buf *out) {
  size_t at = out->len;
  summar_buf_append(out, s, len);
  if (out->failed)
    return 1;
  unsigned char *d = (unsigned char *)out->data + at;
  size_t j = 0;
  for (size_t i = 0; i < len; i++) {
    unsigned char c = d[i];
    if (c < 0x80) {
      d[j++] = (c >= 'A' && c <= 'Z') ? (unsigned char)(c - 'A' + 'a') : c;
      continue;
    }
    unsigned char c2 = i + 1 < len ? d[i + 1] : 0;
    int32_t cp = ((int32_t)(c & 0x1F) << 6) | (c2 & 0x3F);
    if ((c != 0xD8 && c != 0xD9) || (c2 & 0xC0) != 0x80 || cp < 0x0621 ||
        cp > 0x064A) {
      out->len = at;
      out->data[at] = '\0';
      return 0;
    }
    i++;
    cp = summar_arabic_unify(cp);
    if (cp >= 0) {
      d[j++] = (unsigned char)(0xC0 | (cp >> 6));
      d[j++] = (unsigned char)(0x80 | (cp & 0x3F));
    }
  }
  out->len = at + j;
  out->data[out->len] = '\0';
  return 1;
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
  if (i == len)
    return append_ascii_lower(s, len, out);
  unsigned char lead = (unsigned char)s[i];
  if ((lead == 0xD8 || lead == 0xD9) && append_arabic_ascii(s, len, out))
    return out->failed ? SUMMAR_ERR_NOMEM : SUMMAR_OK;
  if (len > (size_t)PTRDIFF_MAX / 4)
    return SUMMAR_ERR_TOO_LARGE;

  int32_t stack[NORM_STACK];
  int32_t *cps;
  utf8proc_ssize_t n;
  summar_status st = decompose(out->a, s, len, stack, &cps, &n);
  if (st == SUMMAR_OK) {
    append_unified(cps, n, out);
    if (out->failed)
      st = SUMMAR_ERR_NOMEM;
  }
  if (cps != stack)
    summar_dealloc(out->a, cps);
  return st;
}
