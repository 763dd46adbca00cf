/*
 * summarize.c - summar_summarize(): scores, selection under the budget,
 * paragraphs, keywords and rendering, into a summary that owns copies of
 * what it shows (so it may outlive the document).  A summary lives in its
 * document's allocator.
 */
#include "summary.h"

#include <math.h>
#include <stdint.h>
#include <string.h>

/* The budget of a request in words and sentences (SIZE_MAX: no limit);
 * `best` is the best-scored sentence (SIZE_MAX: none). */
static void budget_of(const summar_doc *doc, const summar_request *req,
                      size_t best, size_t *max_words, size_t *max_sents) {
  *max_words = SIZE_MAX;
  *max_sents = SIZE_MAX;
  switch (req->budget) {
  case SUMMAR_BUDGET_WORDS:
    *max_words = req->words;
    break;
  case SUMMAR_BUDGET_SENTENCES:
    *max_sents = req->sentences;
    break;
  default: {
    /* A share of the words, but at least the best sentence. */
    double w = floor(req->ratio * (double)doc->content_words + 0.5);
    *max_words = w < 1.0 ? 1 : (size_t)w;
    if (best != SIZE_MAX && doc->sents[best].words > *max_words)
      *max_words = doc->sents[best].words;
    break;
  }
  }
}

/* Nothing fits a word budget: the best sentence, cut.  Asked to fill: the
 * next-ranked sentence, cut to what is left.  Inserts it into *sel (source
 * order) and records the cut in *cut. */
static summar_status add_cut(const summar_doc *doc, const summar_request *req,
                             const double *scores,
                             const summar_select_params *p, size_t max_words,
                             size_t **sel, size_t *n, summar_cut *cut,
                             summar_summary *sum) {
  size_t used = 0;
  for (size_t i = 0; i < *n; i++)
    used += doc->sents[(*sel)[i]].words;
  int r = 0;
  if (*n == 0)
    r = summar_select_cut(doc, scores, NULL, 0, max_words, p, cut);
  else if (req->fill && used < max_words)
    r = summar_select_cut(doc, scores, *sel, *n, max_words - used, p, cut);
  if (r < 0)
    return SUMMAR_ERR_NOMEM;
  if (r == 0)
    return SUMMAR_OK;
  size_t *v = summar_alloc(&doc->a, (*n + 1) * sizeof *v);
  if (!v)
    return SUMMAR_ERR_NOMEM;
  size_t k = 0, j = 0;
  for (; j < *n && (*sel)[j] < cut->sent; j++)
    v[k++] = (*sel)[j];
  v[k++] = cut->sent;
  for (; j < *n; j++)
    v[k++] = (*sel)[j];
  summar_dealloc(&doc->a, *sel);
  *sel = v;
  (*n)++;
  sum->warnings &= ~(unsigned)SUMMAR_WARN_NOTHING_FITS;
  if (cut->cut)
    sum->warnings |= SUMMAR_WARN_TRUNCATED;
  return SUMMAR_OK;
}

/* Splits the chosen sentences sel[0..n) into the request's paragraphs and
 * records them as the summary's picks. */
static summar_status fill_picks(const summar_doc *doc,
                                const summar_request *req,
                                const double *scores,
                                const summar_select_params *p,
                                const size_t *sel, size_t n,
                                const summar_cut *cut, summar_summary *sum) {
  size_t *para = summar_alloc(&doc->a, n * sizeof *para);
  sum->picks = summar_alloc(&sum->a, n * sizeof *sum->picks);
  summar_status st = SUMMAR_ERR_NOMEM;
  size_t k = req->paragraphs ? req->paragraphs : 1;
  if (para && sum->picks)
    sum->nparas = summar_paragraphs(doc, sel, n, k, p, para);
  if (para && sum->picks && sum->nparas != SIZE_MAX) {
    if (n < k)
      sum->warnings |= SUMMAR_WARN_FEW_PARAGRAPHS;
    for (size_t i = 0; i < n; i++) {
      const summar_sent *se = &doc->sents[sel[i]];
      summar_pick *pk = &sum->picks[i];
      memset(pk, 0, sizeof *pk);
      pk->size = sizeof *pk;
      pk->sentence = sel[i];
      pk->start = se->start;
      pk->end = se->end;
      pk->paragraph = para[i];
      pk->words = se->words;
      pk->score = scores[sel[i]];
      if (sel[i] == cut->sent && cut->cut) {
        pk->end = cut->end;
        pk->words = cut->words;
        pk->truncated = 1;
      }
      sum->words += pk->words;
    }
    sum->npicks = n;
    st = SUMMAR_OK;
  }
  summar_dealloc(&doc->a, para);
  return st;
}

/* The headline when the request asks for it and the document has one;
 * its words count in a word budget, so it is dropped when it would fill
 * the budget alone (*max_words is lowered when it is kept). */
static const char *title_of(const summar_doc *doc, const summar_request *req,
                            size_t *max_words, summar_span *sp,
                            size_t *words) {
  sp->size = sizeof *sp;
  if (!req->title || summar_doc_title(doc, sp) != SUMMAR_OK ||
      sp->end > doc->len || sp->start >= sp->end)
    return NULL;
  *words = summar_word_count(doc->text + sp->start, sp->end - sp->start);
  if (*max_words != SIZE_MAX) {
    if (*words >= *max_words)
      return NULL;
    *max_words -= *words;
  }
  return doc->text + sp->start;
}

/* Renders the summary's text in the request's format, under @title (NULL:
 * none; dropped over an empty selection). */
static summar_status render(const summar_doc *doc, const summar_request *req,
                            summar_summary *sum, const char *title,
                            size_t title_len) {
  summar_buf b;
  summar_buf_init(&b, &sum->a);
  summar_render(doc->text, sum, req->format, sum->npicks ? title : NULL,
                title_len, &b);
  sum->text = summar_buf_take(&b, &sum->len);
  return sum->text ? SUMMAR_OK : SUMMAR_ERR_NOMEM;
}

/* Whether the request asks for a language other than the document's. */
static int lang_mismatch(const summar_doc *doc, const summar_request *req) {
  return req && req->out_lang && doc->lang &&
         strcmp(doc->lang, "und") != 0 && strcmp(req->out_lang, doc->lang) != 0;
}

summar_status summar_summarize_scores(const summar_doc *doc,
                                      const summar_request *req,
                                      const double *scores,
                                      const summar_select_params *p,
                                      summar_summary **out) {
  if (out)
    *out = NULL;
  if (!doc || !out || (!scores && doc->nsents))
    return SUMMAR_ERR_ARG;
  summar_request defaults;
  if (!req) {
    summar_request_defaults(&defaults);
    req = &defaults;
  }
  if (lang_mismatch(doc, req))
    return SUMMAR_ERR_LANG_MISMATCH;
  if (!p)
    p = summar_select_params_for(doc);
  size_t best = summar_select_best(doc, scores);
  size_t max_words, max_sents;
  budget_of(doc, req, best, &max_words, &max_sents);
  size_t title_words = 0;
  summar_span title_span;
  const char *title = title_of(doc, req, &max_words, &title_span,
                               &title_words);
  size_t title_len = title ? title_span.end - title_span.start : 0;

  summar_summary *sum = summar_calloc(&doc->a, 1, sizeof *sum);
  if (!sum)
    return SUMMAR_ERR_NOMEM;
  sum->a = doc->a;
  sum->lang = doc->lang ? doc->lang : "und";
  sum->source_words = doc->content_words;
  sum->warnings = doc->warnings &
                  (unsigned)(SUMMAR_WARN_REPLACED | SUMMAR_WARN_LANG_GUESSED);
  size_t *sel = NULL, n = 0;
  summar_cut cut = {SIZE_MAX, 0, 0, 0};
  summar_status st = summar_select(doc, scores, max_words, max_sents, p, &sel,
                                   &n, &cut, &sum->warnings);
  if (st == SUMMAR_OK && max_words != SIZE_MAX && best != SIZE_MAX &&
      cut.sent == SIZE_MAX)
    st = add_cut(doc, req, scores, p, max_words, &sel, &n, &cut, sum);
  if (st == SUMMAR_OK && n)
    st = fill_picks(doc, req, scores, p, sel, n, &cut, sum);
  if (st == SUMMAR_OK && req->keywords)
    st = summar_summary_add_keywords(doc, req->keywords, sum);
  if (st == SUMMAR_OK && title && sum->npicks) {
    sum->words += title_words;
    sum->has_title = 1;
    sum->title = title_span;
  }
  if (st == SUMMAR_OK)
    st = render(doc, req, sum, title, title_len);
  summar_dealloc(&doc->a, sel);
  if (st != SUMMAR_OK) {
    summar_summary_free(sum);
    return st;
  }
  *out = sum;
  return SUMMAR_OK;
}

SUMMAR_API summar_status summar_summarize(const summar_doc *doc,
                                          const summar_request *req,
                                          summar_summary **out) {
  if (out)
    *out = NULL;
  if (!doc || !out)
    return SUMMAR_ERR_ARG;
  if (lang_mismatch(doc, req))
    return SUMMAR_ERR_LANG_MISMATCH;
  const summar_scorer *sc =
      req && req->scorer ? req->scorer : summar_scorer_find("default");
  if (!sc)
    return SUMMAR_ERR_ALGORITHM;
  double *scores =
      summar_calloc(&doc->a, doc->nsents ? doc->nsents : 1, sizeof *scores);
  if (!scores)
    return SUMMAR_ERR_NOMEM;
  summar_status st = sc->fn(doc, scores);
  if (st == SUMMAR_OK)
    st = summar_summarize_scores(doc, req, scores, NULL, out);
  summar_dealloc(&doc->a, scores);
  return st;
}
