/*
 * test_threads.c - the thread contract under load, small enough for
 * ThreadSanitizer: threads share one context and one document, each
 * summarizes it with its own requests in every format and algorithm, and
 * builds documents of its own from the shared context; every result
 * equals the serial one.  The threads read the shared document's tokens
 * first, all at once (an English document makes its stems on that first
 * read).
 */
#include <summar.h>

#include "../common/summarize.h"
#include "../common/tap.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#define THREADS 4
#define NFORMATS 4
#define NALGS 6

static const char article[] =
    "The river rose overnight after three days of heavy rain in the hills. "
    "Farmers moved their animals to higher ground before dawn. The town "
    "opened its school as a shelter for families from the valley. By noon "
    "the water had reached the old bridge, which engineers closed to "
    "traffic. Volunteers filled sandbags along the main street through the "
    "afternoon. The weather service expects the river to fall again by "
    "Friday if the rain stops.";

typedef struct job {
  const summar_ctx *ctx;
  const summar_doc *doc;
  char *const (*expect)[NALGS];
  char *const *stems; /* each token's stem, from another doc of the text */
  size_t ntoks;
  int ok;
} job;

/* The summary of doc in format f with algorithm a, or NULL. */
static char *summarize(const summar_doc *doc, int f, int a) {
  test_opts o = {.words = 40, .paragraphs = 2, .keywords = 3,
                .format = (summar_format)f,
                .algorithm = summar_algorithm_name((size_t)a)};
  char *out = NULL;
  test_summarize(doc, &o, &out);
  return out;
}

static void *worker(void *arg) {
  job *j = arg;
  j->ok = summar_doc_token_count(j->doc) == j->ntoks;
  for (size_t i = 0; j->ok && i < j->ntoks; i++) {
    summar_token tk = {.size = sizeof tk};
    j->ok = summar_doc_token(j->doc, i, &tk) == SUMMAR_OK &&
            strcmp(tk.stem, j->stems[i]) == 0;
  }
  for (int round = 0; round < 2; round++)
    for (int f = 0; f < NFORMATS; f++)
      for (int a = 0; a < NALGS; a++) {
        /* the shared document, and one of the thread's own */
        summar_doc *own = NULL;
        const summar_doc *doc = j->doc;
        if ((f + a + round) % 2) {
          if (summar_doc_new(j->ctx, article, strlen(article), NULL, 0,
                             &own) != SUMMAR_OK) {
            j->ok = 0;
            continue;
          }
          doc = own;
        }
        char *got = summarize(doc, f, a);
        if (!got || strcmp(got, j->expect[f][a]) != 0)
          j->ok = 0;
        free(got);
        summar_doc_free(own);
      }
  return NULL;
}

int main(void) {
  summar_ctx *ctx = NULL;
  summar_doc *doc = NULL;
  CHECK(summar_ctx_new(NULL, &ctx) == SUMMAR_OK &&
            summar_doc_new(ctx, article, strlen(article), NULL, 0, &doc) ==
                SUMMAR_OK,
        "shared context and document");
  char *expect[NFORMATS][NALGS];
  int all = 1;
  for (int f = 0; f < NFORMATS; f++)
    for (int a = 0; a < NALGS; a++)
      all &= (expect[f][a] = summarize(doc, f, a)) != NULL;
  CHECK(all, "serial summaries in every format and algorithm");
  /* The stems as a doc of the same text reports them. */
  summar_doc *ref = NULL;
  size_t ntoks = 0;
  char **stems = NULL;
  if (summar_doc_new(ctx, article, strlen(article), NULL, 0, &ref) ==
      SUMMAR_OK) {
    ntoks = summar_doc_token_count(ref);
    stems = calloc(ntoks, sizeof *stems);
    for (size_t i = 0; stems && i < ntoks; i++) {
      summar_token tk = {.size = sizeof tk};
      if (summar_doc_token(ref, i, &tk) == SUMMAR_OK)
        stems[i] = strdup(tk.stem);
      all &= stems[i] != NULL;
    }
  }
  CHECK(stems && ntoks > 20 && all, "reference stems");
  pthread_t th[THREADS];
  job jobs[THREADS];
  int started = 0;
  for (int i = 0; i < THREADS; i++) {
    jobs[i].ctx = ctx;
    jobs[i].doc = doc;
    jobs[i].expect = (char *const (*)[NALGS])expect;
    jobs[i].stems = stems;
    jobs[i].ntoks = ntoks;
    jobs[i].ok = 0;
    started += pthread_create(&th[i], NULL, worker, &jobs[i]) == 0;
  }
  CHECK(started == THREADS, "threads started");
  int same = 1;
  for (int i = 0; i < started; i++) {
    pthread_join(th[i], NULL);
    same &= jobs[i].ok;
  }
  CHECK(same, "every thread's summaries and token stems equal the serial "
              "ones");
  for (size_t i = 0; stems && i < ntoks; i++)
    free(stems[i]);
  free(stems);
  summar_doc_free(ref);
  for (int f = 0; f < NFORMATS; f++)
    for (int a = 0; a < NALGS; a++)
      free(expect[f][a]);
  summar_doc_free(doc);
  summar_ctx_free(ctx);
  return tap_done();
}
