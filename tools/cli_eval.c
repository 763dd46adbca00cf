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

#include <jansson.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

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
    for (size_t r = 0; r < d[i].nrefs; r++)
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

/* Whitespace-separated words of s[0..n), as the evaluation protocol
 * counts them (ASCII and the common Unicode spaces). */
static int ws_at(const char *s, size_t n, size_t i, size_t *skip) {
  unsigned char c = (unsigned char)s[i];
  *skip = 1;
  if (c == ' ' || (c >= 0x09 && c <= 0x0d))
    return 1;
  if (c == 0xc2 && i + 1 < n && (unsigned char)s[i + 1] == 0xa0) {
    *skip = 2; /* U+00A0 */
    return 1;
  }
  if (c == 0xe2 && i + 2 < n && (unsigned char)s[i + 1] == 0x80 &&
      ((unsigned char)s[i + 2] <= 0x8a || (unsigned char)s[i + 2] == 0xa8 ||
       (unsigned char)s[i + 2] == 0xa9 || (unsigned char)s[i + 2] == 0xaf)) {
    *skip = 3; /* U+2000..200A, 2028, 2029, 202F */
    return 1;
  }
  return 0;
}

static size_t ws_words(const char *s, size_t n) {
  size_t count = 0, i = 0, skip;
  int in = 0;
  while (i < n) {
    int sp = ws_at(s, n, i, &skip);
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
    int sp = ws_at(s, n, i, &skip);
    if (sp && in && count == words)
      return i;
    if (!sp && !in)
      count++;
    in = !sp;
    i += skip;
  }
  return n;
}

/* Loads up to `limit` documents (0: all) of a JSON Lines file. */
static int load(const char *path, size_t limit, eval_doc **out, size_t *n) {
  FILE *f = fopen(path, "r");
  if (!f) {
    fprintf(stderr, "summar: %s: cannot open\n", path);
    return -1;
  }
  eval_doc *docs = NULL;
  size_t nd = 0;
  char *line = NULL;
  size_t cap = 0;
  ssize_t got;
  int rc = 0;
  size_t lineno = 0;
  while ((limit == 0 || nd < limit) && (got = getline(&line, &cap, f)) > 0) {
    lineno++;
    json_error_t err;
    json_t *j = json_loadb(line, (size_t)got, 0, &err);
    json_t *text = j ? json_object_get(j, "text") : NULL;
    json_t *refs = j ? json_object_get(j, "refs") : NULL;
    if (!json_is_string(text) || !json_is_array(refs) ||
        json_array_size(refs) == 0) {
      fprintf(stderr, "summar: %s:%zu: not a {\"text\",\"refs\"} object\n",
              path, lineno);
      json_decref(j);
      rc = -1;
      break;
    }
    eval_doc *nv = realloc(docs, (nd + 1) * sizeof *docs);
    if (!nv) {
      json_decref(j);
      rc = -1;
      break;
    }
    docs = nv;
    eval_doc *d = &docs[nd++];
    memset(d, 0, sizeof *d);
    json_t *id = json_object_get(j, "id"), *lang = json_object_get(j, "lang");
    char idbuf[32];
    snprintf(idbuf, sizeof idbuf, "%zu", lineno);
    d->id = dup_str(json_is_string(id) ? json_string_value(id) : idbuf, NULL);
    d->lang = json_is_string(lang) ? dup_str(json_string_value(lang), NULL)
                                   : NULL;
    d->text = dup_str(json_string_value(text), &d->text_len);
    d->nrefs = json_array_size(refs);
    d->refs = calloc(d->nrefs, sizeof *d->refs);
    d->ref_lens = calloc(d->nrefs, sizeof *d->ref_lens);
    size_t total = 0;
    for (size_t r = 0; d->refs && d->ref_lens && r < d->nrefs; r++) {
      const char *s = json_string_value(json_array_get(refs, r));
      d->refs[r] = dup_str(s ? s : "", &d->ref_lens[r]);
      total += ws_words(d->refs[r], d->ref_lens[r]);
    }
    d->budget = (total + d->nrefs / 2) / d->nrefs;
    if (d->budget == 0)
      d->budget = 1;
    json_decref(j);
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
  summar_doc *doc = NULL;
  summar_request *req = NULL;
  summar_summary *sum = NULL;
  summar_status st = summar_doc_new(job->ctx, d->text, d->text_len, d->lang,
                                    SUMMAR_DOC_REPLACE_INVALID, &doc);
  if (st == SUMMAR_OK)
    st = summar_request_new(&req);
  if (st == SUMMAR_OK)
    st = summar_request_set_words(req, budget);
  if (st == SUMMAR_OK)
    st = summar_request_set_paragraphs(req, job->paragraphs);
  if (st == SUMMAR_OK)
    st = summar_request_set_algorithm(req, job->algorithm);
  if (st == SUMMAR_OK)
    st = summar_summarize(doc, req, &sum);
  if (st == SUMMAR_OK) {
    size_t len;
    const char *t = summar_summary_text(sum, &len);
    job->scores[i].size = sizeof job->scores[i];
    if (job->cut)
      len = ws_cut(t, len, budget);
    st = summar_rouge_score(summar_doc_language(doc), t, len,
                            (const char *const *)d->refs, d->ref_lens,
                            d->nrefs, 0, &job->scores[i]);
  }
  job->failed[i] = st != SUMMAR_OK;
  summar_summary_free(sum);
  summar_request_free(req);
  summar_doc_free(doc);
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

/* Prints the usage to stdout for --help (exit 0), to stderr otherwise. */
static int eval_usage_to(FILE *f, int status) {
  fprintf(f,
          "usage: summar eval [--algorithm A,B,...] [--words N] [--limit N]\n"
          "                   [--paragraphs K] [--no-cut] [--jobs N] "
          "[--per-doc] FILE.jsonl...\n"
          "ROUGE-1/2/L F1 of each algorithm over JSON Lines documents\n"
          "{\"id\",\"lang\",\"text\",\"refs\":[...]}; the budget is the mean "
          "reference length\nunless --words is given; 'lead' is the lead "
          "baseline.\n");
  return status;
}

static int eval_usage(void) { return eval_usage_to(stderr, 2); }

static int parse_size(const char *s, size_t *out) {
  char *end;
  if (!s || !*s || *s == '-')
    return -1;
  unsigned long long v = strtoull(s, &end, 10);
  if (*end || v == 0)
    return -1;
  *out = (size_t)v;
  return 0;
}

int summar_cli_eval(int argc, char **argv) {
  const char *algorithms = "default";
  size_t words = 0, limit = 0, jobs = 0, paragraphs = 1;
  int cut = 1, per_doc = 0, i;
  for (i = 1; i < argc && argv[i][0] == '-' && argv[i][1]; i++) {
    const char *a = argv[i];
    if (!strcmp(a, "--algorithm") && i + 1 < argc)
      algorithms = argv[++i];
    else if (!strcmp(a, "--words") && i + 1 < argc) {
      if (parse_size(argv[++i], &words))
        return eval_usage();
    } else if (!strcmp(a, "--limit") && i + 1 < argc) {
      if (parse_size(argv[++i], &limit))
        return eval_usage();
    } else if (!strcmp(a, "--jobs") && i + 1 < argc) {
      if (parse_size(argv[++i], &jobs))
        return eval_usage();
    } else if (!strcmp(a, "--paragraphs") && i + 1 < argc) {
      if (parse_size(argv[++i], &paragraphs))
        return eval_usage();
    } else if (!strcmp(a, "--help") || !strcmp(a, "-h")) {
      return eval_usage_to(stdout, 0);
    } else if (!strcmp(a, "--no-cut"))
      cut = 0;
    else if (!strcmp(a, "--per-doc"))
      per_doc = 1;
    else
      return eval_usage();
  }
  if (i >= argc)
    return eval_usage();
  if (!jobs) {
    long n = sysconf(_SC_NPROCESSORS_ONLN);
    jobs = n > 0 ? (size_t)n : 1;
  }
  summar_ctx *ctx;
  if (summar_ctx_new(NULL, &ctx) != SUMMAR_OK)
    return 1;
  int rc = 0;
  printf("| data | algorithm | docs | ROUGE-1 F1 | ROUGE-2 F1 | ROUGE-L F1 |\n");
  printf("|---|---|---|---|---|---|\n");
  for (; i < argc; i++) {
    eval_doc *docs = NULL;
    size_t nd = 0;
    if (load(argv[i], limit, &docs, &nd) != 0 || nd == 0) {
      free_docs(docs, nd);
      rc = 1;
      continue;
    }
    char *list = dup_str(algorithms, NULL), *save = NULL;
    for (char *alg = strtok_r(list, ",", &save); alg;
         alg = strtok_r(NULL, ",", &save)) {
      summar_request *probe;
      summar_request_new(&probe);
      summar_status ast =
          is_lead(alg) ? SUMMAR_OK : summar_request_set_algorithm(probe, alg);
      summar_request_free(probe);
      if (ast != SUMMAR_OK) {
        fprintf(stderr, "summar: unknown algorithm '%s'\n", alg);
        rc = 2;
        continue;
      }
      eval_job job;
      memset(&job, 0, sizeof job);
      job.ctx = ctx;
      job.docs = docs;
      job.ndocs = nd;
      job.algorithm = alg;
      job.fixed_words = words;
      job.paragraphs = paragraphs;
      job.cut = cut;
      job.scores = calloc(nd, sizeof *job.scores);
      job.failed = calloc(nd, sizeof *job.failed);
      pthread_mutex_init(&job.lock, NULL);
      size_t nt = jobs < nd ? jobs : nd;
      pthread_t *th = calloc(nt, sizeof *th);
      if (!job.scores || !job.failed || !th) {
        rc = 1;
      } else {
        for (size_t t = 0; t < nt; t++)
          pthread_create(&th[t], NULL, worker, &job);
        for (size_t t = 0; t < nt; t++)
          pthread_join(th[t], NULL);
        double r1 = 0, r2 = 0, rl = 0;
        size_t ok = 0;
        for (size_t k = 0; k < nd; k++) {
          if (job.failed[k]) {
            fprintf(stderr, "summar: %s: document %s could not be scored\n",
                    argv[i], docs[k].id);
            continue;
          }
          ok++;
          r1 += job.scores[k].rouge1.f1;
          r2 += job.scores[k].rouge2.f1;
          rl += job.scores[k].rougel.f1;
          if (per_doc)
            fprintf(stderr, "%s\t%s\t%.4f\t%.4f\t%.4f\n", docs[k].id, alg,
                    job.scores[k].rouge1.f1, job.scores[k].rouge2.f1,
                    job.scores[k].rougel.f1);
        }
        /* Failed documents count as 0, so a failure cannot raise a score. */
        double n = (double)nd;
        printf("| %s | %s | %zu | %.2f | %.2f | %.2f |\n", base_name(argv[i]),
               alg, ok, 100 * r1 / n, 100 * r2 / n, 100 * rl / n);
        fflush(stdout);
        if (ok < nd)
          rc = 1;
      }
      pthread_mutex_destroy(&job.lock);
      free(th);
      free(job.scores);
      free(job.failed);
    }
    free(list);
    free_docs(docs, nd);
  }
  summar_ctx_free(ctx);
  return rc;
}
