/*
 * icu.c - what the library needs from ICU beyond its stages: one mapping
 * of ICU error codes to statuses, and the warm-up that runs ICU's
 * once-per-process initialization when a context is made.
 *
 * ICU allocates with malloc (or u_setMemoryFunctions()), never through a
 * summar_allocator.  The first break iterator a process opens initializes
 * ICU's global state (the default locale, the data cache, the
 * break-iterator data); an allocation failure inside that initialization
 * is not always survived by ICU 72 (a crash or a deadlock in
 * Locale::getDefault()), and ICU remembers some failed initializations
 * for the life of the process.  summar_ctx_new() therefore runs it once,
 * before any document: when it fails, the context is not made
 * (SUMMAR_ERR_NOMEM or SUMMAR_ERR_BACKEND), and once it has succeeded the
 * break iterators opened per document only copy cached data, so their
 * allocation failures come back as U_MEMORY_ALLOCATION_ERROR and
 * summar_icu_status() makes them SUMMAR_ERR_NOMEM.
 */
#include "base.h"

#include <unicode/ubrk.h>
#include <unicode/uloc.h>

summar_status summar_icu_status(int icu_err) {
  UErrorCode err = (UErrorCode)icu_err;
  if (U_SUCCESS(err))
    return SUMMAR_OK;
  return err == U_MEMORY_ALLOCATION_ERROR ? SUMMAR_ERR_NOMEM
                                          : SUMMAR_ERR_BACKEND;
}

summar_status summar_icu_warm_up(void) {
  /* The default locale: ICU falls back to it for a locale it has no data
     for ("xx"), so it must exist before the first document. */
  (void)uloc_getDefault();
  static const UBreakIteratorType types[] = {UBRK_SENTENCE, UBRK_WORD};
  for (size_t i = 0; i < sizeof types / sizeof types[0]; i++) {
    UErrorCode err = U_ZERO_ERROR;
    UBreakIterator *bi = ubrk_open(types[i], "", NULL, 0, &err);
    summar_status st = summar_icu_status(err);
    if (bi)
      ubrk_close(bi);
    if (st == SUMMAR_OK && !bi)
      st = SUMMAR_ERR_BACKEND;
    if (st != SUMMAR_OK)
      return st;
  }
  return SUMMAR_OK;
}
