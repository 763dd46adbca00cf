/*
 * script.c - the script of a code point (ICU) and of a text, in the
 * classes cleaning and language detection use.
 */
#include "lang_int.h"

#include <utf8proc.h>

int summar_is_letter_or_mark(int32_t cp) {
  if (summar_is_arabic_letter(cp))
    return 1;
  switch (utf8proc_category(cp)) {
  case UTF8PROC_CATEGORY_LU: case UTF8PROC_CATEGORY_LL:
  case UTF8PROC_CATEGORY_LT: case UTF8PROC_CATEGORY_LM:
  case UTF8PROC_CATEGORY_LO: case UTF8PROC_CATEGORY_MN:
  case UTF8PROC_CATEGORY_MC: case UTF8PROC_CATEGORY_ME:
    return 1;
  default:
    return 0;
  }
}

int summar_is_letter(int32_t cp) {
  if (summar_is_arabic_letter(cp))
    return 1;
  switch (utf8proc_category(cp)) {
  case UTF8PROC_CATEGORY_LU: case UTF8PROC_CATEGORY_LL:
  case UTF8PROC_CATEGORY_LT: case UTF8PROC_CATEGORY_LM:
  case UTF8PROC_CATEGORY_LO:
    return 1;
  default:
    return 0;
  }
}

/* ICU script of a letter or mark, USCRIPT_COMMON for anything else. */
UScriptCode summar_icu_script(int32_t cp) {
  if (summar_is_arabic_letter(cp))
    return USCRIPT_ARABIC;
  if (cp < 0 || cp > 0x10FFFF || !summar_is_letter_or_mark(cp))
    return USCRIPT_COMMON;
  UErrorCode err = U_ZERO_ERROR;
  UScriptCode sc = uscript_getScript((UChar32)cp, &err);
  return U_FAILURE(err) ? USCRIPT_COMMON : sc;
}

summar_script summar_script_class(UScriptCode sc) {
  switch (sc) {
  case USCRIPT_COMMON: case USCRIPT_INHERITED: case USCRIPT_INVALID_CODE:
  case USCRIPT_UNKNOWN:
    return SUMMAR_SCRIPT_NONE;
  case USCRIPT_LATIN: return SUMMAR_SCRIPT_LATIN;
  case USCRIPT_ARABIC: return SUMMAR_SCRIPT_ARABIC;
  case USCRIPT_CYRILLIC: return SUMMAR_SCRIPT_CYRILLIC;
  case USCRIPT_GREEK: return SUMMAR_SCRIPT_GREEK;
  case USCRIPT_HEBREW: return SUMMAR_SCRIPT_HEBREW;
  case USCRIPT_ARMENIAN: return SUMMAR_SCRIPT_ARMENIAN;
  case USCRIPT_DEVANAGARI: return SUMMAR_SCRIPT_DEVANAGARI;
  case USCRIPT_TAMIL: return SUMMAR_SCRIPT_TAMIL;
  case USCRIPT_HAN: case USCRIPT_HIRAGANA: case USCRIPT_KATAKANA:
  case USCRIPT_HANGUL: case USCRIPT_BOPOMOFO:
  case USCRIPT_KATAKANA_OR_HIRAGANA:
    return SUMMAR_SCRIPT_HAN;
  case USCRIPT_THAI: return SUMMAR_SCRIPT_THAI;
  default: return SUMMAR_SCRIPT_OTHER;
  }
}

summar_script summar_script_of(int32_t cp) {
  if (cp < 0x80) {
    int c = cp | 0x20;
    return cp >= 0 && c >= 'a' && c <= 'z' ? SUMMAR_SCRIPT_LATIN
                                           : SUMMAR_SCRIPT_NONE;
  }
  if (summar_is_arabic_letter(cp))
    return SUMMAR_SCRIPT_ARABIC;
  return summar_script_class(summar_icu_script(cp));
}

summar_script summar_dominant_script(const char *text, size_t start,
                                     size_t end, double *share) {
  if (share)
    *share = 0;
  if (!text || start >= end)
    return SUMMAR_SCRIPT_NONE;
  size_t counts[SUMMAR_SCRIPT_COUNT] = {0};
  size_t i = start;
  while (i < end) {
    unsigned char c = (unsigned char)text[i];
    if (c < 0x80) {
      if (summar_is_ascii_alpha((char)c) && summar_ascii_run(text, i, end)) {
        counts[SUMMAR_SCRIPT_LATIN] += summar_ascii_letters(text, &i, end);
        continue;
      }
      i++;
      if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z')
        counts[SUMMAR_SCRIPT_LATIN]++;
      continue;
    }
    /* a run of Arabic letters at once */
    size_t run = summar_arabic_run(text, i, end);
    if (run) {
      i += 2 * run;
      counts[SUMMAR_SCRIPT_ARABIC] += run;
      continue;
    }
    int32_t cp = summar_utf8_next(text, end, &i);
    if (cp >= 0 && summar_is_letter(cp))
      counts[summar_script_of(cp)]++;
  }
  size_t total = 0, best = SUMMAR_SCRIPT_NONE;
  for (size_t s = 1; s < SUMMAR_SCRIPT_COUNT; s++) {
    total += counts[s];
    if (counts[s] > counts[best])
      best = s;
  }
  if (total == 0 || best == SUMMAR_SCRIPT_NONE)
    return SUMMAR_SCRIPT_NONE;
  if (share)
    *share = (double)counts[best] / (double)total;
  return (summar_script)best;
}

