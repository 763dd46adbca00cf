/*
 * summary.h - selection under a budget, paragraphs, requests,
 * summaries and their rendering (select.c, paragraph.c, request.c,
 * format.c).
 * Internal, not installed.
 */
#ifndef SUMMAR_SUMMARY_H
#define SUMMAR_SUMMARY_H

#include "doc.h"
#include "score.h"

/* Tuning of selection and paragraph splitting: one struct so that tools
 * can tune it (against ROUGE); the shipped values are
 * summar_select_params_std. */
typedef struct summar_select_params {
  double redundancy;   /* a candidate whose idf cosine with a chosen
                          sentence is above this is skipped (0.6) */
  size_t knapsack_pool; /* word budgets: how many of the best candidates
                           the exact fill (knapsack) chooses among (0:
                           greedy walk only) */
  double para_break;   /* paragraphs: a source paragraph boundary between
                          two chosen sentences lowers their link by this */
  double balance;      /* paragraphs: weight of the squared relative
                          deviation of a paragraph's words from the mean */
  int anaphora;        /* 1: a chosen sentence opening with an anaphor
                          (summar_sent_opens_anaphor) brings the content
                          sentence before it when that fits, else it gives
                          way and the budget is filled again; 0: off */
  double cut_best;     /* word budgets: when the best candidate is longer
                          than the budget and the whole sentences chosen
                          bring less than cut_best x its score x the
                          budget (the knapsack's value, score x words),
                          nothing is chosen, so that the best sentence is
                          cut to the budget (0: off) */
  double cut_fill;     /* word budgets: the worth of a word of a cut
                          sentence against a word of a whole one (0: off).
                          When the knapsack run again over the sentences
                          before one of the SUMMAR_CUT_FILL_TRIES best
                          candidates, plus that candidate cut to fill what
                          it leaves (valued cut_fill x score x kept words),
                          brings more than the whole sentences chosen, it
                          replaces them (summar_select_cut_fill) */
  double cut_min;      /* the least share of a sentence's words the cut
                          fill keeps (and always 4 words or more) */
} summar_select_params;

extern const summar_select_params summar_select_params_std;
extern const summar_select_params summar_select_params_ar;

/* The shipped selection parameters of a document: summar_select_params_ar
 * for Arabic documents (summar_default_uses_ar), else
 * summar_select_params_std. */
const summar_select_params *
summar_select_params_for(const struct summar_doc *doc);

/* Budgets of summar_select(): SIZE_MAX means "no limit". */
/* Chooses sentences of `doc` under the budget from `scores` (one per
 * sentence, higher is better): content sentences only, an exact fill
 * (knapsack) of the best ones under a word budget, then a greedy walk by
 * rank with redundancy control and budget filling (select.c).  On success
 * *out receives the chosen sentence indexes in source order (through
 * doc->a, NULL when *nout is 0) and *warnings gains
 * SUMMAR_WARN_SHORT_SOURCE or SUMMAR_WARN_NOTHING_FITS (also when
 * p->cut_best leaves the best sentence to be cut).  When `cut` is not
 * NULL and p->cut_fill is on, one chosen sentence may be cut: *cut
 * receives it (sent SIZE_MAX: none; the sentence is in *out) and
 * *warnings gains SUMMAR_WARN_TRUNCATED.  p NULL:
 * summar_select_params_std.  Errors: SUMMAR_ERR_NOMEM. */
struct summar_cut;
summar_status summar_select(const struct summar_doc *doc, const double *scores,
                            size_t max_words, size_t max_sents,
                            const summar_select_params *p, size_t **out,
                            size_t *nout, struct summar_cut *cut,
                            unsigned *warnings);

/* Whether content sentence i is a unit a summary is not filled with while
 * a content sentence can be chosen: three words or fewer, a list lead-in
 * or clause ending with ":" or a comma, a section name of its language
 * (summar_sent_is_section_name), or a heading (a short source line of its
 * own without a sentence-ending mark). */
int summar_sent_is_filler(const struct summar_doc *doc, size_t i);

/* Whether sentence i opens with an anaphor of its document's language (a
 * pronoun, demonstrative or referring phrase of data/anaphora/<lang>.txt:
 * "He", "This", "O segundo", "وهذا"), which refers to an earlier sentence.
 * 0 for languages without a list (units.c). */
int summar_sent_opens_anaphor(const struct summar_doc *doc, size_t i);

/* Whether sentence i is only a section name of its document's language
 * (data/headings/<lang>.txt: "Introduction", "الخاتمة"), after an optional
 * section number ("2", "2.1", "IV", "A") and before any ":" or ".".  0 for
 * languages without a list (units.c). */
int summar_sent_is_section_name(const struct summar_doc *doc, size_t i);

/* A sentence cut after some of its words (summar_select_cut). */
typedef struct summar_cut {
  size_t sent;  /* sentence index */
  size_t end;   /* end of the kept prefix (bytes, document text) */
  size_t words; /* words kept */
  int cut;      /* 1 when end is before the sentence's end */
} summar_cut;

/* The best-scored content sentence holding a word (ties: the earlier),
 * SIZE_MAX when there is none. */
size_t summar_select_best(const struct summar_doc *doc, const double *scores);

/* The best-scored content sentence not in chosen[0..nchosen) (source
 * order) and not too similar to one of them, its prefix of at most
 * `room` words (room > 0) in *out: the prefix ends at the end of a word
 * (a grapheme boundary inside a very long one), without trailing spaces
 * or separating punctuation.  Returns 1 when found, 0 when there is no
 * such sentence, -1 on allocation failure.  p NULL:
 * summar_select_params_std. */
int summar_select_cut(const struct summar_doc *doc, const double *scores,
                      const size_t *chosen, size_t nchosen, size_t room,
                      const summar_select_params *p, summar_cut *out);

/* Splits the chosen sentences sel[0..n) (source order) into min(n, k)
 * paragraphs at the weakest links with balanced lengths: para[i] receives
 * the 0-based paragraph of sel[i] (non-decreasing, every paragraph
 * non-empty).  Returns the number of paragraphs, or SIZE_MAX on allocation
 * failure.  p NULL: summar_select_params_std. */
size_t summar_paragraphs(const struct summar_doc *doc, const size_t *sel,
                         size_t n, size_t k, const summar_select_params *p,
                         size_t *para);

/* Budget kinds of a request. */
typedef enum summar_budget {
  SUMMAR_BUDGET_RATIO = 0,
  SUMMAR_BUDGET_WORDS,
  SUMMAR_BUDGET_SENTENCES
} summar_budget;

struct summar_request {
  summar_allocator a;
  summar_budget budget;
  size_t words;        /* SUMMAR_BUDGET_WORDS */
  size_t sentences;    /* SUMMAR_BUDGET_SENTENCES */
  double ratio;        /* SUMMAR_BUDGET_RATIO */
  size_t paragraphs;
  summar_format format;
  const summar_scorer *scorer; /* registry entry (static) */
  const char *out_lang;        /* static canonical code or NULL */
  size_t keywords;
  int title;
  int fill;            /* complete a word budget with a cut sentence */
};

struct summar_summary {
  summar_allocator a;
  char *text;          /* rendered, NUL-terminated */
  size_t len;
  unsigned warnings;
  const char *lang;    /* static */
  size_t words, source_words, nparas;
  summar_pick *picks;  /* source order; size fields set */
  size_t npicks;
  char *kw_pool;       /* keywords back to back, each NUL-terminated */
  size_t *kw_off;      /* offsets into kw_pool */
  double *kw_weight;   /* salience relative to the first keyword's */
  size_t nkeywords;
  int has_title;       /* the headline is printed: title is set */
  summar_span title;   /* the headline in the document text */
};

/* Sets *r to the defaults of summar_request_new() (request.c). */
void summar_request_defaults(summar_request *r);

/* Adds the document's n most salient keywords to the summary, copied into
 * its allocator (keywords.c).  Errors: SUMMAR_ERR_NOMEM. */
summar_status summar_summary_add_keywords(const struct summar_doc *doc,
                                          size_t n, summar_summary *sum);

/* summar_summarize() with the scores given (one per sentence) instead of
 * computed by the request's algorithm, and the selection parameters p
 * (NULL: summar_select_params_for(doc)).  req NULL: defaults. */
summar_status summar_summarize_scores(const struct summar_doc *doc,
                                      const summar_request *req,
                                      const double *scores,
                                      const summar_select_params *p,
                                      summar_summary **out);

/* The `n` most salient content terms (tf x idf, ties by higher tf, then
 * lower term id): keywords[i] receives the pool offset of the term's most
 * frequent norm (ties: the bytewise smaller) and, when weights is not
 * NULL, weights[i] its salience divided by the first one's (in (0, 1],
 * not increasing).  Returns the number found (<= n), or SIZE_MAX on
 * allocation failure. */
size_t summar_keywords(const struct summar_doc *doc, size_t n,
                       uint32_t *keywords, double *weights);

/* Renders a summary whose picks, paragraphs, keywords and counts are set
 * into `out` in format f; `title` (may be NULL) is the headline's bytes,
 * title_len long. */
void summar_render(const char *text, const summar_summary *sum,
                   summar_format f, const char *title, size_t title_len,
                   summar_buf *out);
/* JSON string literal of s[0..n) with quotes, control characters escaped
 * and UTF-8 passed through. */
void summar_json_string(summar_buf *b, const char *s, size_t n);
/* s[0..n) with & < > " ' escaped for HTML text and attributes. */
void summar_html_escape(summar_buf *b, const char *s, size_t n);

#endif /* SUMMAR_SUMMARY_H */
