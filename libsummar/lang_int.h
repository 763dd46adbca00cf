/*
 * lang_int.h - what the files of the language layer share (script.c,
 * lang.c, lang_detect.c).  Internal to that layer.
 */
#ifndef SUMMAR_LANG_INT_H
#define SUMMAR_LANG_INT_H

#include "lang.h"

#include <unicode/uscript.h>

/* A letter (L*) / a letter or a combining mark (L*, M*). */
int summar_is_letter(int32_t cp);
int summar_is_letter_or_mark(int32_t cp);
/* ICU script of a letter or mark, USCRIPT_COMMON for anything else. */
UScriptCode summar_icu_script(int32_t cp);
/* The class of an ICU script. */
summar_script summar_script_class(UScriptCode sc);

/* An ASCII letter. */
static inline int summar_is_ascii_alpha(char c) {
  return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
}

#endif /* SUMMAR_LANG_INT_H */
