/*
 * test_limits.c - limits and hostile input at the public API: the input
 * limit's bound, ROUGE-L's size guard, UTF-16 input, language tags without
 * built-in data (segmented by ICU, language "und"), and bidi controls left
 * open in a chosen sentence.
 */
#include <summar.h>

#include "../common/tap.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

static const char article[] =
    "The council met on Monday to discuss the new park. Residents asked "
    "for more trees and a playground near the school. The mayor promised "
    "a decision before the summer holidays. Engineers will survey the land "
    "next month and publish their report in the autumn.";

static void test_max_input(void) {
  summar_ctx *ctx = NULL;
  summar_ctx_new(NULL, &ctx);
  CHECK(summar_ctx_set_max_input(ctx, SUMMAR_MAX_INPUT_LIMIT) == SUMMAR_OK &&
            summar_ctx_max_input(ctx) == SUMMAR_MAX_INPUT_LIMIT,
        "the input limit may be set to SUMMAR_MAX_INPUT_LIMIT");
  CHECK(summar_ctx_set_max_input(ctx, SUMMAR_MAX_INPUT_LIMIT + 1) ==
                SUMMAR_ERR_RANGE &&
            summar_ctx_set_max_input(ctx, SIZE_MAX) == SUMMAR_ERR_RANGE &&
            summar_ctx_max_input(ctx) == SUMMAR_MAX_INPUT_LIMIT,
        "a limit above SUMMAR_MAX_INPUT_LIMIT is refused, the old one kept");
  summar_ctx_free(ctx);
}

/* n words "wK" with K cycling through 50 values. */
static char *words(size_t n, size_t *len) {
  char *s = malloc(n * 4 + 1);
  size_t k = 0;
  for (size_t i = 0; i < n; i++)
    k += (size_t)sprintf(s + k, "w%zu ", i % 50);
  *len = k;
  return s;
}

static void test_rouge_guard(void) {
  size_t la, lb;
  char *a = words(10001, &la), *b = words(10001, &lb);
  const char *refs[1] = {b};
  size_t rl[1] = {lb};
  summar_rouge r;
  memset(&r, 0, sizeof r);
  r.size = sizeof r;
  CHECK(summar_rouge_score(NULL, a, la, refs, rl, 1, 0, &r) ==
            SUMMAR_ERR_TOO_LARGE,
        "ROUGE-L over 10001 x 10001 tokens is refused");
  CHECK(summar_rouge_score(NULL, a, la, refs, rl, 1, 9000, &r) == SUMMAR_OK &&
            r.rougel.precision > 0.99,
        "cut to 9000 words it is computed");
  free(a);
  free(b);
}

static void test_utf16(void) {
  static const char bom_le[] = "\xFF\xFEH\0e\0l\0l\0o\0";
  static const char bom_be[] = "\xFE\xFF\0H\0i";
  static const char plain[] = "T\0h\0e\0 \0c\0a\0t\0 \0s\0a\0t\0.\0";
  size_t off = 99;
  CHECK(summar_utf8_check(bom_le, sizeof bom_le - 1, &off) ==
                SUMMAR_ERR_UTF16 && off == 0,
        "UTF-16LE with a byte-order mark is told apart");
  CHECK(summar_utf8_check(bom_be, sizeof bom_be - 1, NULL) == SUMMAR_ERR_UTF16,
        "UTF-16BE with a byte-order mark is told apart");
  CHECK(summar_utf8_check(plain, sizeof plain - 1, NULL) == SUMMAR_ERR_UTF16,
        "UTF-16LE without a mark is told apart by its NUL bytes");
  CHECK(summar_utf8_check("abc\0def", 7, &off) == SUMMAR_ERR_NUL && off == 3,
        "one NUL byte is still a NUL byte");
  CHECK(summar_utf8_check("a\xFF", 2, &off) == SUMMAR_ERR_UTF8 && off == 1,
        "invalid UTF-8 is still invalid UTF-8");
  CHECK(strstr(summar_strerror(SUMMAR_ERR_UTF16), "UTF-16") != NULL,
        "the message names UTF-16");
  summar_ctx *ctx = NULL;
  summar_doc *doc = NULL;
  summar_ctx_new(NULL, &ctx);
  CHECK(summar_doc_new(ctx, plain, sizeof plain - 1, NULL,
                       SUMMAR_DOC_REPLACE_INVALID, &doc) == SUMMAR_ERR_UTF16 &&
            doc == NULL,
        "a document refuses UTF-16, even when replacing invalid bytes");
  summar_ctx_free(ctx);
}

static void test_unknown_lang(void) {
  summar_ctx *ctx = NULL;
  summar_doc *doc = NULL;
  summar_request *req = NULL;
  summar_summary *sum = NULL;
  summar_ctx_new(NULL, &ctx);
  summar_status st =
      summar_doc_new(ctx, article, strlen(article), "xx", 0, &doc);
  CHECK(st == SUMMAR_OK && strcmp(summar_doc_language(doc), "und") == 0,
        "a well-formed tag without built-in data is accepted");
  summar_request_new(&req);
  summar_request_set_sentences(req, 2);
  CHECK(summar_summarize(doc, req, &sum) == SUMMAR_OK &&
            summar_summary_sentence_count(sum) == 2,
        "its text is segmented and summarized");
  summar_summary_free(sum);
  summar_doc_free(doc);
  doc = NULL;
  CHECK(summar_doc_new(ctx, article, strlen(article), "x", 0, &doc) ==
                SUMMAR_ERR_LANG_UNSUPPORTED &&
            summar_doc_new(ctx, article, strlen(article), "Klingonese", 0,
                           &doc) == SUMMAR_ERR_LANG_UNSUPPORTED &&
            summar_doc_new(ctx, article, strlen(article), "en--US", 0,
                           &doc) == SUMMAR_ERR_LANG_UNSUPPORTED,
        "malformed tags and unknown names are still refused");
  summar_request_free(req);
  summar_ctx_free(ctx);
}

/* The summary of @text (every sentence) in format @f. */
static char *render(const char *text, summar_format f) {
  summar_ctx *ctx = NULL;
  summar_doc *doc = NULL;
  summar_request *req = NULL;
  summar_summary *sum = NULL;
  char *out = NULL;
  summar_ctx_new(NULL, &ctx);
  if (summar_doc_new(ctx, text, strlen(text), "en", SUMMAR_DOC_NO_CLEAN,
                     &doc) == SUMMAR_OK &&
      summar_request_new(&req) == SUMMAR_OK &&
      summar_request_set_sentences(req, 100) == SUMMAR_OK &&
      summar_request_set_format(req, f) == SUMMAR_OK &&
      summar_summarize(doc, req, &sum) == SUMMAR_OK)
    out = strdup(summar_summary_text(sum, NULL));
  summar_summary_free(sum);
  summar_request_free(req);
  summar_doc_free(doc);
  summar_ctx_free(ctx);
  return out;
}

#define RLO "\xE2\x80\xAE"
#define LRE "\xE2\x80\xAA"
#define PDF "\xE2\x80\xAC"
#define FSI "\xE2\x81\xA8"
#define PDI "\xE2\x81\xA9"

static void test_bidi(void) {
  const char *open = "The code " RLO "cba was left open here. The next "
                     "sentence must read left to right.";
  char *t = render(open, SUMMAR_FORMAT_TEXT);
  CHECK(t && strstr(t, "open here." PDF " The next") != NULL,
        "text: an override left open is closed at the sentence's end");
  free(t);
  t = render(open, SUMMAR_FORMAT_HTML);
  CHECK(t && strstr(t, "open here." PDF " The next") != NULL,
        "html: the same");
  free(t);
  t = render(open, SUMMAR_FORMAT_JSON);
  CHECK(t && strstr(t, "\"text\":\"The code " RLO
                       "cba was left open here.\"}") != NULL,
        "json: a sentence's text keeps its exact bytes");
  free(t);
  t = render("Nested " LRE "one " FSI "two words in it. Then plain text "
             "follows here.",
             SUMMAR_FORMAT_TEXT);
  CHECK(t && strstr(t, "in it." PDI PDF " Then") != NULL,
        "an isolate inside an embedding: both closed, innermost first");
  free(t);
  t = render("Closed " RLO "cba" PDF " and " FSI "x" PDI " in it. Then "
             "plain text follows here.",
             SUMMAR_FORMAT_TEXT);
  CHECK(t && strstr(t, "in it. Then") != NULL,
        "balanced controls get nothing added");
  free(t);
  t = render("A stray " PDF " closer " PDI " here. Then plain text follows "
             "here.",
             SUMMAR_FORMAT_TEXT);
  CHECK(t && strstr(t, "here. Then") != NULL,
        "unmatched closers open nothing");
  free(t);
}

int main(void) {
  test_max_input();
  test_rouge_guard();
  test_utf16();
  test_unknown_lang();
  test_bidi();
  return tap_done();
}
