/*
 * tune_data.c - loads the dev sets for tools/tune.c and scores a summary
 * under the protocol of `summar eval` (tools/cli_eval.c): budget = mean
 * whitespace word count of a document's references, the output cut after
 * that many whitespace-separated words, ROUGE F1 x 100.
 */
#include "tune.h"

#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "eval_ws.h"

/* Words of s[0,n) (words == SIZE_MAX) or the length of s cut after
 * `words` words. */
static size_t ws_walk(const char *s, size_t n, size_t words, size_t *count) {
  size_t c = 0, i = 0, skip;
  int in = 0;
  while (i < n) {
    int sp = eval_ws_at(s, n, i, &skip);
    if (sp && in && c == words)
      break;
    if (!sp && !in)
      c++;
    in = !sp;
    i += skip;
  }
  if (count)
    *count = c;
  return i < n ? i : n;
}

static char *dup_n(const char *s, size_t n) {
  char *p = malloc(n + 1);
  if (p) {
    memcpy(p, s, n);
    p[n] = '\0';
  }
  return p;
}

static int rouge(const char *lang, const char *t, size_t len, const tdoc *d,
                 double out[3]) {
  summar_rouge r;
  r.size = sizeof r;
  if (summar_rouge_score(lang, t, len, (const char *const *)d->refs,
                         d->ref_lens, d->nrefs, 0, &r) != SUMMAR_OK)
    return -1;
  out[0] = 100 * r.rouge1.f1;
  out[1] = 100 * r.rouge2.f1;
  out[2] = 100 * r.rougel.f1;
  return 0;
}

int tune_fill;

int score_summary(const summar_ctx *ctx, tdoc *d, const double *scores,
                         const summar_select_params *sp, double out[3]) {
  (void)ctx;
  summar_request *req = NULL;
  summar_summary *sum = NULL;
  int rc = -1;
  if (summar_request_new(&req) != SUMMAR_OK ||
      summar_request_set_words(req, d->budget) != SUMMAR_OK ||
      summar_request_set_fill(req, tune_fill) != SUMMAR_OK)
    goto done;
  if (summar_summarize_scores(d->doc, req, scores, sp, &sum) != SUMMAR_OK)
    goto done;
  if (d->has_last && sum->npicks == d->last_n) {
    size_t k = 0;
    while (k < sum->npicks && sum->picks[k].sentence == d->last_sel[k] &&
           sum->picks[k].end == d->last_end[k])
      k++;
    if (k == sum->npicks) {
      memcpy(out, d->last, sizeof d->last);
      rc = 0;
      goto done;
    }
  }
  size_t len;
  const char *t = summar_summary_text(sum, &len);
  len = ws_walk(t, len, d->budget, NULL);
  rc = rouge(summar_doc_language(d->doc), t, len, d, out);
  if (rc == 0) {
    size_t *v = realloc(d->last_sel, (sum->npicks + 1) * sizeof *v);
    if (v)
      d->last_sel = v;
    size_t *e = v ? realloc(d->last_end, (sum->npicks + 1) * sizeof *e) : NULL;
    if (e)
      d->last_end = e;
    d->has_last = v && e;
    if (d->has_last) {
      d->last_n = sum->npicks;
      for (size_t k = 0; k < sum->npicks; k++) {
        v[k] = sum->picks[k].sentence;
        e[k] = sum->picks[k].end;
      }
      memcpy(d->last, out, sizeof d->last);
    }
  }
done:
  summar_summary_free(sum);
  summar_request_free(req);
  return rc;
}

/* Every component on: the columns a parameter vector may use. */
static const summar_default_weights all_on = {
    .textrank = 1, .position = 1, .title = 1,
    .centroid = 1, .directed = 1, .lambda_back = 0.0, .short_words = 0};

/* Fills d from the JSON document j ({"text", "refs", "lang"}): the
 * references and the budget (their mean whitespace word count), the
 * analysed document, its component columns and the ROUGE of the lead and
 * position baselines.  Returns 0, or -1 (d may be partly filled: free it
 * with free_doc). */
static int load_doc(const summar_ctx *ctx, json_t *j, tdoc *d) {
  json_t *text = j ? json_object_get(j, "text") : NULL;
  json_t *refs = j ? json_object_get(j, "refs") : NULL;
  json_t *lang = j ? json_object_get(j, "lang") : NULL;
  memset(d, 0, sizeof *d);
  if (!json_is_string(text) || !json_is_array(refs) || !json_array_size(refs))
    return -1;
  d->text_len = json_string_length(text);
  d->text = dup_n(json_string_value(text), d->text_len);
  d->lang = json_is_string(lang)
                ? dup_n(json_string_value(lang), json_string_length(lang))
                : NULL;
  d->nrefs = json_array_size(refs);
  d->refs = calloc(d->nrefs, sizeof *d->refs);
  d->ref_lens = calloc(d->nrefs, sizeof *d->ref_lens);
  size_t total = 0;
  for (size_t r = 0; r < d->nrefs && d->refs && d->ref_lens; r++) {
    json_t *s = json_array_get(refs, r);
    d->ref_lens[r] = json_is_string(s) ? json_string_length(s) : 0;
    d->refs[r] = dup_n(json_is_string(s) ? json_string_value(s) : "",
                       d->ref_lens[r]);
    size_t w;
    ws_walk(d->refs[r], d->ref_lens[r], SIZE_MAX, &w);
    total += w;
  }
  d->budget = (total + d->nrefs / 2) / d->nrefs;
  if (!d->budget)
    d->budget = 1;
  if (summar_doc_new(ctx, d->text, d->text_len, d->lang,
                     SUMMAR_DOC_REPLACE_INVALID, &d->doc) != SUMMAR_OK)
    return -1;
  size_t ns = d->doc->nsents ? d->doc->nsents : 1;
  d->comp = malloc(ns * SUMMAR_DC_COUNT * sizeof *d->comp);
  double *s = malloc(ns * sizeof *s);
  int rc = 0;
  if (!d->comp || !s ||
      summar_default_components(d->doc, &all_on, d->comp) != SUMMAR_OK ||
      summar_score_position(d->doc, s) != SUMMAR_OK ||
      score_summary(ctx, d, s, NULL, d->position) ||
      rouge(summar_doc_language(d->doc), d->text,
            ws_walk(d->text, d->text_len, d->budget, NULL), d, d->lead))
    rc = -1;
  d->has_last = 0;
  free(s);
  return rc;
}

static void free_doc(tdoc *d) {
  summar_doc_free(d->doc);
  free(d->lang);
  free(d->text);
  for (size_t r = 0; d->refs && r < d->nrefs; r++)
    free(d->refs[r]);
  free(d->refs);
  free(d->ref_lens);
  free(d->comp);
  free(d->last_sel);
  free(d->last_end);
}

void free_set(tset *set) {
  for (size_t i = 0; i < set->n; i++)
    free_doc(&set->d[i]);
  free(set->d);
  set->d = NULL;
  set->n = 0;
}

int load_set(const summar_ctx *ctx, const char *dir, const char *name,
                    size_t limit, tset *set) {
  char path[4096];
  snprintf(path, sizeof path, "%s/%s.dev.jsonl", dir, name);
  set->name = name;
  set->d = NULL;
  set->n = 0;
  FILE *f = fopen(path, "r");
  if (!f) {
    fprintf(stderr, "tune: %s: cannot open\n", path);
    return -1;
  }
  char *line = NULL;
  size_t cap = 0;
  ssize_t got;
  int rc = 0;
  while ((limit == 0 || set->n < limit) &&
         (got = getline(&line, &cap, f)) > 0) {
    tdoc *nv = realloc(set->d, (set->n + 1) * sizeof *nv);
    if (!nv) {
      rc = -1;
      break;
    }
    set->d = nv;
    json_error_t err;
    json_t *j = json_loadb(line, (size_t)got, 0, &err);
    rc = load_doc(ctx, j, &set->d[set->n++]);
    json_decref(j);
    if (rc)
      break;
  }
  free(line);
  fclose(f);
  if (rc)
    fprintf(stderr, "tune: %s: cannot load document %zu\n", path, set->n);
  return rc;
}
