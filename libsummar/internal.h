/*
 * internal.h - structures and functions shared by libsummar's stages.
 * Not installed.  Every name here is hidden (the library is built with
 * -fvisibility=hidden; only SUMMAR_API names are exported).
 */
#ifndef SUMMAR_INTERNAL_H
#define SUMMAR_INTERNAL_H

#include "summar.h"

#include <stddef.h>
#include <stdint.h>

/* ------------------------------------------------------------ memory */

/* Allocation through a context's allocator.  All return NULL on failure or
 * on size overflow; none prints or aborts. */
void *summar_alloc(const summar_allocator *a, size_t n);
void *summar_calloc(const summar_allocator *a, size_t count, size_t size);
void *summar_realloc(const summar_allocator *a, void *p, size_t n);
void summar_dealloc(const summar_allocator *a, void *p);
/* Ensures *data (elements of elsize bytes, capacity *cap) holds at least
 * `need` elements, growing geometrically.  Returns 0 on success, -1 on
 * failure or overflow (then *data is untouched). */
int summar_grow(const summar_allocator *a, void **data, size_t *cap,
                size_t need, size_t elsize);
/* A copy of s[0..n) plus NUL through the allocator, or NULL. */
char *summar_strndup(const summar_allocator *a, const char *s, size_t n);
/* The default allocator (malloc/free). */
extern const summar_allocator summar_default_allocator;

/* Whether a caller's sized struct *p of type T is large enough: its size
 * covers T up to and including LAST, the last member of T's first release.
 * Every sized struct of summar.h is checked this way. */
#define SUMMAR_SIZED_OK(p, T, LAST)                                           \
  ((p)->size >= offsetof(T, LAST) + sizeof((p)->LAST))
/* Copies the known prefix of *src into the caller's sized struct *dst
 * (dst->size bytes at most), keeping dst->size. */
#define SUMMAR_SIZED_COPY(dst, src)                                           \
  do {                                                                        \
    size_t summar_sz_ = (dst)->size;                                          \
    memcpy((dst), (src), summar_sz_ < sizeof *(src) ? summar_sz_               \
                                                    : sizeof *(src));         \
    (dst)->size = summar_sz_;                                                 \
  } while (0)

/* ------------------------------------------------------ byte buffer */

typedef struct summar_buf {
  const summar_allocator *a;
  char *data; /* always NUL-terminated when non-NULL */
  size_t len;
  size_t cap;
  int failed; /* set once an append failed: later appends do nothing */
} summar_buf;

void summar_buf_init(summar_buf *b, const summar_allocator *a);
void summar_buf_free(summar_buf *b);
void summar_buf_append(summar_buf *b, const char *s, size_t n);
void summar_buf_puts(summar_buf *b, const char *s);
void summar_buf_putc(summar_buf *b, char c);
void summar_buf_printf(summar_buf *b, const char *fmt, ...)
#ifdef __GNUC__
    __attribute__((format(printf, 2, 3)))
#endif
    ;
/* Takes the buffer's memory (NUL-terminated, never NULL unless failed) */
char *summar_buf_take(summar_buf *b, size_t *len);

/* ------------------------------------------------------------ UTF-8 */

/* Decodes one code point at s[*i] (i < len), advancing *i.  Returns the
 * code point, or -1 for an invalid sequence (then *i advances by 1). */
int32_t summar_utf8_next(const char *s, size_t len, size_t *i);
/* Encodes cp into out (4 bytes at least), returns the length. */
size_t summar_utf8_encode(int32_t cp, char *out);
/* Whitespace as a reader sees it (Unicode White_Space, plus ZWSP/BOM). */
int summar_is_space(int32_t cp);
/* Letter (L*) or digit (Nd/Nl/No). */
int summar_is_alnum(int32_t cp);

/* ------------------------------------------------------------ spans */

typedef struct summar_range {
  size_t start, end;
} summar_range;

typedef struct summar_rangevec {
  const summar_allocator *a;
  summar_range *v;
  size_t n, cap;
} summar_rangevec;

/* Appends [start,end); returns 0 or -1 on allocation failure. */
int summar_rangevec_push(summar_rangevec *rv, size_t start, size_t end);
void summar_rangevec_free(summar_rangevec *rv);

/* ------------------------------------------------------------ languages */

/* Script classes used by cleaning and detection. */
typedef enum summar_script {
  SUMMAR_SCRIPT_NONE = 0, /* digits, punctuation, symbols, spaces */
  SUMMAR_SCRIPT_LATIN,
  SUMMAR_SCRIPT_ARABIC,
  SUMMAR_SCRIPT_CYRILLIC,
  SUMMAR_SCRIPT_GREEK,
  SUMMAR_SCRIPT_HEBREW,
  SUMMAR_SCRIPT_ARMENIAN,
  SUMMAR_SCRIPT_DEVANAGARI,
  SUMMAR_SCRIPT_TAMIL,
  SUMMAR_SCRIPT_HAN,      /* includes kana and hangul: CJK */
  SUMMAR_SCRIPT_THAI,
  SUMMAR_SCRIPT_OTHER,
  SUMMAR_SCRIPT_COUNT
} summar_script;

/* Script of one code point. */
summar_script summar_script_of(int32_t cp);
/* The script of most letters in text[start,end), SUMMAR_SCRIPT_NONE when
 * there is no letter.  *share (may be NULL) receives that script's share
 * of the letters, 0..1. */
summar_script summar_dominant_script(const char *text, size_t start,
                                     size_t end, double *share);
/* The script languages of tag `lang` are written in (Latin for "en"...). */
summar_script summar_lang_script(const char *lang);

/* Detects the language of text[start,end): script first, then stopword
 * profiles among the languages of that script.  Returns a static ISO 639-1
 * code, or "und".  *confident (may be NULL) is set to 1 when the evidence
 * was clear. */
const char *summar_lang_detect(const char *text, size_t start, size_t end,
                               int *confident);
/* Canonical static code for a BCP 47 tag or an English/native language
 * name ("en-GB" -> "en", "Arabic" -> "ar", "العربية" -> "ar", "zh-Hant" ->
 * "zh").  Returns NULL when the tag is malformed or the name unknown.
 * Any well-formed 2-3 letter primary subtag is accepted and returned from
 * a static table of known codes, else NULL. */
const char *summar_lang_canonical(const char *tag);

/* ------------------------------------------------------------ segmenter */

typedef struct summar_segmenter summar_segmenter;
/* One segmenter for `lang` (ISO code; NULL or "und" for root rules).  Not
 * thread-safe: one per thread.  Returns SUMMAR_OK, NOMEM or BACKEND. */
summar_status summar_segmenter_new(const summar_allocator *a,
                                   const char *lang, summar_segmenter **out);
void summar_segmenter_free(summar_segmenter *seg);
/* Splits text[start,end) into sentences, appending each to *out as a byte
 * range trimmed of surrounding whitespace (empty ones skipped).  The text
 * must be valid UTF-8.  Line breaks: a blank line ends a sentence (unless
 * `soft_blank`: then it is judged as a single line break, for double-spaced
 * text); a single line break ends one only where the rules say so. */
summar_status summar_segment(summar_segmenter *seg, const char *text,
                             size_t start, size_t end, int soft_blank,
                             summar_rangevec *out);

/* ------------------------------------------------------------ tokenizer */

typedef struct summar_tokenizer summar_tokenizer;
/* Word tokenizer + normalizer + stemmer + stopwords for `lang` (any ISO
 * code; stemming and stopwords only where built in).  Not thread-safe: one
 * per thread. */
summar_status summar_tokenizer_new(const summar_allocator *a,
                                   const char *lang, summar_tokenizer **out);
void summar_tokenizer_free(summar_tokenizer *tk);

/* One word token as produced by summar_tokenize(). */
typedef struct summar_rawtok {
  size_t start, end; /* bytes in the text */
  unsigned flags;    /* SUMMAR_TOKEN_* */
  const char *norm;  /* normalized form, NUL-terminated */
  size_t norm_len;
  const char *stem;  /* stem of norm, NUL-terminated */
  size_t stem_len;
  const char *term;  /* what scorers match: the stem, or in English the
                        norm with its plural folded; NUL-terminated */
  size_t term_len;
} summar_rawtok;

/* Called once per word token (letter or number tokens only; punctuation
 * and spaces are skipped).  The strings are valid only during the call.
 * Return nonzero to stop with SUMMAR_ERR_NOMEM (the callback's own
 * allocation failed). */
typedef int (*summar_token_cb)(void *ud, const summar_rawtok *tok);
summar_status summar_tokenize(summar_tokenizer *tk, const char *text,
                              size_t start, size_t end, summar_token_cb cb,
                              void *ud);

/* Normalizes s[0..len) for matching: NFKC, case fold; Arabic: tashkeel
 * and tatweel removed, alef variants -> ا, ى -> ي, ة -> ه, ؤ -> و, ئ -> ي.
 * Appends to out (no NUL counted in len). */
summar_status summar_normalize(const char *s, size_t len, summar_buf *out);

/* ------------------------------------------------------------ cleaning */

/* A block: one line or a run of hard-wrapped lines, never crossing a blank
 * line.  `para` numbers the blank-line-separated groups. */
typedef struct summar_block {
  size_t start, end; /* trimmed of whitespace */
  size_t para;
  unsigned flags;    /* SUMMAR_SENT_* drop bits for the whole block */
  int soft_blank;    /* double-spaced text: blank lines inside are wraps */
} summar_block;

typedef struct summar_blockvec {
  const summar_allocator *a;
  summar_block *v;
  size_t n, cap;
} summar_blockvec;
void summar_blockvec_free(summar_blockvec *bv);

/* Splits text into blocks and, unless `no_clean`, flags the ones that are
 * not article (code, menu/widget/share/copyright lines, foreign script or
 * language, a written instruction, the title).  `lang` is the document's
 * language (already detected).  At most one block gets SUMMAR_SENT_TITLE. */
summar_status summar_clean_blocks(const summar_allocator *a, const char *text,
                                  size_t len, const char *lang, int no_clean,
                                  summar_blockvec *out);

/* Parses an instruction line such as "Summarize this content to 2000 words
 * in 6 paragraphs in Arabic" or "لخص هذا النص في 200 كلمة و3 فقرات
 * بالعربية".  Returns 1 when text[start,end) is such a line, filling what
 * it states (0 / NULL otherwise); 0 when it is not. */
int summar_parse_instruction(const char *text, size_t start, size_t end,
                             size_t *words, size_t *paragraphs,
                             const char **lang);

struct summar_doc;
/* Sentence-level cleaning after tokenization: near-duplicate sentences
 * (shingle overlap with an earlier content sentence) and short share /
 * copyright sentences inside kept blocks get their flags. */
summar_status summar_clean_sentences(struct summar_doc *doc);

/* ------------------------------------------------------------ context */

struct summar_ctx {
  summar_allocator a;
  size_t max_input;
};

/* ------------------------------------------------------------ document */

#define SUMMAR_NO_TERM UINT32_MAX

typedef struct summar_sent {
  size_t start, end;  /* trimmed byte range */
  size_t block;       /* index into the doc's blocks */
  unsigned flags;     /* SUMMAR_SENT_* */
  size_t tok_first;   /* tokens [tok_first, tok_first + tok_count) */
  size_t tok_count;
  size_t tv_first;    /* term vector entries [tv_first, tv_first+tv_count) */
  size_t tv_count;    /* sorted by term id, content terms only */
  size_t words;       /* summar_word_count of the range */
} summar_sent;

typedef struct summar_tok {
  size_t start, end;
  size_t sent;
  unsigned flags;
  uint32_t norm;      /* offset of the NUL-terminated norm in doc->pool */
  uint32_t stem;      /* offset of the NUL-terminated stem in doc->pool */
  uint32_t term;      /* term id, or SUMMAR_NO_TERM (stopword, 1-char) */
} summar_tok;

typedef struct summar_tv {
  uint32_t term;
  uint32_t count;
} summar_tv;

struct summar_doc {
  summar_allocator a;
  char *text;
  size_t len;
  const char *lang; /* static ISO code */
  unsigned warnings;

  summar_block *blocks;
  size_t nblocks;
  summar_sent *sents;
  size_t nsents;
  summar_tok *toks;
  size_t ntoks;
  char *pool; /* NUL-terminated strings of norms and stems */
  size_t pool_len;

  summar_tv *tv; /* all sentences' term vectors, back to back */
  size_t ntv;
  size_t nterms;      /* term ids are 0..nterms-1 (content stems) */
  uint32_t *df;       /* per term: content sentences holding it */
  uint32_t *tf;       /* per term: occurrences in content sentences */
  uint32_t *term_tok; /* per term: one token index carrying it */

  size_t title;       /* sentence index of the title, or SIZE_MAX */
  size_t ncontent;    /* sentences without DROP bits */
  size_t content_words;

  int has_request;
  size_t req_words, req_paragraphs;
  const char *req_lang;
};

/* String interning (terms.c): each distinct string is stored once in a
 * growing pool of NUL-terminated strings; stems are also numbered as
 * terms. */
typedef struct summar_intern {
  const summar_allocator *a;
  char *pool;
  size_t pool_len, pool_cap;
  uint32_t *slot_off;  /* pool offset + 1 of the slot's string; 0: empty */
  uint32_t *slot_term; /* term id of that string, or SUMMAR_NO_TERM */
  size_t cap, n;
  size_t nterms;
  uint32_t *term_tok;  /* per term: first token index carrying it */
  size_t term_tok_cap;
} summar_intern;

void summar_intern_init(summar_intern *in, const summar_allocator *a);
void summar_intern_free(summar_intern *in);
/* Stores s[0..len) once; *off receives its pool offset.  Returns 0, or -1
 * on allocation failure or a pool beyond 4 GiB. */
int summar_intern_str(summar_intern *in, const char *s, size_t len,
                      uint32_t *off);
/* The term id of the string stored at pool offset `off`, numbering it
 * (with `tok` as its first token) when new.  Returns SUMMAR_NO_TERM on
 * allocation failure. */
uint32_t summar_intern_term(summar_intern *in, const char *s, size_t len,
                            uint32_t off, size_t tok);

/* Recomputes df, tf, ncontent and content_words from the sentence flags
 * (after cleaning changed them). */
void summar_doc_recount(struct summar_doc *doc);

/* Cosine similarity of two sentences' term vectors weighted by idf
 * (idf = log(N / df), N = content sentences). */
double summar_sent_cosine(const struct summar_doc *doc, size_t i, size_t j);

/* ------------------------------------------------------------ scoring */

/* A scorer fills scores[0..doc->nsents): content sentences in [0,1] (the
 * best 1 where anything scores), dropped ones 0.  Allocations through
 * doc->a. */
typedef summar_status (*summar_scorer_fn)(const struct summar_doc *doc,
                                          double *scores);

typedef struct summar_scorer {
  const char *name;
  const char *description;
  summar_scorer_fn fn;
} summar_scorer;

/* The registry (score.c), in summar_algorithm_name() order. */
const summar_scorer *summar_scorer_find(const char *name);
const summar_scorer *summar_scorer_at(size_t i);

summar_status summar_score_position(const struct summar_doc *doc, double *s);
summar_status summar_score_centroid(const struct summar_doc *doc, double *s);
summar_status summar_score_luhn(const struct summar_doc *doc, double *s);
summar_status summar_score_lexrank(const struct summar_doc *doc, double *s);
summar_status summar_score_textrank(const struct summar_doc *doc, double *s);
summar_status summar_score_default(const struct summar_doc *doc, double *s);

/* Sparse sentence graph (graph.c), built through an inverted index of the
 * content terms: near-linear in the number of tokens.  Edge weights are
 * symmetric; only content sentences have edges. */
typedef struct summar_graph {
  const summar_allocator *a;
  size_t n;          /* nodes = doc->nsents */
  size_t *row;       /* CSR: edges of node i are [row[i], row[i+1]) */
  uint32_t *col;
  double *w;
} summar_graph;

typedef enum summar_sim {
  SUMMAR_SIM_COSINE,  /* idf-weighted cosine (LexRank) */
  SUMMAR_SIM_OVERLAP  /* shared words / (log|a| + log|b|) (TextRank) */
} summar_sim;

/* Builds the graph; edges with weight below `threshold` are left out. */
summar_status summar_graph_build(const struct summar_doc *doc, summar_sim sim,
                                 double threshold, summar_graph *g);
void summar_graph_free(summar_graph *g);
/* Weighted PageRank with damping d (edges normalized per row), at most
 * `iters` iterations or until the L1 change is below `eps`.  `prior` (may
 * be NULL: uniform over content) is the teleport distribution.  Fills
 * rank[0..n). */
summar_status summar_graph_rank(const summar_graph *g, const double *prior,
                                double d, int iters, double eps,
                                double *rank);
/* Rescales content scores so the best is 1 and dropped sentences are 0. */
void summar_scores_normalize(const struct summar_doc *doc, double *s);

/* ------------------------------------------- scoring: helpers and weights
 * Added by the scoring stage (score_*.c, graph.c). */

/* Weights of the "default" scorer (score_default.c): a weighted sum of
 * components, each scaled to [0,1] on content; a component whose weight is
 * 0 is not computed.  The shipped values are summar_default_weights_std;
 * tuning tools may call summar_score_default_with() with their own. */
typedef struct summar_default_weights {
  double centrality;  /* LexRank centrality (continuous, idf cosine) */
  double textrank;    /* TextRank centrality (word overlap) */
  double position;    /* lead prior 1/sqrt(1 + rank among content) */
  double title;       /* idf cosine with the headline (0 without one) */
  double centroid;    /* TF-ISF centroid similarity (MEAD) */
  double directed;    /* PacSum directed degree centrality */
  double lambda_fwd;  /* PacSum: weight of edges to later sentences */
  double lambda_back; /* PacSum: weight of edges to earlier sentences */
  double short_words; /* sentences under this many words are scaled by
                         words / short_words (0: off) */
} summar_default_weights;

extern const summar_default_weights summar_default_weights_std;
summar_status summar_score_default_with(const struct summar_doc *doc,
                                        const summar_default_weights *w,
                                        double *s);

/* ---- Added by the quality work (issue 4, score_default.c): components of
 * "default" beyond summar_default_weights.  summar_score_default_with()
 * leaves them all off; summar_score_default() uses
 * summar_default_extra_std. */
typedef struct summar_default_extra {
  double lead;       /* weight of the steep lead prior
                        (1 + r / lead_scale)^-lead_exp, r = rank among
                        content sentences */
  double lead_exp;
  double lead_scale;
  double paragraph;  /* weight of the paragraph prior 1 / sqrt(1 + p), p =
                        index of the sentence's source paragraph among those
                        holding content */
  double question;   /* a sentence ending in a question mark is scaled by
                        1 - question */
} summar_default_extra;

extern const summar_default_extra summar_default_extra_std;
summar_status summar_score_default_ex(const struct summar_doc *doc,
                                      const summar_default_weights *w,
                                      const summar_default_extra *x,
                                      double *s);
/* ---- end of the quality work's additions */

/* idf per term, log((N + 1) / df) with N content sentences and df from
 * doc->df (0 counts as 1): doc->nterms doubles through doc->a (at least
 * one element), or NULL on allocation failure.  Free with summar_dealloc. */
double *summar_idf_table(const struct summar_doc *doc);

/* Graph construction bounds (graph.c): terms held by more than
 * summar_graph_df_cap(N) content sentences make no pairs; a node keeps at
 * most SUMMAR_GRAPH_MAX_DEGREE strongest neighbours of its own (the graph
 * is the symmetric union of those lists). */
#define SUMMAR_GRAPH_MAX_DEGREE 48
size_t summar_graph_df_cap(size_t ncontent);

/* ------------------------------------------------ formatter
 * Added by the formatter stage (request.c, select.c, paragraph.c,
 * format.c). */

/* Tuning of selection and paragraph splitting: one struct so that tools
 * can tune it (against ROUGE); the shipped values are
 * summar_select_params_std. */
typedef struct summar_select_params {
  double redundancy;   /* a candidate whose idf cosine with a chosen
                          sentence is above this is skipped (0.6) */
  double density;      /* rank by score / words^density (0: by score) */
  size_t swap_window;  /* budget fill: how many of the weakest chosen and
                          best unchosen sentences are tried for a swap
                          (0: no swaps) */
  double swap_ratio;   /* a longer sentence replaces a chosen one only if
                          its rank key is at least this share of the
                          chosen one's */
  size_t min_words;    /* sentences with fewer words are not candidates
                          (except when the whole source is taken) */
  double para_break;   /* paragraphs: a source paragraph boundary between
                          two chosen sentences lowers their link by this */
  double balance;      /* paragraphs: weight of the squared relative
                          deviation of a paragraph's words from the mean */
} summar_select_params;

extern const summar_select_params summar_select_params_std;

/* Budgets of summar_select(): SIZE_MAX means "no limit". */
/* Chooses sentences of `doc` under the budget from `scores` (one per
 * sentence, higher is better): content sentences only, greedy by rank
 * with redundancy control and budget filling.  On success *out receives
 * the chosen sentence indexes in source order (through doc->a, NULL when
 * *nout is 0) and *warnings gains SUMMAR_WARN_SHORT_SOURCE or
 * SUMMAR_WARN_NOTHING_FITS.  p NULL: summar_select_params_std.
 * Errors: SUMMAR_ERR_NOMEM. */
summar_status summar_select(const struct summar_doc *doc, const double *scores,
                            size_t max_words, size_t max_sents,
                            const summar_select_params *p, size_t **out,
                            size_t *nout, unsigned *warnings);

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
  size_t nkeywords;
};

/* summar_summarize() with the scores given (one per sentence) instead of
 * computed by the request's algorithm, and the selection parameters p
 * (NULL: summar_select_params_std).  req NULL: defaults. */
summar_status summar_summarize_scores(const struct summar_doc *doc,
                                      const summar_request *req,
                                      const double *scores,
                                      const summar_select_params *p,
                                      summar_summary **out);

/* The `n` most salient content terms (tf x idf, ties by higher tf, then
 * lower term id): keywords[i] receives the pool offset of the term's most
 * frequent norm (ties: the bytewise smaller).  Returns the number found
 * (<= n), or SIZE_MAX on allocation failure. */
size_t summar_keywords(const struct summar_doc *doc, size_t n,
                       uint32_t *keywords);

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

/* ------------------------------------------------ cleaning: helpers
 * Added by the cleaning stage (clean.c, instruction.c). */

#define SUMMAR_LEXWORD_MAX 64

/* One word of a line as the cleaners match it: a run of letters (marks
 * skipped) or of digits (thousands groups "2,000" joined), split where
 * letters meet digits. */
typedef struct summar_lexword {
  size_t start, end;               /* raw bytes in the text */
  char norm[SUMMAR_LEXWORD_MAX];   /* lower case, Arabic unified, ASCII
                                      digits; NUL-terminated */
  size_t norm_len;
  int truncated;                   /* norm was cut at the buffer size */
  int number;                      /* a digit run */
  unsigned long long value;        /* its value (saturates near 1e12) */
} summar_lexword;

/* Reads the next word of text[*pos, end) into *w and advances *pos.
 * Returns 1, or 0 when no word is left.  Never allocates. */
int summar_lexword_next(const char *text, size_t end, size_t *pos,
                        summar_lexword *w);

/* SUMMAR_SENT_JUNK when text[start,end) is a share / follow / "read more"
 * / copyright / cookie / dateline widget, else 0.  Used on blocks and on
 * sentences. */
unsigned summar_widget_flags(const char *text, size_t start, size_t end);

#endif /* SUMMAR_INTERNAL_H */
