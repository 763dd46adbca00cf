/* The rule-based word segmenter (wordbreak.c) against ICU's word
 * BreakIterator: a tokenizer with the rule-based path and one without it
 * must report the same tokens (offsets, flags, norms, terms) for every
 * code point the path handles in every context that decides a boundary,
 * for random text over letters, digits, marks and punctuation of several
 * scripts, and for the lines of the files given as arguments (the test
 * articles and the fuzz corpus). */
#include "internal.h"
#include "../common/tap.h"

#include <stdarg.h>

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* CHECK with a formatted message. */
static void checkf(int ok, const char *fmt, ...)
#ifdef __GNUC__
    __attribute__((format(printf, 2, 3)))
#endif
    ;
static void checkf(int ok, const char *fmt, ...) {
  char what[512];
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(what, sizeof what, fmt, ap);
  va_end(ap);
  CHECK(ok, what);
}

typedef struct toks {
  summar_buf b; /* one line per token */
  size_t n;
} toks;

static int collect(void *ud, const summar_rawtok *t) {
  toks *ts = ud;
  summar_buf_printf(&ts->b, "%zu %zu %u %.*s %.*s|", t->start, t->end,
                    t->flags, (int)t->norm_len, t->norm, (int)t->term_len,
                    t->term);
  ts->n++;
  return 0;
}

typedef struct pair {
  const char *lang;
  summar_tokenizer *fast, *icu;
  toks a, b;
  size_t runs, differ, fast_runs;
  char first[200]; /* the first run that differs */
} pair;

static int pair_open(pair *p, const char *lang) {
  memset(p, 0, sizeof *p);
  p->lang = lang;
  summar_buf_init(&p->a.b, &summar_default_allocator);
  summar_buf_init(&p->b.b, &summar_default_allocator);
  if (summar_tokenizer_new(&summar_default_allocator, lang, &p->fast) ||
      summar_tokenizer_new(&summar_default_allocator, lang, &p->icu))
    return -1;
  summar_tokenizer_fast(p->icu, 0);
  return 0;
}

static void pair_close(pair *p) {
  summar_tokenizer_free(p->fast);
  summar_tokenizer_free(p->icu);
  summar_buf_free(&p->a.b);
  summar_buf_free(&p->b.b);
}

/* Tokenizes s[0,n) both ways; counts it as differing when the tokens or
 * the statuses differ (WB_DEBUG=1 in the environment prints the first
 * 40 such runs). */
static void compare(pair *p, const char *s, size_t n) {
  p->a.b.len = p->b.b.len = 0;
  p->a.n = p->b.n = 0;
  summar_status s1 = summar_tokenize(p->fast, s, 0, n, collect, &p->a);
  summar_status s2 = summar_tokenize(p->icu, s, 0, n, collect, &p->b);
  p->runs++;
  if (s1 != s2 || p->a.b.len != p->b.b.len ||
      (p->a.b.len && memcmp(p->a.b.data, p->b.b.data, p->a.b.len) != 0)) {
    if (p->differ < 40 && getenv("WB_DEBUG"))
      fprintf(stderr, "%s [%.*s]\n  rule %.*s\n  icu  %.*s\n", p->lang, (int)n, s,
              (int)p->a.b.len, p->a.b.data ? p->a.b.data : "", (int)p->b.b.len,
              p->b.b.data ? p->b.b.data : "");
    if (!p->differ++)
      snprintf(p->first, sizeof p->first, "%.*s", (int)(n < 120 ? n : 120),
               s);
  }
}

/* Whether the rule-based path segments s[0,n) itself (not giving up). */
static int handled_n(const char *s, size_t n, int colon_mid) {
  summar_wb w;
  summar_wb_init(&w, colon_mid);
  summar_wb_seg *segs = NULL;
  size_t k = 0, cap = 0;
  int r = summar_wb_words(&w, &summar_default_allocator, s, 0, n, &segs, &k,
                          &cap);
  summar_dealloc(&summar_default_allocator, segs);
  return r == 0;
}

static int handled(const char *s) { return handled_n(s, strlen(s), 0); }

static size_t put_cp(char *o, int32_t cp) { return summar_utf8_encode(cp, o); }

/* Every code point below U+0800 and of U+2000..U+206F in the contexts
 * that decide its boundaries. */
static void all_code_points(pair *p) {
  static const char *const ctx[] = {
      "a%sb", "1%s2", "%s", "%s%s", " %s ", "a%s", "%sa", "1%s", "%s1",
      "_%s_", "a.%sb", "a%s.b", "1%s.2", "\n%sa", "a'%s'b", "%s%sa%s%s",
      "\xD8\xA8%s\xD8\xA8", "a%s\xCC\x81%sb"};
  for (int32_t cp = 0x20; cp < 0x2070; cp++) {
    if (cp >= 0x0800 && cp < 0x2000)
      cp = 0x2000;
    char x[8];
    size_t xl = put_cp(x, cp);
    x[xl] = '\0';
    for (size_t c = 0; c < sizeof ctx / sizeof ctx[0]; c++) {
      char buf[64];
      const char *f = ctx[c];
      size_t n = 0;
      for (; *f; f++) {
        if (f[0] == '%' && f[1] == 's') {
          memcpy(buf + n, x, xl);
          n += xl;
          f++;
        } else {
          buf[n++] = *f;
        }
      }
      compare(p, buf, n);
    }
  }
}

static uint64_t rng = 88172645463325252ull;
static uint64_t next_rand(void) {
  rng ^= rng << 13;
  rng ^= rng >> 7;
  rng ^= rng << 17;
  return rng;
}

/* Random runs over pieces of several scripts and punctuation. */
static void random_runs(pair *p, size_t count) {
  static const char *const pieces[] = {
      "a", "Z", "q", "e", "7", "0", ".", ",", ";", ":", "'", "_", "-", " ",
      "  ", "\n", "\r\n", "\t", "\"", "!", "?", "(", ")", "/", "@", "#",
      "%", "&", "$", "\xC3\xA9", "\xC3\x9F", "\xC3\x97", "\xCE\xA9",
      "\xD1\x8F", "\xD8\xA7", "\xD8\xA8", "\xD9\x8E", "\xD9\x80", "\xD9\xA3",
      "\xD9\xAB", "\xD9\xAC", "\xD8\x8C", "\xD8\x9F", "\xD9\xB0",
      "\xDB\xB2", "\xE2\x80\x99", "\xE2\x80\x98", "\xE2\x80\x9C",
      "\xE2\x80\x94", "\xE2\x80\xA6", "\xC2\xAD", "\xE2\x80\x8C",
      "\xE2\x80\x8E", "\xC2\xB7", "\xC2\xA0", "\xD7\x90", "\xE4\xB8\xAD",
      "\xE0\xB8\x81", "\xF0\x9F\x98\x80", "\xE2\x80\x8D", "\xCC\x81",
      "\xE2\x80\xAF", "\xE2\x80\xA4", "\xE2\x81\x84", "\xC2\xAA",
      "\xCA\xB0", "\xCB\x82", "\xD5\xA1", "\xDF\x80"};
  const size_t np = sizeof pieces / sizeof pieces[0];
  char buf[256];
  for (size_t r = 0; r < count; r++) {
    size_t len = 1 + next_rand() % 40, n = 0;
    for (size_t k = 0; k < len; k++) {
      /* Letters and digits (pieces 0-5, 29-34) most of the time. */
      size_t pick = next_rand() % np;
      if (next_rand() % 4)
        pick = next_rand() % 6 + (next_rand() % 2 ? 0 : 29);
      const char *pc = pieces[pick];
      size_t l = strlen(pc);
      if (n + l >= sizeof buf)
        break;
      memcpy(buf + n, pc, l);
      n += l;
    }
    compare(p, buf, n);
  }
}

/* Each line of the file, and the whole file in runs of 4 KiB. */
static int file_runs(pair *p, const char *path, size_t *lines_handled,
                     size_t *lines) {
  FILE *f = fopen(path, "rb");
  if (!f)
    return -1;
  summar_buf b;
  summar_buf_init(&b, &summar_default_allocator);
  char chunk[4096];
  size_t got;
  while ((got = fread(chunk, 1, sizeof chunk, f)) > 0)
    summar_buf_append(&b, chunk, got);
  fclose(f);
  size_t bad;
  if (b.len == 0 || summar_utf8_check(b.data, b.len, &bad) != SUMMAR_OK ||
      memchr(b.data, '\0', b.len)) {
    summar_buf_free(&b);
    return 0; /* the tokenizer takes valid UTF-8 only */
  }
  size_t s = 0;
  while (s < b.len) {
    const char *nl = memchr(b.data + s, '\n', b.len - s);
    size_t e = nl ? (size_t)(nl - b.data) : b.len;
    if (e > s) {
      compare(p, b.data + s, e - s);
      (*lines)++;
      *lines_handled += handled_n(b.data + s, e - s, 0);
    }
    s = e + 1;
  }
  for (s = 0; s < b.len;) {
    size_t e = s + 4096 < b.len ? s + 4096 : b.len;
    while (e < b.len && ((unsigned char)b.data[e] & 0xC0) == 0x80)
      e++;
    compare(p, b.data + s, e - s);
    s = e;
  }
  summar_buf_free(&b);
  return 1;
}

int main(int argc, char **argv) {
  static const char *const langs[] = {"en", "ar", "fr", "it", "ca", "de",
                                      "fi", "sv", "ru", "el", "fa", "he",
                                      "tr", "und"};
  for (size_t l = 0; l < sizeof langs / sizeof langs[0]; l++) {
    pair p;
    if (pair_open(&p, langs[l])) {
      checkf(0, "%s: tokenizers made", langs[l]);
      pair_close(&p);
      continue;
    }
    checkf(summar_tokenizer_fast(p.fast, 1) == 1,
          "%s: the rule-based path agrees with ICU on ASCII punctuation",
          langs[l]);
    int full = l < 3 || strcmp(langs[l], "fi") == 0;
    if (full)
      all_code_points(&p);
    random_runs(&p, full ? 20000 : 4000);
    size_t files = 0, lines = 0, lines_handled = 0;
    for (int a = 1; a < argc; a++)
      if (file_runs(&p, argv[a], &lines_handled, &lines) > 0)
        files++;
    checkf(p.differ == 0,
          "%s: same tokens with and without the rule-based path (%zu runs, "
          "%zu files, %zu differ; first: \"%s\")",
          langs[l], p.runs, files, p.differ, p.differ ? p.first : "");
    if (l == 0)
      checkf(argc < 2 || (files > 10 && lines_handled * 10 > lines * 7),
            "the rule-based path segments most lines of the %zu files itself "
            "(%zu of %zu)",
            files, lines_handled, lines);
    pair_close(&p);
  }

  /* What the path hands to ICU, and what it keeps. */
  CHECK(handled("The U.S. economy grew 3.5% in 2024, analysts said."),
        "English prose is segmented by rule");
  CHECK(handled("\xD9\x82\xD8\xA7\xD9\x84 \xD8\xA7\xD9\x84\xD9\x88\xD8\xB2"
                "\xD9\x8A\xD8\xB1\xD8\x8C \xD9\xA2\xD9\xA0\xD9\xA2\xD9\xA4"),
        "Arabic words, comma and digits are segmented by rule");
  CHECK(!handled("\xE4\xB8\xAD\xE6\x96\x87") &&
            !handled("\xE0\xB8\x81\xE0\xB8\xB2") &&
            !handled("mail me@example.com") &&
            !handled("\xD7\xA9\xD7\x9C\xD7\x95\xD7\x9D") &&
            !handled("a__ __"),
        "CJK, Thai, '@', Hebrew letters and a word of underscores go to ICU");
  return tap_done();
}
