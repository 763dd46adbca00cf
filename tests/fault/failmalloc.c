/*
 * failmalloc.c - an LD_PRELOAD shim that makes one allocation of a
 * process fail, for the allocation-failure test of the `summar` tool.
 *
 *   FAILMALLOC_NTH=N      the Nth call (1-based) of malloc, calloc or
 *                         realloc returns NULL with errno ENOMEM; the
 *                         others succeed.  0 or unset: none fails.
 *   FAILMALLOC_REPORT=F   at exit, the number of calls is written to F.
 *
 * Calls are counted, across threads, from the end of the shim's
 * constructor, which first runs ICU's once-per-process initialization
 * (default locale, break-iterator data): ICU 72 does not survive an
 * allocation failure there (a NULL dereference or a deadlock in
 * Locale::getDefault()), whoever calls it.  libsummar runs it in
 * summar_ctx_new(); see docs/security.md.  Every other allocation counts,
 * libxml2's own included.
 */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <unicode/ubrk.h>
#include <unicode/uloc.h>

static void *(*real_malloc)(size_t);
static void *(*real_calloc)(size_t, size_t);
static void *(*real_realloc)(void *, size_t);
static void (*real_free)(void *);

/* dlsym() may allocate before the real functions are known. */
static char boot[8192];
static size_t boot_used;
static int resolving;
static unsigned long fail_at, calls;
static int armed;

static void *boot_alloc(size_t n) {
  n = (n + 15) & ~(size_t)15;
  if (n > sizeof boot - boot_used)
    return NULL;
  void *p = boot + boot_used;
  boot_used += n;
  return p;
}

static int from_boot(const void *p) {
  return (const char *)p >= boot && (const char *)p < boot + sizeof boot;
}

static void resolve(void) {
  resolving = 1;
  /* POSIX's way to store dlsym()'s object pointer in a function pointer */
  *(void **)&real_malloc = dlsym(RTLD_NEXT, "malloc");
  *(void **)&real_calloc = dlsym(RTLD_NEXT, "calloc");
  *(void **)&real_realloc = dlsym(RTLD_NEXT, "realloc");
  *(void **)&real_free = dlsym(RTLD_NEXT, "free");
  const char *n = getenv("FAILMALLOC_NTH");
  fail_at = n ? strtoul(n, NULL, 10) : 0;
  resolving = 0;
}

/* Counts one call; nonzero when it is the one to fail. */
static int should_fail(void) {
  if (!armed)
    return 0;
  unsigned long c = __atomic_add_fetch(&calls, 1, __ATOMIC_RELAXED);
  if (fail_at && c == fail_at) {
    errno = ENOMEM;
    return 1;
  }
  return 0;
}

void *malloc(size_t n) {
  if (!real_malloc) {
    if (resolving)
      return boot_alloc(n);
    resolve();
  }
  return should_fail() ? NULL : real_malloc(n);
}

void *calloc(size_t k, size_t n) {
  if (!real_calloc) {
    if (resolving)
      return boot_alloc(k * n); /* boot is zeroed and never reused */
    resolve();
  }
  return should_fail() ? NULL : real_calloc(k, n);
}

void *realloc(void *p, size_t n) {
  if (!real_realloc)
    resolve();
  if (should_fail())
    return NULL;
  if (from_boot(p)) {
    void *q = real_malloc(n);
    if (q) {
      size_t avail = (size_t)(boot + sizeof boot - (char *)p);
      memcpy(q, p, n < avail ? n : avail);
    }
    return q;
  }
  return real_realloc(p, n);
}

void free(void *p) {
  if (!p || from_boot(p))
    return;
  if (!real_free)
    resolve();
  real_free(p);
}

__attribute__((constructor)) static void warm_icu(void) {
  (void)uloc_getDefault();
  static const UBreakIteratorType types[] = {UBRK_SENTENCE, UBRK_WORD};
  for (size_t i = 0; i < sizeof types / sizeof types[0]; i++) {
    UErrorCode err = U_ZERO_ERROR;
    UBreakIterator *bi = ubrk_open(types[i], "", NULL, 0, &err);
    if (bi)
      ubrk_close(bi);
  }
  armed = 1;
}

__attribute__((destructor)) static void report(void) {
  const char *f = getenv("FAILMALLOC_REPORT");
  if (!f)
    return;
  int fd = open(f, O_WRONLY | O_CREAT | O_TRUNC, 0644);
  if (fd < 0)
    return;
  char buf[32];
  int len = snprintf(buf, sizeof buf, "%lu\n", calls);
  if (len > 0)
    (void)!write(fd, buf, (size_t)len);
  close(fd);
}
