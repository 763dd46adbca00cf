/*
 * fuzz_jsonl.c - fuzz target for `summar --jsonl` (tools/cli_batch.c): the
 * whole batch path, from reading JSON Lines to writing them, run on one
 * thread.
 *
 * Input: 2 option bytes, then the JSON Lines.
 *   byte 0  the command line's word budget (1 + b % 128)
 *   byte 1  bit 0 --replace-invalid, bit 1 --title, bit 2
 *           --follow-request, bits 3-4 --format, bit 5 --keywords 3
 * The lines go through a memory file; standard output is caught in another
 * and checked: one output line per input line, each a JSON object with an
 * "id" and either an "error" (code, message, the line's number) or a
 * summary "text", all strings valid UTF-8, the "words" of a summary within
 * the budget its input line (or the command line) set.
 */
#define _GNU_SOURCE
#include "../tools/cli.h"
#include "fuzz_check.h"

#include <jansson.h>
#include <stdint.h>
#include <stdio.h>
#include <sys/mman.h>
#include <unistd.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* Input lines in order, as the tool sees them: split at '\n', one '\r'
   before it dropped. */
typedef struct lines {
  const char **s;
  size_t *len, n;
} lines;

static int blank(const char *s, size_t n) {
  for (size_t i = 0; i < n; i++)
    if (s[i] != ' ' && s[i] != '\t' && s[i] != '\r' && s[i] != '\n')
      return 0;
  return 1;
}

/* Splits s[0..n) into its lines, blank ones left out when @skip_blank. */
static lines split(const char *s, size_t n, int skip_blank) {
  lines l = {NULL, NULL, 0};
  l.s = malloc((n + 1) * sizeof *l.s);
  l.len = malloc((n + 1) * sizeof *l.len);
  FUZZ_ASSERT(l.s && l.len);
  size_t i = 0;
  while (i < n) {
    const char *nl = memchr(s + i, '\n', n - i);
    size_t e = nl ? (size_t)(nl - s) : n;
    if (!skip_blank || !blank(s + i, e - i)) {
      l.s[l.n] = s + i;
      l.len[l.n++] = e - i;
    }
    i = e + 1;
  }
  return l;
}

/* The words of the longest sentence of the document the tool makes of
   line @o; SIZE_MAX when it cannot be told. */
static size_t line_longest(json_t *o, int replace_invalid) {
  json_t *t = json_object_get(o, "text"), *l = json_object_get(o, "lang");
  summar_ctx *ctx = NULL;
  summar_doc *doc = NULL;
  size_t longest = SIZE_MAX;
  if (json_is_string(t) && summar_ctx_new(NULL, &ctx) == SUMMAR_OK &&
      summar_doc_new(ctx, json_string_value(t), json_string_length(t),
                     json_is_string(l) ? json_string_value(l) : NULL,
                     replace_invalid ? SUMMAR_DOC_REPLACE_INVALID : 0,
                     &doc) == SUMMAR_OK)
    longest = fuzz_longest_sentence(doc);
  summar_doc_free(doc);
  summar_ctx_free(ctx);
  return longest;
}

/* The word limit line @in sets, @def when it sets none, SIZE_MAX when it
   cannot be told (the line does not parse as the tool parsed it). */
static size_t line_limit(const char *in, size_t n, size_t def,
                         size_t source_words, int replace_invalid) {
  json_t *o = json_loadb(in, n, JSON_ALLOW_NUL, NULL);
  if (!o)
    return SIZE_MAX;
  fuzz_budget b = {0, 0, 0};
  json_t *w = json_object_get(o, "words"), *s = json_object_get(o, "sentences"),
         *r = json_object_get(o, "ratio");
  if (json_is_integer(w))
    b.words = (size_t)json_integer_value(w);
  else if (json_is_integer(s))
    b.sentences = (size_t)json_integer_value(s);
  else if (json_is_number(r))
    b.ratio = json_number_value(r);
  else
    b.words = def;
  size_t longest = b.words || b.sentences ? 0 : line_longest(o, replace_invalid);
  json_decref(o);
  return fuzz_word_limit(&b, source_words, longest);
}

static void check_output(const char *in, size_t in_len, const char *out,
                         size_t out_len, size_t def_words, int title,
                         summar_format f, int replace_invalid) {
  lines all = split(in, in_len, 0);
  lines res = split(out, out_len, 0);
  /* One output line per input line, blank ones too. */
  const lines *src = &all;
  FUZZ_ASSERT(res.n == src->n);
  for (size_t i = 0; i < res.n; i++) {
    json_error_t err;
    json_t *o = json_loadb(res.s[i], res.len[i], 0, &err);
    FUZZ_ASSERT(json_is_object(o));
    FUZZ_ASSERT(json_object_get(o, "id") != NULL);
    json_t *e = json_object_get(o, "error"), *s = json_object_get(o, "text");
    FUZZ_ASSERT((e != NULL) != (s != NULL));
    if (e) {
      json_t *m = json_object_get(e, "message"), *l = json_object_get(e, "line");
      FUZZ_ASSERT(json_is_string(m) && json_is_string(json_object_get(e, "code")));
      FUZZ_ASSERT(json_is_integer(l) &&
                  (size_t)json_integer_value(l) == i + 1);
      fuzz_check_utf8(json_string_value(m), json_string_length(m));
    } else {
      FUZZ_ASSERT(json_is_string(s));
      const char *t = json_string_value(s);
      size_t tl = json_string_length(s);
      fuzz_check_utf8(t, tl);
      json_t *w = json_object_get(o, "words"),
             *sw = json_object_get(o, "source_words");
      FUZZ_ASSERT(json_is_integer(w) && json_is_integer(sw));
      size_t words = (size_t)json_integer_value(w);
      size_t lim = line_limit(src->s[i], src->len[i], def_words,
                              (size_t)json_integer_value(sw),
                              replace_invalid);
      FUZZ_ASSERT(words <= lim);
      if (f == SUMMAR_FORMAT_TEXT && !title)
        FUZZ_ASSERT(summar_word_count(t, tl) == words);
    }
    json_decref(o);
  }
  free(all.s);
  free(all.len);
  free(res.s);
  free(res.len);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  if (size < 2)
    return 0;
  cli_opts o;
  memset(&o, 0, sizeof o);
  o.req.words = 1 + data[0] % 128;
  o.req.paragraphs = 1;
  o.jobs = 1;
  o.max_bytes = CLI_DEFAULT_MAX_BYTES;
  o.req.replace_invalid = data[1] & 1;
  o.req.title = (data[1] >> 1) & 1;
  o.req.follow_request = (data[1] >> 2) & 1;
  o.req.format = (summar_format)((data[1] >> 3) & 3);
  o.req.keywords = (data[1] & 32) ? 3 : 0;
  o.jsonl = 1;
  const char *in = (const char *)data + 2;
  size_t in_len = size - 2;

  int in_fd = memfd_create("fuzz-jsonl-in", 0);
  int out_fd = memfd_create("fuzz-jsonl-out", 0);
  FUZZ_ASSERT(in_fd >= 0 && out_fd >= 0);
  FUZZ_ASSERT(write(in_fd, in, in_len) == (ssize_t)in_len);
  char path[64];
  snprintf(path, sizeof path, "/proc/self/fd/%d", in_fd);
  char *files[1] = {path};

  fflush(stdout);
  int saved = dup(1);
  FUZZ_ASSERT(saved >= 0 && dup2(out_fd, 1) == 1);
  int rc = summar_cli_batch(&o, files, 1);
  fflush(stdout);
  FUZZ_ASSERT(dup2(saved, 1) == 1);
  close(saved);
  FUZZ_ASSERT(rc == CLI_OK || rc == CLI_FAIL);

  off_t out_len = lseek(out_fd, 0, SEEK_END);
  FUZZ_ASSERT(out_len >= 0);
  char *out = malloc((size_t)out_len + 1);
  FUZZ_ASSERT(out && pread(out_fd, out, (size_t)out_len, 0) == out_len);
  check_output(in, in_len, out, (size_t)out_len, o.req.words, o.req.title,
               o.req.format, o.req.replace_invalid);
  free(out);
  close(in_fd);
  close(out_fd);
  return 0;
}
