/*
 * clean_lines.c - splits plain text into blocks: lines, hard-wrapped lines
 * joined, paragraphs numbered by blank lines, double-spaced text told from
 * blank-line paragraphs.
 */
#include "clean_int.h"

#include <string.h>

#include <utf8proc.h>

/* ------------------------------------------------------------ lines */

typedef struct line {
  size_t start, end; /* trimmed; start == end for a blank line */
  size_t chars;
  size_t words;
  int code;          /* looks like code */
  int quoting;       /* a « is still open from the line before */
  int quoting_dbl;   /* the same across blank lines */
  int menu_sep;      /* holds a menu separator (given `quoting`); -1 until
                        line_menu_sep() reads it */
  int open;          /* ends without terminal punctuation */
  int para_end;      /* a blank line or the end of the text follows */
} line;

static int starts_lower(const char *text, size_t s, size_t e) {
  size_t i = s;
  int32_t cp = summar_utf8_next(text, e, &i);
  return cp > 0 && utf8proc_category(cp) == UTF8PROC_CATEGORY_LL;
}

static int starts_list_marker(const char *text, size_t s, size_t e) {
  size_t i = s;
  int32_t cp = summar_utf8_next(text, e, &i);
  switch (cp) {
  case '-': case '*': case '+': case 0x2022: case 0x2013: case 0x2014:
  case 0x25AA: case 0x25CF:
    return 1;
  default:
    return cp >= '0' && cp <= '9';
  }
}

/* Hard wrapping fills lines to a fixed width in this range (characters). */
#define WRAP_MIN_WIDTH 55
#define WRAP_MAX_WIDTH 110

/* Whether line l holds a menu separator: read the first time it is
 * asked, for most lines are paragraphs of their own and never are. */
static int line_menu_sep(const char *text, line *l) {
  if (l->menu_sep < 0)
    l->menu_sep =
        summar_clean_has_menu_separator(text, l->start, l->end, l->quoting);
  return l->menu_sep;
}

/* Whether line a continues into line b (hard wrap) in a paragraph whose
 * longest line has `width` characters and `nlines` lines. */
static int continues(const char *text, line *a, line *b, size_t width) {
  if (a->code || b->code || line_menu_sep(text, a) ||
      line_menu_sep(text, b))
    return 0;
  if (summar_text_ends_terminal(text, a->start, a->end))
    return 0;
  int32_t last = summar_text_last_cp(text, a->start, a->end, NULL);
  if (last == ':' || last == 0x061B)
    return 0;
  if (starts_list_marker(text, b->start, b->end))
    return 0;
  if ((last == '-' || last == ',' || last == 0x060C) && a->words >= 3)
    return 1;
  if (starts_lower(text, b->start, b->end) && a->words >= 3)
    return 1;
  /* A hard-wrapped paragraph: lines near a fixed width, the next one
   * starting with a letter or digit. */
  size_t i = b->start;
  int32_t first = summar_utf8_next(text, b->end, &i);
  return width >= WRAP_MIN_WIDTH && width <= WRAP_MAX_WIDTH &&
         a->chars >= 45 && a->chars * 4 >= width * 3 && first > 0 &&
         summar_is_alnum(first);
}

/* ------------------------------------------------------------ blocks */

void summar_blockvec_free(summar_blockvec *bv) {
  if (!bv)
    return;
  if (bv->a)
    summar_dealloc(bv->a, bv->v);
  bv->v = NULL;
  bv->n = bv->cap = 0;
}

static int push_block(summar_blockvec *bv, size_t s, size_t e, size_t para) {
  if (summar_grow(bv->a, (void **)&bv->v, &bv->cap, bv->n + 1, sizeof *bv->v))
    return -1;
  summar_block *b = &bv->v[bv->n++];
  b->start = s;
  b->end = e;
  b->para = para;
  b->words = 0;
  b->flags = 0;
  b->soft_blank = 0;
  b->code = -1;
  return 0;
}

/* Reads the next line of text[*pos, len): fills l (trimmed). */
static void next_line(const char *text, size_t len, size_t *pos, line *l) {
  const char *nl = memchr(text + *pos, '\n', len - *pos);
  size_t e = nl ? (size_t)(nl - text) : len;
  l->start = *pos;
  l->end = e;
  summar_text_trim(text, &l->start, &l->end);
  *pos = nl ? e + 1 : len;
}

summar_status summar_clean_split_paragraphs(const char *text, size_t len,
                                      summar_blockvec *out) {
  size_t pos = 0, para = 0, ps = SIZE_MAX, pe = 0;
  while (pos < len) {
    line l;
    next_line(text, len, &pos, &l);
    if (l.start == l.end) {
      if (ps != SIZE_MAX) {
        if (push_block(out, ps, pe, para++))
          return SUMMAR_ERR_NOMEM;
        ps = SIZE_MAX;
      }
      continue;
    }
    if (ps == SIZE_MAX)
      ps = l.start;
    pe = l.end;
  }
  if (ps != SIZE_MAX && push_block(out, ps, pe, para))
    return SUMMAR_ERR_NOMEM;
  return SUMMAR_OK;
}

/* Double-spaced hard wrapping: a blank line after every line of a text
 * wrapped at a fixed width, so blank lines fall inside sentences.  Told by
 * 6+ paragraphs, 80% or more of them single lines, most of those (60%)
 * ending without terminal punctuation, and the lines near a fixed width
 * (the median at least 3/4 of the longest, which is a wrap width). */
#define DOUBLE_MIN_PARAS 6

static int double_spaced(const line *l, size_t n) {
  size_t paras = 0, single = 0, open = 0, width = 0, wide = 0;
  for (size_t k = 0; k < n; k++) {
    paras += l[k].para_end;
    if (l[k].para_end && (k == 0 || l[k - 1].para_end)) {
      single++;
      open += l[k].open;
    }
    if (l[k].chars > width)
      width = l[k].chars;
  }
  if (paras < DOUBLE_MIN_PARAS || single * 5 < paras * 4 ||
      open * 5 < single * 3 || width < WRAP_MIN_WIDTH ||
      width > WRAP_MAX_WIDTH)
    return 0;
  for (size_t k = 0; k < n; k++)
    wide += l[k].chars * 4 >= width * 3;
  return wide * 2 >= n; /* the median line is near the width */
}

/* Emits the blocks of lines l[0..n) (one paragraph, or in double-spaced
 * text the whole text), joining hard-wrapped lines; *para numbers them. */
static int push_group(const char *text, line *l, size_t n, int dbl,
                      size_t *para, summar_blockvec *out) {
  size_t width = 0;
  for (size_t k = 0; k < n; k++)
    if (l[k].chars > width)
      width = l[k].chars;
  size_t bs = 0, words = 0;
  for (size_t k = 0; k < n; k++) {
    words += l[k].words; /* whitespace joins lines: their words add up */
    if (k + 1 < n && continues(text, &l[k], &l[k + 1], width))
      continue;
    if (push_block(out, l[bs].start, l[k].end, *para))
      return -1;
    out->v[out->n - 1].soft_blank = dbl;
    out->v[out->n - 1].words = words;
    if (bs == k) /* one line: the same bytes */
      out->v[out->n - 1].code = l[k].code;
    words = 0;
    *para += dbl;
    bs = k + 1;
  }
  *para += !dbl;
  return 0;
}

/* Splits into line blocks, joining hard-wrapped lines.  In double-spaced
 * text the blank lines are line breaks like the others, and every block
 * is its own paragraph. */
summar_status summar_clean_split_lines(const summar_allocator *a, const char *text,
                                 size_t len, summar_blockvec *out) {
  line *lines = NULL;
  size_t nl = 0, cap = 0, pos = 0, para = 0;
  summar_status st = SUMMAR_ERR_NOMEM;
  /* a « left open by the line before: in its paragraph, and across blank
   * lines (which double spacing puts inside sentences) */
  int quoting = 0, quoting_dbl = 0;
  while (pos < len) {
    line l;
    next_line(text, len, &pos, &l);
    if (l.start == l.end) {
      if (nl)
        lines[nl - 1].para_end = 1;
      quoting = 0;
      continue;
    }
    l.chars = summar_text_count_chars(text, l.start, l.end);
    l.words = summar_word_count(text + l.start, l.end - l.start);
    l.code = summar_clean_is_code(text, l.start, l.end);
    l.quoting = quoting;
    l.quoting_dbl = quoting_dbl;
    l.menu_sep = -1;
    l.open = !summar_text_ends_terminal(text, l.start, l.end);
    l.para_end = 0;
    int g = summar_clean_last_guillemet(text, l.start, l.end);
    if (g >= 0)
      quoting = quoting_dbl = g;
    if (summar_grow(a, (void **)&lines, &cap, nl + 1, sizeof *lines))
      goto done;
    lines[nl++] = l;
  }
  if (nl)
    lines[nl - 1].para_end = 1;
  int dbl = double_spaced(lines, nl);
  for (size_t k = 0; dbl && k < nl; k++)
    lines[k].quoting = lines[k].quoting_dbl;
  for (size_t gs = 0, k = 0; k < nl; k++)
    if (k + 1 == nl || (lines[k].para_end && !dbl)) {
      if (push_group(text, lines + gs, k + 1 - gs, dbl, &para, out))
        goto done;
      gs = k + 1;
    }
  st = SUMMAR_OK;
done:
  summar_dealloc(a, lines);
  return st;
}
