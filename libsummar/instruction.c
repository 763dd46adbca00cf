/*
 * instruction.c - a written request pasted with the text ("Summarize this
 * content to 2000 words in 6 paragraphs in Arabic", "لخص هذا المحتوى في
 * 2000 كلمة في 6 فقرات باللغة العربية"): the one parser of it.
 *
 * The phrases are data (data/request/<lang>.txt).  Nothing here
 * allocates: words are normalized into fixed buffers.
 */
#include "clean.h"
#include "lang.h"
#include "data_lists.h"

#include <string.h>

/* A glued Arabic one-letter clitic (و ب ف ل) stripped from a word, or
 * NULL. */
static const char *strip_prefix(const char *w) {
  for (size_t k = 0; summar_request_clitic[k]; k++) {
    size_t n = strlen(summar_request_clitic[k]);
    if (strncmp(w, summar_request_clitic[k], n) == 0 && strlen(w) > 2 * n)
      return w + n;
  }
  return NULL;
}

static unsigned numword_value(const char *w) {
  const summar_numword *nw = summar_request_number;
  for (size_t k = 0; nw[k].word; k++)
    if (strcmp(nw[k].word, w) == 0)
      return nw[k].value;
  /* ثلاثمائة, خمسمئة ...: a unit 3-9 glued to "hundred" (ئ reads ي once
   * unified) */
  const char *const *hundreds = summar_request_hundred;
  size_t n = strlen(w);
  for (size_t h = 0; hundreds[h]; h++) {
    size_t hn = strlen(hundreds[h]);
    if (n > hn && strcmp(w + n - hn, hundreds[h]) == 0) {
      char head[SUMMAR_LEXWORD_MAX];
      memcpy(head, w, n - hn);
      head[n - hn] = '\0';
      for (size_t k = 0; nw[k].word; k++)
        if (nw[k].value >= 3 && nw[k].value <= 9 &&
            strcmp(nw[k].word, head) == 0)
          return nw[k].value * 100;
    }
  }
  return 0;
}

/* A word as a number: digits, or a number word (with a glued و/ب). */
static unsigned long long word_number(const summar_lexword *w) {
  if (w->number)
    return w->value;
  unsigned v = numword_value(w->norm);
  if (!v) {
    const char *s = strip_prefix(w->norm);
    if (s)
      v = numword_value(s);
  }
  return v;
}

static int unit_in(const char *const *list, const char *w) {
  if (summar_in_list(list, w))
    return 1;
  const char *s = strip_prefix(w);
  return s && summar_in_list(list, s);
}

/* ------------------------------------------------------------ parser */

#define MAX_WORDS 60

/* The language named by the raw word (or by its folded form). */
static const char *lang_of_word(const char *text, const summar_lexword *w) {
  char raw[SUMMAR_LEXWORD_MAX * 2];
  size_t n = w->end - w->start;
  if (n >= sizeof raw || w->number)
    return NULL;
  memcpy(raw, text + w->start, n);
  raw[n] = '\0';
  /* Short words ("in", "it", "de") would read as language codes. */
  size_t chars = 0;
  for (size_t i = 0; i < n;)
    if (summar_utf8_next(raw, n, &i) >= 0)
      chars++;
  if (chars < 4)
    return NULL;
  const char *code = summar_lang_canonical(raw);
  if (!code)
    code = summar_lang_canonical(w->norm);
  if (code && strcmp(code, "und") == 0)
    code = NULL;
  return code;
}

/* Finds the verb within the first few words (after lead-ins), reading
 * words into w[0..*n).  Returns its index, or SIZE_MAX; *strong is set
 * for a verb that is the instruction by itself. */
static size_t find_verb(const char *text, size_t end, size_t *pos,
                        summar_lexword *w, size_t *n, int *strong) {
  *strong = 0;
  while (*n < 8 && summar_lexword_next(text, end, pos, &w[*n])) {
    const char *t = w[*n].norm;
    (*n)++;
    if (summar_in_list(summar_request_verb, t)) {
      *strong = 1;
      return *n - 1;
    }
    if (summar_in_list(summar_request_weak_verb, t) || summar_in_list(summar_request_make_verb, t))
      return *n - 1;
    if (!summar_in_list(summar_request_lead_in, t))
      return SIZE_MAX;
  }
  return SIZE_MAX;
}

/* Quantities after the verb: a number (digits or words) right before its
 * unit, or "فقرة واحدة" (the number after the unit). */
static void find_quantities(const summar_lexword *w, size_t verb, size_t n,
                            size_t *nwords, size_t *nparas) {
  *nwords = *nparas = 0;
  for (size_t k = verb + 1; k < n; k++) {
    int is_w = unit_in(summar_request_word_unit, w[k].norm);
    int is_p = !is_w && unit_in(summar_request_paragraph_unit, w[k].norm);
    if (!is_w && !is_p)
      continue;
    unsigned long long v = 0;
    if (is_p && (strcmp(w[k].norm, "فقرتين") == 0 ||
                 strcmp(w[k].norm, "فقرتان") == 0))
      v = 2;
    for (size_t b = 1; !v && b <= 3 && b <= k - verb - 1; b++) {
      const summar_lexword *c = &w[k - b];
      if (unit_in(summar_request_word_unit, c->norm) || unit_in(summar_request_paragraph_unit, c->norm))
        break;
      v = word_number(c);
    }
    if (!v && k + 1 < n && !w[k + 1].number)
      v = word_number(&w[k + 1]);
    if (v > 1000000)
      v = 0;
    if (is_w && v && !*nwords)
      *nwords = (size_t)v;
    if (is_p && v && !*nparas)
      *nparas = (size_t)v;
  }
}

/* Language: "in Arabic", "into French", "باللغة العربية", "بالعربية". */
static const char *find_language(const char *text, const summar_lexword *w,
                                 size_t verb, size_t n) {
  const char *code = NULL;
  for (size_t k = verb + 1; k < n && !code; k++) {
    const char *t = w[k].norm;
    if (summar_in_list(summar_request_language_marker, t) && k + 1 < n) {
      size_t m = k + 1;
      if (!strcmp(w[m].norm, "the") && m + 1 < n)
        m++;
      code = lang_of_word(text, &w[m]);
    } else if (!strncmp(t, "\xD8\xA8\xD8\xA7\xD9\x84", 6) || /* بال */
               !strcmp(t, "arabic") || !strcmp(t, "english") ||
               !strcmp(t, "french")) {
      code = lang_of_word(text, &w[k]);
    }
  }
  return code;
}

/* Whether a summary noun follows a "make" verb ("write a summary"). */
static int has_summary_noun(const summar_lexword *w, size_t verb, size_t n) {
  for (size_t k = verb + 1; k < n && k <= verb + 7; k++)
    if (summar_in_list(summar_request_summary_noun, w[k].norm))
      return 1;
  return 0;
}

/* Whether a bare "Summarize ..." is applied to the text ("this",
 * "النص"), or ends right after the verb. */
static int has_object(const summar_lexword *w, size_t verb, size_t n) {
  if (verb + 1 >= n)
    return 1;
  for (size_t k = verb + 1; k < n && k <= verb + 3; k++)
    if (summar_in_list(summar_request_object, w[k].norm))
      return 1;
  return 0;
}

int summar_parse_instruction(const char *text, size_t start, size_t end,
                             summar_instruction *out) {
  if (out)
    memset(out, 0, sizeof *out);
  if (!text || end <= start)
    return 0;
  summar_lexword w[MAX_WORDS + 1];
  size_t n = 0, pos = start;
  int strong;
  size_t verb = find_verb(text, end, &pos, w, &n, &strong);
  if (verb == SIZE_MAX)
    return 0;
  while (n <= MAX_WORDS && summar_lexword_next(text, end, &pos, &w[n]))
    n++;
  if (n > MAX_WORDS)
    return 0; /* a long line is text, not a request */

  const char *vt = w[verb].norm;
  int is_make = !strong && summar_in_list(summar_request_make_verb, vt);
  if (strcmp(vt, "sum") == 0 &&
      !(verb + 1 < n && !strcmp(w[verb + 1].norm, "up")))
    return 0;
  if (is_make && !has_summary_noun(w, verb, n))
    return 0;
  size_t nwords, nparas;
  find_quantities(w, verb, n, &nwords, &nparas);
  const char *code = find_language(text, w, verb, n);
  if (!strong && !is_make && !nwords && !nparas)
    return 0;
  if (strong && !nwords && !nparas && !code && !has_object(w, verb, n))
    return 0;
  if (out) {
    out->words = nwords;
    out->paragraphs = nparas;
    out->lang = code;
  }
  return 1;
}
