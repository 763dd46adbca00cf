/*
 * score_default.c - the "default" scorer for news-like text: a weighted
 * sum of components, each scaled to [0,1] over the content sentences:
 *   textrank    TextRank centrality (Mihalcea & Tarau 2004), which favours
 *               longer, content-rich sentences;
 *   position    the lead prior 1/sqrt(1 + r) of the "position" scorer;
 *   title       idf cosine with the headline, when there is one;
 *   centroid    MEAD TF-ISF centroid similarity (Radev et al. 2004);
 *   directed    PacSum's position-augmented (directed) degree centrality
 *               (Zheng & Lapata 2019): the similarity to later
 *               sentences + lambda_back x the similarity to earlier ones
 *               (a negative lambda_back favours a sentence that repeats
 *               little of what came before), min-max scaled;
 *   lead        a steep lead prior (1 + r / lead_scale)^-lead_exp: the
 *               opening sentence stands out, the next ones compete on
 *               content;
 *   paragraph   1 / sqrt(1 + p) for a sentence of the p-th source paragraph
 *               (paragraph openings carry the topic of what follows);
 * then questions are damped (rhetorical in news) and sentences shorter
 * than short_words words are scaled down in proportion (fragments,
 * captions and datelines rarely make a summary).
 * The shipped weights, one set for Arabic (summar_default_weights_ar,
 * summar_default_extra_ar) and one for every other language
 * (summar_default_weights_std, summar_default_extra_std), are the output
 * of tools/tune.c (`ninja -C build tune`: a coordinate search on the dev
 * sets of docs/evaluation.md, cross-validated); selection (select.c) then fills the word budget by
 * maximizing score x words.
 */
#include "internal.h"

#include <math.h>
#include <stddef.h>
#include <string.h>

const summar_default_weights summar_default_weights_std = {
    .textrank = 0.43,
    .position = 0.0,
    .title = 0.05,
    .centroid = 0.21,
    .directed = 0.17,
    .lambda_back = 0.5,
    .short_words = 8.6,
};

const summar_default_extra summar_default_extra_std = {
    .lead = 0.6,
    .lead_exp = 2.33,
    .lead_scale = 1.46,
    .paragraph = 0.0,
    .question = 0.3,
};

/* Arabic: the same components with weights of their own, among them the
 * gradual lead prior of "position".  Term-based centrality is weak in
 * Arabic (rich morphology, light stemming); tied to the language the
 * library detects (doc->lang), not to a data set. */
const summar_default_weights summar_default_weights_ar = {
    .textrank = 0.3,
    .position = 2.0,
    .title = 0.05,
    .centroid = 0.1,
    .directed = 0.6,
    .lambda_back = 0.25,
    .short_words = 8.6,
};

const summar_default_extra summar_default_extra_ar = {
    .lead = 1.0,
    .lead_exp = 2.33,
    .lead_scale = 1.46,
    .paragraph = 0.5,
    .question = 0.16,
};

int summar_default_uses_ar(const struct summar_doc *doc) {
  return doc->lang && strcmp(doc->lang, "ar") == 0;
}

summar_status summar_score_default(const struct summar_doc *doc, double *s) {
  int ar = summar_default_uses_ar(doc);
  return summar_score_default_ex(
      doc, ar ? &summar_default_weights_ar : &summar_default_weights_std,
      ar ? &summar_default_extra_ar : &summar_default_extra_std, s);
}

/* Whether text[start,end) ends with a question mark (Latin or Arabic),
 * before closing quotes, brackets and spaces. */
static int ends_question(const char *text, size_t start, size_t end) {
  while (end > start) {
    unsigned char c = (unsigned char)text[end - 1];
    if (c == ' ' || c == '"' || c == '\'' || c == ')' || c == ']' ||
        c == '\t' || c == '\n' || c == '\r') {
      end--;
    } else if (end - start >= 3 && (unsigned char)text[end - 3] == 0xE2 &&
               (unsigned char)text[end - 2] == 0x80 &&
               (c == 0x99 || c == 0x9D || c == 0xBA)) {
      end -= 3; /* closing curly quotes and single guillemet */
    } else if (end - start >= 2 && (unsigned char)text[end - 2] == 0xC2 &&
               c == 0xBB) {
      end -= 2; /* closing guillemet */
    } else {
      break;
    }
  }
  if (end > start && text[end - 1] == '?')
    return 1;
  return end - start >= 2 && (unsigned char)text[end - 2] == 0xD8 &&
         (unsigned char)text[end - 1] == 0x9F; /* U+061F */
}

/* The lead and paragraph priors of content sentences, added to s. */
static void add_priors(const struct summar_doc *doc,
                       const summar_default_extra *x, double *s) {
  size_t r = 0, para = 0, prev = SIZE_MAX;
  double scale = x->lead_scale > 0 ? x->lead_scale : 1.0;
  for (size_t i = 0; i < doc->nsents; i++) {
    const summar_sent *se = &doc->sents[i];
    if (se->flags & SUMMAR_SENT_DROP)
      continue;
    size_t bp = se->block < doc->nblocks ? doc->blocks[se->block].para : 0;
    if (prev != SIZE_MAX && bp != prev)
      para++;
    prev = bp;
    if (x->lead > 0)
      s[i] += x->lead * pow(1.0 + (double)r / scale, -x->lead_exp);
    if (x->paragraph > 0)
      s[i] += x->paragraph / sqrt(1.0 + (double)para);
    r++;
  }
}

/* Idf cosine of every content sentence with the title into comp. */
static void title_similarity(const struct summar_doc *doc, const double *idf,
                             double *comp) {
  const summar_sent *t = &doc->sents[doc->title];
  const summar_tv *tv = doc->tv + t->tv_first;
  size_t nt = doc->nterms;
  double tn = 0;
  for (size_t k = 0, nv = summar_sent_ntv(t); k < nv; k++)
    if (tv[k].term < nt)
      tn += (tv[k].count * idf[tv[k].term]) * (tv[k].count * idf[tv[k].term]);
  for (size_t i = 0; i < doc->nsents; i++) {
    const summar_sent *st = &doc->sents[i];
    comp[i] = 0;
    if ((st->flags & SUMMAR_SENT_DROP) || tn <= 0)
      continue;
    const summar_tv *v = doc->tv + st->tv_first;
    double dot = 0, sq = 0;
    size_t x = 0, y = 0;
    for (size_t k = 0, nv = summar_sent_ntv(st); k < nv; k++)
      if (v[k].term < nt)
        sq += (v[k].count * idf[v[k].term]) * (v[k].count * idf[v[k].term]);
    while (x < summar_sent_ntv(st) && y < summar_sent_ntv(t)) {
      if (v[x].term < tv[y].term) {
        x++;
      } else if (v[x].term > tv[y].term) {
        y++;
      } else {
        if (v[x].term < nt) {
          double w = idf[v[x].term];
          dot += v[x].count * tv[y].count * w * w;
        }
        x++;
        y++;
      }
    }
    if (sq > 0)
      comp[i] = dot / (sqrt(sq) * sqrt(tn));
  }
}

/* The PacSum value of sentence i: fwd + lambda_back x back, or fwd alone
 * when back is NULL (fwd holds the combination). */
static double directed_value(const double *fwd, const double *back,
                             double lambda_back, size_t i) {
  return back ? fwd[i] + lambda_back * back[i] : fwd[i];
}

/* Adds wk x the PacSum value (directed_value), min-max scaled over the
 * content sentences (0 for the others), to s. */
static void add_directed(const struct summar_doc *doc, const double *fwd,
                         const double *back, const summar_default_weights *w,
                         double wk, double *s) {
  double lo = INFINITY, hi = -INFINITY;
  for (size_t i = 0; i < doc->nsents; i++) {
    if (doc->sents[i].flags & SUMMAR_SENT_DROP)
      continue;
    double v = directed_value(fwd, back, w->lambda_back, i);
    if (v < lo)
      lo = v;
    if (v > hi)
      hi = v;
  }
  if (!(hi > lo))
    return;
  for (size_t i = 0; i < doc->nsents; i++) {
    if (doc->sents[i].flags & SUMMAR_SENT_DROP)
      continue;
    double v = directed_value(fwd, back, w->lambda_back, i);
    s[i] += wk * ((v - lo) / (hi - lo));
  }
}

/* The weight of column col in w (the PacSum weight for the directed
 * column); 0 for the title column of a doc without a title. */
static double column_weight(const struct summar_doc *doc,
                            const summar_default_weights *w, int col) {
  double wk = 0;
  switch (col) {
  case SUMMAR_DC_DIRECTED:
    wk = w->directed;
    break;
  case SUMMAR_DC_TEXTRANK:
    wk = w->textrank;
    break;
  case SUMMAR_DC_POSITION:
    wk = w->position;
    break;
  case SUMMAR_DC_CENTROID:
    wk = w->centroid;
    break;
  case SUMMAR_DC_TITLE:
    wk = doc->title < doc->nsents ? w->title : 0;
    break;
  default:
    break;
  }
  return wk > 0 ? wk : 0;
}

/* Computes component col (not SUMMAR_DC_DIRECTED_BACK) into c, n
 * doubles: scaled to [0,1] on content, but for the directed column, which
 * receives the raw sums (to later sentences in c, to earlier ones in
 * back; with back NULL, their combination by w->lambda_back in c).  With
 * g not NULL, the walk of the directed column also builds TextRank's
 * graph into g, and the TextRank column ranks that graph (and frees it)
 * when it has one.  Errors: SUMMAR_ERR_NOMEM. */
static summar_status component(const struct summar_doc *doc,
                               const summar_default_weights *w, int col,
                               double *c, double *back, summar_graph *g) {
  summar_status st = SUMMAR_OK;
  switch (col) {
  case SUMMAR_DC_DIRECTED:
    /* PacSum's directed degree centrality from the cosine graph. */
    if (g)
      return summar_graph_build_directed(doc, SUMMAR_SIM_OVERLAP, 0.0,
                                         SUMMAR_SIM_COSINE, 0.0,
                                         w->lambda_back, g, c, back);
    return summar_graph_directed(doc, SUMMAR_SIM_COSINE, 0.0, w->lambda_back,
                                 c, back);
  case SUMMAR_DC_TEXTRANK:
    st = g && g->row ? summar_textrank_rank(doc, g, c)
                     : summar_score_textrank(doc, c);
    break;
  case SUMMAR_DC_POSITION:
    st = summar_score_position(doc, c);
    break;
  case SUMMAR_DC_CENTROID:
    st = summar_score_centroid(doc, c);
    break;
  case SUMMAR_DC_TITLE: {
    double *idf = summar_idf_table(doc);
    if (!idf)
      return SUMMAR_ERR_NOMEM;
    title_similarity(doc, idf, c);
    summar_dealloc(&doc->a, idf);
    break;
  }
  default:
    return SUMMAR_OK;
  }
  if (st == SUMMAR_OK)
    summar_scores_normalize(doc, c);
  return st;
}

/* The columns in the order their weighted values are added: the sums are
 * done in this fixed order, so results are bit-for-bit stable. */
static const int column_order[] = {
    SUMMAR_DC_DIRECTED, SUMMAR_DC_TEXTRANK, SUMMAR_DC_POSITION,
    SUMMAR_DC_CENTROID, SUMMAR_DC_TITLE,
};

#define NCOLUMNS (sizeof column_order / sizeof column_order[0])

/* Adds wk x column col (c; back: see component()) to s. */
static void add_column(const struct summar_doc *doc,
                       const summar_default_weights *w, int col, double wk,
                       const double *c, const double *back, double *s) {
  if (col == SUMMAR_DC_DIRECTED) {
    add_directed(doc, c, back, w, wk, s);
    return;
  }
  for (size_t i = 0; i < doc->nsents; i++)
    s[i] += wk * c[i];
}

/* The priors, dampings and normalization that follow the weighted sum. */
static void finish(const struct summar_doc *doc,
                   const summar_default_weights *w,
                   const summar_default_extra *x, double *s);

summar_status summar_default_components(const struct summar_doc *doc,
                                        const summar_default_weights *w,
                                        double *comp) {
  size_t n = doc->nsents;
  for (size_t i = 0; i < SUMMAR_DC_COUNT * n; i++)
    comp[i] = 0;
  /* The graph of the directed column is freed before TextRank builds its
   * own: one at a time. */
  for (size_t k = 0; k < NCOLUMNS; k++) {
    int col = column_order[k];
    if (!(column_weight(doc, w, col) > 0))
      continue;
    summar_status st =
        component(doc, w, col, comp + (size_t)col * n,
                  col == SUMMAR_DC_DIRECTED
                      ? comp + (size_t)SUMMAR_DC_DIRECTED_BACK * n
                      : NULL,
                  NULL);
    if (st != SUMMAR_OK)
      return st;
  }
  return SUMMAR_OK;
}

void summar_default_combine(const struct summar_doc *doc, const double *comp,
                            const summar_default_weights *w,
                            const summar_default_extra *x, double *s) {
  size_t n = doc->nsents;
  for (size_t i = 0; i < n; i++)
    s[i] = 0;
  for (size_t k = 0; k < NCOLUMNS; k++) {
    int col = column_order[k];
    double wk = column_weight(doc, w, col);
    if (wk > 0)
      add_column(doc, w, col, wk, comp + (size_t)col * n,
                 comp + (size_t)SUMMAR_DC_DIRECTED_BACK * n, s);
  }
  finish(doc, w, x, s);
}

static void finish(const struct summar_doc *doc,
                   const summar_default_weights *w,
                   const summar_default_extra *x, double *s) {
  size_t n = doc->nsents;
  if (x->lead > 0 || x->paragraph > 0)
    add_priors(doc, x, s);
  if (x->question > 0) {
    double keep = x->question < 1 ? 1 - x->question : 0;
    for (size_t i = 0; i < n; i++)
      if (!(doc->sents[i].flags & SUMMAR_SENT_DROP) &&
          ends_question(doc->text, doc->sents[i].start, doc->sents[i].end))
        s[i] *= keep;
  }
  if (w->short_words > 0) {
    for (size_t i = 0; i < n; i++) {
      const summar_sent *se = &doc->sents[i];
      size_t words = se->words ? se->words : summar_sent_ntoks(se);
      if (words && (double)words < w->short_words)
        s[i] *= (double)words / w->short_words;
    }
  }
  summar_scores_normalize(doc, s);
}

/* The directed and TextRank columns come from one walk of the index when
 * the text averages this many bytes a content sentence or more: the walk
 * then holds 32 bytes a sentence more (the second similarity's state and
 * the back sums), under half a byte an input byte.  Shorter sentences
 * (lists, one-word lines) take the two walks one after the other. */
#define SUMMAR_FUSED_WALK_MIN_BYTES 64

/* One component at a time into one column, added to s as soon as it is
 * computed: the same sums in the same order as summar_default_combine
 * over the whole matrix, in n doubles instead of SUMMAR_DC_COUNT x n. */
summar_status summar_score_default_ex(const struct summar_doc *doc,
                                      const summar_default_weights *w,
                                      const summar_default_extra *x,
                                      double *s) {
  size_t n = doc->nsents;
  double *c = summar_alloc(&doc->a, (n ? n : 1) * sizeof *c);
  if (!c)
    return SUMMAR_ERR_NOMEM;
  summar_status st = SUMMAR_OK;
  summar_graph graph;
  memset(&graph, 0, sizeof graph);
  int fused = column_weight(doc, w, SUMMAR_DC_DIRECTED) > 0 &&
              column_weight(doc, w, SUMMAR_DC_TEXTRANK) > 0 &&
              doc->len >= SUMMAR_FUSED_WALK_MIN_BYTES * doc->ncontent;
  for (size_t i = 0; i < n; i++)
    s[i] = 0;
  for (size_t k = 0; st == SUMMAR_OK && k < NCOLUMNS; k++) {
    int col = column_order[k];
    double wk = column_weight(doc, w, col);
    if (!(wk > 0))
      continue;
    for (size_t i = 0; i < n; i++)
      c[i] = 0;
    st = component(doc, w, col, c, NULL, fused ? &graph : NULL);
    if (st == SUMMAR_OK)
      add_column(doc, w, col, wk, c, NULL, s);
  }
  summar_graph_free(&graph); /* TextRank's, when it did not run */
  summar_dealloc(&doc->a, c);
  if (st == SUMMAR_OK)
    finish(doc, w, x, s);
  return st;
}
