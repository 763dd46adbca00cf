/*
 * request.c - summary requests, summar_summarize() and the summary's
 * accessors; keyword salience.
 *
 * A request is made without a context, so it lives in
 * summar_default_allocator's memory; a summary lives in its document's
 * allocator and keeps its own copies (text, picks, keywords), so it may
 * outlive the document.
 */
#include "internal.h"

#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* Setter limits documented in summar.h. */
#define REQ_MAX_WORDS 100000000u
#define REQ_MAX_SENTENCES 10000000u
#define REQ_MAX_PARAGRAPHS 10000u
#define REQ_MAX_KEYWORDS 1000u
#define REQ_DEFAULT_RATIO 0.2

static void request_defaults(summar_request *r) {
  memset(r, 0, sizeof *r);
  r->a = summar_default_allocator;
  r->budget = SUMMAR_BUDGET_RATIO;
  r->ratio = REQ_DEFAULT_RATIO;
  r->paragraphs = 1;
  r->format = SUMMAR_FORMAT_TEXT;
  r->scorer = NULL; /* "default", looked up when summarizing */
  r->out_lang = NULL;
}

SUMMAR_API summar_status summar_request_new(summar_request **out) {
  if (!out)
    return SUMMAR_ERR_ARG;
  *out = NULL;
  summar_request *r = summar_alloc(&summar_default_allocator, sizeof *r);
  if (!r)
    return SUMMAR_ERR_NOMEM;
  request_defaults(r);
  *out = r;
  return SUMMAR_OK;
}

SUMMAR_API void summar_request_free(summar_request *req) {
  if (!req)
    return;
  summar_allocator a = req->a;
  summar_dealloc(&a, req);
}

SUMMAR_API summar_status summar_request_set_words(summar_request *req,
                                                  size_t words) {
  if (!req)
    return SUMMAR_ERR_ARG;
  if (words == 0 || words > REQ_MAX_WORDS)
    return SUMMAR_ERR_RANGE;
  req->budget = SUMMAR_BUDGET_WORDS;
  req->words = words;
  return SUMMAR_OK;
}

SUMMAR_API summar_status summar_request_set_sentences(summar_request *req,
                                                      size_t sentences) {
  if (!req)
    return SUMMAR_ERR_ARG;
  if (sentences == 0 || sentences > REQ_MAX_SENTENCES)
    return SUMMAR_ERR_RANGE;
  req->budget = SUMMAR_BUDGET_SENTENCES;
  req->sentences = sentences;
  return SUMMAR_OK;
}

SUMMAR_API summar_status summar_request_set_ratio(summar_request *req,
                                                  double ratio) {
  if (!req)
    return SUMMAR_ERR_ARG;
  if (!(ratio > 0.0 && ratio <= 1.0)) /* also NaN */
    return SUMMAR_ERR_RANGE;
  req->budget = SUMMAR_BUDGET_RATIO;
  req->ratio = ratio;
  return SUMMAR_OK;
}

SUMMAR_API summar_status summar_request_set_paragraphs(summar_request *req,
                                                       size_t paragraphs) {
  if (!req)
    return SUMMAR_ERR_ARG;
  if (paragraphs == 0 || paragraphs > REQ_MAX_PARAGRAPHS)
    return SUMMAR_ERR_RANGE;
  req->paragraphs = paragraphs;
  return SUMMAR_OK;
}

SUMMAR_API summar_status summar_request_set_format(summar_request *req,
                                                   summar_format format) {
  if (!req)
    return SUMMAR_ERR_ARG;
  switch (format) {
  case SUMMAR_FORMAT_TEXT:
  case SUMMAR_FORMAT_MARKDOWN:
  case SUMMAR_FORMAT_HTML:
  case SUMMAR_FORMAT_JSON:
    req->format = format;
    return SUMMAR_OK;
  }
  return SUMMAR_ERR_RANGE;
}

SUMMAR_API summar_status summar_request_set_algorithm(summar_request *req,
                                                      const char *name) {
  if (!req)
    return SUMMAR_ERR_ARG;
  if (!name) {
    req->scorer = NULL;
    return SUMMAR_OK;
  }
  const summar_scorer *sc = summar_scorer_find(name);
  if (!sc)
    return SUMMAR_ERR_ALGORITHM;
  req->scorer = sc; /* registry entries are static: nothing to copy */
  return SUMMAR_OK;
}

SUMMAR_API summar_status summar_request_set_output_lang(summar_request *req,
                                                        const char *lang) {
  if (!req)
    return SUMMAR_ERR_ARG;
  if (!lang || !*lang || !strcmp(lang, "auto")) {
    req->out_lang = NULL;
    return SUMMAR_OK;
  }
  const char *code = summar_lang_canonical(lang);
  if (!code)
    return SUMMAR_ERR_LANG_UNSUPPORTED;
  req->out_lang = code;
  return SUMMAR_OK;
}

SUMMAR_API summar_status summar_request_set_keywords(summar_request *req,
                                                     size_t keywords) {
  if (!req)
    return SUMMAR_ERR_ARG;
  if (keywords > REQ_MAX_KEYWORDS)
    return SUMMAR_ERR_RANGE;
  req->keywords = keywords;
  return SUMMAR_OK;
}

SUMMAR_API summar_status summar_request_set_title(summar_request *req,
                                                  int include) {
  if (!req)
    return SUMMAR_ERR_ARG;
  req->title = include != 0;
  return SUMMAR_OK;
}

SUMMAR_API summar_status summar_request_set_fill(summar_request *req,
                                                 int fill) {
  if (!req)
    return SUMMAR_ERR_ARG;
  req->fill = fill != 0;
  return SUMMAR_OK;
}

/* ------------------------------------------------------------ keywords */

typedef struct kw_rank {
  double sal;
  uint32_t tf, term;
} kw_rank;

static int cmp_kw(const void *x, const void *y) {
  const kw_rank *a = x, *b = y;
  if (a->sal != b->sal)
    return a->sal > b->sal ? -1 : 1;
  if (a->tf != b->tf)
    return a->tf > b->tf ? -1 : 1;
  return (a->term > b->term) - (a->term < b->term);
}

typedef struct kw_form {
  uint32_t slot, norm;
} kw_form;

static int cmp_form(const void *x, const void *y) {
  const kw_form *a = x, *b = y;
  if (a->slot != b->slot)
    return a->slot < b->slot ? -1 : 1;
  return (a->norm > b->norm) - (a->norm < b->norm);
}

size_t summar_keywords(const summar_doc *doc, size_t n, uint32_t *keywords) {
  if (n == 0 || doc->nterms == 0 || !doc->df || !doc->tf)
    return 0;
  const summar_allocator *a = &doc->a;
  kw_rank *rk = summar_alloc(a, doc->nterms * sizeof *rk);
  uint32_t *slot = summar_alloc(a, doc->nterms * sizeof *slot);
  kw_form *forms = NULL;
  size_t result = SIZE_MAX;
  if (!rk || !slot)
    goto done;
  double big_n = (double)doc->ncontent;
  size_t nr = 0;
  for (size_t t = 0; t < doc->nterms; t++) {
    slot[t] = UINT32_MAX;
    if (!doc->tf[t] || !doc->df[t])
      continue;
    rk[nr].sal = doc->tf[t] * log((big_n + 1.0) / doc->df[t]);
    rk[nr].tf = doc->tf[t];
    rk[nr].term = (uint32_t)t;
    nr++;
  }
  qsort(rk, nr, sizeof *rk, cmp_kw);
  size_t m = nr < n ? nr : n;
  for (size_t k = 0; k < m; k++)
    slot[rk[k].term] = (uint32_t)k;

  /* The norms of the chosen terms' tokens in content sentences. */
  size_t nf = 0;
  forms = summar_alloc(a, (doc->ntoks ? doc->ntoks : 1) * sizeof *forms);
  if (!forms)
    goto done;
  for (size_t i = 0; i < doc->ntoks; i++) {
    const summar_tok *tk = &doc->toks[i];
    if (tk->term >= doc->nterms || slot[tk->term] == UINT32_MAX ||
        tk->sent >= doc->nsents ||
        (doc->sents[tk->sent].flags & SUMMAR_SENT_DROP))
      continue;
    forms[nf].slot = slot[tk->term];
    forms[nf].norm = tk->norm;
    nf++;
  }
  qsort(forms, nf, sizeof *forms, cmp_form);
  size_t found = 0;
  for (size_t k = 0; k < m; k++)
    keywords[k] = UINT32_MAX;
  for (size_t i = 0; i < nf;) {
    size_t j = i;
    uint32_t s = forms[i].slot;
    size_t best_count = 0;
    uint32_t best = UINT32_MAX;
    while (j < nf && forms[j].slot == s) {
      size_t r = j;
      while (r < nf && forms[r].slot == s && forms[r].norm == forms[j].norm)
        r++;
      size_t count = r - j;
      if (count > best_count ||
          (count == best_count &&
           strcmp(doc->pool + forms[j].norm, doc->pool + best) < 0)) {
        best_count = count;
        best = forms[j].norm;
      }
      j = r;
    }
    keywords[s] = best;
    i = j;
  }
  /* Terms without a content token (cannot happen with a consistent doc)
   * are left out. */
  for (size_t k = 0; k < m; k++)
    if (keywords[k] != UINT32_MAX)
      keywords[found++] = keywords[k];
  result = found;
done:
  summar_dealloc(a, rk);
  summar_dealloc(a, slot);
  summar_dealloc(a, forms);
  return result;
}

/* ------------------------------------------------------------ summarize */

SUMMAR_API void summar_summary_free(summar_summary *sum) {
  if (!sum)
    return;
  summar_allocator a = sum->a;
  summar_dealloc(&a, sum->text);
  summar_dealloc(&a, sum->picks);
  summar_dealloc(&a, sum->kw_pool);
  summar_dealloc(&a, sum->kw_off);
  summar_dealloc(&a, sum);
}

static summar_status add_keywords(const summar_doc *doc, size_t n,
                                  summar_summary *sum) {
  uint32_t *kw = summar_alloc(&doc->a, n * sizeof *kw);
  if (!kw)
    return SUMMAR_ERR_NOMEM;
  size_t m = summar_keywords(doc, n, kw);
  summar_status st = SUMMAR_ERR_NOMEM;
  if (m == SIZE_MAX)
    goto done;
  if (m == 0) {
    st = SUMMAR_OK;
    goto done;
  }
  size_t total = 0;
  for (size_t k = 0; k < m; k++)
    total += strlen(doc->pool + kw[k]) + 1;
  sum->kw_pool = summar_alloc(&sum->a, total);
  sum->kw_off = summar_alloc(&sum->a, m * sizeof *sum->kw_off);
  if (!sum->kw_pool || !sum->kw_off)
    goto done;
  size_t off = 0;
  for (size_t k = 0; k < m; k++) {
    size_t l = strlen(doc->pool + kw[k]);
    memcpy(sum->kw_pool + off, doc->pool + kw[k], l + 1);
    sum->kw_off[k] = off;
    off += l + 1;
  }
  sum->nkeywords = m;
  st = SUMMAR_OK;
done:
  summar_dealloc(&doc->a, kw);
  return st;
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
    request_defaults(&defaults);
    req = &defaults;
  }
  if (req->out_lang && doc->lang && strcmp(doc->lang, "und") != 0 &&
      strcmp(req->out_lang, doc->lang) != 0)
    return SUMMAR_ERR_LANG_MISMATCH;

  size_t max_words = SIZE_MAX, max_sents = SIZE_MAX;
  size_t best = summar_select_best(doc, scores);
  switch (req->budget) {
  case SUMMAR_BUDGET_WORDS:
    max_words = req->words;
    break;
  case SUMMAR_BUDGET_SENTENCES:
    max_sents = req->sentences;
    break;
  default: {
    /* A share of the words, but at least the best sentence. */
    double w = floor(req->ratio * (double)doc->content_words + 0.5);
    max_words = w < 1.0 ? 1 : (size_t)w;
    if (best != SIZE_MAX && doc->sents[best].words > max_words)
      max_words = doc->sents[best].words;
    break;
  }
  }

  summar_summary *sum = summar_calloc(&doc->a, 1, sizeof *sum);
  if (!sum)
    return SUMMAR_ERR_NOMEM;
  sum->a = doc->a;
  sum->lang = doc->lang ? doc->lang : "und";
  sum->source_words = doc->content_words;
  sum->warnings = doc->warnings &
                  (unsigned)(SUMMAR_WARN_REPLACED | SUMMAR_WARN_LANG_GUESSED);

  size_t *sel = NULL, n = 0, *para = NULL;
  summar_status st = summar_select(doc, scores, max_words, max_sents, p, &sel,
                                   &n, &sum->warnings);
  if (st != SUMMAR_OK)
    goto fail;
  /* Nothing fits a word budget: the best sentence, cut.  Asked to fill:
   * the next-ranked sentence, cut to what is left. */
  summar_cut cut = {SIZE_MAX, 0, 0, 0};
  if (max_words != SIZE_MAX && best != SIZE_MAX) {
    size_t used = 0;
    for (size_t i = 0; i < n; i++)
      used += doc->sents[sel[i]].words;
    int r = 0;
    if (n == 0)
      r = summar_select_cut(doc, scores, NULL, 0, max_words, p, &cut);
    else if (req->fill && used < max_words)
      r = summar_select_cut(doc, scores, sel, n, max_words - used, p, &cut);
    st = SUMMAR_ERR_NOMEM;
    if (r < 0)
      goto fail;
    if (r > 0) {
      size_t *v = summar_alloc(&doc->a, (n + 1) * sizeof *v);
      if (!v)
        goto fail;
      size_t k = 0, j = 0;
      for (; j < n && sel[j] < cut.sent; j++)
        v[k++] = sel[j];
      v[k++] = cut.sent;
      for (; j < n; j++)
        v[k++] = sel[j];
      summar_dealloc(&doc->a, sel);
      sel = v;
      n++;
      sum->warnings &= ~(unsigned)SUMMAR_WARN_NOTHING_FITS;
      if (cut.cut)
        sum->warnings |= SUMMAR_WARN_TRUNCATED;
    }
  }
  if (n) {
    para = summar_alloc(&doc->a, n * sizeof *para);
    sum->picks = summar_alloc(&sum->a, n * sizeof *sum->picks);
    st = SUMMAR_ERR_NOMEM;
    if (!para || !sum->picks)
      goto fail;
    size_t k = req->paragraphs ? req->paragraphs : 1;
    sum->nparas = summar_paragraphs(doc, sel, n, k, p, para);
    if (sum->nparas == SIZE_MAX)
      goto fail;
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
      if (sel[i] == cut.sent && cut.cut) {
        pk->end = cut.end;
        pk->words = cut.words;
        pk->truncated = 1;
      }
      sum->words += pk->words;
    }
    sum->npicks = n;
  }
  if (req->keywords) {
    st = add_keywords(doc, req->keywords, sum);
    if (st != SUMMAR_OK)
      goto fail;
  }

  const char *title = NULL;
  size_t title_len = 0;
  summar_span sp;
  sp.size = sizeof sp;
  if (req->title && summar_doc_title(doc, &sp) == SUMMAR_OK &&
      sp.end <= doc->len && sp.start < sp.end) {
    title = doc->text + sp.start;
    title_len = sp.end - sp.start;
  }
  summar_buf b;
  summar_buf_init(&b, &sum->a);
  summar_render(doc->text, sum, req->format, title, title_len, &b);
  sum->text = summar_buf_take(&b, &sum->len);
  st = SUMMAR_ERR_NOMEM;
  if (!sum->text)
    goto fail;
  summar_dealloc(&doc->a, sel);
  summar_dealloc(&doc->a, para);
  *out = sum;
  return SUMMAR_OK;
fail:
  summar_dealloc(&doc->a, sel);
  summar_dealloc(&doc->a, para);
  summar_summary_free(sum);
  return st;
}

SUMMAR_API summar_status summar_summarize(const summar_doc *doc,
                                          const summar_request *req,
                                          summar_summary **out) {
  if (out)
    *out = NULL;
  if (!doc || !out)
    return SUMMAR_ERR_ARG;
  if (req && req->out_lang && doc->lang && strcmp(doc->lang, "und") != 0 &&
      strcmp(req->out_lang, doc->lang) != 0)
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

/* ------------------------------------------------------------ accessors */

SUMMAR_API const char *summar_summary_text(const summar_summary *sum,
                                           size_t *len) {
  if (!sum)
    return NULL;
  if (len)
    *len = sum->len;
  return sum->text;
}

SUMMAR_API unsigned summar_summary_warnings(const summar_summary *sum) {
  return sum ? sum->warnings : 0;
}

SUMMAR_API size_t summar_summary_word_count(const summar_summary *sum) {
  return sum ? sum->words : 0;
}

SUMMAR_API size_t summar_summary_source_words(const summar_summary *sum) {
  return sum ? sum->source_words : 0;
}

SUMMAR_API size_t summar_summary_paragraph_count(const summar_summary *sum) {
  return sum ? sum->nparas : 0;
}

SUMMAR_API size_t summar_summary_sentence_count(const summar_summary *sum) {
  return sum ? sum->npicks : 0;
}

SUMMAR_API summar_status summar_summary_sentence(const summar_summary *sum,
                                                 size_t i, summar_pick *out) {
  if (!sum || !out || !SUMMAR_SIZED_OK(out, summar_pick, score))
    return SUMMAR_ERR_ARG;
  if (i >= sum->npicks)
    return SUMMAR_ERR_RANGE;
  SUMMAR_SIZED_COPY(out, &sum->picks[i]);
  return SUMMAR_OK;
}

SUMMAR_API size_t summar_summary_keyword_count(const summar_summary *sum) {
  return sum ? sum->nkeywords : 0;
}

SUMMAR_API const char *summar_summary_keyword(const summar_summary *sum,
                                              size_t i) {
  if (!sum || i >= sum->nkeywords)
    return NULL;
  return sum->kw_pool + sum->kw_off[i];
}

SUMMAR_API const char *summar_summary_language(const summar_summary *sum) {
  return sum ? sum->lang : NULL;
}
