/*
 * common.h - helpers of the benchmark programs: a clock, whole files
 * (read_file.h), JSON Lines articles, medians and percentiles.
 */
#ifndef SUMMAR_BENCH_COMMON_H
#define SUMMAR_BENCH_COMMON_H

#include <stdint.h>
#include <stdio.h>
#include <sys/resource.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "read_file.h"

/* CPU seconds of the process: the programs are single-threaded, and on a
 * shared machine CPU time varies far less than wall time. */
static double bench_now(void) {
  struct timespec ts;
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* Peak resident memory of this process in KiB: VmHWM, which starts anew
 * at exec (getrusage's ru_maxrss keeps the peak of the process image that
 * exec replaced, e.g. the script that started this program). */
static long bench_peak_kib(void) {
  FILE *f = fopen("/proc/self/status", "r");
  char line[256];
  long kib = -1;
  while (f && fgets(line, sizeof line, f))
    if (sscanf(line, "VmHWM: %ld kB", &kib) == 1)
      break;
  if (f)
    fclose(f);
  if (kib < 0) {
    struct rusage ru;
    getrusage(RUSAGE_SELF, &ru);
    kib = ru.ru_maxrss;
  }
  return kib;
}

/* Articles of a JSON Lines file: the "text" member of each line,
 * unescaped in place.  The texts point into `buf`. */
typedef struct bench_articles {
  char **text;
  size_t *len;
  size_t n;
} bench_articles;

static size_t bench_put_utf8(char *o, uint32_t cp) {
  if (cp < 0x80) {
    o[0] = (char)cp;
    return 1;
  }
  if (cp < 0x800) {
    o[0] = (char)(0xC0 | (cp >> 6));
    o[1] = (char)(0x80 | (cp & 0x3F));
    return 2;
  }
  o[0] = (char)(0xE0 | (cp >> 12));
  o[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
  o[2] = (char)(0x80 | (cp & 0x3F));
  return 3;
}

static int bench_parse_articles(char *buf, size_t len, bench_articles *out) {
  size_t cap = 0;
  memset(out, 0, sizeof *out);
  char *p = buf, *end = buf + len;
  while (p < end) {
    char *eol = memchr(p, '\n', (size_t)(end - p));
    if (!eol)
      eol = end;
    *eol = '\0';
    char *t = strstr(p, "\"text\"");
    if (t) {
      t = strchr(t + 6, '"');
      if (!t)
        return -1;
      char *r = t + 1, *w = t + 1;
      while (*r && *r != '"') {
        if (*r != '\\') {
          *w++ = *r++;
          continue;
        }
        r++;
        switch (*r) {
        case 'n': *w++ = '\n'; r++; break;
        case 't': *w++ = '\t'; r++; break;
        case 'r': *w++ = '\r'; r++; break;
        case 'u': {
          uint32_t cp = (uint32_t)strtoul((char[5]){r[1], r[2], r[3], r[4], 0},
                                          NULL, 16);
          w += bench_put_utf8(w, cp);
          r += 5;
          break;
        }
        case '\0': break;
        default: *w++ = *r++;
        }
      }
      if (out->n == cap) {
        cap = cap ? cap * 2 : 256;
        char **nt = realloc(out->text, cap * sizeof *nt);
        size_t *nl = realloc(out->len, cap * sizeof *nl);
        if (!nt || !nl) {
          free(nt ? nt : out->text);
          free(nl ? nl : out->len);
          return -1;
        }
        out->text = nt;
        out->len = nl;
      }
      out->text[out->n] = t + 1;
      out->len[out->n++] = (size_t)(w - (t + 1));
    }
    p = eol + 1;
  }
  return 0;
}

static int bench_cmp_double(const void *x, const void *y) {
  double a = *(const double *)x, b = *(const double *)y;
  return (a > b) - (a < b);
}

/* The q-quantile (0..1) of v[0..n), sorting v; nearest rank. */
static double bench_quantile(double *v, size_t n, double q) {
  if (!n)
    return 0;
  qsort(v, n, sizeof *v, bench_cmp_double);
  size_t k = (size_t)(q * (double)n);
  return v[k >= n ? n - 1 : k];
}

#endif
