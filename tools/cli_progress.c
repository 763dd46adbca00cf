/*
 * cli_progress.c - progress of `summar --jsonl` on stderr: a line updated
 * in place on a terminal (or printed every few seconds with --progress
 * elsewhere), and a one-line account at the end under --verbose.
 */
#include "cli.h"

#include <stdio.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

static double now(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

void summar_cli_progress_init(cli_progress *p, int forced, int verbose,
                              unsigned long long total, size_t jobs) {
  memset(p, 0, sizeof *p);
  p->tty = isatty(2);
  p->live = forced || p->tty;
  p->verbose = verbose;
  p->total = total;
  p->jobs = jobs;
  p->start = p->last = now();
}

void summar_cli_progress_add(cli_progress *p, size_t lines,
                             unsigned long long bytes, int failed) {
  p->lines += lines;
  p->bytes += bytes;
  p->failed += failed != 0;
}

/* Writes "LINES lines, D docs/s, M MB/s[, DONE of TOTAL MB (P%), ETA]". */
static void line(const cli_progress *p, double t, char *buf, size_t size) {
  double el = t - p->start > 1e-6 ? t - p->start : 1e-6;
  double mb = (double)p->bytes / 1e6;
  int n = snprintf(buf, size, "%zu lines, %.1f docs/s, %.2f MB/s", p->lines,
                   (double)p->lines / el, mb / el);
  if (n < 0 || (size_t)n >= size || !p->total)
    return;
  double frac = (double)p->bytes / (double)p->total;
  double eta = p->bytes ? el * (1.0 / (frac > 1 ? 1 : frac) - 1.0) : 0;
  unsigned long e = (unsigned long)(eta + 0.5);
  snprintf(buf + n, size - (size_t)n, ", %.1f of %.1f MB (%.0f%%), ETA %lu:%02lu",
           mb, (double)p->total / 1e6, 100.0 * (frac > 1 ? 1 : frac),
           e / 60, e % 60);
}

void summar_cli_progress_show(cli_progress *p, int final) {
  double t = now();
  char buf[256];
  if (p->live && (final || t - p->last >= (p->tty ? 0.25 : 2.0))) {
    line(p, t, buf, sizeof buf);
    if (p->tty)
      fprintf(stderr, "\rsummar: %s\033[K%s", buf, final ? "\n" : "");
    else
      fprintf(stderr, "summar: %s\n", buf);
    p->last = t;
  }
  if (final && p->verbose) {
    double el = t - p->start > 1e-6 ? t - p->start : 1e-6;
    fprintf(stderr,
            "summar: %zu lines in %.2f s (%zu summarized, %zu errors): "
            "%.1f docs/s, %.2f MB/s with %zu jobs\n",
            p->lines, el, p->lines - p->failed, p->failed,
            (double)p->lines / el, (double)p->bytes / 1e6 / el, p->jobs);
  }
}
