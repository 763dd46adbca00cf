/* Unit tests of the word tokenizer and the normalizer: tokens and byte
 * offsets, normalized forms (Arabic unification, digits), stems, stopword
 * flags, empty input and invalid arguments. */
#include "internal.h"
#include "../common/meter.h"
#include "../common/tap.h"

#include <stdlib.h>
#include <string.h>

#include <unicode/ubrk.h>
#include <utf8proc.h>

#define MAX_TOKS 64

typedef struct tok {
  size_t start, end;
  unsigned flags;
  char norm[64];
  char stem[64];
  char term[64];
  int no_stem; /* reported with stem NULL (stems deferred) */
  uint32_t form;
} tok;

typedef struct toks {
  tok v[MAX_TOKS];
  size_t n;
  int stop_after; /* stop (return nonzero) after this many, 0: never */
} toks;

static int collect(void *ud, const summar_rawtok *t) {
  toks *ts = ud;
  if (ts->stop_after && ts->n >= (size_t)ts->stop_after)
    return 1;
  if (ts->n >= MAX_TOKS)
    return 0;
  tok *o = &ts->v[ts->n++];
  o->start = t->start;
  o->end = t->end;
  o->flags = t->flags;
  snprintf(o->norm, sizeof o->norm, "%.*s", (int)t->norm_len, t->norm);
  o->no_stem = !t->stem;
  o->form = t->form;
  snprintf(o->stem, sizeof o->stem, "%.*s", (int)t->stem_len,
           t->stem ? t->stem : "");
  snprintf(o->term, sizeof o->term, "%.*s", (int)t->term_len, t->term);
  /* The strings are NUL-terminated at their length. */
  if (t->norm[t->norm_len] != '\0' ||
      (t->stem && t->stem[t->stem_len] != '\0') ||
      t->term[t->term_len] != '\0')
    o->norm[0] = '!';
  return 0;
}

static summar_status run(summar_tokenizer *tk, const char *s, toks *out) {
  memset(out, 0, sizeof *out);
  return summar_tokenize(tk, s, 0, strlen(s), collect, out);
}

/* The normalized form of s, in a static buffer. */
static const char *norm(const char *s) {
  static char out[256];
  summar_buf b;
  summar_buf_init(&b, &summar_default_allocator);
  summar_status st = summar_normalize(s, strlen(s), &b);
  if (st != SUMMAR_OK || !b.data)
    snprintf(out, sizeof out, "<error %d>", (int)st);
  else
    snprintf(out, sizeof out, "%s", b.data);
  summar_buf_free(&b);
  return out;
}

static int text_is(const char *text, const tok *t, const char *want) {
  return t->end - t->start == strlen(want) &&
         memcmp(text + t->start, want, t->end - t->start) == 0;
}

/* An allocator that fails after a budget of allocations. */
typedef struct budget {
  int left;
} budget;
static void *bud_realloc(void *ud, void *p, size_t n) {
  budget *b = ud;
  if (b->left <= 0)
    return NULL;
  b->left--;
  return realloc(p, n);
}
static void bud_free(void *ud, void *p) {
  (void)ud;
  free(p);
}

/* The normalization of the UTF-8 s[0..len) by its definition, for text
 * holding a letter: utf8proc's NFKC + case fold, then each code point
 * unified (summar_arabic_unify; U+02BC, U+2018, U+2019 -> '). */
static int reference_norm(const char *s, size_t len, char *out, size_t cap) {
  utf8proc_uint8_t *m = NULL;
  utf8proc_ssize_t n = utf8proc_map(
      (const utf8proc_uint8_t *)s, (utf8proc_ssize_t)len, &m,
      (utf8proc_option_t)(UTF8PROC_STABLE | UTF8PROC_COMPOSE |
                          UTF8PROC_COMPAT | UTF8PROC_CASEFOLD |
                          UTF8PROC_IGNORE));
  if (n < 0)
    return -1;
  size_t o = 0;
  for (utf8proc_ssize_t i = 0; i < n;) {
    utf8proc_int32_t cp;
    i += utf8proc_iterate(m + i, n - i, &cp);
    if (cp == 0x02BC || cp == 0x2018 || cp == 0x2019)
      cp = '\'';
    cp = summar_arabic_unify(cp);
    if (cp < 0)
      continue;
    if (o + 5 > cap) {
      free(m);
      return -1;
    }
    o += (size_t)utf8proc_encode_char(cp, (utf8proc_uint8_t *)out + o);
  }
  out[o] = '\0';
  free(m);
  return 0;
}

/* Whether summar_normalize() of the code points cps[0..n) gives what
 * reference_norm() does. */
static int norm_matches(const int32_t *cps, size_t n) {
  char in[64], want[80];
  size_t len = 0;
  for (size_t k = 0; k < n; k++)
    len += (size_t)utf8proc_encode_char(cps[k], (utf8proc_uint8_t *)in + len);
  in[len] = '\0';
  if (reference_norm(in, len, want, sizeof want))
    return 0;
  return strcmp(norm(in), want) == 0;
}

/* Checks summar_rawtok.form_data over a run: NULL exactly when form is
 * 0, zero at a form's first token, and what the caller wrote there at the
 * form's later tokens.  Counts the tokens with and without a form. */
typedef struct form_check {
  unsigned char *seen; /* by form */
  size_t nseen;
  size_t with_form, without_form, again, bad;
} form_check;

static int check_form(void *ud, const summar_rawtok *t) {
  form_check *fc = ud;
  if (!t->form) {
    fc->without_form++;
    fc->bad += t->form_data != NULL;
    return 0;
  }
  fc->with_form++;
  if (!t->form_data || t->form >= fc->nseen) {
    fc->bad++;
    return 0;
  }
  uint32_t *f = t->form_data;
  if (!fc->seen[t->form]) {
    fc->seen[t->form] = 1;
    for (size_t k = 0; k < SUMMAR_FORM_WORDS; k++)
      fc->bad += f[k] != 0;
    f[0] = t->form;
    f[SUMMAR_FORM_WORDS - 1] = ~t->form;
  } else {
    fc->again++;
    fc->bad += f[0] != t->form || f[SUMMAR_FORM_WORDS - 1] != ~t->form;
  }
  return 0;
}

/* ---------------------------------------------------- long spans */

/* Token ranges, grown as they come. */
typedef struct ranges {
  size_t *v; /* start, end, start, end, ... */
  size_t n, cap;
} ranges;

static int collect_range(void *ud, const summar_rawtok *t) {
  ranges *r = ud;
  if (r->n + 2 > r->cap) {
    size_t cap = r->cap ? 2 * r->cap : 1024;
    size_t *v = realloc(r->v, cap * sizeof *v);
    if (!v)
      return 1;
    r->v = v;
    r->cap = cap;
  }
  r->v[r->n++] = t->start;
  r->v[r->n++] = t->end;
  return 0;
}

/* The word segments ICU's word iterator gives over the whole of s: those
 * holding a letter or digit, or whose rule status says word. */
static void icu_ranges(const char *s, size_t n, ranges *r) {
  UErrorCode err = U_ZERO_ERROR;
  UText *ut = utext_openUTF8(NULL, s, (int64_t)n, &err);
  UBreakIterator *bi = ubrk_open(UBRK_WORD, "en", NULL, 0, &err);
  ubrk_setUText(bi, ut, &err);
  for (int32_t a = ubrk_first(bi), b = ubrk_next(bi); b != UBRK_DONE;
       a = b, b = ubrk_next(bi)) {
    if (!summar_word_flags(s, (size_t)a, (size_t)b) &&
        ubrk_getRuleStatus(bi) < UBRK_WORD_NONE_LIMIT)
      continue;
    summar_rawtok t = {0};
    t.start = (size_t)a;
    t.end = (size_t)b;
    collect_range(r, &t);
  }
  ubrk_close(bi);
  utext_close(ut);
}

/* A span of about n bytes with no sentence in it: words of ASCII, Latin
 * and Arabic, apostrophes and colons, numbers with separators, marks
 * after spaces, single and double spaces; with `exotic`, CJK and emoji
 * words too in its middle third (there ICU segments). */
static char *long_span(size_t n, int exotic, size_t *len) {
  static const char *w[] = {
      "word", "don't", "a:b", "1,000.5", "3.14", "e-mail", "x\xCC\x81y",
      "\xCC\x81\x61", "caf\xC3\xA9", "\xD9\x83\xD8\xAA\xD8\xA7\xD8\xA8",
      "__init__", "foo_bar", "x.y.z", "$100", "C++", "9:30", "12th", "-5",
      "Zebra", "\xD9\xA1\xD9\xA2\xD9\xA3",
      /* exotic */
      "\xE6\x97\xA5\xE6\x9C\xAC", "\xF0\x9F\x98\x80"};
  static const char *sep[] = {" ", " ", " ", "  ", " \xCC\x81", "\t"};
  size_t nw = sizeof w / sizeof *w, plain = nw - 2;
  char *s = malloc(n + 64);
  size_t at = 0;
  unsigned seed = 99;
  while (at < n) {
    seed = seed * 1103515245u + 12345u;
    int mid = exotic && at > n / 3 && at < 2 * n / 3;
    const char *a = w[(seed >> 16) % (mid ? nw : plain)];
    const char *b = sep[(seed >> 8) % (sizeof sep / sizeof *sep)];
    memcpy(s + at, a, strlen(a));
    at += strlen(a);
    memcpy(s + at, b, strlen(b));
    at += strlen(b);
  }
  *len = at;
  return s;
}

int main(void) {
  const summar_allocator *A = &summar_default_allocator;

  {
    /* Arabic letters alone, after an ASCII capital and in pairs (the
     * fast path of ASCII and U+0621..U+064A), then random words of
     * letters, marks that compose with them (U+0653..U+0655), tashkeel,
     * other Arabic letters and digits (the general path). */
    int ok = 1;
    for (int32_t a = 0x0600; a <= 0x06FF && ok; a++) {
      int32_t one[2] = {'A', a};
      ok = norm_matches(one, 2);
      for (int32_t b = 0x0621; b <= 0x064A && ok; b++) {
        int32_t two[2] = {a, b};
        ok = norm_matches(two, 2);
      }
    }
    CHECK(ok, "Arabic letters and pairs normalize as NFKC + fold + unify");
    static const int32_t alphabet[] = {
        'a', 'Z', '7', '-', 0x0621, 0x0622, 0x0623, 0x0624, 0x0625, 0x0626,
        0x0627, 0x0629, 0x0633, 0x0640, 0x0647, 0x0648, 0x0649, 0x064A,
        0x064B, 0x064E, 0x0651, 0x0652, 0x0653, 0x0654, 0x0655, 0x0660,
        0x0670, 0x0671, 0x06A9, 0x06C1, 0x06CC, 0x06D2, 0x06D5, 0xFE8D};
    size_t na = sizeof alphabet / sizeof *alphabet;
    unsigned seed = 12345;
    for (int k = 0; k < 20000 && ok; k++) {
      int32_t w[8];
      size_t n = 1 + (seed >> 16) % 7;
      w[0] = 0x0621 + (int32_t)((seed >> 8) % 42); /* a letter */
      for (size_t j = 1; j < n; j++) {
        seed = seed * 1103515245u + 12345u;
        w[j] = alphabet[(seed >> 16) % na];
      }
      seed = seed * 1103515245u + 12345u;
      size_t at = (seed >> 16) % n; /* the letter anywhere */
      int32_t t = w[0];
      w[0] = w[at];
      w[at] = t;
      ok = norm_matches(w, n);
    }
    CHECK(ok, "random Arabic words normalize as NFKC + fold + unify");
  }

  /* ----- normalization */
  CHECK(strcmp(norm("Hello"), "hello") == 0, "ASCII lowercased");
  CHECK(strcmp(norm("ÉCOLE"), "école") == 0, "Latin-1 case folded");
  CHECK(strcmp(norm("Straße"), "strasse") == 0, "ß case folds to ss");
  CHECK(strcmp(norm("ﬁne"), "fine") == 0, "NFKC expands the fi ligature");
  CHECK(strcmp(norm("e\xCC\x81t\xC3\xA9"), "\xC3\xA9t\xC3\xA9") == 0,
        "combining accent composed (NFC)");
  CHECK(strcmp(norm("don’t"), "don't") == 0, "typographic apostrophe");
  CHECK(strcmp(norm("كَتَبَ"), "كتب") == 0, "tashkeel stripped");
  CHECK(strcmp(norm("كـــتـاب"), "كتاب") == 0, "tatweel stripped");
  CHECK(strcmp(norm("أحمد"), norm("احمد")) == 0 &&
            strcmp(norm("إسلام"), "اسلام") == 0 &&
            strcmp(norm("آمن"), "امن") == 0 &&
            strcmp(norm("ٱلله"), "الله") == 0,
        "alef variants unified");
  CHECK(strcmp(norm("مستشفى"), "مستشفي") == 0, "alef maksura -> yeh");
  CHECK(strcmp(norm("مدرسة"), "مدرسه") == 0, "teh marbuta -> heh");
  CHECK(strcmp(norm("مؤتمر"), "موتمر") == 0 &&
            strcmp(norm("رئيس"), "رييس") == 0,
        "hamza carriers unified");
  CHECK(strcmp(norm("ﻛﺘﺎﺏ"), "كتاب") == 0,
        "Arabic presentation forms become letters");
  CHECK(strcmp(norm("١٢٣"), "123") == 0, "Arabic-Indic digits -> ASCII");
  CHECK(strcmp(norm("۲۰۲۴"), "2024") == 0, "Persian digits -> ASCII");
  CHECK(strcmp(norm("१९४७"), "1947") == 0, "Devanagari digits -> ASCII");
  CHECK(strcmp(norm("٣٫٥"), "3.5") == 0, "Arabic decimal separator");
  CHECK(strcmp(norm("ΣΟΦΊΑ"), "σοφία") == 0, "Greek case folded");
  CHECK(strcmp(norm("soft\xC2\xADhyphen"), "softhyphen") == 0,
        "default ignorables dropped");
  CHECK(strcmp(norm(""), "") == 0, "empty normalizes to empty");
  {
    summar_buf b;
    summar_buf_init(&b, A);
    summar_buf_append(&b, "x", 1);
    CHECK(summar_normalize("AB", 2, &b) == SUMMAR_OK && b.len == 3 &&
              strcmp(b.data, "xab") == 0,
          "normalize appends to the buffer");
    CHECK(summar_normalize(NULL, 1, &b) == SUMMAR_ERR_ARG &&
              summar_normalize("a", 1, NULL) == SUMMAR_ERR_ARG,
          "normalize rejects NULL");
    CHECK(summar_normalize("a\xff", 2, &b) == SUMMAR_ERR_UTF8,
          "normalize reports invalid UTF-8");
    /* A long non-ASCII token goes past the stack buffer. */
    char longw[2000];
    size_t n = 0;
    for (int k = 0; k < 300; k++) {
      memcpy(longw + n, "Éa", 3);
      n += 3;
    }
    b.len = 0;
    summar_status st = summar_normalize(longw, n, &b);
    int ok = st == SUMMAR_OK && b.len == n;
    for (size_t k = 0; ok && k < b.len; k += 3)
      ok = memcmp(b.data + k, "éa", 3) == 0;
    CHECK(ok, "long non-ASCII token normalized");
    summar_buf_free(&b);
  }
  {
    /* The buffer grows past its first 8 bytes, keeps a NUL after its
     * bytes (a NUL put is a byte), and stops at the first failure. */
    budget bud = {1};
    summar_allocator one = {bud_realloc, bud_free, &bud};
    summar_buf b;
    summar_buf_init(&b, &one);
    summar_buf_append(&b, "", 0);
    int ok = b.data && b.len == 0 && b.data[0] == '\0';
    for (int k = 0; k < 7; k++)
      summar_buf_putc(&b, (char)('a' + k));
    ok &= !b.failed && b.len == 7 && strcmp(b.data, "abcdefg") == 0;
    summar_buf_putc(&b, '\0');
    ok &= b.failed && b.len == 7; /* a 9th byte needs a second allocation */
    summar_buf_append(&b, "x", 1);
    ok &= b.len == 7;
    summar_buf_free(&b);
    bud.left = 4;
    summar_buf_init(&b, &one);
    summar_buf_append(&b, "abc", 3);
    summar_buf_putc(&b, '\0');
    for (int k = 0; k < 20; k++)
      summar_buf_putc(&b, 'z');
    ok &= !b.failed && b.len == 24 && b.cap >= 25 &&
          memcmp(b.data, "abc\0zzzz", 8) == 0 && b.data[24] == '\0';
    summar_buf_free(&b);
    CHECK(ok, "buffer: growth, NUL terminator, NUL bytes, failure sticks");
  }

  /* ----- English tokens and offsets */
  summar_tokenizer *en = NULL;
  CHECK(summar_tokenizer_new(A, "en", &en) == SUMMAR_OK && en,
        "English tokenizer created");
  toks ts;
  const char *s1 = "The runners were running quickly, aren't they? 42 times!";
  CHECK(run(en, s1, &ts) == SUMMAR_OK, "English sentence tokenized");
  CHECK(ts.n == 9, "nine word tokens, punctuation skipped");
  CHECK(ts.n >= 9 && text_is(s1, &ts.v[0], "The") && ts.v[0].start == 0 &&
            text_is(s1, &ts.v[3], "running") && ts.v[3].start == 17 &&
            text_is(s1, &ts.v[5], "aren't") &&
            text_is(s1, &ts.v[8], "times"),
        "tokens carry their byte offsets");
  CHECK(ts.n >= 9 && strcmp(ts.v[0].norm, "the") == 0 &&
            (ts.v[0].flags & SUMMAR_TOKEN_STOPWORD) &&
            (ts.v[0].flags & SUMMAR_TOKEN_LETTERS),
        "'The' normalized and flagged as a stopword");
  CHECK(ts.n >= 9 && strcmp(ts.v[3].stem, "run") == 0 &&
            strcmp(ts.v[3].norm, "running") == 0,
        "running -> run");
  CHECK(ts.n >= 9 && strcmp(ts.v[1].stem, "runner") == 0 &&
            !(ts.v[1].flags & SUMMAR_TOKEN_STOPWORD),
        "runners -> runner, a content word");
  CHECK(ts.n >= 9 && strcmp(ts.v[7].norm, "42") == 0 &&
            ts.v[7].flags == SUMMAR_TOKEN_NUMBER,
        "number token flagged NUMBER only");
  CHECK(ts.n >= 9 && (ts.v[2].flags & SUMMAR_TOKEN_STOPWORD) &&
            (ts.v[6].flags & SUMMAR_TOKEN_STOPWORD) &&
            !(ts.v[4].flags & SUMMAR_TOKEN_STOPWORD),
        "were/they stopwords, quickly not");
  int strings_ok = 1;
  for (size_t i = 0; i < ts.n; i++)
    strings_ok &= ts.v[i].norm[0] != '!';
  CHECK(strings_ok, "norm, stem and term are NUL-terminated");

  /* English term forms fold plurals only (S-stemmer). */
  {
    toks tp;
    static const char *const want[][2] = {
        {"bridges", "bridge"}, {"cities", "city"},     {"boxes", "boxe"},
        {"cars", "car"},       {"bus", "bus"},         {"glass", "glass"},
        {"status", "status"},  {"company's", "company's"}, {"plays", "play"},
        {"organizations", "organization"}, {"organs", "organ"},
        {"running", "running"}};
    size_t nw = sizeof want / sizeof want[0];
    const char *words = "bridges cities boxes cars bus glass status "
                        "company's plays organizations organs running";
    int good = run(en, words, &tp) == SUMMAR_OK && tp.n == nw;
    for (size_t i = 0; good && i < nw; i++) {
      good = strcmp(tp.v[i].term, want[i][1]) == 0;
      if (!good)
        printf("# %s -> %s, want %s\n", want[i][0], tp.v[i].term, want[i][1]);
    }
    CHECK(good, "English terms: plurals folded, derivations kept apart");
    CHECK(tp.n == nw && strcmp(tp.v[9].stem, tp.v[10].stem) == 0,
          "the Snowball stems (reported on tokens) still merge them");
  }

  /* A sub-range: offsets stay absolute. */
  {
    const char *s = "skip this. Cats sleep";
    memset(&ts, 0, sizeof ts);
    CHECK(summar_tokenize(en, s, 11, strlen(s), collect, &ts) == SUMMAR_OK &&
              ts.n == 2 && ts.v[0].start == 11 && ts.v[0].end == 15 &&
              strcmp(ts.v[0].stem, "cat") == 0 && ts.v[1].end == strlen(s),
          "sub-range offsets are absolute");
  }
  CHECK(run(en, "mp3 players", &ts) == SUMMAR_OK && ts.n == 2 &&
            ts.v[0].flags == (SUMMAR_TOKEN_LETTERS | SUMMAR_TOKEN_NUMBER),
        "mixed letters and digits carry both flags");
  CHECK(run(en, "", &ts) == SUMMAR_OK && ts.n == 0, "empty input: no token");
  CHECK(run(en, "  \n\t  ", &ts) == SUMMAR_OK && ts.n == 0,
        "whitespace: no token");
  CHECK(run(en, " -- ... !!! ?? 🙂 ", &ts) == SUMMAR_OK && ts.n == 0,
        "punctuation and emoji: no token");
  CHECK(run(en, "3.5 percent", &ts) == SUMMAR_OK && ts.n == 2 &&
            strcmp(ts.v[0].norm, "3.5") == 0,
        "decimal number is one token");

  /* The callback can stop the run. */
  memset(&ts, 0, sizeof ts);
  ts.stop_after = 2;
  CHECK(summar_tokenize(en, s1, 0, strlen(s1), collect, &ts) ==
                SUMMAR_ERR_NOMEM &&
            ts.n == 2,
        "callback failure stops with NOMEM");
  /* And the tokenizer is reusable afterwards. */
  CHECK(run(en, "Dogs bark", &ts) == SUMMAR_OK && ts.n == 2 &&
            strcmp(ts.v[0].stem, "dog") == 0,
        "tokenizer reusable after a stop");

  /* A form seen before gives the same token as the first time, from a
   * tokenizer that has seen it or a fresh one. */
  {
    const char *rep = "Cats and the cats. The CATS and cats, "
                      /* a word longer than 64 bytes, twice */
                      "pneumonoultramicroscopicsilicovolcanoconiosispneumonoultramicroscopics "
                      "pneumonoultramicroscopicsilicovolcanoconiosispneumonoultramicroscopics";
    summar_tokenizer *fresh = NULL;
    toks again, first;
    CHECK(summar_tokenizer_new(A, "en", &fresh) == SUMMAR_OK &&
              run(fresh, rep, &first) == SUMMAR_OK &&
              run(en, rep, &again) == SUMMAR_OK && first.n == 10 &&
              again.n == first.n,
          "repeated forms: tokens");
    int same = 1;
    for (size_t k = 0; k < first.n && k < again.n; k++)
      same &= again.v[k].start == first.v[k].start &&
              again.v[k].flags == first.v[k].flags &&
              strcmp(again.v[k].norm, first.v[k].norm) == 0 &&
              strcmp(again.v[k].stem, first.v[k].stem) == 0 &&
              strcmp(again.v[k].term, first.v[k].term) == 0;
    CHECK(same && strcmp(first.v[3].term, "cat") == 0 &&
              strcmp(first.v[5].norm, "cats") == 0 &&
              (first.v[4].flags & SUMMAR_TOKEN_STOPWORD) &&
              (first.v[2].flags & SUMMAR_TOKEN_STOPWORD) &&
              strcmp(first.v[8].norm, first.v[9].norm) == 0,
          "repeated forms: same norm, stem, term and flags each time");
    /* Cats and the cats . The CATS and cats , long long */
    CHECK(first.v[0].form && first.v[1].form && first.v[3].form &&
              first.v[1].form == first.v[6].form &&
              first.v[3].form == first.v[7].form &&
              first.v[0].form != first.v[3].form &&
              first.v[5].form != first.v[3].form &&
              first.v[2].form != first.v[4].form && first.v[8].form == 0 &&
              first.v[9].form == 0,
          "distinct forms numbered, a form of more than 64 bytes not");
    summar_tokenizer_free(fresh);
  }

  /* Each form keeps its caller's words from token to token; past the
   * memo's size (2^18 forms or 16 MiB) new forms get no number and are
   * still analyzed: a word there is normalized and folded like any
   * other. */
  {
    size_t nw = 270000;
    summar_buf text;
    summar_buf_init(&text, A);
    char w[8];
    for (size_t k = 0; k < nw; k++) {
      size_t v = k;
      w[0] = 'Q';
      for (int d = 1; d < 6; d++, v /= 26)
        w[d] = (char)('a' + v % 26);
      w[6] = 's';
      summar_buf_append(&text, w, 7);
      summar_buf_putc(&text, ' ');
    }
    summar_buf_append(&text, "Qaaaaas Qbaaaas", 15);
    form_check fc;
    memset(&fc, 0, sizeof fc);
    fc.nseen = nw + 2;
    fc.seen = calloc(fc.nseen, 1);
    summar_tokenizer *big = NULL;
    CHECK(!text.failed && fc.seen &&
              summar_tokenizer_new(A, "en", &big) == SUMMAR_OK &&
              summar_tokenize(big, text.data, 0, text.len, check_form,
                              &fc) == SUMMAR_OK,
          "many forms: tokenized");
    CHECK(fc.bad == 0 && fc.with_form > 65536 + 2 && fc.without_form > 0 &&
              fc.with_form + fc.without_form == nw + 2 && fc.again == 2,
          "many forms: numbered until the memo is full, form data kept");
    summar_rawtok t;
    CHECK(summar_tokenizer_word(big, text.data, (nw - 1) * 8,
                                (nw - 1) * 8 + 7, SUMMAR_TOKEN_LETTERS,
                                &t) == SUMMAR_OK &&
              t.form == 0 && !t.form_data && t.norm_len == 7 &&
              memcmp(t.norm, "qpkjpas", 7) == 0 && t.term_len == 6 &&
              memcmp(t.term, "qpkjpa", 6) == 0,
          "many forms: a form past the memo analyzed as before");
    summar_tokenizer_free(big);
    free(fc.seen);
    summar_buf_free(&text);
  }

  /* Deferred stems (English, whose terms are not stems): the same tokens
   * with no stem, and summar_tokenizer_word() of a tokenizer that keeps
   * stems gives each token's stem. */
  {
    const char *s = "The runners were running quickly, aren't they? 42 "
                    "times! Organizations cats cats 3rd";
    summar_tokenizer *lazy = NULL, *eager = NULL;
    toks a, b;
    CHECK(summar_tokenizer_new(A, "en", &lazy) == SUMMAR_OK &&
              summar_tokenizer_defer_stems(lazy) == 1 &&
              summar_tokenizer_new(A, "en", &eager) == SUMMAR_OK &&
              run(lazy, s, &a) == SUMMAR_OK && run(eager, s, &b) == SUMMAR_OK &&
              a.n == 13 && b.n == a.n,
          "deferred stems: tokenized");
    int same = 1;
    for (size_t k = 0; k < a.n && k < b.n; k++) {
      summar_rawtok rt;
      same &= a.v[k].no_stem && !b.v[k].no_stem &&
              a.v[k].start == b.v[k].start && a.v[k].end == b.v[k].end &&
              a.v[k].flags == b.v[k].flags &&
              strcmp(a.v[k].norm, b.v[k].norm) == 0 &&
              strcmp(a.v[k].term, b.v[k].term) == 0 &&
              summar_tokenizer_word(eager, s, a.v[k].start, a.v[k].end,
                                    a.v[k].flags, &rt) == SUMMAR_OK &&
              rt.stem && strlen(rt.stem) == rt.stem_len &&
              strcmp(rt.stem, b.v[k].stem) == 0;
    }
    CHECK(same && strcmp(b.v[9].stem, "organ") == 0 &&
              strcmp(a.v[9].term, "organization") == 0,
          "deferred stems: same tokens and terms; stems given on demand");
    /* Where the terms are stems (Arabic), only stopwords' stems wait. */
    const char *s3 = "قال الرئيس إن المدرسة في مصر وعددها ٢٠٢٤ مدرسة، "
                     "قال إن المدارس في مصر";
    summar_tokenizer *ar2 = NULL, *ar3 = NULL;
    toks c, d;
    CHECK(summar_tokenizer_new(A, "ar", &ar2) == SUMMAR_OK &&
              summar_tokenizer_defer_stems(ar2) == 1 &&
              summar_tokenizer_new(A, "ar", &ar3) == SUMMAR_OK &&
              run(ar2, s3, &c) == SUMMAR_OK && run(ar3, s3, &d) == SUMMAR_OK &&
              c.n == 14 && d.n == c.n,
          "deferred Arabic stopword stems: tokenized");
    int stops = 0;
    same = 1;
    for (size_t k = 0; k < c.n && k < d.n; k++) {
      int stop = (c.v[k].flags & SUMMAR_TOKEN_STOPWORD) != 0;
      stops += stop;
      same &= c.v[k].no_stem == stop && !d.v[k].no_stem &&
              c.v[k].start == d.v[k].start && c.v[k].end == d.v[k].end &&
              c.v[k].flags == d.v[k].flags &&
              strcmp(c.v[k].norm, d.v[k].norm) == 0 &&
              (stop || (strcmp(c.v[k].stem, d.v[k].stem) == 0 &&
                        strcmp(c.v[k].term, d.v[k].term) == 0));
    }
    CHECK(same && stops >= 6 && strcmp(d.v[8].stem, c.v[8].stem) == 0,
          "deferred Arabic stopword stems: stopwords without a stem, "
          "repeated too; other tokens, stems and terms unchanged");
    CHECK(summar_tokenizer_defer_stems(eager) == 0 &&
              summar_tokenizer_defer_stems(NULL) == 0,
          "stems kept once a tokenizer has memoized tokens");
    summar_tokenizer_free(ar3);
    summar_rawtok rt;
    CHECK(summar_tokenizer_word(eager, s, 3, 3, SUMMAR_TOKEN_LETTERS, &rt) ==
                  SUMMAR_ERR_ARG &&
              summar_tokenizer_word(NULL, s, 0, 3, 0, &rt) == SUMMAR_ERR_ARG,
          "summar_tokenizer_word rejects bad arguments");
    summar_tokenizer_free(ar2);
    summar_tokenizer_free(lazy);
    summar_tokenizer_free(eager);
  }

  /* ----- Arabic */
  summar_tokenizer *ar = NULL;
  CHECK(summar_tokenizer_new(A, "ar", &ar) == SUMMAR_OK, "Arabic tokenizer");
  const char *s2 = "قالَ الرئيسُ إنّ المدرسة في مِصر، وعددها ٢٠٢٤ مدرسة.";
  CHECK(run(ar, s2, &ts) == SUMMAR_OK, "Arabic sentence tokenized");
  CHECK(ts.n == 9, "nine Arabic tokens, comma and period skipped");
  CHECK(ts.n == 9 && text_is(s2, &ts.v[0], "قالَ") &&
            ts.v[0].start == 0 && text_is(s2, &ts.v[5], "مِصر") &&
            text_is(s2, &ts.v[7], "٢٠٢٤"),
        "Arabic offsets cover the original bytes with tashkeel");
  CHECK(ts.n == 9 && strcmp(ts.v[0].norm, "قال") == 0 &&
            strcmp(ts.v[1].norm, "الرييس") == 0 &&
            strcmp(ts.v[2].norm, "ان") == 0 &&
            strcmp(ts.v[3].norm, "المدرسه") == 0,
        "Arabic norms unified");
  CHECK(ts.n == 9 && strcmp(ts.v[7].norm, "2024") == 0 &&
            ts.v[7].flags == SUMMAR_TOKEN_NUMBER,
        "Arabic-Indic number normalized to ASCII");
  CHECK(ts.n == 9 && (ts.v[4].flags & SUMMAR_TOKEN_STOPWORD) &&
            !(ts.v[3].flags & SUMMAR_TOKEN_STOPWORD),
        "في is a stopword, المدرسة is not");
  CHECK(ts.n == 9 && strcmp(ts.v[3].stem, ts.v[8].stem) == 0 &&
            strlen(ts.v[3].stem) < strlen(ts.v[3].norm),
        "المدرسة and مدرسة share a shorter stem");
  CHECK(ts.n == 9 && strcmp(ts.v[3].term, ts.v[3].stem) == 0,
        "Arabic terms are the Snowball stems");
  {
    toks t2;
    const char *v = "أحمد إحمد احمد آحمد أَحْمَد احـــمد";
    CHECK(run(ar, v, &t2) == SUMMAR_OK && t2.n == 6, "six spellings");
    int same = t2.n == 6;
    for (size_t i = 1; same && i < t2.n; i++)
      same = strcmp(t2.v[i].norm, t2.v[0].norm) == 0 &&
             strcmp(t2.v[i].stem, t2.v[0].stem) == 0;
    CHECK(same, "hamza, tashkeel and tatweel variants normalize equal");
  }

  /* ----- French elision */
  summar_tokenizer *fr = NULL;
  CHECK(summar_tokenizer_new(A, "fr-FR", &fr) == SUMMAR_OK,
        "French tokenizer from a region tag");
  const char *s3 = "L'homme qu’il aimait";
  CHECK(run(fr, s3, &ts) == SUMMAR_OK && ts.n == 5 &&
            text_is(s3, &ts.v[0], "L'") && text_is(s3, &ts.v[1], "homme") &&
            (ts.v[0].flags & SUMMAR_TOKEN_STOPWORD) &&
            text_is(s3, &ts.v[3], "il"),
        "French elisions split off as stopwords");

  /* ----- languages without stemmer, and CJK */
  summar_tokenizer *und = NULL;
  CHECK(summar_tokenizer_new(A, NULL, &und) == SUMMAR_OK,
        "root tokenizer for NULL language");
  CHECK(run(und, "Running dogs", &ts) == SUMMAR_OK && ts.n == 2 &&
            strcmp(ts.v[0].stem, "running") == 0 &&
            !(ts.v[0].flags & SUMMAR_TOKEN_STOPWORD),
        "no stemmer: stem equals norm, no stopwords");
  summar_tokenizer *zh = NULL;
  CHECK(summar_tokenizer_new(A, "zh", &zh) == SUMMAR_OK, "Chinese tokenizer");
  CHECK(run(zh, "我们喜欢学习中文。", &ts) == SUMMAR_OK && ts.n >= 3 &&
            ts.n <= 7,
        "Chinese split into dictionary words");
  summar_tokenizer *th = NULL;
  CHECK(summar_tokenizer_new(A, "th", &th) == SUMMAR_OK &&
            run(th, "ภาษาไทยง่ายนิดเดียว", &ts) == SUMMAR_OK && ts.n >= 3,
        "Thai split into dictionary words");

  /* ----- invalid arguments */
  summar_tokenizer *x = (summar_tokenizer *)&ts;
  CHECK(summar_tokenizer_new(NULL, "en", &x) == SUMMAR_ERR_ARG,
        "NULL allocator rejected");
  CHECK(summar_tokenizer_new(A, "en", NULL) == SUMMAR_ERR_ARG,
        "NULL out rejected");
  CHECK(summar_tokenize(NULL, "a", 0, 1, collect, &ts) == SUMMAR_ERR_ARG &&
            summar_tokenize(en, "a", 0, 1, NULL, &ts) == SUMMAR_ERR_ARG &&
            summar_tokenize(en, "ab", 2, 1, collect, &ts) == SUMMAR_ERR_ARG &&
            summar_tokenize(en, NULL, 0, 1, collect, &ts) == SUMMAR_ERR_ARG,
        "summar_tokenize rejects bad arguments");
  summar_tokenizer_free(NULL); /* a no-op: a crash fails the test */

  /* ----- allocation failures are reported, never crash */
  {
    int ok = 1, succeeded = 0;
    for (int k = 0; k < 20 && !succeeded; k++) {
      budget bd = {k};
      summar_allocator fa = {bud_realloc, bud_free, &bd};
      summar_tokenizer *t = NULL;
      summar_status st = summar_tokenizer_new(&fa, "en", &t);
      if (st == SUMMAR_OK) {
        toks tt;
        memset(&tt, 0, sizeof tt);
        st = summar_tokenize(t, s1, 0, strlen(s1), collect, &tt);
        if (st == SUMMAR_OK)
          succeeded = tt.n == 9;
        else
          ok &= st == SUMMAR_ERR_NOMEM;
        summar_tokenizer_free(t);
      } else {
        ok &= st == SUMMAR_ERR_NOMEM && t == NULL;
      }
    }
    CHECK(ok && succeeded, "failing allocations give NOMEM, then success");
  }

  /* A span of a megabyte or so (one sentence as long as a book's
   * chapter) is tokenized in pieces: the same words as ICU's iterator
   * over the whole span, whether the pieces take the rule-based path or,
   * in the middle of the second span, ICU's; and the tokenizer's memory
   * stays bounded, not a segment record per word of the span. */
  for (int exotic = 0; exotic < 2; exotic++) {
    size_t n = 0;
    char *big = long_span(1200000, exotic, &n);
    ranges got = {0}, want = {0};
    meter m = {0, 0};
    summar_allocator ma = {m_realloc, m_free, &m};
    summar_tokenizer *t = NULL;
    CHECK(summar_tokenizer_new(&ma, "en", &t) == SUMMAR_OK &&
              summar_tokenize(t, big, 0, n, collect_range, &got) ==
                  SUMMAR_OK,
          exotic ? "a span of 1.2 MB with CJK and emoji in its middle "
                   "tokenized"
                 : "a span of 1.2 MB tokenized");
    icu_ranges(big, n, &want);
    CHECK(got.n == want.n && got.n > 300000 &&
              memcmp(got.v, want.v, got.n * sizeof *got.v) == 0,
          exotic ? "with CJK and emoji: the words of ICU's iterator over "
                   "all of the span"
                 : "the words of ICU's iterator over all of the span");
    printf("# 1.2 MB span, %zu words: tokenizer peak %zu bytes\n",
           got.n / 2, m.peak);
    /* 20 distinct forms: the memo holds little; the word segments of a
     * piece of 64 KB take about 12 bytes a word. */
    if (!exotic)
      CHECK(m.peak < (size_t)1 << 20,
            "a span of 1.2 MB: the tokenizer holds under 1 MiB (a "
            "segment record a word would take 2.5 MiB)");
    summar_tokenizer_free(t);
    free(got.v);
    free(want.v);
    free(big);
  }

  summar_tokenizer_free(en);
  summar_tokenizer_free(ar);
  summar_tokenizer_free(fr);
  summar_tokenizer_free(und);
  summar_tokenizer_free(zh);
  summar_tokenizer_free(th);
  return tap_done();
}
