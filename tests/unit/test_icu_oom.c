/*
 * test_icu_oom.c - allocation failures inside ICU.  ICU's allocator is
 * replaced (u_setMemoryFunctions) by one that fails the Nth allocation;
 * for every N, analysing and summarizing a document either succeeds with
 * the reference summary or fails with SUMMAR_ERR_NOMEM, never another
 * error, and the context made before (which initialized ICU) stays usable.
 */
#include "internal.h"
#include "../common/summarize.h"
#include "../common/tap.h"

#include <stdlib.h>
#include <string.h>
#include <unicode/uclean.h>
#include <unicode/umachine.h>

static long fail_at = -1, calls;

static void *U_CALLCONV icu_alloc(const void *ctx, size_t n) {
  (void)ctx;
  if (fail_at >= 0 && calls++ == fail_at)
    return NULL;
  return malloc(n);
}

static void *U_CALLCONV icu_realloc(const void *ctx, void *p, size_t n) {
  (void)ctx;
  if (fail_at >= 0 && calls++ == fail_at)
    return NULL;
  return realloc(p, n);
}

static void U_CALLCONV icu_free(const void *ctx, void *p) {
  (void)ctx;
  free(p);
}

static const char en[] =
    "The river rose overnight after three days of rain. Farmers moved "
    "their animals to higher ground before dawn. The town opened its "
    "school as a shelter for families from the valley. By noon the water "
    "had reached the old bridge, which engineers closed to traffic.";
static const char ar[] =
    "ارتفع منسوب النهر خلال الليل بعد ثلاثة أيام من المطر. نقل المزارعون "
    "مواشيهم إلى أرض مرتفعة قبل الفجر. فتحت البلدة مدرستها ملجأ للعائلات. "
    "وصل الماء عند الظهر إلى الجسر القديم فأغلقه المهندسون.";

static summar_status run(const summar_ctx *ctx, const char *text,
                         const char *lang, char **out) {
  test_opts o = {.words = 20};
  return test_summarize_text(ctx, text, strlen(text), lang, &o, out);
}

int main(void) {
  UErrorCode err = U_ZERO_ERROR;
  u_setMemoryFunctions(NULL, icu_alloc, icu_realloc, icu_free, &err);
  CHECK(U_SUCCESS(err), "ICU takes the test's allocator");
  CHECK(summar_icu_status(U_ZERO_ERROR) == SUMMAR_OK &&
            summar_icu_status(U_USING_DEFAULT_WARNING) == SUMMAR_OK &&
            summar_icu_status(U_MEMORY_ALLOCATION_ERROR) == SUMMAR_ERR_NOMEM &&
            summar_icu_status(U_ILLEGAL_ARGUMENT_ERROR) == SUMMAR_ERR_BACKEND,
        "ICU codes map to statuses");

  summar_ctx *ctx = NULL;
  CHECK(summar_ctx_new(NULL, &ctx) == SUMMAR_OK, "context (ICU warmed up)");
  static const struct {
    const char *text, *lang;
  } cases[] = {{en, "en"}, {en, NULL}, {ar, "ar"}, {en, "xx"}};
  for (size_t c = 0; c < sizeof cases / sizeof cases[0]; c++) {
    char *ref = NULL;
    fail_at = -1;
    summar_status st = run(ctx, cases[c].text, cases[c].lang, &ref);
    CHECK(st == SUMMAR_OK && ref && *ref, "reference summary");
    int only_nomem = 1, same = 1, failures = 0;
    long n;
    for (n = 0; n < 100000; n++) {
      fail_at = n;
      calls = 0;
      char *got = NULL;
      st = run(ctx, cases[c].text, cases[c].lang, &got);
      long made = calls;
      fail_at = -1;
      if (st == SUMMAR_ERR_NOMEM)
        failures++;
      else if (st != SUMMAR_OK)
        only_nomem = 0;
      else if (!got || !ref || strcmp(got, ref) != 0)
        same = 0;
      free(got);
      if (made <= n) /* the run made fewer than n+1 ICU allocations */
        break;
    }
    CHECK(only_nomem, "a failed ICU allocation gives SUMMAR_ERR_NOMEM");
    CHECK(failures > 0, "ICU allocations were failed");
    CHECK(same, "a run that succeeds gives the reference summary");
    free(ref);
  }
  summar_ctx_free(ctx);
  return tap_done();
}
