/*
 * libxml2 under allocation failure, in one process (so that it also runs
 * under ASan and LSan).  The test installs, as a host may, its own libxml2
 * allocator before libsummar parses its first page (libsummar wraps
 * whatever allocator is in place), and makes each libxml2 allocation of a
 * summar_html_extract() fail in turn, for every page of tests/data/html
 * and one four times as long, on the main thread and on a thread of its
 * own.  Each call must return
 * SUMMAR_ERR_NOMEM or the reference result, within 20 seconds (SIGALRM
 * ends a hang and fails the test), leaving no libxml2 block and no
 * libsummar allocation behind.
 *
 * libxml2's one-time set-up runs in the reference call here; failing it is
 * the job of test_fault.py, which starts a process per failure.
 */
#include <summar.h>
#include "../common/counting.h"
#include "../common/tap.h"
#include "../common/testdata.h"

#include <libxml/xmlerror.h>
#include <libxml/xmlmemory.h>
#include <pthread.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* The host's libxml2 allocator: counts calls and live blocks, and fails
 * the fail_at-th call.  Calls come from one thread at a time here. */
static long xcalls, xlive, xfail_at;

static int xfail(void) {
  return ++xcalls == xfail_at;
}

static void *x_malloc(size_t n) {
  if (xfail())
    return NULL;
  void *p = malloc(n ? n : 1);
  if (p)
    xlive++;
  return p;
}

static void *x_realloc(void *p, size_t n) {
  if (xfail())
    return NULL;
  void *q = realloc(p, n ? n : 1);
  if (q && !p)
    xlive++;
  return q;
}

static void x_free(void *p) {
  if (p)
    xlive--;
  free(p);
}

static char *x_strdup(const char *s) {
  size_t n = strlen(s) + 1;
  char *p = x_malloc(n);
  if (p)
    memcpy(p, s, n);
  return p;
}

static const char *const pages[] = {"blog.html",    "forum.html",
                                    "nav.html",     "news-ar.html",
                                    "news-en.html", "shop.html"};
#define NPAGES (sizeof pages / sizeof pages[0])

typedef struct sweep {
  const char *name;
  char *html;
  size_t len;
  /* results */
  long allocations; /* libxml2 calls of the reference run */
  long failed_ok;   /* runs that returned NOMEM cleanly */
  long absorbed;    /* runs that gave the reference result */
  char bad[256];    /* the first wrong run, or "" */
} sweep;

/* The extracted text, malloc'd, or NULL. */
static char *extract(const summar_ctx *ctx, const sweep *s,
                     summar_status *st) {
  summar_html *h = NULL;
  *st = summar_html_extract(ctx, s->html, s->len, 0, &h);
  char *text = NULL;
  if (*st == SUMMAR_OK) {
    size_t n;
    const char *t = summar_html_text(h, &n);
    text = malloc(n + 1);
    if (text)
      memcpy(text, t, n + 1);
  }
  summar_html_free(h);
  return text;
}

static void *run_sweep(void *arg) {
  sweep *s = arg;
  counting c = {0, 0, 0};
  summar_allocator a = {c_realloc, c_free, &c};
  summar_ctx *ctx = NULL;
  if (summar_ctx_new(&a, &ctx) != SUMMAR_OK) {
    snprintf(s->bad, sizeof s->bad, "no context");
    return NULL;
  }
  summar_status st;
  xfail_at = 0;
  char *ref = extract(ctx, s, &st);
  /* libxml2 keeps a copy of the thread's last error until the next one */
  xmlResetLastError();
  long base = xlive, sbase = c.live;
  if (!ref) {
    snprintf(s->bad, sizeof s->bad, "reference run: status %d", st);
    summar_ctx_free(ctx);
    return NULL;
  }
  /* the reference again, counting its libxml2 calls */
  xcalls = 0;
  free(extract(ctx, s, &st));
  s->allocations = xcalls;
  for (long n = 1; n <= s->allocations && !s->bad[0]; n++) {
    xcalls = 0;
    xfail_at = n;
    alarm(20);
    char *got = extract(ctx, s, &st);
    alarm(0);
    xfail_at = 0;
    xmlResetLastError();
    if (st == SUMMAR_ERR_NOMEM && !got)
      s->failed_ok++;
    else if (st == SUMMAR_OK && got && !strcmp(got, ref))
      s->absorbed++;
    else
      snprintf(s->bad, sizeof s->bad,
               "allocation %ld: status %d, %s", n, st,
               got ? "a changed text" : "no text");
    if (xlive != base && !s->bad[0])
      snprintf(s->bad, sizeof s->bad,
               "allocation %ld: %ld libxml2 blocks left", n, xlive - base);
    if (c.live != sbase && !s->bad[0])
      snprintf(s->bad, sizeof s->bad,
               "allocation %ld: %ld libsummar blocks left", n,
               c.live - sbase);
    free(got);
  }
  free(ref);
  summar_ctx_free(ctx);
  return NULL;
}

static void report(const sweep *s, const char *where) {
  char what[512];
  snprintf(what, sizeof what,
           "%s, %s: each of %ld libxml2 allocations failed in turn: "
           "%ld out of memory, %ld absorbed, nothing left allocated%s%s",
           s->name, where, s->allocations, s->failed_ok, s->absorbed,
           s->bad[0] ? "; " : "", s->bad);
  CHECK(!s->bad[0] && s->allocations > 0 && s->failed_ok > 0, what);
}

int main(void) {
  CHECK(xmlGcMemSetup(x_free, x_malloc, x_malloc, x_realloc, x_strdup) == 0,
        "the host's libxml2 allocator is installed first");
  sweep s[NPAGES];
  memset(s, 0, sizeof s);
  for (size_t i = 0; i < NPAGES; i++) {
    char path[64];
    snprintf(path, sizeof path, "html/%s", pages[i]);
    s[i].name = pages[i];
    s[i].html = load(path, &s[i].len);
    if (!s[i].html) {
      CHECK(0, path);
      return tap_done();
    }
    run_sweep(&s[i]);
    report(&s[i], "main thread");
  }
  /* A page larger than libxml2's first input buffer (8 KB): copying it in
   * grows the buffer. */
  sweep big = {.name = "news-en.html x4"};
  big.len = 4 * s[4].len;
  big.html = malloc(big.len);
  if (big.html) {
    for (size_t k = 0; k < 4; k++)
      memcpy(big.html + k * s[4].len, s[4].html, s[4].len);
    run_sweep(&big);
  }
  report(&big, "main thread");
  free(big.html);
  /* The failure count is the calling thread's: again on another thread. */
  sweep t = {.name = s[4].name, .html = s[4].html, .len = s[4].len};
  pthread_t th;
  CHECK(pthread_create(&th, NULL, run_sweep, &t) == 0 &&
            pthread_join(th, NULL) == 0,
        "a thread runs the sweep");
  report(&t, "another thread");
  for (size_t i = 0; i < NPAGES; i++)
    free(s[i].html);
  return tap_done();
}
