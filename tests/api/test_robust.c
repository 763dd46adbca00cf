/* Robustness: allocation failures at every point, threads sharing a doc
 * and a context against a serial reference, large and hostile inputs. */
#include <summar.h>
#include "../common/counting.h"
#include "../common/summarize.h"
#include "../common/tap.h"

#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

static const char *const article =
    "Floods close the river road\n\n"
    "Heavy rain flooded the river road on Tuesday, and the city closed it "
    "to traffic. The river rose two metres overnight, the weather office "
    "said. Shops along the road moved their goods to upper floors. The "
    "mayor said the road would reopen once engineers had checked the "
    "bridge. Buses will take the northern route until then.\n\n"
    "Residents said the floods were the worst in ten years. The city "
    "opened two schools as shelters. Volunteers handed out blankets and "
    "hot meals. Share this article\n";

/* The summary every run asks for. */
static const test_opts opts = {.words = 45, .paragraphs = 2, .keywords = 3,
                               .format = SUMMAR_FORMAT_JSON};

static summar_status run_once(const summar_allocator *a, char **out) {
  summar_ctx *ctx = NULL;
  summar_status st = summar_ctx_new(a, &ctx);
  if (st == SUMMAR_OK)
    st = test_summarize_text(ctx, article, strlen(article), NULL, &opts, out);
  summar_ctx_free(ctx);
  return st;
}

typedef struct job {
  const summar_doc *doc;
  const char *expect;
  int ok;
} job;

static void *worker(void *arg) {
  job *j = arg;
  j->ok = 1;
  for (int k = 0; k < 20; k++) {
    char *got = NULL;
    if (test_summarize(j->doc, &opts, &got) != SUMMAR_OK ||
        strcmp(got, j->expect) != 0)
      j->ok = 0;
    free(got);
  }
  return NULL;
}

/* Every allocation point fails cleanly, without leaks; the run that
 * succeeds gives the reference summary (returned, malloc'd). */
static char *check_allocation_failures(void) {
  char *reference = NULL;
  CHECK(run_once(NULL, &reference) == SUMMAR_OK && reference,
        "reference run");
  int clean = 1;
  long n;
  for (n = 0; n < 100000; n++) {
    counting c = {0, 0, n + 1}; /* n allocations succeed */
    summar_allocator a = {c_realloc, c_free, &c};
    char *got = NULL;
    summar_status st = run_once(&a, &got);
    if (c.live != 0)
      clean = 0;
    if (st == SUMMAR_OK) {
      clean &= got && strcmp(got, reference) == 0;
      free(got);
      break;
    }
    if (st != SUMMAR_ERR_NOMEM)
      clean = 0;
    free(got);
  }
  CHECK(clean && n > 10, "every failed allocation gives NOMEM and no leak");
  return reference;
}

int main(void) {
  char *reference = check_allocation_failures();

  /* Threads share one document and get the serial answer. */
  summar_ctx *ctx;
  summar_doc *doc;
  summar_ctx_new(NULL, &ctx);
  summar_doc_new(ctx, article, strlen(article), NULL, 0, &doc);
  char *serial = NULL;
  test_summarize(doc, &opts, &serial);
  pthread_t th[4];
  job jobs[4];
  for (int i = 0; i < 4; i++) {
    jobs[i].doc = doc;
    jobs[i].expect = serial;
    pthread_create(&th[i], NULL, worker, &jobs[i]);
  }
  int all = 1;
  for (int i = 0; i < 4; i++) {
    pthread_join(th[i], NULL);
    all &= jobs[i].ok;
  }
  CHECK(all, "4 threads x 20 summaries equal the serial one");
  summar_doc_free(doc);
  free(serial);

  /* A large input: 2 MiB of repeated paragraphs, some with junk. */
  size_t big = 2u << 20, len = 0, al = strlen(article);
  char *text = malloc(big + al);
  while (len + al < big) {
    memcpy(text + len, article, al);
    len += al;
  }
  summar_status st = summar_doc_new(ctx, text, len, NULL, 0, &doc);
  CHECK(st == SUMMAR_OK, "2 MiB input analysed");
  if (st == SUMMAR_OK) {
    summar_summary *sum = NULL;
    test_opts big_opts = {.words = 200, .paragraphs = 4};
    st = test_summary(doc, &big_opts, &sum);
    CHECK(st == SUMMAR_OK && summar_summary_word_count(sum) <= 200 &&
              summar_summary_paragraph_count(sum) <= 4,
          "2 MiB input summarized within budget");
    summar_summary_free(sum);
    summar_doc_free(doc);
  }

  /* Hostile shapes: one endless line, only digits, control characters. */
  memset(text, 'a', len);
  CHECK(summar_doc_new(ctx, text, len, NULL, 0, &doc) == SUMMAR_OK,
        "2 MiB single word");
  summar_doc_free(doc);
  for (size_t i = 0; i < len; i++)
    text[i] = (char)("0123456789 .\n"[i % 13]);
  CHECK(summar_doc_new(ctx, text, len, NULL, 0, &doc) == SUMMAR_OK,
        "2 MiB of numbers and dots");
  summar_doc_free(doc);
  for (size_t i = 0; i < 4096; i++)
    text[i] = (char)(1 + i % 31);
  st = summar_doc_new(ctx, text, 4096, NULL, 0, &doc);
  CHECK(st == SUMMAR_ERR_EMPTY && !doc,
        "control characters only: no text, SUMMAR_ERR_EMPTY");
  summar_doc_free(doc);
  free(text);
  free(reference);
  summar_ctx_free(ctx);
  return tap_done();
}
