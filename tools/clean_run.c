/*
 * clean_run.c - the C half of tools/clean_fit.py: turns each page into its
 * visible text (as `summar extract --visible` prints it), cleans it as
 * `summar extract --text` does up to the article finding, and prints the
 * features of every block (libsummar/clean_body.c).  Not installed.
 *
 * Protocol (stdin / stdout, lengths in bytes):
 *   in:  "PAGES n\n", then n times "len\n" and len bytes of HTML.
 *   out: for every page "TEXT len\n" and the visible text as the cleaning
 *        read it, then "BLOCKS n page\n" (page: 1 when the model applies)
 *        and n lines "start end dropped f0 f1 ... f(k-1)" (byte offsets
 *        in that text, dropped: 1 when an earlier test dropped the block).
 * A page that cannot be read gives "TEXT 0" and "BLOCKS 0 0".  A
 * malformed input ends the program with status 2.
 */
#include "clean_int.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The library's own malloc-based allocator. */
static const summar_allocator *const alloc = &summar_default_allocator;

static void empty(void) { fputs("TEXT 0\n\nBLOCKS 0 0\n", stdout); }

static int page(summar_ctx *ctx, const char *html, size_t len) {
  summar_html *h = NULL;
  if (summar_html_extract(ctx, html, len, SUMMAR_HTML_VISIBLE, &h) !=
      SUMMAR_OK) {
    empty();
    return 0;
  }
  size_t vlen;
  const char *vis = summar_html_text(h, &vlen);
  char *in = malloc(vlen + 1);
  if (!in) {
    summar_html_free(h);
    return -1;
  }
  memcpy(in, vis, vlen);
  in[vlen] = '\n'; /* as the command prints it */
  summar_html_free(h);
  summar_doc *doc = NULL;
  if (summar_doc_new(ctx, in, vlen + 1, NULL, 0, &doc) != SUMMAR_OK) {
    free(in);
    empty();
    return 0;
  }
  free(in);
  size_t tlen;
  const char *text = summar_doc_text(doc, &tlen);
  summar_blockvec bv;
  memset(&bv, 0, sizeof bv);
  bv.a = alloc;
  double *feat = NULL;
  int pg = 0, rc = -1;
  if (summar_clean_classify(alloc, text, tlen, summar_doc_language(doc),
                            &bv) != SUMMAR_OK)
    goto done;
  feat = malloc((bv.n ? bv.n : 1) * SUMMAR_BODY_NFEAT * sizeof *feat);
  if (!feat || summar_clean_body_features(alloc, text, &bv, feat, &pg))
    goto done;
  printf("TEXT %zu\n", tlen);
  fwrite(text, 1, tlen, stdout);
  printf("\nBLOCKS %zu %d\n", bv.n, pg);
  for (size_t i = 0; i < bv.n; i++) {
    printf("%zu %zu %d", bv.v[i].start, bv.v[i].end,
           (bv.v[i].flags & SUMMAR_SENT_DROP) != 0);
    for (int k = 0; k < SUMMAR_BODY_NFEAT; k++)
      printf(" %.17g", feat[i * SUMMAR_BODY_NFEAT + k]);
    putchar('\n');
  }
  rc = 0;
done:
  free(feat);
  summar_blockvec_free(&bv);
  summar_doc_free(doc);
  return rc;
}

int main(void) {
  size_t n;
  if (scanf("PAGES %zu", &n) != 1 || getchar() != '\n')
    return 2;
  summar_ctx *ctx = NULL;
  if (summar_ctx_new(NULL, &ctx) != SUMMAR_OK)
    return 1;
  int rc = 0;
  char *buf = NULL;
  for (size_t p = 0; p < n && rc == 0; p++) {
    size_t len;
    if (scanf("%zu", &len) != 1 || getchar() != '\n') {
      rc = 2;
      break;
    }
    char *nb = realloc(buf, len ? len : 1);
    if (!nb) {
      rc = 1;
      break;
    }
    buf = nb;
    if (fread(buf, 1, len, stdin) != len) {
      rc = 2;
      break;
    }
    if (page(ctx, buf, len))
      rc = 1;
    fflush(stdout);
  }
  free(buf);
  summar_ctx_free(ctx);
  return rc;
}
