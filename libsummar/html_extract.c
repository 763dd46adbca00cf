/*
 * html_extract.c - which text blocks of a page are its article.
 *
 * Readability's idea, on the flat element table: paragraph-like blocks
 * score the elements above them (by length and commas), an element's
 * score is discounted by its link density and moved by class/id hints;
 * the best element, widened to the common ancestor of close rivals and
 * joined by strong siblings, is the content root.  Inside it, blocks in
 * boilerplate subtrees (navigation, share, related, comments, footers),
 * link lists and headings with nothing under them are dropped.  The
 * headline is chosen by html_title.c, the hints by html_hints.c.
 */
#include "html.h"

#include "clean_int.h"

#include <math.h>
#include <stddef.h>
#include <string.h>

/* ------------------------------------------------------------ scoring */

static int heading_tag(unsigned t) {
  return t >= SUMMAR_T_H1 && t <= SUMMAR_T_H6;
}

/* Tags whose subtree is page furniture wherever it is below the root. */
static int boiler_tag(unsigned t) {
  return t == SUMMAR_T_NAV || t == SUMMAR_T_ASIDE || t == SUMMAR_T_FOOTER ||
         t == SUMMAR_T_MENU || t == SUMMAR_T_FORM || t == SUMMAR_T_HEADER;
}

static double tag_base(unsigned t) {
  switch (t) {
  case SUMMAR_T_DIV: case SUMMAR_T_ARTICLE: case SUMMAR_T_MAIN:
    return 5;
  case SUMMAR_T_PRE: case SUMMAR_T_TD: case SUMMAR_T_BLOCKQUOTE:
  case SUMMAR_T_SECTION:
    return 3;
  case SUMMAR_T_ADDRESS: case SUMMAR_T_OL: case SUMMAR_T_UL:
  case SUMMAR_T_DL: case SUMMAR_T_DD: case SUMMAR_T_DT: case SUMMAR_T_LI:
  case SUMMAR_T_FORM:
    return -3;
  case SUMMAR_T_H1: case SUMMAR_T_H2: case SUMMAR_T_H3: case SUMMAR_T_H4:
  case SUMMAR_T_H5: case SUMMAR_T_H6: case SUMMAR_T_TH:
    return -5;
  default:
    return 0;
  }
}

static double class_weight(const summar_helem *e, double weight) {
  double w = 0;
  if (e->flags & SUMMAR_HE_POS)
    w += weight;
  if (e->flags & SUMMAR_HE_NEG)
    w -= weight;
  if (boiler_tag(e->tag) && !(e->flags & SUMMAR_HE_WRAPPER))
    w -= weight;
  return w;
}

/* Occurrences in s[0..n) of the bytes `seq` (its first byte found by
 * memchr, the rest compared). */
static size_t count_seq(const char *s, size_t n, const char *seq,
                        size_t len) {
  size_t c = 0;
  const char *end = s + n;
  for (const char *p = s;
       (p = memchr(p, seq[0], (size_t)(end - p))) != NULL; p++) {
    size_t k = 1;
    while (k < len && p + k < end && p[k] == seq[k])
      k++;
    c += k == len;
  }
  return c;
}

/* Commas of all scripts: , ، 、 ， */
static size_t commas(const char *s, size_t n) {
  return count_seq(s, n, ",", 1) + count_seq(s, n, "\xD8\x8C", 2) +
         count_seq(s, n, "\xE3\x80\x81", 3) +
         count_seq(s, n, "\xEF\xBC\x8C", 3);
}

static double link_density(size_t chars, size_t links) {
  return chars ? (double)links / (double)chars : 0;
}

/* Subtree ends and text totals, bottom-up (parents precede children). */
static void totals(summar_hpage *pg) {
  for (size_t i = 0; i < pg->nel; i++) {
    pg->el[i].end = (uint32_t)(i + 1);
    pg->el[i].chars = pg->el[i].link_chars = 0;
    pg->el[i].score = 0;
    pg->el[i].scored = 0;
    pg->el[i].mass = 0;
  }
  for (size_t b = 0; b < pg->nblk; b++) {
    summar_hblock *k = &pg->blk[b];
    if (k->elem < pg->nel) {
      pg->el[k->elem].chars += k->chars;
      pg->el[k->elem].link_chars += k->link_chars;
    }
  }
  for (size_t i = pg->nel; i-- > 0;) {
    summar_helem *e = &pg->el[i];
    if (e->parent == UINT32_MAX)
      continue;
    summar_helem *p = &pg->el[e->parent];
    p->chars += e->chars;
    p->link_chars += e->link_chars;
    if (e->end > p->end)
      p->end = e->end;
  }
}

static void touch(summar_helem *e, double weight) {
  if (!e->scored) {
    e->scored = 1;
    e->score = tag_base(e->tag) + class_weight(e, weight);
  }
}

/* Hints on wrappers say nothing: the html and body elements, an element
 * holding most of the page's text (a "has-sidebar" layout wrapper, a
 * <header> left open around the page) or holding the page's <article> or
 * <main> are not boilerplate, except reader comments. */
static void demote_wrappers(summar_hpage *pg, const summar_hparams *P) {
  size_t total = 0;
  for (size_t i = 0; i < pg->nel; i++) {
    summar_helem *e = &pg->el[i];
    e->main_chars = e->pos_chars = 0;
    if (e->parent == UINT32_MAX)
      total += e->chars;
  }
  for (size_t i = pg->nel; i-- > 0;) {
    summar_helem *e = &pg->el[i];
    if ((e->flags & SUMMAR_HE_POS) && !(e->flags & SUMMAR_HE_NEG) &&
        e->chars > e->pos_chars)
      e->pos_chars = e->chars;
    if (e->parent != UINT32_MAX &&
        e->pos_chars > pg->el[e->parent].pos_chars)
      pg->el[e->parent].pos_chars = e->pos_chars;
    if (e->tag == SUMMAR_T_ARTICLE || e->tag == SUMMAR_T_MAIN)
      e->main_chars = e->chars;
    if (e->parent != UINT32_MAX && e->main_chars > pg->el[e->parent].main_chars)
      pg->el[e->parent].main_chars = e->main_chars;
  }
  for (size_t i = 0; i < pg->nel; i++) {
    summar_helem *e = &pg->el[i];
    if (e->tag == SUMMAR_T_HTML || e->tag == SUMMAR_T_BODY) {
      e->flags = SUMMAR_HE_WRAPPER;
      continue;
    }
    if (e->flags & SUMMAR_HE_COMMENT)
      continue;
    int wrapper = e->tag == SUMMAR_T_HTML || e->tag == SUMMAR_T_BODY ||
                  (double)e->chars > P->wrapper_share * (double)total ||
                  (e->tag != SUMMAR_T_ARTICLE && e->tag != SUMMAR_T_MAIN &&
                   e->main_chars >= 200 &&
                   (double)e->main_chars > 0.5 * (double)e->chars) ||
                  /* a layout block named after its sidebar ("one-sidebar",
                   * "sidebar-right") around a big content element */
                  ((double)e->chars > 0.3 * (double)total &&
                   (double)e->pos_chars > 0.5 * (double)e->chars);
    if (wrapper) {
      e->flags &= (uint16_t)~(SUMMAR_HE_NEG | SUMMAR_HE_STRONGNEG);
      e->flags |= SUMMAR_HE_WRAPPER;
    }
  }
}

/* Readability's paragraph scores, spread over five ancestors; blocks in
 * boilerplate subtrees (near[]) do not count. */
static void score_blocks(summar_hpage *pg, const uint32_t *near,
                         const summar_hparams *P) {
  for (size_t b = 0; b < pg->nblk; b++) {
    const summar_hblock *k = &pg->blk[b];
    if ((double)k->chars < P->par_chars || heading_tag(k->tag) ||
        k->elem >= pg->nel ||
        near[k->elem] != UINT32_MAX ||
        link_density(k->chars, k->link_chars) > 0.5)
      continue;
    double s = 1 + (double)commas(pg->text.data + k->t, k->tlen) +
               fmin(floor((double)k->chars / 100.0), 3.0);
    pg->el[k->elem].mass += s;
    uint32_t e = k->container;
    if (e >= pg->nel)
      continue;
    /* Text directly in a div counts for the div's parent, as a <p>'s
     * counts for the element holding it. */
    e = pg->el[e].parent;
    for (int level = 0; e != UINT32_MAX && level < 5; level++) {
      summar_helem *el = &pg->el[e];
      if (el->tag == SUMMAR_T_HTML)
        break;
      touch(el, P->hint_weight);
      el->score += level == 0 ? s : level == 1 ? s / 2 : s / (level * 3);
      e = el->parent;
    }
  }
  for (size_t i = pg->nel; i-- > 0;)
    if (pg->el[i].parent != UINT32_MAX)
      pg->el[pg->el[i].parent].mass += pg->el[i].mass;
}

static double final_score(const summar_helem *e) {
  return e->score * (1 - link_density(e->chars, e->link_chars));
}

static int is_ancestor(const summar_hpage *pg, uint32_t a, uint32_t d) {
  return a <= d && d < pg->el[a].end;
}

/* A root not named as content that holds less than half of the page's
 * paragraph score is a box beside the article (an author box, a shop's
 * shipping notes): it becomes its lowest ancestor below <body> that holds
 * more than half, when there is one. */
static uint32_t majority_root(const summar_hpage *pg, uint32_t root) {
  if (pg->el[root].flags & SUMMAR_HE_POS)
    return root;
  double total = 0;
  for (size_t i = 0; i < pg->nel; i++)
    if (pg->el[i].parent == UINT32_MAX)
      total += pg->el[i].mass;
  for (uint32_t a = root; a != UINT32_MAX; a = pg->el[a].parent) {
    if (pg->el[a].tag == SUMMAR_T_BODY || pg->el[a].tag == SUMMAR_T_HTML)
      break;
    if (2 * pg->el[a].mass > total)
      return a;
  }
  return root;
}

/* The content root: the best scored element, widened to the common
 * ancestor of close rivals, to the ancestor holding most of the page's
 * paragraph score and to a parent it fills. */
static uint32_t find_root(summar_hpage *pg, const summar_hparams *P) {
  enum { TOP = 5 };
  uint32_t top[TOP];
  double ts[TOP];
  size_t nt = 0;
  for (size_t i = 0; i < pg->nel; i++) {
    if (!pg->el[i].scored)
      continue;
    double s = final_score(&pg->el[i]);
    size_t j = nt < TOP ? nt++ : TOP;
    if (j == TOP && s <= ts[TOP - 1])
      continue;
    if (j == TOP)
      j = TOP - 1;
    while (j > 0 && ts[j - 1] < s) {
      top[j] = top[j - 1];
      ts[j] = ts[j - 1];
      j--;
    }
    top[j] = (uint32_t)i;
    ts[j] = s;
  }
  if (!nt)
    return UINT32_MAX;
  uint32_t root = top[0];
  size_t close = 0;
  for (size_t j = 1; j < nt; j++)
    if (ts[j] >= P->rival_share * ts[0] && !is_ancestor(pg, root, top[j]) &&
        !is_ancestor(pg, top[j], root))
      close++;
  if (close >= 2) {
    /* Climb until the root holds at least three of the top elements. */
    for (uint32_t a = pg->el[root].parent; a != UINT32_MAX;
         a = pg->el[a].parent) {
      size_t held = 0;
      for (size_t j = 0; j < nt; j++)
        if (ts[j] >= P->rival_share * ts[0] && is_ancestor(pg, a, top[j]))
          held++;
      if (pg->el[a].tag == SUMMAR_T_BODY || pg->el[a].tag == SUMMAR_T_HTML)
        break;
      if (held >= 3) {
        root = a;
        break;
      }
    }
  }
  root = majority_root(pg, root);
  /* Paragraphs spread over several levels: climb while the parent holds
   * clearly more paragraph text than the root. */
  for (;;) {
    uint32_t p = pg->el[root].parent;
    if (p == UINT32_MAX || pg->el[p].tag == SUMMAR_T_BODY ||
        pg->el[p].tag == SUMMAR_T_HTML)
      break;
    if (pg->el[p].mass < P->mass_climb * pg->el[root].mass)
      break;
    root = p;
  }
  /* A root that is nearly all of its parent's text becomes the parent. */
  for (;;) {
    uint32_t p = pg->el[root].parent;
    if (p == UINT32_MAX || pg->el[p].tag == SUMMAR_T_BODY ||
        pg->el[p].tag == SUMMAR_T_HTML)
      break;
    if ((double)pg->el[root].chars < P->fill_share * (double)pg->el[p].chars)
      break;
    root = p;
  }
  return root;
}

/* Marks the nearest boilerplate ancestor of every element: near[i] is the
 * closest element at or above i that is boilerplate, or UINT32_MAX. */
static void boiler_ancestors(const summar_hpage *pg, uint32_t *near,
                             unsigned want) {
  for (size_t i = 0; i < pg->nel; i++) {
    const summar_helem *e = &pg->el[i];
    /* an <article>'s own <header> holds its headline and lead */
    int own_header = e->tag == SUMMAR_T_HEADER && e->parent != UINT32_MAX &&
                     (pg->el[e->parent].tag == SUMMAR_T_ARTICLE ||
                      pg->el[e->parent].tag == SUMMAR_T_MAIN);
    int is = want == 0 ? ((e->flags & SUMMAR_HE_STRONGNEG) ||
                          (boiler_tag(e->tag) && !own_header &&
                           !(e->flags & (SUMMAR_HE_POS | SUMMAR_HE_WRAPPER))))
                       : (e->flags & want) != 0;
    near[i] = is ? (uint32_t)i
                 : e->parent == UINT32_MAX ? UINT32_MAX : near[e->parent];
  }
}

/* Whether sibling subtree s joins the root (readability's rule). */
static int joins(const summar_hpage *pg, uint32_t s, double root_score,
                 const summar_hparams *P) {
  const summar_helem *e = &pg->el[s];
  if (e->flags & SUMMAR_HE_STRONGNEG)
    return 0;
  double bonus = (e->flags & SUMMAR_HE_POS) ? P->sibling_share * root_score : 0;
  if (e->scored && final_score(e) + bonus >=
                       fmax(P->sibling_min, P->sibling_share * root_score))
    return 1;
  if (e->tag == SUMMAR_T_P) {
    double ld = link_density(e->chars, e->link_chars);
    if (e->chars > 80 && ld < 0.25)
      return 1;
  }
  return 0;
}

/* Whether more than half of the block's bytes are in words that start
 * with "http://", "https://" or "www.". */
static int url_block(const char *t, size_t n) {
  size_t url = 0;
  /* stops when the rest could not make up half */
  for (size_t i = 0; i < n && 2 * (url + n - i) > n;) {
    size_t j = i;
    while (j < n && t[j] != ' ' && t[j] != '\n')
      j++;
    if ((t[i] == 'h' || t[i] == 'w') &&
        ((j - i > 7 && !memcmp(t + i, "http://", 7)) ||
         (j - i > 8 && !memcmp(t + i, "https://", 8)) ||
         (j - i > 4 && !memcmp(t + i, "www.", 4))))
      url += j - i;
    i = j + 1;
  }
  return 2 * url > n;
}

static int ends_sentence(const char *t, size_t n);

/* Whether block k outside the root's subtree is a paragraph of the
 * <article> `art` holding the root (its lead in a header box, a
 * standfirst set as a heading, a part of the text split into another
 * container): a sentence of at least P->lead_words words, mostly not
 * links, outside every boilerplate or weakly negative subtree but the
 * article's own <header> boxes. */
static int article_paragraph(const summar_hpage *pg, const summar_hblock *k,
                             uint32_t art, const uint32_t *near,
                             const uint32_t *weak, const summar_hparams *P) {
  uint32_t e = k->elem, n = near[e];
  return art != UINT32_MAX && is_ancestor(pg, art, e) &&
         (double)k->words >= P->lead_words &&
         link_density(k->chars, k->link_chars) < 0.25 &&
         /* a <header> of the article, however deep, holds its lead */
         (n == UINT32_MAX || (pg->el[n].tag == SUMMAR_T_HEADER &&
                              !(pg->el[n].flags & SUMMAR_HE_STRONGNEG) &&
                              is_ancestor(pg, art, n) &&
                              near[pg->el[n].parent] == UINT32_MAX)) &&
         weak[e] == UINT32_MAX &&
         ends_sentence(pg->text.data + k->t, k->tlen);
}

/* The lead between the headline and the article's first kept block (a
 * standfirst or first paragraph in a box of its own, with no <article>
 * around both): a paragraph there of at least P->title_lead_words words
 * ending a sentence joins when it is outside every boilerplate or weakly
 * negative subtree, is not a list item (key points) and holds next to
 * no links (a teaser of another story carries its link). */
static void join_lead(summar_hpage *pg, size_t tb, const uint32_t *near,
                      const uint32_t *weak, const summar_hparams *P) {
  size_t first = tb + 1;
  while (first < pg->nblk && !pg->blk[first].keep)
    first++;
  if (first >= pg->nblk)
    return;
  for (size_t b = tb + 1; b < first; b++) {
    summar_hblock *k = &pg->blk[b];
    uint32_t e = k->elem;
    if (e < pg->nel && (double)k->words >= P->title_lead_words &&
        k->tag != SUMMAR_T_LI &&
        link_density(k->chars, k->link_chars) < 0.1 &&
        near[e] == UINT32_MAX && weak[e] == UINT32_MAX &&
        ends_sentence(pg->text.data + k->t, k->tlen))
      k->keep = 1;
  }
}

/* Returns 0, or -1 on allocation failure. */
static int keep_blocks(summar_hpage *pg, uint32_t root, const uint32_t *near,
                       const uint32_t *weak, const summar_hparams *P) {
  /* The selected subtrees: the root, or the root and its joining
   * siblings, and the paragraphs of the <article> holding the root. */
  uint32_t parent = pg->el[root].parent;
  double rs = final_score(&pg->el[root]);
  uint32_t art = parent;
  while (art != UINT32_MAX && pg->el[art].tag != SUMMAR_T_ARTICLE)
    art = pg->el[art].parent;
  for (size_t b = 0; b < pg->nblk; b++) {
    summar_hblock *k = &pg->blk[b];
    uint32_t e = k->elem;
    if (e >= pg->nel)
      continue;
    int in = is_ancestor(pg, root, e);
    if (!in && parent != UINT32_MAX && is_ancestor(pg, parent, e) &&
        e != parent) {
      /* the child of parent holding e */
      uint32_t c = e;
      while (pg->el[c].parent != parent)
        c = pg->el[c].parent;
      in = joins(pg, c, rs, P);
    }
    if (!in)
      in = article_paragraph(pg, k, art, near, weak, P);
    if (!in)
      continue;
    uint32_t n = near[e];
    if (n != UINT32_MAX && n >= root && !(heading_tag(k->tag) &&
                                          pg->el[n].tag == SUMMAR_T_HEADER))
      continue;
    double ld = link_density(k->chars, k->link_chars);
    if (ld > P->keep_link ||
        ((double)k->words < P->short_words && ld > P->short_link))
      continue;
    /* a bare address is not text */
    if (url_block(pg->text.data + k->t, k->tlen))
      continue;
    /* figures: captions and credits are not the article's text */
    if ((k->in_tags & SUMMAR_HIN_FIGURE) || k->tag == SUMMAR_T_FIGCAPTION)
      continue;
    if (summar_clean_is_caption(pg->text.data + k->t, 0, k->tlen))
      continue;
    int bp = summar_boilerplate_block(pg->a, pg->text.data + k->t, k->tlen,
                                      k->words, (size_t)P->boiler_words);
    if (bp < 0)
      return -1;
    if (bp)
      continue;
    /* bylines, dates, tags: short text in a weakly negative subtree */
    uint32_t w = weak[e];
    if (w != UINT32_MAX && w > root && (double)k->words < P->weak_words &&
        !heading_tag(k->tag))
      continue;
    k->keep = 1;
  }
  return 0;
}

/* A caption or a line of page data shown twice (a gallery's caption in
 * full and again beside its controls) is dropped where it repeats an
 * earlier kept block word for word inside a weakly negative subtree
 * below the root; repeated paragraphs of the text itself (the same step
 * in each of several plans) stay.  Blocks are compared by a hash of
 * their text, then byte for byte. */
static int repeat_candidate(const summar_hpage *pg, const summar_hblock *k,
                            uint32_t root, const uint32_t *weak) {
  return k->elem < pg->nel && weak[k->elem] != UINT32_MAX &&
         weak[k->elem] > root;
}

static int drop_repeats(summar_hpage *pg, uint32_t root,
                        const uint32_t *weak) {
  size_t b = 0;
  while (b < pg->nblk && !(pg->blk[b].keep && pg->blk[b].chars >= 25 &&
                           repeat_candidate(pg, &pg->blk[b], root, weak)))
    b++;
  if (b == pg->nblk)
    return 0; /* nothing could be dropped */
  size_t cap = 64;
  while (cap < 2 * pg->nblk)
    cap *= 2;
  size_t *slot = summar_calloc(pg->a, cap, sizeof *slot);
  if (!slot)
    return -1;
  for (b = 0; b < pg->nblk; b++) {
    summar_hblock *k = &pg->blk[b];
    if (!k->keep || k->chars < 25)
      continue;
    const char *t = pg->text.data + k->t;
    size_t i = (size_t)summar_hash_bytes(t, k->tlen) & (cap - 1);
    for (; slot[i]; i = (i + 1) & (cap - 1)) {
      const summar_hblock *o = &pg->blk[slot[i] - 1];
      if (o->tlen == k->tlen && !memcmp(pg->text.data + o->t, t, k->tlen)) {
        if (repeat_candidate(pg, k, root, weak))
          k->keep = 0;
        break;
      }
    }
    if (k->keep)
      slot[i] = b + 1;
  }
  summar_dealloc(pg->a, slot);
  return 0;
}

/* Short lines at the edges of the article (datelines, bylines, photo
 * credits, "Updated 5 pm" before the first paragraph of 25 words or
 * after the last one) are not its text: blocks under 8 words that do not
 * end a sentence are dropped there.  Headings and list items stay, and
 * so does a line ending in a colon: it introduces what follows (a list,
 * a quote, a table), as a dateline or a credit never does. */
static int ends_sentence(const char *t, size_t n) {
  int32_t cp = summar_text_final_cp(t, 0, n);
  return cp == ':' || summar_text_is_terminal(cp);
}

static void trim_edges(summar_hpage *pg, const summar_hparams *P) {
  size_t first = SIZE_MAX, last = 0;
  for (size_t b = 0; b < pg->nblk; b++)
    if (pg->blk[b].keep && (double)pg->blk[b].words >= P->edge_par_words) {
      if (first == SIZE_MAX)
        first = b;
      last = b;
    }
  if (first == SIZE_MAX)
    return;
  for (size_t b = 0; b < pg->nblk; b++) {
    summar_hblock *k = &pg->blk[b];
    if (!k->keep || (b > first && b < last) ||
        (double)k->words >= P->edge_words ||
        heading_tag(k->tag) || k->tag == SUMMAR_T_LI ||
        ends_sentence(pg->text.data + k->t, k->tlen))
      continue;
    k->keep = 0;
  }
}

/* Headings with no kept text after them in their section (before the
 * next heading of the same or a higher rank, or the end) introduce
 * something that was dropped; a heading whose subsections hold text
 * stays. */
static void drop_empty_headings(summar_hpage *pg) {
  int seen[6] = {0}; /* seen[l]: text since the last heading of rank <= l+1 */
  for (size_t b = pg->nblk; b-- > 0;) {
    summar_hblock *k = &pg->blk[b];
    if (!k->keep)
      continue;
    if (heading_tag(k->tag)) {
      int level = k->tag - SUMMAR_T_H1;
      if (!seen[level])
        k->keep = 0;
      for (int l = level; l < 6; l++)
        seen[l] = 0;
    } else {
      for (int l = 0; l < 6; l++)
        seen[l] = 1;
    }
  }
}


summar_status summar_hpage_extract(summar_hpage *pg,
                                   const summar_hparams *P,
                                   size_t *title_block, const char **title,
                                   size_t *title_len) {
  if (!P)
    P = &summar_hparams_default;
  for (size_t b = 0; b < pg->nblk; b++)
    pg->blk[b].keep = 0;
  totals(pg);
  demote_wrappers(pg, P);
  uint32_t *near = summar_calloc(pg->a, 2 * (pg->nel + 1), sizeof *near);
  if (!near)
    return SUMMAR_ERR_NOMEM;
  uint32_t *weak = near + pg->nel + 1;
  boiler_ancestors(pg, near, 0);
  boiler_ancestors(pg, weak, SUMMAR_HE_NEG);
  score_blocks(pg, near, P);
  uint32_t root = find_root(pg, P);
  if (root != UINT32_MAX) {
    if (keep_blocks(pg, root, near, weak, P)) {
      summar_dealloc(pg->a, near);
      return SUMMAR_ERR_NOMEM;
    }
  } else {
    /* Nothing reads as a paragraph (a short page, a list): every block
     * outside boilerplate subtrees. */
    for (size_t b = 0; b < pg->nblk; b++) {
      summar_hblock *k = &pg->blk[b];
      if (k->elem < pg->nel && near[k->elem] != UINT32_MAX)
        continue;
      k->keep = link_density(k->chars, k->link_chars) <= P->keep_link;
    }
  }
  summar_hpage_pick_title(pg, title_block, title, title_len);
  if (root != UINT32_MAX && *title_block != SIZE_MAX)
    join_lead(pg, *title_block, near, weak, P);
  int failed = root != UINT32_MAX && drop_repeats(pg, root, weak);
  summar_dealloc(pg->a, near);
  if (failed)
    return SUMMAR_ERR_NOMEM;
  trim_edges(pg, P);
  drop_empty_headings(pg);
  return SUMMAR_OK;
}
