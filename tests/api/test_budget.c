/* Budget rules through the public API: a text with content never gets an
 * empty summary, a word budget is never exceeded (also by text without
 * spaces), a sentence that does not fit is cut at a word boundary and
 * flagged, the opt-in fill, and the reader's word count in scripts
 * written without spaces. */
#include <summar.h>
#include "../common/summarize.h"
#include "../common/tap.h"

#include <stdlib.h>
#include <string.h>

#define ELLIPSIS "\xE2\x80\xA6"

static summar_ctx *ctx;

/* Summary of text under a word budget (0: the default ratio), with fill;
 * lang NULL: detected. */
static summar_summary *run(const char *text, size_t len, const char *lang,
                           size_t words, int fill, summar_format f) {
  summar_doc *doc = NULL;
  summar_summary *sum = NULL;
  test_opts o = {.words = words, .fill = fill, .format = f};
  if (summar_doc_new(ctx, text, len, lang, 0, &doc) == SUMMAR_OK)
    test_summary(doc, &o, &sum);
  summar_doc_free(doc);
  return sum;
}

static size_t wc(const char *s) { return summar_word_count(s, strlen(s)); }

static int ends_with(const char *s, const char *tail) {
  size_t n = strlen(s), m = strlen(tail);
  return n >= m && !memcmp(s + n - m, tail, m);
}

static void test_word_count(void) {
  CHECK(wc("The cat sat on the mat.") == 6 && wc("  -- ,  ") == 0 &&
            wc("123 456.") == 2,
        "word count: runs of non-space holding a letter or digit");
  /* 東京 / は / 日本 / の / 首都 / です: ICU's dictionary words. */
  CHECK(wc("\xE6\x9D\xB1\xE4\xBA\xAC\xE3\x81\xAF\xE6\x97\xA5\xE6\x9C\xAC"
           "\xE3\x81\xAE\xE9\xA6\x96\xE9\x83\xBD\xE3\x81\xA7\xE3\x81\x99"
           "\xE3\x80\x82") >= 4,
        "word count: Japanese without spaces is several words");
  /* ภาษาไทย เป็น ภาษา ... */
  CHECK(wc("\xE0\xB8\xA0\xE0\xB8\xB2\xE0\xB8\xA9\xE0\xB8\xB2\xE0\xB9\x84"
           "\xE0\xB8\x97\xE0\xB8\xA2\xE0\xB9\x80\xE0\xB8\x9B\xE0\xB9\x87"
           "\xE0\xB8\x99\xE0\xB8\xA0\xE0\xB8\xB2\xE0\xB8\xA9\xE0\xB8\xB2") >=
            2,
        "word count: Thai without spaces is several words");
  char run[200];
  memset(run, 'a', sizeof run - 1);
  run[sizeof run - 1] = '\0';
  CHECK(wc(run) == 4 && summar_word_count(run, 64) == 1 &&
            summar_word_count(run, 65) == 2,
        "word count: a run longer than 64 characters counts per 64");
}

static void test_never_empty(void) {
  static const char *const texts[] = {
      "The cat sat. The dog ran. The bird flew over the house.",
      "123 456. 789 1011. 1213.",
      "Hello there. Hello there. Hello there.",
      "Short.",
  };
  int ok = 1;
  for (size_t k = 0; k < sizeof texts / sizeof texts[0]; k++) {
    summar_summary *sum =
        run(texts[k], strlen(texts[k]), "en", 0, 0, SUMMAR_FORMAT_TEXT);
    ok &= sum && summar_summary_sentence_count(sum) > 0 &&
          summar_summary_text(sum, NULL)[0] != '\0' &&
          !(summar_summary_warnings(sum) & SUMMAR_WARN_NOTHING_FITS);
    summar_summary_free(sum);
  }
  CHECK(ok, "default budget: short texts, digits only, a repeated sentence "
            "give a non-empty summary");

  const char *rep = "Hello there. Hello there. Hello there.";
  summar_summary *sum = run(rep, strlen(rep), "en", 0, 0, SUMMAR_FORMAT_TEXT);
  summar_pick pk = {.size = sizeof pk};
  CHECK(sum && summar_summary_sentence_count(sum) == 1 &&
            summar_summary_sentence(sum, 0, &pk) == SUMMAR_OK &&
            pk.start == 0 && !pk.truncated,
        "a repeated sentence: its first copy is the summary");
  summar_summary_free(sum);

  const char *three = "The cat sat. The dog ran. The bird flew over the "
                      "house.";
  sum = run(three, strlen(three), "en", 0, 0, SUMMAR_FORMAT_TEXT);
  CHECK(sum && summar_summary_word_count(sum) >= 3 &&
            !(summar_summary_warnings(sum) & SUMMAR_WARN_TRUNCATED),
        "default budget: at least the best sentence, whole");
  summar_summary_free(sum);
}

static void test_cut(void) {
  const char *t = "This is a fairly long sentence, with a comma and more than "
                  "ten words in it.";
  summar_summary *sum = run(t, strlen(t), "en", 7, 0, SUMMAR_FORMAT_TEXT);
  const char *out = sum ? summar_summary_text(sum, NULL) : "";
  CHECK(sum && !strcmp(out, "This is a fairly long sentence, with" ELLIPSIS
                            "\n") &&
            summar_summary_word_count(sum) == 7 &&
            (summar_summary_warnings(sum) & SUMMAR_WARN_TRUNCATED),
        "nothing fits: the best sentence cut after 7 words, \"…\" added");
  summar_summary_free(sum);

  sum = run(t, strlen(t), "en", 6, 0, SUMMAR_FORMAT_TEXT);
  out = sum ? summar_summary_text(sum, NULL) : "";
  CHECK(sum && !strcmp(out, "This is a fairly long sentence" ELLIPSIS "\n"),
        "a cut drops the comma before the ellipsis");
  summar_summary_free(sum);

  sum = run(t, strlen(t), "en", 1, 0, SUMMAR_FORMAT_JSON);
  out = sum ? summar_summary_text(sum, NULL) : "";
  CHECK(sum && strstr(out, "\"truncated\":true") &&
            strstr(out, "\"text\":\"This" ELLIPSIS "\"") &&
            strstr(out, "\"warnings\":[\"truncated\"]"),
        "json: the cut sentence is flagged");
  summar_summary_free(sum);
}

/* A text without any space and a CJK text are bounded by --words 50. */
static void test_unspaced(void) {
  size_t n = 1u << 20;
  char *big = malloc(n + 1);
  if (!big)
    return;
  memset(big, 'x', n);
  big[n] = '\0';
  summar_summary *sum = run(big, n, "en", 50, 0, SUMMAR_FORMAT_TEXT);
  size_t len = 0;
  const char *out = sum ? summar_summary_text(sum, &len) : "";
  CHECK(sum && len > 0 && len <= 50 * 64 + 4 &&
            summar_word_count(out, len) <= 50 && ends_with(out, ELLIPSIS "\n"),
        "1 MiB without a space, 50 words: cut at 50 x 64 characters");
  summar_summary_free(sum);

  /* 東京は日本の首都です。 repeated without spaces, then one long run. */
  const char *zh = "\xE4\xBB\x8A\xE5\xA4\xA9\xE5\xA4\xA9\xE6\xB0\x94\xE5\xBE"
                   "\x88\xE5\xA5\xBD\xE6\x88\x91\xE4\xBB\xAC\xE5\x8E\xBB\xE5"
                   "\x85\xAC\xE5\x9B\xAD\xE6\x95\xA3\xE6\xAD\xA5";
  size_t zl = strlen(zh);
  char *text = malloc(zl * 200 + 1);
  if (!text) {
    free(big);
    return;
  }
  for (int k = 0; k < 200; k++)
    memcpy(text + (size_t)k * zl, zh, zl);
  text[zl * 200] = '\0';
  sum = run(text, zl * 200, "zh", 50, 0, SUMMAR_FORMAT_TEXT);
  out = sum ? summar_summary_text(sum, &len) : "";
  CHECK(sum && len > 0 && len < zl * 20 && summar_word_count(out, len) <= 50 &&
            summar_summary_word_count(sum) <= 50,
        "Chinese without spaces, 50 words: bounded by ICU words");
  summar_summary_free(sum);
  free(text);
  free(big);
}

static void test_fill(void) {
  const char *t =
      "Solar panels produced more electricity than coal last month. It is "
      "the first time that solar power has overtaken coal for a whole "
      "month in this country. Engineers credited a sunny spring and many "
      "new solar farms.";
  int ok = 1, any = 0;
  for (size_t w = 12; w <= 40; w++) {
    summar_summary *plain = run(t, strlen(t), "en", w, 0, SUMMAR_FORMAT_TEXT);
    summar_summary *full = run(t, strlen(t), "en", w, 1, SUMMAR_FORMAT_TEXT);
    if (!plain || !full) {
      ok = 0;
    } else {
      size_t pw = summar_summary_word_count(plain);
      size_t fw = summar_summary_word_count(full);
      size_t len;
      const char *out = summar_summary_text(full, &len);
      ok &= fw <= w && fw >= pw && summar_word_count(out, len) == fw;
      if (pw < w && fw == w &&
          (summar_summary_warnings(full) & SUMMAR_WARN_TRUNCATED))
        any = 1;
    }
    summar_summary_free(plain);
    summar_summary_free(full);
  }
  CHECK(ok && any, "fill: the budget is used exactly, never exceeded");
  summar_request *req = NULL;
  summar_request_new(&req);
  CHECK(summar_request_set_fill(NULL, 1) == SUMMAR_ERR_ARG &&
            summar_request_set_fill(req, 1) == SUMMAR_OK,
        "set_fill: NULL request refused");
  summar_request_free(req);
}

int main(void) {
  if (summar_ctx_new(NULL, &ctx) != SUMMAR_OK)
    return 1;
  test_word_count();
  test_never_empty();
  test_cut();
  test_unspaced();
  test_fill();
  summar_ctx_free(ctx);
  return tap_done();
}
