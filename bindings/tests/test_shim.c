/* The binding shim from C: errors, owned results, closed objects,
 * lifetimes across close and free in any order, setters, NUL bytes in
 * strings, and a close racing calls in other threads. */
#include "shim.h"
#include "../../tests/common/tap.h"

#include <pthread.h>
#include <stdint.h>
#include <string.h>

static const char TEXT[] =
    "City Library Opens a Repair Cafe\n\n"
    "The city library opened a repair cafe on Saturday. Volunteers fixed "
    "toasters, lamps and radios for free. The library plans to hold the "
    "cafe every month. Residents brought more than forty broken items. "
    "Most of them worked again by the afternoon. The council praised the "
    "volunteers and promised funding for tools.\n";

static summar_sw_err fresh(void) {
  summar_sw_err e;
  memset(&e, 0, sizeof e);
  return e;
}

static summar_sw_doc *doc_of(summar_sw_ctx *ctx, const char *text,
                             const char *lang) {
  summar_sw_err e = fresh();
  return summar_shim_doc_new(&e, ctx, text, strlen(text), lang,
                             lang ? strlen(lang) : 0, 0);
}

static void test_errors(summar_sw_ctx *ctx) {
  summar_sw_err e = fresh();
  CHECK(strcmp(summar_sw_message(&e), summar_strerror(SUMMAR_OK)) == 0,
        "no failure: the library's message for OK");
  summar_sw_fail(&e, SUMMAR_ERR_UTF8, NULL);
  CHECK(e.code == SUMMAR_ERR_UTF8 &&
            strcmp(summar_sw_message(&e), summar_strerror(SUMMAR_ERR_UTF8)) ==
                0,
        "failure without detail: the library's message");
  summar_sw_fail(&e, SUMMAR_ERR_ARG, "words must be an integer");
  CHECK(strcmp(summar_sw_message(&e), "words must be an integer") == 0,
        "failure with detail: the detail");

  e = fresh();
  CHECK(!summar_shim_doc_new(&e, ctx, " \n ", 3, NULL, 0, 0) &&
            e.code == SUMMAR_ERR_EMPTY && !e.closed,
        "empty input: ERR_EMPTY, no document");
  e = fresh();
  CHECK(!summar_shim_doc_new(&e, NULL, TEXT, strlen(TEXT), NULL, 0, 0) &&
            e.code == SUMMAR_ERR_ARG,
        "no context: ERR_ARG");
  e = fresh();
  CHECK(!summar_shim_doc_new(&e, ctx, TEXT, strlen(TEXT), "en\0zz", 5, 0) &&
            e.code == SUMMAR_ERR_ARG && strstr(e.detail, "NUL"),
        "language tag with a NUL byte refused");
  e = fresh();
  summar_sw_bytes q = summar_sw_quick(&e, TEXT, strlen(TEXT), "e\0", 2, 10, 1);
  CHECK(!q.p && e.code == SUMMAR_ERR_ARG, "quick: tag with a NUL refused");
  e = fresh();
  q = summar_sw_quick(&e, TEXT, strlen(TEXT), "en", 2, 20, 1);
  char head[13] = "";
  if (q.p && q.n >= 12)
    memcpy(head, q.p, 12);
  CHECK(q.p && e.code == SUMMAR_OK && q.n == strlen(q.p) && q.n >= 12 &&
            strstr(TEXT, head) != NULL,
        "quick: NUL-terminated text copied from the input");
  summar_sw_bytes_free(&q);
  CHECK(!q.p && q.n == 0, "bytes_free clears");
}

static void test_document(summar_sw_ctx *ctx) {
  summar_sw_doc *d = doc_of(ctx, TEXT, NULL);
  CHECK(d != NULL, "document built");
  if (!d)
    return;
  summar_sw_err e = fresh();
  summar_sw_bytes t = summar_shim_doc_text(d, &e);
  CHECK(t.n == strlen(TEXT) && memcmp(t.p, TEXT, t.n) == 0,
        "text copied byte for byte");
  summar_sw_bytes_free(&t);
  CHECK(strcmp(summar_shim_doc_language(d, &e), "en") == 0,
        "language detected");
  size_t n = summar_shim_doc_sentence_count(d, &e);
  size_t nt = summar_shim_doc_token_count(d, &e);
  CHECK(n >= 6 && nt > 40 && e.code == SUMMAR_OK, "sentence and token counts");

  summar_sw_sizes tab = summar_shim_doc_sentence_table(d, &e);
  summar_sw_sentence s2 = summar_shim_doc_sentence(d, &e, 2);
  CHECK(tab.n == 4 * n && tab.v[8] == s2.start && tab.v[9] == s2.end &&
            tab.v[10] == s2.block && tab.v[11] == s2.flags && s2.index == 2,
        "sentence table agrees with sentence(i)");
  summar_sw_sizes_free(&tab);
  summar_sw_sizes tt = summar_shim_doc_token_table(d, &e);
  summar_sw_strings norms = summar_shim_doc_token_norms(d, &e);
  summar_sw_strings stems = summar_shim_doc_token_stems(d, &e);
  summar_sw_token tk = summar_shim_doc_token(d, &e, 3);
  CHECK(tt.n == 4 * nt && norms.n == nt && stems.n == nt &&
            tt.v[12] == tk.start && tt.v[13] == tk.end &&
            strcmp(norms.v[3], tk.norm) == 0 &&
            strcmp(stems.v[3], tk.stem) == 0,
        "token table, norms and stems agree with token(i)");
  summar_sw_token_clear(&tk);
  CHECK(!tk.norm && !tk.stem, "token_clear frees the strings");
  summar_sw_sizes_free(&tt);
  summar_sw_strings_free(&norms);
  summar_sw_strings_free(&stems);

  summar_sw_sentence title = summar_shim_doc_title(d, &e);
  CHECK(e.code == SUMMAR_OK && title.index == 0 && title.start == 0 &&
            (title.flags & SUMMAR_SENT_TITLE),
        "title and its index");
  e = fresh();
  summar_shim_doc_sentence(d, &e, n);
  CHECK(e.code == SUMMAR_ERR_RANGE, "sentence past the end: ERR_RANGE");
  e = fresh();
  summar_shim_doc_embedded_request(d, &e);
  CHECK(e.code == SUMMAR_ERR_NOT_FOUND, "no embedded request: NOT_FOUND");

  e = fresh();
  summar_sw_doubles sc = summar_shim_doc_score(d, &e, "lexrank", 7);
  CHECK(e.code == SUMMAR_OK && sc.n == n, "one score per sentence");
  summar_sw_doubles_free(&sc);
  e = fresh();
  sc = summar_shim_doc_score(d, &e, "nope", 4);
  CHECK(!sc.v && e.code == SUMMAR_ERR_ALGORITHM, "unknown algorithm");
  e = fresh();
  sc = summar_shim_doc_score(d, &e, "lex\0rank", 8);
  CHECK(!sc.v && e.code == SUMMAR_ERR_ARG && strstr(e.detail, "algorithm"),
        "algorithm with a NUL byte refused, named");
  summar_shim_doc_free(d);
}

static void test_request(summar_sw_ctx *ctx) {
  summar_sw_err e = fresh();
  summar_sw_request *r = summar_shim_request_new(&e);
  summar_sw_doc *d = doc_of(ctx, TEXT, "en");
  CHECK(r && d, "request and document");
  if (!r || !d)
    return;
  summar_shim_request_set_words(r, &e, 25);
  summar_shim_request_set_paragraphs(r, &e, 2);
  summar_shim_request_set_keywords(r, &e, 3);
  summar_shim_request_set_algorithm(r, &e, "luhn", 4);
  summar_shim_request_set_output_lang(r, &e, "en", 2);
  summar_shim_request_set_title(r, &e, 0);
  size_t f = 99;
  CHECK(summar_sw_format_from_name(&e, "md", &f) &&
            f == SUMMAR_FORMAT_MARKDOWN,
        "format by name");
  summar_shim_request_set_format(r, &e, f);
  CHECK(e.code == SUMMAR_OK, "every setter accepted");
  summar_sw_summary *s = summar_shim_doc_summarize(d, &e, r);
  CHECK(s && summar_shim_summary_word_count(s, &e) <= 25 &&
            summar_shim_summary_paragraph_count(s, &e) == 2 &&
            summar_shim_summary_keyword_count(s, &e) == 3,
        "summary follows the request");
  if (s) {
    size_t k = summar_shim_summary_sentence_count(s, &e);
    summar_sw_pick p = summar_shim_summary_sentence(s, &e, k - 1);
    CHECK(p.end > p.start && p.paragraph == 1 && p.words > 0,
          "last pick is in the second paragraph");
    summar_sw_bytes kw = summar_shim_summary_keyword(s, &e, 0);
    CHECK(kw.p && kw.n == strlen(kw.p), "keyword copied");
    summar_sw_bytes_free(&kw);
    e = fresh();
    kw = summar_shim_summary_keyword(s, &e, 3);
    CHECK(!kw.p && e.code == SUMMAR_ERR_RANGE, "keyword past the end");
    e = fresh();
    double w0 = summar_shim_summary_keyword_weight(s, &e, 0);
    double w2 = summar_shim_summary_keyword_weight(s, &e, 2);
    CHECK(e.code == SUMMAR_OK && w0 == 1.0 && w2 > 0 && w2 <= w0,
          "keyword weights");
    summar_shim_summary_keyword_weight(s, &e, 3);
    CHECK(e.code == SUMMAR_ERR_RANGE, "keyword weight past the end");
    e = fresh();
    summar_sw_sizes t = summar_shim_summary_title(s, &e);
    CHECK(!t.v && e.code == SUMMAR_ERR_NOT_FOUND,
          "no title printed: NOT_FOUND");
  }
  summar_shim_summary_free(s);

  e = fresh();
  summar_shim_request_set_format(r, &e, (size_t)SUMMAR_FORMAT_JSON + 1);
  CHECK(e.code == SUMMAR_ERR_RANGE, "format out of range");
  e = fresh();
  CHECK(!summar_sw_format_from_name(&e, "pdf", &f) &&
            e.code == SUMMAR_ERR_ARG && strstr(e.detail, "pdf") &&
            strstr(e.detail, "markdown"),
        "unknown format name: the message names it and the choices");
  e = fresh();
  summar_shim_request_set_ratio(r, &e, 2.0);
  CHECK(e.code == SUMMAR_ERR_RANGE &&
            !strcmp(summar_sw_message(&e), "ratio: value out of range"),
        "ratio out of range, named in the message");
  e = fresh();
  summar_shim_request_set_output_lang(r, &e, "en\0", 3);
  CHECK(e.code == SUMMAR_ERR_ARG && strstr(e.detail, "output language"),
        "output language with a NUL byte refused, named");
  e = fresh();
  summar_shim_request_set_output_lang(r, &e, "ar", 2);
  s = summar_shim_doc_summarize(d, &e, r);
  CHECK(!s && e.code == SUMMAR_ERR_LANG_MISMATCH,
        "another output language: LANG_MISMATCH, no summary");
  summar_shim_request_free(r);
  summar_shim_doc_free(d);
}

static void test_closed(summar_sw_ctx *ctx) {
  summar_sw_doc *d = doc_of(ctx, TEXT, NULL);
  summar_sw_err e = fresh();
  summar_sw_summary *s = summar_shim_doc_summarize(d, &e, NULL);
  CHECK(s != NULL, "summary with the defaults");
  summar_shim_doc_close(d);
  summar_shim_doc_close(d);
  CHECK(summar_shim_doc_closed(d), "document closed (twice)");
  e = fresh();
  CHECK(!summar_shim_doc_language(d, &e) && e.closed &&
            strcmp(summar_sw_message(&e), "document is closed") == 0,
        "closed document: err->closed and a message");
  e = fresh();
  summar_sw_bytes t = summar_shim_doc_text(d, &e);
  CHECK(!t.p && e.closed, "closed document: no text");
  e = fresh();
  CHECK(!summar_shim_doc_summarize(d, &e, NULL) && e.closed,
        "closed document cannot summarize");
  e = fresh();
  summar_sw_bytes st = summar_shim_summary_text(s, &e);
  CHECK(st.p && st.n > 0 && e.code == SUMMAR_OK &&
            strcmp(summar_shim_summary_language(s, &e), "en") == 0,
        "the summary outlives its closed document");
  summar_sw_bytes_free(&st);
  summar_shim_summary_close(s);
  e = fresh();
  CHECK(summar_shim_summary_word_count(s, &e) == 0 && e.closed,
        "closed summary: err->closed");
  summar_shim_summary_free(s);
  summar_shim_doc_free(d);

  e = fresh();
  summar_sw_request *r = summar_shim_request_new(&e);
  d = doc_of(ctx, TEXT, NULL);
  summar_shim_request_free(r);
  summar_shim_doc_free(d);
  summar_shim_request_free(NULL);
  summar_shim_doc_free(NULL);
  summar_shim_summary_free(NULL);
  e = fresh();
  CHECK(!summar_shim_doc_language(NULL, &e) && e.closed &&
            summar_shim_doc_closed(NULL),
        "a NULL document (failed construction) behaves as closed");
  e = fresh();
  summar_sw_bytes nt = summar_shim_summary_text(NULL, &e);
  CHECK(!nt.p && e.closed, "a NULL summary behaves as closed");
  e = fresh();
  summar_shim_request_set_words(NULL, &e, 5);
  CHECK(e.closed, "a NULL request behaves as closed");
  summar_shim_doc_close(NULL);
  summar_shim_summary_close(NULL);
  summar_shim_ctx_unref(NULL);
}

static void test_context_lifetime(void) {
  summar_sw_err e = fresh();
  summar_sw_ctx *c = summar_shim_ctx_new(&e, 4096);
  CHECK(c && summar_shim_ctx_max_input(c) == 4096, "context with a limit");
  summar_sw_doc *d = doc_of(c, TEXT, NULL);
  summar_shim_ctx_unref(c); /* the document keeps its own reference */
  e = fresh();
  CHECK(d && summar_shim_doc_sentence_count(d, &e) > 0 && e.code == SUMMAR_OK,
        "document outlives the caller's context reference");
  summar_shim_doc_free(d);
  e = fresh();
  c = summar_shim_ctx_new(&e, 16);
  e = fresh();
  CHECK(!summar_shim_doc_new(&e, c, TEXT, strlen(TEXT), NULL, 0, 0) &&
            e.code == SUMMAR_ERR_TOO_LARGE,
        "input above the context's limit");
  summar_shim_ctx_unref(c);
}

/* Threads summarize one document while the main thread closes it: every
 * call either works or fails with err->closed, and nothing is used after
 * it is freed (ASan and TSan builds check that). */
typedef struct racer {
  summar_sw_doc *d;
  int ok, closed, other;
} racer;

static void *race(void *arg) {
  racer *r = arg;
  for (int i = 0; i < 40; i++) {
    summar_sw_err e = fresh();
    summar_sw_summary *s = summar_shim_doc_summarize(r->d, &e, NULL);
    if (s)
      r->ok++;
    else if (e.closed)
      r->closed++;
    else
      r->other++;
    summar_shim_summary_free(s);
  }
  return NULL;
}

static void test_close_races(summar_sw_ctx *ctx) {
  summar_sw_doc *d = doc_of(ctx, TEXT, NULL);
  racer r[2];
  pthread_t th[2];
  int started = 0;
  for (int i = 0; i < 2; i++) {
    memset(&r[i], 0, sizeof r[i]);
    r[i].d = d;
    if (pthread_create(&th[i], NULL, race, &r[i]) == 0)
      started++;
  }
  summar_sw_err e = fresh();
  summar_sw_summary *s = summar_shim_doc_summarize(d, &e, NULL);
  summar_shim_doc_close(d);
  for (int i = 0; i < started; i++)
    pthread_join(th[i], NULL);
  int total = 0, other = 0;
  for (int i = 0; i < started; i++) {
    total += r[i].ok + r[i].closed;
    other += r[i].other;
  }
  CHECK(started == 2 && total == 80 && other == 0 && s != NULL,
        "close while two threads summarize: each call works or sees closed");
  summar_shim_summary_free(s);
  summar_shim_doc_free(d);
}

static void test_batch(summar_sw_ctx *ctx) {
  const char *texts[3] = {TEXT, " ", TEXT};
  size_t lens[3] = {strlen(TEXT), 1, strlen(TEXT)};
  summar_sw_err e = fresh();
  summar_sw_request *r = summar_shim_request_new(&e);
  summar_shim_request_set_words(r, &e, 20);
  summar_sw_batch *b =
      summar_shim_batch_new(&e, ctx, texts, lens, 3, NULL, 0, 0, r, 2);
  CHECK(b && e.code == SUMMAR_OK && summar_shim_batch_count(b) == 3,
        "batch of three");
  CHECK(summar_shim_batch_status(b, 0) == SUMMAR_OK &&
            summar_shim_batch_status(b, 1) == SUMMAR_ERR_EMPTY &&
            summar_shim_batch_status(b, 3) == SUMMAR_ERR_RANGE,
        "batch statuses in input order");
  summar_sw_summary *s0 = summar_shim_batch_take(b, &e, 0);
  CHECK(s0 && summar_shim_summary_word_count(s0, &e) <= 20,
        "batch: the request applies");
  e = fresh();
  CHECK(!summar_shim_batch_take(b, &e, 0) && e.code == SUMMAR_ERR_ARG,
        "batch: a summary is taken once");
  e = fresh();
  CHECK(!summar_shim_batch_take(b, &e, 1) && e.code == SUMMAR_ERR_EMPTY,
        "batch: a failed item gives its error");
  summar_shim_batch_free(b); /* item 2 never taken: freed here */
  summar_shim_summary_free(s0);
  e = fresh();
  CHECK(!summar_shim_batch_new(&e, ctx, texts, lens, 3, "e\0", 2, 0, r, 2) &&
            e.code == SUMMAR_ERR_ARG,
        "batch: a language tag with a NUL byte is refused");
  e = fresh();
  CHECK(!summar_shim_batch_new(&e, NULL, texts, lens, 3, NULL, 0, 0, r, 2) &&
            e.code == SUMMAR_ERR_ARG,
        "batch: no context");
  summar_shim_request_free(r);
  summar_shim_batch_free(NULL);
}

int main(void) {
  summar_sw_err e = fresh();
  summar_sw_ctx *ctx = summar_shim_ctx_new(&e, 0);
  CHECK(ctx != NULL, "default context");
  if (!ctx)
    return tap_done();
  test_errors(ctx);
  test_document(ctx);
  test_request(ctx);
  test_closed(ctx);
  test_context_lifetime();
  test_close_races(ctx);
  test_batch(ctx);
  summar_shim_ctx_unref(ctx);
  return tap_done();
}
