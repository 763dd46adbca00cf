/*
 * lang_int.h - what the files of the language layer share (script.c,
 * lang.c, lang_detect.c).  Internal to that layer.
 */
#ifndef SUMMAR_LANG_INT_H
#define SUMMAR_LANG_INT_H

#include "lang.h"

#include <stdint.h>
#include <string.h>

#include <unicode/uscript.h>

/* A letter (L*) / a letter or a combining mark (L*, M*). */
int summar_is_letter(int32_t cp);
int summar_is_letter_or_mark(int32_t cp);
/* ICU script of a letter or mark, USCRIPT_COMMON for anything else. */
UScriptCode summar_icu_script(int32_t cp);
/* The class of an ICU script. */
summar_script summar_script_class(UScriptCode sc);

/* Whether the eight bytes at text[i] (i <= end) are ASCII and none is a
 * '<': a run summar_ascii_letters() reads. */
static inline int summar_ascii_run(const char *text, size_t i, size_t end) {
  const uint64_t ones = 0x0101010101010101ull, high = ones * 0x80;
  if (end - i < 8)
    return 0;
  uint64_t x;
  memcpy(&x, text + i, 8);
  uint64_t lt = x ^ (ones * '<'); /* a zero byte for each '<' */
  return !(x & high) && !((lt - ones) & ~lt & high);
}

/* Counts the ASCII letters of text[*i, end) eight bytes at a time while
 * summar_ascii_run() holds, and moves *i past the bytes read. */
static inline size_t summar_ascii_letters(const char *text, size_t *i,
                                          size_t end) {
  const uint64_t ones = 0x0101010101010101ull, high = ones * 0x80;
  size_t n = 0;
  for (; summar_ascii_run(text, *i, end); *i += 8) {
    uint64_t y;
    memcpy(&y, text + *i, 8);
    /* Each byte ORed with 0x20 is a letter from 0x61 to 0x7A: its high
     * bit set by adding 0x1F, and not by adding 0x05. */
    y |= ones * 0x20;
    n += summar_bit_count((y + ones * 0x1F) & ~(y + ones * 0x05) & high);
  }
  return n;
}

/* An ASCII letter. */
static inline int summar_is_ascii_alpha(char c) {
  return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
}

#endif /* SUMMAR_LANG_INT_H */
