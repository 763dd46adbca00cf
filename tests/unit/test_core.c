/* Unit tests of the core helpers: UTF-8, word count, buffer, interning. */
#include "internal.h"
#include "../common/tap.h"

#include <stdint.h>
#include <string.h>

static size_t wc(const char *s) { return summar_word_count(s, strlen(s)); }

/* The default allocator across its two kinds of block: small ones from
 * malloc, big ones (8 MiB and more) mapped; growing and shrinking across
 * the boundary, a mapped block growing, and a block from malloc of 2 MiB
 * and more growing (by a copy) or cut (its pages given back) keep the
 * bytes. */
static int default_allocator_keeps_bytes(void) {
  const summar_allocator *a = &summar_default_allocator;
  static const size_t sizes[] = {100,       9u << 20, 64u << 20, 3u << 20,
                                 12u << 20, 200,      5u << 20,  7u << 20,
                                 1u << 20,  0};
  unsigned char *p = NULL;
  size_t have = 0;
  int ok = 1;
  for (size_t k = 0; ok && k < sizeof sizes / sizeof *sizes; k++) {
    size_t n = sizes[k];
    unsigned char *q = summar_realloc(a, p, n);
    if (!q)
      return 0;
    size_t keep = have < n ? have : n;
    for (size_t i = 0; i < keep; i += 4093)
      if (q[i] != (unsigned char)(i * 7 + 1))
        ok = 0;
    if (keep && q[keep - 1] != (unsigned char)((keep - 1) * 7 + 1))
      ok = 0;
    for (size_t i = 0; i < n; i++)
      q[i] = (unsigned char)(i * 7 + 1);
    p = q;
    have = n;
  }
  summar_dealloc(a, p);
  void *big = summar_calloc(a, 1, 16u << 20);
  if (!big || ((unsigned char *)big)[(16u << 20) - 1] != 0 ||
      ((uintptr_t)big & 15) != 0)
    ok = 0;
  summar_dealloc(a, big);
  a->free(a->ud, NULL);
  return ok;
}

int main(void) {
  CHECK(default_allocator_keeps_bytes(),
        "the default allocator keeps a block's bytes as it grows and "
        "shrinks across 8 MiB and from 2 MiB on, zeroes calloc'd blocks, "
        "aligns to 16 bytes");
  /* The reader's word count. */
  CHECK(wc("") == 0, "empty text has no words");
  CHECK(wc("one two  three") == 3, "three words");
  CHECK(wc("  - -- , ! ") == 0, "punctuation runs are not words");
  CHECK(wc("end. (yes) 3.5%") == 3, "words keep their punctuation");
  CHECK(wc("قال المبعوث\u00a0الروسي") == 3, "NBSP separates Arabic words");
  CHECK(wc("a\nb\tc\r\nd") == 4, "all whitespace separates");
  CHECK(wc("word\u00a0next\xc2\x85" "last\u3000four\u2003five") == 5 &&
            wc("—\u00abслово\u00bb и\u00a0ещё") == 3 &&
            wc("شكراً\u00a0جزيلاً،\u2009الآن") == 3,
        "white space after a letter inside a run still separates");
  CHECK(wc("x\u65e5\u672c\u8a9e") == 2,
        "a script without spaces after a Latin letter still splits the run");
  CHECK(summar_word_count(NULL, 5) == 0, "NULL counts 0");
  {
    /* Every white space character ends a word, and a script without
     * spaces splits it, wherever it falls in a long run of letters (the
     * counter steps over such runs by blocks of bytes). */
    int ends = 1, splits = 1;
    for (int32_t cp = 0; cp <= 0x10FFFF && ends; cp++) {
      if (!summar_is_space(cp) || cp == 0)
        continue;
      for (size_t k = 1; k <= 40 && ends; k++) {
        char t[128];
        size_t n = 0;
        for (size_t j = 0; j < k; j++, n += 2)
          memcpy(t + n, "\xd9\x82", 2); /* Arabic qaf */
        n += summar_utf8_encode(cp, t + n);
        memcpy(t + n, "word", 4);
        n += 4;
        ends = summar_word_count(t, n) == 2;
        if (!ends)
          printf("# U+%04X after %zu letters does not end the word\n",
                 (unsigned)cp, k);
      }
    }
    for (size_t k = 1; k <= 40 && splits; k++) {
      char t[128];
      memset(t, 'x', k);
      memcpy(t + k, "\u65e5\u672c\u8a9e", 9);
      splits = summar_word_count(t, k + 9) == 2;
    }
    CHECK(ends, "white space ends a long word at any offset");
    CHECK(splits, "a script without spaces splits a long run at any offset");
  }

  /* UTF-8 checks. */
  size_t off = 99;
  CHECK(summar_utf8_check("ok", 2, &off) == SUMMAR_OK, "ASCII is valid");
  CHECK(summar_utf8_check("ab\xff", 3, &off) == SUMMAR_ERR_UTF8 && off == 2,
        "invalid byte reported at its offset");
  CHECK(summar_utf8_check("a\0b", 3, &off) == SUMMAR_ERR_NUL && off == 1,
        "NUL byte reported at its offset");
  CHECK(summar_utf8_check("\xc0\x80", 2, NULL) == SUMMAR_ERR_UTF8,
        "overlong encoding rejected");
  CHECK(summar_utf8_check("\xed\xa0\x80", 3, NULL) == SUMMAR_ERR_UTF8,
        "surrogate rejected");
  CHECK(summar_utf8_check("\xe2\x82", 2, NULL) == SUMMAR_ERR_UTF8,
        "truncated sequence rejected");
  CHECK(summar_utf8_check(NULL, 1, NULL) == SUMMAR_ERR_ARG, "NULL text");
  size_t i = 0;
  CHECK(summar_utf8_next("\xd9\x82", 2, &i) == 0x642 && i == 2,
        "decodes Arabic qaf");
  {
    /* The inline decoder agrees with the full one on every pair of
     * bytes, whole or cut short. */
    int same = 1;
    for (unsigned a = 0x80; a <= 0xFF && same; a++)
      for (unsigned c = 0; c <= 0xFF && same; c++)
        for (size_t len = 1; len <= 2 && same; len++) {
          char s[2] = {(char)a, (char)c};
          size_t i1 = 0, i2 = 0;
          same = summar_utf8_next(s, len, &i1) ==
                     summar_utf8_decode(s, len, &i2) &&
                 i1 == i2;
          if (!same)
            printf("# %02x %02x (%zu bytes) decoded differently\n", a, c,
                   len);
        }
    CHECK(same, "inline two-byte decoding matches summar_utf8_decode");
    int spaces = 1;
    for (int32_t cp = 0; cp <= 0x10FFFF && spaces; cp++)
      if (summar_is_space(cp) != (cp < 0x80 ? summar_is_space(cp)
                                            : summar_is_space_nonascii(cp)))
        spaces = 0;
    CHECK(spaces, "summar_is_space's shortcut below U+1680 keeps the set");
  }
  {
    /* summar_arabic_run counts what summar_arabic_letter_at accepts: every
     * byte pair after 0..19 letters, the text cut anywhere after it. */
    int same = 1;
    for (unsigned a = 0xC0; a <= 0xFF && same; a++)
      for (unsigned c = 0; c <= 0xFF && same; c++)
        for (size_t k = 0; k < 20 && same; k++) {
          char t[64];
          for (size_t j = 0; j < 30; j++)
            memcpy(t + 2 * j, "\xd8\xb3", 2); /* Arabic seen */
          t[2 * k] = (char)a;
          t[2 * k + 1] = (char)c;
          for (size_t end = 2 * k; end <= 60 && same; end += 7) {
            size_t n = 0;
            while (2 * n < end && summar_arabic_letter_at(t, end, 2 * n) >= 0)
              n++;
            same = summar_arabic_run(t, 0, end) == n;
            if (!same)
              printf("# %02x %02x after %zu letters, end %zu: %zu, not %zu\n",
                     a, c, k, end, summar_arabic_run(t, 0, end), n);
          }
        }
    CHECK(same, "summar_arabic_run counts the letters summar_arabic_letter_at "
                "accepts");
  }
  /* Bit counts against a count bit by bit, over values of every weight. */
  {
    int same = 1;
    uint64_t x = 0x9E3779B97F4A7C15ull;
    for (int k = 0; k < 4096 && same; k++) {
      x ^= x << 13;
      x ^= x >> 7;
      x ^= x << 17;
      /* Masks keeping 0 to 64 bits of x, then x itself and all ones. */
      uint64_t v = k < 65 ? (k == 64 ? ~0ull : x & ((1ull << k) - 1)) : x;
      size_t want = 0;
      for (uint64_t y = v; y; y >>= 1)
        want += y & 1;
      same = summar_bit_count(v) == want;
    }
    CHECK(same && summar_bit_count(0) == 0 && summar_bit_count(~0ull) == 64,
          "summar_bit_count counts the bits set");
  }
  char enc[4];
  CHECK(summar_utf8_encode(0x1F600, enc) == 4 &&
            memcmp(enc, "\xf0\x9f\x98\x80", 4) == 0,
        "encodes a 4-byte code point");

  /* Buffer. */
  summar_buf b;
  summar_buf_init(&b, &summar_default_allocator);
  summar_buf_puts(&b, "x=");
  summar_buf_printf(&b, "%d;%s", 42, "a long string that exceeds nothing");
  for (int k = 0; k < 100; k++)
    summar_buf_printf(&b, "%0100d", k);
  size_t len;
  char *s = summar_buf_take(&b, &len);
  CHECK(s && len == 2 + 37 + 100 * 100 && strncmp(s, "x=42;a long", 11) == 0,
        "buffer appends and formats long output");
  summar_dealloc(&summar_default_allocator, s);

  /* Interning: the same string gets the same offset and term id. */
  summar_intern in;
  summar_intern_init(&in, &summar_default_allocator);
  uint32_t o1, o2, o3;
  int rc = summar_intern_str(&in, "run", 3, &o1);
  rc |= summar_intern_str(&in, "walk", 4, &o2);
  rc |= summar_intern_str(&in, "run", 3, &o3);
  CHECK(rc == 0 && o1 == o3 && o1 != o2, "interning deduplicates");
  uint32_t t1 = summar_intern_term(&in, "walk", 4, o2, 5);
  uint32_t t2 = summar_intern_term(&in, "run", 3, o1, 7);
  uint32_t t3 = summar_intern_term(&in, "walk", 4, o2, 9);
  CHECK(t1 == 0 && t2 == 1 && t3 == 0 && in.term_tok[0] == 5,
        "terms are numbered once, first token kept");
  char word[16];
  int ok = 1;
  for (int k = 0; k < 5000 && ok; k++) {
    snprintf(word, sizeof word, "w%d", k);
    uint32_t o;
    ok = summar_intern_str(&in, word, strlen(word), &o) == 0 &&
         strcmp(in.pool + o, word) == 0;
  }
  uint32_t o4;
  summar_intern_str(&in, "run", 3, &o4);
  CHECK(ok && o4 == o1, "interning survives rehashing");
  summar_intern_free(&in);
  return tap_done();
}
