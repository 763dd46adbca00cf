/* Unit tests of selection (select.c) and paragraph splitting
 * (paragraph.c) on synthetic documents with stand-in scores. */
#include "internal.h"
#include "../common/tap.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---------------------------------------------------- synthetic docs */

#include "../common/textdoc.h"

/* Terms: non-stopwords of two or more bytes. */
static summar_doc *synth(const char *const *sents, const size_t *paras,
                         const unsigned *flags, size_t n) {
  static const textdoc_terms tt = {2, 1, 0};
  return textdoc(sents, paras, flags, n, &tt);
}

/* Deterministic pseudo-random numbers. */
static uint64_t rng_state = 88172645463325252ull;
static uint32_t rnd(uint32_t n) {
  rng_state ^= rng_state << 13;
  rng_state ^= rng_state >> 7;
  rng_state ^= rng_state << 17;
  return (uint32_t)(rng_state % n);
}

static const char *const vocab[] = {
    "river", "bridge", "rain",   "city",    "mayor", "school", "road",
    "flood", "market", "price",  "bank",    "loan",  "farm",   "crop",
    "storm", "coast",  "police", "court",   "judge", "vote",   "party",
    "train", "station", "ticket", "museum", "art",   "player", "match"};

/* A random sentence of 1..maxw words. */
static char *random_sentence(size_t maxw) {
  size_t w = 1 + rnd((uint32_t)maxw);
  char *s = malloc(w * 12 + 2);
  size_t l = 0;
  for (size_t i = 0; i < w; i++) {
    const char *v = vocab[rnd(sizeof vocab / sizeof vocab[0])];
    if (i)
      s[l++] = ' ';
    memcpy(s + l, v, strlen(v));
    l += strlen(v);
  }
  s[l++] = '.';
  s[l] = '\0';
  return s;
}

static size_t sum_words(const summar_doc *d, const size_t *sel, size_t n) {
  size_t w = 0;
  for (size_t i = 0; i < n; i++)
    w += d->sents[sel[i]].words;
  return w;
}

static int in_order(const size_t *sel, size_t n) {
  for (size_t i = 1; i < n; i++)
    if (sel[i] <= sel[i - 1])
      return 0;
  return 1;
}

/* ---------------------------------------------------- tests */

static void test_random_budgets(void) {
  summar_select_params nored = summar_select_params_std;
  nored.redundancy = 1.0;
  nored.cut_best = 0; /* whole sentences only: the fill is exact */
  int never_over = 1, ordered = 1, content = 1, filled = 1, warned = 1;
  int cut_only_long = 1;
  for (int round = 0; round < 40; round++) {
    size_t n = 5 + rnd(40);
    char **ss = malloc(n * sizeof *ss);
    unsigned *fl = calloc(n, sizeof *fl);
    double *sc = malloc(n * sizeof *sc);
    for (size_t i = 0; i < n; i++) {
      ss[i] = random_sentence(25);
      fl[i] = rnd(6) == 0 ? SUMMAR_SENT_JUNK : 0;
      sc[i] = fl[i] ? 0.0 : rnd(1000) / 1000.0;
    }
    summar_doc *d = synth((const char *const *)ss, NULL, fl, n);
    for (size_t budget = 1; budget <= 120; budget += 1 + rnd(7)) {
      for (int pass = 0; pass < 2; pass++) {
        size_t *sel = NULL, m = 0;
        unsigned warn = 0;
        summar_status st =
            summar_select(d, sc, budget, SIZE_MAX,
                          pass ? &nored : NULL, &sel, &m, NULL, &warn);
        if (st != SUMMAR_OK) {
          never_over = 0;
          continue;
        }
        size_t w = sum_words(d, sel, m);
        if (w > budget)
          never_over = 0;
        if (!in_order(sel, m))
          ordered = 0;
        unsigned char *chosen = calloc(n, 1);
        for (size_t i = 0; i < m; i++) {
          if (d->sents[sel[i]].flags & SUMMAR_SENT_DROP)
            content = 0;
          chosen[sel[i]] = 1;
        }
        /* Without redundancy control, nothing left out would still fit. */
        if (pass == 1)
          for (size_t i = 0; i < n; i++)
            if (!chosen[i] && !(fl[i] & SUMMAR_SENT_DROP) &&
                !summar_sent_is_filler(d, i) &&
                d->sents[i].words <= budget - w)
              filled = 0;
        if (d->content_words < budget && !(warn & SUMMAR_WARN_SHORT_SOURCE))
          warned = 0;
        if (d->content_words >= budget && (warn & SUMMAR_WARN_SHORT_SOURCE))
          warned = 0;
        if (m == 0 && !(warn & SUMMAR_WARN_NOTHING_FITS))
          warned = 0;
        /* An empty selection while a sentence fits: only when the best
         * candidate is longer than the budget (it is to be cut). */
        if (m == 0) {
          size_t best = summar_select_best(d, sc);
          int fits = 0;
          for (size_t i = 0; i < n; i++)
            fits |= !(fl[i] & SUMMAR_SENT_DROP) && d->sents[i].words &&
                    d->sents[i].words <= budget;
          if (fits && (best == SIZE_MAX || d->sents[best].words <= budget))
            cut_only_long = 0;
        }
        free(chosen);
        summar_dealloc(&d->a, sel);
      }
    }
    summar_doc_free(d);
    for (size_t i = 0; i < n; i++)
      free(ss[i]);
    free(ss);
    free(fl);
    free(sc);
  }
  CHECK(never_over, "random docs: the word budget is never exceeded");
  CHECK(ordered, "selection is in source order");
  CHECK(content, "dropped sentences are never selected");
  CHECK(filled, "budget filling: no left-out sentence fits in the slack");
  CHECK(cut_only_long,
        "an empty selection beside fitting sentences: the best is too long");
  CHECK(warned, "short-source and nothing-fits warnings are exact");
}

static void test_filling(void) {
  static const char *const s[] = {
      "one two three four five six seven eight nine ten.",
      "alpha beta gamma delta epsilon zeta eta theta.",
      "red green blue pink.", "north south east west up."};
  double sc[] = {1.0, 0.9, 0.5, 0.45};
  summar_doc *d = synth(s, NULL, NULL, 4);
  size_t *sel = NULL, m = 0;
  unsigned warn = 0;
  summar_select(d, sc, 14, SIZE_MAX, NULL, &sel, &m, NULL, &warn);
  CHECK(m == 2 && sel[0] == 0 && sel[1] == 2 && sum_words(d, sel, m) == 14,
        "when the next best does not fit, a lower one that fits is taken");
  summar_dealloc(&d->a, sel);
  summar_select(d, sc, 15, SIZE_MAX, NULL, &sel, &m, NULL, &warn);
  CHECK(m == 2 && sel[0] == 0 && sel[1] == 3 && sum_words(d, sel, m) == 15,
        "the fill reaches the budget exactly when it can");
  summar_dealloc(&d->a, sel);
  /* Budget 9, the best is 3 words (score 1), a 9-word sentence scores
   * 0.95: the exact fill (the knapsack over the best knapsack_pool
   * candidates, 0.95 x 9 > 1 x 3) takes the long one. */
  static const char *const s2[] = {
      "red green blue pink.",
      "alpha beta gamma delta epsilon zeta eta theta iota.",
      "north south east west up down left right."};
  double sc2[] = {1.0, 0.95, 0.1};
  summar_doc *d2 = synth(s2, NULL, NULL, 3);
  summar_select(d2, sc2, 9, SIZE_MAX, NULL, &sel, &m, NULL, &warn);
  CHECK(m == 1 && sel[0] == 1 && sum_words(d2, sel, m) == 9,
        "the knapsack uses the budget with a nearly as good longer sentence");
  summar_dealloc(&d2->a, sel);
  summar_select_params greedy_only = summar_select_params_std;
  greedy_only.knapsack_pool = 0;
  summar_select(d2, sc2, 9, SIZE_MAX, &greedy_only, &sel, &m, NULL, &warn);
  CHECK(m == 1 && sel[0] == 0,
        "without the knapsack (knapsack_pool 0), the greedy choice stays");
  summar_dealloc(&d2->a, sel);
  summar_doc_free(d2);

  warn = 0;
  summar_select(d, sc, 4, SIZE_MAX, NULL, &sel, &m, NULL, &warn);
  CHECK(m == 1 && sel[0] == 2 && !(warn & SUMMAR_WARN_NOTHING_FITS),
        "a four-word budget takes the four-word sentence");
  summar_dealloc(&d->a, sel);
  warn = 0;
  summar_select(d, sc, 1, SIZE_MAX, NULL, &sel, &m, NULL, &warn);
  CHECK(m == 0 && sel == NULL && (warn & SUMMAR_WARN_NOTHING_FITS),
        "nothing fits: empty selection and warning");
  warn = 0;
  summar_select(d, sc, 100, SIZE_MAX, NULL, &sel, &m, NULL, &warn);
  CHECK(m == 4 && (warn & SUMMAR_WARN_SHORT_SOURCE),
        "short source: all content and a warning");
  summar_dealloc(&d->a, sel);
  warn = 0;
  summar_select(d, sc, d->content_words, SIZE_MAX, NULL, &sel, &m, NULL, &warn);
  CHECK(m == 4 && !(warn & SUMMAR_WARN_SHORT_SOURCE),
        "budget equal to the source: all content, no warning");
  summar_dealloc(&d->a, sel);
  warn = 0;
  summar_select(d, sc, SIZE_MAX, 2, NULL, &sel, &m, NULL, &warn);
  CHECK(m == 2 && sel[0] == 0 && sel[1] == 1 && !warn,
        "sentence budget takes the best N");
  summar_dealloc(&d->a, sel);
  summar_select(d, sc, SIZE_MAX, 9, NULL, &sel, &m, NULL, &warn);
  CHECK(m == 4 && (warn & SUMMAR_WARN_SHORT_SOURCE),
        "sentence budget above the source: all, short-source warning");
  summar_dealloc(&d->a, sel);
  summar_doc_free(d);
}

static void test_redundancy(void) {
  static const char *const s[] = {
      "The council approved the new harbour budget on Monday.",
      "On Monday the council approved the new harbour budget.",
      "Fishermen protested against higher mooring fees downtown.",
      "Tourists crowded the beaches during the warm weekend."};
  double sc[] = {1.0, 0.95, 0.5, 0.3};
  summar_doc *d = synth(s, NULL, NULL, 4);
  CHECK(summar_sent_cosine(d, 0, 1) > 0.9 && summar_sent_cosine(d, 0, 2) < 0.1,
        "synthetic doc: the paraphrase is similar, others not");
  double *idf = summar_idf_table(d);
  int same = idf != NULL;
  for (size_t i = 0; i < 4 && same; i++)
    for (size_t j = 0; j < 4 && same; j++)
      same = summar_sent_cosine_idf(d, idf, i, j) == summar_sent_cosine(d, i, j);
  CHECK(same, "the cosine with the idf table equals the one without");
  summar_dealloc(&d->a, idf);
  size_t *sel = NULL, m = 0;
  unsigned warn = 0;
  summar_select(d, sc, 18, SIZE_MAX, NULL, &sel, &m, NULL, &warn);
  CHECK(m == 2 && sel[0] == 0 && sel[1] == 2,
        "a near-duplicate of a chosen sentence is skipped");
  summar_dealloc(&d->a, sel);
  summar_select_params p = summar_select_params_std;
  p.redundancy = 1.0;
  summar_select(d, sc, 18, SIZE_MAX, &p, &sel, &m, NULL, &warn);
  CHECK(m == 2 && sel[0] == 0 && sel[1] == 1,
        "with redundancy control off, it is taken");
  summar_dealloc(&d->a, sel);
  summar_select(d, sc, SIZE_MAX, 2, NULL, &sel, &m, NULL, &warn);
  CHECK(m == 2 && sel[0] == 0 && sel[1] == 2,
        "redundancy control under a sentence budget");
  summar_dealloc(&d->a, sel);
  summar_doc_free(d);
}

static int valid_split(const size_t *para, size_t n, size_t k) {
  if (n == 0)
    return 1;
  if (para[0] != 0 || para[n - 1] != k - 1)
    return 0;
  for (size_t i = 1; i < n; i++)
    if (para[i] != para[i - 1] && para[i] != para[i - 1] + 1)
      return 0;
  return 1;
}

static void test_paragraphs(void) {
  static const char *const s[] = {
      "Apple orchards expect a record harvest this autumn.",
      "The apple harvest depends on orchard workers.",
      "Orchard owners say apple prices will fall.",
      "The rocket launch was delayed by strong winds.",
      "Engineers checked the rocket before launch.",
      "A new launch window for the rocket opens Friday."};
  summar_doc *d = synth(s, NULL, NULL, 6);
  size_t sel[] = {0, 1, 2, 3, 4, 5}, para[6];
  size_t np = summar_paragraphs(d, sel, 6, 2, NULL, para);
  CHECK(np == 2 && valid_split(para, 6, 2) && para[2] == 0 && para[3] == 1,
        "two paragraphs cut at the topic change");
  np = summar_paragraphs(d, sel, 6, 3, NULL, para);
  CHECK(np == 3 && valid_split(para, 6, 3), "three paragraphs, all used");
  np = summar_paragraphs(d, sel, 6, 6, NULL, para);
  CHECK(np == 6 && valid_split(para, 6, 6), "six paragraphs of one");
  np = summar_paragraphs(d, sel, 6, 9, NULL, para);
  CHECK(np == 6 && valid_split(para, 6, 6),
        "more paragraphs than sentences: one sentence each");
  np = summar_paragraphs(d, sel, 6, 1, NULL, para);
  CHECK(np == 1 && valid_split(para, 6, 1), "K = 1: one paragraph");
  size_t sel3[] = {0, 3, 4};
  np = summar_paragraphs(d, sel3, 3, 2, NULL, para);
  CHECK(np == 2 && para[0] == 0 && para[1] == 1 && para[2] == 1,
        "a subset splits at its own weakest link");
  summar_doc_free(d);

  /* No topical links at all: a source paragraph boundary decides, even off
   * the balanced middle. */
  static const char *const u[] = {
      "Alpha bravo charlie delta.", "Echo foxtrot golf hotel.",
      "India juliet kilo lima.",    "Mike november oscar papa.",
      "Quebec romeo sierra tango.", "Uniform victor whiskey xray."};
  size_t up[] = {0, 0, 1, 1, 1, 1};
  summar_doc *du = synth(u, up, NULL, 6);
  np = summar_paragraphs(du, sel, 6, 2, NULL, para);
  CHECK(np == 2 && para[1] == 0 && para[2] == 1,
        "a source paragraph boundary weakens the link");
  size_t up2[] = {0, 0, 0, 0, 0, 0};
  summar_doc_free(du);
  du = synth(u, up2, NULL, 6);
  np = summar_paragraphs(du, sel, 6, 2, NULL, para);
  CHECK(np == 2 && para[2] == 0 && para[3] == 1,
        "equal links: balanced lengths decide");
  summar_doc_free(du);

  /* Big selections: the DP and the fallback both honour K. */
  size_t n = 20000;
  char **ss = malloc(n * sizeof *ss);
  size_t *all = malloc(n * sizeof *all), *pp = malloc(n * sizeof *pp);
  for (size_t i = 0; i < n; i++) {
    ss[i] = random_sentence(12);
    all[i] = i;
  }
  summar_doc *big = synth((const char *const *)ss, NULL, NULL, n);
  int ok = 1;
  size_t ks[] = {2, 7, 100, 5000};
  for (size_t x = 0; x < 4; x++) {
    size_t got = summar_paragraphs(big, all, n, ks[x], NULL, pp);
    ok &= got == ks[x] && valid_split(pp, n, ks[x]);
  }
  size_t got = summar_paragraphs(big, all, 2500, 40, NULL, pp);
  ok &= got == 40 && valid_split(pp, 2500, 40);
  CHECK(ok, "large selections: exactly K non-empty paragraphs");
  summar_doc_free(big);
  for (size_t i = 0; i < n; i++)
    free(ss[i]);
  free(ss);
  free(all);
  free(pp);
}

/* Headings, list lead-ins, clause fragments and units of three words or
 * fewer are not chosen while a content sentence can be. */
static void test_content_units(void) {
  static const char *const s[] = {
      "1 Introduction",
      "Storms closed the main roads across the north of the country today.",
      "The charges include:",
      "It rained.",
      "Rescue teams worked through the night to reach the stranded families,",
      "Schools will stay closed until the water falls again next week."};
  double sc[] = {1.0, 0.5, 0.95, 0.9, 0.9, 0.4};
  size_t paras[] = {0, 1, 2, 3, 4, 5};
  summar_doc *d = synth(s, paras, NULL, 6);
  int flags_ok = summar_sent_is_filler(d, 0) && !summar_sent_is_filler(d, 1) &&
                 summar_sent_is_filler(d, 2) && summar_sent_is_filler(d, 3) &&
                 summar_sent_is_filler(d, 4) && !summar_sent_is_filler(d, 5);
  CHECK(flags_ok, "filler: heading, lead-in, two words, clause ending ','");
  size_t *sel = NULL, m = 0;
  unsigned warn = 0;
  summar_select(d, sc, 40, SIZE_MAX, NULL, &sel, &m, NULL, &warn);
  int only_content = m > 0;
  for (size_t i = 0; i < m; i++)
    only_content &= sel[i] == 1 || sel[i] == 5;
  CHECK(only_content, "better-scored filler units are left out for content");
  summar_dealloc(&d->a, sel);
  CHECK(summar_select_best(d, sc) == 1,
        "the best sentence is the best content unit");
  summar_doc_free(d);

  static const char *const t[] = {"Contents", "1 Introduction",
                                  "2 Methods"};
  double tc[] = {0.2, 1.0, 0.5};
  summar_doc *d2 = synth(t, NULL, NULL, 3);
  summar_select(d2, tc, 2, SIZE_MAX, NULL, &sel, &m, NULL, &warn);
  CHECK(m == 1 && sel[0] == 1,
        "a text of filler units only: they are chosen");
  summar_dealloc(&d2->a, sel);
  summar_doc_free(d2);
}

/* A word budget above the knapsack's limit (65,536 words) goes through
 * the greedy walk alone: never over the budget, filled. */
static void test_huge_budget(void) {
  summar_select_params nored = summar_select_params_std;
  nored.redundancy = 1.0;
  size_t n = 2000;
  char **ss = malloc(n * sizeof *ss);
  double *sc = malloc(n * sizeof *sc);
  for (size_t i = 0; i < n; i++) {
    ss[i] = random_sentence(90);
    sc[i] = rnd(1000) / 1000.0;
  }
  summar_doc *d = synth((const char *const *)ss, NULL, NULL, n);
  size_t budget = 66000;
  size_t *sel = NULL, m = 0;
  unsigned warn = 0;
  summar_status st =
      summar_select(d, sc, budget, SIZE_MAX, &nored, &sel, &m, NULL, &warn);
  size_t w = st == SUMMAR_OK ? sum_words(d, sel, m) : 0;
  int filled = st == SUMMAR_OK && d->content_words > budget;
  unsigned char *chosen = calloc(n, 1);
  for (size_t i = 0; i < m; i++)
    chosen[sel[i]] = 1;
  for (size_t i = 0; filled && i < n; i++)
    if (!chosen[i] && !summar_sent_is_filler(d, i) &&
        d->sents[i].words <= budget - w)
      filled = 0;
  CHECK(filled && w <= budget && w > budget - 90 && in_order(sel, m),
        "a budget above the knapsack's limit: greedy fill, never over");
  free(chosen);
  summar_dealloc(&d->a, sel);
  summar_doc_free(d);
  for (size_t i = 0; i < n; i++)
    free(ss[i]);
  free(ss);
  free(sc);
}

/* Sentences opening with an anaphor and section names, from the lists of
 * each language (data/anaphora/, data/headings/). */
static void test_unit_lists(void) {
  static const struct {
    const char *lang, *text;
    int anaphor, section;
  } cases[] = {
      {"en", "He said the bridge cost ten million pounds.", 1, 0},
      {"en", "\"This is the end,\" the mayor said at the opening.", 1, 0},
      {"en", "The former minister said nothing about the plan.", 1, 0},
      {"en", "Hewlett said the bridge cost ten million pounds.", 0, 0},
      {"en", "Thesis defenses take place in May each year.", 0, 0},
      {"en", "4. Conclusions.", 0, 1},
      {"en", "Acknowledgments", 0, 1},
      {"en", "IV Related Work", 0, 1},
      {"en", "Introduction of the new law was delayed again.", 0, 0},
      {"pt", "O segundo, mais jovem, chegou depois do almoço.", 1, 0},
      {"pt", "O governo anunciou novas medidas ontem.", 0, 0},
      {"pt", "5 Considerações finais", 0, 1},
      {"fr", "Celle-ci a été fermée pendant trois ans.", 1, 0},
      {"fr", "Remerciements", 0, 1},
      {"de", "Dieser Plan wurde gestern vorgestellt.", 1, 0},
      {"de", "2.1 Verwandte Arbeiten", 0, 1},
      {"es", "Este último fue detenido en Madrid el lunes.", 1, 0},
      {"es", "La policía detuvo a dos hombres el lunes.", 0, 0},
      {"it", "Quest'ultimo ha lasciato Roma ieri sera.", 1, 0},
      {"ru", "Он сказал, что мост обошёлся дорого.", 1, 0},
      {"ru", "Список литературы", 0, 1},
      {"ar", "وهذا ما أكدته الحكومة في بيانها أمس.", 1, 0},
      {"ar", "وقال رئيس الوزراء إن الحكومة ستعمل.", 0, 0},
      {"ar", "الخاتمة:", 0, 1},
      {"nl", "Deze maatregel geldt vanaf volgend jaar.", 1, 0},
      {"da", "Han sagde, at broen var dyr.", 0, 0}, /* no Danish list */
  };
  summar_ctx *ctx = NULL;
  if (summar_ctx_new(NULL, &ctx) != SUMMAR_OK) {
    CHECK(0, "context");
    return;
  }
  for (size_t k = 0; k < sizeof cases / sizeof cases[0]; k++) {
    summar_doc *d = NULL;
    char what[96];
    int good = summar_doc_new(ctx, cases[k].text, strlen(cases[k].text),
                              cases[k].lang, SUMMAR_DOC_NO_CLEAN, &d) ==
                   SUMMAR_OK &&
               d->nsents == 1 &&
               summar_sent_opens_anaphor(d, 0) == cases[k].anaphor &&
               summar_sent_is_section_name(d, 0) == cases[k].section;
    snprintf(what, sizeof what, "%s: anaphor %d, section name %d (case %zu)",
             cases[k].lang, cases[k].anaphor, cases[k].section, k + 1);
    CHECK(good, what);
    summar_doc_free(d);
  }
  summar_ctx_free(ctx);
}

/* With the anaphora rule, a chosen sentence opening with "He" brings the
 * sentence before it when the budget has room left for it, and gives way
 * when it has not. */
static void test_anaphora_rule(void) {
  static const char *const s[] = {
      "The mayor opened the new river bridge.",
      "He said the mayor opened the new river bridge at a cost of millions.",
      "Traffic on the old road across the valley fell by half within the "
      "first week of the opening, the council said.",
      "Shops near the station and along the river reported more customers "
      "in those days than in any week of the last year."};
  double sc[] = {0.2, 1.0, 0.6, 0.5};
  summar_doc *d = synth(s, NULL, NULL, 4);
  summar_select_params p = summar_select_params_std;
  p.anaphora = 1;
  p.redundancy = 0.3;
  /* the first sentence repeats the second: no candidate beside it */
  CHECK(summar_sent_cosine(d, 0, 1) > p.redundancy,
        "the two opening sentences are near duplicates");
  size_t *sel = NULL, m = 0;
  unsigned warn = 0;
  size_t w0 = d->sents[0].words, w1 = d->sents[1].words;
  summar_select(d, sc, w0 + w1, SIZE_MAX, &p, &sel, &m, NULL, &warn);
  CHECK(m == 2 && sel[0] == 0 && sel[1] == 1,
        "an anaphor brings its predecessor when the budget has room");
  summar_dealloc(&d->a, sel);
  summar_select(d, sc, w1 + 1, SIZE_MAX, &p, &sel, &m, NULL, &warn);
  int gave_way = 1;
  for (size_t i = 0; i < m; i++)
    gave_way &= sel[i] != 1;
  CHECK(gave_way, "an anaphor without room for its predecessor gives way");
  summar_dealloc(&d->a, sel);
  p.anaphora = 0;
  summar_select(d, sc, w1 + 1, SIZE_MAX, &p, &sel, &m, NULL, &warn);
  int has_best = 0;
  for (size_t i = 0; i < m; i++)
    has_best |= sel[i] == 1;
  CHECK(has_best, "without the rule the best sentence is taken");
  summar_dealloc(&d->a, sel);
  summar_doc_free(d);
}

/* The best sentence longer than the budget: cut to the budget rather than
 * replaced by whole sentences worth less than cut_best of it. */
static void test_cut_best(void) {
  static const char *const s[] = {
      "river bridge rain city mayor school road flood market price bank.",
      "farm crop storm coast.", "police court judge vote party."};
  double sc[] = {1.0, 0.2, 0.3};
  summar_doc *d = synth(s, NULL, NULL, 3);
  size_t *sel = NULL, m = 0;
  unsigned warn = 0;
  summar_select_params p = summar_select_params_std;
  p.cut_best = 0.5;
  /* budget 9: the best (11 words) does not fit; 5 words x 0.3 = 1.5 is
   * less than 0.5 x 1.0 x 9 */
  summar_select(d, sc, 9, SIZE_MAX, &p, &sel, &m, NULL, &warn);
  CHECK(m == 0 && (warn & SUMMAR_WARN_NOTHING_FITS),
        "weak whole sentences give way to the best one, to be cut");
  p.cut_best = 0;
  warn = 0;
  summar_select(d, sc, 9, SIZE_MAX, &p, &sel, &m, NULL, &warn);
  CHECK(m == 2 && sel[0] == 1 && sel[1] == 2,
        "without the rule the whole sentences that fit are taken");
  summar_dealloc(&d->a, sel);
  /* nearly as good whole sentences stay */
  double sc2[] = {1.0, 0.9, 0.95};
  p.cut_best = 0.5;
  summar_select(d, sc2, 9, SIZE_MAX, &p, &sel, &m, NULL, &warn);
  CHECK(m == 2, "whole sentences worth more than cut_best of it stay");
  summar_dealloc(&d->a, sel);
  /* the best fits: the rule does not apply */
  summar_select(d, sc, 11, SIZE_MAX, &p, &sel, &m, NULL, &warn);
  CHECK(m == 1 && sel[0] == 0, "the best sentence fits: taken whole");
  summar_dealloc(&d->a, sel);

  /* Through summar_summarize_scores: the best sentence, cut and flagged. */
  summar_request *req = NULL;
  summar_summary *sum = NULL;
  CHECK(summar_request_new(&req) == SUMMAR_OK &&
            summar_request_set_words(req, 9) == SUMMAR_OK &&
            summar_summarize_scores(d, req, sc, &p, &sum) == SUMMAR_OK,
        "summary under a budget shorter than the best sentence");
  CHECK(sum && sum->npicks == 1 && sum->picks[0].sentence == 0 &&
            sum->picks[0].truncated && sum->words == 9 &&
            (sum->warnings & SUMMAR_WARN_TRUNCATED) &&
            !(sum->warnings & SUMMAR_WARN_NOTHING_FITS),
        "the rule cuts the best sentence to the budget");
  summar_summary_free(sum);
  summar_request_free(req);
  summar_doc_free(d);
}

/* Summary of d under a word budget with scores sc and select params p. */
static summar_summary *summary_of(summar_doc *d, const double *sc,
                                  size_t budget,
                                  const summar_select_params *p) {
  summar_request *req = NULL;
  summar_summary *sum = NULL;
  if (summar_request_new(&req) == SUMMAR_OK &&
      summar_request_set_words(req, budget) == SUMMAR_OK)
    summar_summarize_scores(d, req, sc, p, &sum);
  summar_request_free(req);
  return sum;
}

/* The pick of sentence i (NULL: not picked). */
static const summar_pick *pick_of(const summar_summary *sum, size_t i) {
  for (size_t k = 0; sum && k < sum->npicks; k++)
    if (sum->picks[k].sentence == i)
      return &sum->picks[k];
  return NULL;
}

/* Whether the summary holds at most one cut pick, the last one, of 4
 * words or more, not ending at a comma or another separator, and stays
 * within the budget. */
static int cuts_sound(const summar_doc *d, const summar_summary *sum,
                      size_t budget) {
  size_t cuts = 0;
  for (size_t k = 0; k < sum->npicks; k++) {
    const summar_pick *pk = &sum->picks[k];
    if (!pk->truncated)
      continue;
    cuts++;
    char last = d->text[pk->end - 1];
    if (pk->words < 4 || last == ',' || last == ';' || last == ':' ||
        last == ' ' || pk->end >= d->sents[pk->sentence].end ||
        k + 1 != sum->npicks)
      return 0;
  }
  return cuts <= 1 && sum->words <= budget;
}

/* The cut fill: a top-ranked sentence that does not fit whole beside the
 * best one is cut to fill the budget when that is worth more than the
 * whole sentences that fit; never at a comma, never over the budget. */
static void test_cut_fill(void) {
  static const char *const s[] = {
      "The river bridge opened today after three years of work by the "
      "city.",
      "Traffic on the old road across the valley fell by half, the council "
      "said on Monday after counting the cars on every road for a whole "
      "week.",
      "Prices rose.",
      "Farm crop storm coast police court judge vote."};
  double sc[] = {1.0, 0.9, 0.1, 0.2};
  summar_doc *d = synth(s, NULL, NULL, 4);
  size_t w0 = d->sents[0].words, w3 = d->sents[3].words;
  CHECK(w0 == 13 && d->sents[1].words == 27 && w3 == 8,
        "cut fill document: sentence lengths");
  size_t budget = w0 + 11; /* the 11th word of sentence 1 is "half," */
  summar_select_params p = summar_select_params_std;
  p.cut_best = 0;
  p.cut_fill = 0;
  p.cut_min = 0.1;
  summar_summary *sum = summary_of(d, sc, budget, &p);
  CHECK(sum && sum->npicks == 2 && pick_of(sum, 0) && pick_of(sum, 3) &&
            !(sum->warnings & SUMMAR_WARN_TRUNCATED),
        "cut fill off: the whole sentences that fit");
  summar_summary_free(sum);

  p.cut_fill = 0.75;
  sum = summary_of(d, sc, budget, &p);
  const summar_pick *cut = pick_of(sum, 1);
  CHECK(sum && sum->npicks == 2 && pick_of(sum, 0) && cut &&
            cut->truncated && cut->words == 11 &&
            (sum->warnings & SUMMAR_WARN_TRUNCATED) &&
            sum->words == budget,
        "cut fill on: the second-ranked sentence cut to the leftover, "
        "flagged truncated");
  const char *text = sum ? summar_summary_text(sum, NULL) : "";
  CHECK(strstr(text, "fell by half\xE2\x80\xA6") != NULL &&
            strstr(text, ",\xE2\x80\xA6") == NULL,
        "the cut ends with an ellipsis, before the comma, not after it");
  CHECK(sum && cuts_sound(d, sum, budget), "the cut fill keeps the budget");
  summar_summary_free(sum);

  /* cut_min: at most 24 of its 27 words fit, under 0.95 of them */
  p.cut_min = 0.95;
  sum = summary_of(d, sc, budget, &p);
  CHECK(sum && !pick_of(sum, 1) && pick_of(sum, 3),
        "a cut keeping less than cut_min of the sentence is not made");
  summar_summary_free(sum);
  p.cut_min = 0.1;

  /* three words left: a cut of three words or fewer is a fragment */
  sum = summary_of(d, sc, w0 + 3, &p);
  CHECK(sum && sum->npicks == 1 && pick_of(sum, 0) &&
            !(sum->warnings & SUMMAR_WARN_TRUNCATED),
        "no cut of three words or fewer");
  summar_summary_free(sum);

  /* a weak sentence is not worth cutting: whole sentences stay */
  double weak[] = {1.0, 0.05, 0.1, 0.2};
  sum = summary_of(d, weak, budget, &p);
  CHECK(sum && sum->npicks == 2 && pick_of(sum, 3) && !pick_of(sum, 1),
        "a cut worth less than the whole sentences is not made");
  summar_summary_free(sum);
  summar_doc_free(d);

  /* Random documents with commas, random scores and budgets. */
  int sound = 1, any_cut = 0;
  for (int round = 0; round < 60; round++) {
    size_t n = 4 + rnd(12);
    char *sents[16];
    double rs[16];
    for (size_t i = 0; i < n; i++) {
      char *t = random_sentence(30);
      for (char *c = t; *c; c++)
        if (*c == ' ' && rnd(5) == 0)
          *c = ','; /* "river,bridge": a comma inside a word run */
      sents[i] = t;
      rs[i] = (double)(1 + rnd(1000)) / 1000.0;
    }
    summar_doc *r = synth((const char *const *)sents, NULL, NULL, n);
    for (size_t budget2 = 5; r && budget2 < 80; budget2 += 1 + rnd(9)) {
      summar_summary *x = summary_of(r, rs, budget2, &p);
      sound &= x != NULL && cuts_sound(r, x, budget2);
      for (size_t k = 0; x && k < x->npicks; k++)
        any_cut |= x->picks[k].truncated;
      summar_summary_free(x);
    }
    summar_doc_free(r);
    for (size_t i = 0; i < n; i++)
      free(sents[i]);
  }
  CHECK(sound && any_cut, "random documents: every cut sound, within the "
                          "budget, and some made");
}

int main(void) {
  test_filling();
  test_cut_best();
  test_cut_fill();
  test_content_units();
  test_unit_lists();
  test_anaphora_rule();
  test_redundancy();
  test_random_budgets();
  test_huge_budget();
  test_paragraphs();
  return tap_done();
}
