/* summar_summarize_batch(): results in input order, an error per item,
 * the same summaries for every number of threads, argument checks.  The
 * ThreadSanitizer build (-Db_sanitize=thread) runs it for races. */
#include <summar.h>

#include "../common/tap.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define N 40

static const char *const subjects[] = {
    "The city council", "A local bakery", "The river museum",
    "Volunteers from the harbour", "The football club", "A new library",
    "Engineers at the factory", "The village school"};
static const char *const verbs[] = {"opened", "repaired", "funded",
                                    "planned", "praised", "delayed"};
static const char *const objects[] = {
    "a bridge over the river", "the old railway tunnel",
    "a garden for the students", "a festival in the park",
    "the market square", "a shelter for the storm season"};

/* Document k: a distinct article of 6 + k % 9 sentences. */
static char *article(size_t k) {
  size_t cap = 4096, len = 0;
  char *s = malloc(cap);
  if (!s)
    return NULL;
  size_t n = 6 + k % 9;
  for (size_t i = 0; i < n; i++) {
    int w = snprintf(s + len, cap - len,
                     "%s %s %s on day %zu of year %zu. ",
                     subjects[(k + i) % 8], verbs[(k * 3 + i) % 6],
                     objects[(k + 2 * i) % 6], i + 1, 2000 + k);
    if (w < 0 || (size_t)w >= cap - len) {
      free(s);
      return NULL;
    }
    len += (size_t)w;
  }
  return s;
}

static int same_summary(const summar_summary *a, const summar_summary *b) {
  size_t na = 0, nb = 0;
  const char *ta = summar_summary_text(a, &na);
  const char *tb = summar_summary_text(b, &nb);
  return a && b && na == nb && memcmp(ta, tb, na) == 0 &&
         summar_summary_word_count(a) == summar_summary_word_count(b);
}

static void fill(summar_batch_item *it, char **texts, size_t n) {
  for (size_t i = 0; i < n; i++) {
    memset(&it[i], 0, sizeof it[i]);
    it[i].size = sizeof it[i];
    it[i].text = texts[i];
    it[i].len = strlen(texts[i]);
  }
}

static void release(summar_batch_item *it, size_t n) {
  for (size_t i = 0; i < n; i++) {
    summar_summary_free(it[i].summary);
    it[i].summary = NULL;
  }
}

/* The reference: each item summarized alone, as the batch would. */
static void reference(summar_ctx *ctx, summar_request *req, char **texts,
                      summar_batch_item *serial) {
  fill(serial, texts, N);
  for (size_t i = 0; i < N; i++) {
    summar_doc *doc = NULL;
    serial[i].status = summar_doc_new(ctx, serial[i].text, serial[i].len,
                                      NULL, 0, &doc);
    if (serial[i].status == SUMMAR_OK)
      serial[i].status = summar_summarize(doc, req, &serial[i].summary);
    summar_doc_free(doc);
  }
}

/* Arguments the batch call refuses or reads as defaults; @one is a free
 * array of N items. */
static void check_arguments(summar_ctx *ctx, summar_request *req,
                            char **texts, summar_batch_item *one) {
  fill(one, texts, N);
  CHECK(summar_summarize_batch(NULL, req, 0, one, N, 2) == SUMMAR_ERR_ARG,
        "no context: ERR_ARG");
  CHECK(summar_summarize_batch(ctx, req, 0, NULL, 3, 2) == SUMMAR_ERR_ARG,
        "no items: ERR_ARG");
  CHECK(summar_summarize_batch(ctx, req, 0, NULL, 0, 2) == SUMMAR_OK,
        "an empty batch");
  one[7].size = sizeof(size_t);
  CHECK(summar_summarize_batch(ctx, req, 0, one, N, 2) == SUMMAR_ERR_ARG &&
            one[0].summary == NULL,
        "an item's size too small: ERR_ARG, nothing attempted");
  fill(one, texts, 5);
  CHECK(summar_summarize_batch(ctx, NULL, 0, one, 4, 2) == SUMMAR_OK &&
            one[0].status == SUMMAR_OK && one[0].summary != NULL &&
            one[3].status == SUMMAR_ERR_EMPTY,
        "request NULL: the defaults");
  CHECK(summar_summarize_batch(ctx, req, 1u << 30, one + 4, 1, 1) ==
                SUMMAR_OK &&
            one[4].status == SUMMAR_ERR_ARG && !one[4].summary,
        "an unknown document flag fails the item");
  release(one, 5);
}

int main(void) {
  summar_ctx *ctx = NULL;
  summar_request *req = NULL;
  if (summar_ctx_new(NULL, &ctx) != SUMMAR_OK ||
      summar_request_new(&req) != SUMMAR_OK ||
      summar_request_set_words(req, 25) != SUMMAR_OK) {
    CHECK(0, "context and request");
    return tap_done();
  }
  char *texts[N];
  int made = 1;
  for (size_t i = 0; i < N; i++)
    made = (texts[i] = article(i)) != NULL && made;
  CHECK(made, "inputs built");
  if (!made)
    return tap_done();
  /* failing items among good ones */
  texts[3][0] = '\0';                 /* empty: ERR_EMPTY */
  texts[17][5] = (char)0xff;          /* invalid UTF-8: ERR_UTF8 */
  static summar_batch_item serial[N], runs[4][N];
  summar_batch_item *one = runs[0], *two = runs[1], *all = runs[2];

  reference(ctx, req, texts, serial);
  CHECK(serial[3].status == SUMMAR_ERR_EMPTY &&
            serial[17].status == SUMMAR_ERR_UTF8 &&
            serial[0].status == SUMMAR_OK,
        "reference: two failing items");

  static const struct {
    unsigned jobs;
    const char *what;
  } run[4] = {{1, "jobs 1: the batch ran"},
              {2, "jobs 2: the batch ran"},
              {0, "jobs 0 (every CPU): the batch ran"},
              {64, "jobs 64 (more threads than items): the batch ran"}};
  for (size_t r = 0; r < 4; r++) {
    fill(runs[r], texts, N);
    runs[r][29].lang = "xx-!"; /* a malformed tag: this item alone fails */
    CHECK(summar_summarize_batch(ctx, req, 0, runs[r], N, run[r].jobs) ==
              SUMMAR_OK,
          run[r].what);
  }

  int order = 1, errors = 1, same = 1;
  for (size_t i = 0; i < N; i++) {
    summar_status want = i == 29 ? SUMMAR_ERR_LANG_UNSUPPORTED
                                 : serial[i].status;
    for (size_t r = 0; r < 4; r++) {
      const summar_batch_item *it = &runs[r][i];
      if (it->status != want || (it->status != SUMMAR_OK) != !it->summary)
        errors = 0;
      if (want == SUMMAR_OK && !same_summary(it->summary, serial[i].summary))
        order = 0;
    }
    if (want == SUMMAR_OK && !(same_summary(one[i].summary, two[i].summary) &&
                               same_summary(two[i].summary, all[i].summary)))
      same = 0;
  }
  CHECK(order, "each item's summary is that of its own input (input order)");
  CHECK(errors, "failing items carry their own status and no summary; "
                "the others are unaffected");
  CHECK(same, "jobs 1, 2 and 0 give identical summaries");
  size_t n0 = 0;
  const char *t0 = summar_summary_text(two[0].summary, &n0);
  CHECK(t0 && n0 > 0 && summar_summary_word_count(two[0].summary) <= 25,
        "the request applies to every item");

  release(one, N);
  check_arguments(ctx, req, texts, one);

  release(serial, N);
  for (size_t r = 1; r < 4; r++)
    release(runs[r], N);
  for (size_t i = 0; i < N; i++)
    free(texts[i]);
  summar_request_free(req);
  summar_ctx_free(ctx);
  return tap_done();
}
