/*
 * segment_judge.c - decides each candidate boundary, left to right: line
 * breaks, periods after abbreviations, initials, numbers and list
 * markers, ellipses, "!" in brand names, quotations.  See segment.c for
 * the rules in words.
 */
#include "segment_int.h"

/* ------------------------------------------------------------ judging */

typedef struct seg_left {
  int term;          /* a terminal run ends the left side */
  int sterm;         /* it holds ! ? or another non-dot mark */
  size_t ndots;      /* dots in the run or group (an ellipsis counts 3) */
  int spaced;        /* ". . ." */
  int bracketed;     /* "[...]" */
  size_t run_start;  /* first byte of the run or group */
  size_t tok_start, tok_end; /* the word before the run */
} seg_left;

/* The start of the closing quotes, brackets, citations ("[12]") and
 * format characters ending t[lo, L); *closer receives the innermost
 * closing quote or bracket (0: none). */
static size_t skip_closers(const char *t, size_t lo, size_t L,
                           int32_t *closer) {
  size_t i = L;
  *closer = 0;
  for (;;) {
    size_t j = i;
    int32_t c = cp_before(t, lo, &j);
    if (c < 0 || !(is_closer(c) || is_format(c)))
      break;
    size_t cite = c == ']' ? skip_citation(t, lo, i) : i;
    if (cite != i) {
      i = cite; /* "[12]" */
      continue;
    }
    if (is_closer(c))
      *closer = c;
    i = j;
  }
  return i;
}

/* The word ending before t[i] (format characters between skipped) into
 * x->tok_start, x->tok_end: letters, digits, marks, dots, hyphens,
 * slashes and the signs abbreviations hold (°, º, №, Armenian marks). */
static void word_before(const char *t, size_t lo, size_t i, seg_left *x) {
  size_t e = i;
  for (;;) {
    size_t j = e;
    int32_t c = cp_before(t, lo, &j);
    if (c < 0 || !is_format(c))
      break;
    e = j;
  }
  size_t s = e;
  for (;;) {
    size_t j = s;
    int32_t c = cp_before(t, lo, &j);
    if (c < 0)
      break;
    if (!(is_letter(c) || is_digit(c) || is_mark(c) || is_dot(c) ||
          c == 0xB0 || c == 0xBA || c == 0x2116 || c == '-' || c == 0x0640 ||
          c == '/' ||
          c == 0x055F || c == 0x055B || c == 0x055E || is_format(c)))
      break;
    s = j;
  }
  while (s < e && (t[s] == '.' || t[s] == '-' || t[s] == '/'))
    s++;
  x->tok_start = s;
  x->tok_end = e;
}

static void analyze_left(const seg_run *r, size_t lo, size_t L,
                         seg_left *x) {
  const char *t = r->t;
  memset(x, 0, sizeof *x);
  int32_t closer;
  size_t i = skip_closers(t, lo, L, &closer);
  size_t run_end = i;
  for (;;) {
    size_t j = i;
    int32_t c = cp_before(t, lo, &j);
    if (is_dot(c))
      x->ndots++;
    else if (is_ellipsis(c))
      x->ndots += 3;
    else if (c >= 0 && is_sterm(r, c))
      x->sterm = 1;
    else if (!(c >= 0 && is_format(c)))
      break;
    i = j;
  }
  if (i == run_end)
    return;
  x->term = 1;
  if (!x->sterm) {
    /* a spaced ellipsis ". . ." */
    while (i >= lo + 2 && t[i - 1] == ' ' && t[i - 2] == '.') {
      size_t j = i - 1;
      while (j > lo && t[j - 1] == '.') {
        j--;
        x->ndots++;
      }
      x->spaced = 1;
      i = j;
    }
    size_t j = i;
    int32_t before = cp_before(t, lo, &j);
    if ((before == '[' && closer == ']') || (before == '(' && closer == ')'))
      x->bracketed = 1;
  }
  x->run_start = i;
  word_before(t, lo, i, x);
}

/* The first word after R, past opening quotes and brackets. */
typedef struct seg_next {
  int32_t c0;    /* first character at R */
  int32_t c1;    /* first character after openers */
  char word[64]; /* lower-cased letters of the word ("" if none) */
  int dot_after; /* the word is followed by "." */
} seg_next;

static void analyze_next(const seg_run *r, size_t R, seg_next *n) {
  const char *t = r->t;
  size_t i = R, end = r->end;
  n->word[0] = '\0';
  n->c0 = cp_at(t, end, i);
  int32_t c = n->c0;
  int guard = 0;
  while (c >= 0 && guard++ < 8) {
    if (is_opener(c)) {
      summar_utf8_next(t, end, &i);
    } else if ((c == '-' || c == 0x2013 || c == 0x2014) && i + 1 < end &&
               is_space(cp_at(t, end, i + (c == '-' ? 1 : 3)))) {
      summar_utf8_next(t, end, &i);
      i = skip_space(t, i, end);
    } else {
      break;
    }
    c = cp_at(t, end, i);
  }
  n->c1 = c;
  size_t s = i;
  while (i < end) {
    size_t j = i;
    int32_t d = summar_utf8_next(t, end, &j);
    if (!(is_letter(d) || is_mark(d) || d == '\'' || d == 0x2019))
      break;
    i = j;
  }
  if (i > s && !lower_copy(t, s, i, n->word, sizeof n->word))
    n->word[0] = '\0';
  n->dot_after = i < end && t[i] == '.';
}

static int is_starter(const seg_run *r, const seg_next *n) {
  if (!n->word[0])
    return 0;
  /* a title ("Mr.") opens a new clause */
  if (n->dot_after && r->seg->lang && summar_in_list(r->seg->lang->prefix, n->word))
    return 1;
  return summar_in_list(r->seg->starters, n->word);
}

static int is_roman(const char *t, size_t s, size_t e) {
  if (e - s < 2)
    return 0;
  for (size_t i = s; i < e; i++)
    if (!strchr("IVXLCDM", t[i]) || !t[i])
      return 0;
  return 1;
}

/* Does the segment [seg_start, tok_start) hold only a bullet? */
static int only_bullet_before(const seg_run *r, size_t seg_start,
                              size_t tok_start) {
  size_t i = seg_start;
  while (i < tok_start) {
    int32_t c = summar_utf8_next(r->t, tok_start, &i);
    if (!(is_space(c) || is_line_bullet(c)))
      return 0;
  }
  return 1;
}

/* A sentence that would end with an abbreviation needs this many words:
 * shorter, it is more likely a leading phrase ("At 5 a.m. Mr. Smith"). */
#define SEG_MIN_ABBR_WORDS 4

/* Words in [lo, e), counting back from e and stopping at `most`. */
static size_t words_back(const seg_run *r, size_t lo, size_t e, size_t most) {
  size_t n = 0, i = e;
  int in_word = 0;
  while (i > lo && n < most) {
    int32_t c = cp_before(r->t, lo, &i);
    if (is_space(c)) {
      in_word = 0;
    } else if (!in_word) {
      in_word = 1;
      n++;
    }
  }
  return n;
}

/* Is the word before s (past spaces) a number? */
static int prev_is_number(const seg_run *r, size_t lo, size_t s) {
  size_t j = skip_space_back(r->t, lo, s);
  if (j == s || j <= lo)
    return 0;
  int32_t c = cp_before(r->t, lo, &j);
  return is_digit(c);
}

/* The shape of the word before a period. */
typedef struct word_shape {
  size_t nchar, nletter, ndigit, ndot;
  size_t maxpart; /* longest run between dots */
  int32_t first;  /* first code point, -1 for none */
} word_shape;

static void shape_of(const char *t, size_t s, size_t e, word_shape *w) {
  memset(w, 0, sizeof *w);
  w->first = -1;
  size_t part = 0;
  for (size_t i = s; i < e;) {
    int32_t c = summar_utf8_next(t, e, &i);
    if (is_format(c))
      continue;
    if (w->first < 0)
      w->first = c;
    w->nchar++;
    if (is_letter(c))
      w->nletter++;
    else if (is_digit(c))
      w->ndigit++;
    if (is_dot(c)) {
      w->ndot++;
      part = 0;
    } else if (++part > w->maxpart) {
      w->maxpart = part;
    }
  }
}

/* "I." ends a sentence when the word before it is lower case: the English
 * pronoun, not an initial. */
static int pronoun_i_ends(const seg_run *r, size_t seg_start, size_t s) {
  const char *t = r->t;
  size_t j = skip_space_back(t, seg_start, s);
  if (j <= seg_start)
    return 0;
  size_t k = j;
  while (k > seg_start) {
    size_t m = k;
    int32_t c = cp_before(t, seg_start, &m);
    if (is_space(c))
      break;
    k = m;
  }
  int32_t c = cp_at(t, j, k);
  while (k < j && !is_letter(c)) {
    summar_utf8_next(t, j, &k);
    c = cp_at(t, j, k);
  }
  return is_lower(c);
}

/* After a period that follows an abbreviation-like word w (lower case)
 * of shape `sh`: prefix, numeric and generic abbreviations decide. */
static int judge_abbreviation(const seg_run *r, size_t seg_start,
                              const seg_left *x, const seg_next *n,
                              const char *w, const word_shape *sh) {
  const char *t = r->t;
  const seg_langdata *ld = r->seg->lang;
  unsigned flags = ld ? ld->flags : 0;
  size_t s = x->tok_start, e = x->tok_end;
  int next_digit = is_digit(n->c1);
  int prefix = ld && summar_in_list(ld->prefix, w);
  int numeric = summar_in_list(r->seg->all_numeric, w) ||
                (ld && summar_in_list(ld->numeric, w));
  /* dotted: "U.S.", "Ph.D.", "т.е."; not "example.com" nor "3.5kg" */
  int generic = (sh->ndot > 0 && sh->ndigit == 0 && sh->maxpart <= 4) ||
                (ld && summar_in_list(ld->generic, w));
  if (!generic && ((flags & SEG_LANG_ORDINAL_DOT) && is_roman(t, s, e)))
    generic = 1;
  if (!generic && (flags & SEG_LANG_DOUBLED_PLURAL) && sh->nchar == 2 &&
      sh->nletter == 2 && is_upper(sh->first) && t[s] == t[s + 1])
    generic = 1;
  if (prefix && prev_is_number(r, seg_start, s)) {
    prefix = 0; /* after a number a title word is a unit or era ("1950
                   г." is a year): a generic abbreviation */
    generic = 1;
  }
  if (prefix)
    return !(is_letter(n->c1) || next_digit);
  if ((numeric || generic) && next_digit)
    return 0;
  if (generic && is_upper(n->c1))
    return is_starter(r, n) &&
           words_back(r, seg_start, e, SEG_MIN_ABBR_WORDS) >=
               SEG_MIN_ABBR_WORDS;
  return 1;
}

/* After a single period that follows the word [tok_start,tok_end). */
static int judge_period(const seg_run *r, size_t seg_start,
                        const seg_left *x, const seg_next *n) {
  const char *t = r->t;
  const seg_langdata *ld = r->seg->lang;
  unsigned flags = ld ? ld->flags : 0;
  if (is_lower(n->c1))
    return 0;
  size_t s = x->tok_start, e = x->tok_end;
  if (s >= e)
    return 1;
  word_shape sh;
  shape_of(t, s, e, &sh);
  int next_digit = is_digit(n->c1);
  int next_upper = is_upper(n->c1);
  /* a list marker alone ("1.", "a.", "IV.") */
  if (((sh.ndigit == sh.nchar && sh.nchar <= 3) || sh.nletter == 1 ||
       (is_roman(t, s, e) && e - s <= 5)) &&
      only_bullet_before(r, seg_start, s) && sh.ndot == 0)
    return 0;
  if (sh.ndigit > 0 && sh.nletter == 0) /* a number: an ordinal in some
                                           languages */
    return !((flags & SEG_LANG_ORDINAL_DOT) && sh.ndigit == sh.nchar &&
             sh.nchar <= 3 && next_upper && !is_starter(r, n));
  char w[64];
  if (!lower_copy(t, s, e, w, sizeof w))
    return 1;
  if (sh.nletter == 1 && sh.nchar == 1 && is_lower(sh.first) &&
      prev_is_number(r, seg_start, s)) /* a unit after a number ("5 h.",
                                          "3 m."): a generic abbreviation */
    return next_upper ? is_starter(r, n) : !next_digit;
  if (sh.nletter == sh.nchar && sh.nchar <= 2 && is_caseless(sh.first) &&
      is_caseless(n->c1) && prev_is_number(r, seg_start, s))
    return 1; /* a unit or era after a number, caseless script: "عام 1783
                 م. اتسعت", "50 م. في": written so only at a sentence end */
  if (sh.nletter == 1 && sh.nchar == 1) /* an initial, unless the English
                                           pronoun "I" */
    return (flags & SEG_LANG_PRONOUN_I) && sh.first == 'I' &&
           pronoun_i_ends(r, seg_start, s);
  return judge_abbreviation(r, seg_start, x, n, w, &sh);
}

/* An exclamation mark that is part of a name ("Yahoo!"). */
static int exclaim_word(const seg_run *r, const seg_left *x) {
  char w[64];
  if (x->tok_start >= x->tok_end ||
      !lower_copy(r->t, x->tok_start, x->tok_end, w, sizeof w))
    return 0;
  return summar_in_list(r->seg->exclaim, w);
}

/* Code points of the line that ends at L. */
static size_t line_length(const seg_run *r, size_t L) {
  size_t i = L, n = 0;
  while (i > r->start) {
    size_t j = i;
    int32_t c = cp_before(r->t, r->start, &j);
    if (is_newline(c))
      break;
    n++;
    i = j;
  }
  return n;
}

static size_t word_length(const seg_run *r, size_t R) {
  size_t i = R, n = 0;
  while (i < r->end) {
    int32_t c = summar_utf8_next(r->t, r->end, &i);
    if (is_space(c))
      break;
    n++;
  }
  return n;
}

#define SEG_SHORT_LINES 40 /* code points: nobody hard-wraps this short */

/* Whether the line ending at L opens at or after seg_start: the text of
 * the sentence so far is that line alone. */
static int line_is_unit(const seg_run *r, size_t seg_start, size_t L) {
  size_t i = L;
  while (i > r->start) {
    size_t j = i;
    int32_t c = cp_before(r->t, r->start, &j);
    if (is_newline(c))
      break;
    i = j;
  }
  return seg_start >= i;
}

/* A single line break without terminal punctuation before it. */
static int judge_line(const seg_run *r, size_t seg_start, size_t L,
                      size_t R) {
  if (summar_seg_item_at(r->t, R, r->end))
    return 1;
  /* three or more lines, all short: a list, an address, verse */
  if (r->lines >= 3 && r->width < SEG_SHORT_LINES)
    return 1;
  size_t j = L;
  int32_t last = cp_before(r->t, r->start, &j);
  int32_t c = cp_at(r->t, r->end, R);
  if (is_lower(c) || last == ',' || last == ';' || last == '-' ||
      last == 0x2013 || last == 0x060C || last == '(' || last == '&')
    return 0;
  /* a heading or lead-in line of its own ending in ":" ("Results:",
     "الخلاصة:"): its line follows */
  if ((last == ':' || last == 0xFF1A) && line_is_unit(r, seg_start, L))
    return 1;
  /* the next word would have fit: the line was broken on purpose */
  return line_length(r, L) + 1 + word_length(r, R) <= r->width;
}

/* Should there be a boundary between L (end of the left text) and R
 * (start of the right text)? */
int summar_seg_judge(const seg_run *r, size_t seg_start, size_t L, size_t R,
                 unsigned kind, int newline) {
  if (kind == CAND_FORCE)
    return 1;
  seg_left x;
  analyze_left(r, seg_start, L, &x);
  if (!x.term) {
    if (newline)
      return judge_line(r, seg_start, L, R);
    return 0;
  }
  if (!newline && L == R && kind == CAND_ICU)
    return 0; /* "1.Helado", "tel.:0123": no space, no boundary */
  if (newline && summar_seg_item_at(r->t, R, r->end))
    return 1;
  if (summar_seg_inside_quote(r, L, R))
    return 0;
  seg_next n;
  analyze_next(r, R, &n);
  if (x.sterm) {
    if (x.ndots == 0 && exclaim_word(r, &x))
      return 0; /* "Yahoo!" */
    if ((n.c0 == '-' || n.c0 == 0x2013 || n.c0 == 0x2014) && is_lower(n.c1))
      return 0; /* "бар? — деді.": the dash goes on with the sentence */
    return 1;
  }
  if (x.bracketed)
    return 0;
  if (x.ndots >= 2 || x.spaced) {
    /* an ellipsis (or "..") */
    if (x.run_start <= seg_start && x.ndots >= 3)
      return 0; /* it opens this sentence */
    if (x.spaced && x.ndots == 3)
      return 0; /* ". . ." marks an omission inside a sentence; ". . . ."
                   ends one */
    return is_upper(n.c1) || (newline && !is_lower(n.c1));
  }
  return judge_period(r, seg_start, &x, &n);
}
