/*
 * html_parse.c - walks a UTF-8 page with libxml2's HTML parser (SAX, no
 * tree) into a flat element table and text blocks: the text between two
 * block-level boundaries, whitespace collapsed, entities decoded, with
 * pieces mapping each byte back to the page.
 */
#include "html.h"
#include "html_xml.h"

#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/threads.h>
#include <stdlib.h>
#include <string.h>

typedef struct tagname {
  const char *name;
  summar_htag tag;
} tagname;

/* Sorted by name for bsearch. */
static const tagname tag_names[] = {
    {"a", SUMMAR_T_A},           {"address", SUMMAR_T_ADDRESS},
    {"article", SUMMAR_T_ARTICLE}, {"aside", SUMMAR_T_ASIDE},
    {"audio", SUMMAR_T_AUDIO},   {"blockquote", SUMMAR_T_BLOCKQUOTE},
    {"body", SUMMAR_T_BODY},     {"br", SUMMAR_T_BR},
    {"button", SUMMAR_T_BUTTON}, {"canvas", SUMMAR_T_CANVAS},
    {"caption", SUMMAR_T_CAPTION}, {"center", SUMMAR_T_CENTER},
    {"code", SUMMAR_T_CODE},     {"dd", SUMMAR_T_DD},
    {"details", SUMMAR_T_DETAILS}, {"dialog", SUMMAR_T_DIALOG},
    {"div", SUMMAR_T_DIV},       {"dl", SUMMAR_T_DL},
    {"dt", SUMMAR_T_DT},         {"embed", SUMMAR_T_EMBED},
    {"fieldset", SUMMAR_T_FIELDSET}, {"figcaption", SUMMAR_T_FIGCAPTION},
    {"figure", SUMMAR_T_FIGURE}, {"footer", SUMMAR_T_FOOTER},
    {"form", SUMMAR_T_FORM},     {"h1", SUMMAR_T_H1},
    {"h2", SUMMAR_T_H2},         {"h3", SUMMAR_T_H3},
    {"h4", SUMMAR_T_H4},         {"h5", SUMMAR_T_H5},
    {"h6", SUMMAR_T_H6},         {"head", SUMMAR_T_HEAD},
    {"header", SUMMAR_T_HEADER}, {"hr", SUMMAR_T_HR},
    {"html", SUMMAR_T_HTML},     {"iframe", SUMMAR_T_IFRAME},
    {"img", SUMMAR_T_IMG},       {"input", SUMMAR_T_INPUT},
    {"label", SUMMAR_T_LABEL},   {"legend", SUMMAR_T_LEGEND},
    {"li", SUMMAR_T_LI},         {"main", SUMMAR_T_MAIN},
    {"map", SUMMAR_T_MAP},       {"math", SUMMAR_T_MATH},
    {"menu", SUMMAR_T_MENU},     {"meta", SUMMAR_T_META},
    {"nav", SUMMAR_T_NAV},       {"noscript", SUMMAR_T_NOSCRIPT},
    {"object", SUMMAR_T_OBJECT}, {"ol", SUMMAR_T_OL},
    {"option", SUMMAR_T_OPTION}, {"p", SUMMAR_T_P},
    {"pre", SUMMAR_T_PRE},       {"script", SUMMAR_T_SCRIPT},
    {"section", SUMMAR_T_SECTION}, {"select", SUMMAR_T_SELECT},
    {"style", SUMMAR_T_STYLE},   {"summary", SUMMAR_T_SUMMARY},
    {"svg", SUMMAR_T_SVG},       {"table", SUMMAR_T_TABLE},
    {"tbody", SUMMAR_T_TBODY},   {"td", SUMMAR_T_TD},
    {"template", SUMMAR_T_TEMPLATE}, {"textarea", SUMMAR_T_TEXTAREA},
    {"tfoot", SUMMAR_T_TFOOT},   {"th", SUMMAR_T_TH},
    {"thead", SUMMAR_T_THEAD},   {"time", SUMMAR_T_TIME},
    {"title", SUMMAR_T_TITLE},   {"tr", SUMMAR_T_TR},
    {"ul", SUMMAR_T_UL},         {"video", SUMMAR_T_VIDEO},
};

static int cmp_tag(const void *k, const void *e) {
  return strcmp(k, ((const tagname *)e)->name);
}

static summar_htag tag_of(const char *name) {
  const tagname *t = bsearch(name, tag_names,
                             sizeof tag_names / sizeof *tag_names,
                             sizeof *tag_names, cmp_tag);
  return t ? t->tag : SUMMAR_T_OTHER;
}

/* Elements whose content is never text of the page. */
static int skipped_tag(summar_htag t) {
  switch (t) {
  case SUMMAR_T_SCRIPT: case SUMMAR_T_STYLE: case SUMMAR_T_NOSCRIPT:
  case SUMMAR_T_TEMPLATE: case SUMMAR_T_SVG: case SUMMAR_T_MATH:
  case SUMMAR_T_IFRAME: case SUMMAR_T_SELECT: case SUMMAR_T_TEXTAREA:
  case SUMMAR_T_BUTTON: case SUMMAR_T_OPTION: case SUMMAR_T_CANVAS:
  case SUMMAR_T_OBJECT: case SUMMAR_T_EMBED: case SUMMAR_T_AUDIO:
  case SUMMAR_T_VIDEO: case SUMMAR_T_MAP: case SUMMAR_T_DIALOG:
    return 1;
  default:
    return 0;
  }
}

/* Elements that end the text block before and after them. */
static int block_tag(summar_htag t) {
  switch (t) {
  case SUMMAR_T_ADDRESS: case SUMMAR_T_ARTICLE: case SUMMAR_T_ASIDE:
  case SUMMAR_T_BLOCKQUOTE: case SUMMAR_T_BODY: case SUMMAR_T_CAPTION:
  case SUMMAR_T_CENTER: case SUMMAR_T_DD: case SUMMAR_T_DETAILS:
  case SUMMAR_T_DIV: case SUMMAR_T_DL: case SUMMAR_T_DT:
  case SUMMAR_T_FIELDSET: case SUMMAR_T_FIGCAPTION: case SUMMAR_T_FIGURE:
  case SUMMAR_T_FOOTER: case SUMMAR_T_FORM: case SUMMAR_T_H1:
  case SUMMAR_T_H2: case SUMMAR_T_H3: case SUMMAR_T_H4: case SUMMAR_T_H5:
  case SUMMAR_T_H6: case SUMMAR_T_HEAD: case SUMMAR_T_HEADER:
  case SUMMAR_T_HR: case SUMMAR_T_HTML: case SUMMAR_T_LEGEND:
  case SUMMAR_T_LI: case SUMMAR_T_MAIN: case SUMMAR_T_MENU:
  case SUMMAR_T_NAV: case SUMMAR_T_OL: case SUMMAR_T_P: case SUMMAR_T_PRE:
  case SUMMAR_T_SECTION: case SUMMAR_T_SUMMARY: case SUMMAR_T_TABLE:
  case SUMMAR_T_TBODY: case SUMMAR_T_TD: case SUMMAR_T_TFOOT:
  case SUMMAR_T_TH: case SUMMAR_T_THEAD: case SUMMAR_T_TR:
  case SUMMAR_T_UL: case SUMMAR_T_TITLE:
    return 1;
  default:
    return 0;
  }
}

static unsigned in_bit(summar_htag t) {
  switch (t) {
  case SUMMAR_T_NAV: return SUMMAR_HIN_NAV;
  case SUMMAR_T_ASIDE: return SUMMAR_HIN_ASIDE;
  case SUMMAR_T_FOOTER: return SUMMAR_HIN_FOOTER;
  case SUMMAR_T_HEADER: return SUMMAR_HIN_HEADER;
  case SUMMAR_T_FORM: case SUMMAR_T_FIELDSET: return SUMMAR_HIN_FORM;
  case SUMMAR_T_ARTICLE: return SUMMAR_HIN_ARTICLE;
  case SUMMAR_T_MAIN: return SUMMAR_HIN_MAIN;
  case SUMMAR_T_UL: case SUMMAR_T_OL: case SUMMAR_T_DL:
    return SUMMAR_HIN_LIST;
  case SUMMAR_T_TABLE: return SUMMAR_HIN_TABLE;
  case SUMMAR_T_FIGURE: return SUMMAR_HIN_FIGURE;
  case SUMMAR_T_BLOCKQUOTE: return SUMMAR_HIN_QUOTE;
  case SUMMAR_T_MENU: return SUMMAR_HIN_MENU;
  case SUMMAR_T_A: return SUMMAR_HIN_A;
  default: return 0;
  }
}

/* ------------------------------------------------------------ the walk */

typedef struct frame {
  uint32_t elem;
  uint32_t container; /* innermost block-level element */
  unsigned in_tags;
  uint16_t in_flags;
  uint16_t tag;
} frame;

/* A remembered tag name: libxml2 hands the same name at the same address
 * (its dictionary), so the address picks the slot and the bytes confirm
 * it. */
typedef struct tag_slot {
  const xmlChar *at;
  char name[15];
  uint8_t tag;
} tag_slot;

enum { TAG_SLOTS = 64 }; /* the hash below keeps 6 bits */

typedef struct walker {
  summar_hpage *pg;
  tag_slot tags[TAG_SLOTS];
  htmlParserCtxtPtr ctxt;
  const char *utf8;
  size_t ulen;
  frame *stack;
  size_t depth, cap;
  size_t skip;      /* open elements inside a skipped one, plus one */
  int in_title;
  int pre;          /* open <pre> elements */
  /* the block being built */
  int open;
  size_t blk_t, blk_seg;
  size_t chars, link_chars;
  int space;        /* whitespace seen since the last text */
  size_t space_u;   /* where it started */
  int space_exact;  /* it was one ' ' */
  int brs;          /* <br> since the last text */
  /* the deepest element holding all the block's text so far, its depth
   * plus one (0: no text yet), and the lowest depth the stack reached
   * since the last text */
  uint32_t text_elem;
  size_t text_depth, low;
  size_t u_first, u_last;
  int failed;
  unsigned long xml_failures; /* the thread's count when the parse began */
} walker;

/* tag_of() through the walker's slots. */
static summar_htag walker_tag(walker *w, const xmlChar *name) {
  tag_slot *t =
      &w->tags[((uint64_t)(uintptr_t)name * 0x9E3779B97F4A7C15u) >> 58];
  if (t->at == name && !strcmp(t->name, (const char *)name))
    return (summar_htag)t->tag;
  summar_htag tag = tag_of((const char *)name);
  size_t n = strlen((const char *)name);
  if (n < sizeof t->name) {
    t->at = name;
    memcpy(t->name, name, n + 1);
    t->tag = (uint8_t)tag;
  }
  return tag;
}

static size_t position(const walker *w) {
  const xmlParserInput *in = w->ctxt->input;
  size_t p = (size_t)in->consumed + (size_t)(in->cur - in->base);
  return p > w->ulen ? w->ulen : p;
}

static frame *top(walker *w) {
  return w->depth ? &w->stack[w->depth - 1] : NULL;
}

/* Appends text[0..n) mapped to utf8[u..): extends the last segment when it
 * continues it exactly. */
static void emit(walker *w, const char *s, size_t n, size_t u, int exact) {
  summar_hpage *pg = w->pg;
  size_t t = pg->text.len - w->blk_t;
  if (w->pg->nseg > w->blk_seg) {
    summar_hseg *last = &pg->seg[pg->nseg - 1];
    if (exact && last->exact && last->t + last->len == t &&
        last->u + last->len == u) {
      last->len += n;
      summar_buf_append(&pg->text, s, n);
      return;
    }
  }
  if (summar_grow(pg->a, (void **)&pg->seg, &pg->segcap, pg->nseg + 1,
                  sizeof *pg->seg)) {
    w->failed = 1;
    return;
  }
  summar_hseg *g = &pg->seg[pg->nseg++];
  g->t = t;
  g->u = u;
  g->len = n;
  g->exact = exact;
  summar_buf_append(&pg->text, s, n);
}

static void start_block(walker *w) {
  w->open = 1;
  w->blk_t = w->pg->text.len;
  w->blk_seg = w->pg->nseg;
  w->chars = w->link_chars = 0;
  w->space = 0;
  w->brs = 0;
  w->text_depth = 0;
}

/* Text arrives at the top of the stack: the deepest element holding all
 * the block's text is the lowest point of the stack since its first
 * text. */
static void note_text(walker *w) {
  size_t d = w->depth;
  if (w->text_depth) {
    if (w->low < d)
      d = w->low;
    if (w->text_depth - 1 < d)
      d = w->text_depth - 1;
  }
  w->text_depth = d + 1;
  w->text_elem = d ? w->stack[d - 1].elem : 0;
  w->low = w->depth;
}

static void flush(walker *w) {
  summar_hpage *pg = w->pg;
  if (!w->open)
    return;
  w->open = 0;
  w->space = 0;
  w->brs = 0;
  if (!w->chars) {
    pg->text.len = w->blk_t;
    if (pg->text.data)
      pg->text.data[pg->text.len] = 0;
    pg->nseg = w->blk_seg;
    return;
  }
  if (summar_grow(pg->a, (void **)&pg->blk, &pg->blkcap, pg->nblk + 1,
                  sizeof *pg->blk)) {
    w->failed = 1;
    return;
  }
  summar_hblock *b = &pg->blk[pg->nblk++];
  memset(b, 0, sizeof *b);
  frame *f = top(w);
  b->elem = w->text_elem;
  b->container = f ? f->container : 0;
  b->tag = b->container < pg->nel ? pg->el[b->container].tag : 0;
  b->in_flags = f ? f->in_flags : 0;
  b->in_tags = f ? f->in_tags : 0;
  b->t = w->blk_t;
  b->tlen = pg->text.len - w->blk_t;
  b->seg_first = w->blk_seg;
  b->nseg = pg->nseg - w->blk_seg;
  b->chars = w->chars;
  b->link_chars = w->link_chars;
  b->u_start = w->u_first;
  b->u_end = w->u_last;
  if (pg->text.failed)
    w->failed = 1;
  else
    /* Word counts decide only for short blocks (12 and 20 words): a long
     * block is not counted. */
    b->words = b->chars > 160 ? 160
                              : summar_word_count(pg->text.data + b->t,
                                                  b->tlen);
}

static int ws_byte(unsigned char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

/* Length of the whitespace character at s[i] (ASCII space or U+00A0), or
 * 0. */
static size_t ws_len(const char *s, size_t n, size_t i) {
  if (ws_byte((unsigned char)s[i]))
    return 1;
  if (i + 1 < n && (unsigned char)s[i] == 0xC2 &&
      (unsigned char)s[i + 1] == 0xA0)
    return 2;
  return 0;
}

/* Adds a run of text s[0..n) found at utf8[u..) (exact) or ending at u. */
static void add_text(walker *w, const char *s, size_t n, size_t u,
                     int exact) {
  frame *f = top(w);
  int in_link = f && (f->in_tags & SUMMAR_HIN_A);
  size_t i = 0;
  while (i < n) {
    size_t k = ws_len(s, n, i);
    if (k && !w->pre) {
      if (!w->space) {
        w->space = 1;
        w->space_u = exact ? u + i : u;
        w->space_exact = exact && s[i] == ' ';
      } else {
        w->space_exact = 0;
      }
      i += k;
      continue;
    }
    /* the word, and in exact text the words after it that single spaces
     * separate: collapsing leaves them as they are */
    size_t j = i, c = 0; /* c: its characters, whitespace not counted */
    for (;;) {
      for (; j < n; j++) {
        unsigned char b = (unsigned char)s[j];
        if ((b <= ' ' || b == 0xC2) && ws_len(s, n, j)) {
          if (!w->pre)
            break;
          if (ws_byte(b))
            continue;
        }
        c += (b & 0xC0) != 0x80;
      }
      if (!exact || w->pre || j + 1 >= n || s[j] != ' ' ||
          ws_len(s, n, j + 1))
        break;
      j++;
    }
    if (!w->open)
      start_block(w);
    if (w->brs >= 2 && w->chars) {
      flush(w);
      start_block(w);
    } else if (w->brs == 1 && w->chars) {
      emit(w, "\n", 1, w->space_u, 0);
      w->space = 0;
    }
    w->brs = 0;
    if (w->space && w->pg->text.len > w->blk_t)
      emit(w, " ", 1, w->space_u, w->space_exact);
    w->space = 0;
    if (w->pg->text.len == w->blk_t)
      w->u_first = exact ? u + i : u;
    emit(w, s + i, j - i, exact ? u + i : u, exact);
    w->u_last = exact ? u + j : u;
    note_text(w);
    w->chars += c;
    if (in_link)
      w->link_chars += c;
    i = j;
  }
}

/* Lower-case ASCII copy of an attribute value, bounded. */
static void lower_copy(char *out, size_t cap, const char *v) {
  size_t n = 0;
  for (; v && v[n] && n + 1 < cap; n++) {
    char c = v[n];
    out[n] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
  }
  out[n] = 0;
}

/* Collapsed copy of the text of an attribute into a buffer. */
static void put_collapsed(summar_buf *b, const char *s) {
  int space = 0;
  for (size_t i = 0; s[i]; i++) {
    if (ws_byte((unsigned char)s[i])) {
      space = 1;
      continue;
    }
    if (space && b->len)
      summar_buf_putc(b, ' ');
    space = 0;
    summar_buf_putc(b, s[i]);
  }
}

static void read_meta(walker *w, const xmlChar **atts) {
  const char *key = NULL, *content = NULL;
  for (size_t i = 0; atts && atts[i]; i += 2) {
    const char *n = (const char *)atts[i], *v = (const char *)atts[i + 1];
    if (!v)
      continue;
    if (!strcmp(n, "property") || !strcmp(n, "name"))
      key = v;
    else if (!strcmp(n, "content"))
      content = v;
  }
  if (!key || !content)
    return;
  char k[32];
  lower_copy(k, sizeof k, key);
  summar_hpage *pg = w->pg;
  if ((!strcmp(k, "og:title") || !strcmp(k, "twitter:title")) &&
      !pg->og_title.len)
    put_collapsed(&pg->og_title, content);
  else if ((!strcmp(k, "og:site_name") || !strcmp(k, "application-name")) &&
           !pg->site_name.len)
    put_collapsed(&pg->site_name, content);
}

/* Flags from class, id, role, itemprop, hidden, aria-hidden and style. */
static uint16_t attr_flags(const xmlChar **atts) {
  uint16_t fl = 0;
  for (size_t i = 0; atts && atts[i]; i += 2) {
    const char *n = (const char *)atts[i], *v = (const char *)atts[i + 1];
    if (!strcmp(n, "hidden")) {
      fl |= SUMMAR_HE_HIDDEN;
      continue;
    }
    if (!v)
      continue;
    if (!strcmp(n, "class") || !strcmp(n, "id"))
      fl |= summar_hint_flags(v);
    else if (!strcmp(n, "role"))
      fl |= summar_role_flags(v);
    else if (!strcmp(n, "itemprop") && summar_hint_flags(v) & SUMMAR_HE_POS)
      fl |= SUMMAR_HE_POS;
    else if (!strcmp(n, "aria-hidden") && !strcmp(v, "true"))
      fl |= SUMMAR_HE_HIDDEN;
    else if (!strcmp(n, "style") && summar_style_hidden(v))
      fl |= SUMMAR_HE_HIDDEN;
  }
  return fl;
}

/* Turns the SAX callbacks off for the rest of the parse: libxml2 goes on
 * to the end of the page (linear, as any parse) without calling them. */
static void stop_parse(walker *w) {
  w->failed = 1;
  if (w->ctxt)
    w->ctxt->disableSAX = 1;
}

/* Whether the parse goes on: not after a failure of libsummar's or of a
 * libxml2 allocation on this thread. */
static int parsing(walker *w) {
  if (!w->failed && summar_xml_failures() == w->xml_failures)
    return 1;
  stop_parse(w);
  return 0;
}

/* The calling thread's libxml2 error handler while it parses a page:
 * every error of the parse comes here, those libxml2 reports without the
 * parser context too (a failed string copy), so nothing is printed.
 * When libxml2 reports an allocation failure it marks the parser finished
 * without moving past the input, and its loops that advance only while
 * the parser runs (xmlNextChar()) would spin forever; the parser is put
 * back in the state a page parse keeps (XML_PARSER_START outside comments
 * and processing instructions, whose functions restore their own), so it
 * reads on to the end of the page, in bounds, with the callbacks off. */
static void on_error(void *ud, xmlErrorPtr err) {
  walker *w = ud;
  if (!err || err->code != XML_ERR_NO_MEMORY)
    return;
  stop_parse(w);
  if (w->ctxt && w->ctxt->instate == XML_PARSER_EOF)
    w->ctxt->instate = XML_PARSER_START;
}

static void on_start(void *ud, const xmlChar *name, const xmlChar **atts) {
  walker *w = ud;
  if (!parsing(w))
    return;
  if (w->skip) {
    w->skip++;
    return;
  }
  summar_htag tag = walker_tag(w, name);
  summar_hpage *pg = w->pg;
  if (tag == SUMMAR_T_META) {
    read_meta(w, atts);
    return; /* void element: its end event is ignored below */
  }
  if (tag == SUMMAR_T_BR) {
    w->brs++;
    return;
  }
  uint16_t fl = attr_flags(atts);
  if (skipped_tag(tag) || (fl & SUMMAR_HE_HIDDEN)) {
    if (block_tag(tag) || tag == SUMMAR_T_DIALOG)
      flush(w);
    w->skip = 1;
    return;
  }
  if (tag == SUMMAR_T_HTML) {
    for (size_t i = 0; atts && atts[i]; i += 2)
      if (!strcmp((const char *)atts[i], "lang") && atts[i + 1])
        lower_copy(pg->lang, sizeof pg->lang, (const char *)atts[i + 1]);
  }
  if (block_tag(tag))
    flush(w);
  if (tag == SUMMAR_T_TITLE)
    w->in_title++;
  if (tag == SUMMAR_T_PRE)
    w->pre++;
  if (summar_grow(pg->a, (void **)&pg->el, &pg->elcap, pg->nel + 1,
                  sizeof *pg->el) ||
      summar_grow(pg->a, (void **)&w->stack, &w->cap, w->depth + 1,
                  sizeof *w->stack) ||
      pg->nel >= UINT32_MAX - 1) {
    w->failed = 1;
    return;
  }
  frame *parent = top(w);
  summar_helem *e = &pg->el[pg->nel];
  memset(e, 0, sizeof *e);
  e->parent = parent ? parent->elem : UINT32_MAX;
  e->tag = (uint16_t)tag;
  e->flags = fl;
  e->depth = (uint32_t)w->depth;
  frame *f = &w->stack[w->depth++];
  f->elem = (uint32_t)pg->nel;
  f->tag = (uint16_t)tag;
  f->container = block_tag(tag) || !parent ? f->elem : parent->container;
  f->in_tags = (parent ? parent->in_tags : 0) | in_bit(tag);
  f->in_flags = (uint16_t)((parent ? parent->in_flags : 0) | fl);
  pg->nel++;
}

static void on_end(void *ud, const xmlChar *name) {
  walker *w = ud;
  if (!parsing(w))
    return;
  if (w->skip) {
    w->skip--;
    return;
  }
  summar_htag tag = walker_tag(w, name);
  if (tag == SUMMAR_T_META || tag == SUMMAR_T_BR)
    return;
  /* libxml2 closes elements in order; an end without its start (never
   * seen in practice) is ignored. */
  frame *f = top(w);
  if (!f || f->tag != tag)
    return;
  if (block_tag(tag))
    flush(w);
  if (tag == SUMMAR_T_TITLE && w->in_title)
    w->in_title--;
  if (tag == SUMMAR_T_PRE && w->pre)
    w->pre--;
  w->depth--;
  if (w->depth < w->low)
    w->low = w->depth;
}

static void on_chars(void *ud, const xmlChar *ch, int len) {
  walker *w = ud;
  if (!parsing(w) || w->skip || len <= 0)
    return;
  const char *s = (const char *)ch;
  size_t n = (size_t)len;
  if (w->in_title) {
    summar_buf *t = &w->pg->title;
    char tmp[2] = {0, 0};
    for (size_t i = 0; i < n; i++) {
      if (ws_byte((unsigned char)s[i])) {
        if (t->len && t->data[t->len - 1] != ' ')
          summar_buf_putc(t, ' ');
        continue;
      }
      tmp[0] = s[i];
      summar_buf_append(t, tmp, 1);
    }
    return;
  }
  size_t end = position(w);
  if (end >= n && !memcmp(w->utf8 + end - n, s, n)) {
    add_text(w, s, n, end - n, 1);
    return;
  }
  /* An entity or character reference: map it to its '&'. */
  size_t u = end;
  for (size_t k = 1; k <= 40 && k <= end; k++)
    if (w->utf8[end - k] == '&') {
      u = end - k;
      break;
    }
  add_text(w, s, n, u, 0);
}

summar_status summar_hpage_parse(summar_hpage *pg, const summar_hinput *in,
                                 size_t max_input) {
  if (in->len > (size_t)INT32_MAX)
    return SUMMAR_ERR_TOO_LARGE;
  walker w;
  memset(&w, 0, sizeof w);
  w.pg = pg;
  w.utf8 = in->utf8;
  w.ulen = in->len;
  summar_buf_init(&pg->text, pg->a);
  summar_buf_init(&pg->title, pg->a);
  summar_buf_init(&pg->og_title, pg->a);
  summar_buf_init(&pg->site_name, pg->a);
  if (in->len == 0)
    return SUMMAR_OK; /* no blocks: the caller reports an empty page */
  w.xml_failures = summar_xml_failures(); /* the first parse counts libxml2's set-up */
  /* libxml2 allocates its per-thread state at a thread's first use and
   * does not check that it got it. */
  if (!xmlIsMainThread() && !xmlGetGlobalState())
    return SUMMAR_ERR_NOMEM;
  /* The thread's handler, put back below: libxml2 keeps one per thread. */
  xmlStructuredErrorFunc old_handler = xmlStructuredError;
  void *old_data = xmlStructuredErrorContext;
  xmlSetStructuredErrorFunc(&w, on_error);
  summar_xml_init();
  htmlParserCtxtPtr ctxt = summar_xml_parser_new(in->utf8, in->len);
  if (!ctxt) {
    xmlSetStructuredErrorFunc(old_data, old_handler);
    return SUMMAR_ERR_NOMEM;
  }
  w.ctxt = ctxt;
  htmlSAXHandler *sax = ctxt->sax;
  memset(sax, 0, sizeof *sax);
  sax->startElement = on_start;
  sax->endElement = on_end;
  sax->characters = on_chars;
  sax->ignorableWhitespace = on_chars;
  sax->initialized = 1;
  ctxt->userData = &w;
  int opts = HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
             HTML_PARSE_NONET | HTML_PARSE_IGNORE_ENC | HTML_PARSE_NODEFDTD;
  /* libxml2's own length limits stay on unless the context allows pages
   * larger than they do; the context's limit bounds the input then. */
  if (max_input > (size_t)10 * 1000 * 1000)
    opts |= XML_PARSE_HUGE;
  htmlCtxtUseOptions(ctxt, opts);
  /* The bytes are UTF-8 already: no guessing from the first odd byte. */
  xmlSwitchEncoding(ctxt, XML_CHAR_ENCODING_UTF8);
  htmlParseDocument(ctxt);
  flush(&w);
  int nomem = ctxt->errNo == XML_ERR_NO_MEMORY;
  htmlFreeParserCtxt(ctxt);
  xmlSetStructuredErrorFunc(old_data, old_handler);
  summar_dealloc(pg->a, w.stack);
  if (w.failed || nomem || summar_xml_failures() != w.xml_failures ||
      pg->text.failed || pg->title.failed || pg->og_title.failed ||
      pg->site_name.failed)
    return SUMMAR_ERR_NOMEM;
  return SUMMAR_OK;
}

void summar_hpage_free(summar_hpage *pg) {
  summar_dealloc(pg->a, pg->el);
  summar_dealloc(pg->a, pg->blk);
  summar_dealloc(pg->a, pg->seg);
  summar_buf_free(&pg->text);
  summar_buf_free(&pg->title);
  summar_buf_free(&pg->og_title);
  summar_buf_free(&pg->site_name);
  memset(pg, 0, sizeof *pg);
}
