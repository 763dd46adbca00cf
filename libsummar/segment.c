/*
 * segment.c - sentence boundaries.
 *
 * ICU's sentence BreakIterator runs over the UTF-8 bytes (utext_openUTF8,
 * no UTF-16 copy) and proposes candidate boundaries.  Our own rules then
 * add candidates ICU cannot see (list items, bullets, Arabic ؛, the
 * Armenian full stop written ":", a digit after a period, a period before
 * a spaced ellipsis, a missing space after a period in Cyrillic text, the
 * Arabic comma of long unpunctuated Arabic blocks, both ends of a widget
 * phrase glued to the next sentence: "Scroll down for video The ...") and
 * judge every candidate, left to right:
 *   - a blank line always ends a sentence (in double-spaced text, found by
 *     cleaning, it counts as a single line break);
 *   - a single line break without terminal punctuation ends one only when
 *     the next line is a list item or bullet, when every line of the block
 *     is short (under 40 code points: a list, an address, verse), or when
 *     the line was broken on purpose (the next line's first word would
 *     have fit on it: hard wrapping fills lines, headings do not);
 *   - after a period: abbreviations (per-language prefix / numeric /
 *     generic lists, dotted forms such as "U.S.", single letters as
 *     initials, ordinals in languages that write "5." and "XII."), numbers
 *     and list markers decide, helped by the next word (lower case or a
 *     digit: no end; a capital: an end after a generic abbreviation only
 *     when the word usually opens a sentence, and the sentence it would
 *     end has 4+ words);  "!" after a brand name ("Yahoo!") never ends one;
 *     a reference "[12]" after the period stays with its sentence;
 *   - ellipses end a sentence only before a capital; "[...]" and the
 *     spaced omission ". . ." never do (". . . ." may); an ellipsis that
 *     opens a sentence stays with it;
 *   - boundaries inside a short balanced quotation are dropped, and a
 *     closing quote or bracket after the period stays with its sentence;
 *   - pieces made of punctuation only ("! ! !") are joined.
 * All offsets are bytes into the caller's text; nothing is allocated per
 * character: the candidate, span and marker arrays live in the segmenter
 * and are reused from call to call.
 */
#include "internal.h"

#include <string.h>

#include <unicode/ubrk.h>
#include <unicode/uchar.h>
#include <unicode/utext.h>

#include "abbrev.h"

/* Candidate kinds. */
enum {
  CAND_ICU = 0,   /* from ICU: judged by every rule */
  CAND_FORCE = 1, /* list item, bullet, Arabic comma: always a boundary */
  CAND_TERM = 2   /* our own punctuation candidate: judged, no space needed */
};

typedef struct seg_cand {
  size_t pos;
  unsigned kind;
} seg_cand;

/* A balanced quotation or bracket: opener at `open`, closer at `close`
 * (first byte), closer ends at `close_end`. */
typedef struct seg_span {
  size_t open, close, close_end;
  int quote;
} seg_span;

/* A possible list marker ("1.", "2)", "b.", "• 3."). */
typedef struct seg_marker {
  size_t pos;   /* where a boundary would go (bullet or marker start) */
  unsigned value;
  int kind;     /* 0 digits, 1 lower-case letter, 2 upper-case letter */
  size_t words; /* words between the previous marker and this one */
} seg_marker;

struct summar_segmenter {
  summar_allocator a;
  UBreakIterator *bi;
  UText ut;
  const seg_langdata *lang; /* NULL: no per-language data */
  const char *const *starters;
  seg_cand *cand;
  size_t ncand, ccand;
  seg_span *span;
  size_t nspan, cspan;
  seg_marker *mark;
  size_t nmark, cmark;
};

/* Per-call state. */
typedef struct seg_run {
  summar_segmenter *seg;
  const char *t;
  size_t start, end;
  size_t width;    /* longest line, in code points */
  size_t lines;    /* number of lines */
  int colon_stop;  /* Armenian text: ":" is a full stop */
  summar_rangevec *out;
  size_t first_out; /* out->n when the call began */
  int last_punct;   /* the last pushed range holds no letter or digit */
} seg_run;

/* ------------------------------------------------------------ characters */

static int32_t cp_at(const char *t, size_t end, size_t i) {
  size_t j = i;
  if (i >= end)
    return -1;
  return summar_utf8_next(t, end, &j);
}

/* The code point ending at *i (> lo); moves *i to its first byte. */
static int32_t cp_before(const char *t, size_t lo, size_t *i) {
  size_t j = *i;
  if (j <= lo)
    return -1;
  j--;
  int k = 0;
  while (j > lo && k < 3 && ((unsigned char)t[j] & 0xC0) == 0x80) {
    j--;
    k++;
  }
  size_t m = j;
  int32_t cp = summar_utf8_next(t, *i, &m);
  if (m != *i) { /* invalid: step one byte */
    *i -= 1;
    return -1;
  }
  *i = j;
  return cp;
}

static int is_space(int32_t c) { return c >= 0 && summar_is_space(c); }

static int is_newline(int32_t c) {
  return c == '\n' || c == '\r' || c == 0x85 || c == 0x2028 || c == 0x2029 ||
         c == 0x0B || c == 0x0C;
}

static int is_format(int32_t c) {
  return c > 0x7F && u_charType(c) == U_FORMAT_CHAR && !summar_is_space(c);
}

static int is_dot(int32_t c) { return c == '.' || c == 0xFF0E || c == 0x2024; }

static int is_ellipsis(int32_t c) { return c == 0x2026 || c == 0x22EF; }

/* Terminal marks other than dots. */
static int is_sterm(const seg_run *r, int32_t c) {
  switch (c) {
  case '!': case '?': case 0x061F: case 0x061B: case 0x06D4: case 0x0589:
  case 0x0964: case 0x0965: case 0x3002: case 0xFF01: case 0xFF1F:
  case 0x203C: case 0x2047: case 0x2048: case 0x2049: case 0xFE56:
  case 0xFE57:
    return 1;
  case ':':
    return r->colon_stop;
  default:
    return 0;
  }
}

static int is_letter(int32_t c) { return c >= 0 && u_isalpha(c); }
static int is_digit(int32_t c) { return c >= 0 && u_isdigit(c); }
static int is_upper(int32_t c) {
  return c >= 0 && (u_isUUppercase(c) || u_istitle(c));
}
static int is_lower(int32_t c) { return c >= 0 && u_isULowercase(c); }
/* A letter of a script without case (Arabic, Hebrew, CJK...). */
static int is_caseless(int32_t c) {
  return is_letter(c) && !is_upper(c) && !is_lower(c);
}
static int is_mark(int32_t c) {
  int8_t t = c >= 0 ? u_charType(c) : 0;
  return t == U_NON_SPACING_MARK || t == U_COMBINING_SPACING_MARK ||
         t == U_ENCLOSING_MARK;
}

/* Quotes and brackets that may follow a terminal mark. */
static int is_closer(int32_t c) {
  if (c == '"' || c == '\'')
    return 1;
  if (c < 0x80)
    return c == ')' || c == ']' || c == '}';
  int8_t t = u_charType(c);
  return t == U_END_PUNCTUATION || t == U_FINAL_PUNCTUATION ||
         t == U_INITIAL_PUNCTUATION;
}

/* Quotes and brackets that may open a sentence. */
static int is_opener(int32_t c) {
  if (c == '"' || c == '\'' || c == 0xBF || c == 0xA1)
    return 1;
  if (c < 0x80)
    return c == '(' || c == '[' || c == '{';
  int8_t t = u_charType(c);
  return t == U_START_PUNCTUATION || t == U_INITIAL_PUNCTUATION ||
         t == U_FINAL_PUNCTUATION;
}

static int is_bullet(int32_t c) {
  switch (c) {
  case 0x2022: case 0x2023: case 0x2043: case 0x25E6: case 0x25AA:
  case 0x25CF: case 0x25CB: case 0x25A0: case 0x25A1: case 0x27A2:
  case 0x25BA: case 0x2713: case 0x2714: case 0x2219: case 0x00B7:
    return 1;
  default:
    return 0;
  }
}

/* Dashes and stars that make a bullet at the start of a line. */
static int is_line_bullet(int32_t c) {
  return is_bullet(c) || c == '-' || c == '*' || c == '+' || c == 0x2013 ||
         c == 0x2014;
}

static size_t skip_space(const char *t, size_t i, size_t end) {
  while (i < end) {
    size_t j = i;
    int32_t c = summar_utf8_next(t, end, &j);
    if (!is_space(c))
      break;
    i = j;
  }
  return i;
}

static size_t skip_space_back(const char *t, size_t lo, size_t i) {
  while (i > lo) {
    size_t j = i;
    int32_t c = cp_before(t, lo, &j);
    if (!is_space(c))
      break;
    i = j;
  }
  return i;
}

/* If t[..i) ends with a numeric reference "[12]" or "[3, 4]", returns
 * where it starts, else i. */
static size_t skip_citation(const char *t, size_t lo, size_t i) {
  if (i <= lo || t[i - 1] != ']')
    return i;
  size_t j = i - 1;
  int digits = 0;
  while (j > lo && ((t[j - 1] >= '0' && t[j - 1] <= '9') || t[j - 1] == ',' ||
                    t[j - 1] == ' ' || t[j - 1] == '-') && i - j < 16) {
    if (t[j - 1] >= '0' && t[j - 1] <= '9')
      digits++;
    j--;
  }
  if (digits == 0 || j <= lo || t[j - 1] != '[')
    return i;
  return j - 1;
}

/* ------------------------------------------------------------ word lists */

static int in_list(const char *const *list, const char *w) {
  if (!list)
    return 0;
  for (; *list; list++)
    if (strcmp(*list, w) == 0)
      return 1;
  return 0;
}

/* Lower-cases t[s,e) into buf (cap bytes with NUL); 0 when it does not fit. */
static int lower_copy(const char *t, size_t s, size_t e, char *buf,
                      size_t cap) {
  size_t n = 0;
  while (s < e) {
    int32_t c = summar_utf8_next(t, e, &s);
    if (c < 0)
      return 0;
    if (is_format(c))
      continue;
    c = u_tolower(c);
    if (n + 4 >= cap)
      return 0;
    n += summar_utf8_encode(c, buf + n);
  }
  buf[n] = '\0';
  return 1;
}

/* ------------------------------------------------------------ candidates */

static int push_cand(summar_segmenter *seg, size_t pos, unsigned kind) {
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
static void sort_cands(summar_segmenter *seg) {
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
static int find_spans(seg_run *r) {
  summar_segmenter *seg = r->seg;
  size_t open_pos[SEG_STACK];
  int32_t want[SEG_STACK];
  int depth = 0;
  int newlines = 0;
  seg->nspan = 0;
  size_t i = r->start;
  while (i < r->end) {
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
static int inside_quote(const seg_run *r, size_t L, size_t R) {
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
static size_t closes_span(const seg_run *r, size_t seg_start, size_t R) {
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
static int item_at(const char *t, size_t i, size_t end) {
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

typedef struct seg_stats {
  size_t letters, arabic, armenian, words;
  int has_stop; /* a terminal mark followed by a space or the end */
} seg_stats;

static void prepass(seg_run *r, seg_stats *st) {
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
    }
    prev = c;
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
        if (push_cand(seg, pending, CAND_FORCE))
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
    if (push_cand(seg, pending, CAND_FORCE))
      return -1;
  return 0;
}

/* Widget phrases that web pages glue to the next sentence without a
 * stop ("Scroll down for video Flying high: ..."): they are sentences of
 * their own, which cleaning then drops. */
static const char *const seg_glued_widgets[] = {
    "scroll down for video", "scroll down for videos",
    "scroll down for more", NULL};

/* Length of the glued widget phrase at t[i] (capitalized, as a widget
 * line starts) followed by a space and a capital or digit, or 0. */
static size_t glued_widget(const char *t, size_t i, size_t end) {
  for (size_t k = 0; seg_glued_widgets[k]; k++) {
    const char *p = seg_glued_widgets[k];
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

/* Adds our own candidates and the list markers. */
static int add_candidates(seg_run *r, const seg_stats *st) {
  summar_segmenter *seg = r->seg;
  const char *t = r->t;
  size_t end = r->end;
  /* An Arabic block of 20+ words without any sentence-ending mark: the
   * Arabic comma is its only boundary. */
  int cyrillic_gap = 0; /* lower-case Cyrillic letters before this "." */
  int arabic_gap = 0;   /* Arabic letters before this "." */
  size_t words_since_mark = 0;
  int in_word = 0;
  int32_t prev = ' ';
  size_t i = r->start, marker_done = (size_t)-1;
  seg->nmark = 0;
  while (i < end) {
    size_t at = i;
    int32_t c = summar_utf8_next(t, end, &i);
    int32_t next = cp_at(t, end, i);
    /* word starts: list markers and bullets */
    if (c == 'S' && (at == r->start || is_space(prev))) {
      size_t gw = glued_widget(t, at, end);
      if (gw && ((at > r->start && push_cand(seg, at, CAND_FORCE)) ||
                 push_cand(seg, at + gw, CAND_FORCE)))
        return -1;
    }
    if (!is_space(c) && (at == r->start || is_space(prev)) &&
        at != marker_done) {
      size_t mpos = at, k = at;
      int32_t b = c;
      if (is_bullet(b)) {
        size_t bb = at;
        summar_utf8_next(t, end, &bb);
        if (at > r->start && (bb >= end || is_space(cp_at(t, end, bb))))
          if (push_cand(seg, at, CAND_FORCE))
            return -1;
        k = skip_space(t, bb, end);
      }
      unsigned v;
      int kind;
      size_t me = parse_marker(t, k, end, &v, &kind);
      if (me) {
        if (push_mark(seg, mpos, v, kind, words_since_mark))
          return -1;
        words_since_mark = 0;
        marker_done = k;
      }
    }
    if (is_space(c)) {
      in_word = 0;
    } else if (!in_word) {
      in_word = 1;
      words_since_mark++;
    }
    /* "martyr.[1] The": a reference after the period */
    if (c == ']' && (next < 0 || is_space(next))) {
      size_t j = skip_citation(t, r->start, i);
      int32_t d = j != i ? cp_before(t, r->start, &j) : -1;
      if (is_dot(d) || (d >= 0 && is_sterm(r, d)))
        if (push_cand(seg, i, CAND_TERM))
          return -1;
    }
    /* Arabic ؛ and, in Armenian text, ":" end sentences */
    if ((c == 0x061B || (c == ':' && r->colon_stop)) &&
        (next < 0 || is_space(next)))
      if (push_cand(seg, i, CAND_TERM))
        return -1;
    /* a dash opening a sentence after terminal punctuation: "? - Next" */
    if ((c == '-' || c == 0x2013 || c == 0x2014) && is_space(prev) &&
        is_space(next) && at > r->start) {
      size_t j = skip_space_back(t, r->start, at);
      int32_t d;
      do
        d = cp_before(t, r->start, &j);
      while (d >= 0 && is_closer(d));
      if (is_dot(d) || is_ellipsis(d) || (d >= 0 && is_sterm(r, d)))
        if (push_cand(seg, at, CAND_TERM))
          return -1;
    }
    if (c == '.') {
      /* "word. . . . Next" and "word. ...next": the period ends the
       * sentence, the ellipsis opens the next one */
      if (next == ' ' && (is_letter(prev) || is_digit(prev) ||
                          is_closer(prev))) {
        size_t j = i + 1, dots = 0;
        while (j < end && (t[j] == '.' || (t[j] == ' ' && j + 1 < end &&
                                           t[j + 1] == '.'))) {
          if (t[j] == '.')
            dots++;
          j++;
        }
        if (dots >= 2 && j < end && t[j] != '.' && (t[j] == ' ' ||
                                                     is_letter(cp_at(t, end, j))))
          if (push_cand(seg, i, CAND_TERM))
            return -1;
      }
      /* a digit after ". ": ICU looks through numbers for a lower-case
       * word; only abbreviations deserve that */
      if (next == ' ' || next == '\t') {
        size_t j = skip_space(t, i, end);
        if (j < end && t[j] >= '0' && t[j] <= '9')
          if (push_cand(seg, i, CAND_TERM))
            return -1;
      }
      /* Cyrillic "слово.Слово": a missing space */
      if (cyrillic_gap >= 3 && is_upper(next))
        if (push_cand(seg, i, CAND_TERM))
          return -1;
      /* Arabic "كلمة.كلمة": a missing space after a word of 2+ letters
       * (not "أ.ب", whose parts are single letters), a number, a closing
       * bracket or quote, or a space ("كلمة .كلمة") */
      if (next >= 0x0621 && next <= 0x064A &&
          (arabic_gap >= 2 || is_digit(prev) || is_closer(prev) ||
           is_space(prev)))
        if (push_cand(seg, i, CAND_TERM))
          return -1;
    }
    if (c >= 0x0430 && c <= 0x04FF && is_lower(c))
      cyrillic_gap++;
    else
      cyrillic_gap = 0;
    if ((c >= 0x0621 && c <= 0x064A) || (c >= 0x064B && c <= 0x065F && arabic_gap))
      arabic_gap++;
    else
      arabic_gap = 0;
    prev = c;
  }
  if (st->letters > 0 && st->arabic * 2 > st->letters &&
      st->words >= SEG_ARABIC_COMMA_WORDS && !st->has_stop &&
      add_arabic_commas(r))
    return -1;
  /* markers in a numbered or lettered sequence open list items */
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
      if (push_cand(seg, m->pos, CAND_FORCE))
        return -1;
  }
  return 0;
}

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

static void analyze_left(const seg_run *r, size_t lo, size_t L,
                         seg_left *x) {
  const char *t = r->t;
  memset(x, 0, sizeof *x);
  size_t i = L;
  int32_t closer = 0;
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
      closer = c;
    i = j;
  }
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
  /* the word before the run */
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
  if (n->dot_after && r->seg->lang && in_list(r->seg->lang->prefix, n->word))
    return 1;
  return in_list(r->seg->starters, n->word);
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
  size_t nchar = 0, nletter = 0, ndigit = 0, ndot = 0, part = 0, maxpart = 0;
  int32_t first = -1;
  for (size_t i = s; i < e;) {
    int32_t c = summar_utf8_next(t, e, &i);
    if (is_format(c))
      continue;
    if (first < 0)
      first = c;
    nchar++;
    if (is_letter(c))
      nletter++;
    else if (is_digit(c))
      ndigit++;
    if (is_dot(c)) {
      ndot++;
      part = 0;
    } else if (++part > maxpart) {
      maxpart = part;
    }
  }
  int next_digit = is_digit(n->c1);
  int next_upper = is_upper(n->c1);
  /* a list marker alone ("1.", "a.", "IV.") */
  if ((ndigit == nchar && nchar <= 3) || nletter == 1 ||
      (is_roman(t, s, e) && e - s <= 5)) {
    if (only_bullet_before(r, seg_start, s) && ndot == 0)
      return 0;
  }
  if (ndigit > 0 && nletter == 0) {
    /* a number: an ordinal in some languages */
    if ((flags & SEG_LANG_ORDINAL_DOT) && ndigit == nchar && nchar <= 3 &&
        next_upper && !is_starter(r, n))
      return 0;
    return 1;
  }
  char w[64];
  if (!lower_copy(t, s, e, w, sizeof w))
    return 1;
  if (nletter == 1 && nchar == 1 && is_lower(first) &&
      prev_is_number(r, seg_start, s)) {
    /* a unit after a number ("5 h.", "3 m."): a generic abbreviation */
    if (next_upper)
      return is_starter(r, n);
    return !next_digit;
  }
  if (nletter == nchar && nchar <= 2 && is_caseless(first) &&
      is_caseless(n->c1) && prev_is_number(r, seg_start, s))
    return 1; /* a unit or era after a number, caseless script: "عام 1783
                 م. اتسعت", "50 م. في": written so only at a sentence end */
  if (nletter == 1 && nchar == 1) {
    /* an initial, unless the English pronoun "I" after a lower-case word */
    if ((flags & SEG_LANG_PRONOUN_I) && first == 'I') {
      size_t j = skip_space_back(t, seg_start, s);
      if (j > seg_start) {
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
        if (is_lower(c))
          return 1;
      }
    }
    return 0;
  }
  int prefix = ld && in_list(ld->prefix, w);
  int numeric = in_list(seg_all_numeric, w) || (ld && in_list(ld->numeric, w));
  /* dotted: "U.S.", "Ph.D.", "т.е."; not "example.com" nor "3.5kg" */
  int dotted = ndot > 0 && ndigit == 0 && maxpart <= 4;
  int generic = dotted || (ld && in_list(ld->generic, w));
  if (!generic && ((flags & SEG_LANG_ORDINAL_DOT) && is_roman(t, s, e)))
    generic = 1;
  if (!generic && (flags & SEG_LANG_DOUBLED_PLURAL) && nchar == 2 &&
      nletter == 2 && is_upper(first) && t[s] == t[s + 1])
    generic = 1;
  if (prefix)
    return !(is_letter(n->c1) || next_digit);
  if ((numeric || generic) && next_digit)
    return 0;
  if (generic) {
    if (next_upper)
      return is_starter(r, n) &&
             words_back(r, seg_start, e, SEG_MIN_ABBR_WORDS) >=
                 SEG_MIN_ABBR_WORDS;
    return 1;
  }
  return 1;
}

/* An exclamation mark that is part of a name ("Yahoo!"). */
static int exclaim_word(const seg_run *r, const seg_left *x) {
  char w[64];
  if (x->tok_start >= x->tok_end ||
      !lower_copy(r->t, x->tok_start, x->tok_end, w, sizeof w))
    return 0;
  return in_list(seg_exclaim_words, w);
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

/* A single line break without terminal punctuation before it. */
static int judge_line(const seg_run *r, size_t L, size_t R) {
  if (item_at(r->t, R, r->end))
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
  /* the next word would have fit: the line was broken on purpose */
  return line_length(r, L) + 1 + word_length(r, R) <= r->width;
}

/* Should there be a boundary between L (end of the left text) and R
 * (start of the right text)? */
static int judge(const seg_run *r, size_t seg_start, size_t L, size_t R,
                 unsigned kind, int newline) {
  if (kind == CAND_FORCE)
    return 1;
  seg_left x;
  analyze_left(r, seg_start, L, &x);
  if (!x.term) {
    if (newline)
      return judge_line(r, L, R);
    return 0;
  }
  if (!newline && L == R && kind == CAND_ICU)
    return 0; /* "1.Helado", "tel.:0123": no space, no boundary */
  if (newline && item_at(r->t, R, r->end))
    return 1;
  if (inside_quote(r, L, R))
    return 0;
  seg_next n;
  analyze_next(r, R, &n);
  if (x.sterm) {
    if (x.ndots == 0 && exclaim_word(r, &x))
      return 0; /* "Yahoo!" */
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

/* ------------------------------------------------------------ output */

static int has_alnum(const char *t, size_t s, size_t e) {
  while (s < e) {
    int32_t c = summar_utf8_next(t, e, &s);
    if (is_letter(c) || is_digit(c))
      return 1;
  }
  return 0;
}

static int emit(seg_run *r, size_t s, size_t e, int after_blank) {
  if (e <= s)
    return 0;
  int punct = !has_alnum(r->t, s, e);
  if (punct && r->last_punct && !after_blank && r->out->n > r->first_out) {
    r->out->v[r->out->n - 1].end = e;
    return 0;
  }
  if (summar_rangevec_push(r->out, s, e))
    return -1;
  r->last_punct = punct;
  return 0;
}

/* ------------------------------------------------------------ API */

summar_status summar_segmenter_new(const summar_allocator *a,
                                   const char *lang, summar_segmenter **out) {
  if (!out)
    return SUMMAR_ERR_ARG;
  *out = NULL;
  if (!a)
    a = &summar_default_allocator;
  summar_segmenter *seg = summar_calloc(a, 1, sizeof *seg);
  if (!seg)
    return SUMMAR_ERR_NOMEM;
  seg->a = *a;
  UText init = UTEXT_INITIALIZER;
  seg->ut = init;
  char code[8] = "";
  if (lang && strcmp(lang, "und") != 0) {
    size_t k = 0;
    while (lang[k] && lang[k] != '-' && lang[k] != '_' && k < sizeof code - 1) {
      char ch = lang[k];
      code[k] = (ch >= 'A' && ch <= 'Z') ? (char)(ch + 32) : ch;
      k++;
    }
    code[k] = '\0';
  }
  for (size_t k = 0; k < sizeof seg_langs / sizeof seg_langs[0]; k++)
    if (strcmp(seg_langs[k].code, code) == 0)
      seg->lang = &seg_langs[k];
  seg->starters = seg->lang && seg->lang->starters ? seg->lang->starters
                                                    : seg_en_starters;
  UErrorCode err = U_ZERO_ERROR;
  seg->bi = ubrk_open(UBRK_SENTENCE, code, NULL, 0, &err);
  if (U_FAILURE(err) || !seg->bi) {
    summar_dealloc(a, seg);
    return SUMMAR_ERR_BACKEND;
  }
  *out = seg;
  return SUMMAR_OK;
}

void summar_segmenter_free(summar_segmenter *seg) {
  if (!seg)
    return;
  if (seg->bi)
    ubrk_close(seg->bi);
  utext_close(&seg->ut);
  summar_dealloc(&seg->a, seg->cand);
  summar_dealloc(&seg->a, seg->span);
  summar_dealloc(&seg->a, seg->mark);
  summar_allocator a = seg->a;
  summar_dealloc(&a, seg);
}

summar_status summar_segment(summar_segmenter *seg, const char *text,
                             size_t start, size_t end, int soft_blank,
                             summar_rangevec *out) {
  if (!seg || !out || (!text && end > start) || end < start)
    return SUMMAR_ERR_ARG;
  seg_run r;
  memset(&r, 0, sizeof r);
  r.seg = seg;
  r.t = text;
  r.out = out;
  r.first_out = out->n;
  r.start = skip_space(text, start, end);
  r.end = skip_space_back(text, r.start, end);
  if (r.start >= r.end)
    return SUMMAR_OK;
  if ((uint64_t)(r.end - r.start) > (uint64_t)INT32_MAX)
    return SUMMAR_ERR_TOO_LARGE;

  seg_stats st;
  prepass(&r, &st);
  r.colon_stop = st.letters > 0 && st.armenian * 2 > st.letters;

  /* ICU's candidates */
  seg->ncand = 0;
  UErrorCode err = U_ZERO_ERROR;
  utext_openUTF8(&seg->ut, text + r.start, (int64_t)(r.end - r.start), &err);
  if (U_FAILURE(err))
    return SUMMAR_ERR_BACKEND;
  ubrk_setUText(seg->bi, &seg->ut, &err);
  if (U_FAILURE(err))
    return SUMMAR_ERR_BACKEND;
  for (int32_t b = ubrk_following(seg->bi, 0); b != UBRK_DONE;
       b = ubrk_next(seg->bi)) {
    size_t pos = r.start + (size_t)b;
    if (pos >= r.end)
      break;
    if (push_cand(seg, pos, CAND_ICU))
      return SUMMAR_ERR_NOMEM;
  }
  if (add_candidates(&r, &st) || find_spans(&r))
    return SUMMAR_ERR_NOMEM;
  sort_cands(seg);

  size_t seg_start = r.start;
  int after_blank = 1;
  for (size_t k = 0; k < seg->ncand; k++) {
    size_t p = seg->cand[k].pos;
    if (p <= seg_start || p >= r.end)
      continue;
    size_t L = skip_space_back(text, seg_start, p);
    size_t R = skip_space(text, p, r.end);
    if (L <= seg_start || R >= r.end)
      continue;
    /* a closing quote or bracket after the period stays on the left */
    if (seg->cand[k].kind != CAND_FORCE) {
      size_t ce;
      int guard = 0;
      while (R < r.end && (ce = closes_span(&r, seg_start, R)) != 0 &&
             guard++ < 8) {
        L = ce;
        R = skip_space(text, ce, r.end);
      }
      if (R >= r.end)
        continue;
    }
    int newlines = 0;
    for (size_t i = L; i < R; i++)
      if (text[i] == '\n')
        newlines++;
    int keep = (newlines >= 2 && !soft_blank) ||
               judge(&r, seg_start, L, R, seg->cand[k].kind, newlines > 0);
    if (!keep)
      continue;
    if (emit(&r, seg_start, L, after_blank))
      return SUMMAR_ERR_NOMEM;
    after_blank = newlines >= 2 && !soft_blank;
    seg_start = R;
  }
  if (emit(&r, seg_start, r.end, after_blank))
    return SUMMAR_ERR_NOMEM;
  return SUMMAR_OK;
}
