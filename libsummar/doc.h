/*
 * doc.h - the context and the analysed document: sentences,
 * tokens, term vectors and counts (ctx.c, doc.c, terms.c).
 * Internal, not installed.
 */
#ifndef SUMMAR_DOC_H
#define SUMMAR_DOC_H

#include "base.h"
#include "clean.h"

#include <stdatomic.h>

struct summar_ctx {
  summar_allocator a;
  size_t max_input;
};

/* ------------------------------------------------------------ document */

#define SUMMAR_NO_TERM UINT32_MAX

/* Offsets, lengths and indexes are 32-bit: a document's text is at most
 * SUMMAR_MAX_INPUT_LIMIT bytes (checked in summar_doc_new), so every byte
 * offset, sentence, token and term-vector index fits.  A sentence's tokens
 * and term vector entries follow the previous sentence's, so its counts
 * are the distances to the next sentence's firsts: doc->sents holds
 * nsents + 1 entries, the last one (no sentence) holding only tok_first
 * = ntoks and tv_first = ntv.  28 bytes. */
typedef struct summar_sent {
  uint32_t start, end; /* trimmed byte range */
  uint32_t block;      /* index into the doc's blocks */
  unsigned flags;      /* SUMMAR_SENT_* */
  uint32_t tok_first;  /* tokens [tok_first, next's tok_first) */
  uint32_t tv_first;   /* term vector entries [tv_first, next's tv_first),
                          sorted by term id, content terms only */
  uint32_t words;      /* summar_word_count of the range */
} summar_sent;

/* The number of tokens of sentence *s of doc->sents. */
static inline uint32_t summar_sent_ntoks(const summar_sent *s) {
  return s[1].tok_first - s->tok_first;
}

/* The number of term vector entries of sentence *s of doc->sents. */
static inline uint32_t summar_sent_ntv(const summar_sent *s) {
  return s[1].tv_first - s->tv_first;
}

/* A token's term id takes SUMMAR_TOK_TERM_BITS bits and its flags the
 * rest of a 32-bit word: a content term holds two characters or more, so
 * a text of at most SUMMAR_MAX_INPUT_LIMIT bytes has fewer than 2^28
 * distinct ones (build_doc checks the count against SUMMAR_TOK_NO_TERM). */
#define SUMMAR_TOK_TERM_BITS 29
#define SUMMAR_TOK_NO_TERM ((1u << SUMMAR_TOK_TERM_BITS) - 1)

/* A distinct token form of a doc: what its tokens share (their bytes
 * being the same, so is their length).  12 bytes. */
typedef struct summar_form {
  uint32_t len;  /* bytes of each of its tokens */
  uint32_t norm; /* offset of the NUL-terminated norm in doc->pool */
  uint32_t term : SUMMAR_TOK_TERM_BITS; /* term id, or SUMMAR_TOK_NO_TERM
                                           (stopword, 1-char) */
  uint32_t flags : 3;                   /* SUMMAR_TOKEN_* */
} summar_form;

/* A token: where it starts and its form.  Its sentence is the one whose
 * token range holds it (summar_doc_token_sentence); its stem is in
 * doc->stem_off, or made on demand when the doc defers stems.  8 bytes. */
typedef struct summar_tok {
  uint32_t start;
  uint32_t form; /* index into doc->forms */
} summar_tok;
_Static_assert(sizeof(summar_tok) == 8, "a token is 8 bytes");
_Static_assert(sizeof(summar_form) == 12, "a form is 12 bytes");

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
  summar_sent *sents; /* nsents + 1 (see summar_sent) */
  size_t nsents;
  summar_tok *toks;
  size_t ntoks;
  summar_form *forms; /* the tokens' forms; a token of a form the
                         tokenizer's memo does not hold has one of its own */
  size_t nforms;
  char *pool; /* NUL-terminated strings of norms and stems */
  size_t pool_len;
  /* Per token: the pool offset of its NUL-terminated stem; NULL when the
   * doc defers stems. */
  uint32_t *stem_off;
  /* Set when the doc was built without the stems no scorer reads (all of
   * them in English, whose terms fold plurals only; stopwords' stems
   * elsewhere): the first summar_doc_token() call makes them all and
   * publishes them in `stems` (doc.c). */
  int stems_deferred;
  _Atomic(struct summar_stems *) stems;

  summar_tv *tv; /* all sentences' term vectors, back to back */
  size_t ntv;
  size_t nterms;      /* term ids are 0..nterms-1 (content stems) */
  uint32_t *df;       /* per term: content sentences holding it */
  uint32_t *tf;       /* per term: occurrences in content sentences */
  uint32_t *term_tok; /* per term: one token index carrying it */

  size_t title;       /* sentence index of the title, or SIZE_MAX */
  size_t ncontent;    /* sentences without DROP bits */
  size_t content_words;

  int has_request;           /* an instruction is written in the text */
  summar_instruction request; /* what it states */

  summar_html *html; /* the page, for SUMMAR_DOC_HTML docs; else NULL */
};

/* The form of token i of doc. */
static inline const summar_form *summar_tok_form(const struct summar_doc *doc,
                                                 size_t i) {
  return &doc->forms[doc->toks[i].form];
}

/* Whether extraction replaced undecodable bytes (html.c). */
int summar_html_replaced(const summar_html *h);
/* Marks the blocks of a document built from the article text of h
 * (sorted, trimmed ranges of that text): the block holding the page's
 * headline gets SUMMAR_SENT_TITLE (and no other block does), a section
 * heading's block SUMMAR_SENT_HEADING (html.c). */
void summar_html_mark_blocks(const summar_html *h, summar_block *v, size_t n);

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

/* The index of the sentence holding token i (< doc->ntoks): a binary
 * search over the sentences' token ranges. */
size_t summar_doc_token_sentence(const struct summar_doc *doc, size_t i);

/* Computes df, tf, ncontent and content_words from the sentence flags,
 * once every stage that drops sentences has run. */
void summar_doc_recount(struct summar_doc *doc);

/* Cosine similarity of two sentences' term vectors weighted by idf
 * (idf = log((N + 1) / df), N = content sentences, 0 counted as 1). */
double summar_sent_cosine(const struct summar_doc *doc, size_t i, size_t j);
/* summar_sent_cosine with the idf of every term from a table (NULL:
 * computed term by term).  summar_idf_table() gives the same values as
 * soon as the doc has a content sentence (N >= 1), so a caller that
 * compares many pairs of content sentences makes it once. */
double summar_sent_cosine_idf(const struct summar_doc *doc,
                              const double *idf, size_t i, size_t j);

#endif /* SUMMAR_DOC_H */
