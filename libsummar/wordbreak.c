/*
 * wordbreak.c - word boundaries by rule, for the runs that need none of
 * ICU's machinery.
 *
 * In text of the scripts that UAX #29 segments by rule alone (Latin,
 * Greek, Cyrillic, Arabic...: every code point below U+0800, and the
 * General Punctuation block), the word boundaries follow from the
 * Word_Break class of each character and its neighbours.
 * summar_wb_words() applies those rules (WB4-WB13b) with the classes ICU
 * itself reports (u_getIntPropertyValue), and gives up on a run holding
 * anything else: a character of another block (CJK, Thai, emoji...), a
 * Hebrew letter, a MidLetter other than the colon, a ZWJ, "@" (which
 * ICU 72's rules join to letters), or a word segment without a letter or
 * digit (whose rule status only ICU knows).  The tokenizer checks the
 * classes of ASCII punctuation against its own ICU iterator (the colon
 * joins letters in some locales, fi and sv; a full stop never does in
 * POSIX) and keeps ICU for anything this gives up on;
 * tests/unit/test_tokenize.c compares both over every code point this
 * handles and random text.
 */
#include "internal.h"

#include <unicode/uchar.h>
#include <utf8proc.h>

unsigned summar_word_flags(const char *text, size_t s, size_t e) {
  unsigned flags = 0;
  size_t i = s;
  while (i < e) {
    unsigned char c = (unsigned char)text[i];
    if (c < 0x80) {
      i++;
      if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z')
        flags |= SUMMAR_TOKEN_LETTERS;
      else if (c >= '0' && c <= '9')
        flags |= SUMMAR_TOKEN_NUMBER;
      continue;
    }
    int32_t cp = summar_utf8_next(text, e, &i);
    if (cp < 0)
      continue;
    if (summar_is_arabic_letter(cp)) {
      flags |= SUMMAR_TOKEN_LETTERS;
      continue;
    }
    switch (utf8proc_category(cp)) {
    case UTF8PROC_CATEGORY_LU: case UTF8PROC_CATEGORY_LL:
    case UTF8PROC_CATEGORY_LT: case UTF8PROC_CATEGORY_LM:
    case UTF8PROC_CATEGORY_LO:
      flags |= SUMMAR_TOKEN_LETTERS;
      break;
    case UTF8PROC_CATEGORY_ND: case UTF8PROC_CATEGORY_NL:
    case UTF8PROC_CATEGORY_NO:
      flags |= SUMMAR_TOKEN_NUMBER;
      break;
    default:
      break;
    }
  }
  return flags;
}

/* Word_Break classes as fast_words() sees them: WB_O breaks on both sides
 * (Other, spaces, line breaks, Double_Quote), WB_EXT (Extend, Format) is
 * transparent inside a word (WB4), WB_BAD hands the run to ICU. */
enum { WB_O, WB_L, WB_D, WB_ML, WB_MNL, WB_SQ, WB_MN, WB_ENL, WB_EXT, WB_BAD };

void summar_wb_init(summar_wb *w, int colon_mid) {
  unsigned char *wb = w->ascii;
  for (int c = 0; c < 128; c++) {
    unsigned char k = WB_O;
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))
      k = WB_L;
    else if (c >= '0' && c <= '9')
      k = WB_D;
    else if (c == '.')
      k = WB_MNL;
    else if (c == '\'')
      k = WB_SQ;
    else if (c == ',' || c == ';')
      k = WB_MN;
    else if (c == '_')
      k = WB_ENL;
    else if (c == ':')
      k = colon_mid ? WB_ML : WB_O;
    else if (c == '@')
      k = WB_BAD;
    wb[c] = k;
  }
}

static int wb_property(int32_t cp);

/* The class of a code point from U+0080 on (-1: invalid, WB_BAD). */
static int wb_class(int32_t cp) {
  if (summar_is_arabic_letter(cp))
    return WB_L;
  if ((cp >= 0x064B && cp <= 0x065F) || cp == 0x0670)
    return WB_EXT;
  if (cp < 0 || (cp >= 0x0800 && (cp < 0x2000 || cp > 0x206F)))
    return WB_BAD;
  int k = wb_property(cp);
  if (k != WB_L && k != WB_D && k != WB_ENL && summar_is_alnum(cp))
    return WB_BAD; /* "²": a token of its own, with no word status */
  return k;
}

/* The class of cp by its Word_Break property. */
static int wb_property(int32_t cp) {
  switch (u_getIntPropertyValue(cp, UCHAR_WORD_BREAK)) {
  case U_WB_ALETTER:
    return WB_L;
  case U_WB_NUMERIC:
    return WB_D;
  case U_WB_MIDNUMLET:
    return WB_MNL;
  case U_WB_SINGLE_QUOTE:
    return WB_SQ;
  case U_WB_MIDNUM:
    return WB_MN;
  case U_WB_EXTENDNUMLET:
    return WB_ENL;
  case U_WB_EXTEND:
  case U_WB_FORMAT:
    return WB_EXT;
  case U_WB_OTHER:
  case U_WB_CR:
  case U_WB_LF:
  case U_WB_NEWLINE:
  case U_WB_WSEGSPACE:
  case U_WB_DOUBLE_QUOTE:
    return WB_O;
  default: /* Hebrew_Letter, MidLetter, ZWJ, Katakana, ... */
    return WB_BAD;
  }
}

/* The class of the character at text[*i], advancing *i past it. */
static int wb_next(const summar_wb *w, const char *text, size_t end,
                   size_t *i) {
  unsigned char c = (unsigned char)text[*i];
  if (c < 0x80) {
    *i += 1;
    return w->ascii[c];
  }
  return wb_class(summar_utf8_next(text, end, i));
}

int summar_wb_words(const summar_wb *w, const summar_allocator *a,
                    const char *text, size_t start, size_t end,
                    summar_wb_seg **segs, size_t *n, size_t *cap) {
  *n = 0;
  size_t i = start;
  while (i < end) {
    size_t at = i;
    int c = wb_next(w, text, end, &i);
    if (c == WB_BAD)
      return 1;
    if (c != WB_L && c != WB_D && c != WB_ENL)
      continue;
    int cur = c; /* the last class but Extend (WB4) */
    size_t e = i;
    while (e < end) {
      size_t k = e;
      int nx = wb_next(w, text, end, &k);
      if (nx == WB_L || nx == WB_D || nx == WB_ENL || nx == WB_EXT) {
        if (nx != WB_EXT)
          cur = nx;
        e = k;
        continue;
      }
      if (nx == WB_BAD)
        return 1;
      int mid = cur == WB_L   ? nx == WB_ML || nx == WB_MNL || nx == WB_SQ
                : cur == WB_D ? nx == WB_MN || nx == WB_MNL || nx == WB_SQ
                              : 0;
      if (!mid)
        break;
      int after = WB_EXT;
      while (after == WB_EXT && k < end)
        after = wb_next(w, text, end, &k);
      if (after == WB_BAD)
        return 1;
      if (after != cur)
        break;
      e = k;
    }
    unsigned flags = summar_word_flags(text, at, e);
    if (!flags)
      return 1; /* "__", "٫": ICU's rule status says what it is */
    if (summar_grow(a, (void **)segs, cap, *n + 1, sizeof **segs))
      return -1;
    summar_wb_seg *sg = &(*segs)[(*n)++];
    sg->s = (uint32_t)(at - start);
    sg->e = (uint32_t)(e - start);
    sg->flags = flags;
    i = e;
  }
  return 0;
}

