/*
 * batch.c - summar_summarize_batch(): many documents over a pool of
 * threads.  Workers take the next item index from one atomic counter, so
 * the load balances whatever the documents' sizes; each writes only its
 * own items, so the results are in input order without any reordering.
 */
#include "doc.h"

#include <pthread.h>
#include <stdatomic.h>
#include <unistd.h>

typedef struct batch {
  const summar_ctx *ctx;
  const summar_request *req;
  unsigned flags;
  summar_batch_item *items;
  size_t n;
  atomic_size_t next;
} batch;

static void run_item(const batch *b, summar_batch_item *it) {
  summar_doc *doc = NULL;
  it->summary = NULL;
  it->status = summar_doc_new(b->ctx, it->text, it->len, it->lang, b->flags,
                              &doc);
  if (it->status == SUMMAR_OK)
    it->status = summar_summarize(doc, b->req, &it->summary);
  summar_doc_free(doc);
}

static void *worker(void *arg) {
  batch *b = arg;
  for (;;) {
    size_t i = atomic_fetch_add(&b->next, 1);
    if (i >= b->n)
      return NULL;
    run_item(b, &b->items[i]);
  }
}

/* The number of threads to run: jobs, or one per online CPU, at most n. */
static size_t thread_count(unsigned jobs, size_t n) {
  size_t t = jobs;
  if (t == 0) {
    long cpus = sysconf(_SC_NPROCESSORS_ONLN);
    t = cpus > 0 ? (size_t)cpus : 1;
  }
  return t < n ? t : n;
}

SUMMAR_API summar_status summar_summarize_batch(const summar_ctx *ctx,
                                                const summar_request *req,
                                                unsigned doc_flags,
                                                summar_batch_item *items,
                                                size_t n, unsigned jobs) {
  if (!ctx || (!items && n > 0))
    return SUMMAR_ERR_ARG;
  for (size_t i = 0; i < n; i++)
    if (!SUMMAR_SIZED_OK(&items[i], summar_batch_item, summary))
      return SUMMAR_ERR_ARG;
  for (size_t i = 0; i < n; i++) {
    items[i].status = SUMMAR_ERR_ARG;
    items[i].summary = NULL;
  }
  batch b = {ctx, req, doc_flags, items, n, 0};
  atomic_init(&b.next, 0);

  /* The calling thread is one of the workers; the others are started
   * here, as many as the system gives (the counter hands their share to
   * whoever runs). */
  size_t extra = thread_count(jobs, n);
  extra = extra > 0 ? extra - 1 : 0;
  pthread_t *th = extra ? summar_alloc(&ctx->a, extra * sizeof *th) : NULL;
  size_t started = 0;
  while (th && started < extra &&
         pthread_create(&th[started], NULL, worker, &b) == 0)
    started++;
  worker(&b);
  for (size_t i = 0; i < started; i++)
    pthread_join(th[i], NULL);
  summar_dealloc(&ctx->a, th);
  return SUMMAR_OK;
}
