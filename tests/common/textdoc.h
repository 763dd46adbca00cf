/*
 * textdoc.h - small documents built from sentence strings for the unit
 * tests of selection, paragraphs and rendering, without the text
 * pipeline: sentence i is sents[i], in source paragraph paras[i] (NULL:
 * all 0) with flags flags[i] (NULL: 0); sentences of one paragraph are
 * joined by a space, paragraphs by a blank line.  Words are ASCII
 * letter/digit runs (bytes >= 0x80 count as letters), lower-cased.
 */
#ifndef SUMMAR_TEST_TEXTDOC_H
#define SUMMAR_TEST_TEXTDOC_H

#include "internal.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* How words become terms. */
typedef struct textdoc_terms {
  size_t min_len;   /* shorter words are not terms */
  int stopwords;    /* a few English function words are not terms */
  int fold_plural;  /* the stem drops a final 's' (words over 3 bytes) */
} textdoc_terms;

static int textdoc_stopword(const char *w, size_t n) {
  static const char *const stop[] = {"the", "a", "of", "and", "is",
                                     "to", "in", "it", NULL};
  for (size_t i = 0; stop[i]; i++)
    if (strlen(stop[i]) == n && !memcmp(stop[i], w, n))
      return 1;
  return 0;
}

static int textdoc_cmp_u32(const void *x, const void *y) {
  uint32_t a = *(const uint32_t *)x, b = *(const uint32_t *)y;
  return (a > b) - (a < b);
}

static int textdoc_wordbyte(unsigned char c) {
  return c >= 0x80 || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') ||
         (c >= 'A' && c <= 'Z');
}

static summar_doc *textdoc(const char *const *sents, const size_t *paras,
                           const unsigned *flags, size_t n,
                           const textdoc_terms *tt) {
  const summar_allocator *a = &summar_default_allocator;
  summar_doc *d = summar_calloc(a, 1, sizeof *d);
  d->a = *a;
  d->lang = "en";
  d->title = SIZE_MAX;
  summar_buf b;
  summar_buf_init(&b, a);
  d->sents = summar_calloc(a, n + 1, sizeof *d->sents); /* + the end */
  d->blocks = summar_calloc(a, n ? n : 1, sizeof *d->blocks);
  d->nsents = d->nblocks = n;
  for (size_t i = 0; i < n; i++) {
    size_t p = paras ? paras[i] : 0;
    if (i > 0)
      summar_buf_puts(&b, p != (paras ? paras[i - 1] : 0) ? "\n\n" : " ");
    d->sents[i].start = b.len;
    summar_buf_puts(&b, sents[i]);
    d->sents[i].end = b.len;
    d->sents[i].block = i;
    d->sents[i].flags = flags ? flags[i] : 0;
    d->blocks[i].start = d->sents[i].start;
    d->blocks[i].end = d->sents[i].end;
    d->blocks[i].para = p;
    d->blocks[i].flags = d->sents[i].flags & SUMMAR_SENT_DROP;
    if ((d->sents[i].flags & SUMMAR_SENT_TITLE) && d->title == SIZE_MAX)
      d->title = i;
  }
  d->text = summar_buf_take(&b, &d->len);
  summar_intern in;
  summar_intern_init(&in, a);
  size_t tok_cap = 0, form_cap = 0, tv_cap = 0, stem_cap = 0;
  uint32_t terms[512];
  for (size_t i = 0; i < n; i++) {
    summar_sent *s = &d->sents[i];
    s->words = summar_word_count(d->text + s->start, s->end - s->start);
    s->tok_first = d->ntoks;
    size_t nt = 0, k = s->start;
    while (k < s->end) {
      if (!textdoc_wordbyte((unsigned char)d->text[k])) {
        k++;
        continue;
      }
      size_t e = k, ln = 0;
      char low[64];
      while (e < s->end && textdoc_wordbyte((unsigned char)d->text[e])) {
        char c = d->text[e++];
        if (ln < sizeof low - 1)
          low[ln++] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
      }
      summar_grow(a, (void **)&d->toks, &tok_cap, d->ntoks + 1,
                  sizeof *d->toks);
      summar_grow(a, (void **)&d->forms, &form_cap, d->nforms + 1,
                  sizeof *d->forms);
      summar_grow(a, (void **)&d->stem_off, &stem_cap, d->ntoks + 1,
                  sizeof *d->stem_off);
      /* Each token has a form of its own. */
      d->toks[d->ntoks].start = k;
      d->toks[d->ntoks].form = d->nforms;
      summar_form *t = &d->forms[d->nforms++];
      uint32_t *stem = &d->stem_off[d->ntoks];
      t->len = e - k;
      t->flags = SUMMAR_TOKEN_LETTERS;
      summar_intern_str(&in, low, ln, &t->norm);
      size_t sl = tt->fold_plural && ln > 3 && low[ln - 1] == 's' ? ln - 1
                                                                  : ln;
      summar_intern_str(&in, low, sl, stem);
      t->term = SUMMAR_TOK_NO_TERM;
      if (tt->stopwords && textdoc_stopword(low, ln)) {
        t->flags |= SUMMAR_TOKEN_STOPWORD;
      } else if (ln >= tt->min_len) {
        t->term = summar_intern_term(&in, low, sl, *stem, d->ntoks);
        if (nt < sizeof terms / sizeof *terms)
          terms[nt++] = t->term;
      }
      d->ntoks++;
      k = e;
    }
    if (nt)
      qsort(terms, nt, sizeof *terms, textdoc_cmp_u32);
    s->tv_first = d->ntv;
    for (size_t x = 0; x < nt;) {
      size_t y = x;
      while (y < nt && terms[y] == terms[x])
        y++;
      summar_grow(a, (void **)&d->tv, &tv_cap, d->ntv + 1, sizeof *d->tv);
      d->tv[d->ntv].term = terms[x];
      d->tv[d->ntv].count = (uint32_t)(y - x);
      d->ntv++;
      x = y;
    }
  }
  d->sents[n].tok_first = d->ntoks;
  d->sents[n].tv_first = d->ntv;
  d->pool = in.pool;
  d->pool_len = in.pool_len;
  d->term_tok = in.term_tok;
  d->nterms = in.nterms;
  in.pool = NULL;
  in.term_tok = NULL;
  summar_intern_free(&in);
  d->df = summar_calloc(a, d->nterms + 1, sizeof *d->df);
  d->tf = summar_calloc(a, d->nterms + 1, sizeof *d->tf);
  summar_doc_recount(d);
  return d;
}

#endif
