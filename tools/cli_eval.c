/*
 * cli_eval.c - `summar eval`: ROUGE of libsummar's algorithms over JSON
 * Lines data sets ({"id","lang","text","refs":[...]} per line).
 *
 *   summar eval [--algorithm A,B,...] [--words N] [--limit N] [--no-cut]
 *               [--paragraphs K] [--jobs N] [--per-doc] FILE.jsonl...
 *
 * The budget of each document is the mean whitespace-separated word count
 * of its references, rounded (or --words N); the summary is cut after that
 * many whitespace-separated words before scoring, as the protocol of
 * ../shared/eval/README.md says (libsummar counts words as a reader does,
 * so its output rarely reaches the cut).  Prints a Markdown
 * table of ROUGE-1/2/L F1 (x100), averaged over documents.
 * The pseudo-algorithm "lead" scores the first N words of the raw text (the
 * baseline of the evaluation tables, cut mid-sentence).
 */
#include "cli.h"

#include <summar.h>

#include <errno.h>
#include <jansson.h>
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "eval_ws.h"

typedef struct eval_doc {
  char *id, *lang, *text;
  size_t text_len;
  char **refs;
  size_t *ref_lens, nrefs;
  size_t budget;
} eval_doc;

typedef struct eval_job {
  const summar_ctx *ctx;
  eval_doc *docs;
  size_t ndocs;
  const char *algorithm;
  size_t fixed_words, paragraphs;
  int cut, per_doc;
  summar_rouge *scores; /* per doc */
  int *failed;          /* per doc */
  size_t next;
  pthread_mutex_t lock;
} eval_job;

static void free_docs(eval_doc *d, size_t n) {
  for (size_t i = 0; i < n; i++) {
    free(d[i].id);
    free(d[i].lang);
    free(d[i].text);
    for (size_t r = 0; d[i].refs && r < d[i].nrefs; r++)
      free(d[i].refs[r]);
    free(d[i].refs);
    free(d[i].ref_lens);
  }
  free(d);
}

static char *dup_str(const char *s, size_t *len) {
  size_t n = strlen(s);
  char *p = malloc(n + 1);
  if (p)
    memcpy(p, s, n + 1);
  if (len)
    *len = n;
  return p;
}

static size_t ws_words(const char *s, size_t n) {
  size_t count = 0, i = 0, skip;
  int in = 0;
  while (i < n) {
    int sp = eval_ws_at(s, n, i, &skip);
    if (!sp && !in)
      count++;
    in = !sp;
    i += skip;
  }
  return count;
}

/* Length of s[0..n) cut after its first `words` whitespace-separated
 * words (the protocol's cut). */
static size_t ws_cut(const char *s, size_t n, size_t words) {
  size_t count = 0, i = 0, skip;
  int in = 0;
  while (i < n) {
    int sp = eval_ws_at(s, n, i, &skip);
    if (sp && in && count == words)
      return i;
    if (!sp && !in)
      count++;
    in = !sp;
    i += skip;
  }
  return n;
}

/* Fills @d from the object @j of line @lineno; returns 0, or -1 when out
   of memory. */
static int fill_doc(eval_doc *d, json_t *j, size_t lineno) {
  json_t *text = json_object_get(j, "text"), *refs = json_object_get(j, "refs");
  json_t *id = json_object_get(j, "id"), *lang = json_object_get(j, "lang");
  char idbuf[32];
  memset(d, 0, sizeof *d);
  snprintf(idbuf, sizeof idbuf, "%zu", lineno);
  d->id = dup_str(json_is_string(id) ? json_string_value(id) : idbuf, NULL);
  if (json_is_string(lang)) {
    d->lang = dup_str(json_string_value(lang), NULL);
    if (!d->lang)
      return -1;
  }
  d->text = dup_str(json_string_value(text), &d->text_len);
  d->nrefs = json_array_size(refs);
  d->refs = calloc(d->nrefs, sizeof *d->refs);
  d->ref_lens = calloc(d->nrefs, sizeof *d->ref_lens);
  if (!d->id || !d->text || !d->refs || !d->ref_lens)
    return -1;
  size_t total = 0;
  for (size_t r = 0; r < d->nrefs; r++) {
    const char *s = json_string_value(json_array_get(refs, r));
    d->refs[r] = dup_str(s ? s : "", &d->ref_lens[r]);
    if (!d->refs[r])
      return -1;
    total += ws_words(d->refs[r], d->ref_lens[r]);
  }
  d->budget = (total + d->nrefs / 2) / d->nrefs;
  if (d->budget == 0)
    d->budget = 1;
  return 0;
}

/* Loads up to `limit` documents (0: all) of a JSON Lines file. */
static int load(const char *path, size_t limit, eval_doc **out, size_t *n) {
  FILE *f = fopen(path, "r");
  *out = NULL;
  *n = 0;
  if (!f) {
    summar_cli_msg("%s: %s", path, strerror(errno));
    return -1;
  }
  eval_doc *docs = NULL;
  size_t nd = 0, cap = 0, lineno = 0;
  char *line = NULL;
  ssize_t got;
  int rc = 0;
  errno = 0;
  while ((limit == 0 || nd < limit) && (got = getline(&line, &cap, f)) > 0) {
    lineno++;
    json_t *j = json_loadb(line, (size_t)got, 0, NULL);
    json_t *refs = j ? json_object_get(j, "refs") : NULL;
    if (!json_is_string(json_object_get(j, "text")) || !json_is_array(refs) ||
        json_array_size(refs) == 0) {
      summar_cli_msg("%s:%zu: not a {\"text\",\"refs\"} object", path,
                     lineno);
      json_decref(j);
      rc = -1;
      break;
    }
    eval_doc *nv = realloc(docs, (nd + 1) * sizeof *docs);
    if (nv)
      docs = nv;
    if (!nv || fill_doc(&docs[nd++], j, lineno) != 0) {
      summar_cli_msg("%s:%zu: out of memory", path, lineno);
      json_decref(j);
      rc = -1;
      break;
    }
    json_decref(j);
    errno = 0;
  }
  if (rc == 0 && (ferror(f) || errno == ENOMEM)) {
    summar_cli_msg("%s: read error after line %zu: %s", path, lineno,
                   strerror(errno ? errno : EIO));
    rc = -1;
  }
  free(line);
  fclose(f);
  *out = docs;
  *n = nd;
  return rc;
}

/* The "lead" baseline of the table: the first `budget` words of
 * the raw text, cut mid-sentence (not a libsummar algorithm). */
static int is_lead(const char *alg) { return strcmp(alg, "lead") == 0; }

static void eval_lead(eval_job *job, size_t i, size_t budget) {
  eval_doc *d = &job->docs[i];
  job->scores[i].size = sizeof job->scores[i];
  summar_status st = summar_rouge_score(
      d->lang, d->text, ws_cut(d->text, d->text_len, budget),
      (const char *const *)d->refs, d->ref_lens, d->nrefs, 0,
      &job->scores[i]);
  job->failed[i] = st != SUMMAR_OK;
}

static void eval_one(eval_job *job, size_t i) {
  eval_doc *d = &job->docs[i];
  size_t budget = job->fixed_words ? job->fixed_words : d->budget;
  if (is_lead(job->algorithm)) {
    eval_lead(job, i, budget);
    return;
  }
  cli_req r;
  memset(&r, 0, sizeof r);
  r.words = budget;
  r.paragraphs = job->paragraphs;
  r.algorithm = job->algorithm;
  r.lang = d->lang;
  r.replace_invalid = 1;
  r.format = SUMMAR_FORMAT_TEXT;
  cli_summary cs;
  cli_err err;
  summar_status st = SUMMAR_ERR_ARG;
  if (summar_cli_summarize(job->ctx, d->text, d->text_len, &r, &cs, &err) ==
      CLI_OK) {
    size_t len;
    const char *t = summar_summary_text(cs.sum, &len);
    job->scores[i].size = sizeof job->scores[i];
    if (job->cut)
      len = ws_cut(t, len, budget);
    st = summar_rouge_score(summar_doc_language(cs.doc), t, len,
                            (const char *const *)d->refs, d->ref_lens,
                            d->nrefs, 0, &job->scores[i]);
  }
  job->failed[i] = st != SUMMAR_OK;
  summar_cli_summary_free(&cs);
}

static void *worker(void *arg) {
  eval_job *job = arg;
  for (;;) {
    pthread_mutex_lock(&job->lock);
    size_t i = job->next++;
    pthread_mutex_unlock(&job->lock);
    if (i >= job->ndocs)
      return NULL;
    eval_one(job, i);
  }
}

static const char *base_name(const char *p) {
  const char *s = strrchr(p, '/');
  return s ? s + 1 : p;
}

enum {
  EOPT_ALGORITHM = 1,
  EOPT_WORDS,
  EOPT_LIMIT,
  EOPT_JOBS,
  EOPT_PARAGRAPHS,
  EOPT_NO_CUT,
  EOPT_PER_DOC,
  EOPT_HELP
};

static const cli_opt eval_opts[] = {
    {"algorithm", 'a', 1, EOPT_ALGORITHM},
    {"words", 'w', 1, EOPT_WORDS},
    {"limit", 0, 1, EOPT_LIMIT},
    {"jobs", 'j', 1, EOPT_JOBS},
    {"paragraphs", 'p', 1, EOPT_PARAGRAPHS},
    {"no-cut", 0, 0, EOPT_NO_CUT},
    {"per-doc", 0, 0, EOPT_PER_DOC},
    {"help", 'h', 0, EOPT_HELP},
    {NULL, 0, 0, 0},
};

/* Options of `summar eval`. */
typedef struct eval_opts_t {
  const char *algorithms;
  size_t words, limit, jobs, paragraphs;
  int cut, per_doc;
  char **files;
  int nfiles;
} eval_opts_t;

static void eval_help(void) {
  fputs("usage: summar eval [--algorithm A,B,...] [--words N] [--limit N]\n"
        "                   [--paragraphs K] [--no-cut] [--jobs N] "
        "[--per-doc] FILE.jsonl...\n"
        "ROUGE-1/2/L F1 of each algorithm over JSON Lines documents\n"
        "{\"id\",\"lang\",\"text\",\"refs\":[...]}; the budget is the mean "
        "reference length\nunless --words is given; 'lead' is the lead "
        "baseline.\n",
        stdout);
}

/* Parses the options; returns -1 to go on, or an exit code. */
static int parse_eval(int argc, char **argv, eval_opts_t *e) {
  cli_parser p = {argc, argv, 1, 0, eval_opts};
  const char *v;
  int id;
  memset(e, 0, sizeof *e);
  e->algorithms = "default";
  e->paragraphs = 1;
  e->cut = 1;
  e->files = argv; /* operands are gathered in place, argv[0] unused */
  while ((id = summar_cli_next(&p, &v)) != -1) {
    int rc = CLI_OK;
    switch (id) {
    case 0: e->files[e->nfiles++] = (char *)v; break;
    case EOPT_ALGORITHM: e->algorithms = v; break;
    case EOPT_WORDS:
      rc = summar_cli_size("--words", v, 1, 100000000, 0, &e->words);
      break;
    case EOPT_LIMIT:
      rc = summar_cli_size("--limit", v, 1, SIZE_MAX, 0, &e->limit);
      break;
    case EOPT_JOBS:
      rc = summar_cli_size("--jobs", v, 1, 1024, 0, &e->jobs);
      break;
    case EOPT_PARAGRAPHS:
      rc = summar_cli_size("--paragraphs", v, 1, 10000, 0, &e->paragraphs);
      break;
    case EOPT_NO_CUT: e->cut = 0; break;
    case EOPT_PER_DOC: e->per_doc = 1; break;
    case EOPT_HELP: eval_help(); return summar_cli_flush();
    default: rc = CLI_USAGE; break;
    }
    if (rc != CLI_OK)
      return summar_cli_hint("eval");
  }
  if (!e->nfiles)
    return summar_cli_usage_error("eval", "eval: give at least one "
                                          "FILE.jsonl");
  if (!e->jobs) {
    long n = sysconf(_SC_NPROCESSORS_ONLN);
    e->jobs = n > 0 ? (size_t)n : 1;
  }
  return -1;
}

/* Whether @alg can be evaluated ("lead" or a library algorithm). */
static int known_algorithm(const char *alg) {
  return is_lead(alg) || summar_cli_algorithm_known(alg);
}

/* Runs the job on up to `jobs` threads (the caller's thread when none
   can be started).  Returns 0, or -1 when out of memory. */
static int run_job(eval_job *job, size_t jobs) {
  size_t nt = jobs < job->ndocs ? jobs : job->ndocs, started = 0;
  pthread_t *th = nt > 1 ? calloc(nt, sizeof *th) : NULL;
  if (pthread_mutex_init(&job->lock, NULL) != 0)
    return -1;
  while (th && started < nt &&
         pthread_create(&th[started], NULL, worker, job) == 0)
    started++;
  if (!started)
    worker(job);
  for (size_t t = 0; t < started; t++)
    pthread_join(th[t], NULL);
  free(th);
  pthread_mutex_destroy(&job->lock);
  return 0;
}

/* Prints the row of one algorithm over one file; returns 0 when every
   document was scored. */
static int print_row(const eval_job *job, const char *path) {
  double r1 = 0, r2 = 0, rl = 0;
  size_t ok = 0, nd = job->ndocs;
  for (size_t k = 0; k < nd; k++) {
    const eval_doc *d = &job->docs[k];
    const summar_rouge *sc = &job->scores[k];
    if (job->failed[k]) {
      summar_cli_msg("%s: document %s could not be scored", path, d->id);
      continue;
    }
    ok++;
    r1 += sc->rouge1.f1;
    r2 += sc->rouge2.f1;
    rl += sc->rougel.f1;
    if (job->per_doc)
      fprintf(stderr, "%s\t%s\t%.4f\t%.4f\t%.4f\n", d->id, job->algorithm,
              sc->rouge1.f1, sc->rouge2.f1, sc->rougel.f1);
  }
  /* Failed documents count as 0, so a failure cannot raise a score. */
  double n = (double)nd;
  printf("| %s | %s | %zu | %.2f | %.2f | %.2f |\n", base_name(path),
         job->algorithm, ok, 100 * r1 / n, 100 * r2 / n, 100 * rl / n);
  fflush(stdout);
  return ok < nd ? -1 : 0;
}

/* Evaluates algorithm @alg over the documents of @path; returns the exit
   code. */
static int eval_algorithm(const eval_opts_t *e, const summar_ctx *ctx,
                          eval_doc *docs, size_t nd, const char *path,
                          const char *alg) {
  eval_job job;
  memset(&job, 0, sizeof job);
  job.ctx = ctx;
  job.docs = docs;
  job.ndocs = nd;
  job.algorithm = alg;
  job.fixed_words = e->words;
  job.paragraphs = e->paragraphs;
  job.cut = e->cut;
  job.per_doc = e->per_doc;
  job.scores = calloc(nd, sizeof *job.scores);
  job.failed = calloc(nd, sizeof *job.failed);
  int rc = CLI_OK;
  if (!job.scores || !job.failed || run_job(&job, e->jobs) != 0) {
    summar_cli_msg("out of memory");
    rc = CLI_FAIL;
  } else if (print_row(&job, path) != 0) {
    rc = CLI_FAIL;
  }
  free(job.scores);
  free(job.failed);
  return rc;
}

/* Evaluates every algorithm over one file; returns the exit code. */
static int eval_file(const eval_opts_t *e, const summar_ctx *ctx,
                     const char *path) {
  eval_doc *docs = NULL;
  size_t nd = 0;
  if (load(path, e->limit, &docs, &nd) != 0 || nd == 0) {
    free_docs(docs, nd);
    return CLI_FAIL;
  }
  int rc = CLI_OK;
  char *list = dup_str(e->algorithms, NULL), *save = NULL;
  if (!list) {
    summar_cli_msg("out of memory");
    rc = CLI_FAIL;
  }
  for (char *alg = list ? strtok_r(list, ",", &save) : NULL; alg;
       alg = strtok_r(NULL, ",", &save)) {
    int one = known_algorithm(alg)
                  ? eval_algorithm(e, ctx, docs, nd, path, alg)
                  : (summar_cli_bad_algorithm(alg), CLI_USAGE);
    if (one > rc)
      rc = one;
  }
  free(list);
  free_docs(docs, nd);
  return rc;
}

int summar_cli_eval(int argc, char **argv) {
  eval_opts_t e;
  int rc = parse_eval(argc, argv, &e);
  if (rc >= 0)
    return rc;
  summar_ctx *ctx;
  if (summar_ctx_new(NULL, &ctx) != SUMMAR_OK) {
    summar_cli_msg("out of memory");
    return CLI_FAIL;
  }
  rc = CLI_OK;
  printf("| data | algorithm | docs | ROUGE-1 F1 | ROUGE-2 F1 | ROUGE-L F1 |\n");
  printf("|---|---|---|---|---|---|\n");
  for (int i = 0; i < e.nfiles; i++) {
    int one = eval_file(&e, ctx, e.files[i]);
    if (one > rc)
      rc = one;
  }
  summar_ctx_free(ctx);
  int frc = summar_cli_flush();
  return rc != CLI_OK ? rc : frc;
}
