/*
 * utf8.c - UTF-8 decoding and validation, and character classes (the
 * reader's word count is in words.c).
 */
#include "internal.h"

#include <utf8proc.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

int32_t summar_utf8_decode(const char *s, size_t len, size_t *i) {
  const unsigned char *p = (const unsigned char *)s + *i;
  size_t left = len - *i;
  unsigned c = p[0];
  if (c < 0x80) {
    *i += 1;
    return (int32_t)c;
  }
  size_t n;
  int32_t cp, min;
  if (c >= 0xC2 && c <= 0xDF) {
    n = 2;
    cp = c & 0x1F;
    min = 0x80;
  } else if (c >= 0xE0 && c <= 0xEF) {
    n = 3;
    cp = c & 0x0F;
    min = 0x800;
  } else if (c >= 0xF0 && c <= 0xF4) {
    n = 4;
    cp = c & 0x07;
    min = 0x10000;
  } else {
    *i += 1;
    return -1;
  }
  if (left < n) {
    *i += 1;
    return -1;
  }
  for (size_t k = 1; k < n; k++) {
    if ((p[k] & 0xC0) != 0x80) {
      *i += 1;
      return -1;
    }
    cp = (cp << 6) | (p[k] & 0x3F);
  }
  if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
    *i += 1;
    return -1;
  }
  *i += n;
  return cp;
}

size_t summar_utf8_encode(int32_t cp, char *out) {
  unsigned char *o = (unsigned char *)out;
  if (cp < 0x80) {
    o[0] = (unsigned char)cp;
    return 1;
  }
  if (cp < 0x800) {
    o[0] = (unsigned char)(0xC0 | (cp >> 6));
    o[1] = (unsigned char)(0x80 | (cp & 0x3F));
    return 2;
  }
  if (cp < 0x10000) {
    o[0] = (unsigned char)(0xE0 | (cp >> 12));
    o[1] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
    o[2] = (unsigned char)(0x80 | (cp & 0x3F));
    return 3;
  }
  o[0] = (unsigned char)(0xF0 | (cp >> 18));
  o[1] = (unsigned char)(0x80 | ((cp >> 12) & 0x3F));
  o[2] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
  o[3] = (unsigned char)(0x80 | (cp & 0x3F));
  return 4;
}

int summar_is_space_nonascii(int32_t cp) {
  switch (cp) {
  case 0x09: case 0x0A: case 0x0B: case 0x0C: case 0x0D: case 0x20:
  case 0x85: case 0xA0: case 0x1680: case 0x2028: case 0x2029:
  case 0x202F: case 0x205F: case 0x3000: case 0x200B: case 0xFEFF:
    return 1;
  default:
    return cp >= 0x2000 && cp <= 0x200A;
  }
}

int summar_is_alnum_nonascii(int32_t cp) {
  if (cp < 0x80)
    return summar_is_alnum(cp);
  if (summar_is_arabic_letter(cp))
    return 1;
  switch (utf8proc_category(cp)) {
  case UTF8PROC_CATEGORY_LU: case UTF8PROC_CATEGORY_LL:
  case UTF8PROC_CATEGORY_LT: case UTF8PROC_CATEGORY_LM:
  case UTF8PROC_CATEGORY_LO: case UTF8PROC_CATEGORY_ND:
  case UTF8PROC_CATEGORY_NL: case UTF8PROC_CATEGORY_NO:
    return 1;
  default:
    return 0;
  }
}

/* Whether text[0..len) looks like UTF-16: a byte-order mark, or at least 4
 * of the byte pairs in its first 512 bytes, and 3 in 4 of them, hold an
 * ASCII character and a NUL on the same side. */
static int looks_utf16(const unsigned char *t, size_t len) {
  if (len >= 2 && ((t[0] == 0xFF && t[1] == 0xFE) ||
                   (t[0] == 0xFE && t[1] == 0xFF)))
    return 1;
  size_t pairs = (len < 512 ? len : 512) / 2, le = 0, be = 0;
  for (size_t k = 0; k < pairs; k++) {
    unsigned a = t[2 * k], b = t[2 * k + 1];
    le += a && a < 0x80 && !b;
    be += !a && b && b < 0x80;
  }
  size_t best = le > be ? le : be;
  return best >= 4 && best * 4 >= pairs * 3;
}

static summar_status check_utf8(const char *text, size_t len,
                                size_t *bad_offset);

SUMMAR_API summar_status summar_utf8_check(const char *text, size_t len,
                                           size_t *bad_offset) {
  summar_status st = check_utf8(text, len, bad_offset);
  if ((st == SUMMAR_ERR_UTF8 || st == SUMMAR_ERR_NUL) &&
      looks_utf16((const unsigned char *)text, len)) {
    if (bad_offset)
      *bad_offset = 0;
    return SUMMAR_ERR_UTF16;
  }
  return st;
}

static summar_status check_utf8(const char *text, size_t len,
                                size_t *bad_offset) {
  if (!text && len > 0)
    return SUMMAR_ERR_ARG;
  size_t i = 0;
  while (i < len) {
    size_t at = i;
    unsigned char c = (unsigned char)text[i];
    if (c == 0) {
      if (bad_offset)
        *bad_offset = at;
      return SUMMAR_ERR_NUL;
    }
    if (c < 0x80) {
      i++;
      continue;
    }
    if (summar_utf8_next(text, len, &i) < 0) {
      if (bad_offset)
        *bad_offset = at;
      return SUMMAR_ERR_UTF8;
    }
  }
  return SUMMAR_OK;
}

/* summar_arabic_unify of U+0622..U+0671: ا for آ أ إ ٱ, ي for ى ئ, ه for ة,
 * و for ؤ, -1 (dropped) for the tatweel, the marks U+064B..U+065F and the
 * superscript alef U+0670; the others unchanged. */
const int16_t summar_arabic_unify_map[0x0671 - 0x0622 + 1] = {
    0x0627, 0x0627, 0x0648, 0x0627, 0x064A, 0x0627, 0x0628, 0x0647,
    0x062A, 0x062B, 0x062C, 0x062D, 0x062E, 0x062F, 0x0630, 0x0631,
    0x0632, 0x0633, 0x0634, 0x0635, 0x0636, 0x0637, 0x0638, 0x0639,
    0x063A, 0x063B, 0x063C, 0x063D, 0x063E, 0x063F, -1, 0x0641,
    0x0642, 0x0643, 0x0644, 0x0645, 0x0646, 0x0647, 0x0648, 0x064A,
    0x064A, -1, -1, -1, -1, -1, -1, -1,
    -1, -1, -1, -1, -1, -1, -1, -1,
    -1, -1, -1, -1, -1, -1, 0x0660, 0x0661,
    0x0662, 0x0663, 0x0664, 0x0665, 0x0666, 0x0667, 0x0668, 0x0669,
    0x066A, 0x066B, 0x066C, 0x066D, 0x066E, 0x066F, -1, 0x0627,
};

size_t summar_arabic_run_d8(const char *t, size_t i, size_t end) {
  size_t n = 0;
#ifdef __SSE2__
  /* Eight letters a block: each 16-bit lane holds a lead byte (low) and
   * its continuation (high); a letter is D8 A1..BF (U+0621..U+063F) or
   * D9 81..8A (U+0641..U+064A). */
  const __m128i low = _mm_set1_epi16(0x00FF);
  const __m128i d8 = _mm_set1_epi16(0xD8), d9 = _mm_set1_epi16(0xD9);
  const __m128i a0 = _mm_set1_epi16(0xA0), c0 = _mm_set1_epi16(0xC0);
  const __m128i x80 = _mm_set1_epi16(0x80), x8b = _mm_set1_epi16(0x8B);
  while (end - i >= 16) {
    __m128i v = _mm_loadu_si128((const __m128i *)(const void *)(t + i));
    __m128i lead = _mm_and_si128(v, low), cont = _mm_srli_epi16(v, 8);
    __m128i in8 = _mm_and_si128(_mm_cmpgt_epi16(cont, a0),
                                _mm_cmplt_epi16(cont, c0));
    __m128i in9 = _mm_and_si128(_mm_cmpgt_epi16(cont, x80),
                                _mm_cmplt_epi16(cont, x8b));
    __m128i ok = _mm_or_si128(_mm_and_si128(_mm_cmpeq_epi16(lead, d8), in8),
                              _mm_and_si128(_mm_cmpeq_epi16(lead, d9), in9));
    unsigned miss = ~(unsigned)_mm_movemask_epi8(ok) & 0xFFFFu;
    if (miss)
      return n + (size_t)__builtin_ctz(miss) / 2;
    n += 8;
    i += 16;
  }
#endif
  while (i < end && summar_arabic_letter_at(t, end, i) >= 0) {
    n++;
    i += 2;
  }
  return n;
}
