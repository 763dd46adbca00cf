/*
 * test_stopwords.c - the built-in stopword lists (libsummar/stopwords.c).
 * Standalone: prints TAP, exits non-zero on any failure.
 */
#include "stopwords.h"
#include "../common/tap.h"

#include <stdint.h>
#include <stdio.h>
#include <string.h>

static int has(const summar_stoplist *l, const char *w) {
  return summar_stoplist_has(l, w, strlen(w));
}

/* memcmp order of two NUL-terminated strings (a prefix first). */
static int bytecmp(const char *a, const char *b) {
  size_t la = strlen(a), lb = strlen(b);
  int c = memcmp(a, b, la < lb ? la : lb);
  if (c)
    return c;
  return la < lb ? -1 : la > lb ? 1 : 0;
}

static const struct {
  const char *lang, *snowball;
} langs[] = {
    {"ar", "arabic"},     {"hy", "armenian"},  {"eu", "basque"},
    {"ca", "catalan"},    {"da", "danish"},    {"nl", "dutch"},
    {"en", "english"},    {"fi", "finnish"},   {"fr", "french"},
    {"de", "german"},     {"el", "greek"},     {"hi", "hindi"},
    {"hu", "hungarian"},  {"id", "indonesian"}, {"ga", "irish"},
    {"it", "italian"},    {"lt", "lithuanian"}, {"ne", "nepali"},
    {"no", "norwegian"},  {"pt", "portuguese"}, {"ro", "romanian"},
    {"ru", "russian"},    {"sr", "serbian"},   {"es", "spanish"},
    {"sv", "swedish"},    {"ta", "tamil"},     {"tr", "turkish"},
    {"yi", "yiddish"},
};
#define NLANGS (sizeof langs / sizeof langs[0])

/* The table of lists: complete, sorted, each list found by its code. */
static void check_table(const summar_stoplist *all, size_t n) {
  size_t i;
  /* the table */
  CHECK(all != NULL && n == NLANGS, "summar_stoplists() returns all 28 lists");
  {
    int sorted = all != NULL;
    for (i = 1; sorted && i < n; i++)
      if (strcmp(all[i - 1].lang, all[i].lang) >= 0)
        sorted = 0;
    CHECK(sorted, "lists are sorted by lang code");
  }
  CHECK(summar_stoplists(NULL) == all, "summar_stoplists(NULL) is allowed");
  {
    int found_all = 1;
    for (i = 0; i < n; i++)
      if (summar_stoplist_find(all[i].lang) != &all[i])
        found_all = 0;
    CHECK(found_all, "find() returns each table entry by its code");
  }
}

/* Every language has its list, under its Snowball name. */
static void check_languages(void) {
  /* every language */
  for (size_t i = 0; i < NLANGS; i++) {
    const summar_stoplist *l = summar_stoplist_find(langs[i].lang);
    char what[80];
    snprintf(what, sizeof what,
             "%s has a list with its Snowball name and >= 50 words",
             langs[i].lang);
    CHECK(l != NULL && strcmp(l->lang, langs[i].lang) == 0 &&
              strcmp(l->snowball, langs[i].snowball) == 0 &&
              l->count >= 50 && l->words != NULL,
          what);
  }
}

/* Some English and Arabic words, in and out of the lists. */
static void check_words(const summar_stoplist *en, const summar_stoplist *ar) {
  /* English */
  CHECK(has(en, "the"), "\"the\" is an English stopword");
  CHECK(has(en, "and"), "\"and\" is an English stopword");
  CHECK(!has(en, "summary"), "\"summary\" is not an English stopword");
  CHECK(has(en, "don't") && has(en, "don"),
        "\"don't\" (one ICU token) and \"don\" are English stopwords");

  /* Arabic, normalized forms (إلى -> الي) */
  CHECK(has(ar, "\xd9\x81\xd9\x8a"), "\"في\" is an Arabic stopword");
  CHECK(has(ar, "\xd9\x85\xd9\x86"), "\"من\" is an Arabic stopword");
  CHECK(has(ar, "\xd8\xa7\xd9\x84\xd8\xaa\xd9\x8a"),
        "\"التي\" is an Arabic stopword");
  CHECK(has(ar, "\xd8\xa7\xd9\x84\xd8\xb0\xd9\x8a"),
        "\"الذي\" is an Arabic stopword");
  CHECK(has(ar, "\xd8\xa7\xd9\x84\xd9\x8a"),
        "\"الي\" (normalized \"إلى\") is an Arabic stopword");
  CHECK(!has(ar, "\xd8\xb7\xd8\xa7\xd9\x84\xd8\xa8\xd8\xa7\xd9\x86"),
        "\"طالبان\" is not an Arabic stopword");
}

/* Every list sorted by memcmp order, no empty word, every word found. */
static void check_sorted(const summar_stoplist *all, size_t n) {
  size_t i, j;
  /* every list sorted by memcmp order, no duplicates, every word found */
  {
    int sorted = 1, nonempty = 1, findable = 1;
    const char *bad = NULL;
    for (i = 0; i < n; i++) {
      for (j = 0; j < all[i].count; j++) {
        const char *w = all[i].words[j];
        if (!w || !*w) {
          nonempty = 0;
          bad = all[i].lang;
          continue;
        }
        if (j > 0 && bytecmp(all[i].words[j - 1], w) >= 0) {
          sorted = 0;
          bad = all[i].lang;
        }
        if (!has(&all[i], w)) {
          findable = 0;
          bad = all[i].lang;
        }
      }
    }
    CHECK(sorted,
          "every list is strictly sorted (memcmp order, no duplicates)");
    CHECK(nonempty, "no list has an empty or NULL word");
    CHECK(findable, "has() finds every word of every list");
    if (bad)
      printf("# first problem in list %s\n", bad);
  }
}

/* Exact lengths, and what is missing or NULL. */
static void check_missing(const summar_stoplist *en) {
  /* lengths matter: a prefix or an extension of a stopword is not one */
  CHECK(!has(en, "th") && !has(en, "thee") &&
            summar_stoplist_has(en, "there", 3),
        "has() compares exactly w[0..len)");

  /* missing things */
  CHECK(summar_stoplist_find("xx") == NULL, "find(\"xx\") is NULL");
  CHECK(summar_stoplist_find("EN") == NULL &&
            summar_stoplist_find("") == NULL &&
            summar_stoplist_find("eng") == NULL,
        "find() is exact (\"EN\", \"\", \"eng\" are NULL)");

  CHECK(summar_stoplist_has(NULL, "the", 3) == 0, "has(NULL, ...) returns 0");
  CHECK(summar_stoplist_has(en, "", 0) == 0,
        "the empty word is not a stopword");
  CHECK(summar_stoplist_has(en, NULL, 0) == 0, "has(l, NULL, 0) returns 0");
  CHECK(summar_stoplist_find(NULL) == NULL, "find(NULL) is NULL");
}

/* The table from a word to every list holding it. */
static void check_word_langs(const summar_stoplist *all, size_t n,
                             const summar_stoplist *en) {
  size_t i, j;
  {
    int exact = all != NULL, distinct = 1;
    for (i = 0; i < n; i++)
      for (j = i + 1; j < n; j++)
        if (summar_stoplist_bit(&all[i]) == summar_stoplist_bit(&all[j]))
          distinct = 0;
    /* Each word's set is exactly the lists whose sorted words hold it. */
    for (i = 0; exact && i < n; i++)
      for (j = 0; exact && j < all[i].count; j++) {
        const char *w = all[i].words[j];
        uint64_t set = summar_stopword_langs(w, strlen(w));
        for (size_t k = 0; k < n; k++) {
          size_t lo = 0, hi = all[k].count;
          int in = 0;
          while (lo < hi && !in) {
            size_t mid = lo + (hi - lo) / 2;
            int c = bytecmp(all[k].words[mid], w);
            if (c == 0)
              in = 1;
            else if (c < 0)
              lo = mid + 1;
            else
              hi = mid;
          }
          if (in != ((set & summar_stoplist_bit(&all[k])) != 0)) {
            exact = 0;
            printf("# %s: list %s\n", w, all[k].lang);
          }
        }
      }
    CHECK(distinct && summar_stoplist_bit(en) != 0,
          "each list has a bit of its own");
    CHECK(exact, "summar_stopword_langs() gives exactly the lists holding "
                 "each stopword");
  }
  {
    const summar_stoplist *fr = summar_stoplist_find("fr");
    const summar_stoplist *es = summar_stoplist_find("es");
    uint64_t de = summar_stopword_langs("de", 2);
    CHECK((de & summar_stoplist_bit(fr)) && (de & summar_stoplist_bit(es)) &&
              !(de & summar_stoplist_bit(en)),
          "\"de\" is in the French and Spanish lists, not the English one");
  }
  CHECK(summar_stopword_langs("summary", 7) == 0 &&
            summar_stopword_langs("the", 2) == 0 &&
            summar_stopword_langs("", 0) == 0 &&
            summar_stopword_langs(NULL, 0) == 0,
        "a word of no list, a prefix, the empty word: no list");
  {
    summar_stoplist copy = *en;
    CHECK(summar_stoplist_bit(NULL) == 0 && summar_stoplist_bit(&copy) == 0 &&
              !summar_stoplist_has(&copy, "the", 3),
          "a list that is not built in has no bit");
  }
}

int main(void) {
  size_t n = 0;
  const summar_stoplist *all = summar_stoplists(&n);
  const summar_stoplist *en = summar_stoplist_find("en");
  const summar_stoplist *ar = summar_stoplist_find("ar");
  check_table(all, n);
  check_languages();
  check_words(en, ar);
  check_sorted(all, n);
  check_missing(en);
  check_word_langs(all, n, en);
  return tap_done();
}
