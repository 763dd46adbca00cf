/*
 * junk.c - lines and sentences that are not article: share / follow /
 * "read more" / copyright / cookie / comment-form / dateline widgets,
 * menus and breadcrumbs, photo captions.
 *
 * The phrases are data (data/junk/<lang>.txt, data/credits/<lang>.txt).
 * The rule throughout: dropping article text is worse than keeping a
 * little junk, so every test is narrow.
 */
#include "clean_int.h"
#include "data_lists.h"

#include <string.h>

/* ------------------------------------------------------------ widgets */

/* A list lookup that also tries the word without a glued Arabic و. */
static int in_list_w(const char *const *list, const char *w) {
  if (summar_in_list(list, w))
    return 1;
  return (unsigned char)w[0] == 0xD9 && (unsigned char)w[1] == 0x88 &&
         strlen(w) > 4 && summar_in_list(list, w + 2);
}

#define WIDGET_MAX_WORDS 60
#define WIDGET_KEPT_WORDS 12
#define JOINED_MAX 2048

/* The words of a line, as the widget tests read them.  read_words()
 * fills the arrays as far as the counts go: only the members before them
 * start zeroed. */
typedef struct wline {
  const char *text;
  size_t start, end;
  size_t nw;         /* all words */
  uint64_t first[4]; /* the first bytes of the words in joined, as bits */
  int numbers, cookie, person, cookie_verb;
  summar_lexword w[WIDGET_KEPT_WORDS]; /* the first words */
  char joined[JOINED_MAX];             /* " w1 w2 ... wn " */
} wline;

/* Whether a word of l->joined starts with byte c. */
static int starts_a_word(const wline *l, char c) {
  unsigned char b = (unsigned char)c;
  return (l->first[b >> 6] >> (b & 63)) & 1;
}

/* Words that make a line a share / follow / print widget. */
/* " w1 w2 ... wn " holds " phrase " (phrase words separated by one space).
 * The phrase would start a word there: a line without a word that starts
 * as it does is not searched. */
static int joined_has(const wline *l, const char *phrase) {
  if (phrase[0] && !starts_a_word(l, phrase[0]))
    return 0;
  const char *joined = l->joined;
  size_t n = strlen(phrase);
  for (const char *p = joined; (p = strstr(p, phrase)) != NULL; p++)
    if (p > joined && p[-1] == ' ' && p[n] == ' ')
      return 1;
  return 0;
}

static int joined_starts(const char *joined, const char *phrase) {
  if (joined[0] != ' ' || (phrase[0] && joined[1] != phrase[0]))
    return 0;
  size_t n = strlen(phrase);
  return strncmp(joined + 1, phrase, n) == 0 && joined[1 + n] == ' ';
}

/* Whether text[s,e) holds more than `max` runs of non-space characters
 * with a letter or digit among them.  A word of summar_lexword_next()
 * starts at a letter or digit and never holds a space, so each such run
 * holds a word of its own: the line has more than `max` words. */
static int more_runs_than(const char *text, size_t s, size_t e, size_t max) {
  size_t runs = 0;
  int counted = 0; /* the current run holds a letter or digit */
  for (size_t i = s; i < e;) {
    int32_t cp = summar_utf8_next(text, e, &i);
    if (cp < 0)
      continue;
    if (summar_is_space(cp))
      counted = 0;
    else if (!counted && summar_is_alnum(cp)) {
      counted = 1;
      if (++runs > max)
        return 1;
    }
  }
  return 0;
}

/* Reads the words of text[start,end); 0 when there are more than
 * WIDGET_MAX_WORDS (a long line is no widget). */
static int read_words(wline *l) {
  if (more_runs_than(l->text, l->start, l->end, WIDGET_MAX_WORDS))
    return 0;
  size_t jn = 0, pos = l->start;
  l->joined[jn++] = ' ';
  summar_lexword cur;
  while (summar_lexword_next(l->text, l->end, &pos, &cur)) {
    if (++l->nw > WIDGET_MAX_WORDS)
      return 0;
    if (l->nw <= WIDGET_KEPT_WORDS)
      l->w[l->nw - 1] = cur;
    if (cur.number)
      l->numbers++;
    const char *t = cur.norm;
    l->cookie |= summar_in_list(summar_junk_cookie, t);
    l->person |= summar_in_list(summar_junk_cookie_person, t);
    l->cookie_verb |= summar_in_list(summar_junk_cookie_verb, t);
    if (jn + cur.norm_len + 2 < JOINED_MAX) {
      unsigned char b = (unsigned char)t[0];
      l->first[b >> 6] |= 1ull << (b & 63);
      memcpy(l->joined + jn, t, cur.norm_len);
      jn += cur.norm_len;
      l->joined[jn++] = ' ';
    }
  }
  l->joined[jn] = '\0';
  return 1;
}

/* A phrase of `list` anywhere in the line. */
static int has_phrase(const wline *l, const char *const *list) {
  for (size_t k = 0; list[k]; k++)
    if (joined_has(l, list[k]))
      return 1;
  return 0;
}

/* A phrase of `list` opens the line. */
static int starts_phrase(const wline *l, const char *const *list) {
  for (size_t k = 0; list[k]; k++)
    if (joined_starts(l->joined, list[k]))
      return 1;
  return 0;
}

/* "© 2025 ...", "Copyright ...", "All rights reserved". */
static int is_copyright(const wline *l) {
  if (l->nw > 40)
    return 0;
  if (summar_text_has_substr(l->text, l->start, l->end, "\xC2\xA9") ||
      joined_starts(l->joined, "copyright") ||
      summar_text_has_substr(l->text, l->start, l->end, "(c) ") ||
      summar_text_has_substr(l->text, l->start, l->end, "(C) "))
    return 1;
  return has_phrase(l, summar_junk_copyright);
}

static int is_cookie_notice(const wline *l) {
  return (l->cookie && l->person && l->cookie_verb) ||
         has_phrase(l, summar_junk_cookie_notice);
}

/* "Your email address will not be published. Required fields are
 * marked *": a blog's comment form. */
static int is_comment_form(const wline *l) {
  return l->nw <= 40 && has_phrase(l, summar_junk_comment_form);
}

/* "Share  Tweet  Email", "Share this article on Facebook", "شاركها." */
static int is_share_line(const wline *l) {
  if (l->nw > 8)
    return 0;
  int core = 0;
  for (size_t k = 0; k < l->nw; k++) {
    if (l->w[k].number)
      continue;
    if (in_list_w(summar_junk_share, l->w[k].norm))
      core++;
    else if (!in_list_w(summar_junk_share_filler, l->w[k].norm))
      return 0;
  }
  return core > 0;
}

/* "Read more: ...", "اقرأ أيضا: ...", "Scroll down for video" */
static int starts_widget(const wline *l) {
  return starts_phrase(l, summar_junk_widget_opener) ||
         starts_phrase(l, summar_junk_glued_widget);
}

/* "Photo: AP", "المصدر: رويترز" */
static int is_label_line(const wline *l) {
  if (l->nw > 15 || !summar_in_list(summar_junk_label, l->w[0].norm))
    return 0;
  size_t i = l->w[0].end;
  while (i < l->end && (l->text[i] == ' ' || l->text[i] == '\t'))
    i++;
  return i < l->end && l->text[i] == ':';
}

/* "5 min read", "Updated: 3 May 2025 14:00 GMT" */
static int is_dateline(const wline *l) {
  if (l->nw <= 8 && has_phrase(l, summar_junk_reading_time))
    return 1;
  if (l->nw > WIDGET_KEPT_WORDS || !l->numbers)
    return 0;
  for (size_t k = 0; summar_junk_dateline[k]; k++) {
    if (!joined_starts(l->joined, summar_junk_dateline[k]))
      continue;
    size_t skip = 1;
    for (const char *p = summar_junk_dateline[k]; *p; p++)
      skip += *p == ' ';
    int rest_ok = 1;
    for (size_t q = skip; q < l->nw && rest_ok; q++)
      rest_ok = l->w[q].number || summar_in_list(summar_junk_time, l->w[q].norm);
    if (rest_ok)
      return 1;
  }
  return 0;
}

/* A bare address: "http..." or "www." at the start, no space. */
static int is_bare_address(const wline *l) {
  size_t n = l->end - l->start;
  if (l->nw > 30 ||
      !(summar_text_has_substr(l->text, l->start, l->start + (n < 8 ? n : 8),
                               "http") ||
        summar_text_has_substr(l->text, l->start, l->start + (n < 4 ? n : 4),
                               "www.")))
    return 0;
  return memchr(l->text + l->start, ' ', n) == NULL;
}

unsigned summar_widget_flags(const char *text, size_t start, size_t end) {
  if (!text || end <= start)
    return 0;
  wline l;
  memset(&l, 0, offsetof(wline, w));
  l.text = text;
  l.start = start;
  l.end = end;
  if (!read_words(&l) || l.nw == 0)
    return 0;
  if (is_copyright(&l) || is_cookie_notice(&l) || is_comment_form(&l))
    return SUMMAR_SENT_JUNK;
  if (l.nw > 25)
    return 0;
  if (is_share_line(&l) || starts_widget(&l) || is_label_line(&l) ||
      is_dateline(&l) || is_bare_address(&l))
    return SUMMAR_SENT_JUNK;
  return 0;
}

/* ------------------------------------------------------------ menus */

/* Whether a separator starts at text[i] (within [s,e)); *next receives
 * where the item after it starts. */
static int separator_at(const char *text, size_t s, size_t e, size_t i,
                        int guillemets, size_t *next) {
  size_t j = i;
  int32_t cp = summar_utf8_next(text, e, &j);
  if (cp == '\t') {
    *next = j;
    return 1;
  }
  if (cp >= 0 && summar_is_space(cp) && cp != '\n') {
    size_t k = j;
    if (k < e) {
      int32_t c2 = summar_utf8_next(text, e, &k);
      if (c2 >= 0 && summar_is_space(c2) && c2 != '\n') {
        while (k < e) {
          size_t at = k;
          int32_t c3 = summar_utf8_next(text, e, &k);
          if (c3 < 0 || !summar_is_space(c3)) {
            k = at;
            break;
          }
        }
        *next = k;
        return 1;
      }
    }
    return 0;
  }
  switch (cp) {
  case '|': case 0x2022: case 0x00B7: case 0x25AA: case 0x25BA: case 0x2023:
  case 0x2219:
    *next = j;
    return i > s;
  case 0x00BB: /* » as a breadcrumb, not a quote */
    *next = j;
    return !guillemets && i > s;
  case '>':
    *next = j;
    return i > s && text[i - 1] == ' ' && j < e && text[j] == ' ';
  default:
    return 0;
  }
}

/* "Home   News   Sport", "الرئيسية » أخبار", "By X | 3 May 2025" */
int summar_clean_is_menu(const char *text, size_t s, size_t e) {
  if (summar_text_ends_terminal(text, s, e))
    return 0;
  int guillemets = summar_text_has_substr(text, s, e, "\xC2\xAB");
  size_t items = 0, small = 0, big = 0;
  size_t item_start = s, i = s;
  while (i <= e) {
    size_t next = i;
    int sep = i < e && separator_at(text, s, e, i, guillemets, &next);
    if (i == e || sep) {
      size_t words = summar_word_count(text + item_start, i - item_start);
      if (words) {
        items++;
        if (words <= 3)
          small++;
        if (words > 4)
          big++;
      }
      if (i == e)
        break;
      item_start = i = next;
      continue;
    }
    summar_utf8_next(text, e, &i);
  }
  if (items < 2)
    return 0;
  if (!big)
    return 1;
  return items >= 4 && small * 4 >= items * 3;
}

/* U+00AB and U+00BB are C2 AB and C2 BB; C2 is never a continuation byte,
 * so the byte pairs are those code points however the text decodes. */
int summar_clean_last_guillemet(const char *text, size_t s, size_t e) {
  int last = -1;
  if (e - s < 2)
    return last;
  /* memchr (vectorized in the C library) finds each C2 that a second
   * byte follows. */
  const char *p = text + s, *end = text + e - 1;
  while ((p = memchr(p, 0xC2, (size_t)(end - p))) != NULL) {
    unsigned char c1 = (unsigned char)*++p;
    if (c1 == 0xAB || c1 == 0xBB)
      last = c1 == 0xAB;
  }
  return last;
}

/* `quoting`: a « opened on the line before is still open, so a » here
 * closes it rather than separating breadcrumbs. */
int summar_clean_has_menu_separator(const char *text, size_t s, size_t e,
                              int quoting) {
  int guillemets = quoting || summar_text_has_substr(text, s, e, "\xC2\xAB");
  for (size_t i = s; i < e;) {
    unsigned char c = (unsigned char)text[i];
    /* No separator starts at an ASCII letter, digit or mark other than
     * the tab, space, '|' and '>', nor at U+0100..U+07FF. */
    if (c > ' ' && c < 0x80 && c != '|' && c != '>') {
      i++;
      continue;
    }
    if (c >= 0xC4 && c <= 0xDF && i + 1 < e &&
        ((unsigned char)text[i + 1] & 0xC0) == 0x80) {
      i += 2;
      continue;
    }
    size_t next;
    if (separator_at(text, s, e, i, guillemets, &next))
      return 1;
    summar_utf8_next(text, e, &i);
  }
  return 0;
}

/* ------------------------------------------------------------ captions */

/* Bytes at the end of a line searched for a credit. */
#define CREDIT_TAIL 48

int summar_clean_has_credit(const char *text, size_t s, size_t e) {
  size_t tail = e - s > CREDIT_TAIL ? e - CREDIT_TAIL : s;
  for (size_t k = 0; summar_credits_caption[k]; k++)
    if (summar_text_has_substr(text, tail, e, summar_credits_caption[k]))
      return 1;
  return 0;
}

/* A photo caption: a line without sentence punctuation whose last bytes
 * hold a photo or agency credit ("... 3 May 2025 (AP)"). */
int summar_clean_is_caption(const char *text, size_t s, size_t e) {
  return !summar_text_ends_terminal(text, s, e) &&
         summar_clean_has_credit(text, s, e);
}

