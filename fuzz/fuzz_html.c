/*
 * fuzz_html.c - fuzz target for HTML extraction.  The first byte picks the
 * flags (visible text or content finding; extraction alone or through a
 * SUMMAR_DOC_HTML document and a summary); the rest is the page.  Any
 * status is fine; crashes, leaks, sanitizer reports and broken invariants
 * (text not UTF-8, blocks or offsets out of range) are not.
 */
#include "fuzz_check.h"

#include <stdint.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void check_extract(summar_ctx *ctx, const char *page, size_t len,
                          unsigned flags) {
  summar_html *h = NULL;
  if (summar_html_extract(ctx, page, len, flags, &h) != SUMMAR_OK) {
    FUZZ_ASSERT(h == NULL);
    return;
  }
  size_t tlen;
  const char *t = summar_html_text(h, &tlen);
  fuzz_check_utf8(t, tlen);
  FUZZ_ASSERT(strlen(t) == tlen);
  size_t n = summar_html_block_count(h);
  FUZZ_ASSERT(n > 0);
  size_t prev_end = 0;
  for (size_t i = 0; i < n; i++) {
    summar_html_block b = {sizeof b, 0, 0, 0, 0, 0, 0};
    FUZZ_ASSERT(summar_html_block_at(h, i, &b) == SUMMAR_OK);
    FUZZ_ASSERT(b.start >= prev_end && b.start < b.end && b.end <= tlen);
    FUZZ_ASSERT(b.src_start <= b.src_end && b.src_end <= len);
    FUZZ_ASSERT(b.kind <= SUMMAR_HTML_CAPTION);
    FUZZ_ASSERT(b.kind != SUMMAR_HTML_TITLE || i == 0);
    prev_end = b.end;
  }
  size_t last = 0;
  for (size_t off = 0; off <= tlen; off += 1 + tlen / 64) {
    size_t src = SIZE_MAX;
    FUZZ_ASSERT(summar_html_source_offset(h, off, &src) == SUMMAR_OK);
    FUZZ_ASSERT(src <= len);
    (void)last;
  }
  size_t src;
  FUZZ_ASSERT(summar_html_source_offset(h, tlen + 1, &src) ==
              SUMMAR_ERR_RANGE);
  summar_html_free(h);
}

static void check_doc(summar_ctx *ctx, const char *page, size_t len) {
  summar_doc *doc = NULL;
  summar_request *req = NULL;
  summar_summary *sum = NULL;
  if (summar_doc_new(ctx, page, len, NULL, SUMMAR_DOC_HTML, &doc) !=
      SUMMAR_OK) {
    FUZZ_ASSERT(doc == NULL);
    return;
  }
  size_t dlen;
  summar_doc_text(doc, &dlen);
  if (summar_request_new(&req) == SUMMAR_OK &&
      summar_request_set_words(req, 40) == SUMMAR_OK &&
      summar_summarize(doc, req, &sum) == SUMMAR_OK) {
    for (size_t i = 0; i < summar_summary_sentence_count(sum); i++) {
      summar_pick p;
      memset(&p, 0, sizeof p);
      p.size = sizeof p;
      size_t a, b;
      FUZZ_ASSERT(summar_summary_sentence(sum, i, &p) == SUMMAR_OK);
      FUZZ_ASSERT(summar_doc_source_offset(doc, p.start, &a) == SUMMAR_OK);
      FUZZ_ASSERT(summar_doc_source_offset(doc, p.end, &b) == SUMMAR_OK);
      FUZZ_ASSERT(a <= len && b <= len && p.end <= dlen);
    }
  }
  summar_summary_free(sum);
  summar_request_free(req);
  summar_doc_free(doc);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  if (size < 1)
    return 0;
  unsigned pick = data[0];
  const char *page = (const char *)data + 1;
  size_t len = size - 1;
  summar_ctx *ctx = NULL;
  if (summar_ctx_new(NULL, &ctx) != SUMMAR_OK)
    return 0;
  (void)summar_looks_like_html(page, len);
  if (pick & 2)
    check_doc(ctx, page, len);
  else
    check_extract(ctx, page, len, pick & 1 ? SUMMAR_HTML_VISIBLE : 0);
  summar_ctx_free(ctx);
  return 0;
}
