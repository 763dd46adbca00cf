/* summar_summarize() through the public API only: English and Arabic
 * texts, properties over many budgets and paragraph counts, errors. */
#include <summar.h>
#include "../common/tap.h"

#include <stdlib.h>
#include <string.h>

static const char *const en_text =
    "Solar power reaches a new record\n\n"
    "Solar panels produced more electricity than coal across the country "
    "last month, the national grid operator said on Tuesday. It is the "
    "first time that solar power has overtaken coal for a whole month. "
    "Engineers credited a sunny spring and the many new solar farms built "
    "in the south during the last two years. Coal plants have been closing "
    "steadily as their owners find them too expensive to run.\n\n"
    "The grid operator warned that the record does not mean the end of "
    "coal. Demand for electricity rises in winter, when the days are short "
    "and solar panels produce much less. Batteries can store power for a "
    "few hours, but not for weeks. Several coal plants will stay on standby "
    "until new storage and wind farms are ready.\n\n"
    "Environmental groups welcomed the news and called for faster "
    "investment in storage. Industry leaders said that prices for solar "
    "panels had fallen by half in five years. Some farmers complained that "
    "solar farms take good land away from crops. The government promised "
    "a review of land rules for new projects. Electricity bills, however, "
    "have not yet fallen for most households.\n";

static const char *const ar_text =
    "ارتفاع أسعار القمح في الأسواق العالمية\n\n"
    "ارتفعت أسعار القمح في الأسواق العالمية خلال الأسبوع الماضي بسبب "
    "الجفاف في عدد من الدول المنتجة. وقال خبراء إن المحصول هذا العام "
    "سيكون أقل من المتوقع. وأعلنت الحكومة أنها ستزيد مخزون القمح لتجنب "
    "نقص الخبز في الأسواق المحلية.\n\n"
    "وأشار التقرير إلى أن أسعار الخبز قد ترتفع في الأشهر المقبلة. "
    "ويخشى المواطنون من زيادة تكاليف المعيشة؟ وطالب نواب في البرلمان "
    "بدعم المزارعين وتوفير المياه للري. كما دعا خبراء الزراعة إلى "
    "استخدام بذور تتحمل الجفاف.\n\n"
    "من جهة أخرى، قالت وزارة التجارة إن الواردات ستغطي حاجة السوق حتى "
    "نهاية العام. وأكدت الوزارة أن الأسعار ستعود إلى الاستقرار بعد "
    "موسم الحصاد المقبل. ويتوقع المحللون أن يستمر ارتفاع الأسعار عدة "
    "أشهر.\n";

static summar_doc *make_doc(summar_ctx *ctx, const char *text,
                            const char *lang) {
  summar_doc *doc = NULL;
  if (summar_doc_new(ctx, text, strlen(text), lang, 0, &doc) != SUMMAR_OK)
    return NULL;
  return doc;
}

/* Rebuilds the expected TEXT rendering from the picks, taking every
 * sentence's bytes from the caller's input, and compares. */
static int text_matches_picks(const char *input, const summar_summary *sum) {
  size_t n = summar_summary_sentence_count(sum), len;
  const char *t = summar_summary_text(sum, &len);
  if (n == 0)
    return len == 0 && t[0] == '\0';
  size_t at = 0, prev_para = 0;
  for (size_t i = 0; i < n; i++) {
    summar_pick pk;
    pk.size = sizeof pk;
    if (summar_summary_sentence(sum, i, &pk) != SUMMAR_OK)
      return 0;
    if (i > 0) {
      const char *sep = pk.paragraph != prev_para ? "\n\n" : " ";
      if (pk.paragraph != prev_para && pk.paragraph != prev_para + 1)
        return 0;
      if (strncmp(t + at, sep, strlen(sep)))
        return 0;
      at += strlen(sep);
    } else if (pk.paragraph != 0) {
      return 0;
    }
    prev_para = pk.paragraph;
    size_t l = pk.end - pk.start;
    if (pk.end > strlen(input) || at + l > len ||
        memcmp(t + at, input + pk.start, l))
      return 0;
    at += l;
    /* A sentence cut to fit ends with "…", and only such a one. */
    int ell = at + 3 <= len && !memcmp(t + at, "\xE2\x80\xA6", 3);
    if (ell != (pk.truncated != 0))
      return 0;
    at += ell ? 3 : 0;
  }
  return at + 1 == len && t[at] == '\n';
}

/* Paragraphs in a TEXT rendering: blank-line separated runs. */
static size_t count_paragraphs(const char *t) {
  if (!*t)
    return 0;
  size_t n = 1;
  for (const char *p = t; (p = strstr(p, "\n\n")); p += 2)
    n++;
  return n;
}

static void properties(summar_ctx *ctx, const char *input, const char *lang,
                       const char *name) {
  summar_doc *doc = make_doc(ctx, input, NULL);
  char what[160];
  snprintf(what, sizeof what, "%s: document built and language detected",
           name);
  CHECK(doc && !strcmp(summar_doc_language(doc), lang), what);
  if (!doc)
    return;
  summar_request *req = NULL;
  summar_request_new(&req);
  int exact = 1, budget = 1, paras = 1, counts = 1, used = 1;
  size_t content = summar_doc_content_words(doc);
  for (size_t w = 1; w <= 200; w++) {
    size_t k = 1 + w % 5;
    summar_request_set_words(req, w);
    summar_request_set_paragraphs(req, k);
    summar_summary *sum = NULL;
    if (summar_summarize(doc, req, &sum) != SUMMAR_OK) {
      exact = 0;
      continue;
    }
    size_t len;
    const char *t = summar_summary_text(sum, &len);
    size_t n = summar_summary_sentence_count(sum);
    exact &= text_matches_picks(input, sum);
    budget &= summar_word_count(t, len) <= w &&
              summar_summary_word_count(sum) <= w;
    size_t want = n < k ? n : k;
    paras &= count_paragraphs(t) == want &&
             summar_summary_paragraph_count(sum) == want;
    if (n && n < k)
      paras &= (summar_summary_warnings(sum) & SUMMAR_WARN_FEW_PARAGRAPHS) != 0;
    counts &= summar_summary_word_count(sum) == summar_word_count(t, len) &&
              summar_summary_source_words(sum) == content &&
              !strcmp(summar_summary_language(sum), lang);
    /* Never empty: the best sentence, cut when nothing fits whole. */
    used &= n > 0;
    /* The budget is used: at least half of it once a sentence fits. */
    if (w >= 40 && w <= content)
      used &= summar_summary_word_count(sum) * 2 >= w;
    if (w >= content)
      used &= summar_summary_word_count(sum) == content;
    summar_summary_free(sum);
  }
  snprintf(what, sizeof what,
           "%s: every output sentence is byte-exact input, in order", name);
  CHECK(exact, what);
  snprintf(what, sizeof what, "%s: word budget 1..200 never exceeded", name);
  CHECK(budget, what);
  snprintf(what, sizeof what, "%s: paragraph count honoured", name);
  CHECK(paras, what);
  snprintf(what, sizeof what, "%s: counts and language reported", name);
  CHECK(counts, what);
  snprintf(what, sizeof what, "%s: budgets are used", name);
  CHECK(used, what);

  /* Default request: 20% of the content words, one paragraph. */
  summar_summary *sum = NULL;
  CHECK(summar_summarize(doc, NULL, &sum) == SUMMAR_OK &&
            summar_summary_word_count(sum) <= (content + 2) / 5 + 1 &&
            summar_summary_paragraph_count(sum) <= 1,
        "default request: 20% of the content words, one paragraph");
  summar_summary_free(sum);

  /* Sentence budget and every algorithm. */
  int algos = 1;
  summar_request_set_sentences(req, 3);
  summar_request_set_paragraphs(req, 2);
  for (size_t a = 0; summar_algorithm_name(a); a++) {
    summar_request_set_algorithm(req, summar_algorithm_name(a));
    sum = NULL;
    algos &= summar_summarize(doc, req, &sum) == SUMMAR_OK &&
             summar_summary_sentence_count(sum) >= 1 &&
             summar_summary_sentence_count(sum) <= 3 &&
             text_matches_picks(input, sum);
    summar_summary_free(sum);
  }
  snprintf(what, sizeof what, "%s: sentence budget under every algorithm",
           name);
  CHECK(algos, what);

  /* Short source: everything, with a warning. */
  summar_request_set_words(req, content + 50);
  sum = NULL;
  CHECK(summar_summarize(doc, req, &sum) == SUMMAR_OK &&
            summar_summary_word_count(sum) == content &&
            (summar_summary_warnings(sum) & SUMMAR_WARN_SHORT_SOURCE),
        "budget above the source: all content and SHORT_SOURCE");
  summar_summary_free(sum);

  /* Other formats are well-formed at the edges. */
  summar_request_set_words(req, 60);
  summar_request_set_title(req, 1);
  summar_request_set_keywords(req, 5);
  summar_request_set_format(req, SUMMAR_FORMAT_JSON);
  sum = NULL;
  size_t len = 0;
  const char *t = NULL;
  if (summar_summarize(doc, req, &sum) == SUMMAR_OK)
    t = summar_summary_text(sum, &len);
  snprintf(what, sizeof what, "%s: JSON object with title and keywords",
           name);
  CHECK(t && len > 2 && t[0] == '{' && !strcmp(t + len - 2, "}\n") &&
            strstr(t, "\"title\":") && strstr(t, "\"sentences\":[{") &&
            summar_summary_keyword_count(sum) == 5 &&
            strstr(t, summar_summary_keyword(sum, 0)),
        what);
  int weights_ok = summar_summary_keyword_weight(sum, 0) == 1.0 &&
                   summar_summary_keyword_weight(sum, 5) == 0.0 &&
                   summar_summary_keyword_weight(NULL, 0) == 0.0;
  for (size_t k = 1; k < 5; k++) {
    double w = summar_summary_keyword_weight(sum, k);
    weights_ok &= w > 0 && w <= summar_summary_keyword_weight(sum, k - 1);
  }
  snprintf(what, sizeof what,
           "%s: keyword weights in (0, 1], the first 1, not increasing",
           name);
  CHECK(weights_ok, what);
  char kwjson[256];
  snprintf(kwjson, sizeof kwjson, "\"keywords\":[{\"word\":\"%s\",\"weight\":1}",
           summar_summary_keyword(sum, 0));
  snprintf(what, sizeof what, "%s: JSON keywords with their weights", name);
  CHECK(t && strstr(t, kwjson), what);
  summar_span ts, ds;
  ts.size = ds.size = sizeof ts;
  snprintf(what, sizeof what, "%s: the printed title's span is the doc's",
           name);
  CHECK(summar_summary_title(sum, &ts) == SUMMAR_OK &&
            summar_doc_title(doc, &ds) == SUMMAR_OK && ts.start == ds.start &&
            ts.end == ds.end && ts.block == ds.block &&
            (ts.flags & SUMMAR_SENT_TITLE),
        what);
  summar_summary_free(sum);
  summar_request_set_format(req, SUMMAR_FORMAT_HTML);
  sum = NULL;
  t = NULL;
  if (summar_summarize(doc, req, &sum) == SUMMAR_OK)
    t = summar_summary_text(sum, &len);
  snprintf(what, sizeof what, "%s: HTML with <h1> and <p>", name);
  CHECK(t && !strncmp(t, "<h1>", 4) && strstr(t, "</h1>\n<p>") &&
            !strcmp(t + len - 5, "</p>\n"),
        what);
  summar_summary_free(sum);
  summar_request_set_format(req, SUMMAR_FORMAT_MARKDOWN);
  sum = NULL;
  t = NULL;
  if (summar_summarize(doc, req, &sum) == SUMMAR_OK)
    t = summar_summary_text(sum, &len);
  snprintf(what, sizeof what, "%s: Markdown with a # heading", name);
  CHECK(t && !strncmp(t, "# ", 2) && strstr(t, "\n\n"), what);
  summar_summary_free(sum);

  summar_request_free(req);
  summar_doc_free(doc);
}

static void errors(summar_ctx *ctx) {
  summar_doc *doc = make_doc(ctx, en_text, NULL);
  summar_request *req = NULL;
  summar_summary *sum = (summar_summary *)1;
  CHECK(summar_request_new(NULL) == SUMMAR_ERR_ARG, "request_new(NULL)");
  CHECK(summar_request_new(&req) == SUMMAR_OK, "request_new");
  CHECK(summar_summarize(NULL, req, &sum) == SUMMAR_ERR_ARG && sum == NULL,
        "summarize(NULL doc) fails and clears out");
  CHECK(summar_summarize(doc, req, NULL) == SUMMAR_ERR_ARG,
        "summarize(NULL out)");
  CHECK(summar_request_set_words(NULL, 5) == SUMMAR_ERR_ARG &&
            summar_request_set_sentences(NULL, 5) == SUMMAR_ERR_ARG &&
            summar_request_set_ratio(NULL, 0.5) == SUMMAR_ERR_ARG &&
            summar_request_set_paragraphs(NULL, 2) == SUMMAR_ERR_ARG &&
            summar_request_set_format(NULL, SUMMAR_FORMAT_TEXT) ==
                SUMMAR_ERR_ARG &&
            summar_request_set_algorithm(NULL, NULL) == SUMMAR_ERR_ARG &&
            summar_request_set_output_lang(NULL, "en") == SUMMAR_ERR_ARG &&
            summar_request_set_keywords(NULL, 1) == SUMMAR_ERR_ARG &&
            summar_request_set_title(NULL, 1) == SUMMAR_ERR_ARG,
        "setters reject a NULL request");
  CHECK(summar_request_set_words(req, (size_t)-1) == SUMMAR_ERR_RANGE &&
            summar_request_set_sentences(req, (size_t)-1) ==
                SUMMAR_ERR_RANGE &&
            summar_request_set_ratio(req, 1e300) == SUMMAR_ERR_RANGE &&
            summar_request_set_paragraphs(req, (size_t)-1) ==
                SUMMAR_ERR_RANGE &&
            summar_request_set_keywords(req, (size_t)-1) == SUMMAR_ERR_RANGE &&
            summar_request_set_format(req, (summar_format)99) ==
                SUMMAR_ERR_RANGE,
        "absurd values are SUMMAR_ERR_RANGE");
  CHECK(summar_request_set_algorithm(req, "no-such-algorithm") ==
                SUMMAR_ERR_ALGORITHM &&
            summar_request_set_algorithm(req, NULL) == SUMMAR_OK,
        "unknown algorithm; NULL restores the default");
  CHECK(summar_request_set_output_lang(req, "Klingonese") ==
            SUMMAR_ERR_LANG_UNSUPPORTED,
        "unknown output language");
  CHECK(summar_request_set_output_lang(req, "Arabic") == SUMMAR_OK &&
            summar_summarize(doc, req, &sum) == SUMMAR_ERR_LANG_MISMATCH &&
            sum == NULL,
        "English source, Arabic output: SUMMAR_ERR_LANG_MISMATCH");
  CHECK(summar_request_set_output_lang(req, "ar-EG") == SUMMAR_OK &&
            summar_summarize(doc, req, &sum) == SUMMAR_ERR_LANG_MISMATCH,
        "a BCP 47 tag of another language: mismatch");
  CHECK(summar_request_set_output_lang(req, "en-US") == SUMMAR_OK &&
            summar_summarize(doc, req, &sum) == SUMMAR_OK && sum,
        "the source's own language is accepted");
  summar_summary_free(sum);
  summar_request_set_output_lang(req, NULL);

  /* Settings left unchanged by a rejected value. */
  summar_request_set_words(req, 25);
  summar_request_set_words(req, 0);
  sum = NULL;
  CHECK(summar_summarize(doc, req, &sum) == SUMMAR_OK &&
            summar_summary_word_count(sum) <= 25 &&
            summar_summary_word_count(sum) > 0,
        "a rejected value keeps the previous budget");
  summar_pick pk;
  pk.size = sizeof pk;
  CHECK(summar_summary_sentence(sum, 999, &pk) == SUMMAR_ERR_RANGE &&
            summar_summary_sentence(sum, 0, NULL) == SUMMAR_ERR_ARG &&
            summar_summary_sentence(NULL, 0, &pk) == SUMMAR_ERR_ARG,
        "pick accessor errors");
  CHECK(summar_summary_keyword_count(sum) == 0 &&
            summar_summary_keyword(sum, 0) == NULL,
        "no keywords unless asked");
  summar_span tsp;
  tsp.size = sizeof tsp;
  CHECK(summar_summary_title(sum, &tsp) == SUMMAR_ERR_NOT_FOUND &&
            summar_summary_title(NULL, &tsp) == SUMMAR_ERR_ARG &&
            summar_summary_title(sum, NULL) == SUMMAR_ERR_ARG,
        "no title unless asked; title accessor errors");
  tsp.size = 1;
  CHECK(summar_summary_title(sum, &tsp) == SUMMAR_ERR_ARG,
        "title accessor: out->size too small");
  /* The summary does not refer to the doc or the request. */
  summar_request_free(req);
  summar_doc_free(doc);
  size_t len = 0;
  const char *t = summar_summary_text(sum, &len);
  CHECK(t && strlen(t) == len && len > 0, "summary outlives doc and request");
  summar_summary_free(sum);
}

int main(void) {
  summar_ctx *ctx = NULL;
  if (summar_ctx_new(NULL, &ctx) != SUMMAR_OK) {
    CHECK(0, "context");
    return tap_done();
  }
  properties(ctx, en_text, "en", "English");
  properties(ctx, ar_text, "ar", "Arabic");
  errors(ctx);
  summar_ctx_free(ctx);
  return tap_done();
}
