/*
 * mem.c - allocation through a summar_allocator, growth of arrays, and the
 * byte buffer used by the renderers.
 */
#if defined(__linux__)
#define _GNU_SOURCE /* mremap */
#endif
#include "internal.h"

#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The default allocator maps blocks of SUMMAR_MAP_MIN bytes and more
 * (only documents of several megabytes have them) straight from the system
 * (mmap), on Linux outside AddressSanitizer builds:
 *   - such a block grows in place or moves without a copy (mremap), and
 *     its memory goes back to the system when it is freed or shrunk.
 *     Through malloc, a big array grown by doubling is copied whenever
 *     the heap holds it (glibc serves blocks of up to 32 MiB from the heap
 *     once one that size was freed), the old and new copies resident
 *     together, and the freed copies stay resident in the heap: on 10 MB
 *     of English that was about 25 MiB of the peak.  Below 8 MiB the
 *     heap's reuse of memory already resident is worth more: mapped from
 *     4 MiB on, 1 MB of English peaked 1.3 MiB higher;
 *   - the mapping asks for transparent huge pages (MADV_HUGEPAGE, which
 *     the system may ignore): the graph's passes read and write such
 *     arrays at random, and 2 MiB pages spare most of their TLB misses.
 * Every block starts with a 16-byte header: its size, and the length of
 * its mapping (0: from malloc).
 * With glibc, a block from malloc of SUMMAR_DROP_MIN bytes and more
 * gives its pages back to the system (MADV_DONTNEED) when it is freed or
 * grown (by a copy then, not realloc, which would free the old block
 * itself), and so does the end a shrink cuts off: malloc keeps such
 * memory for later requests, and where it lies between blocks still in
 * use it stays resident, while the arrays of a few MiB of the document
 * and scoring stages come and go (on 1M one-word sentences glibc's heap
 * held 44 MiB at the peak, 14 of them freed).  Only the pages wholly
 * inside the block are given back, not its first 64 bytes nor its last
 * 16, where malloc writes its records of a free chunk: a later request
 * that reuses the pages finds them zeroed, and malloc reads none of their
 * contents.  From 2 MiB on, what the page faults of that reuse cost stays
 * within a percent of the time; below, 1 MB of English faults more for
 * nothing. */
#if defined(__SANITIZE_ADDRESS__)
#define SUMMAR_NO_MAP 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define SUMMAR_NO_MAP 1
#endif
#endif

#if defined(__linux__) && !defined(SUMMAR_NO_MAP)
#include <sys/mman.h>

#define SUMMAR_MAP_MIN ((size_t)8 << 20)
#if defined(__GLIBC__)
#define SUMMAR_DROP_MIN ((size_t)2 << 20)
#else
#define SUMMAR_DROP_MIN SIZE_MAX /* other mallocs: nothing given back */
#endif

typedef struct mhead {
  size_t size;   /* the caller's bytes */
  size_t mapped; /* the mapping's length; 0: from malloc */
} mhead;

static size_t map_len(size_t n) {
  return (n + sizeof(mhead) + 4095) & ~(size_t)4095;
}

/* Gives back to the system the pages wholly inside [from, to) of a block
 * from malloc that is about to be freed or cut. */
static void drop_pages(char *from, char *to) {
  uintptr_t lo = ((uintptr_t)from + 64 + 4095) & ~(uintptr_t)4095;
  uintptr_t hi = ((uintptr_t)to - 16) & ~(uintptr_t)4095;
  if (hi > lo)
    madvise((void *)lo, hi - lo, MADV_DONTNEED); /* advice: may fail */
}

static void *default_realloc(void *ud, void *p, size_t n) {
  (void)ud;
  if (n > SIZE_MAX - sizeof(mhead) - 4096)
    return NULL;
  mhead *h = p ? (mhead *)p - 1 : NULL;
  size_t mapped = h ? h->mapped : 0, size = h ? h->size : 0;
  mhead *q;
  if (n < SUMMAR_MAP_MIN) {
    if (mapped) {
      q = malloc(sizeof *q + n);
      if (!q)
        return NULL;
      memcpy(q + 1, p, n);
      munmap(h, mapped);
    } else if (h && n > size && size >= SUMMAR_DROP_MIN) {
      /* Grown by a copy, so that the old block's pages are given back. */
      q = malloc(sizeof *q + n);
      if (!q)
        return NULL;
      memcpy(q + 1, p, size);
      drop_pages((char *)h, (char *)(h + 1) + size);
      free(h);
    } else {
      if (h && size > n && size - n >= SUMMAR_DROP_MIN)
        drop_pages((char *)(h + 1) + n, (char *)(h + 1) + size);
      q = realloc(h, sizeof *q + n);
      if (!q)
        return NULL;
    }
    q->mapped = 0;
  } else {
    size_t len = map_len(n);
    void *m;
    if (mapped)
      m = mremap(h, mapped, len, MREMAP_MAYMOVE);
    else
      m = mmap(NULL, len, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS,
               -1, 0);
    if (m == MAP_FAILED)
      return NULL;
#ifdef MADV_HUGEPAGE
    if (!mapped)
      madvise(m, len, MADV_HUGEPAGE); /* advice: its failure is harmless */
#endif
    q = m;
    if (h && !mapped) {
      memcpy(q + 1, p, size < n ? size : n);
      if (size >= SUMMAR_DROP_MIN)
        drop_pages((char *)h, (char *)(h + 1) + size);
      free(h);
    }
    q->mapped = len;
  }
  q->size = n;
  return q + 1;
}

static void default_free(void *ud, void *p) {
  (void)ud;
  if (!p)
    return;
  mhead *h = (mhead *)p - 1;
  if (h->mapped) {
    munmap(h, h->mapped);
    return;
  }
  if (h->size >= SUMMAR_DROP_MIN)
    drop_pages((char *)h, (char *)(h + 1) + h->size);
  free(h);
}
#else
static void *default_realloc(void *ud, void *p, size_t n) {
  (void)ud;
  return realloc(p, n);
}

static void default_free(void *ud, void *p) {
  (void)ud;
  free(p);
}
#endif

const summar_allocator summar_default_allocator = {default_realloc,
                                                   default_free, NULL};

void *summar_alloc(const summar_allocator *a, size_t n) {
  return summar_realloc(a, NULL, n);
}

void *summar_calloc(const summar_allocator *a, size_t count, size_t size) {
  if (size != 0 && count > SIZE_MAX / size)
    return NULL;
  size_t n = count * size;
  void *p = summar_alloc(a, n);
  if (p)
    memset(p, 0, n ? n : 1);
  return p;
}

void *summar_realloc(const summar_allocator *a, void *p, size_t n) {
  if (n == 0)
    n = 1;
  if (n > PTRDIFF_MAX)
    return NULL;
  return a->realloc(a->ud, p, n);
}

void summar_dealloc(const summar_allocator *a, void *p) {
  if (p)
    a->free(a->ud, p);
}

int summar_grow_to(const summar_allocator *a, void **data, size_t *cap,
                   size_t need, size_t elsize) {
  size_t ncap = *cap ? *cap : 8;
  while (ncap < need) {
    if (ncap > SIZE_MAX / 2)
      return -1;
    ncap *= 2;
  }
  if (elsize != 0 && ncap > SIZE_MAX / elsize)
    return -1;
  void *p = summar_realloc(a, *data, ncap * elsize);
  if (!p)
    return -1;
  *data = p;
  *cap = ncap;
  return 0;
}

char *summar_strndup(const summar_allocator *a, const char *s, size_t n) {
  if (n == SIZE_MAX)
    return NULL;
  char *p = summar_alloc(a, n + 1);
  if (!p)
    return NULL;
  if (n)
    memcpy(p, s, n);
  p[n] = '\0';
  return p;
}

int summar_rangevec_push(summar_rangevec *rv, size_t start, size_t end) {
  if (summar_grow(rv->a, (void **)&rv->v, &rv->cap, rv->n + 1,
                  sizeof *rv->v))
    return -1;
  rv->v[rv->n].start = start;
  rv->v[rv->n].end = end;
  rv->n++;
  return 0;
}

void summar_rangevec_free(summar_rangevec *rv) {
  if (rv->v)
    summar_dealloc(rv->a, rv->v);
  rv->v = NULL;
  rv->n = rv->cap = 0;
}

/* ------------------------------------------------------------ buffer */

void summar_buf_init(summar_buf *b, const summar_allocator *a) {
  b->a = a;
  b->data = NULL;
  b->len = b->cap = 0;
  b->failed = 0;
}

void summar_buf_free(summar_buf *b) {
  summar_dealloc(b->a, b->data);
  b->data = NULL;
  b->len = b->cap = 0;
}

static int buf_reserve(summar_buf *b, size_t extra) {
  if (b->failed)
    return -1;
  if (b->cap - b->len > extra) /* room for extra bytes and the NUL */
    return 0;
  if (extra > SIZE_MAX - b->len - 1 ||
      summar_grow(b->a, (void **)&b->data, &b->cap, b->len + extra + 1, 1)) {
    b->failed = 1;
    return -1;
  }
  return 0;
}

void summar_buf_append(summar_buf *b, const char *s, size_t n) {
  if (buf_reserve(b, n))
    return;
  if (n)
    memcpy(b->data + b->len, s, n);
  b->len += n;
  b->data[b->len] = '\0';
}

void summar_buf_puts(summar_buf *b, const char *s) {
  summar_buf_append(b, s, strlen(s));
}

void summar_buf_putc(summar_buf *b, char c) {
  if (buf_reserve(b, 1))
    return;
  b->data[b->len++] = c;
  b->data[b->len] = '\0';
}

void summar_buf_printf(summar_buf *b, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  char small[128];
  int n = vsnprintf(small, sizeof small, fmt, ap);
  va_end(ap);
  if (n < 0) {
    b->failed = 1;
    return;
  }
  if ((size_t)n < sizeof small) {
    summar_buf_append(b, small, (size_t)n);
    return;
  }
  if (buf_reserve(b, (size_t)n))
    return;
  va_start(ap, fmt);
  vsnprintf(b->data + b->len, (size_t)n + 1, fmt, ap);
  va_end(ap);
  b->len += (size_t)n;
}

char *summar_buf_take(summar_buf *b, size_t *len) {
  if (b->failed) {
    summar_buf_free(b);
    return NULL;
  }
  if (!b->data)
    summar_buf_append(b, "", 0);
  char *p = b->data;
  if (len)
    *len = b->len;
  b->data = NULL;
  b->len = b->cap = 0;
  return p;
}
