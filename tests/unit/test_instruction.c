/* Unit tests of instruction parsing (instruction.c): the request written
 * into the pasted text, in English and Arabic, and lines that only mention
 * a summary. */
#include "internal.h"
#include "../common/tap.h"

#include <string.h>

static int parse(const char *s, size_t *w, size_t *p, const char **l) {
  summar_instruction in;
  int r = summar_parse_instruction(s, 0, strlen(s), &in);
  *w = in.words;
  *p = in.paragraphs;
  *l = in.lang;
  return r;
}

/* Parses s and checks words, paragraphs and language (NULL: none). */
static int expect(const char *s, size_t words, size_t paras,
                  const char *lang) {
  size_t w = 99, p = 99;
  const char *l = "x";
  if (!parse(s, &w, &p, &l))
    return 0;
  if (w != words || p != paras)
    return 0;
  if (!lang)
    return l == NULL;
  return l && strcmp(l, lang) == 0;
}

static int rejected(const char *s) {
  size_t w = 99, p = 99;
  const char *l = "x";
  return !parse(s, &w, &p, &l) && w == 0 && p == 0 && l == NULL;
}

int main(void) {
  /* English phrasings. */
  CHECK(expect("Summarize this content to 2000 words in 6 paragraphs in "
               "Arabic", 2000, 6, "ar"),
        "the user's request: 2000 words, 6 paragraphs, Arabic");
  CHECK(expect("Summarise the following article in 150 words", 150, 0, NULL),
        "British spelling, words only");
  CHECK(expect("Please summarize this text in 3 paragraphs (about 500 "
               "words) in English", 500, 3, "en"),
        "please + paragraphs before words + language");
  CHECK(expect("Write a 300-word summary in 2 paragraphs", 300, 2, NULL),
        "write a N-word summary");
  CHECK(expect("Summarize this content to 2,000 words in six paragraphs in "
               "French", 2000, 6, "fr"),
        "thousands separator and a number word");
  CHECK(expect("Can you sum up this article in two paragraphs?", 0, 2, NULL),
        "can you sum up ...");
  CHECK(expect("Summarize the text below.", 0, 0, NULL),
        "bare instruction applied to the text");

  /* Arabic phrasings. */
  CHECK(expect("لخص هذا المحتوى في 2000 كلمة في 6 فقرات باللغة العربية",
               2000, 6, "ar"),
        "Arabic: words, paragraphs, باللغة العربية");
  CHECK(expect("لخّص النص التالي في ٣ فقرات و٢٠٠ كلمة", 200, 3, NULL),
        "Arabic with shadda, Arabic-Indic digits, glued و");
  CHECK(expect("قم بتلخيص هذا المقال في 500 كلمة", 500, 0, NULL),
        "قم بتلخيص ...");
  CHECK(expect("لخص المقال في ثلاث فقرات وخمسمائة كلمة بالعربية", 500, 3,
               "ar"),
        "Arabic number words (ثلاث, خمسمائة) and بالعربية");
  CHECK(expect("من فضلك لخص النص في فقرتين", 0, 2, NULL),
        "dual فقرتين is two paragraphs");
  CHECK(expect("اكتب ملخصا في فقرة واحدة", 0, 1, NULL),
        "write a summary in one paragraph (number after the unit)");

  /* Offsets: only text[start,end) is read. */
  const char *two = "Intro line.\nSummarize this in 120 words\nMore.";
  summar_instruction in;
  size_t s = strlen("Intro line.\n");
  size_t e = s + strlen("Summarize this in 120 words");
  CHECK(summar_parse_instruction(two, s, e, &in) == 1 && in.words == 120,
        "parses the given range only");
  CHECK(summar_parse_instruction(two, 0, s, &in) == 0 && in.words == 0,
        "the line before is not an instruction");
  CHECK(summar_parse_instruction(two, s, e, NULL) == 1,
        "the out pointer may be NULL");

  /* Not instructions. */
  CHECK(rejected("The summary of the report was published in 2020."),
        "a sentence mentioning a summary");
  CHECK(rejected("Summarize your goals in a notebook, experts say."),
        "an imperative in an article, not about the text");
  CHECK(rejected("In summary, the council approved 300 new homes in 2 "
                 "districts."),
        "'In summary' with numbers");
  CHECK(rejected("قال المبعوث الروسي إن ملخص التقرير نشر في 2020."),
        "Arabic sentence mentioning ملخص");
  CHECK(rejected("We wrote 300 words in 2 paragraphs yesterday."),
        "numbers and units without the verb");
  CHECK(rejected(""), "empty line");
  CHECK(summar_parse_instruction(NULL, 0, 5, &in) == 0, "NULL text");
  {
    /* A long line starting with the verb is text, not a request. */
    char longl[2000] = "Summarize this";
    for (int k = 0; k < 70; k++)
      strcat(longl, " word");
    CHECK(rejected(longl), "more than 60 words is not an instruction");
  }

  /* The shared lexer. */
  summar_lexword lw;
  size_t pos = 0;
  const char *lx = "أيضاً ٢٬٠٠٠ x300-word";
  int ok = summar_lexword_next(lx, strlen(lx), &pos, &lw) &&
           strcmp(lw.norm, "ايضا") == 0;
  ok = ok && summar_lexword_next(lx, strlen(lx), &pos, &lw) && lw.number &&
       lw.value == 2000;
  ok = ok && summar_lexword_next(lx, strlen(lx), &pos, &lw) &&
       strcmp(lw.norm, "x") == 0;
  ok = ok && summar_lexword_next(lx, strlen(lx), &pos, &lw) &&
       lw.value == 300;
  ok = ok && summar_lexword_next(lx, strlen(lx), &pos, &lw) &&
       strcmp(lw.norm, "word") == 0;
  ok = ok && !summar_lexword_next(lx, strlen(lx), &pos, &lw);
  CHECK(ok, "lexer: tanween dropped, Arabic thousands, letter/digit split");

  /* The lexer and the tokenizer's normalizer unify Arabic letters by the
   * same rule (summar_arabic_unify). */
  static const char *const arabic[] = {
      "أحمد", "إسلام", "آمن", "ٱلله", "مستشفى", "مدرسة", "مؤتمر", "رئيس",
      "كَتَبَ", "كـــتـاب", "الكتاب"};
  int same = 1;
  for (size_t k = 0; k < sizeof arabic / sizeof arabic[0]; k++) {
    summar_buf b;
    summar_buf_init(&b, &summar_default_allocator);
    size_t at = 0;
    size_t len = strlen(arabic[k]);
    int got = summar_normalize(arabic[k], len, &b) == SUMMAR_OK &&
              summar_lexword_next(arabic[k], len, &at, &lw) &&
              at == len && strcmp(lw.norm, b.data) == 0;
    if (!got) {
      printf("# %s: lexer \"%s\", normalizer \"%s\"\n", arabic[k], lw.norm,
             b.data ? b.data : "");
      same = 0;
    }
    summar_buf_free(&b);
  }
  CHECK(same, "lexer and normalizer unify Arabic letters alike");
  CHECK(summar_arabic_unify(0x0623) == 0x0627 &&
            summar_arabic_unify(0x0649) == 0x064A &&
            summar_arabic_unify(0x0629) == 0x0647 &&
            summar_arabic_unify(0x0624) == 0x0648 &&
            summar_arabic_unify(0x0640) == -1 &&
            summar_arabic_unify(0x064E) == -1 &&
            summar_arabic_unify(0x0628) == 0x0628 &&
            summar_arabic_unify('a') == 'a',
        "Arabic unification: variants, dropped marks, other letters kept");
  return tap_done();
}
