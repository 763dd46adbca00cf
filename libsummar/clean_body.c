/*
 * clean_body.c - the article inside text scraped from a web page: the
 * densest runs of text blocks, then a per-block decision from the block's
 * own form and its place relative to those runs.
 *
 * Text scraped from a page keeps the page's menus, teasers and footers
 * around the article.  The article is first found as the densest run of
 * blocks (Finn, Kushmerick and Smyth's body text extraction, by blocks): a
 * block that reads as text (BODY_TEXT_WORDS words or more, or
 * BODY_SENT_WORDS ending a sentence) adds its words, any other block (a
 * menu item, a heading, a date) takes BODY_SHORT_COST plus its words; the
 * run with the largest sum is the body.  Runs outside it are searched for
 * in what is left on either side of it and of each run that joins it (at
 * most BODY_MAX_RUNS times); those worth BODY_MORE of its sum (an article
 * in parts, between pictures and teasers) join it.
 *
 * When BODY_MIN_OUTSIDE or more kept blocks lie outside the joined runs,
 * the text is a page, and each block is kept or dropped by a logistic
 * model (jusText-like block classification with context): its words,
 * punctuation, capitalised and numeric words, the runs it lies in, its
 * distance to them, whether it comes before or after them, how much
 * text its neighbours hold, whether it opens with a quotation mark (a
 * quotation the article reports), for a block outside the runs the share
 * of its words (of BODY_SHARED_CHARS code points or more) that the runs'
 * text blocks also use (a part of the article keeps to its subject, a
 * menu or teaser does not), and two word lists: the words of the
 * calls around an article (newsletter, subscription, privacy,
 * advertising; data/junk "promo") and a photo or agency credit at its end
 * (data/credits).  The weights are fitted by
 * tools/clean_fit.py (cross-validated over pages).  A plain article's
 * title and byline are fewer than BODY_MIN_OUTSIDE blocks, and stay.
 */
#include "clean_int.h"
#include "data_lists.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include <utf8proc.h>

#define BODY_TEXT_WORDS 15
#define BODY_SENT_WORDS 8
#define BODY_SHORT_COST 10
#define BODY_MORE 0.3
#define BODY_MAX_RUNS 16
#define BODY_MIN_OUTSIDE 5
/* Distances to the body beyond this many blocks count as this many. */
#define BODY_FAR 50
/* Blocks this short (words) are a feature of their own. */
#define BODY_TINY_WORDS 3
/* Promo words counted in a block, at most. */
#define BODY_PROMO_MAX 3
/* Long words, compared between blocks: this many code points or more. */
#define BODY_SHARED_CHARS 4

/* The model's weights, one a feature (SUMMAR_BODY_F_*), the threshold
 * folded into the bias: a block is kept when the weighted sum is
 * positive.  Written by tools/clean_fit.py. */
static const double body_weights[SUMMAR_BODY_NFEAT] = {
    /* BEGIN body_weights */
    -4.017, 0.8908, 0.9064, 0.7896, -0.0498, 0.6597, 0.3079, -0.0499, -0.0087,
    -2.332, 0.3456, 1.15, -0.6538, -1.006, 0.6524, 0.1054, 0.2764, -3.454,
    -1.144, 1.327, 2.276,
    /* END body_weights */
};

/* What one block looks like, and where it lies. */
typedef struct bform {
  uint32_t words;                /* the block's word count */
  uint32_t caps, digits, commas; /* words starting upper case, holding a
                                    digit; commas */
  uint32_t run;                  /* the sum of its run, 0 outside runs */
  unsigned char dist;            /* blocks to the body, at most BODY_FAR */
  unsigned char term, colon;     /* ends a sentence; ends with ':' */
  unsigned char text;            /* reads as text */
  unsigned char promo;           /* promo words, at most BODY_PROMO_MAX */
  unsigned char credit;          /* ends with a credit */
  unsigned char quote;           /* opens with a quotation mark */
  uint32_t distinct, shared;     /* outside the body: distinct long
                                    words; those in its text blocks */
} bform;

/* Quotation marks that open a quotation: " ' „ “ « » ‘ ‚ (» opens German
 * quotations set »...«). */
static int opens_quote(int32_t cp) {
  return cp == '"' || cp == '\'' || cp == 0x201E || cp == 0x201C ||
         cp == 0x00AB || cp == 0x00BB || cp == 0x2018 || cp == 0x201A;
}

static int is_comma(int32_t cp) {
  return cp == ',' || cp == 0x060C || cp == 0x3001 || cp == 0xFF0C;
}

/* The final punctuation of text[s,e): f->term and f->colon. */
static void block_end(const char *text, size_t s, size_t e, bform *f) {
  int32_t fin = summar_text_final_cp(text, s, e);
  f->term = (unsigned char)summar_text_is_terminal(fin);
  f->colon = fin == ':';
}

/* One pass over text[s,e) (f->words set): an opening quotation mark, the
 * words starting upper case and those holding a digit (of the
 * whitespace-separated runs holding a letter or digit), the commas. */
static void block_form(const char *text, size_t s, size_t e, bform *f) {
  size_t i = s;
  int alnum = 0, cap = 0, digit = 0;
  if (s < e) {
    size_t k = s;
    f->quote = (unsigned char)opens_quote(summar_utf8_next(text, e, &k));
  }
  while (i <= e) {
    int32_t cp = ' ';
    if (i < e) {
      cp = summar_utf8_next(text, e, &i);
      if (cp < 0)
        cp = 0xFFFD;
    } else {
      i++;
    }
    if (cp < 0x80) {
      if (cp == ' ' || (cp >= '\t' && cp <= '\r')) {
        f->caps += (uint32_t)(alnum && cap);
        f->digits += (uint32_t)(alnum && digit);
        alnum = cap = digit = 0;
      } else if (summar_is_alnum(cp)) {
        if (!alnum)
          cap = cp >= 'A' && cp <= 'Z';
        digit |= cp >= '0' && cp <= '9';
        alnum = 1;
      } else {
        f->commas += cp == ',';
      }
    } else if (summar_is_arabic_letter(cp)) { /* Lo: no case, no digit */
      if (!alnum)
        cap = 0;
      alnum = 1;
    } else if (summar_is_space(cp)) {
      f->caps += (uint32_t)(alnum && cap);
      f->digits += (uint32_t)(alnum && digit);
      alnum = cap = digit = 0;
    } else if (summar_is_alnum(cp)) {
      utf8proc_category_t c = utf8proc_category(cp);
      if (!alnum)
        cap = c == UTF8PROC_CATEGORY_LU || c == UTF8PROC_CATEGORY_LT;
      digit |= c == UTF8PROC_CATEGORY_ND;
      alnum = 1;
    } else {
      f->commas += (uint32_t)is_comma(cp);
    }
  }
  /* In scripts without spaces a run holds several words. */
  if (f->caps > f->words)
    f->caps = f->words;
  if (f->digits > f->words)
    f->digits = f->words;
}

/* A long word of a block: the hash of its normal form. */
typedef struct bword {
  uint64_t hash;
  size_t block;
} bword;

/* The long words of the blocks, as block_lists reads them. */
typedef struct bwords {
  const summar_allocator *a;
  bword *v;
  size_t n, cap;
  int failed; /* an allocation failed */
} bwords;

static int bword_cmp(const void *pa, const void *pb) {
  const bword *x = pa, *y = pb;
  if (x->hash != y->hash)
    return x->hash < y->hash ? -1 : 1;
  return (x->block > y->block) - (x->block < y->block);
}

/* Whether w holds BODY_SHARED_CHARS code points or more. */
static int long_word(const summar_lexword *w) {
  size_t cps = 0;
  for (size_t k = 0; k < w->norm_len && cps < BODY_SHARED_CHARS; k++)
    cps += ((unsigned char)w->norm[k] & 0xC0) != 0x80;
  return cps >= BODY_SHARED_CHARS;
}

/* The word-list features of block i, text[s,e): its promo words
 * (counted up to BODY_PROMO_MAX) and whether it ends with a credit; its
 * long words go to ws when ws is not NULL. */
static void block_lists(const char *text, size_t s, size_t e, size_t i,
                        bform *f, bwords *ws) {
  summar_lexword w;
  size_t pos = s;
  while ((ws || f->promo < BODY_PROMO_MAX) &&
         summar_lexword_next(text, e, &pos, &w)) {
    if (f->promo < BODY_PROMO_MAX)
      f->promo += (unsigned char)summar_in_list(summar_junk_promo, w.norm);
    if (ws && !ws->failed && long_word(&w)) {
      if (summar_grow(ws->a, (void **)&ws->v, &ws->cap, ws->n + 1,
                      sizeof *ws->v) < 0) {
        ws->failed = 1;
        continue;
      }
      ws->v[ws->n].hash = summar_hash_bytes(w.norm, w.norm_len);
      ws->v[ws->n++].block = i;
    }
  }
  f->credit = (unsigned char)summar_clean_has_credit(text, s, e);
}

/* Whether form[i] is a text block of the body. */
static int body_text(const bform *form, size_t i) {
  return form[i].dist == 0 && form[i].text;
}

/* form[i].distinct and form[i].shared of each block outside the body
 * whose long words ws holds (with those of the body's text blocks): its
 * distinct long words, and those of them that occur in a text block of
 * the body.  Sorts ws. */
static void shared_words(bwords *ws, bform *form) {
  bword *v = ws->v;
  size_t n = ws->n;
  if (n)
    qsort(v, n, sizeof *v, bword_cmp);
  for (size_t g = 0, h; g < n; g = h) {
    int in_body = 0;
    for (h = g; h < n && v[h].hash == v[g].hash; h++)
      in_body |= body_text(form, v[h].block);
    for (size_t k = g; k < h; k++) {
      bform *f = &form[v[k].block];
      if (f->dist == 0 || (k > g && v[k].block == v[k - 1].block))
        continue;
      f->distinct++;
      f->shared += (uint32_t)in_body;
    }
  }
}

/* The value of a block in the search for dense runs. */
static long value(const bform *f) {
  return f->text ? (long)f->words : -(BODY_SHORT_COST + (long)f->words);
}

/* The densest run of f[lo, hi): its sum, and [*s, *e). */
static long densest(const bform *f, size_t lo, size_t hi, size_t *s,
                    size_t *e) {
  long best = 0, cur = 0;
  size_t start = lo;
  *s = *e = lo;
  for (size_t i = lo; i < hi; i++) {
    if (cur <= 0) {
      cur = 0;
      start = i;
    }
    cur += value(&f[i]);
    if (cur > best) {
      best = cur;
      *s = start;
      *e = i + 1;
    }
  }
  return best;
}

/* Called with each block's features; `page`: the text is a page. */
typedef void (*body_fn)(size_t i, const double *f, int page, void *ud);

/* Where the runs are: form[i].run and form[i].dist filled; the best run's
 * sum, the first and last block in the body (*first is SIZE_MAX when
 * there is none) and the kept blocks outside it. */
typedef struct body_runs {
  long body;
  size_t first, last, outside;
} body_runs;

static void find_runs(const summar_blockvec *bv, bform *form,
                      body_runs *r) {
  size_t n = bv->n;
  /* ranges still to search, as a stack of [lo, hi) */
  size_t lo[BODY_MAX_RUNS + 1], hi[BODY_MAX_RUNS + 1], top = 0;
  lo[top] = 0;
  hi[top++] = n;
  long body = 0;
  for (int runs = 0; top && runs < BODY_MAX_RUNS; runs++) {
    top--;
    size_t l = lo[top], h = hi[top], s, e;
    long sum = densest(form, l, h, &s, &e);
    if (sum <= 0)
      continue;
    if (!body)
      body = sum;
    for (size_t i = s; i < e; i++)
      form[i].run = sum > (long)UINT32_MAX ? UINT32_MAX : (uint32_t)sum;
    if ((double)sum < BODY_MORE * (double)body)
      continue; /* a minor run: what lies beside it is not searched */
    if (s > l && top < BODY_MAX_RUNS) {
      lo[top] = l;
      hi[top++] = s;
    }
    if (h > e && top < BODY_MAX_RUNS) {
      lo[top] = e;
      hi[top++] = h;
    }
  }
  /* In the body: in a run worth BODY_MORE of the best. */
  r->body = body;
  r->first = SIZE_MAX;
  r->last = r->outside = 0;
  for (size_t i = 0; i < n; i++) {
    int in = body && (double)form[i].run >= BODY_MORE * (double)body;
    r->outside += !in && !(bv->v[i].flags & SUMMAR_SENT_DROP);
    if (in) {
      if (r->first == SIZE_MAX)
        r->first = i;
      r->last = i;
    }
    form[i].dist = in ? 0
                      : (unsigned char)(i && form[i - 1].dist < BODY_FAR
                                            ? form[i - 1].dist + 1
                                            : BODY_FAR);
  }
  for (size_t i = n - 1; i-- > 0;)
    if (form[i + 1].dist + 1 < form[i].dist)
      form[i].dist = (unsigned char)(form[i + 1].dist + 1);
}

/* The features of block i of n. */
static void features(const bform *form, size_t n, size_t i,
                     const body_runs *r, double *f) {
  const bform *fm = &form[i];
  double w = (double)fm->words, wd = w > 1 ? w : 1;
  size_t nb = 0, nt = 0;
  for (size_t j = i >= 2 ? i - 2 : 0; j <= i + 2 && j < n; j++)
    if (j != i) {
      nb++;
      nt += form[j].text;
    }
  f[SUMMAR_BODY_F_BIAS] = 1;
  f[SUMMAR_BODY_F_WORDS] = log1p(w);
  f[SUMMAR_BODY_F_TERM] = fm->term;
  f[SUMMAR_BODY_F_COMMAS] = (double)fm->commas / (w + 1);
  f[SUMMAR_BODY_F_TEXT] = fm->text;
  f[SUMMAR_BODY_F_IN] = r->body && fm->dist == 0;
  f[SUMMAR_BODY_F_RUN] = r->body ? (double)fm->run / (double)r->body : 0;
  f[SUMMAR_BODY_F_DIST] = log1p((double)fm->dist);
  f[SUMMAR_BODY_F_BEFORE] = r->first != SIZE_MAX && i < r->first;
  f[SUMMAR_BODY_F_AFTER] = r->first != SIZE_MAX && i > r->last;
  f[SUMMAR_BODY_F_NEIGHBOURS] = nb ? (double)nt / (double)nb : 0;
  f[SUMMAR_BODY_F_TINY] = fm->words <= BODY_TINY_WORDS;
  f[SUMMAR_BODY_F_CAPS] = (double)fm->caps / wd;
  f[SUMMAR_BODY_F_DIGITS] = (double)fm->digits / wd;
  f[SUMMAR_BODY_F_COLON] = fm->colon;
  f[SUMMAR_BODY_F_PREV] = i ? log1p((double)form[i - 1].words) : 0;
  f[SUMMAR_BODY_F_NEXT] = i + 1 < n ? log1p((double)form[i + 1].words) : 0;
  f[SUMMAR_BODY_F_PROMO] = (double)fm->promo / BODY_PROMO_MAX;
  f[SUMMAR_BODY_F_CREDIT] = fm->credit;
  f[SUMMAR_BODY_F_QUOTE] = fm->quote;
  f[SUMMAR_BODY_F_SHARED] =
      fm->distinct ? (double)fm->shared / (double)fm->distinct : 0;
}

/* Finds the dense runs of bv and calls fn with each block's features;
 * when the text is no page, only if `always` is set.  Returns 0, or -1
 * on allocation failure. */
static int body_scan(const summar_allocator *a, const char *text,
                     const summar_blockvec *bv, body_fn fn, void *ud,
                     int always) {
  size_t n = bv->n;
  if (n == 0)
    return 0;
  bform *form = summar_calloc(a, n, sizeof *form);
  if (!form)
    return -1;
  for (size_t i = 0; i < n; i++) {
    const summar_block *b = &bv->v[i];
    bform *f = &form[i];
    f->words = b->words > UINT32_MAX ? UINT32_MAX : (uint32_t)b->words;
    block_end(text, b->start, b->end, f);
    f->text = !(b->flags & SUMMAR_SENT_DROP) &&
              (f->words >= BODY_TEXT_WORDS ||
               (f->words >= BODY_SENT_WORDS && f->term));
  }
  body_runs r;
  find_runs(bv, form, &r);
  int page = r.body && r.outside >= BODY_MIN_OUTSIDE;
  if (!page && !always) {
    summar_dealloc(a, form);
    return 0;
  }
  for (size_t i = 0; i < n; i++)
    block_form(text, bv->v[i].start, bv->v[i].end, &form[i]);
  /* The word lists are read only where the model decides; the long
   * words of the blocks outside the body and of its text blocks. */
  bwords ws = {a, NULL, 0, 0, 0};
  for (size_t i = 0; page && i < n; i++)
    if (!(bv->v[i].flags & SUMMAR_SENT_DROP))
      block_lists(text, bv->v[i].start, bv->v[i].end, i, &form[i],
                  form[i].dist || form[i].text ? &ws : NULL);
  if (ws.failed) {
    summar_dealloc(a, ws.v);
    summar_dealloc(a, form);
    return -1;
  }
  shared_words(&ws, form);
  summar_dealloc(a, ws.v);
  for (size_t i = 0; i < n; i++) {
    double f[SUMMAR_BODY_NFEAT];
    features(form, n, i, &r, f);
    fn(i, f, page, ud);
  }
  summar_dealloc(a, form);
  return 0;
}

typedef struct copy_ud {
  double *feat;
  int page;
} copy_ud;

static void copy_features(size_t i, const double *f, int page, void *ud) {
  copy_ud *c = ud;
  memcpy(c->feat + i * SUMMAR_BODY_NFEAT, f, SUMMAR_BODY_NFEAT * sizeof *f);
  c->page = page;
}

int summar_clean_body_features(const summar_allocator *a, const char *text,
                               const summar_blockvec *bv, double *feat,
                               int *page) {
  copy_ud c = {feat, 0};
  int rc = body_scan(a, text, bv, copy_features, &c, 1);
  *page = c.page;
  return rc;
}

static void decide(size_t i, const double *f, int page, void *ud) {
  summar_blockvec *bv = ud;
  if (!page || (bv->v[i].flags & SUMMAR_SENT_DROP))
    return;
  double z = 0;
  for (int k = 0; k < SUMMAR_BODY_NFEAT; k++)
    z += body_weights[k] * f[k];
  if (z <= 0)
    bv->v[i].flags |= SUMMAR_SENT_JUNK;
}

int summar_clean_flag_body(const summar_allocator *a, const char *text,
                           summar_blockvec *bv) {
  return body_scan(a, text, bv, decide, bv, 0);
}
