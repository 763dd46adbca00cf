/*
 * clean.c - the cleaning stage: splits the text into blocks (clean_lines.c)
 * and flags those that are not article: program code (clean_code.c),
 * widgets, menus and captions (junk.c), lines in another script or
 * language, a written instruction (instruction.c), and, in text scraped
 * from a web page, the blocks outside its densest runs of text; finds the
 * headline.
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
  if (summar_clean_is_code(text, s, e))
    return SUMMAR_SENT_CODE;
  unsigned flags = 0;
  summar_script sc = summar_dominant_script(text, s, e, NULL);
  if (sc != SUMMAR_SCRIPT_NONE && body != SUMMAR_SCRIPT_NONE && sc != body)
    flags |= SUMMAR_SENT_FOREIGN;
  size_t words = summar_word_count(text + s, e - s);
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

/* ------------------------------------------------------------ body */

/* Text scraped from a web page keeps the page's menus, teasers and
 * footers around the article.  The article is the densest run of blocks
 * (Finn, Kushmerick and Smyth's body text extraction, by blocks): a block
 * that reads as text (BODY_TEXT_WORDS words or more, or BODY_SENT_WORDS
 * ending a sentence) adds its words, any other block (a menu item, a
 * heading, a date) takes BODY_SHORT_COST plus its words; the run with the
 * largest sum is the body.  Runs outside it worth BODY_MORE of its sum
 * (an article in parts, between pictures and teasers) join it, looked for
 * at most BODY_MAX_RUNS times.  When BODY_MIN_OUTSIDE or more kept blocks
 * lie outside them, the text is a page and those blocks are junk; a plain
 * article's title and byline are fewer, and stay. */
#define BODY_TEXT_WORDS 15
#define BODY_SENT_WORDS 8
#define BODY_SHORT_COST 10
#define BODY_MORE 0.3
#define BODY_MAX_RUNS 16
#define BODY_MIN_OUTSIDE 5

/* The densest run of v[lo, hi): its sum, and [*s, *e). */
static long densest(const long *v, size_t lo, size_t hi, size_t *s,
                    size_t *e) {
  long best = 0, cur = 0;
  size_t start = lo;
  *s = *e = lo;
  for (size_t i = lo; i < hi; i++) {
    if (cur <= 0) {
      cur = 0;
      start = i;
    }
    cur += v[i];
    if (cur > best) {
      best = cur;
      *s = start;
      *e = i + 1;
    }
  }
  return best;
}

/* Returns 0, or -1 on allocation failure. */
static int flag_outside_body(const summar_allocator *a, const char *text,
                             summar_blockvec *bv) {
  if (bv->n == 0)
    return 0;
  long *v = summar_calloc(a, bv->n, sizeof *v);
  unsigned char *in = summar_calloc(a, bv->n, 1);
  if (!v || !in) {
    summar_dealloc(a, v);
    summar_dealloc(a, in);
    return -1;
  }
  for (size_t i = 0; i < bv->n; i++) {
    const summar_block *b = &bv->v[i];
    long w = (long)summar_word_count(text + b->start, b->end - b->start);
    int is_text = !(b->flags & SUMMAR_SENT_DROP) &&
                  (w >= BODY_TEXT_WORDS ||
                   (w >= BODY_SENT_WORDS &&
                    summar_text_ends_terminal(text, b->start, b->end)));
    v[i] = is_text ? w : -(BODY_SHORT_COST + w);
  }
  /* ranges still to search, as a stack of [lo, hi) */
  size_t lo[BODY_MAX_RUNS + 1], hi[BODY_MAX_RUNS + 1], top = 0;
  lo[top] = 0;
  hi[top++] = bv->n;
  long body = 0;
  for (int runs = 0; top && runs < BODY_MAX_RUNS; runs++) {
    top--;
    size_t l = lo[top], h = hi[top], s, e;
    long sum = densest(v, l, h, &s, &e);
    if (sum <= 0 || (body && (double)sum < BODY_MORE * (double)body))
      continue;
    if (!body)
      body = sum;
    memset(in + s, 1, e - s);
    if (s > l && top < BODY_MAX_RUNS) {
      lo[top] = l;
      hi[top++] = s;
    }
    if (h > e && top < BODY_MAX_RUNS) {
      lo[top] = e;
      hi[top++] = h;
    }
  }
  size_t outside = 0;
  for (size_t i = 0; i < bv->n; i++)
    outside += !in[i] && !(bv->v[i].flags & SUMMAR_SENT_DROP);
  for (size_t i = 0; body && outside >= BODY_MIN_OUTSIDE && i < bv->n; i++)
    if (!in[i])
      bv->v[i].flags |= SUMMAR_SENT_JUNK;
  summar_dealloc(a, v);
  summar_dealloc(a, in);
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

summar_status summar_clean_blocks(const summar_allocator *a, const char *text,
                                  size_t len, const char *lang, int no_clean,
                                  summar_blockvec *out) {
  if (!a || !out || (!text && len > 0))
    return SUMMAR_ERR_ARG;
  memset(out, 0, sizeof *out);
  out->a = a;
  if (len == 0)
    return SUMMAR_OK;
  summar_status st = no_clean ? summar_clean_split_paragraphs(text, len, out)
                              : summar_clean_split_lines(a, text, len, out);
  if (st != SUMMAR_OK || no_clean) {
    if (st != SUMMAR_OK)
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
        summar_word_count(text + b->start, b->end - b->start) > 0)
      b->flags = 0;
  }
  if (flag_outside_body(a, text, out)) {
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
