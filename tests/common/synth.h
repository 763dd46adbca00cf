/*
 * synth.h - synthetic documents for unit tests of the scorers and the
 * graph: a struct summar_doc built directly from term ids, without the
 * text pipeline.
 */
#ifndef SUMMAR_TEST_SYNTH_H
#define SUMMAR_TEST_SYNTH_H

#include "internal.h"

#include <stdlib.h>
#include <string.h>

/* Builds a doc of n sentences; sentence i holds the tokens
 * ids[off_i .. off_i + len[i]) (a term id, or -1 for a stopword).
 * flags may be NULL.  The doc's own arrays come from malloc; doc->a is
 * the allocator the scorers use. */
static int synth(struct summar_doc *d, const summar_allocator *a, size_t n,
                 const size_t *len, const int *ids, const unsigned *flags,
                 size_t nterms) {
  memset(d, 0, sizeof *d);
  d->a = *a;
  d->lang = "en";
  d->title = SIZE_MAX;
  size_t ntoks = 0;
  for (size_t i = 0; i < n; i++)
    ntoks += len[i];
  d->sents = calloc(n + 1, sizeof *d->sents); /* + the end entry */
  d->toks = calloc(ntoks ? ntoks : 1, sizeof *d->toks);
  d->forms = calloc(ntoks ? ntoks : 1, sizeof *d->forms);
  d->tv = calloc(ntoks ? ntoks : 1, sizeof *d->tv);
  d->df = calloc(nterms ? nterms : 1, sizeof *d->df);
  d->tf = calloc(nterms ? nterms : 1, sizeof *d->tf);
  uint32_t *cnt = calloc(nterms ? nterms : 1, sizeof *cnt);
  if (!d->sents || !d->toks || !d->forms || !d->tv || !d->df || !d->tf || !cnt) {
    free(cnt);
    return -1;
  }
  d->nsents = n;
  d->ntoks = d->nforms = ntoks;
  d->nterms = nterms;
  size_t t = 0;
  for (size_t i = 0; i < n; i++) {
    summar_sent *s = &d->sents[i];
    s->flags = flags ? flags[i] : 0;
    s->block = i;
    s->tok_first = t;
    s->words = len[i];
    s->tv_first = d->ntv;
    for (size_t k = 0; k < len[i]; k++, t++) {
      /* Each token has a form of its own. */
      d->toks[t].form = (uint32_t)t;
      d->forms[t].term = ids[t] < 0 ? SUMMAR_TOK_NO_TERM : (uint32_t)ids[t];
      if (ids[t] >= 0)
        cnt[ids[t]]++;
    }
    for (size_t k = s->tok_first; k < t; k++) {
      if (ids[k] < 0 || !cnt[ids[k]])
        continue;
      /* insertion into the sorted term vector */
      summar_tv e = {(uint32_t)ids[k], cnt[ids[k]]};
      cnt[ids[k]] = 0;
      size_t p = d->ntv;
      while (p > s->tv_first && d->tv[p - 1].term > e.term) {
        d->tv[p] = d->tv[p - 1];
        p--;
      }
      d->tv[p] = e;
      d->ntv++;
    }
    if ((s->flags & SUMMAR_SENT_TITLE) && d->title == SIZE_MAX)
      d->title = i;
    if (s->flags & SUMMAR_SENT_DROP)
      continue;
    d->ncontent++;
    d->content_words += s->words;
    for (size_t k = 0; k < d->ntv - s->tv_first; k++) {
      d->df[d->tv[s->tv_first + k].term]++;
      d->tf[d->tv[s->tv_first + k].term] += d->tv[s->tv_first + k].count;
    }
  }
  d->sents[n].tok_first = (uint32_t)t;
  d->sents[n].tv_first = (uint32_t)d->ntv;
  free(cnt);
  return 0;
}

static void synth_free(struct summar_doc *d) {
  free(d->sents);
  free(d->toks);
  free(d->forms);
  free(d->tv);
  free(d->df);
  free(d->tf);
}

#endif
