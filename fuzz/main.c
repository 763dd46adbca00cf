/*
 * main.c - replays fuzz inputs when no fuzzing engine is linked: each
 * argument is a file or a directory of files fed to
 * LLVMFuzzerTestOneInput once.  Prints TAP.
 */
#define _DEFAULT_SOURCE
#include <dirent.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static int count;

static int run_file(const char *path) {
  FILE *f = fopen(path, "rb");
  if (!f)
    return -1;
  size_t cap = 4096, len = 0;
  uint8_t *buf = malloc(cap);
  size_t n;
  while (buf && (n = fread(buf + len, 1, cap - len, f)) > 0) {
    len += n;
    if (len == cap) {
      uint8_t *nb = realloc(buf, cap *= 2);
      if (!nb) {
        free(buf);
        buf = NULL;
      }
      buf = nb;
    }
  }
  fclose(f);
  if (!buf)
    return -1;
  LLVMFuzzerTestOneInput(buf, len);
  free(buf);
  printf("ok %d - %s\n", ++count, path);
  return 0;
}

static int run_path(const char *path) {
  struct stat st;
  if (stat(path, &st) != 0)
    return -1;
  if (!S_ISDIR(st.st_mode))
    return run_file(path);
  DIR *d = opendir(path);
  if (!d)
    return -1;
  struct dirent *e;
  char **names = NULL;
  size_t nn = 0;
  while ((e = readdir(d)) != NULL) {
    if (e->d_name[0] == '.')
      continue;
    char **nv = realloc(names, (nn + 1) * sizeof *names);
    if (!nv)
      break;
    names = nv;
    size_t l = strlen(path) + strlen(e->d_name) + 2;
    names[nn] = malloc(l);
    if (!names[nn])
      break;
    snprintf(names[nn], l, "%s/%s", path, e->d_name);
    nn++;
  }
  closedir(d);
  int rc = 0;
  for (size_t i = 0; i < nn; i++) {
    if (run_path(names[i]) != 0)
      rc = -1;
    free(names[i]);
  }
  free(names);
  return rc;
}

int main(int argc, char **argv) {
  int rc = 0;
  for (int i = 1; i < argc; i++)
    if (run_path(argv[i]) != 0) {
      printf("not ok %d - cannot read %s\n", ++count, argv[i]);
      rc = 1;
    }
  printf("1..%d\n", count);
  return rc;
}
