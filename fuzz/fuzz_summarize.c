/*
 * fuzz_summarize.c - fuzz target over the whole pipeline.  The first bytes
 * pick the options (budget, paragraphs, flags, algorithm, format, language);
 * the rest is the text.  Any status is fine; crashes, leaks, sanitizer
 * reports and broken invariants are not.
 */
#include <summar.h>

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static const char *const langs[] = {NULL, "ar", "en", "fr", "ru", "zh", "und"};

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  if (size < 4)
    return 0;
  unsigned words = data[0] % 64, paras = 1 + data[1] % 8;
  unsigned flags = data[2] & 3u;
  unsigned pick = data[3];
  const char *text = (const char *)data + 4;
  size_t len = size - 4;

  summar_ctx *ctx = NULL;
  summar_doc *doc = NULL;
  summar_request *req = NULL;
  summar_summary *sum = NULL;
  if (summar_ctx_new(NULL, &ctx) != SUMMAR_OK)
    return 0;
  const char *lang = langs[pick % (sizeof langs / sizeof *langs)];
  if (summar_doc_new(ctx, text, len, lang, flags, &doc) == SUMMAR_OK &&
      summar_request_new(&req) == SUMMAR_OK) {
    size_t n = summar_doc_sentence_count(doc);
    double *scores = calloc(n ? n : 1, sizeof *scores);
    const char *alg = summar_algorithm_name((pick >> 3) % 6);
    if (scores && summar_score(doc, alg, scores, n) == SUMMAR_OK) {
      for (size_t i = 0; i < n; i++)
        if (!(scores[i] >= 0.0 && scores[i] <= 1.0))
          abort();
    }
    free(scores);
    if (words)
      summar_request_set_words(req, words);
    summar_request_set_paragraphs(req, paras);
    summar_request_set_algorithm(req, alg);
    summar_request_set_format(req, (summar_format)((pick >> 5) % 4));
    summar_request_set_keywords(req, pick % 5);
    if (summar_summarize(doc, req, &sum) == SUMMAR_OK) {
      size_t tlen;
      const char *t = summar_summary_text(sum, &tlen);
      if (!t || strlen(t) != tlen)
        abort();
      if (words && summar_summary_word_count(sum) > words)
        abort();
      size_t dlen;
      const char *dt = summar_doc_text(doc, &dlen);
      for (size_t i = 0; i < summar_summary_sentence_count(sum); i++) {
        summar_pick p = {sizeof p, 0, 0, 0, 0, 0, 0};
        if (summar_summary_sentence(sum, i, &p) != SUMMAR_OK ||
            p.end > dlen || p.start >= p.end)
          abort();
        (void)dt;
      }
    }
  }
  summar_summary_free(sum);
  summar_request_free(req);
  summar_doc_free(doc);
  summar_ctx_free(ctx);
  return 0;
}
