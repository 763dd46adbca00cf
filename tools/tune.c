/*
 * tune.c - fits the weights of the "default" scorer on the dev sets with
 * k-fold cross-validation over documents, and reports cross-validated
 * ROUGE beside the in-sample numbers.
 *
 *   tune [--folds K] [--sweeps N] [--fill] [--budget]
 *        [--anaphora off|free|bring|penalty] [--check] DATA_DIR
 *
 * DATA_DIR holds easc.dev.jsonl, cnndm.dev.jsonl and bbc.dev.jsonl (the
 * first 300 documents of bbc are used), in the format and under the
 * protocol of `summar eval` (tools/cli_eval.c): budget = mean whitespace
 * word count of a document's references, the output cut after that many
 * whitespace-separated words, ROUGE F1 x 100 averaged over documents.
 *
 * Method: every document is analysed once and its component columns of
 * "default" are computed once (summar_default_components); a weight vector
 * is then scored by combining them (summar_default_combine), selecting,
 * rendering and scoring every document, exactly as summar_summarize()
 * would.  The fit is a coordinate search: from a fixed start, each
 * parameter in turn takes the value of its grid that maximizes the mean
 * over the three sets of their mean ROUGE-2 F1 (a strictly better value
 * only: ties keep the current one), for at most --sweeps rounds or until
 * a round changes nothing.  Deterministic: the same data gives the same
 * weights.
 *
 * Cross-validation: document i of each set is in fold i mod K; each fold
 * is scored with the weights fitted on the other K - 1.  Printed: per fold
 * the fitted weights and held-out ROUGE-2; per set the mean and standard
 * deviation over folds of the held-out ROUGE-1/2/L of lead, position and
 * default; the in-sample ROUGE of the weights fitted on all documents;
 * and the fitted weights beside the shipped ones.  --check exits 1 when
 * they differ from the weights the library ships
 * (libsummar/score_default.c).  --fill scores summaries that complete the
 * budget with a cut sentence (summar_request_set_fill), for comparison.
 * --anaphora sets the forms of the dangling-reference rule the fit may
 * take: "off" (the default), "bring" (summar_select_params.anaphora on),
 * "penalty" (summar_default_extra.anaphor above 0) or "free" (either or
 * neither).  --budget also searches the budget-ratio TextRank weight
 * (summar_default_extra.budget_textrank).  Without them the fit searches
 * the eleven parameters of the shipped weights.
 */
#include "internal.h"

#include <jansson.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "eval_ws.h"

/* ------------------------------------------------------------ data */

typedef struct tdoc {
  summar_doc *doc;
  char *lang, *text;
  size_t text_len;
  char **refs;
  size_t *ref_lens, nrefs, budget;
  double ratio; /* budget / content words, as summar_summarize computes */
  double *comp;  /* SUMMAR_DC_COUNT x nsents */
  double lead[3], position[3]; /* ROUGE-1/2/L F1 of the baselines */
  /* Last selection scored and its ROUGE: weights often give the same. */
  size_t *last_sel, last_n;
  double last[3];
  int has_last;
} tdoc;

typedef struct tset {
  const char *name;
  tdoc *d;
  size_t n;
} tset;

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

/* Scores a summary of d from sentence scores (NULL: the combination is
 * already in `scores`). */
/* Whether summaries fill the budget with a cut sentence (--fill). */
static int fill_budget;

static int score_summary(const summar_ctx *ctx, tdoc *d, const double *scores,
                         const summar_select_params *sp, double out[3]) {
  (void)ctx;
  summar_request *req = NULL;
  summar_summary *sum = NULL;
  int rc = -1;
  if (summar_request_new(&req) != SUMMAR_OK ||
      summar_request_set_words(req, d->budget) != SUMMAR_OK ||
      summar_request_set_fill(req, fill_budget) != SUMMAR_OK)
    goto done;
  if (summar_summarize_scores(d->doc, req, scores, sp, &sum) != SUMMAR_OK)
    goto done;
  if (d->has_last && sum->npicks == d->last_n) {
    size_t k = 0;
    while (k < sum->npicks && sum->picks[k].sentence == d->last_sel[k] &&
           !sum->picks[k].truncated)
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
    if (v) {
      d->last_sel = v;
      d->last_n = sum->npicks;
      d->has_last = 1;
      for (size_t k = 0; k < sum->npicks; k++) {
        v[k] = sum->picks[k].sentence;
        d->has_last &= !sum->picks[k].truncated;
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
    .centroid = 1, .directed = 1, .lambda_fwd = 1.0, .lambda_back = 0.0,
    .short_words = 0};

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
  summar_request *rq = NULL;
  if (summar_request_new(&rq) != SUMMAR_OK ||
      summar_request_set_words(rq, d->budget) != SUMMAR_OK) {
    summar_request_free(rq);
    return -1;
  }
  d->ratio = summar_request_budget_ratio(d->doc, rq);
  summar_request_free(rq);
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
}

static void free_set(tset *set) {
  for (size_t i = 0; i < set->n; i++)
    free_doc(&set->d[i]);
  free(set->d);
  set->d = NULL;
  set->n = 0;
}

/* Loads the first `limit` documents (0: all) of DIR/NAME.dev.jsonl. */
static int load_set(const summar_ctx *ctx, const char *dir, const char *name,
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

/* ------------------------------------------------------------ parameters */

typedef struct params {
  summar_default_weights w;
  summar_default_extra x;
  double ar_position;
  double anaphora; /* summar_select_params.anaphora (0 or 1) */
} params;

typedef struct pdef {
  const char *name;
  size_t off; /* into params */
  double grid[12];
  size_t ngrid;
} pdef;

#define PW(f) offsetof(params, w) + offsetof(summar_default_weights, f)
#define PX(f) offsetof(params, x) + offsetof(summar_default_extra, f)

static const pdef pdefs[] = {
    {"textrank", PW(textrank), {0, 0.1, 0.2, 0.3, 0.43, 0.5, 0.6, 0.8}, 8},
    {"centroid", PW(centroid), {0, 0.1, 0.21, 0.3, 0.4, 0.6}, 6},
    {"directed", PW(directed), {0, 0.1, 0.17, 0.3, 0.4, 0.6}, 6},
    {"title", PW(title), {0, 0.05, 0.1, 0.2, 0.4}, 5},
    {"lead", PX(lead), {0, 0.2, 0.4, 0.6, 0.8, 1.0, 1.5}, 7},
    {"lead_exp", PX(lead_exp), {1, 1.5, 2, 2.33, 3, 4}, 6},
    {"lead_scale", PX(lead_scale), {0.5, 1, 1.46, 2, 3}, 5},
    {"paragraph", PX(paragraph), {0, 0.1, 0.2, 0.38, 0.5, 0.6}, 6},
    {"question", PX(question), {0, 0.16, 0.3, 0.5}, 4},
    {"short_words", PW(short_words), {0, 4, 6, 8.6, 10, 12}, 6},
    {"ar_position", offsetof(params, ar_position), {0, 0.5, 1, 2, 3, 4}, 6},
    {"anaphor", PX(anaphor), {0, 0.1, 0.2, 0.4, 0.6, 0.8}, 6},
    {"anaphora", offsetof(params, anaphora), {0, 1}, 2},
    {"budget_textrank", PX(budget_textrank), {0, 0.25, 0.5, 1, 2}, 5},
};
#define NPARAMS (sizeof pdefs / sizeof pdefs[0])

static double *pval(params *p, size_t k) {
  return (double *)(void *)((char *)p + pdefs[k].off);
}

/* --anaphora: which forms of the anaphora rule the fit may choose. */
enum { ANAPHORA_OFF, ANAPHORA_FREE, ANAPHORA_BRING, ANAPHORA_PENALTY };
static int anaphora_mode = ANAPHORA_OFF;
/* --budget: whether the budget-ratio TextRank weight is searched. */
static int search_budget;

/* The fixed start of every fit: the hand-tuned weights of libsummar 0.1
 * (a constant here, so that a fit never depends on what is shipped). */
static params start_params(void) {
  params p;
  memset(&p, 0, sizeof p);
  p.w.textrank = 0.43;
  p.w.centroid = 0.21;
  p.w.directed = 0.17;
  p.w.title = 0.05;
  p.w.lambda_fwd = 1.0;
  p.w.short_words = 8.6;
  p.x.lead = 0.6;
  p.x.lead_exp = 2.33;
  p.x.lead_scale = 1.46;
  p.x.paragraph = 0.38;
  p.x.question = 0.16;
  p.ar_position = 2;
  if (anaphora_mode == ANAPHORA_BRING)
    p.anaphora = 1;
  else if (anaphora_mode == ANAPHORA_PENALTY)
    p.x.anaphor = 0.2;
  return p;
}

/* Whether parameter k is searched at value v.  --anaphora sets the forms
 * of the anaphora rule the fit may take: "off" (the default: neither),
 * "free" (either or neither), "bring" (summar_select_params.anaphora on,
 * the penalty off), "penalty" (a penalty above 0, the select rule off).
 * The budget-ratio weight is searched only with --budget. */
static int searched(size_t k, double v) {
  if (!strcmp(pdefs[k].name, "budget_textrank"))
    return search_budget;
  if (!strcmp(pdefs[k].name, "anaphora"))
    return anaphora_mode == ANAPHORA_FREE;
  if (!strcmp(pdefs[k].name, "anaphor"))
    return anaphora_mode == ANAPHORA_FREE ||
           (anaphora_mode == ANAPHORA_PENALTY && v > 0);
  return 1;
}

/* ------------------------------------------------------------ evaluation */

/* ROUGE-1/2/L of `p` on document d. */
static int eval_doc(const summar_ctx *ctx, tdoc *d, const params *p,
                    double *scratch, double out[3]) {
  summar_default_weights w;
  summar_default_weights_lang(d->doc, &p->w, p->ar_position, &w);
  summar_default_extra x = p->x;
  x.budget_ratio = d->ratio;
  summar_default_combine(d->doc, d->comp, &w, &x, scratch);
  summar_select_params sp = summar_select_params_std;
  sp.anaphora = p->anaphora > 0;
  return score_summary(ctx, d, scratch, &sp, out);
}

/* Mean ROUGE per set over the documents whose fold is (== fold) when
 * `in` or (!= fold) otherwise (fold -1: all). */
static int eval_sets(const summar_ctx *ctx, tset *sets, size_t nsets,
                     const params *p, int folds, int fold, int in,
                     double *scratch, double mean[][3]) {
  for (size_t s = 0; s < nsets; s++) {
    double sum[3] = {0, 0, 0};
    size_t n = 0;
    for (size_t i = 0; i < sets[s].n; i++) {
      int f = (int)(i % (size_t)folds);
      if (fold >= 0 && (in ? f != fold : f == fold))
        continue;
      double r[3];
      if (eval_doc(ctx, &sets[s].d[i], p, scratch, r))
        return -1;
      for (int k = 0; k < 3; k++)
        sum[k] += r[k];
      n++;
    }
    for (int k = 0; k < 3; k++)
      mean[s][k] = n ? sum[k] / (double)n : 0;
  }
  return 0;
}

/* Mean ROUGE of a baseline (which: 0 lead, 1 position) over the documents
 * whose fold is (== f) when `in` or (!= f) otherwise (f -1: all). */
static void baseline(const tset *set, int folds, int f, int in, int which,
                     double out[3]) {
  double sum[3] = {0, 0, 0};
  size_t n = 0;
  for (size_t i = 0; i < set->n; i++) {
    int fi = (int)(i % (size_t)folds);
    if (f >= 0 && (in ? fi != f : fi == f))
      continue;
    const double *r = which ? set->d[i].position : set->d[i].lead;
    for (int k = 0; k < 3; k++)
      sum[k] += r[k];
    n++;
  }
  for (int k = 0; k < 3; k++)
    out[k] = n ? sum[k] / (double)n : 0;
}

/* ROUGE-2 of the best peer system on each set (OTS, sumy LexRank,
 * TextRank, Luhn, LSA), as published with the data (docs/evaluation.md):
 * easc, cnndm, bbc. */
static const double peer_best[3] = {38.53, 15.78, 72.56};

/* The fit's objective on the training documents: the sum over the sets
 * of the ROUGE-2 shortfall below the better of the lead baseline (on the
 * same documents) and the best peer (a negative number, 0 when every set
 * reaches its target), plus a tenth of the mean margin.  A set that is
 * easy to gain on cannot buy a shortfall on another. */
static double objective(const tset *sets, size_t nsets, int folds, int fold,
                        double mean[][3]) {
  double short_sum = 0, sum = 0;
  for (size_t s = 0; s < nsets; s++) {
    double lead[3];
    baseline(&sets[s], folds, fold, 0, 0, lead);
    double target = lead[1] > peer_best[s] ? lead[1] : peer_best[s];
    double m = mean[s][1] - target;
    if (m < 0)
      short_sum += m;
    sum += m;
  }
  return short_sum + 0.1 * sum / (double)nsets;
}

/* Coordinate search on the documents outside `fold` (-1: all). */
static int fit(const summar_ctx *ctx, tset *sets, size_t nsets, int folds,
               int fold, int sweeps, double *scratch, params *best) {
  params p = start_params();
  double mean[3][3];
  if (eval_sets(ctx, sets, nsets, &p, folds, fold, 0, scratch, mean))
    return -1;
  double cur = objective(sets, nsets, folds, fold, mean);
  for (int round = 0; round < sweeps; round++) {
    int changed = 0;
    for (size_t k = 0; k < NPARAMS; k++) {
      double keep = *pval(&p, k), best_v = keep;
      for (size_t g = 0; g < pdefs[k].ngrid; g++) {
        double v = pdefs[k].grid[g];
        if (v == keep || !searched(k, v))
          continue;
        *pval(&p, k) = v;
        if (eval_sets(ctx, sets, nsets, &p, folds, fold, 0, scratch, mean))
          return -1;
        double o = objective(sets, nsets, folds, fold, mean);
        if (o > cur + 1e-9) {
          cur = o;
          best_v = v;
        }
      }
      *pval(&p, k) = best_v;
      changed |= best_v != keep;
    }
    fprintf(stderr, "tune: fold %d round %d: objective %.3f\n", fold,
            round + 1, cur);
    if (!changed)
      break;
  }
  *best = p;
  return 0;
}

static void print_params(FILE *f, const params *p) {
  for (size_t k = 0; k < NPARAMS; k++)
    fprintf(f, "%s%s=%g", k ? " " : "", pdefs[k].name,
            *pval((params *)p, k));
  fputc('\n', f);
}

static int same_params(const params *a, const params *b) {
  for (size_t k = 0; k < NPARAMS; k++)
    if (fabs(*pval((params *)a, k) - *pval((params *)b, k)) > 1e-9)
      return 0;
  return 1;
}

static void mean_sd(const double *v, int n, double *m, double *sd) {
  double s = 0, q = 0;
  for (int i = 0; i < n; i++)
    s += v[i];
  *m = s / n;
  for (int i = 0; i < n; i++)
    q += (v[i] - *m) * (v[i] - *m);
  *sd = n > 1 ? sqrt(q / (n - 1)) : 0;
}

static const char *const set_names[] = {"easc", "cnndm", "bbc"};
static const char *const alg_names[] = {"lead", "position", "default"};
#define MAX_FOLDS 16

/* Parses the command line; returns 0, or 2 (usage printed). */
static int parse_args(int argc, char **argv, int *folds, int *sweeps,
                      int *check, const char **dir) {
  for (int i = 1; i < argc; i++) {
    if (!strcmp(argv[i], "--folds") && i + 1 < argc)
      *folds = atoi(argv[++i]);
    else if (!strcmp(argv[i], "--sweeps") && i + 1 < argc)
      *sweeps = atoi(argv[++i]);
    else if (!strcmp(argv[i], "--check"))
      *check = 1;
    else if (!strcmp(argv[i], "--fill"))
      fill_budget = 1;
    else if (!strcmp(argv[i], "--budget"))
      search_budget = 1;
    else if (!strcmp(argv[i], "--anaphora") && i + 1 < argc &&
             (!strcmp(argv[i + 1], "bring") || !strcmp(argv[i + 1], "penalty") ||
              !strcmp(argv[i + 1], "free") || !strcmp(argv[i + 1], "off")))
      anaphora_mode = !strcmp(argv[++i], "bring")     ? ANAPHORA_BRING
                      : !strcmp(argv[i], "penalty") ? ANAPHORA_PENALTY
                      : !strcmp(argv[i], "free")    ? ANAPHORA_FREE
                                                    : ANAPHORA_OFF;
    else if (argv[i][0] != '-' && !*dir)
      *dir = argv[i];
    else
      *folds = 0; /* usage */
  }
  if (!*dir || *folds < 2 || *sweeps < 1) {
    fprintf(stderr, "usage: tune [--folds K] [--sweeps N] [--fill] "
                    "[--anaphora off|free|bring|penalty] [--budget] [--check] "
                    "DATA_DIR\n");
    return 2;
  }
  return 0;
}

/* Per fold: fits on the other folds, prints the weights and the held-out
 * ROUGE-2, and records the held-out ROUGE of the baselines and default in
 * cv[set][algorithm][fold]. */
static int cross_validate(const summar_ctx *ctx, tset *sets, int folds,
                          int sweeps, double *scratch,
                          double cv[3][3][MAX_FOLDS][3]) {
  for (int f = 0; f < folds && f < MAX_FOLDS; f++) {
    params p;
    double mean[3][3];
    if (fit(ctx, sets, 3, folds, f, sweeps, scratch, &p) ||
        eval_sets(ctx, sets, 3, &p, folds, f, 1, scratch, mean))
      return -1;
    printf("fold %d: ", f);
    print_params(stdout, &p);
    printf("  held-out ROUGE-2: easc %.2f  cnndm %.2f  bbc %.2f\n",
           mean[0][1], mean[1][1], mean[2][1]);
    for (size_t s = 0; s < 3; s++) {
      baseline(&sets[s], folds, f, 1, 0, cv[s][0][f]);
      baseline(&sets[s], folds, f, 1, 1, cv[s][1][f]);
      memcpy(cv[s][2][f], mean[s], sizeof mean[s]);
    }
  }
  return 0;
}

static void print_cv(int folds, double cv[3][3][MAX_FOLDS][3]) {
  int nf = folds < MAX_FOLDS ? folds : MAX_FOLDS;
  printf("\n%d-fold cross-validated ROUGE-1 / ROUGE-2 / ROUGE-L F1 "
         "(mean +- sd over folds):\n", folds);
  printf("| algorithm | set | R1 | R2 | RL |\n|---|---|---|---|---|\n");
  for (size_t a = 0; a < 3; a++)
    for (size_t s = 0; s < 3; s++) {
      printf("| %s | %s |", alg_names[a], set_names[s]);
      for (int k = 0; k < 3; k++) {
        double v[MAX_FOLDS], m, sd;
        for (int f = 0; f < nf; f++)
          v[f] = cv[s][a][f][k];
        mean_sd(v, nf, &m, &sd);
        printf(" %.2f ± %.2f |", m, sd);
      }
      putchar('\n');
    }
}

static void print_in_sample(tset *sets, int folds, double in[3][3]) {
  printf("\nIn-sample (weights fitted on all documents):\n");
  printf("| algorithm | set | R1 | R2 | RL |\n|---|---|---|---|---|\n");
  for (size_t s = 0; s < 3; s++) {
    double b[3];
    for (int a = 0; a < 2; a++) {
      baseline(&sets[s], folds, -1, 1, a, b);
      printf("| %s | %s | %.2f | %.2f | %.2f |\n", alg_names[a],
             set_names[s], b[0], b[1], b[2]);
    }
    printf("| default | %s | %.2f | %.2f | %.2f |\n", set_names[s],
           in[s][0], in[s][1], in[s][2]);
  }
}

int main(int argc, char **argv) {
  int folds = 5, sweeps = 3, check = 0;
  const char *dir = NULL;
  if (parse_args(argc, argv, &folds, &sweeps, &check, &dir))
    return 2;
  summar_ctx *ctx = NULL;
  if (summar_ctx_new(NULL, &ctx) != SUMMAR_OK)
    return 1;
  tset sets[3];
  static const size_t limits[] = {0, 0, 300};
  size_t maxs = 1;
  for (size_t s = 0; s < 3; s++) {
    if (load_set(ctx, dir, set_names[s], limits[s], &sets[s]))
      return 1;
    for (size_t i = 0; i < sets[s].n; i++)
      if (sets[s].d[i].doc->nsents > maxs)
        maxs = sets[s].d[i].doc->nsents;
  }
  double *scratch = malloc(maxs * sizeof *scratch);
  if (!scratch)
    return 1;

  double cv[3][3][MAX_FOLDS][3]; /* set, algorithm, fold, measure */
  if (cross_validate(ctx, sets, folds, sweeps, scratch, cv))
    return 1;
  /* The weights fitted on everything, and their in-sample ROUGE. */
  params final;
  double in[3][3];
  if (fit(ctx, sets, 3, folds, -1, sweeps, scratch, &final) ||
      eval_sets(ctx, sets, 3, &final, folds, -1, 1, scratch, in))
    return 1;
  print_cv(folds, cv);
  print_in_sample(sets, folds, in);
  printf("\nfitted: ");
  print_params(stdout, &final);

  params shipped;
  shipped.w = summar_default_weights_std;
  shipped.x = summar_default_extra_std;
  shipped.ar_position = summar_default_ar_position;
  shipped.anaphora = summar_select_params_std.anaphora;
  int same = same_params(&final, &shipped);
  printf("shipped: ");
  print_params(stdout, &shipped);
  printf("the library ships %s weights\n", same ? "these" : "OTHER");

  for (size_t s = 0; s < 3; s++)
    free_set(&sets[s]);
  free(scratch);
  summar_ctx_free(ctx);
  return check && !same ? 1 : 0;
}
