/* Unit test of the Arabic stemmer on code points (stem_ar.c): the same
 * stems as libstemmer's "arabic" algorithm on words generated here, every
 * single code point of the Arabic blocks, every combination of the rules'
 * prefixes and suffixes around short stems, and random words over the
 * letters, marks and forms the rules name; plus empty input, invalid
 * UTF-8 and the reuse of one state for words of any length.
 *
 * Exact agreement is with the libstemmer the library is built with
 * (Debian 12's 2.2.0 in CI); another Snowball release may differ. */
#include "internal.h"
#include "../common/tap.h"

#include <stdlib.h>
#include <string.h>

#include <libstemmer.h>

static struct sb_stemmer *ref;
static summar_stemmer_ar st;
static size_t words, differ;

/* Compares both stemmers on in[0..n); the first few differences are
 * printed as TAP comments. */
static void compare(const char *in, size_t n) {
  const sb_symbol *r = sb_stemmer_stem(ref, (const sb_symbol *)in, (int)n);
  size_t rl = r ? (size_t)sb_stemmer_length(ref) : 0;
  size_t ol = 0;
  const char *o = summar_stem_ar(&st, in, n, &ol);
  words++;
  if (r && o && rl == ol && memcmp(r, o, ol) == 0 && o[ol] == '\0')
    return;
  if (differ++ < 10)
    printf("# %.*s: libstemmer %.*s, stem_ar %.*s\n", (int)n, in, (int)rl,
           r ? (const char *)r : "", (int)ol, o ? o : "(null)");
}

static size_t put(char *out, uint32_t cp) {
  return summar_utf8_encode((int32_t)cp, out);
}

/* Letters the rules name (affix letters, hamza carriers, alef maksura,
 * teh marbuta) and a few others, the vowel marks, tatweel, Arabic-Indic
 * digits, presentation forms and ASCII. */
static const uint32_t alphabet[] = {
    0x621, 0x622, 0x623, 0x624, 0x625, 0x626, 0x627, 0x628, 0x629, 0x62A,
    0x633, 0x641, 0x643, 0x644, 0x645, 0x646, 0x647, 0x648, 0x649, 0x64A,
    0x62F, 0x631, 0x639, 0x642, 0x62D, 0x62C, 0x640, 0x64B, 0x64E, 0x650,
    0x651, 0x652, 0x660, 0x669, 0xFE8D, 0xFEDF, 0xFEFB, 0xFEF7, 0xFE83,
    0xFE93, 0xFEE7, 'a', '7'};
#define NALPHA (sizeof alphabet / sizeof alphabet[0])

static uint64_t rng = 0x2545F4914F6CDD1Dull;
static uint32_t next_rand(void) {
  rng ^= rng << 13;
  rng ^= rng >> 7;
  rng ^= rng << 17;
  return (uint32_t)(rng >> 16);
}

/* Affixes of the rules, as UTF-8. */
static const char *const prefixes[] = {
    "", "و", "ف", "ب", "ك", "ل", "ال", "بال", "كال", "لل", "وال", "فال",
    "س", "سي", "ست", "سن", "سأ", "يست", "نست", "تست", "أأ", "أا", "أإ",
    "أآ", "أؤ", "فا", "وا", "با", "بب", "كك", "وب", "فس", "ولل", "أال",
    "فيست", "وسي", "ا", "أ", "ي", "ت", "ن"};
static const char *const suffixes[] = {
    "", "ه", "ك", "ني", "نا", "ها", "هم", "هن", "كم", "كن", "هما", "كما",
    "كمو", "ت", "ا", "ن", "ي", "تا", "تن", "ان", "ون", "ين", "تما", "وا",
    "تم", "و", "تمو", "ات", "ة", "ى", "يه", "تها", "ونه", "اتهم", "ية",
    "يين", "ته", "تموه", "نهم", "يا", "ؤ", "أ", "ئ", "آ", "إ", "يى"};
static const char *const stems[] = {
    "", "ك", "كت", "كتب", "درس", "علم", "قرأ", "سأل", "مؤمن", "بئر", "ي",
    "ء", "اا", "تت", "نن", "يي", "هه", "أأ", "ىى", "وو", "ست", "ما", "لا"};
#define N(a) (sizeof(a) / sizeof((a)[0]))

int main(void) {
  ref = sb_stemmer_new("arabic", "UTF_8");
  CHECK(ref != NULL, "libstemmer has the arabic algorithm");
  if (!ref)
    return tap_done();
  summar_stem_ar_init(&st, &summar_default_allocator);
  char w[256];

  /* Every code point of the Arabic blocks and the presentation forms
   * alone, after a stem and between two letters. */
  size_t before = differ;
  static const uint32_t ranges[][2] = {{0x600, 0x6FF}, {0xFB50, 0xFDFF},
                                       {0xFE70, 0xFEFF}, {0x20, 0x7E}};
  for (size_t r = 0; r < N(ranges); r++)
    for (uint32_t cp = ranges[r][0]; cp <= ranges[r][1]; cp++) {
      size_t n = put(w, cp);
      compare(w, n);
      n = (size_t)snprintf(w, sizeof w, "الكتاب");
      n += put(w + n, cp);
      compare(w, n);
      n = (size_t)snprintf(w, sizeof w, "و");
      n += put(w + n, cp);
      n += (size_t)snprintf(w + n, sizeof w - n, "كتبتم");
      compare(w, n);
    }
  CHECK(differ == before, "single code points in context agree");

  /* Every prefix x stem x suffix x suffix. */
  before = differ;
  for (size_t p = 0; p < N(prefixes); p++)
    for (size_t s = 0; s < N(stems); s++)
      for (size_t a = 0; a < N(suffixes); a++)
        for (size_t b = 0; b < N(suffixes); b++) {
          int n = snprintf(w, sizeof w, "%s%s%s%s", prefixes[p], stems[s],
                           suffixes[a], suffixes[b]);
          compare(w, (size_t)n);
        }
  CHECK(differ == before, "affix combinations agree");

  /* Random words of 1 to 12 characters. */
  before = differ;
  for (int k = 0; k < 300000; k++) {
    size_t len = 1 + next_rand() % 12, n = 0;
    for (size_t i = 0; i < len; i++)
      n += put(w + n, alphabet[next_rand() % NALPHA]);
    compare(w, n);
  }
  CHECK(differ == before, "random words agree");
  printf("# %zu words, %zu differ\n", words, differ);

  /* Empty input, invalid UTF-8 kept as it is, a long word after short
   * ones (the state's buffers grow). */
  size_t ol = 1;
  const char *o = summar_stem_ar(&st, "", 0, &ol);
  CHECK(o && ol == 0 && o[0] == '\0', "empty word");
  o = summar_stem_ar(&st, "\xD9\x88\xFF\xD9\x83", 5, &ol);
  CHECK(o && ol == 5 && memcmp(o, "\xD9\x88\xFF\xD9\x83", 5) == 0,
        "an invalid byte is kept and matches no rule");
  char *big = malloc(4001);
  CHECK(big != NULL, "allocation");
  if (big) {
    size_t n = 0;
    n += (size_t)snprintf(big, 4001, "ال");
    while (n + 2 <= 3990)
      n += put(big + n, 0x643);
    n += (size_t)snprintf(big + n, 4001 - n, "ة");
    o = summar_stem_ar(&st, big, n, &ol);
    CHECK(o && ol == n - 4 - 2 && memcmp(o, big + 4, ol) == 0,
          "a long word loses its article and teh marbuta");
    free(big);
  }
  CHECK(differ == 0, "no word differs from libstemmer");
  summar_stem_ar_free(&st);
  sb_stemmer_delete(ref);
  return tap_done();
}
