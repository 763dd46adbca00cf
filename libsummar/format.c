/*
 * format.c - renders a summary as text, Markdown, HTML or JSON.
 *
 * A sentence cut to fit the budget (summar_pick.truncated) ends with "…"
 * in every format.
 *
 * TEXT      paragraphs of sentences joined by one space (each sentence's
 *           bytes as in the document, except that white space holding a
 *           line break, where the source wrapped the sentence, becomes one
 *           space), separated by one blank line, ending with one "\n"; the
 *           title, when asked, is its own first paragraph (one line, the
 *           same way).  An empty summary renders as "".
 * MARKDOWN  as TEXT; the title is a "# " heading; a character that would
 *           start a Markdown block at the start of a paragraph (# > - + *
 *           = _ ` ~ < |, and "1." / "1)" followed by white space or the
 *           end, as a list item is) is escaped with a backslash.  The
 *           backslash never follows a letter or digit of the word it
 *           joins, so the word count (counted from a word's first letter
 *           or digit) is that of TEXT.
 * HTML      "<h1>title</h1>\n" then "<p>...</p>\n" per paragraph, with
 *           & < > " ' escaped.
 * JSON      one object, always (also for an empty summary), ending "\n":
 *   {
 *     "schema": 2,                 SUMMAR_JSON_SCHEMA
 *     "language": "en",            source language (ISO 639-1 or "und")
 *     "title": "...",              only when asked and the doc has one
 *     "words": 118,                words in the summary
 *     "source_words": 950,         content words of the source
 *     "paragraphs": 2,             number of output paragraphs
 *     "sentences": [               chosen sentences, source order
 *       {"index": 4,               sentence index in the document
 *        "paragraph": 0,           0-based output paragraph
 *        "start": 310, "end": 402, byte offsets in the document text
 *        "words": 17,
 *        "score": 0.812345,        score under the request's algorithm
 *        "truncated": true,        only when cut to fit the budget
 *        "text": "..."}            the sentence's bytes (+ "…" when cut)
 *     ],
 *     "keywords": [                most salient first (empty if not asked)
 *       {"word": "harbour",        the keyword's most frequent surface form
 *        "weight": 1}, ...         salience relative to the first keyword's
 *     ],
 *     "warnings": ["short_source", "few_paragraphs", "replaced",
 *                  "nothing_fits", "lang_guessed", "truncated"],
 *                                  those that apply
 *     "text": "..."                the TEXT rendering without the title
 *   }
 *   Strings escape '"', '\\' and control characters (\n \r \t \b \f,
 *   others as \u00XX); all other UTF-8 is passed through.  Numbers are
 *   written without the C locale's help, so LC_NUMERIC cannot break them.
 */
#include "internal.h"

#include <math.h>
#include <stdint.h>
#include <string.h>

void summar_json_string(summar_buf *b, const char *s, size_t n) {
  static const char hex[] = "0123456789abcdef";
  summar_buf_putc(b, '"');
  size_t run = 0; /* start of the pending run of plain bytes */
  for (size_t i = 0; i < n; i++) {
    unsigned char c = (unsigned char)s[i];
    const char *esc = NULL;
    char u[7];
    switch (c) {
    case '"': esc = "\\\""; break;
    case '\\': esc = "\\\\"; break;
    case '\n': esc = "\\n"; break;
    case '\r': esc = "\\r"; break;
    case '\t': esc = "\\t"; break;
    case '\b': esc = "\\b"; break;
    case '\f': esc = "\\f"; break;
    default:
      if (c < 0x20) {
        u[0] = '\\';
        u[1] = 'u';
        u[2] = '0';
        u[3] = '0';
        u[4] = hex[c >> 4];
        u[5] = hex[c & 15];
        u[6] = '\0';
        esc = u;
      }
    }
    if (esc) {
      summar_buf_append(b, s + run, i - run);
      summar_buf_puts(b, esc);
      run = i + 1;
    }
  }
  summar_buf_append(b, s + run, n - run);
  summar_buf_putc(b, '"');
}

void summar_html_escape(summar_buf *b, const char *s, size_t n) {
  size_t run = 0;
  for (size_t i = 0; i < n; i++) {
    const char *esc = NULL;
    switch (s[i]) {
    case '&': esc = "&amp;"; break;
    case '<': esc = "&lt;"; break;
    case '>': esc = "&gt;"; break;
    case '"': esc = "&quot;"; break;
    case '\'': esc = "&#39;"; break;
    default: break;
    }
    if (esc) {
      summar_buf_append(b, s + run, i - run);
      summar_buf_puts(b, esc);
      run = i + 1;
    }
  }
  summar_buf_append(b, s + run, n - run);
}

/* Markdown: escapes what would start a block at a line start (an ordered
 * list item needs white space or the end after its "1." or "1)"). */
static void md_line_start(summar_buf *b, const char *s, size_t n,
                          size_t *i) {
  size_t j = *i;
  while (j < n && (s[j] == ' ' || s[j] == '\t'))
    j++;
  summar_buf_append(b, s + *i, j - *i);
  *i = j;
  if (j >= n)
    return;
  if (strchr("#>-+*=_`~<|", s[j])) {
    summar_buf_putc(b, '\\');
    return;
  }
  size_t d = j;
  while (d < n && d - j < 10 && s[d] >= '0' && s[d] <= '9')
    d++;
  if (d > j && d < n && (s[d] == '.' || s[d] == ')') &&
      (d + 1 == n || s[d + 1] == ' ' || s[d + 1] == '\t' ||
       s[d + 1] == '\n' || s[d + 1] == '\r')) {
    summar_buf_append(b, s + j, d - j);
    summar_buf_putc(b, '\\');
    *i = d;
  }
}

/* Explicit bidi controls (UAX #9) a sentence opens and does not close:
 * an embedding or override (LRE, RLE, LRO, RLO, closed by PDF) or an
 * isolate (LRI, RLI, FSI, closed by PDI).  Left open, one would reorder
 * everything rendered after the sentence.  At most 125 levels count, as
 * in UAX #9; deeper ones have no effect. */
#define BIDI_MAX_DEPTH 125

typedef struct bidi_open {
  char kind[BIDI_MAX_DEPTH]; /* 'E' embedding/override, 'I' isolate */
  size_t depth, overflow;
} bidi_open;

static void bidi_scan(bidi_open *st, const char *s, size_t n) {
  for (const char *p = s, *end = s + n;
       (p = memchr(p, 0xE2, (size_t)(end - p))) != NULL && end - p >= 3;
       p++) {
    unsigned b1 = (unsigned char)p[1], b2 = (unsigned char)p[2];
    int open = 0;
    if (b1 == 0x80 && (b2 == 0xAA || b2 == 0xAB || b2 == 0xAD || b2 == 0xAE))
      open = 'E';
    else if (b1 == 0x81 && b2 >= 0xA6 && b2 <= 0xA8)
      open = 'I';
    if (open) {
      if (st->depth < BIDI_MAX_DEPTH && !st->overflow)
        st->kind[st->depth++] = (char)open;
      else
        st->overflow++;
    } else if (b1 == 0x80 && b2 == 0xAC) { /* PDF */
      if (st->overflow)
        st->overflow--;
      else if (st->depth && st->kind[st->depth - 1] == 'E')
        st->depth--;
    } else if (b1 == 0x81 && b2 == 0xA9) { /* PDI */
      size_t d = st->depth;
      while (d && st->kind[d - 1] != 'I')
        d--;
      if (d) { /* closes the isolate and what it holds */
        st->overflow = 0;
        st->depth = d - 1;
      }
    }
  }
}

/* Closes what bidi_scan() found open, innermost first. */
static void bidi_close(summar_buf *b, bidi_open *st) {
  while (st->depth)
    summar_buf_puts(b, st->kind[--st->depth] == 'I' ? "\xE2\x81\xA9"
                                                     : "\xE2\x80\xAC");
  st->overflow = 0;
}

/* Appends s[0..n) as TEXT, MARKDOWN or HTML with every run of white
 * space that holds a line break turned into one space: a sentence (or
 * title) wrapped across lines in the source reads as one line, its words
 * untouched.  Bidi controls left open are closed where a line ends (a
 * paragraph separator closes them in the source) and at the end.
 * Markdown escapes a block marker at the start when `at_start`. */
static void put_flowed(summar_buf *b, const char *s, size_t n,
                       summar_format f, int at_start) {
  size_t i = 0;
  bidi_open bidi;
  bidi.depth = bidi.overflow = 0;
  if (f == SUMMAR_FORMAT_MARKDOWN && at_start)
    md_line_start(b, s, n, &i);
  while (i < n) {
    size_t j = i;
    while (j < n && s[j] != '\n' && s[j] != '\r')
      j++;
    size_t e = j;
    if (j < n)
      while (e > i && (s[e - 1] == ' ' || s[e - 1] == '\t'))
        e--;
    if (f == SUMMAR_FORMAT_HTML)
      summar_html_escape(b, s + i, e - i);
    else
      summar_buf_append(b, s + i, e - i);
    bidi_scan(&bidi, s + i, j - i);
    bidi_close(b, &bidi);
    if (j >= n)
      return;
    while (j < n && (s[j] == ' ' || s[j] == '\t' || s[j] == '\n' ||
                     s[j] == '\r'))
      j++;
    summar_buf_putc(b, ' ');
    i = j;
  }
}

/* The body: paragraphs of sentences, as TEXT, MARKDOWN or HTML. */
static void render_body(summar_buf *b, const char *text,
                        const summar_summary *sum, summar_format f) {
  for (size_t k = 0; k < sum->npicks; k++) {
    const summar_pick *pk = &sum->picks[k];
    int starts = k == 0 || sum->picks[k - 1].paragraph != pk->paragraph;
    if (starts) {
      if (k > 0)
        summar_buf_puts(b, f == SUMMAR_FORMAT_HTML ? "</p>\n<p>" : "\n\n");
      else if (f == SUMMAR_FORMAT_HTML)
        summar_buf_puts(b, "<p>");
    } else {
      summar_buf_putc(b, ' ');
    }
    put_flowed(b, text + pk->start, pk->end - pk->start, f, starts);
    if (pk->truncated)
      summar_buf_puts(b, SUMMAR_ELLIPSIS);
  }
  if (sum->npicks)
    summar_buf_puts(b, f == SUMMAR_FORMAT_HTML ? "</p>\n" : "\n");
}

/* A non-negative decimal without printf's locale: 6 decimals, trimmed. */
static void put_number(summar_buf *b, double v) {
  if (!(v == v) || v > 1e15 || v < -1e15)
    v = 0;
  if (v < 0) {
    summar_buf_putc(b, '-');
    v = -v;
  }
  uint64_t m = (uint64_t)(v * 1e6 + 0.5);
  uint64_t ip = m / 1000000u, fp = m % 1000000u;
  summar_buf_printf(b, "%llu", (unsigned long long)ip);
  if (fp) {
    char d[8];
    int len = 6;
    for (int i = 5; i >= 0; i--) {
      d[i] = (char)('0' + fp % 10);
      fp /= 10;
    }
    while (len > 0 && d[len - 1] == '0')
      len--;
    summar_buf_putc(b, '.');
    summar_buf_append(b, d, (size_t)len);
  }
}

/* `key` (the JSON text before the value, such as ",\"words\":") then v. */
static void put_size(summar_buf *b, const char *key, size_t v) {
  summar_buf_printf(b, "%s%llu", key, (unsigned long long)v);
}

static void render_json(summar_buf *b, const char *text,
                        const summar_summary *sum, const char *title,
                        size_t title_len) {
  put_size(b, "{\"schema\":", SUMMAR_JSON_SCHEMA);
  summar_buf_puts(b, ",\"language\":");
  const char *lang = sum->lang ? sum->lang : "und";
  summar_json_string(b, lang, strlen(lang));
  if (title) {
    summar_buf_puts(b, ",\"title\":");
    summar_json_string(b, title, title_len);
  }
  put_size(b, ",\"words\":", sum->words);
  put_size(b, ",\"source_words\":", sum->source_words);
  put_size(b, ",\"paragraphs\":", sum->nparas);
  summar_buf_puts(b, ",\"sentences\":[");
  for (size_t k = 0; k < sum->npicks; k++) {
    const summar_pick *pk = &sum->picks[k];
    put_size(b, k ? ",{\"index\":" : "{\"index\":", pk->sentence);
    put_size(b, ",\"paragraph\":", pk->paragraph);
    put_size(b, ",\"start\":", pk->start);
    put_size(b, ",\"end\":", pk->end);
    put_size(b, ",\"words\":", pk->words);
    summar_buf_puts(b, ",\"score\":");
    put_number(b, pk->score);
    if (pk->truncated)
      summar_buf_puts(b, ",\"truncated\":true");
    summar_buf_puts(b, ",\"text\":");
    if (pk->truncated) {
      summar_buf piece;
      summar_buf_init(&piece, b->a);
      summar_buf_append(&piece, text + pk->start, pk->end - pk->start);
      summar_buf_puts(&piece, SUMMAR_ELLIPSIS);
      if (piece.failed)
        b->failed = 1;
      summar_json_string(b, piece.data ? piece.data : "", piece.len);
      summar_buf_free(&piece);
    } else {
      summar_json_string(b, text + pk->start, pk->end - pk->start);
    }
    summar_buf_putc(b, '}');
  }
  summar_buf_puts(b, "],\"keywords\":[");
  for (size_t k = 0; k < sum->nkeywords; k++) {
    if (k)
      summar_buf_putc(b, ',');
    const char *kw = sum->kw_pool + sum->kw_off[k];
    summar_buf_puts(b, "{\"word\":");
    summar_json_string(b, kw, strlen(kw));
    summar_buf_puts(b, ",\"weight\":");
    put_number(b, sum->kw_weight[k]);
    summar_buf_putc(b, '}');
  }
  summar_buf_puts(b, "],\"warnings\":[");
  int first = 1;
  for (unsigned bit = 1; bit; bit <<= 1) {
    const char *name = summar_warning_name(bit);
    if (!(sum->warnings & bit) || !name)
      continue;
    if (!first)
      summar_buf_putc(b, ',');
    first = 0;
    summar_json_string(b, name, strlen(name));
  }
  summar_buf_puts(b, "],\"text\":");
  summar_buf body;
  summar_buf_init(&body, b->a);
  render_body(&body, text, sum, SUMMAR_FORMAT_TEXT);
  if (body.failed)
    b->failed = 1;
  summar_json_string(b, body.data ? body.data : "", body.len);
  summar_buf_free(&body);
  summar_buf_puts(b, "}\n");
}

void summar_render(const char *text, const summar_summary *sum,
                   summar_format f, const char *title, size_t title_len,
                   summar_buf *out) {
  if (f == SUMMAR_FORMAT_JSON) {
    render_json(out, text, sum, title, title_len);
    return;
  }
  if (sum->npicks == 0)
    return;
  if (title) {
    if (f == SUMMAR_FORMAT_MARKDOWN)
      summar_buf_puts(out, "# ");
    else if (f == SUMMAR_FORMAT_HTML)
      summar_buf_puts(out, "<h1>");
    put_flowed(out, title, title_len, f, 0);
    summar_buf_puts(out, f == SUMMAR_FORMAT_HTML ? "</h1>\n" : "\n\n");
  }
  render_body(out, text, sum, f);
}
