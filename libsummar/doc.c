/*
 * doc.c - builds an analysed document, running the stages in order:
 * clean (blocks) -> segment (sentences, each given the sentence-level
 * cleaning tests) -> tokenize and terms (term vectors) -> dedup -> counts;
 * and provides its read-only accessors.
 */
#include "clean.h"
#include "dedup.h"
#include "doc.h"
#include "lang.h"
#include "segment.h"
#include "tokenize.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* The stems of a doc built without them: each token's stem at off[i] in
 * pool. */
typedef struct summar_stems {
  char *pool;
  uint32_t *off;
} summar_stems;

static void stems_free(const summar_allocator *a, summar_stems *s) {
  if (!s)
    return;
  summar_dealloc(a, s->pool);
  summar_dealloc(a, s->off);
  summar_dealloc(a, s);
}

/* What on_token() made of one distinct token form of the tokenizer,
 * kept in its summar_rawtok.form_data: the index + 1 of its entry in
 * doc->forms (0: not made yet), its interned stem, and its term id
 * (SUMMAR_NO_TERM for none). */
enum { FORM_ID, FORM_STEM, FORM_TERM };

typedef struct build {
  summar_doc *doc;
  summar_intern in;
  size_t sent_cap, tok_cap, form_cap, tv_cap, stem_cap;
  uint32_t *terms; /* term ids of the current sentence */
  size_t nterms_cur, terms_cap;
  summar_words words; /* sentence word counts */
  int no_clean;
} build;

/* Copies the input, replacing invalid sequences and NUL bytes by U+FFFD
 * when `replace`; otherwise reports them. */
static summar_status copy_text(summar_doc *doc, const char *text, size_t len,
                               int replace) {
  size_t bad;
  summar_status st = summar_utf8_check(text, len, &bad);
  if (st != SUMMAR_OK && (!replace || st == SUMMAR_ERR_UTF16))
    return st;
  if (st == SUMMAR_OK) {
    doc->text = summar_strndup(&doc->a, text ? text : "", len);
    doc->len = len;
    return doc->text ? SUMMAR_OK : SUMMAR_ERR_NOMEM;
  }
  summar_buf b;
  summar_buf_init(&b, &doc->a);
  size_t i = 0;
  while (i < len) {
    size_t at = i;
    int32_t cp = summar_utf8_next(text, len, &i);
    if (cp <= 0)
      summar_buf_append(&b, "\xEF\xBF\xBD", 3);
    else
      summar_buf_append(&b, text + at, i - at);
  }
  doc->text = summar_buf_take(&b, &doc->len);
  doc->warnings |= SUMMAR_WARN_REPLACED;
  return doc->text ? SUMMAR_OK : SUMMAR_ERR_NOMEM;
}

/* Whether the text holds a letter or digit (or, when `any` is set, any
 * character that is not whitespace). */
static int has_text(const char *s, size_t len, int any) {
  size_t i = 0;
  while (i < len) {
    int32_t cp = summar_utf8_next(s, len, &i);
    if (any ? !summar_is_space(cp) : summar_is_alnum(cp))
      return 1;
  }
  return 0;
}

/* Interns the strings of token t (the doc's token `index`): its norm
 * into *norm, its stem (the norm when deferred) into *stem; returns its
 * term id in *term (SUMMAR_NO_TERM for none).  Returns nonzero on
 * allocation failure. */
static int intern_token(build *b, const summar_rawtok *t, size_t index,
                        uint32_t *norm, uint32_t *stem, uint32_t *term) {
  *term = SUMMAR_NO_TERM;
  if (summar_intern_str(&b->in, t->norm, t->norm_len, norm))
    return 1;
  /* Without a stem (deferred: made by summar_doc_token()), the norm. */
  *stem = *norm;
  if (t->stem && summar_intern_str(&b->in, t->stem, t->stem_len, stem))
    return 1;
  /* Content terms: term forms (stems; plural-folded words in English) of
   * letter tokens that are not stopwords and hold more than one
   * character. */
  size_t i = 0, chars = 0;
  while (i < t->norm_len && chars < 2) {
    summar_utf8_next(t->norm, t->norm_len, &i);
    chars++;
  }
  if ((t->flags & SUMMAR_TOKEN_LETTERS) && !(t->flags & SUMMAR_TOKEN_STOPWORD) &&
      chars >= 2) {
    uint32_t off = *stem;
    if (t->term != t->stem && summar_intern_str(&b->in, t->term, t->term_len,
                                                &off))
      return 1;
    *term = summar_intern_term(&b->in, t->term, t->term_len, off, index);
    if (*term == SUMMAR_NO_TERM)
      return 1;
  }
  return 0;
}

/* Appends to doc->forms the form of token t (the doc's token `index`),
 * interning its strings; its stem goes to *stem, its term id to *term.
 * Returns nonzero on allocation failure. */
static int add_form(build *b, const summar_rawtok *t, size_t index,
                    uint32_t *stem, uint32_t *term) {
  summar_doc *doc = b->doc;
  uint32_t norm;
  if (summar_grow(&doc->a, (void **)&doc->forms, &b->form_cap,
                  doc->nforms + 1, sizeof *doc->forms) ||
      intern_token(b, t, index, &norm, stem, term))
    return 1;
  summar_form *f = &doc->forms[doc->nforms++];
  f->len = (uint32_t)(t->end - t->start);
  f->norm = norm;
  f->flags = t->flags & 7u;
  /* Past SUMMAR_TOK_NO_TERM terms, build_doc gives up on the doc. */
  f->term = *term < SUMMAR_TOK_NO_TERM ? *term : SUMMAR_TOK_NO_TERM;
  return 0;
}

static int on_token(void *ud, const summar_rawtok *t) {
  build *b = ud;
  summar_doc *doc = b->doc;
  if (summar_grow(&doc->a, (void **)&doc->toks, &b->tok_cap, doc->ntoks + 1,
                  sizeof *doc->toks))
    return 1;
  summar_tok *tok = &doc->toks[doc->ntoks];
  tok->start = (uint32_t)t->start;
  /* The tokens of one form of the tokenizer share a form of the doc. */
  uint32_t *f = t->form_data;
  uint32_t stem, term;
  if (f && f[FORM_ID]) {
    tok->form = f[FORM_ID] - 1;
    stem = f[FORM_STEM];
    term = f[FORM_TERM];
  } else {
    if (add_form(b, t, doc->ntoks, &stem, &term))
      return 1;
    tok->form = (uint32_t)(doc->nforms - 1);
    if (f) {
      f[FORM_ID] = (uint32_t)doc->nforms;
      f[FORM_STEM] = stem;
      f[FORM_TERM] = term;
    }
  }
  if (!doc->stems_deferred) {
    if (summar_grow(&doc->a, (void **)&doc->stem_off, &b->stem_cap,
                    doc->ntoks + 1, sizeof *doc->stem_off))
      return 1;
    doc->stem_off[doc->ntoks] = stem;
  }
  if (term != SUMMAR_NO_TERM) {
    if (summar_grow(&doc->a, (void **)&b->terms, &b->terms_cap,
                    b->nterms_cur + 1, sizeof *b->terms))
      return 1;
    b->terms[b->nterms_cur++] = term;
  }
  doc->ntoks++;
  return 0;
}

/* Sorts v[0..n) ascending in place: by insertion for the few term ids
 * of a sentence, by heapsort past SORT_SMALL (no scratch: a sentence of
 * a hundred thousand words would double its ids for a merge sort). */
#define SORT_SMALL 32
static void sift_down(uint32_t *v, size_t i, size_t n) {
  uint32_t x = v[i];
  for (size_t c; (c = 2 * i + 1) < n; i = c) {
    if (c + 1 < n && v[c + 1] > v[c])
      c++;
    if (v[c] <= x)
      break;
    v[i] = v[c];
  }
  v[i] = x;
}

static void sort_u32(uint32_t *v, size_t n) {
  if (n > SORT_SMALL) {
    for (size_t i = n / 2; i-- > 0;)
      sift_down(v, i, n);
    for (size_t end = n; end-- > 1;) {
      uint32_t t = v[0];
      v[0] = v[end];
      v[end] = t;
      sift_down(v, 0, end);
    }
    return;
  }
  for (size_t i = 1; i < n; i++) {
    uint32_t x = v[i];
    size_t j = i;
    for (; j > 0 && v[j - 1] > x; j--)
      v[j] = v[j - 1];
    v[j] = x;
  }
}

/* Turns the current sentence's term ids into its sparse vector. */
static int close_vector(build *b, summar_sent *s) {
  summar_doc *doc = b->doc;
  sort_u32(b->terms, b->nterms_cur);
  s->tv_first = (uint32_t)doc->ntv;
  for (size_t i = 0; i < b->nterms_cur;) {
    size_t j = i;
    while (j < b->nterms_cur && b->terms[j] == b->terms[i])
      j++;
    if (summar_grow(&doc->a, (void **)&doc->tv, &b->tv_cap, doc->ntv + 1,
                    sizeof *doc->tv))
      return -1;
    doc->tv[doc->ntv].term = b->terms[i];
    doc->tv[doc->ntv].count = (uint32_t)(j - i);
    doc->ntv++;
    i = j;
  }
  b->nterms_cur = 0;
  return 0;
}

static summar_status add_sentences(build *b, summar_segmenter *seg,
                                   summar_tokenizer *tk, size_t bi,
                                   summar_rangevec *ranges) {
  summar_doc *doc = b->doc;
  const summar_block *blk = &doc->blocks[bi];
  ranges->n = 0;
  summar_status st = summar_segment(seg, doc->text, blk->start, blk->end,
                                    blk->soft_blank, ranges);
  if (st != SUMMAR_OK)
    return st;
  for (size_t r = 0; r < ranges->n; r++) {
    if (summar_grow(&doc->a, (void **)&doc->sents, &b->sent_cap,
                    doc->nsents + 1, sizeof *doc->sents))
      return SUMMAR_ERR_NOMEM;
    summar_sent *s = &doc->sents[doc->nsents++];
    memset(s, 0, sizeof *s);
    s->start = (uint32_t)ranges->v[r].start;
    s->end = (uint32_t)ranges->v[r].end;
    s->block = (uint32_t)bi;
    s->flags = blk->flags & SUMMAR_SENT_DROP;
    s->words = (uint32_t)summar_words_walk(&b->words, doc->text + s->start,
                                 s->end - s->start, SIZE_MAX, NULL);
    if (!b->no_clean && !s->flags) {
      summar_instruction instr;
      s->flags = summar_clean_sentence(doc->text, s->start, s->end, s->words,
                                       &instr);
      if ((s->flags & SUMMAR_SENT_REQUEST) && !doc->has_request) {
        doc->has_request = 1;
        doc->request = instr;
      }
    }
    if (r == 0)
      s->flags |= SUMMAR_SENT_PARA_START;
    s->tok_first = (uint32_t)doc->ntoks;
    st = summar_tokenize(tk, doc->text, s->start, s->end, on_token, b);
    if (st != SUMMAR_OK)
      return st;
    s = &doc->sents[doc->nsents - 1];
    if (close_vector(b, s))
      return SUMMAR_ERR_NOMEM;
    if ((s->flags & SUMMAR_SENT_TITLE) && doc->title == SIZE_MAX)
      doc->title = doc->nsents - 1;
  }
  return SUMMAR_OK;
}

/* Writes the entry past the last sentence, where the last one's token
 * and term vector ranges end.  Returns -1 on allocation failure. */
static int end_sentences(build *b) {
  summar_doc *doc = b->doc;
  if (summar_grow(&doc->a, (void **)&doc->sents, &b->sent_cap,
                  doc->nsents + 1, sizeof *doc->sents))
    return -1;
  summar_sent *end = &doc->sents[doc->nsents];
  memset(end, 0, sizeof *end);
  end->tok_first = (uint32_t)doc->ntoks;
  end->tv_first = (uint32_t)doc->ntv;
  return 0;
}

/* Gives back the unused end of an array grown by doubling, once it holds
 * its n final elements; on failure the array stays as it was. */
static void shrink_to(const summar_allocator *a, void **data, size_t n,
                      size_t elsize) {
  if (!*data || n == 0)
    return;
  void *p = summar_realloc(a, *data, n * elsize);
  if (p)
    *data = p;
}

/* The arrays grown by doubling keep only their elements: a doc lives
 * while it is scored and summarized, its builder's slack need not. */
static void build_trim(build *b) {
  summar_doc *doc = b->doc;
  shrink_to(&doc->a, (void **)&doc->blocks, doc->nblocks,
            sizeof *doc->blocks);
  shrink_to(&doc->a, (void **)&doc->sents, doc->nsents + 1,
            sizeof *doc->sents);
  shrink_to(&doc->a, (void **)&doc->toks, doc->ntoks, sizeof *doc->toks);
  shrink_to(&doc->a, (void **)&doc->forms, doc->nforms, sizeof *doc->forms);
  shrink_to(&doc->a, (void **)&doc->stem_off, doc->ntoks,
            sizeof *doc->stem_off);
  shrink_to(&doc->a, (void **)&doc->tv, doc->ntv, sizeof *doc->tv);
  shrink_to(&doc->a, (void **)&b->in.pool, b->in.pool_len, 1);
  shrink_to(&doc->a, (void **)&b->in.term_tok, b->in.nterms,
            sizeof *b->in.term_tok);
}

/* Prepares tokenizing with tk: whether stems are deferred; the arrays of
 * tokens, forms and term-vector entries sized for a word every 6 bytes
 * (RESERVE_MAX at most: an article's seldom grow).  Errors: NOMEM. */
#define RESERVE_MAX 16384
static summar_status build_start(build *b, summar_tokenizer *tk) {
  summar_doc *doc = b->doc;
  doc->stems_deferred = summar_tokenizer_defer_stems(tk);
  size_t n = doc->len / 6 + 8 < RESERVE_MAX ? doc->len / 6 + 8 : RESERVE_MAX;
  int fail = summar_grow(&doc->a, (void **)&doc->toks, &b->tok_cap, n,
                         sizeof *doc->toks) ||
             summar_grow(&doc->a, (void **)&doc->forms, &b->form_cap, n,
                         sizeof *doc->forms) ||
             summar_grow(&doc->a, (void **)&doc->tv, &b->tv_cap, n,
                         sizeof *doc->tv);
  return fail ? SUMMAR_ERR_NOMEM : SUMMAR_OK;
}

static summar_status build_doc(summar_doc *doc, int no_clean) {
  /* Offsets and counts in summar_sent and summar_tok are 32-bit. */
  if (doc->len >= UINT32_MAX)
    return SUMMAR_ERR_TOO_LARGE;
  build b;
  memset(&b, 0, sizeof b);
  b.doc = doc;
  b.no_clean = no_clean;
  summar_intern_init(&b.in, &doc->a);
  summar_segmenter *seg = NULL;
  summar_tokenizer *tk = NULL;
  summar_blockvec bv;
  memset(&bv, 0, sizeof bv);
  bv.a = &doc->a;
  summar_rangevec ranges = {&doc->a, NULL, 0, 0};

  summar_status st =
      summar_clean_blocks(&doc->a, doc->text, doc->len, doc->lang, no_clean,
                          &bv);
  if (st == SUMMAR_OK) {
    doc->blocks = bv.v;
    doc->nblocks = bv.n;
    if (doc->html)
      summar_html_mark_blocks(doc->html, doc->blocks, doc->nblocks);
    doc->has_request = bv.has_request;
    doc->request = bv.request;
    bv.v = NULL;
    st = summar_segmenter_new(&doc->a, doc->lang, &seg);
  }
  if (st == SUMMAR_OK)
    st = summar_tokenizer_new(&doc->a, doc->lang, &tk);
  if (st == SUMMAR_OK)
    st = build_start(&b, tk);
  for (size_t i = 0; st == SUMMAR_OK && i < doc->nblocks; i++)
    st = add_sentences(&b, seg, tk, i, &ranges);
  if (st == SUMMAR_OK && end_sentences(&b))
    st = SUMMAR_ERR_NOMEM;
  /* Stages index doc->tv by each sentence's tv_first: keep it a valid
   * pointer even when no sentence has a content term. */
  if (st == SUMMAR_OK && !doc->tv) {
    doc->tv = summar_calloc(&doc->a, 1, sizeof *doc->tv);
    if (!doc->tv)
      st = SUMMAR_ERR_NOMEM;
  }
  if (st == SUMMAR_OK && b.in.nterms >= SUMMAR_TOK_NO_TERM)
    st = SUMMAR_ERR_TOO_LARGE; /* beyond what a token holds */
  if (st == SUMMAR_OK) {
    doc->nterms = b.in.nterms;
    doc->df = summar_calloc(&doc->a, doc->nterms + 1, sizeof *doc->df);
    doc->tf = summar_calloc(&doc->a, doc->nterms + 1, sizeof *doc->tf);
    if (!doc->df || !doc->tf)
      st = SUMMAR_ERR_NOMEM;
  }
  if (st == SUMMAR_OK)
    build_trim(&b);
  /* The pool and the term table move into the doc. */
  doc->pool = b.in.pool;
  doc->pool_len = b.in.pool_len;
  doc->term_tok = b.in.term_tok;
  b.in.pool = NULL;
  b.in.term_tok = NULL;
  summar_intern_free(&b.in);
  summar_dealloc(&doc->a, b.terms);
  summar_words_free(&b.words);
  summar_rangevec_free(&ranges);
  summar_blockvec_free(&bv);
  summar_segmenter_free(seg);
  summar_tokenizer_free(tk);
  if (st != SUMMAR_OK)
    return st;

  if (!no_clean) {
    st = summar_dedup(doc);
    if (st != SUMMAR_OK)
      return st;
  }
  summar_doc_recount(doc);
  return SUMMAR_OK;
}

SUMMAR_API summar_status summar_doc_new(const summar_ctx *ctx,
                                        const char *text, size_t len,
                                        const char *lang, unsigned flags,
                                        summar_doc **out) {
  if (out)
    *out = NULL;
  if (!ctx || !out || (!text && len > 0))
    return SUMMAR_ERR_ARG;
  if (flags & ~(unsigned)(SUMMAR_DOC_REPLACE_INVALID | SUMMAR_DOC_NO_CLEAN |
                          SUMMAR_DOC_HTML))
    return SUMMAR_ERR_ARG;
  if (len > ctx->max_input)
    return SUMMAR_ERR_TOO_LARGE;
  const char *code = NULL;
  if (lang && *lang && strcmp(lang, "auto") != 0) {
    code = summar_lang_canonical(lang);
    /* A well-formed tag libsummar does not know: ICU's default rules
       segment it, without stopwords or stemming. */
    if (!code && summar_lang_is_tag(lang))
      code = "und";
    if (!code)
      return SUMMAR_ERR_LANG_UNSUPPORTED;
  }
  /* A page: the document is its article text (valid UTF-8 by then). */
  summar_html *html = NULL;
  if (flags & SUMMAR_DOC_HTML) {
    summar_status hs = summar_html_extract(ctx, text, len, 0, &html);
    if (hs != SUMMAR_OK)
      return hs;
    text = summar_html_text(html, &len);
  }

  summar_doc *doc = summar_calloc(&ctx->a, 1, sizeof *doc);
  if (!doc) {
    summar_html_free(html);
    return SUMMAR_ERR_NOMEM;
  }
  doc->a = ctx->a;
  atomic_init(&doc->stems, NULL);
  doc->title = SIZE_MAX;
  doc->html = html;
  if (html && summar_html_replaced(html))
    doc->warnings |= SUMMAR_WARN_REPLACED;
  summar_status st =
      copy_text(doc, text, len, (flags & SUMMAR_DOC_REPLACE_INVALID) != 0);
  if (st == SUMMAR_OK &&
      !has_text(doc->text, doc->len, (flags & SUMMAR_DOC_NO_CLEAN) != 0))
    st = SUMMAR_ERR_EMPTY;
  if (st == SUMMAR_OK) {
    if (code) {
      doc->lang = code;
    } else {
      int confident = 0;
      doc->lang = summar_lang_detect(doc->text, 0, doc->len, &confident);
      if (!confident)
        doc->warnings |= SUMMAR_WARN_LANG_GUESSED;
    }
    st = build_doc(doc, (flags & SUMMAR_DOC_NO_CLEAN) != 0);
  }
  if (st != SUMMAR_OK) {
    summar_doc_free(doc);
    return st;
  }
  *out = doc;
  return SUMMAR_OK;
}

SUMMAR_API void summar_doc_free(summar_doc *doc) {
  if (!doc)
    return;
  summar_allocator a = doc->a;
  summar_dealloc(&a, doc->text);
  summar_dealloc(&a, doc->blocks);
  summar_dealloc(&a, doc->sents);
  summar_dealloc(&a, doc->toks);
  summar_dealloc(&a, doc->forms);
  summar_dealloc(&a, doc->pool);
  summar_dealloc(&a, doc->stem_off);
  stems_free(&a, atomic_load(&doc->stems));
  summar_dealloc(&a, doc->tv);
  summar_dealloc(&a, doc->df);
  summar_dealloc(&a, doc->tf);
  summar_dealloc(&a, doc->term_tok);
  summar_html_free(doc->html);
  summar_dealloc(&a, doc);
}

SUMMAR_API const char *summar_doc_text(const summar_doc *doc, size_t *len) {
  if (!doc)
    return NULL;
  if (len)
    *len = doc->len;
  return doc->text;
}

SUMMAR_API const char *summar_doc_language(const summar_doc *doc) {
  return doc ? doc->lang : NULL;
}

SUMMAR_API unsigned summar_doc_warnings(const summar_doc *doc) {
  return doc ? doc->warnings : 0;
}

SUMMAR_API size_t summar_doc_sentence_count(const summar_doc *doc) {
  return doc ? doc->nsents : 0;
}

static void fill_span(const summar_doc *doc, size_t i, summar_span *out) {
  const summar_sent *s = &doc->sents[i];
  summar_span sp;
  memset(&sp, 0, sizeof sp);
  sp.start = s->start;
  sp.end = s->end;
  sp.block = s->block;
  sp.flags = s->flags;
  SUMMAR_SIZED_COPY(out, &sp);
}

SUMMAR_API summar_status summar_doc_sentence(const summar_doc *doc, size_t i,
                                             summar_span *out) {
  if (!doc || !out || !SUMMAR_SIZED_OK(out, summar_span, flags))
    return SUMMAR_ERR_ARG;
  if (i >= doc->nsents)
    return SUMMAR_ERR_RANGE;
  fill_span(doc, i, out);
  return SUMMAR_OK;
}

SUMMAR_API size_t summar_doc_token_count(const summar_doc *doc) {
  return doc ? doc->ntoks : 0;
}

/* Stems every token of a doc built without stems, with a tokenizer that
 * keeps them: each token is analysed again as the build saw it. */
static summar_status make_stems(const summar_doc *doc, summar_stems **out) {
  *out = NULL;
  summar_stems *s = summar_calloc(&doc->a, 1, sizeof *s);
  if (!s)
    return SUMMAR_ERR_NOMEM;
  s->off = summar_calloc(&doc->a, doc->ntoks ? doc->ntoks : 1, sizeof *s->off);
  summar_intern in;
  summar_intern_init(&in, &doc->a);
  summar_tokenizer *tk = NULL;
  summar_status st = s->off ? summar_tokenizer_new(&doc->a, doc->lang, &tk)
                            : SUMMAR_ERR_NOMEM;
  for (size_t i = 0; st == SUMMAR_OK && i < doc->ntoks; i++) {
    const summar_form *f = summar_tok_form(doc, i);
    size_t start = doc->toks[i].start;
    summar_rawtok rt;
    st = summar_tokenizer_word(tk, doc->text, start, start + f->len, f->flags,
                               &rt);
    if (st != SUMMAR_OK)
      break;
    /* Each token was reported with a norm, so it has a stem. */
    const char *w = rt.stem ? rt.stem : doc->pool + f->norm;
    size_t n = rt.stem ? rt.stem_len : strlen(w);
    if (summar_intern_str(&in, w, n, &s->off[i]))
      st = SUMMAR_ERR_NOMEM;
  }
  summar_tokenizer_free(tk);
  s->pool = in.pool;
  in.pool = NULL;
  summar_intern_free(&in);
  if (st == SUMMAR_OK && !s->pool)
    st = SUMMAR_ERR_NOMEM;
  if (st != SUMMAR_OK) {
    stems_free(&doc->a, s);
    return st;
  }
  *out = s;
  return SUMMAR_OK;
}

/* The doc's stems, made by the first caller.  Threads that race here each
 * make a set; the first one published stays and the others free theirs,
 * so the doc is never written but for that one pointer. */
static summar_status doc_stems(const summar_doc *doc, const summar_stems **out) {
  summar_doc *d = (summar_doc *)doc;
  summar_stems *s = atomic_load_explicit(&d->stems, memory_order_acquire);
  if (!s) {
    summar_stems *mine;
    summar_status st = make_stems(doc, &mine);
    if (st != SUMMAR_OK)
      return st;
    if (atomic_compare_exchange_strong_explicit(&d->stems, &s, mine,
                                                memory_order_acq_rel,
                                                memory_order_acquire))
      s = mine;
    else
      stems_free(&doc->a, mine);
  }
  *out = s;
  return SUMMAR_OK;
}

size_t summar_doc_token_sentence(const summar_doc *doc, size_t i) {
  /* The last sentence whose tokens start at or before i: sentences
   * without tokens share their tok_first with the next one. */
  size_t lo = 0, hi = doc->nsents;
  while (hi - lo > 1) {
    size_t mid = lo + (hi - lo) / 2;
    if (doc->sents[mid].tok_first <= i)
      lo = mid;
    else
      hi = mid;
  }
  return lo;
}

SUMMAR_API summar_status summar_doc_token(const summar_doc *doc, size_t i,
                                          summar_token *out) {
  if (!doc || !out || !SUMMAR_SIZED_OK(out, summar_token, stem))
    return SUMMAR_ERR_ARG;
  if (i >= doc->ntoks)
    return SUMMAR_ERR_RANGE;
  const summar_stems *stems = NULL;
  if (doc->stems_deferred) {
    summar_status st = doc_stems(doc, &stems);
    if (st != SUMMAR_OK)
      return st;
  }
  const summar_form *f = summar_tok_form(doc, i);
  summar_token tk;
  memset(&tk, 0, sizeof tk);
  tk.start = doc->toks[i].start;
  tk.end = tk.start + f->len;
  tk.sentence = summar_doc_token_sentence(doc, i);
  tk.flags = f->flags;
  tk.norm = doc->pool + f->norm;
  tk.stem = stems ? stems->pool + stems->off[i] : doc->pool + doc->stem_off[i];
  SUMMAR_SIZED_COPY(out, &tk);
  return SUMMAR_OK;
}

SUMMAR_API summar_status summar_doc_title(const summar_doc *doc,
                                          summar_span *out) {
  if (!doc || !out || !SUMMAR_SIZED_OK(out, summar_span, flags))
    return SUMMAR_ERR_ARG;
  if (doc->title == SIZE_MAX)
    return SUMMAR_ERR_NOT_FOUND;
  fill_span(doc, doc->title, out);
  /* A headline split into several sentences is reported whole. */
  for (size_t i = doc->title + 1;
       i < doc->nsents && (doc->sents[i].flags & SUMMAR_SENT_TITLE) &&
       doc->sents[i].block == doc->sents[doc->title].block;
       i++)
    out->end = doc->sents[i].end;
  return SUMMAR_OK;
}

SUMMAR_API size_t summar_doc_content_words(const summar_doc *doc) {
  return doc ? doc->content_words : 0;
}

SUMMAR_API summar_status summar_doc_embedded_request(const summar_doc *doc,
                                                     size_t *words,
                                                     size_t *paragraphs,
                                                     const char **lang) {
  if (!doc)
    return SUMMAR_ERR_ARG;
  if (!doc->has_request)
    return SUMMAR_ERR_NOT_FOUND;
  if (words)
    *words = doc->request.words;
  if (paragraphs)
    *paragraphs = doc->request.paragraphs;
  if (lang)
    *lang = doc->request.lang;
  return SUMMAR_OK;
}
