/*
 * units.c - what a sentence's words say about its role, from the phrase
 * lists of its language (data/anaphora/, data/headings/): a sentence that
 * opens with an anaphor (a pronoun or demonstrative referring back: "He",
 * "This", "O segundo", "وهذا"), and a unit that is only a section name
 * ("1 Introduction", "Acknowledgments.", "الخاتمة:").
 *
 * Words are read with the cleaners' word lexer (summar_lexword_next:
 * lower case, Arabic letters unified, punctuation skipped), so an opening
 * quote or bracket does not hide the first word.  Nothing is allocated.
 */
#include "internal.h"
#include "data_lists.h"

#include <string.h>

/* Longest phrase of a list, in words. */
#define UNITS_MAX_PHRASE 4
/* Section numbers skipped before a heading name: "2", "2.1", "IV", "A". */
#define UNITS_MAX_NUMBERS 3

/* Appends word w to buf (holding len bytes) after a space; 0 when it
 * does not fit. */
static int append_word(char *buf, size_t cap, size_t *len,
                       const summar_lexword *w) {
  size_t need = (*len ? 1 : 0) + w->norm_len + 1;
  if (w->truncated || *len + need > cap)
    return 0;
  if (*len)
    buf[(*len)++] = ' ';
  memcpy(buf + *len, w->norm, w->norm_len + 1);
  *len += w->norm_len;
  return 1;
}

int summar_sent_opens_anaphor(const summar_doc *doc, size_t i) {
  const summar_anaphora_lists *l = summar_anaphora_find(doc->lang);
  if (!l || !l->anaphora || i >= doc->nsents)
    return 0;
  const summar_sent *se = &doc->sents[i];
  char buf[UNITS_MAX_PHRASE * (SUMMAR_LEXWORD_MAX + 1)];
  size_t len = 0, pos = se->start;
  summar_lexword w;
  for (int k = 0; k < UNITS_MAX_PHRASE &&
                  summar_lexword_next(doc->text, se->end, &pos, &w);
       k++) {
    if (w.number || !append_word(buf, sizeof buf, &len, &w))
      return 0;
    if (summar_in_list(l->anaphora, buf))
      return 1;
  }
  return 0;
}

/* Whether a word can be a section number: digits, a Roman numeral of up
 * to four letters, or a single letter ("A. Methods"). */
static int section_number(const summar_lexword *w) {
  if (w->number)
    return 1;
  if (w->norm_len == 1)
    return 1;
  if (w->norm_len > 4)
    return 0;
  return strspn(w->norm, "ivxlc") == w->norm_len;
}

int summar_sent_is_section_name(const summar_doc *doc, size_t i) {
  const summar_headings_lists *l = summar_headings_find(doc->lang);
  if (!l || !l->headings || i >= doc->nsents)
    return 0;
  const summar_sent *se = &doc->sents[i];
  char buf[(UNITS_MAX_PHRASE + 1) * (SUMMAR_LEXWORD_MAX + 1)];
  size_t len = 0, pos = se->start, numbers = 0, words = 0;
  summar_lexword w;
  while (summar_lexword_next(doc->text, se->end, &pos, &w)) {
    if (!words && numbers < UNITS_MAX_NUMBERS && section_number(&w)) {
      /* "I" or "A" alone is a word of the name only when nothing follows */
      summar_lexword next;
      size_t p2 = pos;
      if (summar_lexword_next(doc->text, se->end, &p2, &next)) {
        numbers++;
        continue;
      }
    }
    if (++words > UNITS_MAX_PHRASE || !append_word(buf, sizeof buf, &len, &w))
      return 0;
  }
  return words > 0 && summar_in_list(l->headings, buf);
}
