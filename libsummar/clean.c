/*
 * clean.c - the cleaning stage: splits the text into blocks (clean_lines.c)
 * and flags those that are not article: program code (clean_code.c),
 * widgets, menus and captions (junk.c), lines in another script or
 * language, a written instruction (instruction.c), and, in text scraped
 * from a web page, the blocks outside its article (clean_body.c); finds
 * the headline.
 * Sentences of kept blocks get the same widget and instruction tests once
 * the segmenter has made them (summar_clean_sentence).
 */
#include "clean_int.h"

#include <string.h>

/* Lines and sentences longer than this are text, not an instruction. */
#define INSTRUCTION_MAX_WORDS 60
/* Sentences longer than this inside kept blocks are not widgets. */
#define WIDGET_SENTENCE_MAX_WORDS 12

/* ------------------------------------------------------------ classify */

/* The script of the body: the language's, unless the text hardly uses it
 * (a wrong tag), then the text's own dominant script. */
static summar_script body_script(const char *text, size_t len,
                                 const char *lang) {
  summar_script ls = summar_lang_script(lang);
  size_t counts[SUMMAR_SCRIPT_COUNT] = {0};
  size_t total = 0, i = 0;
  while (i < len) {
    /* ASCII and Arabic letters answered as summar_script_of() does */
    unsigned char c = (unsigned char)text[i];
    if (c < 0x80) {
      i++;
      if ((unsigned)((c | 0x20) - 'a') < 26) {
        counts[SUMMAR_SCRIPT_LATIN]++;
        total++;
      }
      continue;
    }
    if (summar_arabic_letter_at(text, len, i) >= 0) {
      i += 2;
      counts[SUMMAR_SCRIPT_ARABIC]++;
      total++;
      continue;
    }
    int32_t cp = summar_utf8_next(text, len, &i);
    if (cp < 0)
      continue;
    summar_script sc = summar_script_of(cp);
    if (sc != SUMMAR_SCRIPT_NONE && (unsigned)sc < SUMMAR_SCRIPT_COUNT) {
      counts[sc]++;
      total++;
    }
  }
  if (ls != SUMMAR_SCRIPT_NONE && counts[ls] * 5 >= total)
    return ls;
  summar_script best = SUMMAR_SCRIPT_NONE;
  for (int k = 1; k < SUMMAR_SCRIPT_COUNT; k++)
    if (counts[k] > counts[best])
      best = (summar_script)k;
  return counts[best] ? best : ls;
}

static int lang_known(const char *lang) {
  return lang && *lang && strcmp(lang, "und") != 0;
}

/* The drop bits of block b; a written instruction's content goes to
 * *instr. */
static unsigned classify(const char *text, const summar_block *b,
                         summar_script body, const char *lang,
                         summar_instruction *instr) {
  size_t s = b->start, e = b->end;
  if (b->code >= 0 ? b->code : summar_clean_is_code(text, s, e))
    return SUMMAR_SENT_CODE;
  unsigned flags = 0;
  summar_script sc = summar_dominant_script(text, s, e, NULL);
  if (sc != SUMMAR_SCRIPT_NONE && body != SUMMAR_SCRIPT_NONE && sc != body)
    flags |= SUMMAR_SENT_FOREIGN;
  size_t words = b->words;
  if (words <= INSTRUCTION_MAX_WORDS &&
      summar_parse_instruction(text, s, e, instr))
    return flags | SUMMAR_SENT_REQUEST;
  if (flags)
    return flags;
  if (summar_widget_flags(text, s, e) || summar_clean_is_menu(text, s, e) ||
      summar_clean_is_caption(text, s, e))
    return SUMMAR_SENT_JUNK;
  /* Another language in the same script, told confidently. */
  if (words >= 8 && lang_known(lang)) {
    int confident = 0;
    const char *l = summar_lang_detect(text, s, e, &confident);
    if (confident && lang_known(l) && strcmp(l, lang) != 0 &&
        summar_lang_script(l) == body)
      return SUMMAR_SENT_FOREIGN;
  }
  return 0;
}

/* The headline: the longest short unpunctuated kept line among the few
 * kept lines right before the first body block. */
static void find_title(const char *text, summar_blockvec *bv) {
  size_t body = SIZE_MAX;
  for (size_t i = 0; i < bv->n && body == SIZE_MAX; i++) {
    const summar_block *b = &bv->v[i];
    if (b->flags)
      continue;
    size_t words = summar_word_count(text + b->start, b->end - b->start);
    if ((words >= 6 && summar_text_ends_terminal(text, b->start, b->end)) || words >= 15)
      body = i;
  }
  if (body == SIZE_MAX || body == 0)
    return;
  size_t best = SIZE_MAX, best_words = 0, seen = 0;
  for (size_t i = body; i-- > 0 && seen < 4;) {
    const summar_block *b = &bv->v[i];
    if (b->flags)
      continue;
    seen++;
    size_t words = summar_word_count(text + b->start, b->end - b->start);
    int32_t fin = summar_text_final_cp(text, b->start, b->end);
    if (words < 2 || words > 25 || summar_text_count_chars(text, b->start, b->end) > 250 ||
        summar_text_is_terminal(fin) || fin == ':' || fin == 0x061B || fin == ';')
      continue;
    if (words > best_words) {
      best = i;
      best_words = words;
    }
  }
  if (best != SIZE_MAX)
    bv->v[best].flags |= SUMMAR_SENT_TITLE;
}

summar_status summar_clean_classify(const summar_allocator *a,
                                    const char *text, size_t len,
                                    const char *lang, summar_blockvec *out) {
  summar_status st = summar_clean_split_lines(a, text, len, out);
  if (st != SUMMAR_OK) {
    summar_blockvec_free(out);
    return st;
  }
  summar_script body = body_script(text, len, lang);
  int kept = 0;
  for (size_t i = 0; i < out->n; i++) {
    summar_instruction instr;
    out->v[i].flags = classify(text, &out->v[i], body, lang, &instr);
    if ((out->v[i].flags & SUMMAR_SENT_REQUEST) && !out->has_request) {
      out->has_request = 1;
      out->request = instr;
    }
    kept |= !(out->v[i].flags & SUMMAR_SENT_DROP);
  }
  /* A text of figures only (a table, a list of numbers) is its own
   * content: lines without letters are kept when nothing else is. */
  for (size_t i = 0; !kept && i < out->n; i++) {
    summar_block *b = &out->v[i];
    if (b->flags == SUMMAR_SENT_CODE &&
        summar_dominant_script(text, b->start, b->end, NULL) ==
            SUMMAR_SCRIPT_NONE &&
        b->words > 0)
      b->flags = 0;
  }
  return SUMMAR_OK;
}

summar_status summar_clean_blocks(const summar_allocator *a, const char *text,
                                  size_t len, const char *lang, int no_clean,
                                  summar_blockvec *out) {
  if (!a || !out || (!text && len > 0))
    return SUMMAR_ERR_ARG;
  memset(out, 0, sizeof *out);
  out->a = a;
  if (len == 0)
    return SUMMAR_OK;
  if (no_clean) {
    summar_status st = summar_clean_split_paragraphs(text, len, out);
    if (st != SUMMAR_OK)
      summar_blockvec_free(out);
    return st;
  }
  summar_status st = summar_clean_classify(a, text, len, lang, out);
  if (st != SUMMAR_OK)
    return st;
  if (summar_clean_flag_body(a, text, out)) {
    summar_blockvec_free(out);
    return SUMMAR_ERR_NOMEM;
  }
  find_title(text, out);
  return SUMMAR_OK;
}

unsigned summar_clean_sentence(const char *text, size_t start, size_t end,
                               size_t words, summar_instruction *instr) {
  unsigned flags = 0;
  if (words <= WIDGET_SENTENCE_MAX_WORDS)
    flags = summar_widget_flags(text, start, end);
  if (!flags && words <= INSTRUCTION_MAX_WORDS &&
      summar_parse_instruction(text, start, end, instr))
    flags = SUMMAR_SENT_REQUEST;
  return flags;
}
