/*
 * stem_ar.c - the Snowball Arabic stemmer (algorithms/arabic.sbl, Assem
 * Chelli and Abdelkrim Aries) run on an array of code points.
 *
 * Snowball's generated C code walks UTF-8 bytes and finds each character of
 * its normalization in a table of about 170 strings by binary search; here a
 * word is decoded once, normalized by range tests while it is decoded, and
 * its affixes are compared as code points.  The steps keep Snowball's
 * semantics: a cursor that moves as the program's commands move it (a
 * backward `next` leaves it one character before the end, so the step
 * after it looks one character further in), the longest string of an
 * `among` chosen before its length condition is tested (a failed condition
 * does not fall back to a shorter string), deletions and replacements that
 * stay when a later command of the same alternative fails, and cursors
 * restored relative to the end in backward mode and to the start in forward
 * mode.  tests/unit/test_stem_ar.c compares the result with libstemmer's
 * "arabic" algorithm on generated words.
 */
#include "internal.h"

#include <string.h>

/* Code points the rules name. */
enum {
  AR_HAMZA = 0x621,     /* ء */
  AR_ALEF_MADDA = 0x622, /* آ */
  AR_ALEF_HA = 0x623,   /* أ */
  AR_WAW_H = 0x624,     /* ؤ */
  AR_ALEF_HB = 0x625,   /* إ */
  AR_YEH_H = 0x626,     /* ئ */
  AR_ALEF = 0x627,      /* ا */
  AR_BEH = 0x628,       /* ب */
  AR_TEH_M = 0x629,     /* ة */
  AR_TEH = 0x62A,       /* ت */
  AR_SEEN = 0x633,      /* س */
  AR_FEH = 0x641,       /* ف */
  AR_KAF = 0x643,       /* ك */
  AR_LAM = 0x644,       /* ل */
  AR_MEEM = 0x645,      /* م */
  AR_NOON = 0x646,      /* ن */
  AR_HEH = 0x647,       /* ه */
  AR_WAW = 0x648,       /* و */
  AR_MAKSURA = 0x649,   /* ى */
  AR_YEH = 0x64A,       /* ي */
};

/* Written in the order of the word: {MEEM, ALEF} is the suffix "ما". */
typedef struct affix {
  uint8_t len;  /* code points of s */
  uint8_t min;  /* the rule applies when the word has at least min */
  uint16_t s[3];
  uint8_t rlen; /* forward rules: length of the replacement r */
  uint16_t r[3];
} affix;

#define A1(m, x) {1, m, {x, 0, 0}, 0, {0, 0, 0}}
#define A2(m, x, y) {2, m, {x, y, 0}, 0, {0, 0, 0}}
#define A3(m, x, y, z) {3, m, {x, y, z}, 0, {0, 0, 0}}
#define R2(m, x, y, r) {2, m, {x, y, 0}, 1, {r, 0, 0}}
#define NTAB(t) (sizeof(t) / sizeof((t)[0]))

/* An `among` of the program: its strings, and the set of the letters
 * U+0620..U+065F that its strings end with (suffixes) or start with
 * (prefixes), which rejects most words with one test. */
typedef struct rule {
  const affix *t;
  size_t n;
  uint64_t ends;
} rule;
#define B(c) ((uint64_t)1 << ((c)-0x620))

/* Suffixes, each deleted when the word is long enough. */
static const affix verb1_t[] = {
    A1(4, AR_HEH), A1(4, AR_KAF),
    A2(5, AR_NOON, AR_YEH), A2(5, AR_NOON, AR_ALEF), A2(5, AR_HEH, AR_ALEF),
    A2(5, AR_HEH, AR_MEEM), A2(5, AR_HEH, AR_NOON), A2(5, AR_KAF, AR_MEEM),
    A2(5, AR_KAF, AR_NOON),
    A3(6, AR_HEH, AR_MEEM, AR_ALEF), A3(6, AR_KAF, AR_MEEM, AR_ALEF),
    A3(6, AR_KAF, AR_MEEM, AR_WAW)};
static const rule verb1 = {verb1_t, NTAB(verb1_t),
                          B(AR_HEH) | B(AR_KAF) | B(AR_YEH) | B(AR_ALEF) | B(AR_MEEM) | B(AR_NOON) | B(AR_WAW)};
static const affix verb2a_t[] = {
    A1(4, AR_TEH), A1(4, AR_ALEF), A1(4, AR_NOON), A1(4, AR_YEH),
    A2(5, AR_NOON, AR_ALEF), A2(5, AR_TEH, AR_ALEF), A2(5, AR_TEH, AR_NOON),
    A2(6, AR_ALEF, AR_NOON), A2(6, AR_WAW, AR_NOON), A2(6, AR_YEH, AR_NOON),
    A3(6, AR_TEH, AR_MEEM, AR_ALEF)};
static const rule verb2a = {verb2a_t, NTAB(verb2a_t),
                          B(AR_TEH) | B(AR_ALEF) | B(AR_NOON) | B(AR_YEH)};
static const affix verb2b_t[] = {A2(5, AR_WAW, AR_ALEF), A2(5, AR_TEH, AR_MEEM)};
static const rule verb2b = {verb2b_t, NTAB(verb2b_t),
                          B(AR_ALEF) | B(AR_MEEM)};
static const affix verb2c_t[] = {A1(4, AR_WAW), A3(6, AR_TEH, AR_MEEM, AR_WAW)};
static const rule verb2c = {verb2c_t, NTAB(verb2c_t),
                          B(AR_WAW)};
static const affix noun1a_t[] = {
    A1(4, AR_YEH), A1(4, AR_KAF), A1(4, AR_HEH),
    A2(5, AR_NOON, AR_ALEF), A2(5, AR_KAF, AR_MEEM), A2(5, AR_HEH, AR_ALEF),
    A2(5, AR_HEH, AR_NOON), A2(5, AR_HEH, AR_MEEM),
    A3(6, AR_KAF, AR_MEEM, AR_ALEF), A3(6, AR_HEH, AR_MEEM, AR_ALEF)};
static const rule noun1a = {noun1a_t, NTAB(noun1a_t),
                          B(AR_YEH) | B(AR_KAF) | B(AR_HEH) | B(AR_ALEF) | B(AR_MEEM) | B(AR_NOON)};
static const affix noun1b_t[] = {A1(6, AR_NOON)};
static const rule noun1b = {noun1b_t, NTAB(noun1b_t),
                          B(AR_NOON)};
static const affix noun2a_t[] = {A1(5, AR_ALEF), A1(5, AR_YEH), A1(5, AR_WAW)};
static const rule noun2a = {noun2a_t, NTAB(noun2a_t),
                          B(AR_ALEF) | B(AR_YEH) | B(AR_WAW)};
static const affix noun2b_t[] = {A2(5, AR_ALEF, AR_TEH)};
static const rule noun2b = {noun2b_t, NTAB(noun2b_t),
                          B(AR_TEH)};
static const affix noun2c1_t[] = {A1(4, AR_TEH)};
static const rule noun2c1 = {noun2c1_t, NTAB(noun2c1_t),
                          B(AR_TEH)};
static const affix noun2c2_t[] = {A1(4, AR_TEH_M)};
static const rule noun2c2 = {noun2c2_t, NTAB(noun2c2_t),
                          B(AR_TEH_M)};
static const affix noun3_t[] = {A1(3, AR_YEH)};
static const rule noun3 = {noun3_t, NTAB(noun3_t),
                          B(AR_YEH)};

/* Prefixes, deleted (rlen 0) or replaced by r. */
static const affix prefix1_t[] = {
    R2(4, AR_ALEF_HA, AR_ALEF_HA, AR_ALEF_HA),
    R2(4, AR_ALEF_HA, AR_ALEF_MADDA, AR_ALEF_MADDA),
    R2(4, AR_ALEF_HA, AR_WAW_H, AR_ALEF_HA),
    R2(4, AR_ALEF_HA, AR_ALEF, AR_ALEF),
    R2(4, AR_ALEF_HA, AR_ALEF_HB, AR_ALEF_HB)};
static const rule prefix1 = {prefix1_t, NTAB(prefix1_t),
                          B(AR_ALEF_HA)};
static const affix prefix2_t[] = {A1(4, AR_FEH), A1(4, AR_WAW)};
static const rule prefix2 = {prefix2_t, NTAB(prefix2_t),
                          B(AR_FEH) | B(AR_WAW)};
static const affix prefix3a_t[] = {
    A3(6, AR_BEH, AR_ALEF, AR_LAM), A3(6, AR_KAF, AR_ALEF, AR_LAM),
    A2(5, AR_LAM, AR_LAM), A2(5, AR_ALEF, AR_LAM)};
static const rule prefix3a = {prefix3a_t, NTAB(prefix3a_t),
                          B(AR_BEH) | B(AR_KAF) | B(AR_LAM) | B(AR_ALEF)};
static const affix prefix3b_t[] = {A1(4, AR_BEH), R2(4, AR_BEH, AR_BEH, AR_BEH),
                                 R2(4, AR_KAF, AR_KAF, AR_KAF)};
static const rule prefix3b = {prefix3b_t, NTAB(prefix3b_t),
                          B(AR_BEH) | B(AR_KAF)};
static const affix prefix3v_t[] = {
    R2(5, AR_SEEN, AR_YEH, AR_YEH), R2(5, AR_SEEN, AR_TEH, AR_TEH),
    R2(5, AR_SEEN, AR_NOON, AR_NOON), R2(5, AR_SEEN, AR_ALEF_HA, AR_ALEF_HA)};
static const rule prefix3v = {prefix3v_t, NTAB(prefix3v_t),
                          B(AR_SEEN)};
static const affix prefix4v_t[] = {
    {3, 5, {AR_YEH, AR_SEEN, AR_TEH}, 3, {AR_ALEF, AR_SEEN, AR_TEH}},
    {3, 5, {AR_NOON, AR_SEEN, AR_TEH}, 3, {AR_ALEF, AR_SEEN, AR_TEH}},
    {3, 5, {AR_TEH, AR_SEEN, AR_TEH}, 3, {AR_ALEF, AR_SEEN, AR_TEH}}};
static const rule prefix4v = {prefix4v_t, NTAB(prefix4v_t),
                          B(AR_YEH) | B(AR_NOON) | B(AR_TEH)};

/* The word being stemmed: w[0..n), the cursor c and the program's flags. */
typedef struct word {
  uint32_t *w;
  size_t n, c;
  int noun, verb, defined;
} word;

static inline int has_at(const word *x, size_t at, const uint16_t *s, size_t k) {
  for (size_t j = 0; j < k; j++)
    if (x->w[at + j] != s[j])
      return 0;
  return 1;
}

/* The longest string of r ending at the cursor (backward) or starting at
 * it (forward), or NULL. */
static inline const affix *longest(const word *x, const rule *r, int backward) {
  if (backward ? !x->c : x->c == x->n)
    return NULL;
  uint32_t ch = x->w[backward ? x->c - 1 : x->c] - 0x620;
  if (ch >= 64 || !(r->ends & ((uint64_t)1 << ch)))
    return NULL;
  const affix *best = NULL;
  for (size_t i = 0; i < r->n; i++) {
    const affix *e = &r->t[i];
    size_t k = e->len;
    if ((best && k <= best->len) || k > (backward ? x->c : x->n - x->c))
      continue;
    if (has_at(x, backward ? x->c - k : x->c, e->s, k))
      best = e;
  }
  return best;
}

/* Replaces w[at, at+k) by r[0..rlen) (rlen <= k). */
static void splice(word *x, size_t at, size_t k, const uint16_t *r,
                   size_t rlen) {
  for (size_t j = 0; j < rlen; j++)
    x->w[at + j] = r[j];
  if (rlen < k)
    memmove(x->w + at + rlen, x->w + at + k,
            (x->n - at - k) * sizeof *x->w);
  x->n -= k - rlen;
}

/* A backward step: deletes the longest suffix of t ending at the cursor
 * when the word is long enough, leaving the cursor where it began. */
static int suffix(word *x, const rule *r) {
  const affix *e = longest(x, r, 1);
  if (!e || x->n < e->min)
    return 0;
  x->c -= e->len;
  splice(x, x->c, e->len, NULL, 0);
  return 1;
}

/* Some of `steps` (tried in order) succeeds; the cursor, end-relative, is
 * restored before each. */
static int suffix_any(word *x, const rule *const *steps, size_t k) {
  size_t m = x->n - x->c;
  for (size_t i = 0; i < k; i++) {
    x->c = x->n - m;
    if (suffix(x, steps[i]))
      return 1;
  }
  x->c = x->n - m;
  return 0;
}

/* `(noun2a or noun2b or noun2c1)`. */
static int noun2(word *x) {
  static const rule *const steps[] = {&noun2a, &noun2b, &noun2c1};
  return suffix_any(x, steps, 3);
}

/* Backward `next`: one character towards the start. */
static int back_one(word *x) {
  if (!x->c)
    return 0;
  x->c--;
  return 1;
}

/* The verb suffixes: `((atleast 1 Suffix_Verb_Step1) (Suffix_Verb_Step2a
 * or Suffix_Verb_Step2c or next)) or Suffix_Verb_Step2b or
 * Suffix_Verb_Step2a`. */
static int verb_suffixes(word *x) {
  size_t m = x->n - x->c;
  if (suffix(x, &verb1)) {
    while (suffix(x, &verb1))
      ;
    static const rule *const steps[] = {&verb2a, &verb2c};
    if (suffix_any(x, steps, 2) || back_one(x))
      return 1;
  }
  static const rule *const steps[] = {&verb2b, &verb2a};
  x->c = x->n - m;
  return suffix_any(x, steps, 2);
}

/* The noun suffixes: a `try` of five alternatives, then
 * Suffix_Noun_Step3. */
static int noun_suffixes(word *x) {
  size_t m = x->n - x->c;
  int done = suffix(x, &noun2c2);
  if (!done && !x->defined) {
    x->c = x->n - m;
    done = suffix(x, &noun1a) && (noun2(x) || back_one(x));
  }
  if (!done) {
    x->c = x->n - m;
    done = suffix(x, &noun1b) && noun2(x);
  }
  if (!done && !x->defined) {
    x->c = x->n - m;
    done = suffix(x, &noun2a);
  }
  if (!done) {
    x->c = x->n - m;
    done = suffix(x, &noun2b);
  }
  if (!done)
    x->c = x->n - m;
  return suffix(x, &noun3);
}

static void suffixes(word *x) {
  x->c = x->n;
  if (x->verb && verb_suffixes(x))
    return;
  x->c = x->n;
  if (x->noun && noun_suffixes(x))
    return;
  x->c = x->n;
  if (x->c && x->w[x->c - 1] == AR_MAKSURA)
    x->w[x->c - 1] = AR_YEH; /* Suffix_All_alef_maqsura */
}

/* Whether w[c..) starts with a, b. */
static int starts2(const word *x, uint32_t a, uint32_t b) {
  return x->n - x->c >= 2 && x->w[x->c] == a && x->w[x->c + 1] == b;
}

/* A forward step: the longest prefix of t at the cursor, deleted or
 * replaced when the word is long enough; the cursor then follows the
 * replacement.  On failure the cursor is unchanged. */
static int prefix(word *x, const rule *r) {
  const affix *e = longest(x, r, 0);
  if (!e || x->n < e->min)
    return 0;
  splice(x, x->c, e->len, e->r, e->rlen);
  x->c += e->rlen;
  return 1;
}

static void prefixes(word *x) {
  x->c = 0;
  prefix(x, &prefix1);
  /* Prefix_Step2 fails on "فا" and "وا". */
  if (!starts2(x, AR_FEH, AR_ALEF) && !starts2(x, AR_WAW, AR_ALEF))
    prefix(x, &prefix2);
  if (prefix(x, &prefix3a))
    return;
  /* Prefix_Step3b_Noun fails on "با". */
  if (x->noun && !starts2(x, AR_BEH, AR_ALEF) &&
      prefix(x, &prefix3b))
    return;
  if (x->verb) {
    prefix(x, &prefix3v);
    if (prefix(x, &prefix4v)) {
      x->verb = 1;
      x->noun = 0;
    }
  }
}

/* Normalize_post: a final hamza on a carrier becomes ء, the others their
 * carrier. */
static void normalize_post(word *x) {
  if (x->n) {
    uint32_t *l = &x->w[x->n - 1];
    if (*l == AR_ALEF_HA || *l == AR_ALEF_HB || *l == AR_ALEF_MADDA ||
        *l == AR_WAW_H || *l == AR_YEH_H)
      *l = AR_HAMZA;
  }
  /* آ أ ؤ إ ئ (U+0622..U+0626) -> ا ا و ا ي */
  static const uint16_t carrier[] = {AR_ALEF, AR_ALEF, AR_WAW, AR_ALEF,
                                     AR_YEH};
  for (size_t i = 0; i < x->n; i++)
    if (x->w[i] - AR_ALEF_MADDA <= AR_YEH_H - AR_ALEF_MADDA)
      x->w[i] = carrier[x->w[i] - AR_ALEF_MADDA];
}

/* The base letters of the presentation forms U+FE80..U+FEFC, in runs:
 * `count` forms in a row stand for `base` (U+FEF5..U+FEFC, the lam-alef
 * ligatures, for lam and `base`). */
static const struct {
  uint8_t count;
  uint16_t base;
} forms[] = {{1, 0x621}, {2, 0x622}, {2, 0x623}, {2, 0x624}, {2, 0x625},
             {4, 0x626}, {2, 0x627}, {4, 0x628}, {2, 0x629}, {4, 0x62A},
             {4, 0x62B}, {4, 0x62C}, {4, 0x62D}, {4, 0x62E}, {2, 0x62F},
             {2, 0x630}, {2, 0x631}, {2, 0x632}, {4, 0x633}, {4, 0x634},
             {4, 0x635}, {4, 0x636}, {4, 0x637}, {4, 0x638}, {4, 0x639},
             {4, 0x63A}, {4, 0x641}, {4, 0x642}, {4, 0x643}, {4, 0x644},
             {4, 0x645}, {4, 0x646}, {4, 0x647}, {2, 0x648}, {2, 0x649},
             {4, 0x64A}, {2, 0x622}, {2, 0x623}, {2, 0x625}, {2, 0x627}};

/* Normalize_pre of one code point: appends its 0, 1 or 2 code points to
 * out, returns how many. */
static size_t normalize_pre(uint32_t ch, uint32_t *out) {
  /* Arabic letters first, in one test (not a branch on either side of
   * the tatweel, which the letters of a word would mispredict) */
  if ((ch - 0x621u <= 0x64Au - 0x621u) & (ch != 0x640u)) {
    out[0] = ch;
    return 1;
  }
  if (ch < 0x640 || (ch > 0x640 && ch < 0x64B) ||
      (ch > 0x652 && ch < 0x660) || (ch > 0x669 && ch < 0xFE80) ||
      ch > 0xFEFC) {
    out[0] = ch;
    return 1;
  }
  if (ch <= 0x652)
    return 0; /* tatweel and the vowel marks U+064B..U+0652 */
  if (ch <= 0x669) {
    out[0] = '0' + (ch - 0x660);
    return 1;
  }
  uint32_t off = ch - 0xFE80;
  size_t i = 0;
  while (off >= forms[i].count)
    off -= forms[i++].count;
  if (ch < 0xFEF5) {
    out[0] = forms[i].base;
    return 1;
  }
  out[0] = AR_LAM;
  out[1] = forms[i].base;
  return 2;
}

void summar_stem_ar_init(summar_stemmer_ar *s, const summar_allocator *a) {
  memset(s, 0, sizeof *s);
  s->a = a;
}

void summar_stem_ar_free(summar_stemmer_ar *s) {
  summar_dealloc(s->a, s->w);
  summar_dealloc(s->a, s->out);
  s->w = NULL;
  s->out = NULL;
  s->cap = 0;
}

/* Checks1 on the word as written: a definite article makes it a defined
 * noun. */
static void checks1(word *x, const uint32_t *head, size_t n) {
  /* Bitwise, one branch: the first letters of words vary too much for
   * short-circuit tests to be predicted (head[] is 0 past n). */
  int art3 = ((head[0] == AR_BEH) | (head[0] == AR_KAF)) &
             (head[1] == AR_ALEF) & (head[2] == AR_LAM);
  int art2 = ((head[0] == AR_LAM) | (head[0] == AR_ALEF)) &
             (head[1] == AR_LAM);
  if ((art3 & (n > 4)) | (art2 & (n > 3))) {
    x->noun = 1;
    x->verb = 0;
    x->defined = 1;
  }
}

const char *summar_stem_ar(summar_stemmer_ar *s, const char *in, size_t len,
                           size_t *out_len) {
  /* A byte is at most one code point, and a code point that becomes two
   * (a lam-alef ligature) has three bytes that become four: 2 len + 1
   * code points and bytes are enough. */
  if (len >= SIZE_MAX / 2 / sizeof *s->w)
    return NULL;
  if (2 * len + 1 > s->cap) {
    size_t cap = 2 * len + 1;
    uint32_t *w = summar_realloc(s->a, s->w, cap * sizeof *w);
    if (w)
      s->w = w;
    char *out = summar_realloc(s->a, s->out, cap);
    if (out)
      s->out = out;
    if (!w || !out)
      return NULL;
    s->cap = cap;
  }
  word x = {s->w, 0, 0, 1, 1, 0};
  uint32_t head[3] = {0, 0, 0};
  size_t chars = 0;
  for (size_t i = 0; i < len;) {
    size_t at = i;
    int32_t ch = summar_utf8_next(in, len, &i);
    /* An invalid byte stays as it is: 0x110000 + byte matches no rule. */
    uint32_t u = ch < 0 ? 0x110000u + (unsigned char)in[at] : (uint32_t)ch;
    if (chars < 3)
      head[chars] = u;
    chars++;
    x.n += normalize_pre(u, x.w + x.n);
  }
  checks1(&x, head, chars);
  suffixes(&x);
  prefixes(&x);
  normalize_post(&x);

  char *o = s->out;
  size_t n = 0;
  for (size_t i = 0; i < x.n; i++) {
    uint32_t u = x.w[i];
    if (u < 0x80) {
      o[n++] = (char)u;
    } else if (u < 0x800) {
      o[n++] = (char)(0xC0 | (u >> 6));
      o[n++] = (char)(0x80 | (u & 0x3F));
    } else if (u >= 0x110000u) {
      o[n++] = (char)(u - 0x110000u);
    } else {
      n += summar_utf8_encode((int32_t)u, o + n);
    }
  }
  o[n] = '\0';
  *out_len = n;
  return o;
}
