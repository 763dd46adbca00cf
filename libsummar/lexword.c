/*
 * lexword.c - words as the rule-based stages match them against their
 * phrase lists: the small word lexer of the cleaners and the instruction
 * parser, and list lookup.
 *
 * Nothing here allocates: words are normalized into fixed buffers.
 */
#include "clean.h"

#include <string.h>

#include <unicode/uchar.h>
#include <utf8proc.h>

int summar_in_list(const char *const *list, const char *w) {
  if (!list)
    return 0;
  /* The first bytes differ for nearly every entry: compared inline. */
  for (; *list; list++)
    if ((*list)[0] == w[0] && strcmp(*list, w) == 0)
      return 1;
  return 0;
}

static int is_mark(int32_t cp) {
  if (cp < 0x300 || summar_is_arabic_letter(cp))
    return 0;
  utf8proc_category_t c = utf8proc_category(cp);
  return c == UTF8PROC_CATEGORY_MN || c == UTF8PROC_CATEGORY_MC ||
         c == UTF8PROC_CATEGORY_ME || cp == 0x200C || cp == 0x200D;
}

/* Decimal digit value, or -1. */
static int digit_value(int32_t cp) {
  if (cp >= '0' && cp <= '9')
    return cp - '0';
  if (cp < 0x80 || summar_is_arabic_letter(cp))
    return -1;
  if (u_charType((UChar32)cp) != U_DECIMAL_DIGIT_NUMBER)
    return -1;
  return u_charDigitValue((UChar32)cp);
}

/* The matching form of a letter: lower case, Arabic unified as
 * summar_normalize() does; -1 when dropped (tashkeel, tatweel). */
static int32_t fold_letter(int32_t cp) {
  if (cp < 0x80)
    return (cp >= 'A' && cp <= 'Z') ? cp + ('a' - 'A') : cp;
  int32_t u = summar_arabic_unify(cp);
  return u != cp || summar_is_arabic_letter(cp) ? u : utf8proc_tolower(cp);
}

/* Appends cp to w->norm, or sets w->truncated when it does not fit. */
static void put_cp(summar_lexword *w, int32_t cp) {
  size_t n = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
  if (w->norm_len + n >= sizeof w->norm) {
    w->truncated = 1;
    return;
  }
  char *o = w->norm + w->norm_len;
  if (n == 1) {
    o[0] = (char)cp;
  } else if (n == 2) {
    o[0] = (char)(0xC0 | (cp >> 6));
    o[1] = (char)(0x80 | (cp & 0x3F));
  } else {
    summar_utf8_encode(cp, o);
  }
  w->norm_len += n;
  o[n] = '\0';
}

/* Whether text[i..end) holds exactly three digits then no digit (a
 * thousands group after a separator). */
static int thousands_group(const char *text, size_t end, size_t i) {
  for (int k = 0; k < 3; k++) {
    if (i >= end)
      return 0;
    if (digit_value(summar_utf8_next(text, end, &i)) < 0)
      return 0;
  }
  if (i >= end)
    return 1;
  return digit_value(summar_utf8_next(text, end, &i)) < 0;
}

int summar_lexword_next(const char *text, size_t end, size_t *pos,
                        summar_lexword *w) {
  size_t i = *pos;
  int32_t cp = -1;
  size_t at = i;
  while (i < end) {
    at = i;
    cp = summar_utf8_next(text, end, &i);
    if (cp >= 0 && summar_is_alnum(cp))
      break;
    cp = -1;
  }
  if (cp < 0) {
    *pos = end;
    return 0;
  }
  memset(w, 0, sizeof *w);
  w->start = at;
  int number = digit_value(cp) >= 0;
  w->number = number;
  for (;;) {
    if (number) {
      int d = digit_value(cp);
      if (w->value < 1000000000000ull)
        w->value = w->value * 10 + (unsigned long long)d;
      put_cp(w, '0' + d);
    } else {
      int32_t f = fold_letter(cp);
      if (f >= 0)
        put_cp(w, f);
    }
    w->end = i;
    size_t next = i;
    int32_t c = -1;
    while (next < end) {
      c = summar_utf8_next(text, end, &next);
      if (number || !(is_mark(c) || c == 0x0640))
        break;
      w->end = i = next; /* marks inside a word: skipped */
      c = -1;
    }
    if (c < 0)
      break;
    if (number) {
      if (digit_value(c) >= 0) {
        cp = c;
        i = next;
        continue;
      }
      /* 2,000  2.000  ٢٬٠٠٠ */
      if ((c == ',' || c == '.' || c == 0x066C || c == 0x066B) &&
          thousands_group(text, end, next)) {
        i = next;
        cp = summar_utf8_next(text, end, &i);
        continue;
      }
      break;
    }
    if (summar_is_alnum(c) && digit_value(c) < 0) {
      cp = c;
      i = next;
      continue;
    }
    break;
  }
  *pos = w->end;
  return 1;
}

