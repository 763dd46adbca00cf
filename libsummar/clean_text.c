/*
 * clean_text.c - small text helpers of the cleaning stage: trimming, the
 * last code point, terminal punctuation, character counts.
 */
#include "clean_int.h"

#include <string.h>

/* Trims whitespace from [*s, *e). */
void summar_text_trim(const char *text, size_t *s, size_t *e) {
  size_t i = *s;
  while (i < *e) {
    size_t at = i;
    int32_t cp = summar_utf8_next(text, *e, &i);
    if (cp < 0 || !summar_is_space(cp)) {
      i = at;
      break;
    }
  }
  *s = i;
  /* Backwards: step over continuation bytes to the lead byte. */
  size_t j = *e;
  while (j > *s) {
    size_t k = j - 1;
    while (k > *s && ((unsigned char)text[k] & 0xC0) == 0x80)
      k--;
    size_t t = k;
    int32_t cp = summar_utf8_next(text, j, &t);
    if (cp < 0 || t != j || !summar_is_space(cp))
      break;
    j = k;
  }
  *e = j;
}

/* The last code point of text[s,e) and its start, or -1. */
int32_t summar_text_last_cp(const char *text, size_t s, size_t e, size_t *at) {
  if (e <= s)
    return -1;
  size_t k = e - 1;
  while (k > s && ((unsigned char)text[k] & 0xC0) == 0x80)
    k--;
  size_t t = k;
  int32_t cp = summar_utf8_next(text, e, &t);
  if (at)
    *at = k;
  return cp;
}

static int is_closer(int32_t cp) {
  switch (cp) {
  case '"': case '\'': case ')': case ']': case '*': case '_':
  case 0x2019: case 0x201D: case 0x00BB: case 0x203A: case 0x300D:
  case 0x300F: case 0xFF09:
    return 1;
  default:
    return 0;
  }
}

int summar_text_is_terminal(int32_t cp) {
  switch (cp) {
  case '.': case '!': case '?': case 0x2026: case 0x061F: case 0x06D4:
  case 0x0964: case 0x0965: case 0x3002: case 0xFF01: case 0xFF1F:
  case 0xFF0E: case 0x037E:
    return 1;
  default:
    return 0;
  }
}

/* The last meaningful code point: closing quotes and brackets and spaces
 * skipped. */
int32_t summar_text_final_cp(const char *text, size_t s, size_t e) {
  for (;;) {
    size_t at;
    int32_t cp = summar_text_last_cp(text, s, e, &at);
    if (cp < 0)
      return cp;
    if (!is_closer(cp) && !summar_is_space(cp))
      return cp;
    e = at;
  }
}

/* Ends with sentence punctuation (before closing quotes / brackets). */
int summar_text_ends_terminal(const char *text, size_t s, size_t e) {
  return summar_text_is_terminal(summar_text_final_cp(text, s, e));
}

size_t summar_text_count_chars(const char *text, size_t s, size_t e) {
  size_t n = 0;
  for (size_t i = s; i < e; i++)
    if (((unsigned char)text[i] & 0xC0) != 0x80)
      n++;
  return n;
}

int summar_text_has_substr(const char *text, size_t s, size_t e, const char *p) {
  size_t n = strlen(p);
  if (n == 0)
    return 1;
  /* memchr (vectorized in the C library) finds each candidate start. */
  const char *at = text + s, *end = text + e;
  while ((size_t)(end - at) >= n) {
    const char *hit = memchr(at, p[0], (size_t)(end - at) - n + 1);
    if (!hit)
      return 0;
    if (memcmp(hit + 1, p + 1, n - 1) == 0)
      return 1;
    at = hit + 1;
  }
  return 0;
}
