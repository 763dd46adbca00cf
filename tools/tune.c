/*
 * tune.c - fits the weights of the "default" scorer on the dev sets with
 * k-fold cross-validation over documents, and reports cross-validated
 * ROUGE beside the in-sample numbers.
 *
 *   tune [--folds K] [--sweeps N] [--fill] [--one-set]
 *        [--anaphora off|free|bring] [--cut-fill|--no-cut-fill] [--check]
 *        DATA_DIR
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
 * parameter in turn takes the value of its grid that maximizes the
 * objective (see objective(): the sets' ROUGE-2 shortfalls below their
 * targets; a strictly better value only: ties keep the current one), for
 * at most --sweeps rounds or until a round changes nothing.
 * Deterministic: the same data gives the same weights.
 *
 * Two weight sets are fitted together: one for Arabic documents
 * (summar_default_uses_ar; parameters named ar_*) and one for the others.
 * Each set only changes the summaries of its own documents, so the
 * Arabic set is fitted on easc and the other on cnndm and bbc.  --one-set
 * ties them (Arabic documents take the other set but for their position
 * weight, ar_position), for comparison.
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
 * --anaphora sets the dangling-reference rule of selection
 * (summar_select_params.anaphora: a sentence opening with an anaphor
 * brings its predecessor): "off" (the default), "bring" (on) or "free"
 * (the fit chooses), one for both sets.  Without it the fit searches the
 * twelve parameters of each shipped set and the cut_best rule of
 * selection (summar_select_params.cut_best, one per set: under a
 * word budget shorter than the best sentence, that sentence cut rather
 * than weak whole ones) and the cut fill (summar_select_params.cut_fill
 * and cut_min, one pair per weight set, summar_select_params_std and
 * summar_select_params_ar: a top-ranked sentence cut to fill what the
 * knapsack without it leaves); --no-cut-fill keeps the cut fill off
 * (--cut-fill, the default, searches it).
 */
#include "tune.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ------------------------------------------------------------ parameters */

/* One weight set of "default". */
typedef struct wset {
  summar_default_weights w;
  summar_default_extra x;
} wset;

/* set[0] for the documents of every language but Arabic, set[1] for
 * Arabic ones; the anaphora rule of selection is one for both. */
typedef struct params {
  wset set[2];
  double anaphora; /* summar_select_params.anaphora (0 or 1) */
  double cut_best[2]; /* summar_select_params.cut_best: std, ar */
  double cut_fill[2]; /* summar_select_params.cut_fill: std, ar */
  double cut_min[2];  /* summar_select_params.cut_min: std, ar */
} params;

typedef struct pdef {
  const char *name;
  size_t off; /* into a wset (the first NSET), else into params */
  double grid[12];
  size_t ngrid;
} pdef;

#define SW(f) offsetof(wset, w) + offsetof(summar_default_weights, f)
#define SX(f) offsetof(wset, x) + offsetof(summar_default_extra, f)

/* The parameters of a weight set, then the rules (one for all). */
static const pdef pdefs[] = {
    {"textrank", SW(textrank), {0, 0.1, 0.2, 0.3, 0.43, 0.5, 0.6, 0.8}, 8},
    {"centroid", SW(centroid), {0, 0.1, 0.21, 0.3, 0.4, 0.6}, 6},
    {"directed", SW(directed), {0, 0.1, 0.17, 0.3, 0.4, 0.6}, 6},
    {"lambda_back", SW(lambda_back), {-2, -1, -0.5, -0.25, 0, 0.25, 0.5, 1}, 8},
    {"position", SW(position), {0, 0.5, 1, 2, 3, 4, 6, 10}, 8},
    {"title", SW(title), {0, 0.05, 0.1, 0.2, 0.4}, 5},
    {"lead", SX(lead), {0, 0.2, 0.4, 0.6, 0.8, 1.0, 1.5}, 7},
    {"lead_exp", SX(lead_exp), {1, 1.5, 2, 2.33, 3, 4}, 6},
    {"lead_scale", SX(lead_scale), {0.5, 1, 1.46, 2, 3}, 5},
    {"paragraph", SX(paragraph), {0, 0.1, 0.2, 0.38, 0.5, 0.6}, 6},
    {"question", SX(question), {0, 0.16, 0.3, 0.5}, 4},
    {"short_words", SW(short_words), {0, 4, 6, 8.6, 10, 12}, 6},
    {"anaphora", offsetof(params, anaphora), {0, 1}, 2},
    {"cut_best", offsetof(params, cut_best), {0, 0.25, 0.5}, 3},
    {"ar_cut_best", offsetof(params, cut_best) + sizeof(double),
     {0, 0.25, 0.5}, 3},
    {"cut_fill", offsetof(params, cut_fill), {0, 0.25, 0.5, 0.75, 1}, 5},
    {"cut_min", offsetof(params, cut_min), {0.1, 0.25, 0.5}, 3},
    {"ar_cut_fill", offsetof(params, cut_fill) + sizeof(double),
     {0, 0.25, 0.5, 0.75, 1}, 5},
    {"ar_cut_min", offsetof(params, cut_min) + sizeof(double),
     {0.1, 0.25, 0.5}, 3},
};
#define NSET 12    /* pdefs[0, NSET): the parameters of a weight set */
#define POSITION 4 /* pdefs index of "position" */
#define NPDEFS (sizeof pdefs / sizeof pdefs[0])
/* Parameter k: pdefs[k] (set[0] and the rules), then for k >= NPDEFS the
 * Arabic set's, named "ar_" + pdefs[k - NPDEFS].name. */
#define NPARAMS (NPDEFS + NSET)

static const pdef *pd(size_t k) {
  return &pdefs[k < NPDEFS ? k : k - NPDEFS];
}

static double *pval(params *p, size_t k) {
  size_t off = k >= NPDEFS ? offsetof(params, set) + sizeof(wset) +
                                 pdefs[k - NPDEFS].off
               : k < NSET ? offsetof(params, set) + pdefs[k].off
                          : pdefs[k].off;
  return (double *)(void *)((char *)p + off);
}

/* Whether parameter k is one of the Arabic set's, its position weight
 * ("ar_position") aside. */
static int arabic_own(size_t k) {
  return k >= NPDEFS && strcmp(pd(k)->name, "position") != 0;
}

/* --anaphora: which forms of the anaphora rule the fit may choose. */
enum { ANAPHORA_OFF, ANAPHORA_FREE, ANAPHORA_BRING };
static int anaphora_mode = ANAPHORA_OFF;
/* --one-set: Arabic documents take the weights of the others, but for
 * the position weight (the fit before the sets were split). */
static int one_set;
/* --no-cut-fill: the cut fill of selection stays off (cut_fill 0). */
static int no_cut_fill;

/* The fixed start of every fit: the hand-tuned weights of libsummar 0.1
 * (a constant here, so that a fit never depends on what is shipped). */
static params start_params(void) {
  params p;
  memset(&p, 0, sizeof p);
  summar_default_weights *w = &p.set[0].w;
  summar_default_extra *x = &p.set[0].x;
  w->textrank = 0.43;
  w->centroid = 0.21;
  w->directed = 0.17;
  w->title = 0.05;
  w->short_words = 8.6;
  x->lead = 0.6;
  x->lead_exp = 2.33;
  x->lead_scale = 1.46;
  x->paragraph = 0.38;
  x->question = 0.16;
  p.cut_min[0] = p.cut_min[1] = 0.25;
  p.set[1] = p.set[0];
  p.set[1].w.position = 2;
  if (anaphora_mode == ANAPHORA_BRING)
    p.anaphora = 1;
  return p;
}

/* Whether parameter k is searched: the anaphora rule only with
 * --anaphora free, the Arabic set's own weights and the other set's
 * position weight not with --one-set. */
static int searched(size_t k) {
  if (arabic_own(k) || k == POSITION)
    return !one_set;
  if (!strcmp(pd(k)->name, "anaphora"))
    return anaphora_mode == ANAPHORA_FREE;
  if (one_set && !strncmp(pd(k)->name, "ar_", 3))
    return 0;
  if (strstr(pd(k)->name, "cut_fill") || strstr(pd(k)->name, "cut_min"))
    return !no_cut_fill;
  return 1;
}

/* ------------------------------------------------------------ evaluation */

/* ROUGE-1/2/L of `p` on document d. */
static int eval_doc(const summar_ctx *ctx, tdoc *d, const params *p,
                    double *scratch, double out[3]) {
  int ar = summar_default_uses_ar(d->doc);
  const wset *own = &p->set[ar && !one_set];
  summar_default_weights w = own->w;
  summar_default_extra x = own->x;
  if (ar)
    w.position = p->set[1].w.position;
  summar_default_combine(d->doc, d->comp, &w, &x, scratch);
  summar_select_params sp = *summar_select_params_for(d->doc);
  sp.anaphora = p->anaphora > 0;
  int own_rules = ar && !one_set;
  sp.cut_best = p->cut_best[own_rules];
  sp.cut_fill = p->cut_fill[own_rules];
  sp.cut_min = p->cut_min[own_rules];
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
      for (size_t g = 0; g < pd(k)->ngrid; g++) {
        double v = pd(k)->grid[g];
        if (v == keep || !searched(k))
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

/* Whether parameter k is one of the Arabic set's own (--per-lang). */
/* Whether parameter k is part of the fit (--one-set leaves out the
 * Arabic set's own weights). */
static int in_fit(size_t k) {
  return !one_set || (!arabic_own(k) && k != POSITION);
}

static void print_params(FILE *f, const params *p) {
  for (size_t k = 0; k < NPARAMS; k++)
    if (in_fit(k))
      fprintf(f, "%s%s%s=%g", k ? " " : "", k >= NPDEFS ? "ar_" : "",
              pd(k)->name,
              *pval((params *)p, k));
  fputc('\n', f);
}

static int same_params(const params *a, const params *b) {
  for (size_t k = 0; k < NPARAMS; k++)
    if (in_fit(k) && fabs(*pval((params *)a, k) - *pval((params *)b, k)) > 1e-9)
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
      tune_fill = 1;
    else if (!strcmp(argv[i], "--one-set"))
      one_set = 1;
    else if (!strcmp(argv[i], "--cut-fill"))
      no_cut_fill = 0;
    else if (!strcmp(argv[i], "--no-cut-fill"))
      no_cut_fill = 1;
    else if (!strcmp(argv[i], "--anaphora") && i + 1 < argc &&
             (!strcmp(argv[i + 1], "bring") || !strcmp(argv[i + 1], "free") ||
              !strcmp(argv[i + 1], "off")))
      anaphora_mode = !strcmp(argv[++i], "bring")  ? ANAPHORA_BRING
                      : !strcmp(argv[i], "free") ? ANAPHORA_FREE
                                                 : ANAPHORA_OFF;
    else if (argv[i][0] != '-' && !*dir)
      *dir = argv[i];
    else
      *folds = 0; /* usage */
  }
  if (!*dir || *folds < 2 || *sweeps < 1) {
    fprintf(stderr, "usage: tune [--folds K] [--sweeps N] [--fill] "
                    "[--anaphora off|free|bring] [--one-set] "
                    "[--cut-fill|--no-cut-fill] [--check] DATA_DIR\n");
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
  shipped.set[0].w = summar_default_weights_std;
  shipped.set[0].x = summar_default_extra_std;
  shipped.set[1].w = summar_default_weights_ar;
  shipped.set[1].x = summar_default_extra_ar;
  shipped.anaphora = summar_select_params_std.anaphora;
  shipped.cut_best[0] = summar_select_params_std.cut_best;
  shipped.cut_best[1] = summar_select_params_ar.cut_best;
  shipped.cut_fill[0] = summar_select_params_std.cut_fill;
  shipped.cut_min[0] = summar_select_params_std.cut_min;
  shipped.cut_fill[1] = summar_select_params_ar.cut_fill;
  shipped.cut_min[1] = summar_select_params_ar.cut_min;
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
