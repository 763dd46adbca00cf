/*
 * score.c - the registry of scoring algorithms, summar_score() and the
 * normalization shared by the scorers.
 */
#include "internal.h"

#include <math.h>
#include <string.h>

static const summar_scorer summar_scorers[] = {
    {"default",
     "TextRank centrality, MEAD centroid similarity, PacSum directed "
     "centrality and similarity to the headline, mixed with lead and "
     "paragraph priors (for news-like text)",
     summar_score_default},
    {"position", "lead prior: earlier sentences score higher",
     summar_score_position},
    {"centroid",
     "MEAD centroid: cosine of each sentence with the document's TF-ISF "
     "centroid",
     summar_score_centroid},
    {"luhn",
     "Luhn 1958: densest cluster of frequent (significant) words in the "
     "sentence",
     summar_score_luhn},
    {"lexrank",
     "continuous LexRank: PageRank over the idf-weighted cosine graph",
     summar_score_lexrank},
    {"textrank",
     "TextRank: PageRank over the word-overlap graph, normalized by "
     "sentence lengths",
     summar_score_textrank},
};

#define SUMMAR_NSCORERS (sizeof summar_scorers / sizeof summar_scorers[0])

const summar_scorer *summar_scorer_at(size_t i) {
  return i < SUMMAR_NSCORERS ? &summar_scorers[i] : NULL;
}

const summar_scorer *summar_scorer_find(const char *name) {
  if (!name)
    name = "default";
  for (size_t i = 0; i < SUMMAR_NSCORERS; i++)
    if (strcmp(summar_scorers[i].name, name) == 0)
      return &summar_scorers[i];
  return NULL;
}

SUMMAR_API const char *summar_algorithm_name(size_t i) {
  const summar_scorer *s = summar_scorer_at(i);
  return s ? s->name : NULL;
}

SUMMAR_API const char *summar_algorithm_description(size_t i) {
  const summar_scorer *s = summar_scorer_at(i);
  return s ? s->description : NULL;
}

SUMMAR_API summar_status summar_score(const summar_doc *doc,
                                      const char *algorithm,
                                      double *scores, size_t n) {
  if (!doc || (!scores && n > 0))
    return SUMMAR_ERR_ARG;
  const summar_scorer *sc = summar_scorer_find(algorithm);
  if (!sc)
    return SUMMAR_ERR_ALGORITHM;
  if (n != doc->nsents)
    return SUMMAR_ERR_RANGE;
  if (n == 0)
    return SUMMAR_OK;
  summar_status st = sc->fn(doc, scores);
  if (st != SUMMAR_OK)
    for (size_t i = 0; i < n; i++)
      scores[i] = 0;
  return st;
}

void summar_scores_normalize(const struct summar_doc *doc, double *s) {
  double max = 0;
  for (size_t i = 0; i < doc->nsents; i++) {
    if ((doc->sents[i].flags & SUMMAR_SENT_DROP) || !(s[i] > 0) ||
        !isfinite(s[i]))
      s[i] = 0;
    else if (s[i] > max)
      max = s[i];
  }
  for (size_t i = 0; i < doc->nsents; i++) {
    double v = max > 0 ? s[i] / max : 0;
    s[i] = v > 1 ? 1 : v;
  }
}
