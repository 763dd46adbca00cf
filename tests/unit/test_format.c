/* Unit tests of the renderers (format.c) and of summaries built from
 * stand-in scores (request.c): byte-exact text, Markdown, HTML and JSON
 * escaping (the JSON is parsed back), keywords. */
#include "internal.h"
#include "../common/tap.h"

#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---------------------------------------------------- synthetic docs */

#include "../common/textdoc.h"

/* Terms: words of 3+ bytes, stems without a final 's'. */
static summar_doc *synth(const char *const *sents, const size_t *paras,
                         const unsigned *flags, size_t n) {
  static const textdoc_terms tt = {3, 0, 1};
  return textdoc(sents, paras, flags, n, &tt);
}

/* ---------------------------------------------------- a tiny JSON parser */

typedef struct jv {
  int type; /* 'o', 'a', 's', 'n', 'b', 'z' */
  char *str;
  size_t len;
  double num;
  struct jv *items; /* array items or object values */
  char **keys;
  size_t n;
} jv;

typedef struct jp {
  const char *s;
  size_t i, n;
  int err;
} jp;

static void ws(jp *p) {
  while (p->i < p->n && strchr(" \t\r\n", p->s[p->i]))
    p->i++;
}

static void put_utf8(char *out, size_t *l, unsigned cp) {
  if (cp < 0x80) {
    out[(*l)++] = (char)cp;
  } else if (cp < 0x800) {
    out[(*l)++] = (char)(0xC0 | (cp >> 6));
    out[(*l)++] = (char)(0x80 | (cp & 63));
  } else if (cp < 0x10000) {
    out[(*l)++] = (char)(0xE0 | (cp >> 12));
    out[(*l)++] = (char)(0x80 | ((cp >> 6) & 63));
    out[(*l)++] = (char)(0x80 | (cp & 63));
  } else {
    out[(*l)++] = (char)(0xF0 | (cp >> 18));
    out[(*l)++] = (char)(0x80 | ((cp >> 12) & 63));
    out[(*l)++] = (char)(0x80 | ((cp >> 6) & 63));
    out[(*l)++] = (char)(0x80 | (cp & 63));
  }
}

static int hex4(jp *p, unsigned *v) {
  *v = 0;
  if (p->i + 4 > p->n)
    return -1;
  for (int k = 0; k < 4; k++) {
    char c = p->s[p->i++];
    *v <<= 4;
    if (c >= '0' && c <= '9')
      *v |= (unsigned)(c - '0');
    else if (c >= 'a' && c <= 'f')
      *v |= (unsigned)(c - 'a' + 10);
    else if (c >= 'A' && c <= 'F')
      *v |= (unsigned)(c - 'A' + 10);
    else
      return -1;
  }
  return 0;
}

static char *jstring(jp *p, size_t *len) {
  if (p->i >= p->n || p->s[p->i] != '"') {
    p->err = 1;
    return NULL;
  }
  p->i++;
  char *out = malloc(p->n - p->i + 1);
  size_t l = 0;
  while (p->i < p->n && p->s[p->i] != '"') {
    unsigned char c = (unsigned char)p->s[p->i++];
    if (c < 0x20) {
      p->err = 1; /* raw control characters are not allowed */
      break;
    }
    if (c != '\\') {
      out[l++] = (char)c;
      continue;
    }
    if (p->i >= p->n) {
      p->err = 1;
      break;
    }
    char e = p->s[p->i++];
    unsigned cp;
    switch (e) {
    case '"': out[l++] = '"'; break;
    case '\\': out[l++] = '\\'; break;
    case '/': out[l++] = '/'; break;
    case 'b': out[l++] = '\b'; break;
    case 'f': out[l++] = '\f'; break;
    case 'n': out[l++] = '\n'; break;
    case 'r': out[l++] = '\r'; break;
    case 't': out[l++] = '\t'; break;
    case 'u':
      if (hex4(p, &cp)) {
        p->err = 1;
        break;
      }
      put_utf8(out, &l, cp);
      break;
    default: p->err = 1;
    }
  }
  if (p->i >= p->n)
    p->err = 1;
  p->i++;
  out[l] = '\0';
  *len = l;
  return out;
}

static void jparse(jp *p, jv *v, int depth);

static void jparse(jp *p, jv *v, int depth) {
  memset(v, 0, sizeof *v);
  ws(p);
  if (p->err || p->i >= p->n || depth > 20) {
    p->err = 1;
    return;
  }
  char c = p->s[p->i];
  if (c == '{' || c == '[') {
    v->type = c == '{' ? 'o' : 'a';
    p->i++;
    ws(p);
    if (p->i < p->n && p->s[p->i] == (c == '{' ? '}' : ']')) {
      p->i++;
      return;
    }
    for (;;) {
      v->items = realloc(v->items, (v->n + 1) * sizeof *v->items);
      v->keys = realloc(v->keys, (v->n + 1) * sizeof *v->keys);
      v->keys[v->n] = NULL;
      if (c == '{') {
        ws(p);
        size_t kl;
        v->keys[v->n] = jstring(p, &kl);
        ws(p);
        if (p->err || p->i >= p->n || p->s[p->i] != ':') {
          p->err = 1;
          v->items[v->n++].type = 'z';
          return;
        }
        p->i++;
      }
      jparse(p, &v->items[v->n++], depth + 1);
      ws(p);
      if (p->err || p->i >= p->n) {
        p->err = 1;
        return;
      }
      if (p->s[p->i] == ',') {
        p->i++;
        continue;
      }
      if (p->s[p->i] == (c == '{' ? '}' : ']')) {
        p->i++;
        return;
      }
      p->err = 1;
      return;
    }
  }
  if (c == '"') {
    v->type = 's';
    v->str = jstring(p, &v->len);
    return;
  }
  if (c == '-' || (c >= '0' && c <= '9')) {
    v->type = 'n';
    char *end;
    v->num = strtod(p->s + p->i, &end);
    size_t used = (size_t)(end - (p->s + p->i));
    /* JSON numbers: no leading '+', no hex, no trailing dot */
    for (size_t k = 0; k < used; k++)
      if (!strchr("-0123456789.eE+", p->s[p->i + k]))
        p->err = 1;
    if (!used || p->s[p->i + used - 1] == '.')
      p->err = 1;
    p->i += used;
    return;
  }
  const char *lit[] = {"true", "false", "null"};
  for (int k = 0; k < 3; k++) {
    size_t l = strlen(lit[k]);
    if (p->i + l <= p->n && !memcmp(p->s + p->i, lit[k], l)) {
      v->type = k < 2 ? 'b' : 'z';
      p->i += l;
      return;
    }
  }
  p->err = 1;
}

static void jfree(jv *v) {
  for (size_t i = 0; i < v->n; i++) {
    jfree(&v->items[i]);
    if (v->keys)
      free(v->keys[i]);
  }
  free(v->items);
  free(v->keys);
  free(v->str);
}

static const jv *jget(const jv *o, const char *key) {
  if (!o || o->type != 'o')
    return NULL;
  for (size_t i = 0; i < o->n; i++)
    if (o->keys[i] && !strcmp(o->keys[i], key))
      return &o->items[i];
  return NULL;
}

/* Parses the whole text; returns 0 and fills v when it is valid JSON. */
static int json_parse(const char *s, size_t n, jv *v) {
  jp p = {s, 0, n, 0};
  jparse(&p, v, 0);
  ws(&p);
  if (p.i != n)
    p.err = 1;
  return p.err ? -1 : 0;
}

/* ---------------------------------------------------- helpers */

static summar_summary *summarize(summar_doc *d, summar_request *req,
                                 const double *scores) {
  summar_summary *sum = NULL;
  summar_status st = summar_summarize_scores(d, req, scores, NULL, &sum);
  return st == SUMMAR_OK ? sum : NULL;
}

/* Text of sentence i of d. */
static char *sent_text(const summar_doc *d, size_t i) {
  return summar_strndup(&summar_default_allocator, d->text + d->sents[i].start,
                        d->sents[i].end - d->sents[i].start);
}

/* ---------------------------------------------------- tests */

static void test_text(void) {
  static const char *const s[] = {
      "The river rose two metres overnight.",
      "Shops moved goods\nto upper floors.",
      "Engineers checked the bridge.", "Buses take the northern route.",
      "Residents said the floods were the worst in years."};
  size_t paras[] = {0, 0, 0, 1, 1};
  summar_doc *d = synth(s, paras, NULL, 5);
  double sc[] = {1, 0.9, 0.8, 0.7, 0.6};
  summar_request *req = NULL;
  summar_request_new(&req);
  summar_request_set_paragraphs(req, 2);
  summar_request_set_words(req, 1000);
  summar_summary *sum = summarize(d, req, sc);
  size_t len = 0;
  const char *t = summar_summary_text(sum, &len);
  char expect[1024];
  snprintf(expect, sizeof expect, "%s %s %s\n\n%s %s\n", s[0],
           "Shops moved goods to upper floors.", s[2], s[3], s[4]);
  CHECK(sum && !strcmp(t, expect) && len == strlen(expect),
        "text: sentences verbatim but for a wrap made one space, joined by "
        "a space, one blank line");
  CHECK(sum && summar_summary_paragraph_count(sum) == 2 &&
            summar_summary_sentence_count(sum) == 5 &&
            (summar_summary_warnings(sum) & SUMMAR_WARN_SHORT_SOURCE),
        "all content of a short source, two paragraphs, warning");
  CHECK(sum && summar_summary_word_count(sum) == summar_word_count(t, len) &&
            summar_summary_source_words(sum) == d->content_words,
        "word counts agree with summar_word_count");
  summar_pick pk;
  pk.size = sizeof pk;
  int picks_ok = sum != NULL;
  for (size_t i = 0; sum && i < 5; i++) {
    picks_ok &= summar_summary_sentence(sum, i, &pk) == SUMMAR_OK &&
                pk.sentence == i && pk.start == d->sents[i].start &&
                pk.end == d->sents[i].end && pk.paragraph == (i < 3 ? 0 : 1) &&
                pk.score == sc[i] && pk.words == d->sents[i].words;
  }
  picks_ok &= summar_summary_sentence(sum, 5, &pk) == SUMMAR_ERR_RANGE;
  pk.size = 8;
  picks_ok &= summar_summary_sentence(sum, 0, &pk) == SUMMAR_ERR_ARG;
  CHECK(picks_ok, "picks report sentence, offsets, paragraph, score");
  summar_summary_free(sum);

  summar_request_set_paragraphs(req, 9);
  sum = summarize(d, req, sc);
  CHECK(sum && summar_summary_paragraph_count(sum) == 5 &&
            (summar_summary_warnings(sum) & SUMMAR_WARN_FEW_PARAGRAPHS),
        "K above the sentences: one each and a warning");
  summar_summary_free(sum);

  summar_request_set_paragraphs(req, 1);
  summar_request_set_words(req, 3);
  sum = summarize(d, req, sc);
  {
    summar_pick cp = {.size = sizeof cp};
    size_t tl = 0;
    const char *tt = sum ? summar_summary_text(sum, &tl) : "";
    CHECK(sum && summar_summary_sentence_count(sum) == 1 &&
              summar_summary_sentence(sum, 0, &cp) == SUMMAR_OK &&
              cp.truncated && cp.words == 3 && summar_summary_word_count(sum) == 3 &&
              summar_word_count(tt, tl) == 3 && tl > 4 &&
              !strcmp(tt + tl - 4, "\xE2\x80\xA6\n") &&
              summar_summary_paragraph_count(sum) == 1 &&
              (summar_summary_warnings(sum) & SUMMAR_WARN_TRUNCATED) &&
              !(summar_summary_warnings(sum) & SUMMAR_WARN_NOTHING_FITS),
          "nothing fits whole: the best sentence cut at 3 words with \"…\"");
  }
  summar_summary_free(sum);

  summar_request_set_output_lang(req, "ar");
  CHECK(summar_summarize_scores(d, req, sc, NULL, &sum) ==
                SUMMAR_ERR_LANG_MISMATCH &&
            sum == NULL,
        "output language other than the source's: mismatch");
  summar_request_set_output_lang(req, "English");
  summar_request_set_words(req, 12);
  sum = summarize(d, req, sc);
  CHECK(sum && !strcmp(summar_summary_language(sum), "en") &&
            summar_summary_word_count(sum) <= 12,
        "output language named as the source's is accepted");
  summar_summary_free(sum);
  summar_request_free(req);
  summar_doc_free(d);
}

static void test_title_and_markup(void) {
  static const char *const s[] = {
      "Floods & \"rain\" <close> the 'road'",
      "# Not a heading but a sentence.",
      "1. Not a list item either.",
      "Prices rose 5% < 10% & fell > 2%\n- not a bullet, \"quoted\".",
      "Plain last sentence here."};
  unsigned fl[] = {SUMMAR_SENT_TITLE, 0, 0, 0, 0};
  summar_doc *d = synth(s, NULL, fl, 5);
  double sc[] = {0, 1, 0.9, 0.8, 0.7};
  summar_request *req = NULL;
  summar_request_new(&req);
  summar_request_set_words(req, 1000);
  summar_request_set_title(req, 1);
  summar_request_set_paragraphs(req, 2);

  summar_summary *sum = summarize(d, req, sc);
  const char *t = summar_summary_text(sum, NULL);
  CHECK(sum && !strncmp(t, s[0], strlen(s[0])) &&
            !strncmp(t + strlen(s[0]), "\n\n", 2) &&
            strstr(t, s[1]) &&
            strstr(t, "> 2% - not a bullet, \"quoted\".") &&
            t[strlen(t) - 1] == '\n' && t[strlen(t) - 2] != '\n',
        "text: title as its own first paragraph, sentences verbatim");
  CHECK(sum && summar_summary_sentence_count(sum) == 4,
        "the title is not a summary sentence");
  summar_summary_free(sum);

  summar_request_set_format(req, SUMMAR_FORMAT_MARKDOWN);
  sum = summarize(d, req, sc);
  t = summar_summary_text(sum, NULL);
  static const char mdh[] = "# Floods & \"rain\" <close> the 'road'\n\n";
  CHECK(sum && !strncmp(t, mdh, strlen(mdh)),
        "markdown: title heading");
  CHECK(sum && strstr(t, "\n\n\\# Not a heading") &&
            (strstr(t, "\n\n1\\. Not a list") || strstr(t, " 1. Not a list")) &&
            strstr(t, "2% - not a bullet") && !strstr(t, "\\-"),
        "markdown: block starts escaped at paragraph starts only");
  CHECK(sum && strstr(t, "Prices rose 5% < 10% & fell > 2%"),
        "markdown: text inside lines unchanged");
  summar_summary_free(sum);

  summar_request_set_format(req, SUMMAR_FORMAT_HTML);
  sum = summarize(d, req, sc);
  t = summar_summary_text(sum, NULL);
  static const char h1[] = "<h1>Floods &amp; &quot;rain&quot; &lt;close&gt; "
                           "the &#39;road&#39;</h1>\n<p>";
  CHECK(sum && !strncmp(t, h1, strlen(h1)),
        "html: escaped title");
  CHECK(sum && strstr(t, "Prices rose 5% &lt; 10% &amp; fell &gt; 2% - not "
                         "a bullet, &quot;quoted&quot;.") &&
            !strstr(t, "< 10") && strstr(t, "</p>\n<p>") &&
            !strcmp(t + strlen(t) - 5, "</p>\n"),
        "html: paragraphs and escaping");
  summar_summary_free(sum);

  /* Without a title in the doc, asking for it changes nothing. */
  unsigned fl0[] = {0, 0, 0, 0, 0};
  summar_doc *d0 = synth(s, NULL, fl0, 5);
  summar_request_set_format(req, SUMMAR_FORMAT_HTML);
  sum = summarize(d0, req, sc);
  CHECK(sum && !strncmp(summar_summary_text(sum, NULL), "<p>", 3),
        "no title in the doc: no heading");
  summar_summary_free(sum);
  summar_doc_free(d0);
  summar_request_free(req);
  summar_doc_free(d);
}

/* Line breaks inside a sentence or the title render as one space in
 * text, Markdown and HTML; JSON keeps the bytes. */
static void test_wraps(void) {
  static const char *const s[] = {
      "Storm\n\nwarning", "The river rose \r\n  two metres\n\novernight.",
      "Roads closed."};
  unsigned fl[] = {SUMMAR_SENT_TITLE, 0, 0};
  summar_doc *d = synth(s, NULL, fl, 3);
  double sc[] = {0, 1, 0.9};
  summar_request *req = NULL;
  summar_request_new(&req);
  summar_request_set_words(req, 1000);
  summar_request_set_title(req, 1);
  static const struct {
    summar_format f;
    const char *want;
  } cases[] = {
      {SUMMAR_FORMAT_TEXT,
       "Storm warning\n\nThe river rose two metres overnight. Roads "
       "closed.\n"},
      {SUMMAR_FORMAT_MARKDOWN,
       "# Storm warning\n\nThe river rose two metres overnight. Roads "
       "closed.\n"},
      {SUMMAR_FORMAT_HTML,
       "<h1>Storm warning</h1>\n<p>The river rose two metres overnight. "
       "Roads closed.</p>\n"}};
  for (size_t k = 0; k < sizeof cases / sizeof cases[0]; k++) {
    summar_request_set_format(req, cases[k].f);
    summar_summary *sum = summarize(d, req, sc);
    const char *t = sum ? summar_summary_text(sum, NULL) : "";
    CHECK(sum && !strcmp(t, cases[k].want),
          "wraps inside a sentence and the title become one space");
    if (sum && strcmp(t, cases[k].want))
      printf("# got: [%s]\n", t);
    summar_summary_free(sum);
  }
  summar_request_set_format(req, SUMMAR_FORMAT_JSON);
  summar_summary *sum = summarize(d, req, sc);
  CHECK(sum && strstr(summar_summary_text(sum, NULL),
                      "rose \\r\\n  two metres\\n\\novernight."),
        "json keeps the sentence's bytes");
  summar_summary_free(sum);
  summar_request_free(req);
  summar_doc_free(d);
}

static void test_json(void) {
  static const char *const s[] = {
      "Headline with \"quotes\" and \\ backslash",
      "Tab\there, bell\x01 and \x1f unit separator.",
      "قال المبعوث الروسي إن المحادثات \"مثمرة\".",
      "Line one\nline two \xF0\x9F\x98\x80 emoji.",
      "River river river flood flood bridge."};
  unsigned fl[] = {SUMMAR_SENT_TITLE, 0, 0, 0, 0};
  summar_doc *d = synth(s, NULL, fl, 5);
  double sc[] = {0, 0.25, 1, 0.5, 0.125};
  summar_request *req = NULL;
  summar_request_new(&req);
  summar_request_set_words(req, 1000);
  summar_request_set_title(req, 1);
  summar_request_set_keywords(req, 3);
  summar_request_set_paragraphs(req, 2);
  summar_request_set_format(req, SUMMAR_FORMAT_JSON);
  summar_summary *sum = summarize(d, req, sc);
  size_t len = 0;
  const char *t = summar_summary_text(sum, &len);
  jv root;
  int parsed = sum && json_parse(t, len, &root) == 0;
  CHECK(parsed && root.type == 'o', "json: valid JSON object");
  if (!parsed) {
    printf("# %s\n", t ? t : "(null)");
    summar_summary_free(sum);
    summar_request_free(req);
    summar_doc_free(d);
    return;
  }
  const jv *lang = jget(&root, "language"), *title = jget(&root, "title"),
           *words = jget(&root, "words"), *src = jget(&root, "source_words"),
           *sents = jget(&root, "sentences"), *kw = jget(&root, "keywords"),
           *warn = jget(&root, "warnings"), *text = jget(&root, "text"),
           *np = jget(&root, "paragraphs");
  CHECK(lang && lang->type == 's' && !strcmp(lang->str, "en") && title &&
            title->type == 's' && !strcmp(title->str, s[0]),
        "json: language and escaped title round-trip");
  CHECK(words && words->type == 'n' &&
            words->num == (double)summar_summary_word_count(sum) && src &&
            src->num == (double)d->content_words && np && np->num == 2,
        "json: word counts and paragraphs");
  int ok = sents && sents->type == 'a' && sents->n == 4;
  for (size_t i = 0; ok && i < 4; i++) {
    const jv *o = &sents->items[i];
    const jv *tx = jget(o, "text"), *ix = jget(o, "index"),
             *st = jget(o, "start"), *en = jget(o, "end"),
             *scv = jget(o, "score"), *pg = jget(o, "paragraph");
    char *want = sent_text(d, i + 1);
    ok = tx && tx->type == 's' && tx->len == strlen(want) &&
         !memcmp(tx->str, want, tx->len) && ix && ix->num == (double)(i + 1) &&
         st && st->num == (double)d->sents[i + 1].start && en &&
         en->num == (double)d->sents[i + 1].end && scv &&
         scv->num == sc[i + 1] && pg && pg->type == 'n';
    summar_dealloc(&summar_default_allocator, want);
  }
  CHECK(ok, "json: sentences round-trip byte-exact (controls, Arabic, emoji)");
  int kw_ok = kw && kw->type == 'a' && kw->n == 3;
  for (size_t i = 0; kw_ok && i < 3; i++) {
    const jv *word = jget(&kw->items[i], "word"),
             *weight = jget(&kw->items[i], "weight");
    kw_ok = word && word->type == 's' &&
            !strcmp(word->str, summar_summary_keyword(sum, i)) && weight &&
            weight->type == 'n' &&
            fabs(weight->num - summar_summary_keyword_weight(sum, i)) <= 1e-6;
  }
  CHECK(kw_ok && !strcmp(jget(&kw->items[0], "word")->str, "river") &&
            jget(&kw->items[0], "weight")->num == 1.0,
        "json: keywords with weights, most salient first");
  CHECK(warn && warn->type == 'a' && warn->n == 1 &&
            !strcmp(warn->items[0].str, "short_source"),
        "json: warnings by name");
  size_t plen = 0;
  summar_request_set_format(req, SUMMAR_FORMAT_TEXT);
  summar_request_set_title(req, 0);
  summar_summary *plain = summarize(d, req, sc);
  const char *pt = summar_summary_text(plain, &plen);
  CHECK(text && text->type == 's' && plain && text->len == plen &&
            !memcmp(text->str, pt, plen),
        "json: text equals the plain rendering");
  int raw = 0;
  for (size_t i = 0; i + 1 < len; i++)
    raw |= (unsigned char)t[i] < 0x20;
  CHECK(plain && strchr(pt, '\x01') && !raw && t[len - 1] == '\n',
        "json: no raw control character, one final newline");
  summar_summary_free(plain);
  jfree(&root);
  summar_summary_free(sum);

  /* A cut sentence is flagged in JSON. */
  summar_request_set_format(req, SUMMAR_FORMAT_JSON);
  summar_request_set_words(req, 1);
  sum = summarize(d, req, sc);
  t = summar_summary_text(sum, &len);
  parsed = sum && json_parse(t, len, &root) == 0;
  int warned = 0;
  for (size_t k = 0; parsed && k < jget(&root, "warnings")->n; k++)
    warned |= !strcmp(jget(&root, "warnings")->items[k].str, "truncated");
  CHECK(parsed && jget(&root, "sentences")->n == 1 &&
            jget(&jget(&root, "sentences")->items[0], "truncated") &&
            jget(&jget(&root, "sentences")->items[0], "truncated")->type ==
                'b' &&
            warned,
        "json: a cut sentence has \"truncated\" and its warning");
  if (parsed)
    jfree(&root);
  summar_summary_free(sum);
  summar_request_free(req);
  summar_doc_free(d);
}

static void test_keywords(void) {
  static const char *const s[] = {
      "Harbour workers strike while the harbour stays closed.",
      "The Harbour authority says workers want higher wages.",
      "Ships wait outside the harbour for the strike to end.",
      "Junk junk junk junk junk junk junk.",
      "Tourists watch the ships from the beach."};
  unsigned fl[] = {0, 0, 0, SUMMAR_SENT_JUNK, 0};
  summar_doc *d = synth(s, NULL, fl, 5);
  uint32_t kw[4];
  double w[4];
  size_t n = summar_keywords(d, 4, kw, w);
  CHECK(n == 4 && !strcmp(d->pool + kw[0], "harbour"),
        "keywords: the most salient term first");
  int junk = 0, worker = 0;
  for (size_t i = 0; i < n; i++) {
    junk |= !strcmp(d->pool + kw[i], "junk");
    worker |= !strcmp(d->pool + kw[i], "workers");
  }
  CHECK(!junk, "keywords: dropped sentences do not count");
  CHECK(worker, "keywords: reported in their most frequent surface form");
  /* harbour: 4 occurrences in 3 of 4 content sentences; the weights are
   * tf x log((N + 1) / df) relative to it. */
  int wok = n == 4 && w[0] == 1.0;
  for (size_t i = 1; i < n; i++)
    wok &= w[i] > 0 && w[i] <= w[i - 1];
  CHECK(wok, "keyword weights: the first 1, positive, not increasing");
  size_t iw = 0;
  while (iw < n && strcmp(d->pool + kw[iw], "workers"))
    iw++;
  double want = 2 * log(5.0 / 2) / (4 * log(5.0 / 3));
  CHECK(iw < n && fabs(w[iw] - want) < 1e-12,
        "keyword weight: tf x idf relative to the first");
  uint32_t kw2[4];
  size_t n2 = summar_keywords(d, 4, kw2, NULL);
  CHECK(n2 == n && !memcmp(kw, kw2, n * sizeof *kw),
        "keywords: deterministic");
  CHECK(summar_keywords(d, 0, kw2, NULL) == 0, "keywords: none asked");
  uint32_t many[100];
  size_t all = summar_keywords(d, 100, many, NULL);
  CHECK(all > 4 && all < 100, "keywords: at most the terms of the content");

  summar_request *req = NULL;
  summar_request_new(&req);
  summar_request_set_keywords(req, 2);
  double sc[] = {1, 0.5, 0.4, 0, 0.2};
  summar_summary *sum = summarize(d, req, sc);
  CHECK(sum && summar_summary_keyword_count(sum) == 2 &&
            !strcmp(summar_summary_keyword(sum, 0), "harbour") &&
            summar_summary_keyword(sum, 2) == NULL,
        "summary keywords accessors");
  summar_doc_free(d); /* the summary keeps its own copies */
  CHECK(sum && !strcmp(summar_summary_keyword(sum, 0), "harbour") &&
            summar_summary_text(sum, NULL) != NULL,
        "the summary outlives its document");
  summar_summary_free(sum);
  summar_request_free(req);
}

static void test_setters(void) {
  summar_request *req = NULL;
  CHECK(summar_request_new(NULL) == SUMMAR_ERR_ARG, "request_new(NULL)");
  CHECK(summar_request_new(&req) == SUMMAR_OK && req, "request_new");
  CHECK(req->budget == SUMMAR_BUDGET_RATIO && req->ratio == 0.2 &&
            req->paragraphs == 1 && req->format == SUMMAR_FORMAT_TEXT,
        "request defaults");
  CHECK(summar_request_set_words(req, 0) == SUMMAR_ERR_RANGE &&
            summar_request_set_words(req, 100000001) == SUMMAR_ERR_RANGE &&
            summar_request_set_words(req, 100000000) == SUMMAR_OK &&
            summar_request_set_words(NULL, 5) == SUMMAR_ERR_ARG,
        "set_words ranges");
  CHECK(summar_request_set_sentences(req, 0) == SUMMAR_ERR_RANGE &&
            summar_request_set_sentences(req, 10000001) == SUMMAR_ERR_RANGE &&
            summar_request_set_sentences(req, 3) == SUMMAR_OK &&
            req->budget == SUMMAR_BUDGET_SENTENCES,
        "set_sentences ranges and replaces the budget");
  double zero = 0.0;
  CHECK(summar_request_set_ratio(req, zero / zero) == SUMMAR_ERR_RANGE &&
            summar_request_set_ratio(req, -0.1) == SUMMAR_ERR_RANGE &&
            summar_request_set_ratio(req, 1.01) == SUMMAR_ERR_RANGE &&
            summar_request_set_ratio(req, 1.0) == SUMMAR_OK,
        "set_ratio ranges");
  CHECK(summar_request_set_paragraphs(req, 0) == SUMMAR_ERR_RANGE &&
            summar_request_set_paragraphs(req, 10001) == SUMMAR_ERR_RANGE &&
            summar_request_set_paragraphs(req, 10000) == SUMMAR_OK,
        "set_paragraphs ranges");
  CHECK(summar_request_set_format(req, (summar_format)4) == SUMMAR_ERR_RANGE &&
            summar_request_set_format(req, (summar_format)-1) ==
                SUMMAR_ERR_RANGE &&
            summar_request_set_format(req, SUMMAR_FORMAT_JSON) == SUMMAR_OK,
        "set_format ranges");
  CHECK(summar_request_set_keywords(req, 1001) == SUMMAR_ERR_RANGE &&
            summar_request_set_keywords(req, 0) == SUMMAR_OK,
        "set_keywords ranges");
  CHECK(summar_request_set_output_lang(req, "xx-not a tag!") ==
                SUMMAR_ERR_LANG_UNSUPPORTED &&
            summar_request_set_output_lang(req, "en-GB") == SUMMAR_OK &&
            req->out_lang && !strcmp(req->out_lang, "en") &&
            summar_request_set_output_lang(req, NULL) == SUMMAR_OK &&
            req->out_lang == NULL,
        "set_output_lang canonicalizes and resets");
  CHECK(summar_request_set_title(NULL, 1) == SUMMAR_ERR_ARG &&
            summar_request_set_title(req, 7) == SUMMAR_OK && req->title == 1,
        "set_title");
  summar_request_free(req);
  summar_request_free(NULL);
  summar_summary_free(NULL);
  CHECK(summar_summary_text(NULL, NULL) == NULL &&
            summar_summary_warnings(NULL) == 0 &&
            summar_summary_keyword(NULL, 0) == NULL &&
            summar_summary_language(NULL) == NULL,
        "summary accessors accept NULL");
}

/* Markdown escapes a block marker at a paragraph's start with a backslash
 * that joins the first word: for a word longer than 64 code points (which
 * counts once per started 64) the escape must not add a word, so the
 * Markdown summary counts the words of the text one, within the budget. */
static void test_markdown_long_words(void) {
  char w0[200], w2[200];
  memset(w0, 'a', sizeof w0);
  w0[0] = '#';
  strcpy(w0 + 128, " opens this paragraph."); /* "#" + 127 letters */
  memset(w2, 'b', sizeof w2);
  memcpy(w2, "1.", 2);
  strcpy(w2 + 64, " then more words."); /* "1." + 62 letters */
  const char *const s[] = {w0, "A middle sentence of the text.", w2,
                           "Plain last sentence here."};
  size_t paras[] = {0, 1, 2, 3};
  summar_doc *d = synth(s, paras, NULL, 4);
  double sc[] = {1, 0.9, 0.8, 0.7};
  size_t budget = 0;
  for (size_t i = 0; i < 4; i++)
    budget += summar_word_count(s[i], strlen(s[i]));
  summar_request *req = NULL;
  summar_request_new(&req);
  summar_request_set_paragraphs(req, 4);
  summar_request_set_words(req, budget);
  summar_request_set_format(req, SUMMAR_FORMAT_MARKDOWN);
  summar_summary *sum = summarize(d, req, sc);
  size_t len = 0;
  const char *t = sum ? summar_summary_text(sum, &len) : "";
  CHECK(sum && summar_summary_sentence_count(sum) == 4 &&
            summar_summary_paragraph_count(sum) == 4 &&
            !strncmp(t, "\\#aaa", 5),
        "markdown: a long first word escaped, every sentence a paragraph");
  CHECK(sum && summar_word_count(t, len) == summar_summary_word_count(sum) &&
            summar_word_count(t, len) <= budget,
        "markdown: the escape adds no word to a long word, the budget "
        "holds");
  CHECK(sum && strstr(t, "\n\n1.bbb") && !strstr(t, "1\\.bbb"),
        "markdown: \"1.\" glued to a word is no list item, not escaped");
  CHECK(summar_word_count("\\#", 2) == 0 &&
            summar_word_count(t, 2 + 127) == summar_word_count(w0, 128),
        "word count: punctuation before a long word adds no piece");
  summar_summary_free(sum);
  summar_request_free(req);
  summar_doc_free(d);
}

int main(void) {
  test_setters();
  test_text();
  test_title_and_markup();
  test_markdown_long_words();
  test_wraps();
  test_json();
  test_keywords();
  return tap_done();
}
