/*
 * segment_cand.c - candidate sentence boundaries beside ICU's: list items
 * and bullets, numbered and lettered list markers, Arabic ؛ and the
 * Armenian ":", a digit after a period, a period before a spaced ellipsis,
 * missing spaces after a period in Cyrillic and Arabic text, the Arabic
 * comma of long unpunctuated Arabic blocks, both ends of a widget phrase
 * glued to the next sentence; and the balanced quotations and brackets
 * the decisions look at.
 */
#include "segment_int.h"

/* ------------------------------------------------------------ candidates */

int summar_seg_push_cand(summar_segmenter *seg, size_t pos, unsigned kind) {
  if (summar_grow(&seg->a, (void **)&seg->cand, &seg->ccand, seg->ncand + 1,
                  sizeof *seg->cand))
    return -1;
  seg->cand[seg->ncand].pos = pos;
  seg->cand[seg->ncand].kind = kind;
  seg->ncand++;
  return 0;
}

/* Sorts candidates by position (insertion into mostly sorted data: ICU's
 * come in order, ours are appended in order per rule), merging duplicates
 * (the strongest kind wins: FORCE > TERM > ICU). */
void summar_seg_sort_cands(summar_segmenter *seg) {
  seg_cand *v = seg->cand;
  size_t n = seg->ncand;
  /* Merge sort of runs would be faster in theory; the arrays hold a few
   * sorted runs, so a bottom-up merge through a scratch area is overkill:
   * use a shell sort, O(n log^2 n) at worst, no allocation. */
  static const size_t gaps[] = {701, 301, 132, 57, 23, 10, 4, 1};
  for (size_t g = 0; g < sizeof gaps / sizeof gaps[0]; g++) {
    size_t gap = gaps[g];
    for (size_t i = gap; i < n; i++) {
      seg_cand x = v[i];
      size_t j = i;
      while (j >= gap && v[j - gap].pos > x.pos) {
        v[j] = v[j - gap];
        j -= gap;
      }
      v[j] = x;
    }
  }
  size_t w = 0;
  for (size_t i = 0; i < n; i++) {
    if (w > 0 && v[w - 1].pos == v[i].pos) {
      unsigned k = v[i].kind, old = v[w - 1].kind;
      if (k == CAND_FORCE || (k == CAND_TERM && old == CAND_ICU))
        v[w - 1].kind = k;
      continue;
    }
    v[w++] = v[i];
  }
  seg->ncand = w;
}

/* ------------------------------------------------------------ spans */

static int push_span(summar_segmenter *seg, size_t open, size_t close,
                     size_t close_end, int quote) {
  if (summar_grow(&seg->a, (void **)&seg->span, &seg->cspan, seg->nspan + 1,
                  sizeof *seg->span))
    return -1;
  seg_span *s = &seg->span[seg->nspan++];
  s->open = open;
  s->close = close;
  s->close_end = close_end;
  s->quote = quote;
  return 0;
}

/* The closer expected for opener c, or 0. */
static int ascii_alnum(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
         (c >= '0' && c <= '9');
}

static int32_t closer_of(int32_t c) {
  switch (c) {
  case '(': return ')';
  case '[': return ']';
  case '{': return '}';
  case 0xAB: return 0xBB;     /* « » */
  case 0x2039: return 0x203A; /* ‹ › */
  case 0x201C: return 0x201D; /* “ ” */
  case 0x201E: return 0x201C; /* „ “ */
  case 0x300C: return 0x300D; /* 「 」 */
  case 0x300E: return 0x300F;
  case '"': return '"';
  default: return 0;
  }
}

#define SEG_STACK 32
#define SEG_QUOTE_MAX 400 /* bytes: longer "quotations" are not trusted */

/* Finds balanced quotations and brackets, never across a blank line.
 * Spans come out ordered by their closing position. */
int summar_seg_find_spans(seg_run *r) {
  summar_segmenter *seg = r->seg;
  size_t open_pos[SEG_STACK];
  int32_t want[SEG_STACK];
  int depth = 0;
  int newlines = 0;
  seg->nspan = 0;
  size_t i = r->start;
  while (i < r->end) {
    /* ASCII letters and digits and U+0100..U+07FF open and close
     * nothing */
    unsigned char b = (unsigned char)r->t[i];
    if (ascii_alnum((char)b) ||
        (b >= 0xC4 && b <= 0xDF && r->end - i >= 2 &&
         ((unsigned char)r->t[i + 1] & 0xC0) == 0x80)) {
      newlines = 0;
      i += b < 0x80 ? 1 : 2;
      continue;
    }
    size_t at = i;
    int32_t c = summar_utf8_next(r->t, r->end, &i);
    if (c == '\n') {
      if (++newlines >= 2)
        depth = 0;
      continue;
    }
    if (!is_space(c))
      newlines = 0;
    if (c == '"') {
      int k = depth - 1;
      while (k >= 0 && want[k] != '"')
        k--;
      if (k >= 0) {
        if (push_span(seg, open_pos[k], at, i, 1))
          return -1;
        depth = k;
        continue;
      }
    } else if (c == 0x201C && depth > 0 && want[depth - 1] == 0x201C) {
      if (push_span(seg, open_pos[depth - 1], at, i, 1))
        return -1;
      depth--;
      continue;
    } else if (c == ')' || c == ']' || c == '}' || c == 0xBB ||
               c == 0x203A || c == 0x201D || c == 0x300D || c == 0x300F) {
      int k = depth - 1;
      while (k >= 0 && want[k] != c)
        k--;
      if (k >= 0) {
        int quote = !(c == ')' || c == ']' || c == '}');
        if (push_span(seg, open_pos[k], at, i, quote))
          return -1;
        depth = k;
      }
      continue;
    }
    int32_t w = closer_of(c);
    if (w) {
      if (depth == SEG_STACK) { /* drop the oldest opener */
        memmove(open_pos, open_pos + 1, (SEG_STACK - 1) * sizeof *open_pos);
        memmove(want, want + 1, (SEG_STACK - 1) * sizeof *want);
        depth--;
      }
      open_pos[depth] = at;
      want[depth] = w;
      depth++;
    }
  }
  return 0;
}

/* First span whose closer starts at or after pos (spans sorted by close). */
static size_t span_lower(const summar_segmenter *seg, size_t pos) {
  size_t lo = 0, hi = seg->nspan;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    if (seg->span[mid].close < pos)
      lo = mid + 1;
    else
      hi = mid;
  }
  return lo;
}

/* Is a boundary between L and R inside a short quotation? */
int summar_seg_inside_quote(const seg_run *r, size_t L, size_t R) {
  const summar_segmenter *seg = r->seg;
  for (size_t k = span_lower(seg, R); k < seg->nspan; k++) {
    const seg_span *s = &seg->span[k];
    if (s->close > R + SEG_QUOTE_MAX)
      break;
    if (s->quote && s->open < L && s->close_end - s->open <= SEG_QUOTE_MAX)
      return 1;
  }
  return 0;
}

/* If a closer at R closes a span opened at or after seg_start, returns the
 * end of that closer, else 0. */
size_t summar_seg_closes_span(const seg_run *r, size_t seg_start, size_t R) {
  const summar_segmenter *seg = r->seg;
  size_t k = span_lower(seg, R);
  if (k < seg->nspan && seg->span[k].close == R &&
      seg->span[k].open >= seg_start)
    return seg->span[k].close_end;
  return 0;
}

/* ------------------------------------------------------------ markers */

/* Parses a list marker at i: digits{1,3} or one ASCII letter, then ".",
 * ")" or ".)", then a space.  Returns its end or 0. */
static size_t parse_marker(const char *t, size_t i, size_t end,
                           unsigned *value, int *kind) {
  size_t j = i;
  unsigned v = 0;
  int nd = 0;
  while (j < end && t[j] >= '0' && t[j] <= '9' && nd < 4) {
    v = v * 10 + (unsigned)(t[j] - '0');
    j++;
    nd++;
  }
  if (nd > 3)
    return 0;
  if (nd > 0) {
    *kind = 0;
  } else if (j < end && ((t[j] >= 'a' && t[j] <= 'z') ||
                         (t[j] >= 'A' && t[j] <= 'Z'))) {
    *kind = t[j] >= 'a' ? 1 : 2;
    v = (unsigned)(t[j] | 0x20) - 'a' + 1;
    j++;
  } else {
    return 0;
  }
  if (j < end && t[j] == '.') {
    j++;
    if (j < end && t[j] == ')')
      j++;
  } else if (j < end && t[j] == ')') {
    j++;
  } else {
    return 0;
  }
  if (j >= end || !(t[j] == ' ' || t[j] == '\t' || t[j] == '\n'))
    return 0;
  *value = v;
  return j;
}

static int push_mark(summar_segmenter *seg, size_t pos, unsigned value,
                     int kind, size_t words) {
  if (summar_grow(&seg->a, (void **)&seg->mark, &seg->cmark, seg->nmark + 1,
                  sizeof *seg->mark))
    return -1;
  seg_marker *m = &seg->mark[seg->nmark++];
  m->pos = pos;
  m->value = value;
  m->kind = kind;
  m->words = words;
  return 0;
}

/* Does a list item or a bullet start at i? */
int summar_seg_item_at(const char *t, size_t i, size_t end) {
  size_t j = i;
  int32_t c = cp_at(t, end, i);
  if (is_line_bullet(c)) {
    summar_utf8_next(t, end, &j);
    int32_t d = cp_at(t, end, j);
    return is_space(d) || (is_bullet(c) && is_digit(d));
  }
  unsigned v;
  int kind;
  return parse_marker(t, i, end, &v, &kind) != 0;
}

/* ------------------------------------------------------------ prepass */


/* An ASCII letter or digit: inside a word, neither counts as anything
 * but a letter nor proposes a boundary. */
void summar_seg_prepass(seg_run *r, seg_stats *st) {
  memset(st, 0, sizeof *st);
  size_t i = r->start, line = 0;
  int in_word = 0;
  int32_t prev = -1;
  r->width = 0;
  while (i < r->end) {
    int32_t c = summar_utf8_next(r->t, r->end, &i);
    if (is_newline(c)) {
      if (line > r->width)
        r->width = line;
      line = 0;
      if (c != '\r')
        r->lines++;
    } else {
      line++;
    }
    if (is_space(c)) {
      if (prev == '.' || prev == '!' || prev == '?' || prev == 0x061F ||
          prev == 0x061B || prev == 0x2026 || prev == 0x06D4)
        st->has_stop = 1;
      in_word = 0;
    } else if (!in_word) {
      in_word = 1;
      st->words++;
    }
    if (is_letter(c)) {
      st->letters++;
      if (c >= 0x0600 && c <= 0x06FF)
        st->arabic++;
      else if (c >= 0x0531 && c <= 0x058F)
        st->armenian++;
      else if ((c >= 0x0370 && c <= 0x03FF) || (c >= 0x1F00 && c <= 0x1FFF))
        st->greek++;
    }
    prev = c;
    /* The rest of a word's ASCII letters and digits and Arabic letters:
     * counted at once */
    if (!in_word)
      continue;
    while (i < r->end && ascii_alnum(r->t[i])) {
      prev = (unsigned char)r->t[i++];
      line++;
      st->letters += !(prev >= '0' && prev <= '9');
    }
    size_t run = summar_arabic_run(r->t, i, r->end);
    if (run) {
      i += 2 * run;
      prev = summar_arabic_letter_at(r->t, r->end, i - 2);
      line += run;
      st->letters += run;
      st->arabic += run;
    }
  }
  if (line > r->width)
    r->width = line;
  r->lines++;
  if (prev == '.' || prev == '!' || prev == '?' || prev == 0x061F ||
      prev == 0x061B || prev == 0x2026 || prev == 0x06D4)
    st->has_stop = 1;
}

#define SEG_ARABIC_COMMA_WORDS 20 /* a block this long needs boundaries */
#define SEG_CLAUSE_WORDS 3         /* the shortest clause cut at a comma */

/* An Arabic block of 20+ words without any sentence-ending mark: the
 * Arabic comma is its only boundary, between clauses of 3+ words (a
 * shorter piece stays with the clause before it). */
static int add_arabic_commas(seg_run *r) {
  summar_segmenter *seg = r->seg;
  const char *t = r->t;
  size_t i = r->start, words = 0, acc = 0, pending = 0;
  int in_word = 0, have_pending = 0;
  while (i < r->end) {
    int32_t c = summar_utf8_next(t, r->end, &i);
    if (is_space(c)) {
      in_word = 0;
    } else if (!in_word) {
      in_word = 1;
      words++;
    }
    if (c == 0x060C && (i >= r->end || is_space(cp_at(t, r->end, i)))) {
      /* `words` is the piece that ends here */
      if (have_pending && words >= SEG_CLAUSE_WORDS) {
        if (summar_seg_push_cand(seg, pending, CAND_FORCE))
          return -1;
        acc = 0;
      }
      acc += words;
      words = 0;
      have_pending = acc >= SEG_CLAUSE_WORDS;
      pending = i;
    }
  }
  if (have_pending && words >= SEG_CLAUSE_WORDS)
    if (summar_seg_push_cand(seg, pending, CAND_FORCE))
      return -1;
  return 0;
}

/* Length of a widget phrase that a web page glued to the next sentence
 * without a stop ("Scroll down for video The mayor said ..."), starting
 * at t[i] (capitalized, as a widget line starts) and followed by a space
 * and a capital or digit; 0 when there is none.  Such a phrase is a
 * sentence of its own, which cleaning then drops (the phrases are
 * cleaning's, summar_junk_glued_widget). */
static size_t glued_widget(const char *t, size_t i, size_t end) {
  for (size_t k = 0; summar_junk_glued_widget[k]; k++) {
    const char *p = summar_junk_glued_widget[k];
    size_t n = strlen(p), j = 0;
    while (j < n && i + j < end &&
           (t[i + j] | (t[i + j] >= 'A' && t[i + j] <= 'Z' ? 0x20 : 0)) ==
               p[j])
      j++;
    if (j < n || i + n >= end || !is_space((unsigned char)t[i + n]))
      continue;
    int32_t c = cp_at(t, end, skip_space(t, i + n, end));
    if (is_upper(c) || is_digit(c))
      return n;
  }
  return 0;
}

/* State of the scan that adds our own candidates. */
typedef struct cand_scan {
  seg_run *r;
  int cyrillic_gap;        /* lower-case Cyrillic letters before this "." */
  int arabic_gap;          /* Arabic letters before this "." */
  int in_word;
  size_t words_since_mark; /* words since the last list marker */
  size_t marker_done;      /* where the last marker was read */
  int32_t prev;            /* the code point before this one */
} cand_scan;

/* At a word start: a glued widget phrase, a bullet, a list marker. */
static int at_word_start(cand_scan *sc, size_t at, int32_t c) {
  seg_run *r = sc->r;
  summar_segmenter *seg = r->seg;
  const char *t = r->t;
  size_t end = r->end;
  if (c < 0x80 && is_upper(c)) {
    size_t gw = glued_widget(t, at, end);
    if (gw && ((at > r->start && summar_seg_push_cand(seg, at, CAND_FORCE)) ||
               summar_seg_push_cand(seg, at + gw, CAND_FORCE)))
      return -1;
  }
  if (is_space(c) || at == sc->marker_done)
    return 0;
  size_t k = at;
  if (is_bullet(c)) {
    size_t bb = at;
    summar_utf8_next(t, end, &bb);
    if (at > r->start && (bb >= end || is_space(cp_at(t, end, bb))))
      if (summar_seg_push_cand(seg, at, CAND_FORCE))
        return -1;
    k = skip_space(t, bb, end);
  }
  unsigned v;
  int kind;
  if (parse_marker(t, k, end, &v, &kind)) {
    if (push_mark(seg, at, v, kind, sc->words_since_mark))
      return -1;
    sc->words_since_mark = 0;
    sc->marker_done = k;
  }
  return 0;
}

/* After a reference "[12]", an Arabic ؛ (an Armenian ":", a Greek ";"),
 * an Ethiopic ። or ፧, a Myanmar ။, a full-width 。！？ with no space
 * after it, or a dash that opens a sentence after terminal punctuation
 * ("? - Next"). */
static int after_mark(cand_scan *sc, size_t at, size_t i, int32_t c,
                      int32_t next) {
  seg_run *r = sc->r;
  const char *t = r->t;
  if (c == ']' && (next < 0 || is_space(next))) {
    size_t j = skip_citation(t, r->start, i);
    int32_t d = j != i ? cp_before(t, r->start, &j) : -1;
    if (is_dot(d) || (d >= 0 && is_sterm(r, d)))
      return summar_seg_push_cand(r->seg, i, CAND_TERM);
  }
  if ((c == 0x061B || (c == ':' && r->colon_stop) ||
       (c == ';' && r->semicolon_q) || c == 0x1362 || c == 0x1367 ||
       c == 0x104B) &&
      (next < 0 || is_space(next)))
    return summar_seg_push_cand(r->seg, i, CAND_TERM);
  /* Scripts written without spaces end a sentence with a full-width mark
   * and go on at once ("好。我们").  Not before a closer: a quotation
   * ending in one ("「元気？」と聞いた。") goes on after it. */
  if ((c == 0x3002 || c == 0xFF01 || c == 0xFF1F) && next >= 0 &&
      !is_space(next) && !is_closer(next) && !is_sterm(r, next) &&
      !is_dot(next))
    return summar_seg_push_cand(r->seg, i, CAND_TERM);
  if ((c == '-' || c == 0x2013 || c == 0x2014) && is_space(sc->prev) &&
      is_space(next) && at > r->start) {
    size_t j = skip_space_back(t, r->start, at);
    int32_t d;
    do
      d = cp_before(t, r->start, &j);
    while (d >= 0 && is_closer(d));
    /* "бар? — деді.": a dash then a lower-case word goes on */
    int32_t w = cp_at(t, r->end, skip_space(t, i, r->end));
    if ((is_dot(d) || is_ellipsis(d) || (d >= 0 && is_sterm(r, d))) &&
        !is_lower(w))
      return summar_seg_push_cand(r->seg, at, CAND_TERM);
  }
  return 0;
}

/* "word. . . . Next" and "word. ...next": the period ends the sentence,
 * the ellipsis opens the next one. */
static int period_before_ellipsis(const seg_run *r, size_t i) {
  const char *t = r->t;
  size_t end = r->end, j = i + 1, dots = 0;
  while (j < end &&
         (t[j] == '.' || (t[j] == ' ' && j + 1 < end && t[j + 1] == '.'))) {
    if (t[j] == '.')
      dots++;
    j++;
  }
  return dots >= 2 && j < end && t[j] != '.' &&
         (t[j] == ' ' || is_letter(cp_at(t, end, j)));
}

/* After a period ending at i, followed by `next`. */
static int after_period(cand_scan *sc, size_t i, int32_t next) {
  seg_run *r = sc->r;
  const char *t = r->t;
  int32_t prev = sc->prev;
  int cand = 0;
  if (next == ' ' && (is_letter(prev) || is_digit(prev) || is_closer(prev)))
    cand = period_before_ellipsis(r, i);
  /* a digit after ". ": ICU looks through numbers for a lower-case word;
   * only abbreviations deserve that */
  if (!cand && (next == ' ' || next == '\t')) {
    size_t j = skip_space(t, i, r->end);
    cand = j < r->end && t[j] >= '0' && t[j] <= '9';
  }
  /* Cyrillic "слово.Слово": a missing space */
  if (!cand)
    cand = sc->cyrillic_gap >= 3 && is_upper(next);
  /* Arabic "كلمة.كلمة": a missing space after a word of 2+ letters (not
   * "أ.ب", whose parts are single letters), a number, a closing bracket or
   * quote, or a space ("كلمة .كلمة") */
  if (!cand)
    cand = next >= 0x0621 && next <= 0x064A &&
           (sc->arabic_gap >= 2 || is_digit(prev) || is_closer(prev) ||
            is_space(prev));
  return cand ? summar_seg_push_cand(r->seg, i, CAND_TERM) : 0;
}

/* Markers in a numbered or lettered sequence open list items. */
static int add_list_items(seg_run *r) {
  summar_segmenter *seg = r->seg;
  for (size_t k = 0; k < seg->nmark; k++) {
    const seg_marker *m = &seg->mark[k];
    int listed = 0;
    if (k + 1 < seg->nmark) {
      const seg_marker *n = &seg->mark[k + 1];
      if (n->kind == m->kind && n->value == m->value + 1 && n->words >= 3)
        listed = 1;
    }
    if (k > 0) {
      const seg_marker *p = &seg->mark[k - 1];
      if (p->kind == m->kind && m->value == p->value + 1 && m->words >= 3)
        listed = 1;
    }
    if (listed && m->pos > r->start)
      if (summar_seg_push_cand(seg, m->pos, CAND_FORCE))
        return -1;
  }
  return 0;
}

int summar_seg_add_candidates(seg_run *r, const seg_stats *st) {
  cand_scan sc;
  memset(&sc, 0, sizeof sc);
  sc.r = r;
  sc.prev = ' ';
  sc.marker_done = (size_t)-1;
  r->seg->nmark = 0;
  size_t i = r->start;
  while (i < r->end) {
    size_t at = i;
    int32_t c = summar_utf8_next(r->t, r->end, &i);
    int32_t next = cp_at(r->t, r->end, i);
    if ((at == r->start || is_space(sc.prev)) && at_word_start(&sc, at, c))
      return -1;
    if (is_space(c)) {
      sc.in_word = 0;
    } else if (!sc.in_word) {
      sc.in_word = 1;
      sc.words_since_mark++;
    }
    if (after_mark(&sc, at, i, c, next) ||
        (c == '.' && after_period(&sc, i, next)))
      return -1;
    if (c >= 0x0430 && c <= 0x04FF && is_lower(c))
      sc.cyrillic_gap++;
    else
      sc.cyrillic_gap = 0;
    if ((c >= 0x0621 && c <= 0x064A) ||
        (c >= 0x064B && c <= 0x065F && sc.arabic_gap))
      sc.arabic_gap++;
    else
      sc.arabic_gap = 0;
    sc.prev = c;
    /* The rest of a word's ASCII letters and digits and Arabic letters
     * propose nothing */
    if (!sc.in_word)
      continue;
    if (i < r->end && ascii_alnum(r->t[i])) {
      do
        sc.prev = (unsigned char)r->t[i++];
      while (i < r->end && ascii_alnum(r->t[i]));
      sc.cyrillic_gap = 0;
      sc.arabic_gap = 0;
    }
    size_t run = st->arabic ? summar_arabic_run(r->t, i, r->end) : 0;
    if (run) {
      i += 2 * run;
      sc.prev = summar_arabic_letter_at(r->t, r->end, i - 2);
      sc.cyrillic_gap = 0;
      sc.arabic_gap += (int)run;
    }
  }
  /* An Arabic block of 20+ words without any sentence-ending mark: the
   * Arabic comma is its only boundary. */
  if (st->letters > 0 && st->arabic * 2 > st->letters &&
      st->words >= SEG_ARABIC_COMMA_WORDS && !st->has_stop &&
      add_arabic_commas(r))
    return -1;
  return add_list_items(r);
}
