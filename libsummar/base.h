/*
 * base.h - what every stage uses: allocation through a context's
 * allocator, sized-struct checks, the byte buffer, UTF-8 decoding and
 * byte ranges (mem.c, utf8.c).  Every name here is hidden: the library is
 * built with -fvisibility=hidden and exports only SUMMAR_API names.
 * Internal, not installed.
 */
#ifndef SUMMAR_BASE_H
#define SUMMAR_BASE_H

#include "summar.h"

#include <stddef.h>
#include <stdint.h>

/* ------------------------------------------------------------ memory */

/* Allocation through a context's allocator.  All return NULL on failure or
 * on size overflow; none prints or aborts. */
void *summar_alloc(const summar_allocator *a, size_t n);
void *summar_calloc(const summar_allocator *a, size_t count, size_t size);
void *summar_realloc(const summar_allocator *a, void *p, size_t n);
void summar_dealloc(const summar_allocator *a, void *p);
/* summar_grow past its capacity test. */
int summar_grow_to(const summar_allocator *a, void **data, size_t *cap,
                   size_t need, size_t elsize);
/* Ensures *data (elements of elsize bytes, capacity *cap) holds at least
 * `need` elements, growing geometrically.  Returns 0 on success, -1 on
 * failure or overflow (then *data is untouched).  Inline, so that a call
 * with room left costs a comparison. */
static inline int summar_grow(const summar_allocator *a, void **data,
                              size_t *cap, size_t need, size_t elsize) {
  return need <= *cap ? 0 : summar_grow_to(a, data, cap, need, elsize);
}
/* A copy of s[0..n) plus NUL through the allocator, or NULL. */
char *summar_strndup(const summar_allocator *a, const char *s, size_t n);
/* The default allocator (malloc/free). */
extern const summar_allocator summar_default_allocator;

/* Whether a caller's sized struct *p of type T is large enough: its size
 * covers T up to and including LAST, the last member of T's first release.
 * Every sized struct of summar.h is checked this way. */
#define SUMMAR_SIZED_OK(p, T, LAST)                                           \
  ((p)->size >= offsetof(T, LAST) + sizeof((p)->LAST))
/* Copies the known prefix of *src into the caller's sized struct *dst
 * (dst->size bytes at most), keeping dst->size. */
#define SUMMAR_SIZED_COPY(dst, src)                                           \
  do {                                                                        \
    size_t summar_sz_ = (dst)->size;                                          \
    memcpy((dst), (src), summar_sz_ < sizeof *(src) ? summar_sz_               \
                                                    : sizeof *(src));         \
    (dst)->size = summar_sz_;                                                 \
  } while (0)

/* ------------------------------------------------------ byte buffer */

typedef struct summar_buf {
  const summar_allocator *a;
  char *data; /* always NUL-terminated when non-NULL */
  size_t len;
  size_t cap;
  int failed; /* set once an append failed: later appends do nothing */
} summar_buf;

void summar_buf_init(summar_buf *b, const summar_allocator *a);
void summar_buf_free(summar_buf *b);
void summar_buf_append(summar_buf *b, const char *s, size_t n);
void summar_buf_puts(summar_buf *b, const char *s);
void summar_buf_putc(summar_buf *b, char c);
void summar_buf_printf(summar_buf *b, const char *fmt, ...)
#ifdef __GNUC__
    __attribute__((format(printf, 2, 3)))
#endif
    ;
/* Takes the buffer's memory (NUL-terminated, never NULL unless failed) */
char *summar_buf_take(summar_buf *b, size_t *len);

/* ------------------------------------------------------------ UTF-8 */

/* summar_utf8_next for a lead byte >= 0x80 (utf8.c). */
int32_t summar_utf8_decode(const char *s, size_t len, size_t *i);
/* Decodes one code point at s[*i] (i < len), advancing *i.  Returns the
 * code point, or -1 for an invalid sequence (then *i advances by 1).
 * ASCII and valid two-byte sequences (Latin accents, Greek, Cyrillic,
 * Hebrew, Arabic) are decoded inline. */
static inline int32_t summar_utf8_next(const char *s, size_t len,
                                       size_t *i) {
  unsigned char c = (unsigned char)s[*i];
  if (c < 0x80) {
    *i += 1;
    return (int32_t)c;
  }
  if (c >= 0xC2 && c <= 0xDF && len - *i >= 2) {
    unsigned char c1 = (unsigned char)s[*i + 1];
    if ((c1 & 0xC0) == 0x80) {
      *i += 2;
      return (int32_t)(((c & 0x1Fu) << 6) | (c1 & 0x3Fu));
    }
  }
  return summar_utf8_decode(s, len, i);
}
/* Encodes cp into out (4 bytes at least), returns the length. */
size_t summar_utf8_encode(int32_t cp, char *out);
/* Sorts the distinct keys v[0..n) in increasing order, through tmp (n
 * keys of scratch): runs of 8 by insertion, then merges without branches
 * (keys.c). */
void summar_keys_sort(uint64_t *v, size_t n, uint64_t *tmp);

/* The number of bits set in x.  Where the target lacks the POPCNT
 * instruction (x86-64 without -mpopcnt), __builtin_popcountll calls
 * libgcc, which counts through a table, a byte at a time; this is inline
 * and branch-free. */
static inline size_t summar_bit_count(uint64_t x) {
#if defined(__POPCNT__) || !defined(__x86_64__)
  return (size_t)__builtin_popcountll(x);
#else
  x -= (x >> 1) & 0x5555555555555555ull;
  x = (x & 0x3333333333333333ull) + ((x >> 2) & 0x3333333333333333ull);
  x = (x + (x >> 4)) & 0x0F0F0F0F0F0F0F0Full;
  return (size_t)((x * 0x0101010101010101ull) >> 56);
#endif
}

/* 64-bit FNV-1a of s[0..len): the hash of the library's open-addressing
 * tables of strings. */
static inline uint64_t summar_hash_bytes(const char *s, size_t len) {
  uint64_t h = 1469598103934665603ull;
  for (size_t i = 0; i < len; i++)
    h = (h ^ (unsigned char)s[i]) * 1099511628211ull;
  return h;
}

/* Whether cp is an Arabic letter U+0621..U+064A other than the tatweel
 * U+0640: general category Lo and script Arabic, so the character tests
 * answer for these, most of any Arabic text, without a table lookup
 * (tests/unit/test_lang.c checks the range against utf8proc and ICU). */
static inline int summar_is_arabic_letter(int32_t cp) {
  return cp >= 0x0621 && cp <= 0x064A && cp != 0x0640;
}
/* The Arabic letter (summar_is_arabic_letter) whose two bytes start at
 * t[i] (i < end), or -1: the scans of runs of Arabic letters. */
static inline int32_t summar_arabic_letter_at(const char *t, size_t end,
                                              size_t i) {
  unsigned c = (unsigned char)t[i];
  if ((c & 0xFEu) != 0xD8u || end - i < 2)
    return -1;
  /* D8 or D9 and a continuation byte: U+0600..U+067F.  One test of the
   * three conditions (the lead byte alternates in Arabic text, which a
   * branch on it would mispredict). */
  unsigned c1 = (unsigned char)t[i + 1];
  int32_t cp = (int32_t)(((c & 1u) << 6) | (c1 & 0x3Fu)) + 0x0600;
  if (((c1 & 0xC0u) != 0x80u) | ((unsigned)(cp - 0x0621) > 0x064A - 0x0621) |
      (cp == 0x0640))
    return -1;
  return cp;
}
/* summar_arabic_run for a run that starts with byte D8 or D9 (utf8.c). */
size_t summar_arabic_run_d8(const char *t, size_t i, size_t end);
/* The number of Arabic letters (summar_is_arabic_letter), two bytes
 * each, in the run that starts at t[i] (i <= end): the scans that step
 * over runs of them.  Text of other scripts costs one inline test. */
static inline size_t summar_arabic_run(const char *t, size_t i,
                                       size_t end) {
  if (i >= end || ((unsigned char)t[i] & 0xFEu) != 0xD8u)
    return 0;
  return summar_arabic_run_d8(t, i, end);
}

/* summar_is_space and summar_is_alnum beyond ASCII (utf8.c). */
int summar_is_space_nonascii(int32_t cp);
int summar_is_alnum_nonascii(int32_t cp);
/* Whitespace as a reader sees it (Unicode White_Space, plus ZWSP/BOM). */
static inline int summar_is_space(int32_t cp) {
  if (cp < 0x80)
    return cp == ' ' || (cp >= 0x09 && cp <= 0x0D);
  if (cp < 0x1680) /* the first non-ASCII space past U+00A0 */
    return cp == 0x85 || cp == 0xA0;
  return summar_is_space_nonascii(cp);
}
/* Letter (L*) or digit (Nd/Nl/No). */
static inline int summar_is_alnum(int32_t cp) {
  if (cp < 0x80)
    return (cp >= '0' && cp <= '9') || (cp >= 'a' && cp <= 'z') ||
           (cp >= 'A' && cp <= 'Z');
  return summar_is_alnum_nonascii(cp);
}

/* Arabic letter unification, the one rule every matcher of Arabic uses
 * (the tokenizer's normalization, the phrase-list lexer, language names):
 * tashkeel (U+064B..U+065F), superscript alef and tatweel are dropped
 * (returns -1); alef variants آ أ إ ٱ -> ا, ى ئ -> ي, ة -> ه, ؤ -> و.
 * Every other code point is returned unchanged. */
extern const int16_t summar_arabic_unify_map[0x0671 - 0x0622 + 1];
static inline int32_t summar_arabic_unify(int32_t cp) {
  /* A table rather than a switch: the letters of a word would make a
   * switch's branches mispredict. */
  if ((uint32_t)(cp - 0x0622) > 0x0671 - 0x0622)
    return cp;
  return summar_arabic_unify_map[cp - 0x0622];
}

/* ------------------------------------------------------------ words */

/* U+2026, which ends a sentence cut to fit a budget. */
#define SUMMAR_ELLIPSIS "\xE2\x80\xA6"

/* A word longer than this many code points counts as one word per started
 * block of them (words.c). */
#define SUMMAR_WORD_MAX_CHARS 64

/* Word counting state: an ICU word breaker opened on first need (text in
 * a script without spaces) and reused.  Not thread-safe. */
typedef struct summar_words {
  void *bi;   /* UBreakIterator */
  int failed; /* ICU could not be opened: one word per character */
} summar_words;

void summar_words_init(summar_words *w);
void summar_words_free(summar_words *w);
/* Counts the words of text[0,len) as summar_word_count() does, stopping at
 * `limit` (SIZE_MAX: none).  When the count reaches limit, *cut (if not
 * NULL) receives the end of the limit-th word (inside a long word: at a
 * grapheme boundary); otherwise len.  Returns the count (at most limit). */
size_t summar_words_walk(summar_words *w, const char *text, size_t len,
                         size_t limit, size_t *cut);

/* ------------------------------------------------------------ word lists */

/* Whether the NUL-terminated word w is in the NULL-terminated list (a
 * NULL list holds nothing).  Lists are short phrase lists: a linear scan
 * (lexword.c). */
int summar_in_list(const char *const *list, const char *w);

/* ------------------------------------------------------------ spans */

typedef struct summar_range {
  size_t start, end;
} summar_range;

typedef struct summar_rangevec {
  const summar_allocator *a;
  summar_range *v;
  size_t n, cap;
} summar_rangevec;

/* Appends [start,end); returns 0 or -1 on allocation failure. */
int summar_rangevec_push(summar_rangevec *rv, size_t start, size_t end);
void summar_rangevec_free(summar_rangevec *rv);

/* ------------------------------------------------------------ ICU */

/* The status for an ICU error code (a UErrorCode): SUMMAR_OK for success
 * or a warning, SUMMAR_ERR_NOMEM for U_MEMORY_ALLOCATION_ERROR,
 * SUMMAR_ERR_BACKEND for any other error (icu.c). */
summar_status summar_icu_status(int icu_err);
/* Runs ICU's once-per-process initialization (default locale, sentence
 * and word break data) so that it never happens inside a document's
 * analysis; cheap once done.  Returns SUMMAR_OK, SUMMAR_ERR_NOMEM or
 * SUMMAR_ERR_BACKEND (icu.c). */
summar_status summar_icu_warm_up(void);

#endif /* SUMMAR_BASE_H */
