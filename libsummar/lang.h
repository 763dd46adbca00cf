/*
 * lang.h - scripts of code points and texts, language tags and
 * names, language detection (lang*.c).
 * Internal, not installed.
 */
#ifndef SUMMAR_LANG_H
#define SUMMAR_LANG_H

#include "base.h"

/* Script classes used by cleaning and detection. */
typedef enum summar_script {
  SUMMAR_SCRIPT_NONE = 0, /* digits, punctuation, symbols, spaces */
  SUMMAR_SCRIPT_LATIN,
  SUMMAR_SCRIPT_ARABIC,
  SUMMAR_SCRIPT_CYRILLIC,
  SUMMAR_SCRIPT_GREEK,
  SUMMAR_SCRIPT_HEBREW,
  SUMMAR_SCRIPT_ARMENIAN,
  SUMMAR_SCRIPT_DEVANAGARI,
  SUMMAR_SCRIPT_TAMIL,
  SUMMAR_SCRIPT_HAN,      /* includes kana and hangul: CJK */
  SUMMAR_SCRIPT_THAI,
  SUMMAR_SCRIPT_OTHER,
  SUMMAR_SCRIPT_COUNT
} summar_script;

/* Script of one code point. */
summar_script summar_script_of(int32_t cp);
/* The script of most letters in text[start,end), SUMMAR_SCRIPT_NONE when
 * there is no letter.  *share (may be NULL) receives that script's share
 * of the letters, 0..1. */
summar_script summar_dominant_script(const char *text, size_t start,
                                     size_t end, double *share);
/* The script languages of tag `lang` are written in (Latin for "en"...). */
summar_script summar_lang_script(const char *lang);

/* Detects the language of text[start,end): script first, then stopword
 * profiles among the languages of that script.  Returns a static ISO 639-1
 * code, or "und".  *confident (may be NULL) is set to 1 when the evidence
 * was clear. */
const char *summar_lang_detect(const char *text, size_t start, size_t end,
                               int *confident);
/* Canonical static code for a BCP 47 tag or an English/native language
 * name ("en-GB" -> "en", "Arabic" -> "ar", "العربية" -> "ar", "zh-Hant" ->
 * "zh").  Returns NULL when the tag is malformed or the name unknown.
 * Any well-formed 2-3 letter primary subtag is accepted and returned from
 * a static table of known codes, else NULL. */
const char *summar_lang_canonical(const char *tag);
/* Whether `tag` is a well-formed BCP 47 tag (primary subtag of 2-3
 * letters, then subtags of 1-8 letters or digits), known or not. */
int summar_lang_is_tag(const char *tag);

#endif /* SUMMAR_LANG_H */
