/* Public API contract: versions, messages, NULL handling, sized structs,
 * limits and bad input.  Uses only include/summar.h. */
#include <summar.h>
#include "../common/tap.h"

#include <stdlib.h>
#include <string.h>

static const char *const en_text =
    "Solar panels on farms. The regional council approved a plan on Monday "
    "to cover old farmland with solar panels. The plan will supply power to "
    "twenty thousand homes, the council said. Farmers who lease land for the "
    "panels will receive a fixed rent for twenty years. Critics said the "
    "panels would spoil the view of the valley. The council answered that "
    "sheep would still graze between the rows of panels.\n";

/* Names of the flag bits: one per known bit, NULL for masks and others. */
static void check_names(void) {
  static const struct {
    const char *(*fn)(unsigned);
    unsigned known; /* every bit with a name */
    unsigned n;
  } sets[] = {
      {summar_warning_name,
       SUMMAR_WARN_SHORT_SOURCE | SUMMAR_WARN_FEW_PARAGRAPHS |
           SUMMAR_WARN_REPLACED | SUMMAR_WARN_NOTHING_FITS |
           SUMMAR_WARN_LANG_GUESSED | SUMMAR_WARN_TRUNCATED,
       6},
      {summar_sentence_flag_name, SUMMAR_SENT_DROP | SUMMAR_SENT_PARA_START, 8},
      {summar_token_flag_name,
       SUMMAR_TOKEN_STOPWORD | SUMMAR_TOKEN_NUMBER | SUMMAR_TOKEN_LETTERS, 3},
  };
  for (size_t k = 0; k < sizeof sets / sizeof sets[0]; k++) {
    unsigned named = 0, n = 0, distinct = 1;
    for (unsigned bit = 1; bit; bit <<= 1) {
      const char *name = sets[k].fn(bit);
      if (!name)
        continue;
      named |= bit;
      n++;
      for (unsigned other = 1; other < bit; other <<= 1)
        if (sets[k].fn(other) && !strcmp(sets[k].fn(other), name))
          distinct = 0;
    }
    CHECK(named == sets[k].known && n == sets[k].n && distinct,
          "each known flag bit has its own name, no other bit has one");
    CHECK(sets[k].fn(0) == NULL && sets[k].fn(sets[k].known) == NULL,
          "0 and a mask of several bits have no name");
  }
  CHECK(!strcmp(summar_warning_name(SUMMAR_WARN_SHORT_SOURCE),
                "short_source") &&
            !strcmp(summar_sentence_flag_name(SUMMAR_SENT_PARA_START),
                    "para_start") &&
            !strcmp(summar_token_flag_name(SUMMAR_TOKEN_STOPWORD),
                    "stopword"),
        "names are those of the JSON output");

  size_t nlangs = 0;
  while (summar_language_code(nlangs)) {
    if (summar_language_name(nlangs) != summar_language_code(nlangs))
      break;
    nlangs++;
  }
  CHECK(nlangs == 28 && summar_language_name(nlangs) == NULL,
        "summar_language_name is the same as summar_language_code");
  size_t own = 0;
  for (size_t i = 0; i < nlangs; i++) {
    const char *c = summar_language_canonical(summar_language_code(i));
    own += c && !strcmp(c, summar_language_code(i));
  }
  CHECK(own == nlangs, "each built-in code is its own canonical code");
  CHECK(!strcmp(summar_language_canonical("Arabic"), "ar") &&
            !strcmp(summar_language_canonical("en-GB"), "en") &&
            !strcmp(summar_language_canonical("ara"), "ar") &&
            summar_language_canonical("Klingonese") == NULL &&
            summar_language_canonical(NULL) == NULL,
        "summar_language_canonical maps tags and names to codes");
}

/* Versions, status codes, their messages and names. */
static void check_status(void) {
  CHECK(strcmp(summar_version(), SUMMAR_VERSION_STRING) == 0,
        "runtime version matches the header");
  CHECK(summar_version_number() == SUMMAR_VERSION_NUMBER, "version number");
  CHECK(summar_status_count() == (unsigned)SUMMAR_ERR_UTF16 + 1,
        "status count covers the header's codes");
  unsigned with_message = 0;
  for (unsigned s = 0; s < summar_status_count(); s++)
    with_message += summar_strerror((summar_status)s) &&
                    strcmp(summar_strerror((summar_status)s), "unknown status");
  CHECK(with_message == summar_status_count(), "every status has a message");
  CHECK(!strcmp(summar_strerror((summar_status)summar_status_count()),
                "unknown status"),
        "the code past the count is unknown");
  unsigned named = 0, distinct = 1, shaped = 1;
  for (unsigned s = 0; s < summar_status_count(); s++) {
    const char *name = summar_status_name((summar_status)s);
    if (!name)
      continue;
    named++;
    shaped &= name[0] &&
              strspn(name, "abcdefghijklmnopqrstuvwxyz0123456789_") ==
                  strlen(name);
    for (unsigned o = 0; o < s; o++)
      distinct &= !summar_status_name((summar_status)o) ||
                  strcmp(summar_status_name((summar_status)o), name) != 0;
  }
  CHECK(named == summar_status_count() && distinct && shaped,
        "every status has its own name of [a-z0-9_]");
  CHECK(!strcmp(summar_status_name(SUMMAR_OK), "ok") &&
            !strcmp(summar_status_name(SUMMAR_ERR_EMPTY), "empty") &&
            !strcmp(summar_status_name(SUMMAR_ERR_TOO_LARGE), "too_large") &&
            summar_status_name((summar_status)summar_status_count()) == NULL,
        "status names are those of the --jsonl error lines; none past the "
        "count");
  check_names();
  CHECK(!strcmp(summar_strerror((summar_status)999), "unknown status"),
        "unknown status has a message");
}

/* Inputs summar_doc_new() refuses, and invalid bytes replaced. */
static void check_inputs(summar_ctx *ctx) {
  summar_doc *doc = (summar_doc *)1;
  CHECK(summar_doc_new(NULL, "x", 1, NULL, 0, &doc) == SUMMAR_ERR_ARG &&
            doc == NULL,
        "doc_new without ctx fails and clears out");
  CHECK(summar_doc_new(ctx, NULL, 3, NULL, 0, &doc) == SUMMAR_ERR_ARG,
        "NULL text with a length");
  CHECK(summar_doc_new(ctx, "", 0, NULL, 0, &doc) == SUMMAR_ERR_EMPTY,
        "empty text");
  CHECK(summar_doc_new(ctx, " \n\t \n", 5, NULL, 0, &doc) == SUMMAR_ERR_EMPTY,
        "whitespace-only text");
  CHECK(summar_doc_new(ctx, "-- ... !!", 9, NULL, 0, &doc) == SUMMAR_ERR_EMPTY,
        "punctuation-only text");
  CHECK(summar_doc_new(ctx, "ab\xff", 3, NULL, 0, &doc) == SUMMAR_ERR_UTF8,
        "invalid UTF-8");
  CHECK(summar_doc_new(ctx, "a\0b", 3, NULL, 0, &doc) == SUMMAR_ERR_NUL,
        "NUL byte");
  CHECK(summar_doc_new(ctx, "hello", 5, "not a tag!", 0, &doc) ==
            SUMMAR_ERR_LANG_UNSUPPORTED,
        "malformed language tag");
  CHECK(summar_doc_new(ctx, "hello", 5, NULL, 0x100, &doc) == SUMMAR_ERR_ARG,
        "unknown flag");
  summar_ctx_set_max_input(ctx, 10);
  CHECK(summar_doc_new(ctx, en_text, strlen(en_text), NULL, 0, &doc) ==
            SUMMAR_ERR_TOO_LARGE,
        "input above the limit");
  summar_ctx_set_max_input(ctx, 1 << 20);

  /* Replacement keeps the text and says so. */
  const char bad[] = "Good text here.\xff\xfe More text \0 here.";
  CHECK(summar_doc_new(ctx, bad, sizeof bad - 1, "en",
                       SUMMAR_DOC_REPLACE_INVALID, &doc) == SUMMAR_OK,
        "invalid bytes replaced on request");
  size_t dlen;
  const char *dt = summar_doc_text(doc, &dlen);
  CHECK(dt && strstr(dt, "\xef\xbf\xbd") && dlen == strlen(dt) &&
            (summar_doc_warnings(doc) & SUMMAR_WARN_REPLACED),
        "replacement characters and warning");
  summar_doc_free(doc);
}

/* A document's sentences, tokens and scores. */
static summar_doc *check_doc(summar_ctx *ctx) {
  summar_doc *doc = NULL;
  CHECK(summar_doc_new(ctx, en_text, strlen(en_text), NULL, 0, &doc) ==
            SUMMAR_OK,
        "doc_new on English");
  CHECK(!strcmp(summar_doc_language(doc), "en"), "English detected");
  size_t n = summar_doc_sentence_count(doc);
  CHECK(n >= 5, "sentences found");
  summar_span sp;
  memset(&sp, 0, sizeof sp);
  sp.size = 4;
  CHECK(summar_doc_sentence(doc, 0, &sp) == SUMMAR_ERR_ARG,
        "too small sized struct rejected");
  sp.size = sizeof sp;
  CHECK(summar_doc_sentence(doc, n, &sp) == SUMMAR_ERR_RANGE, "index range");
  int inside = 1;
  for (size_t i = 0; i < n; i++) {
    summar_doc_sentence(doc, i, &sp);
    inside &= sp.start < sp.end && sp.end <= strlen(en_text);
  }
  CHECK(inside, "sentence spans lie inside the text");
  summar_token tk;
  tk.size = sizeof tk;
  CHECK(summar_doc_token_count(doc) > 40 &&
            summar_doc_token(doc, 1, &tk) == SUMMAR_OK &&
            !strcmp(tk.norm, "panels") && !strcmp(tk.stem, "panel"),
        "tokens carry norm and stem");
  /* Every token lies in the span of the sentence it names, in order. */
  int in_sentence = 1;
  size_t prev = 0;
  for (size_t i = 0; i < summar_doc_token_count(doc); i++) {
    in_sentence &= summar_doc_token(doc, i, &tk) == SUMMAR_OK &&
                   tk.sentence < n && tk.sentence >= prev &&
                   summar_doc_sentence(doc, tk.sentence, &sp) == SUMMAR_OK &&
                   sp.start <= tk.start && tk.end <= sp.end;
    prev = tk.sentence;
  }
  CHECK(in_sentence && prev == n - 1, "each token's sentence holds it");
  CHECK(summar_doc_embedded_request(doc, NULL, NULL, NULL) ==
            SUMMAR_ERR_NOT_FOUND,
        "no embedded request");

  double *scores = calloc(n, sizeof *scores);
  CHECK(summar_score(doc, "nope", scores, n) == SUMMAR_ERR_ALGORITHM,
        "unknown algorithm");
  CHECK(summar_score(doc, NULL, scores, n + 1) == SUMMAR_ERR_RANGE,
        "wrong score count");
  for (size_t a = 0; summar_algorithm_name(a); a++) {
    int ok = summar_score(doc, summar_algorithm_name(a), scores, n) ==
                 SUMMAR_OK &&
             summar_algorithm_description(a);
    double best = 0;
    for (size_t i = 0; i < n; i++) {
      ok &= scores[i] >= 0 && scores[i] <= 1;
      if (scores[i] > best)
        best = scores[i];
    }
    CHECK(ok && best == 1.0, summar_algorithm_name(a));
  }
  free(scores);
  return doc;
}

/* Request setters and summarizing @doc (freed here). */
static void check_request(summar_doc *doc) {
  summar_request *req = NULL;
  CHECK(summar_request_new(&req) == SUMMAR_OK, "request_new");
  CHECK(summar_request_set_words(req, 0) == SUMMAR_ERR_RANGE, "words 0");
  CHECK(summar_request_set_paragraphs(req, 0) == SUMMAR_ERR_RANGE,
        "paragraphs 0");
  CHECK(summar_request_set_ratio(req, 0.0) == SUMMAR_ERR_RANGE &&
            summar_request_set_ratio(req, 1.5) == SUMMAR_ERR_RANGE,
        "ratio out of range");
  CHECK(summar_request_set_algorithm(req, "nope") == SUMMAR_ERR_ALGORITHM,
        "unknown algorithm in a request");
  CHECK(summar_request_set_format(req, (summar_format)42) == SUMMAR_ERR_RANGE,
        "unknown format");
  CHECK(summar_request_set_output_lang(req, "Klingonese") ==
            SUMMAR_ERR_LANG_UNSUPPORTED,
        "unknown output language");
  summar_request_set_words(req, 30);
  summar_summary *sum = NULL;
  CHECK(summar_summarize(doc, req, &sum) == SUMMAR_OK, "summarize");
  CHECK(summar_summary_word_count(sum) <= 30 &&
            summar_summary_word_count(sum) > 10,
        "budget respected and used");
  CHECK(!strcmp(summar_summary_language(sum), "en"), "summary language");
  summar_summary_free(sum);
  summar_request_set_output_lang(req, "Arabic");
  CHECK(summar_summarize(doc, req, &sum) == SUMMAR_ERR_LANG_MISMATCH &&
            sum == NULL,
        "asking for another language is a mismatch");
  summar_request_free(req);
  summar_doc_free(doc);
}

/* summar_quick() and the language list. */
static void check_quick(void) {
  /* No content term at all (numbers only): selection and paragraph
   * splitting still work (similarities are 0). */
  const char *digits = "12 34. 56 78. 90 12. 34 56.";
  char *out = NULL;
  CHECK(summar_quick(digits, strlen(digits), "en", 4, 2, &out) == SUMMAR_OK &&
            out && summar_word_count(out, strlen(out)) <= 4,
        "a text without content terms is summarized");
  summar_free(out);
  out = NULL;
  CHECK(summar_quick(en_text, strlen(en_text), NULL, 40, 2, &out) ==
                SUMMAR_OK &&
            out && strstr(out, "\n\n") && strstr(en_text, "solar panels"),
        "summar_quick in two paragraphs");
  summar_free(out);
  CHECK(summar_quick("", 0, NULL, 40, 2, &out) == SUMMAR_ERR_EMPTY && !out,
        "summar_quick reports errors");
  size_t nlangs = 0;
  while (summar_language_code(nlangs))
    nlangs++;
  CHECK(nlangs == 28, "28 built-in languages");
}

int main(void) {
  check_status();
  /* Freeing NULL is a no-op: a crash here fails the whole test. */
  summar_free(NULL);
  summar_ctx_free(NULL);
  summar_doc_free(NULL);
  summar_request_free(NULL);
  summar_summary_free(NULL);

  summar_ctx *ctx = NULL;
  CHECK(summar_ctx_new(NULL, NULL) == SUMMAR_ERR_ARG, "ctx_new(NULL out)");
  summar_allocator half = {NULL, NULL, NULL};
  CHECK(summar_ctx_new(&half, &ctx) == SUMMAR_ERR_ARG && !ctx,
        "incomplete allocator rejected");
  CHECK(summar_ctx_new(NULL, &ctx) == SUMMAR_OK && ctx, "ctx_new");
  CHECK(summar_ctx_set_max_input(ctx, 0) == SUMMAR_ERR_RANGE,
        "max input 0 rejected");
  CHECK(summar_ctx_max_input(ctx) == 64u * 1024 * 1024, "default limit");

  check_inputs(ctx);
  check_request(check_doc(ctx));
  check_quick();
  summar_ctx_free(ctx);
  return tap_done();
}
