/*
 * tune.h - the dev sets as tools/tune.c scores them (tools/tune_data.c):
 * documents analysed once, with their references, budget, component
 * columns of "default" and the ROUGE of the lead and position baselines.
 */
#ifndef SUMMAR_TUNE_H
#define SUMMAR_TUNE_H

#include "internal.h"

typedef struct tdoc {
  summar_doc *doc;
  char *lang, *text;
  size_t text_len;
  char **refs;
  size_t *ref_lens, nrefs, budget;
  double *comp;  /* SUMMAR_DC_COUNT x nsents */
  double lead[3], position[3]; /* ROUGE-1/2/L F1 of the baselines */
  /* Last selection scored and its ROUGE: weights often give the same. */
  size_t *last_sel, *last_end, last_n; /* picks: sentence, end byte */
  double last[3];
  int has_last;
} tdoc;

typedef struct tset {
  const char *name;
  tdoc *d;
  size_t n;
} tset;

/* Whether summaries fill the budget with a cut sentence (--fill). */
extern int tune_fill;

/* ROUGE-1/2/L F1 x 100 into out of the summary of d that selection makes
 * from the sentence scores `scores` with the select parameters sp (NULL:
 * the library's), cut after d->budget words as `summar eval` cuts it.
 * Returns 0, or -1 on an error. */
int score_summary(const summar_ctx *ctx, tdoc *d, const double *scores,
                  const summar_select_params *sp, double out[3]);

/* Loads the first `limit` documents (0: all) of DIR/NAME.dev.jsonl into
 * set.  Returns 0, or -1 (message on stderr; free the set with
 * free_set). */
int load_set(const summar_ctx *ctx, const char *dir, const char *name,
             size_t limit, tset *set);
void free_set(tset *set);

#endif
