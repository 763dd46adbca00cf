/*
 * fuzz_summarize.c - fuzz target over the whole pipeline and every
 * accessor of a document and a summary.
 *
 * Input: 4 option bytes, then the text.
 *   byte 0  the budget's amount
 *   byte 1  paragraphs (1 + b % 8)
 *   byte 2  bits 0-1 doc flags (REPLACE_INVALID, NO_CLEAN); bit 2 title;
 *           bits 3-4 budget kind (words, sentences, ratio, default ratio);
 *           bits 5-7 output language
 *   byte 3  source language, algorithm and format
 * Any status is fine; crashes, leaks, sanitizer reports and broken
 * invariants are not: offsets inside the text, every string valid UTF-8,
 * scores in [0, 1], the summary within its budget.
 */
#include "fuzz_check.h"

#include <stdint.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static const char *const langs[] = {NULL, "ar", "en", "fr", "ru", "zh", "und",
                                    "xx"};
static const char *const out_langs[] = {NULL,     "ar",      "en", "Arabic",
                                        "en-GB",  "english", "xx", "de"};

/* Every accessor of @doc, with its invariants. */
static void check_doc(const summar_doc *doc) {
  size_t dlen = 0;
  const char *dt = summar_doc_text(doc, &dlen);
  FUZZ_ASSERT(dt && strlen(dt) == dlen);
  fuzz_check_utf8(dt, dlen);
  fuzz_check_cstr(summar_doc_language(doc));
  (void)summar_doc_warnings(doc);
  size_t ns = summar_doc_sentence_count(doc), prev_end = 0, content = 0;
  for (size_t i = 0; i < ns; i++) {
    summar_span sp = {sizeof sp, 0, 0, 0, 0};
    FUZZ_ASSERT(summar_doc_sentence(doc, i, &sp) == SUMMAR_OK);
    FUZZ_ASSERT(sp.start < sp.end && sp.end <= dlen && sp.start >= prev_end);
    fuzz_check_utf8(dt + sp.start, sp.end - sp.start);
    if (!(sp.flags & SUMMAR_SENT_DROP))
      content += summar_word_count(dt + sp.start, sp.end - sp.start);
    prev_end = sp.end;
  }
  summar_span past = {sizeof past, 0, 0, 0, 0};
  FUZZ_ASSERT(summar_doc_sentence(doc, ns, &past) == SUMMAR_ERR_RANGE);
  size_t nt = summar_doc_token_count(doc);
  for (size_t i = 0; i < nt; i++) {
    summar_token tk = {sizeof tk, 0, 0, 0, 0, NULL, NULL};
    FUZZ_ASSERT(summar_doc_token(doc, i, &tk) == SUMMAR_OK);
    FUZZ_ASSERT(tk.start < tk.end && tk.end <= dlen && tk.sentence < ns);
    fuzz_check_utf8(dt + tk.start, tk.end - tk.start);
    fuzz_check_cstr(tk.norm);
    fuzz_check_cstr(tk.stem);
  }
  summar_span title = {sizeof title, 0, 0, 0, 0};
  summar_status st = summar_doc_title(doc, &title);
  FUZZ_ASSERT(st == SUMMAR_OK || st == SUMMAR_ERR_NOT_FOUND);
  if (st == SUMMAR_OK) {
    FUZZ_ASSERT(title.start < title.end && title.end <= dlen);
    fuzz_check_utf8(dt + title.start, title.end - title.start);
  }
  FUZZ_ASSERT(summar_doc_content_words(doc) == content);
  size_t rw = 0, rp = 0;
  const char *rl = NULL;
  st = summar_doc_embedded_request(doc, &rw, &rp, &rl);
  FUZZ_ASSERT(st == SUMMAR_OK || st == SUMMAR_ERR_NOT_FOUND);
  if (rl)
    fuzz_check_cstr(rl);
  FUZZ_ASSERT(summar_doc_embedded_request(doc, NULL, NULL, NULL) == st);
}

/* Every accessor of @sum made from @doc under @b in format @f. */
static void check_summary(const summar_doc *doc, const summar_summary *sum,
                          const fuzz_budget *b, summar_format f,
                          size_t keywords, int title) {
  size_t dlen = 0, tlen = 0;
  const char *dt = summar_doc_text(doc, &dlen);
  const char *t = summar_summary_text(sum, &tlen);
  FUZZ_ASSERT(t && strlen(t) == tlen);
  fuzz_check_utf8(t, tlen);
  fuzz_check_cstr(summar_summary_language(sum));
  (void)summar_summary_warnings(sum);
  size_t words = summar_summary_word_count(sum);
  FUZZ_ASSERT(summar_summary_source_words(sum) ==
              summar_doc_content_words(doc));
  FUZZ_ASSERT(words <= fuzz_word_limit(b, summar_doc_content_words(doc),
                                       fuzz_longest_sentence(doc)));
  size_t n = summar_summary_sentence_count(sum), paras =
      summar_summary_paragraph_count(sum);
  if (b->sentences)
    FUZZ_ASSERT(n <= b->sentences);
  FUZZ_ASSERT((n == 0) == (paras == 0) && paras <= n);
  size_t sum_words = 0, prev_end = 0;
  for (size_t i = 0; i < n; i++) {
    summar_pick p = {.size = sizeof p};
    FUZZ_ASSERT(summar_summary_sentence(sum, i, &p) == SUMMAR_OK);
    FUZZ_ASSERT(p.start < p.end && p.end <= dlen && p.start >= prev_end);
    FUZZ_ASSERT(p.paragraph < paras && p.score >= 0.0 && p.score <= 1.0);
    FUZZ_ASSERT(p.words == summar_word_count(dt + p.start, p.end - p.start));
    prev_end = p.end;
    sum_words += p.words;
  }
  /* The title's words count when it is printed. */
  size_t title_words = 0;
  summar_span ts = {sizeof ts, 0, 0, 0, 0};
  summar_status tst = summar_summary_title(sum, &ts);
  FUZZ_ASSERT(tst == SUMMAR_OK || tst == SUMMAR_ERR_NOT_FOUND);
  if (tst == SUMMAR_OK) {
    FUZZ_ASSERT(title && n && ts.start < ts.end && ts.end <= dlen);
    fuzz_check_utf8(dt + ts.start, ts.end - ts.start);
    title_words = summar_word_count(dt + ts.start, ts.end - ts.start);
  }
  FUZZ_ASSERT(sum_words + title_words == words);
  size_t nk = summar_summary_keyword_count(sum);
  FUZZ_ASSERT(nk <= keywords);
  for (size_t i = 0; i < nk; i++)
    fuzz_check_cstr(summar_summary_keyword(sum, i));
  FUZZ_ASSERT(summar_summary_keyword(sum, nk) == NULL);
  /* Text and Markdown add no word of their own (HTML entities and JSON
     keys do, so those are checked through the picks and the title). */
  if (f == SUMMAR_FORMAT_TEXT || f == SUMMAR_FORMAT_MARKDOWN)
    FUZZ_ASSERT(summar_word_count(t, tlen) == words);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  if (size < 4)
    return 0;
  unsigned amount = data[0], paras = 1 + data[1] % 8;
  unsigned flags = data[2] & 3u, title = (data[2] >> 2) & 1u,
           kind = (data[2] >> 3) & 3u, out_lang = data[2] >> 5;
  unsigned pick = data[3];
  const char *text = (const char *)data + 4;
  size_t len = size - 4;

  fuzz_budget b = {0, 0, 0};
  if (kind == 0)
    b.words = amount % 64; /* 0: the default ratio */
  else if (kind == 1)
    b.sentences = 1 + amount % 16;
  else if (kind == 2)
    b.ratio = (1 + amount % 64) / 64.0;
  else
    b.words = 1 + amount;
  summar_format f = (summar_format)((pick >> 5) % 4);
  size_t keywords = pick % 5;

  summar_ctx *ctx = NULL;
  summar_doc *doc = NULL;
  summar_request *req = NULL;
  summar_summary *sum = NULL;
  if (summar_ctx_new(NULL, &ctx) != SUMMAR_OK)
    return 0;
  const char *lang = langs[pick % (sizeof langs / sizeof *langs)];
  summar_status st = summar_doc_new(ctx, text, len, lang, flags, &doc);
  if (st == SUMMAR_OK && !(flags & SUMMAR_DOC_REPLACE_INVALID))
    FUZZ_ASSERT(summar_utf8_check(text, len, NULL) == SUMMAR_OK);
  if (st == SUMMAR_OK && summar_request_new(&req) == SUMMAR_OK) {
    check_doc(doc);
    size_t n = summar_doc_sentence_count(doc);
    double *scores = calloc(n ? n : 1, sizeof *scores);
    const char *alg = summar_algorithm_name((pick >> 3) % 6);
    if (scores && summar_score(doc, alg, scores, n) == SUMMAR_OK) {
      for (size_t i = 0; i < n; i++)
        FUZZ_ASSERT(scores[i] >= 0.0 && scores[i] <= 1.0);
    }
    free(scores);
    if (b.words)
      FUZZ_ASSERT(summar_request_set_words(req, b.words) == SUMMAR_OK);
    else if (b.sentences)
      FUZZ_ASSERT(summar_request_set_sentences(req, b.sentences) ==
                  SUMMAR_OK);
    else if (b.ratio > 0)
      FUZZ_ASSERT(summar_request_set_ratio(req, b.ratio) == SUMMAR_OK);
    summar_request_set_paragraphs(req, paras);
    summar_request_set_algorithm(req, alg);
    summar_request_set_format(req, f);
    summar_request_set_keywords(req, keywords);
    summar_request_set_title(req, (int)title);
    const char *ol = out_langs[out_lang];
    st = ol ? summar_request_set_output_lang(req, ol) : SUMMAR_OK;
    FUZZ_ASSERT(st == SUMMAR_OK || st == SUMMAR_ERR_LANG_UNSUPPORTED);
    st = summar_summarize(doc, req, &sum);
    FUZZ_ASSERT(st == SUMMAR_OK || st == SUMMAR_ERR_LANG_MISMATCH ||
                st == SUMMAR_ERR_NOMEM);
    if (st == SUMMAR_OK)
      check_summary(doc, sum, &b, f, keywords, (int)title);
  }
  summar_summary_free(sum);
  summar_request_free(req);
  summar_doc_free(doc);
  summar_ctx_free(ctx);
  return 0;
}
