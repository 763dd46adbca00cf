/*
 * eval_ws.h - whitespace as the evaluation protocol counts it: ASCII
 * spaces and the common Unicode spaces (U+00A0, U+2000..200A, U+2028,
 * U+2029, U+202F).  Shared by `summar eval` and the tuning tool so that
 * both count words the same way.
 */
#ifndef SUMMAR_EVAL_WS_H
#define SUMMAR_EVAL_WS_H

#include <stddef.h>

/* Whether s[i] (of s[0..n)) starts a whitespace character; *skip gets its
 * length in bytes (1 when it is not whitespace). */
static inline int eval_ws_at(const char *s, size_t n, size_t i, size_t *skip) {
  unsigned char c = (unsigned char)s[i];
  *skip = 1;
  if (c == ' ' || (c >= 0x09 && c <= 0x0d))
    return 1;
  if (c == 0xc2 && i + 1 < n && (unsigned char)s[i + 1] == 0xa0) {
    *skip = 2; /* U+00A0 */
    return 1;
  }
  if (c == 0xe2 && i + 2 < n && (unsigned char)s[i + 1] == 0x80 &&
      ((unsigned char)s[i + 2] <= 0x8a || (unsigned char)s[i + 2] == 0xa8 ||
       (unsigned char)s[i + 2] == 0xa9 || (unsigned char)s[i + 2] == 0xaf)) {
    *skip = 3; /* U+2000..200A, 2028, 2029, 202F */
    return 1;
  }
  return 0;
}

#endif
