/* Unit tests of the scorers (score*.c): registry, summar_score() errors,
 * and the behaviour of each algorithm on small synthetic documents built
 * directly as struct summar_doc; then, on real text, through
 * summar_doc_new(). */
#include "internal.h"
#include "../common/tap.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "../common/synth.h"

/* Builds a doc from sentences written as words: "_" is a stopword, any
 * other word is a content term (ids given in order of first use). */
static int synth_words(struct summar_doc *d, const summar_allocator *a,
                       size_t n, const char *const *sents,
                       const unsigned *flags) {
  char words[256][24];
  size_t nw = 0, nt = 0;
  size_t *len = calloc(n ? n : 1, sizeof *len);
  int *ids = calloc(4096, sizeof *ids);
  if (!len || !ids) {
    free(len);
    free(ids);
    return -1;
  }
  for (size_t i = 0; i < n; i++) {
    const char *p = sents[i];
    while (*p) {
      while (*p == ' ')
        p++;
      if (!*p)
        break;
      size_t l = strcspn(p, " ");
      int id = -1;
      if (!(l == 1 && *p == '_')) {
        for (size_t w = 0; w < nw; w++)
          if (strlen(words[w]) == l && memcmp(words[w], p, l) == 0)
            id = (int)w;
        if (id < 0 && nw < 256 && l < 24) {
          memcpy(words[nw], p, l);
          words[nw][l] = 0;
          id = (int)nw++;
        }
      }
      ids[nt++] = id;
      len[i]++;
      p += l;
    }
  }
  int rc = synth(d, a, n, len, ids, flags, nw);
  free(len);
  free(ids);
  return rc;
}

static int in_unit(const struct summar_doc *d, const double *s) {
  double max = 0;
  for (size_t i = 0; i < d->nsents; i++) {
    if (!(s[i] >= 0 && s[i] <= 1))
      return 0;
    if ((d->sents[i].flags & SUMMAR_SENT_DROP) && s[i] != 0)
      return 0;
    if (s[i] > max)
      max = s[i];
  }
  return max == 1;
}

#include "../common/counting.h"

static const char *const expected_names[] = {
    "default", "position", "centroid", "luhn", "lexrank", "textrank"};
#define NALG 6

static void check_real_text(void);

int main(void) {
  const summar_allocator *A = &summar_default_allocator;
  struct summar_doc d;

  /* Registry. */
  int names_ok = 1;
  for (size_t i = 0; i < NALG; i++) {
    const char *nm = summar_algorithm_name(i);
    const char *ds = summar_algorithm_description(i);
    if (!nm || strcmp(nm, expected_names[i]) != 0 || !ds || !*ds ||
        summar_scorer_at(i) != summar_scorer_find(nm))
      names_ok = 0;
  }
  CHECK(names_ok, "registry lists the six algorithms in order");
  CHECK(summar_algorithm_name(NALG) == NULL &&
            summar_algorithm_description(NALG) == NULL &&
            summar_scorer_at(NALG) == NULL,
        "NULL past the end of the registry");
  CHECK(summar_scorer_find("lexrank")->fn == summar_score_lexrank &&
            summar_scorer_find(NULL) == summar_scorer_find("default") &&
            summar_scorer_find("LexRank") == NULL &&
            summar_scorer_find("") == NULL,
        "lookup by exact name, NULL means default");

  /* A hub sentence (3) shares terms with most others; sentence 0 is
   * isolated; sentence 5 is dropped junk though it repeats the hub. */
  const char *const hub_doc[] = {
      "zebra _ violin quantum",
      "market _ prices rose sharply",
      "bank _ rates stayed high",
      "market bank prices rates growth _ economy",
      "growth _ economy slowed _ winter",
      "market bank prices rates growth economy",
      "economy _ market rebound expected",
      "rates _ bank decision tuesday",
  };
  unsigned hub_flags[8] = {0, 0, 0, 0, 0, SUMMAR_SENT_JUNK, 0, 0};
  CHECK(synth_words(&d, A, 8, hub_doc, hub_flags) == 0, "hub doc built");
  double s[8], s2[8];

  CHECK(summar_score(NULL, "lexrank", s, 8) == SUMMAR_ERR_ARG &&
            summar_score(&d, "lexrank", NULL, 8) == SUMMAR_ERR_ARG,
        "NULL doc or scores: SUMMAR_ERR_ARG");
  CHECK(summar_score(&d, "bogus", s, 8) == SUMMAR_ERR_ALGORITHM,
        "unknown algorithm: SUMMAR_ERR_ALGORITHM");
  CHECK(summar_score(&d, "lexrank", s, 7) == SUMMAR_ERR_RANGE &&
            summar_score(&d, "lexrank", s, 9) == SUMMAR_ERR_RANGE,
        "wrong n: SUMMAR_ERR_RANGE");
  CHECK(summar_score(&d, NULL, s, 8) == SUMMAR_OK && in_unit(&d, s),
        "NULL algorithm scores with the default");

  for (size_t k = 0; k < NALG; k++) {
    char what[128];
    summar_status st = summar_score(&d, expected_names[k], s, 8);
    summar_status st2 = summar_score(&d, expected_names[k], s2, 8);
    snprintf(what, sizeof what,
             "%s: scores in [0,1], best 1, dropped 0, deterministic",
             expected_names[k]);
    CHECK(st == SUMMAR_OK && st2 == SUMMAR_OK && in_unit(&d, s) &&
              memcmp(s, s2, sizeof s) == 0,
          what);
    if (strcmp(expected_names[k], "position") == 0 ||
        strcmp(expected_names[k], "luhn") == 0 ||
        strcmp(expected_names[k], "default") == 0)
      continue;
    snprintf(what, sizeof what,
             "%s: the hub sentence ranks first, the isolated one last",
             expected_names[k]);
    int ok = s[3] == 1 && s[0] < s[1] && s[0] < s[2];
    for (size_t i = 0; i < 8; i++)
      if (i != 3 && i != 5 && s[i] >= s[3])
        ok = 0;
    CHECK(ok, what);
  }
  CHECK(summar_score(&d, "lexrank", s, 8) == SUMMAR_OK && s[0] < 0.5,
        "lexrank: the isolated sentence is far below the hub");

  /* Position: strictly decreasing over content, dropped skipped. */
  CHECK(summar_score(&d, "position", s, 8) == SUMMAR_OK && s[0] == 1 &&
            s[1] < s[0] && s[2] < s[1] && s[3] < s[2] && s[4] < s[3] &&
            s[5] == 0 && s[6] < s[4] && s[7] < s[6] &&
            fabs(s[6] - 1 / sqrt(6.0)) < 1e-12,
        "position: 1/sqrt(1 + content rank), dropped ones skipped");

  /* Default: when the lead sentence is junk the next content sentence
   * becomes the lead. */
  synth_free(&d);
  hub_flags[0] = SUMMAR_SENT_JUNK;
  CHECK(synth_words(&d, A, 8, hub_doc, hub_flags) == 0 &&
            summar_score(&d, "position", s, 8) == SUMMAR_OK && s[0] == 0 &&
            s[1] == 1,
        "position: the first content sentence scores 1");
  synth_free(&d);

  /* Everything dropped: all zero, no error. */
  unsigned all_drop[3] = {SUMMAR_SENT_JUNK, SUMMAR_SENT_CODE,
                          SUMMAR_SENT_DUPLICATE};
  const char *const three[] = {"alpha beta", "alpha gamma", "beta gamma"};
  CHECK(synth_words(&d, A, 3, three, all_drop) == 0, "all-dropped doc built");
  int zero_ok = 1;
  for (size_t k = 0; k < NALG; k++) {
    for (size_t i = 0; i < 3; i++)
      s[i] = 7;
    if (summar_score(&d, expected_names[k], s, 3) != SUMMAR_OK ||
        s[0] != 0 || s[1] != 0 || s[2] != 0)
      zero_ok = 0;
  }
  CHECK(zero_ok, "every algorithm gives 0 to dropped sentences");
  synth_free(&d);

  /* Empty doc: n = 0 is fine. */
  CHECK(synth_words(&d, A, 0, NULL, NULL) == 0 &&
            summar_score(&d, "textrank", NULL, 0) == SUMMAR_OK,
        "empty doc scores nothing without error");
  synth_free(&d);

  /* Luhn: a tight cluster of significant words beats the same words
   * spread out (more than 4 insignificant words apart). */
  const char *const luhn_doc[] = {
      "solar panel cost energy _ grid",
      "solar _ x1 _ x2 _ panel _ x3 _ x4 _ cost x5 _ x6 _ x7 energy",
      "solar panel cost energy grid",
      "_ weather was fine _ today",
      "grid _ energy",
  };
  CHECK(synth_words(&d, A, 5, luhn_doc, NULL) == 0 &&
            summar_score(&d, "luhn", s, 5) == SUMMAR_OK && in_unit(&d, s),
        "luhn scores");
  CHECK(s[0] > s[1] && s[2] > s[1] && s[3] == 0,
        "luhn: clustered significant words beat scattered ones");
  CHECK(s[2] == 1 && s[0] < s[2] && fabs(s[0] - (25.0 / 6) / 5.0) < 1e-12,
        "luhn: cluster score = significant^2 / span");
  synth_free(&d);

  /* Default with a title: title terms pull a sentence up; the title itself
   * scores 0. */
  const char *const title_doc[] = {
      "volcano erupts iceland",
      "officials _ meeting _ discussed budget plans",
      "tourists _ shops stayed open",
      "volcano _ iceland erupts _ ash cloud",
      "budget _ plans _ delayed",
  };
  unsigned title_flags[5] = {SUMMAR_SENT_TITLE, 0, 0, 0, 0};
  CHECK(synth_words(&d, A, 5, title_doc, title_flags) == 0 &&
            d.title == 0 && summar_score(&d, "default", s, 5) == SUMMAR_OK &&
            in_unit(&d, s) && s[0] == 0,
        "default: title scores 0");
  const summar_default_extra off = {0};
  summar_default_weights w = {0};
  w.title = 1;
  CHECK(summar_score_default_ex(&d, &w, &off, s) == SUMMAR_OK && s[3] == 1 &&
            s[1] == 0 && s[2] == 0,
        "default: title component is the similarity to the headline");
  w = summar_default_weights_std;
  CHECK(summar_score_default_ex(&d, &w, &summar_default_extra_std, s2) ==
                SUMMAR_OK &&
            summar_score(&d, "default", s, 5) == SUMMAR_OK &&
            memcmp(s, s2, sizeof(double) * 5) == 0,
        "default: the shipped weights of a language other than Arabic");
  CHECK(w.title > 0 &&
            summar_score_default_ex(&d, &w, &off, s) == SUMMAR_OK,
        "default: the shipped weights give a title weight");
  w.title = 0;
  CHECK(summar_score_default_ex(&d, &w, &off, s2) == SUMMAR_OK &&
            s[3] / s[1] > s2[3] / s2[1],
        "default: the title weight favours the sentence about the title");
  summar_default_weights wp = {0};
  wp.position = 1;
  CHECK(summar_score_default_ex(&d, &wp, &off, s) == SUMMAR_OK &&
            summar_score(&d, "position", s2, 5) == SUMMAR_OK &&
            memcmp(s, s2, sizeof(double) * 5) == 0,
        "default: the position component alone is the position scorer");
  wp.short_words = 8;
  CHECK(summar_score_default_ex(&d, &wp, &off, s) == SUMMAR_OK &&
            s[1] == 1 && fabs(s[4] - 0.5 * 5.0 / 7.0) < 1e-12 &&
            s[4] < s2[4],
        "default: short sentences are damped");
  summar_default_weights wd = {0};
  wd.directed = 1;
  CHECK(summar_score_default_ex(&d, &wd, &off, s) == SUMMAR_OK && in_unit(&d, s),
        "default: directed (PacSum) component alone is in [0,1]");
  synth_free(&d);

  /* Allocation failure at every step: NOMEM or OK, no leak, scores 0. */
  CHECK(synth_words(&d, A, 8, hub_doc, hub_flags) == 0, "hub doc rebuilt");
  int oom_ok = 1;
  for (size_t k = 0; k < NALG; k++) {
    for (long f = 1; f < 500; f++) {
      counting c = {0, 0, f};
      summar_allocator ca = {c_realloc, c_free, &c};
      d.a = ca;
      summar_status st = summar_score(&d, expected_names[k], s, 8);
      if (c.live != 0 || (st != SUMMAR_OK && st != SUMMAR_ERR_NOMEM))
        oom_ok = 0;
      if (st == SUMMAR_ERR_NOMEM)
        for (size_t i = 0; i < 8; i++)
          if (s[i] != 0)
            oom_ok = 0;
      if (st == SUMMAR_OK)
        break;
    }
  }
  d.a = *A;
  CHECK(oom_ok, "allocation failures: SUMMAR_ERR_NOMEM, no leak");
  synth_free(&d);

  /* Speed on a synthetic book: 10000 sentences, ~200k tokens. */
  {
    size_t n = 10000, vocab = 15000;
    size_t *len = calloc(n, sizeof *len);
    int *ids = calloc(n * 30, sizeof *ids);
    uint64_t st = 7;
    size_t t = 0;
    for (size_t i = 0; i < n; i++) {
      st = st * 6364136223846793005ULL + 1442695040888963407ULL;
      len[i] = 10 + (size_t)(st >> 33) % 21;
      for (size_t k = 0; k < len[i]; k++) {
        st = st * 6364136223846793005ULL + 1442695040888963407ULL;
        uint32_t u = (uint32_t)(st >> 33);
        if (u % 2 == 0) {
          ids[t++] = -1;
        } else {
          double x = (double)(u % 1000003) / 1000003.0;
          size_t id = (size_t)pow((double)vocab, x) - 1;
          ids[t++] = (int)(id < vocab ? id : vocab - 1);
        }
      }
    }
    CHECK(synth(&d, A, n, len, ids, NULL, vocab) == 0, "book doc built");
    double *sc = calloc(n, sizeof *sc);
    int all_ok = 1;
    for (size_t k = 0; k < NALG; k++) {
      double t0 = now();
      if (summar_score(&d, expected_names[k], sc, n) != SUMMAR_OK ||
          !in_unit(&d, sc))
        all_ok = 0;
      printf("# %s on 10000 sentences / %zu tokens: %.3f s\n",
             expected_names[k], d.ntoks, now() - t0);
    }
    CHECK(all_ok, "every algorithm scores a 10000-sentence doc");
    free(sc);
    free(len);
    free(ids);
    synth_free(&d);
  }

  check_real_text();
  return tap_done();
}

/* Real text through the whole pipeline. */
static void check_real_text(void) {
  static const char text[] =
      "Central bank raises interest rates again\n\n"
      "The central bank raised interest rates on Tuesday for the third time "
      "this year, citing stubborn inflation. The decision surprised some "
      "economists, who had expected the bank to pause. Interest rates now "
      "stand at their highest level in fifteen years.\n\n"
      "Markets fell after the announcement. Shares of banks rose while "
      "technology stocks dropped. The weather in the capital was sunny.\n\n"
      "The bank said further rate increases were possible if inflation did "
      "not slow. Economists expect inflation to ease next year as energy "
      "prices fall.\n";
  summar_ctx *ctx = NULL;
  summar_doc *doc = NULL;
  if (summar_ctx_new(NULL, &ctx) != SUMMAR_OK ||
      summar_doc_new(ctx, text, sizeof text - 1, "en", 0, &doc) !=
          SUMMAR_OK) {
    CHECK(0, "real text: document built");
    summar_ctx_free(ctx);
    return;
  }
  size_t n = summar_doc_sentence_count(doc);
  CHECK(n >= 8, "real text: sentences found");
  double *s = calloc(n ? n : 1, sizeof *s);
  int ok = 1;
  for (size_t k = 0; k < NALG; k++) {
    if (summar_score(doc, expected_names[k], s, n) != SUMMAR_OK)
      ok = 0;
    double max = 0;
    for (size_t i = 0; i < n; i++) {
      summar_span sp = {sizeof sp, 0, 0, 0, 0};
      summar_doc_sentence(doc, i, &sp);
      if (!(s[i] >= 0 && s[i] <= 1) ||
          ((sp.flags & SUMMAR_SENT_DROP) && s[i] != 0))
        ok = 0;
      if (s[i] > max)
        max = s[i];
    }
    if (max != 1)
      ok = 0;
    /* The sentence about the weather is off-topic: never the best. */
    for (size_t i = 0; i < n; i++) {
      summar_span sp = {sizeof sp, 0, 0, 0, 0};
      summar_doc_sentence(doc, i, &sp);
      size_t len;
      const char *t = summar_doc_text(doc, &len);
      if (sp.end - sp.start > 11 && sp.end <= len &&
          strncmp(t + sp.start, "The weather", 11) == 0 && s[i] == 1 &&
          strcmp(expected_names[k], "position") != 0)
        ok = 0;
    }
  }
  CHECK(ok, "real text: every algorithm in [0,1], best 1, dropped 0");
  size_t lead = 0;
  for (; lead < n; lead++) {
    summar_span sp = {sizeof sp, 0, 0, 0, 0};
    summar_doc_sentence(doc, lead, &sp);
    if (!(sp.flags & SUMMAR_SENT_DROP))
      break;
  }
  CHECK(lead < n && summar_score(doc, "default", s, n) == SUMMAR_OK &&
            s[lead] > 0.5,
        "real text: the lead sentence scores high by default");
  free(s);
  summar_doc_free(doc);
  summar_ctx_free(ctx);
}
