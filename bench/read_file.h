/*
 * read_file.h - the whole of a file in memory, for the benchmark programs
 * (bench.c and floor.c through common.h, gen.c for its seed files).
 */
#ifndef SUMMAR_BENCH_READ_FILE_H
#define SUMMAR_BENCH_READ_FILE_H

#include <stdio.h>
#include <stdlib.h>

/* The bytes of a file (NUL-terminated, malloc'd), or NULL. */
static char *bench_read_file(const char *path, size_t *len) {
  FILE *f = fopen(path, "rb");
  if (!f)
    return NULL;
  char *buf = NULL;
  size_t n = 0, cap = 0;
  for (;;) {
    if (n + 65536 + 1 > cap) {
      cap = cap ? cap * 2 : 1 << 20;
      char *nb = realloc(buf, cap);
      if (!nb) {
        free(buf);
        fclose(f);
        return NULL;
      }
      buf = nb;
    }
    size_t r = fread(buf + n, 1, cap - n - 1, f);
    n += r;
    if (!r)
      break;
  }
  fclose(f);
  buf[n] = '\0';
  *len = n;
  return buf;
}

#endif /* SUMMAR_BENCH_READ_FILE_H */
