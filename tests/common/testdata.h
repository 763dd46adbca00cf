/*
 * testdata.h - reading the test inputs under tests/data/.
 */
#ifndef SUMMAR_TEST_TESTDATA_H
#define SUMMAR_TEST_TESTDATA_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Reads tests/data/<name>: $SUMMAR_TEST_DATA, else next to this source. */
static inline char *load(const char *name, size_t *len) {
  char path[4096];
  const char *env = getenv("SUMMAR_TEST_DATA");
  if (env)
    snprintf(path, sizeof path, "%s/%s", env, name);
  else {
    const char *f = __FILE__;
    const char *slash = strrchr(f, '/');
    int dir = slash ? (int)(slash - f) : 1;
    snprintf(path, sizeof path, "%.*s/../data/%s", dir, slash ? f : ".",
             name);
  }
  FILE *fp = fopen(path, "rb");
  if (!fp) {
    printf("# cannot open %s\n", path);
    return NULL;
  }
  char *buf = NULL;
  size_t n = 0, cap = 0;
  for (;;) {
    if (n + 4096 + 1 > cap) {
      cap = (n + 4096 + 1) * 2;
      char *nb = realloc(buf, cap);
      if (!nb) {
        free(buf);
        fclose(fp);
        return NULL;
      }
      buf = nb;
    }
    size_t got = fread(buf + n, 1, 4096, fp);
    n += got;
    if (got < 4096)
      break;
  }
  fclose(fp);
  buf[n] = '\0';
  *len = n;
  return buf;
}

#endif
