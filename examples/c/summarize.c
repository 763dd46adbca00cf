/*
 * summarize.c - summarize a file to N words in K paragraphs with the public
 * API of libsummar (the three layers: document, request, summary).
 *
 *   summarize FILE [WORDS [PARAGRAPHS [LANG]]]
 *
 * Prints the summary on stdout and a line of metadata on stderr.
 * Exit status: 0 ok, 1 the library refused the input, 2 usage or I/O.
 */
#include <summar.h>

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Reads a whole file into a malloc'd buffer. */
static char *read_file(const char *path, size_t *len) {
  FILE *f = fopen(path, "rb");
  if (!f)
    return NULL;
  size_t cap = 1 << 16, n = 0;
  char *buf = malloc(cap);
  while (buf) {
    n += fread(buf + n, 1, cap - n, f);
    if (n < cap)
      break;
    char *bigger = realloc(buf, cap * 2);
    if (!bigger) {
      free(buf);
      buf = NULL;
      break;
    }
    buf = bigger;
    cap *= 2;
  }
  if (buf && ferror(f)) {
    free(buf);
    buf = NULL;
  }
  fclose(f);
  *len = n;
  return buf;
}

static int parse_size(const char *s, size_t *out) {
  char *end;
  errno = 0;
  unsigned long v = strtoul(s, &end, 10);
  if (errno || end == s || *end || v == 0)
    return -1;
  *out = (size_t)v;
  return 0;
}

int main(int argc, char **argv) {
  size_t words = 120, paragraphs = 2;
  if (argc < 2 || argc > 5 || (argc > 2 && parse_size(argv[2], &words)) ||
      (argc > 3 && parse_size(argv[3], &paragraphs))) {
    fprintf(stderr, "usage: %s FILE [WORDS [PARAGRAPHS [LANG]]]\n", argv[0]);
    return 2;
  }
  const char *lang = argc > 4 ? argv[4] : NULL;
  size_t len = 0;
  char *text = read_file(argv[1], &len);
  if (!text) {
    fprintf(stderr, "%s: %s\n", argv[1], strerror(errno ? errno : EIO));
    return 2;
  }

  summar_ctx *ctx = NULL;
  summar_doc *doc = NULL;
  summar_request *req = NULL;
  summar_summary *sum = NULL;
  summar_status st = summar_ctx_new(NULL, &ctx);
  if (st == SUMMAR_OK)
    st = summar_doc_new(ctx, text, len, lang, 0, &doc);
  free(text); /* the document keeps its own copy */
  if (st == SUMMAR_OK)
    st = summar_request_new(&req);
  if (st == SUMMAR_OK)
    st = summar_request_set_words(req, words);
  if (st == SUMMAR_OK)
    st = summar_request_set_paragraphs(req, paragraphs);
  if (st == SUMMAR_OK)
    st = summar_summarize(doc, req, &sum);

  int rc = 0;
  if (st == SUMMAR_OK) {
    size_t n = 0;
    const char *out = summar_summary_text(sum, &n);
    fwrite(out, 1, n, stdout);
    fputc('\n', stdout);
    fprintf(stderr,
            "-- %s, %zu of %zu words, %zu paragraphs, %zu sentences%s\n",
            summar_summary_language(sum), summar_summary_word_count(sum),
            summar_summary_source_words(sum),
            summar_summary_paragraph_count(sum),
            summar_summary_sentence_count(sum),
            (summar_summary_warnings(sum) & SUMMAR_WARN_SHORT_SOURCE)
                ? " (the source is shorter than asked)"
                : "");
  } else {
    fprintf(stderr, "%s: %s\n", argv[1], summar_strerror(st));
    rc = 1;
  }
  summar_summary_free(sum);
  summar_request_free(req);
  summar_doc_free(doc);
  summar_ctx_free(ctx);
  return rc;
}
