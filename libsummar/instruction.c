/*
 * instruction.c - a written request pasted with the text ("Summarize this
 * content to 2000 words in 6 paragraphs in Arabic", "لخص هذا المحتوى في
 * 2000 كلمة في 6 فقرات باللغة العربية"), and the small word lexer shared
 * with clean.c.
 *
 * Nothing here allocates: words are normalized into fixed buffers.
 */
#include "internal.h"

#include <string.h>

#include <unicode/uchar.h>
#include <utf8proc.h>

/* ------------------------------------------------------------ lexer */

static int is_mark(int32_t cp) {
  if (cp < 0x300)
    return 0;
  utf8proc_category_t c = utf8proc_category(cp);
  return c == UTF8PROC_CATEGORY_MN || c == UTF8PROC_CATEGORY_MC ||
         c == UTF8PROC_CATEGORY_ME || cp == 0x200C || cp == 0x200D;
}

/* Decimal digit value, or -1. */
static int digit_value(int32_t cp) {
  if (cp >= '0' && cp <= '9')
    return cp - '0';
  if (cp < 0x80)
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
  if ((cp >= 0x064B && cp <= 0x065F) || cp == 0x0670 || cp == 0x0640)
    return -1;
  switch (cp) {
  case 0x0622: case 0x0623: case 0x0625: case 0x0671:
    return 0x0627; /* alef variants */
  case 0x0649: case 0x0626:
    return 0x064A; /* ى ئ -> ي */
  case 0x0629:
    return 0x0647; /* ة -> ه */
  case 0x0624:
    return 0x0648; /* ؤ -> و */
  default:
    return utf8proc_tolower(cp);
  }
}

static void put_cp(summar_lexword *w, int32_t cp) {
  char enc[4];
  size_t n = summar_utf8_encode(cp, enc);
  if (w->norm_len + n < sizeof w->norm) {
    memcpy(w->norm + w->norm_len, enc, n);
    w->norm_len += n;
    w->norm[w->norm_len] = '\0';
  } else {
    w->truncated = 1;
  }
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

/* ------------------------------------------------------------ word lists */

static int in_list(const char *const *list, const char *w) {
  for (size_t k = 0; list[k]; k++)
    if (strcmp(list[k], w) == 0)
      return 1;
  return 0;
}

/* Arabic one-letter prefixes (و ب ف ل) glued to a word. */
static const char *strip_prefix(const char *w) {
  static const char *const pre[] = {"\xD9\x88", "\xD8\xA8", "\xD9\x81",
                                    "\xD9\x84", NULL};
  for (size_t k = 0; pre[k]; k++)
    if (strncmp(w, pre[k], 2) == 0 && strlen(w) > 4)
      return w + 2;
  return NULL;
}

/* Words said before the verb: "please", "can you", "من فضلك", "قم" ... */
static const char *const lead_ins[] = {
    "please", "pls", "kindly", "can", "could", "would", "will", "you", "i",
    "want", "need", "like", "to", "me", "for", "now", "just", "hey", "hi",
    "ok", "okay", "then", "help", "task", "instruction", "instructions",
    "prompt", "request", "and", "also",
    "من", "فضلك", "فضلكم", "رجاء", "الرجاء", "يرجي", "قم", "قومي", "قوموا",
    "اريد", "اود", "ارجو", "ممكن", "هل", "يمكنك", "يمكن", "لو", "سمحت",
    "منك", "ان", "المطلوب", "مطلوب", "s'il", "te", "vous", "plait", "plaît",
    "por", "favor", "bitte", NULL};

/* Verbs that are the instruction by themselves. */
static const char *const verbs[] = {
    "summarize", "summarise", "sum", "tldr",
    "لخص", "لخصي", "لخصوا", "لخصها", "لخصه", "لخصلي", "تلخيص", "بتلخيص",
    "اختصر", "اختصري", NULL};

/* Verbs that need a quantity to be taken as the instruction. */
static const char *const weak_verbs[] = {
    "condense", "shorten", "abridge", "résume", "résumez", "résumer",
    "resume", "resuma", "resumir", "resumen", "riassumi", "fasse",
    "zusammenfassen", "resumí", "باختصار", "اوجز", NULL};

/* "write / give / make ... a summary" */
static const char *const make_verbs[] = {
    "write", "give", "make", "create", "produce", "provide", "generate",
    "prepare", "draft", "compose", "do", "اكتب", "اكتبي", "اعط", "اعطني",
    "اعطيني", "قدم", "قدمي", "اعد", "اعدي", "اصنع", NULL};
static const char *const summary_nouns[] = {
    "summary", "summarization", "summarisation", "synopsis", "abstract",
    "tldr", "recap", "ملخص", "ملخصا", "تلخيص", "تلخيصا", "خلاصه", "resume",
    "résumé", "resumen", "zusammenfassung", "riassunto", NULL};

/* What a core verb is applied to: "this", "the following", "النص"... */
static const char *const objects[] = {
    "this", "these", "that", "the", "following", "below", "above", "it",
    "text", "article", "content", "passage", "story", "document", "page",
    "post", "news", "report", "هذا", "هذه", "ذلك",
    "تلك", "النص", "المقال", "المقاله", "المحتوي", "التالي", "الخبر",
    "الموضوع", "الماده", "ما", "يلي", "الاتي", "في", "الي", "الكلام",
    "التقرير", "ce", "cet", "cette", "le", "la", "les", "este", "esta",
    "el", "den", "diesen", NULL};

static const char *const word_units[] = {
    "words", "word", "كلمه", "كلمات", "mots", "mot", "palabras", "palabra",
    "wörter", "worte", "parole", "palavras", "слов", "слова", NULL};
static const char *const para_units[] = {
    "paragraphs", "paragraph", "paras", "para", "فقرات", "فقره", "فقرتين",
    "فقرتان", "paragraphes", "paragraphe", "párrafos", "párrafo", "absätze",
    "absätzen", "absatz", "paragrafi", "parágrafos", "абзаца", "абзацев",
    "абзац", NULL};

typedef struct numword {
  const char *w;
  unsigned value;
} numword;

static const numword numwords[] = {
    {"one", 1}, {"a", 1}, {"single", 1}, {"two", 2}, {"three", 3},
    {"four", 4}, {"five", 5}, {"six", 6}, {"seven", 7}, {"eight", 8},
    {"nine", 9}, {"ten", 10}, {"eleven", 11}, {"twelve", 12},
    {"fifteen", 15}, {"twenty", 20}, {"thirty", 30}, {"fifty", 50},
    {"hundred", 100}, {"thousand", 1000},
    {"واحد", 1}, {"واحده", 1}, {"اثنين", 2}, {"اثنتين", 2}, {"اثنان", 2},
    {"اثنتان", 2}, {"ثلاث", 3}, {"ثلاثه", 3}, {"اربع", 4}, {"اربعه", 4},
    {"خمس", 5}, {"خمسه", 5}, {"ست", 6}, {"سته", 6}, {"سبع", 7},
    {"سبعه", 7}, {"ثمان", 8}, {"ثماني", 8}, {"ثمانيه", 8}, {"تسع", 9},
    {"تسعه", 9}, {"عشر", 10}, {"عشره", 10}, {"عشرين", 20}, {"عشرون", 20},
    {"ثلاثين", 30}, {"خمسين", 50}, {"مايه", 100}, {"ميه", 100},
    {"مايتي", 200}, {"ميتي", 200}, {"مايتين", 200}, {"ميتين", 200},
    {"الف", 1000}, {"الفي", 2000}, {"الفين", 2000},
    {NULL, 0}};

static unsigned numword_value(const char *w) {
  for (size_t k = 0; numwords[k].w; k++)
    if (strcmp(numwords[k].w, w) == 0)
      return numwords[k].value;
  /* ثلاثمائة, خمسمئة ... (ئ reads ي once unified) */
  static const char *const hundreds[] = {"مايه", "ميه", NULL};
  size_t n = strlen(w);
  for (size_t h = 0; hundreds[h]; h++) {
    size_t hn = strlen(hundreds[h]);
    if (n > hn && strcmp(w + n - hn, hundreds[h]) == 0) {
      char head[SUMMAR_LEXWORD_MAX];
      memcpy(head, w, n - hn);
      head[n - hn] = '\0';
      for (size_t k = 0; numwords[k].w; k++)
        if (numwords[k].value >= 3 && numwords[k].value <= 9 &&
            strcmp(numwords[k].w, head) == 0)
          return numwords[k].value * 100;
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
  if (in_list(list, w))
    return 1;
  const char *s = strip_prefix(w);
  return s && in_list(list, s);
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

int summar_parse_instruction(const char *text, size_t start, size_t end,
                             size_t *words, size_t *paragraphs,
                             const char **lang) {
  if (words)
    *words = 0;
  if (paragraphs)
    *paragraphs = 0;
  if (lang)
    *lang = NULL;
  if (!text || end <= start)
    return 0;

  summar_lexword w[MAX_WORDS + 1];
  size_t n = 0, pos = start;

  /* The verb must come within the first few words (after lead-ins). */
  size_t verb = SIZE_MAX;
  int strong = 0;
  while (n < 8 && summar_lexword_next(text, end, &pos, &w[n])) {
    const char *t = w[n].norm;
    n++;
    if (in_list(verbs, t)) {
      verb = n - 1;
      strong = 1;
      break;
    }
    if (in_list(weak_verbs, t) || in_list(make_verbs, t)) {
      verb = n - 1;
      break;
    }
    if (in_list(lead_ins, t))
      continue;
    return 0;
  }
  if (verb == SIZE_MAX)
    return 0;
  while (n <= MAX_WORDS && summar_lexword_next(text, end, &pos, &w[n]))
    n++;
  if (n > MAX_WORDS)
    return 0; /* a long line is text, not a request */

  const char *vt = w[verb].norm;
  int is_make = !strong && in_list(make_verbs, vt);
  if (strcmp(vt, "sum") == 0 && !(verb + 1 < n && !strcmp(w[verb + 1].norm,
                                                            "up")))
    return 0;
  if (is_make) {
    int found = 0;
    for (size_t k = verb + 1; k < n && k <= verb + 7 && !found; k++)
      found = in_list(summary_nouns, w[k].norm);
    if (!found)
      return 0;
  }

  /* Quantities: a number (digits or words) right before its unit. */
  size_t nwords = 0, nparas = 0;
  for (size_t k = verb + 1; k < n; k++) {
    int is_w = unit_in(word_units, w[k].norm);
    int is_p = !is_w && unit_in(para_units, w[k].norm);
    if (!is_w && !is_p)
      continue;
    unsigned long long v = 0;
    if (is_p && (strcmp(w[k].norm, "فقرتين") == 0 ||
                 strcmp(w[k].norm, "فقرتان") == 0))
      v = 2;
    for (size_t b = 1; !v && b <= 3 && b <= k - verb - 1; b++) {
      const summar_lexword *c = &w[k - b];
      if (unit_in(word_units, c->norm) || unit_in(para_units, c->norm))
        break;
      v = word_number(c);
    }
    /* "فقرة واحدة": the number after the unit */
    if (!v && k + 1 < n && !w[k + 1].number)
      v = word_number(&w[k + 1]);
    if (v > 1000000)
      v = 0;
    if (is_w && v && !nwords)
      nwords = (size_t)v;
    if (is_p && v && !nparas)
      nparas = (size_t)v;
  }

  /* Language: "in Arabic", "into French", "باللغة العربية", "بالعربية". */
  const char *code = NULL;
  for (size_t k = verb + 1; k < n && !code; k++) {
    const char *t = w[k].norm;
    if ((!strcmp(t, "in") || !strcmp(t, "into") || !strcmp(t, "en") ||
         !strcmp(t, "auf") || !strcmp(t, "باللغه") || !strcmp(t, "اللغه") ||
         !strcmp(t, "بلغه") || !strcmp(t, "language")) &&
        k + 1 < n) {
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

  if (!strong && !is_make && !nwords && !nparas)
    return 0;
  if (strong && !nwords && !nparas && !code) {
    /* Bare "Summarize ..." must be applied to the text: "this", "النص". */
    int obj = 0;
    for (size_t k = verb + 1; k < n && k <= verb + 3 && !obj; k++)
      obj = in_list(objects, w[k].norm);
    if (!obj && verb + 1 < n)
      return 0;
  }
  if (words)
    *words = nwords;
  if (paragraphs)
    *paragraphs = nparas;
  if (lang)
    *lang = code;
  return 1;
}
