/*
 * segment_int.h - what the files of the sentence segmenter share: the
 * segmenter's state, character classes, and the steps of a run
 * (segment.c drives; segment_cand.c proposes candidate boundaries;
 * segment_judge.c decides; segment_lang.c holds the per-language data).
 * Internal to the segmenter.
 */
#ifndef SUMMAR_SEGMENT_INT_H
#define SUMMAR_SEGMENT_INT_H

#include "segment.h"
#include "data_lists.h"

#include <string.h>

#include <unicode/ubrk.h>
#include <unicode/uchar.h>
#include <unicode/ustring.h>
#include <unicode/utext.h>

/* ------------------------------------------------ language data (segment_lang.c) */

enum {
  SEG_LANG_ORDINAL_DOT = 1u << 0, /* "5." and "XII." are ordinals */
  SEG_LANG_PRONOUN_I = 1u << 1,   /* "I." after a lower-case word ends */
  SEG_LANG_DOUBLED_PLURAL = 1u << 2 /* "EE. UU.": doubled-letter plurals */
};

typedef struct seg_langdata {
  const char *code;
  const char *const *prefix;
  const char *const *numeric;
  const char *const *generic;
  const char *const *starters;
  unsigned flags;
} seg_langdata;

/* Fills *out with the data of ISO code `code` (lower case); returns 0
 * (and zeroes *out) when the language has none. */
int summar_seg_langdata(const char *code, seg_langdata *out);

/* ------------------------------------------------------------ state */

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
  seg_langdata lang_data;
  const seg_langdata *lang; /* &lang_data, or NULL: no per-language data */
  const char *const *starters;    /* sentence openers */
  const char *const *all_numeric; /* before numbers, every language */
  const char *const *exclaim;     /* names ending in "!" */
  seg_cand *cand;
  size_t ncand, ccand;
  seg_span *span;
  size_t nspan, cspan;
  seg_marker *mark;
  size_t nmark, cmark;
  UChar *u16;       /* a run in UTF-16, for ICU */
  size_t cu16;
  size_t utf16_max; /* runs up to this many bytes reach ICU in UTF-16 */
};

/* Per-call state. */
typedef struct seg_run {
  summar_segmenter *seg;
  const char *t;
  size_t start, end;
  size_t width;    /* longest line, in code points */
  size_t lines;    /* number of lines */
  int colon_stop;  /* Armenian text: ":" is a full stop */
  int semicolon_q; /* Greek text: ";" is a question mark */
  summar_rangevec *out;
  size_t first_out; /* out->n when the call began */
  int last_punct;   /* the last pushed range holds no letter or digit */
} seg_run;

typedef struct seg_stats {
  size_t letters, arabic, armenian, greek, words;
  int has_stop; /* a terminal mark followed by a space or the end */
} seg_stats;

/* ------------------------------------------------------------ steps */

/* Candidates (segment_cand.c).  Each returns -1 on allocation failure. */
int summar_seg_push_cand(summar_segmenter *seg, size_t pos, unsigned kind);
/* Sorts the candidates by position, merging duplicates (the strongest
 * kind wins: FORCE > TERM > ICU). */
void summar_seg_sort_cands(summar_segmenter *seg);
/* Counts letters, scripts, words, lines and the widest line of the run. */
void summar_seg_prepass(seg_run *r, seg_stats *st);
/* Adds our own candidates (list items, bullets, Arabic marks, missing
 * spaces, glued widget phrases...) and the list markers. */
int summar_seg_add_candidates(seg_run *r, const seg_stats *st);
/* Finds balanced quotations and brackets, ordered by their closers. */
int summar_seg_find_spans(seg_run *r);
/* Is a boundary between L and R inside a short quotation? */
int summar_seg_inside_quote(const seg_run *r, size_t L, size_t R);
/* If a closer at R closes a span opened at or after seg_start, the end of
 * that closer, else 0. */
size_t summar_seg_closes_span(const seg_run *r, size_t seg_start, size_t R);
/* Does a list item or a bullet start at t[i]? */
int summar_seg_item_at(const char *t, size_t i, size_t end);

/* Decisions (segment_judge.c): should there be a boundary between L (end
 * of the left text) and R (start of the right text)? */
int summar_seg_judge(const seg_run *r, size_t seg_start, size_t L, size_t R,
                     unsigned kind, int newline);

/* ------------------------------------------------------------ characters */

static inline int32_t cp_at(const char *t, size_t end, size_t i) {
  size_t j = i;
  if (i >= end)
    return -1;
  return summar_utf8_next(t, end, &j);
}

/* The code point ending at *i (> lo); moves *i to its first byte. */
static inline int32_t cp_before(const char *t, size_t lo, size_t *i) {
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

static inline int is_space(int32_t c) { return c >= 0 && summar_is_space(c); }

static inline int is_newline(int32_t c) {
  return c == '\n' || c == '\r' || c == 0x85 || c == 0x2028 || c == 0x2029 ||
         c == 0x0B || c == 0x0C;
}

static inline int is_format(int32_t c) {
  return c > 0x7F && u_charType(c) == U_FORMAT_CHAR && !summar_is_space(c);
}

static inline int is_dot(int32_t c) { return c == '.' || c == 0xFF0E || c == 0x2024; }

static inline int is_ellipsis(int32_t c) { return c == 0x2026 || c == 0x22EF; }

/* Terminal marks other than dots (Ethiopic full stop and question mark,
 * Myanmar section mark, Greek question mark; ":" in Armenian text and
 * ";" in Greek text). */
static inline int is_sterm(const seg_run *r, int32_t c) {
  switch (c) {
  case '!': case '?': case 0x061F: case 0x061B: case 0x06D4: case 0x0589:
  case 0x0964: case 0x0965: case 0x3002: case 0xFF01: case 0xFF1F:
  case 0x203C: case 0x2047: case 0x2048: case 0x2049: case 0xFE56:
  case 0xFE57: case 0x037E: case 0x1362: case 0x1367: case 0x104B:
    return 1;
  case ':':
    return r->colon_stop;
  case ';':
    return r->semicolon_q;
  default:
    return 0;
  }
}

/* Letters, digits, case: ICU's answers, those for ASCII without a call. */
static inline int is_letter(int32_t c) {
  if (c < 0x80)
    return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
  return u_isalpha(c);
}
static inline int is_digit(int32_t c) {
  if (c < 0x80)
    return c >= '0' && c <= '9';
  return u_isdigit(c);
}
static inline int is_upper(int32_t c) {
  if (c < 0x80)
    return c >= 'A' && c <= 'Z';
  return u_isUUppercase(c) || u_istitle(c);
}
static inline int is_lower(int32_t c) {
  if (c < 0x80)
    return c >= 'a' && c <= 'z';
  return u_isULowercase(c);
}
/* A letter of a script without case (Arabic, Hebrew, CJK...). */
static inline int is_caseless(int32_t c) {
  return is_letter(c) && !is_upper(c) && !is_lower(c);
}
static inline int is_mark(int32_t c) {
  int8_t t = c >= 0 ? u_charType(c) : 0;
  return t == U_NON_SPACING_MARK || t == U_COMBINING_SPACING_MARK ||
         t == U_ENCLOSING_MARK;
}

/* Quotes and brackets that may follow a terminal mark. */
static inline int is_closer(int32_t c) {
  if (c == '"' || c == '\'')
    return 1;
  if (c < 0x80)
    return c == ')' || c == ']' || c == '}';
  int8_t t = u_charType(c);
  return t == U_END_PUNCTUATION || t == U_FINAL_PUNCTUATION ||
         t == U_INITIAL_PUNCTUATION;
}

/* Quotes and brackets that may open a sentence. */
static inline int is_opener(int32_t c) {
  if (c == '"' || c == '\'' || c == 0xBF || c == 0xA1)
    return 1;
  if (c < 0x80)
    return c == '(' || c == '[' || c == '{';
  int8_t t = u_charType(c);
  return t == U_START_PUNCTUATION || t == U_INITIAL_PUNCTUATION ||
         t == U_FINAL_PUNCTUATION;
}

static inline int is_bullet(int32_t c) {
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
static inline int is_line_bullet(int32_t c) {
  return is_bullet(c) || c == '-' || c == '*' || c == '+' || c == 0x2013 ||
         c == 0x2014;
}

static inline size_t skip_space(const char *t, size_t i, size_t end) {
  while (i < end) {
    size_t j = i;
    int32_t c = summar_utf8_next(t, end, &j);
    if (!is_space(c))
      break;
    i = j;
  }
  return i;
}

static inline size_t skip_space_back(const char *t, size_t lo, size_t i) {
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
static inline size_t skip_citation(const char *t, size_t lo, size_t i) {
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

/* Lower-cases t[s,e) into buf (cap bytes with NUL); 0 when it does not fit. */
static inline int lower_copy(const char *t, size_t s, size_t e, char *buf,
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

#endif /* SUMMAR_SEGMENT_INT_H */
