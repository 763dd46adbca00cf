/*
 * html.c - the public HTML calls: extraction into blocks and text, the
 * map from text offsets back to the page, and the HTML detector.
 */
#include "html.h"

#include <string.h>

struct summar_html {
  summar_allocator a;
  summar_hinput in;     /* the UTF-8 copy and its map to the page */
  char *text;           /* the article text, NUL-terminated */
  size_t len;
  summar_html_block *blocks;
  size_t nblocks;
  summar_hseg *seg;     /* text offsets to UTF-8 offsets, sorted by t */
  size_t nseg;
};

unsigned summar_hblock_kind(const summar_hblock *b) {
  switch (b->tag) {
  case SUMMAR_T_H1: case SUMMAR_T_H2: case SUMMAR_T_H3: case SUMMAR_T_H4:
  case SUMMAR_T_H5: case SUMMAR_T_H6:
    return SUMMAR_HTML_HEADING;
  case SUMMAR_T_LI: case SUMMAR_T_DD: case SUMMAR_T_DT:
    return SUMMAR_HTML_LIST_ITEM;
  case SUMMAR_T_BLOCKQUOTE:
    return SUMMAR_HTML_QUOTE;
  case SUMMAR_T_PRE:
    return SUMMAR_HTML_PRE;
  case SUMMAR_T_TD: case SUMMAR_T_TH:
    return SUMMAR_HTML_TABLE_CELL;
  case SUMMAR_T_FIGCAPTION: case SUMMAR_T_CAPTION:
    return SUMMAR_HTML_CAPTION;
  default:
    return (b->in_tags & SUMMAR_HIN_QUOTE) ? SUMMAR_HTML_QUOTE
                                           : SUMMAR_HTML_PARAGRAPH;
  }
}

typedef struct outbuf {
  summar_html *h;
  summar_buf text;
  size_t bcap, scap;
  int failed;
} outbuf;

static void add_block(outbuf *o, const summar_hpage *pg, const summar_hblock *b,
                      unsigned kind) {
  summar_html *h = o->h;
  if (o->text.len)
    summar_buf_append(&o->text, "\n\n", 2);
  size_t base = o->text.len;
  summar_buf_append(&o->text, pg->text.data + b->t, b->tlen);
  if (summar_grow(&h->a, (void **)&h->blocks, &o->bcap, h->nblocks + 1,
                  sizeof *h->blocks) ||
      summar_grow(&h->a, (void **)&h->seg, &o->scap, h->nseg + b->nseg,
                  sizeof *h->seg)) {
    o->failed = 1;
    return;
  }
  summar_html_block *ob = &h->blocks[h->nblocks++];
  memset(ob, 0, sizeof *ob);
  ob->size = sizeof *ob;
  ob->kind = kind;
  ob->level = kind == SUMMAR_HTML_HEADING || kind == SUMMAR_HTML_TITLE
                  ? (b->tag >= SUMMAR_T_H1 && b->tag <= SUMMAR_T_H6
                         ? (unsigned)(b->tag - SUMMAR_T_H1 + 1)
                         : 0)
                  : 0;
  ob->start = base;
  ob->end = base + b->tlen;
  ob->src_start = summar_hinput_source(&h->in, b->u_start);
  ob->src_end = summar_hinput_source(&h->in, b->u_end);
  for (size_t i = 0; i < b->nseg; i++) {
    summar_hseg s = pg->seg[b->seg_first + i];
    s.t += base;
    h->seg[h->nseg++] = s;
  }
}

static void add_head_title(outbuf *o, const char *t, size_t n) {
  summar_html *h = o->h;
  summar_buf_append(&o->text, t, n);
  if (summar_grow(&h->a, (void **)&h->blocks, &o->bcap, h->nblocks + 1,
                  sizeof *h->blocks)) {
    o->failed = 1;
    return;
  }
  summar_html_block *ob = &h->blocks[h->nblocks++];
  memset(ob, 0, sizeof *ob);
  ob->size = sizeof *ob;
  ob->kind = SUMMAR_HTML_TITLE;
  ob->end = n;
}

static summar_status assemble(summar_html *h, summar_hpage *pg,
                              unsigned flags) {
  outbuf o = {h, {0}, 0, 0, 0};
  summar_buf_init(&o.text, &h->a);
  size_t tb = SIZE_MAX;
  const char *title = NULL;
  size_t tn = 0;
  if (flags & SUMMAR_HTML_VISIBLE) {
    for (size_t b = 0; b < pg->nblk; b++)
      add_block(&o, pg, &pg->blk[b], summar_hblock_kind(&pg->blk[b]));
  } else {
    summar_status st = summar_hpage_extract(pg, NULL, &tb, &title, &tn);
    if (st != SUMMAR_OK) {
      summar_buf_free(&o.text);
      return st;
    }
    if (tb != SIZE_MAX)
      add_block(&o, pg, &pg->blk[tb], SUMMAR_HTML_TITLE);
    else if (tn)
      add_head_title(&o, title, tn);
    for (size_t b = 0; b < pg->nblk; b++)
      if (pg->blk[b].keep)
        add_block(&o, pg, &pg->blk[b], summar_hblock_kind(&pg->blk[b]));
  }
  if (o.failed || o.text.failed) {
    summar_buf_free(&o.text);
    return SUMMAR_ERR_NOMEM;
  }
  if (!o.text.data) {
    summar_buf_putc(&o.text, 0);
    o.text.len = 0;
  }
  h->text = summar_buf_take(&o.text, &h->len);
  return h->text ? SUMMAR_OK : SUMMAR_ERR_NOMEM;
}

SUMMAR_API summar_status summar_html_extract(const summar_ctx *ctx,
                                             const char *html, size_t len,
                                             unsigned flags,
                                             summar_html **out) {
  if (out)
    *out = NULL;
  if (!ctx || !out || (!html && len > 0) ||
      (flags & ~(unsigned)SUMMAR_HTML_VISIBLE))
    return SUMMAR_ERR_ARG;
  if (len > ctx->max_input)
    return SUMMAR_ERR_TOO_LARGE;
  summar_html *h = summar_calloc(&ctx->a, 1, sizeof *h);
  if (!h)
    return SUMMAR_ERR_NOMEM;
  h->a = ctx->a;
  h->in.a = &h->a;
  summar_hpage pg;
  memset(&pg, 0, sizeof pg);
  pg.a = &h->a;
  summar_status st = summar_hinput_convert(&h->in, html ? html : "", len);
  if (st == SUMMAR_OK)
    st = summar_hpage_parse(&pg, &h->in, ctx->max_input);
  if (st == SUMMAR_OK)
    st = assemble(h, &pg, flags);
  summar_hinput_release(&h->in);
  summar_hpage_free(&pg);
  if (st == SUMMAR_OK && h->nblocks == 0)
    st = SUMMAR_ERR_EMPTY;
  if (st != SUMMAR_OK) {
    summar_html_free(h);
    return st;
  }
  *out = h;
  return SUMMAR_OK;
}

SUMMAR_API void summar_html_free(summar_html *h) {
  if (!h)
    return;
  summar_allocator a = h->a;
  summar_hinput_free(&h->in);
  summar_dealloc(&a, h->text);
  summar_dealloc(&a, h->blocks);
  summar_dealloc(&a, h->seg);
  summar_dealloc(&a, h);
}

SUMMAR_API const char *summar_html_text(const summar_html *h, size_t *len) {
  if (!h)
    return NULL;
  if (len)
    *len = h->len;
  return h->text;
}

SUMMAR_API size_t summar_html_block_count(const summar_html *h) {
  return h ? h->nblocks : 0;
}

SUMMAR_API summar_status summar_html_block_at(const summar_html *h, size_t i,
                                           summar_html_block *out) {
  if (!h || !out ||
      out->size < offsetof(summar_html_block, src_end) + sizeof out->src_end)
    return SUMMAR_ERR_ARG;
  if (i >= h->nblocks)
    return SUMMAR_ERR_RANGE;
  summar_html_block b = h->blocks[i];
  b.size = out->size;
  memcpy(out, &b, out->size < sizeof b ? out->size : sizeof b);
  return SUMMAR_OK;
}

SUMMAR_API const char *summar_html_charset(const summar_html *h) {
  return h ? h->in.charset : NULL;
}

SUMMAR_API summar_status summar_html_source_offset(const summar_html *h,
                                                   size_t off, size_t *src) {
  if (!h || !src)
    return SUMMAR_ERR_ARG;
  if (off > h->len)
    return SUMMAR_ERR_RANGE;
  if (!h->nseg) {
    *src = 0;
    return SUMMAR_OK;
  }
  size_t lo = 0, hi = h->nseg;
  while (hi - lo > 1) {
    size_t mid = lo + (hi - lo) / 2;
    if (h->seg[mid].t <= off)
      lo = mid;
    else
      hi = mid;
  }
  const summar_hseg *s = &h->seg[lo];
  size_t u;
  if (off < s->t)
    u = s->u; /* before the first piece: the head title */
  else if (off >= s->t + s->len)
    u = s->exact ? s->u + s->len : s->u; /* after a piece: its end */
  else
    u = s->exact ? s->u + (off - s->t) : s->u;
  *src = summar_hinput_source(&h->in, u);
  return SUMMAR_OK;
}

int summar_html_replaced(const summar_html *h) {
  return h ? h->in.replaced : 0;
}

void summar_html_mark_blocks(const summar_html *h, summar_block *v,
                             size_t n) {
  int titled = h->nblocks && h->blocks[0].kind == SUMMAR_HTML_TITLE;
  size_t j = 0;
  for (size_t i = 0; i < n; i++) {
    if (titled)
      v[i].flags &= ~(unsigned)SUMMAR_SENT_TITLE;
    while (j < h->nblocks && h->blocks[j].end <= v[i].start)
      j++;
    if (j == h->nblocks || h->blocks[j].start > v[i].start)
      continue;
    if (h->blocks[j].kind == SUMMAR_HTML_TITLE)
      v[i].flags |= SUMMAR_SENT_TITLE;
    else if (h->blocks[j].kind == SUMMAR_HTML_HEADING)
      v[i].flags |= SUMMAR_SENT_HEADING;
  }
}

/* ------------------------------------------------------------ detector */

static int ci_prefix(const char *s, size_t n, const char *w) {
  size_t k = strlen(w);
  if (n < k)
    return 0;
  for (size_t i = 0; i < k; i++) {
    char c = s[i];
    if (c >= 'A' && c <= 'Z')
      c = (char)(c + 32);
    if (c != w[i])
      return 0;
  }
  return 1;
}

static int name_end(const char *s, size_t n, size_t i) {
  return i >= n || s[i] == '>' || s[i] == ' ' || s[i] == '\t' ||
         s[i] == '\n' || s[i] == '\r' || s[i] == '/';
}

SUMMAR_API int summar_looks_like_html(const char *text, size_t len) {
  static const char *const start_tags[] = {
      "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol",
      "article", "section", "table", "blockquote", "span", "a", "strong",
      "em", "b", "i", "figure", "img", "br", "main", "header", "meta",
      "link", "title", "script", "style", "!--", "?xml"};
  if (!text)
    return 0;
  size_t n = len > 4096 ? 4096 : len, i = 0;
  if (n >= 3 && !memcmp(text, "\xEF\xBB\xBF", 3))
    i = 3;
  while (i < n && (text[i] == ' ' || text[i] == '\t' || text[i] == '\n' ||
                   text[i] == '\r'))
    i++;
  if (i >= n || text[i] != '<')
    goto anywhere;
  if (ci_prefix(text + i, n - i, "<!doctype html") ||
      (ci_prefix(text + i, n - i, "<html") && name_end(text, n, i + 5)) ||
      (ci_prefix(text + i, n - i, "<head") && name_end(text, n, i + 5)) ||
      (ci_prefix(text + i, n - i, "<body") && name_end(text, n, i + 5)))
    return 1;
  for (size_t k = 0; k < sizeof start_tags / sizeof *start_tags; k++) {
    size_t kl = strlen(start_tags[k]);
    if (ci_prefix(text + i + 1, n - i - 1, start_tags[k]) &&
        (start_tags[k][0] == '!' || start_tags[k][0] == '?' ||
         name_end(text, n, i + 1 + kl))) {
      /* a closing tag follows */
      for (size_t j = i + 1; j + 1 < n; j++)
        if (text[j] == '<' && text[j + 1] == '/')
          return 1;
      return 0;
    }
  }
anywhere:
  for (size_t j = 0; j + 5 < n; j++)
    if (text[j] == '<' && (ci_prefix(text + j, n - j, "<html") ||
                           ci_prefix(text + j, n - j, "<body")) &&
        name_end(text, n, j + 5))
      return 1;
  return 0;
}

SUMMAR_API summar_status summar_doc_source_offset(const summar_doc *doc,
                                                  size_t off, size_t *src) {
  if (!doc || !src)
    return SUMMAR_ERR_ARG;
  if (off > doc->len)
    return SUMMAR_ERR_RANGE;
  if (!doc->html) {
    *src = off;
    return SUMMAR_OK;
  }
  return summar_html_source_offset(doc->html, off, src);
}
