/*
 * tap.h - a minimal TAP producer for the C tests.
 *   CHECK(cond, "what") prints "ok N - what" or "not ok N - what".
 *   return tap_done(); prints the plan and gives the exit status.
 */
#ifndef SUMMAR_TEST_TAP_H
#define SUMMAR_TEST_TAP_H

#include <stdio.h>

static int tap_n, tap_failed;

static void tap_check(int ok, const char *what, const char *file, int line) {
  tap_n++;
  if (ok) {
    printf("ok %d - %s\n", tap_n, what);
  } else {
    tap_failed++;
    printf("not ok %d - %s\n# at %s:%d\n", tap_n, what, file, line);
  }
  fflush(stdout);
}

#define CHECK(cond, what) tap_check((cond) ? 1 : 0, (what), __FILE__, __LINE__)

static int tap_done(void) {
  printf("1..%d\n", tap_n);
  return tap_failed ? 1 : 0;
}

#endif
