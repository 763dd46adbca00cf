/*
 * html.h - internal interface of HTML extraction: charset conversion with
 * an offset map (html_charset.c), the libxml2 SAX walk that turns a page
 * into a flat element table and text blocks (html_parse.c), the content
 * scoring that decides which blocks are the article (html_extract.c) and
 * the public calls (html.c).
 */
#ifndef SUMMAR_HTML_H
#define SUMMAR_HTML_H

#include "internal.h"

#include <stddef.h>
#include <stdint.h>

/* ------------------------------------------------------------ charsets */

/* A run of the map from the UTF-8 copy back to the original bytes.
 * width 0: the bytes are copied (original = src + (u - u)); width k > 0:
 * every UTF-8 character of the run came from k original bytes. */
typedef struct summar_hrun {
  size_t u, src;
  unsigned width;
} summar_hrun;

typedef struct summar_hinput {
  const summar_allocator *a;
  char *utf8;        /* the page as UTF-8, NUL-terminated, no NUL inside */
  size_t len;
  summar_hrun *runs; /* sorted by u; none: utf8 is the input itself */
  size_t nruns, cap;
  char charset[40];  /* the charset used, lower case ("utf-8",
                        "windows-1256") */
  int replaced;      /* invalid bytes became U+FFFD */
  int borrowed;      /* utf8 is the caller's valid UTF-8 input (no runs) */
} summar_hinput;

/* Converts html[0..len) to UTF-8: a byte-order mark, else the charset a
 * <meta> declares in the first bytes (HTML5 prescan), else UTF-8 when the
 * bytes are valid UTF-8, else ICU's detector.  A declaration the bytes
 * contradict (valid multibyte UTF-8 under a legacy declaration, or a
 * converter ICU lacks) is overridden.  NUL and undecodable bytes become
 * U+FFFD.  Returns SUMMAR_OK, SUMMAR_ERR_NOMEM or SUMMAR_ERR_BACKEND. */
summar_status summar_hinput_convert(summar_hinput *in, const char *html,
                                    size_t len);
void summar_hinput_free(summar_hinput *in);
/* Drops a borrowed utf8 pointer once parsing is over (lookups of an
 * input without runs never read it). */
void summar_hinput_release(summar_hinput *in);
/* The offset in the original bytes of UTF-8 offset u (0 <= u <= len). */
size_t summar_hinput_source(const summar_hinput *in, size_t u);

/* ------------------------------------------------------------ the tree */

/* Tags the extractor tells apart; everything else is SUMMAR_T_OTHER. */
typedef enum summar_htag {
  SUMMAR_T_OTHER = 0,
  SUMMAR_T_A, SUMMAR_T_ADDRESS, SUMMAR_T_ARTICLE, SUMMAR_T_ASIDE,
  SUMMAR_T_AUDIO, SUMMAR_T_BLOCKQUOTE, SUMMAR_T_BODY, SUMMAR_T_BR,
  SUMMAR_T_BUTTON, SUMMAR_T_CANVAS, SUMMAR_T_CAPTION, SUMMAR_T_CENTER,
  SUMMAR_T_CODE, SUMMAR_T_DD, SUMMAR_T_DETAILS, SUMMAR_T_DIALOG,
  SUMMAR_T_DIV, SUMMAR_T_DL, SUMMAR_T_DT, SUMMAR_T_EMBED,
  SUMMAR_T_FIELDSET, SUMMAR_T_FIGCAPTION, SUMMAR_T_FIGURE,
  SUMMAR_T_FOOTER, SUMMAR_T_FORM, SUMMAR_T_H1, SUMMAR_T_H2, SUMMAR_T_H3,
  SUMMAR_T_H4, SUMMAR_T_H5, SUMMAR_T_H6, SUMMAR_T_HEAD, SUMMAR_T_HEADER,
  SUMMAR_T_HR, SUMMAR_T_HTML, SUMMAR_T_IFRAME, SUMMAR_T_IMG,
  SUMMAR_T_INPUT, SUMMAR_T_LABEL, SUMMAR_T_LEGEND, SUMMAR_T_LI,
  SUMMAR_T_MAIN, SUMMAR_T_MAP, SUMMAR_T_MATH, SUMMAR_T_MENU,
  SUMMAR_T_META, SUMMAR_T_NAV, SUMMAR_T_NOSCRIPT, SUMMAR_T_OBJECT,
  SUMMAR_T_OL, SUMMAR_T_OPTION, SUMMAR_T_P, SUMMAR_T_PRE,
  SUMMAR_T_SCRIPT, SUMMAR_T_SECTION, SUMMAR_T_SELECT, SUMMAR_T_STYLE,
  SUMMAR_T_SUMMARY, SUMMAR_T_SVG, SUMMAR_T_TABLE, SUMMAR_T_TBODY,
  SUMMAR_T_TD, SUMMAR_T_TEMPLATE, SUMMAR_T_TEXTAREA, SUMMAR_T_TH,
  SUMMAR_T_THEAD, SUMMAR_T_TFOOT, SUMMAR_T_TIME, SUMMAR_T_TITLE,
  SUMMAR_T_TR, SUMMAR_T_UL, SUMMAR_T_VIDEO,
  SUMMAR_T_COUNT
} summar_htag;

/* Element flags. */
enum {
  SUMMAR_HE_NEG = 1u << 0,     /* class/id/role says boilerplate */
  SUMMAR_HE_POS = 1u << 1,     /* class/id/role/itemprop says content */
  SUMMAR_HE_HIDDEN = 1u << 2,  /* hidden, aria-hidden, display:none */
  SUMMAR_HE_COMMENT = 1u << 3, /* class/id says reader comments */
  SUMMAR_HE_STRONGNEG = 1u << 4, /* share, related, ad...: never content */
  SUMMAR_HE_WRAPPER = 1u << 5    /* holds most of the page or its article:
                                    not boilerplate, whatever its name */
};

typedef struct summar_helem {
  uint32_t parent;  /* UINT32_MAX for a root */
  uint16_t tag;     /* summar_htag */
  uint16_t flags;   /* SUMMAR_HE_* */
  uint32_t depth;
  /* Filled by extraction: */
  uint32_t end;     /* one past the last element of its subtree */
  size_t chars, link_chars; /* text below, and text below inside <a> */
  size_t main_chars;        /* text of its largest <article>/<main> */
  size_t pos_chars;         /* text of its largest content-named element */
  double mass;              /* paragraph scores of the blocks below */
  double score;
  int scored;
} summar_helem;

/* A piece of the block text and where it came from in the UTF-8 copy:
 * text[t, t + len) equals utf8[u, u + len) when `exact`; otherwise the
 * piece (an entity, collapsed whitespace) maps as a whole to u. */
typedef struct summar_hseg {
  size_t t, u, len;
  int exact;
} summar_hseg;

/* One text block: the text between two block-level boundaries. */
typedef struct summar_hblock {
  uint32_t elem;        /* deepest element holding all its text (a
                           caption's <span> inside a photo's box) */
  uint32_t container;   /* innermost block-level element holding it */
  uint16_t tag;         /* the container's tag (P, LI, H2, TD, PRE...) */
  uint16_t in_flags;    /* OR of SUMMAR_HE_* along its ancestors */
  unsigned in_tags;     /* bits of SUMMAR_HIN_* (ancestors seen) */
  size_t t, tlen;       /* text in the parse's text pool */
  size_t seg_first, nseg;
  size_t chars, link_chars, words;
  size_t u_start, u_end; /* range in the UTF-8 copy */
  int keep;             /* decided by extraction */
} summar_hblock;

/* Ancestors a block may sit in (summar_hblock.in_tags). */
enum {
  SUMMAR_HIN_NAV = 1u << 0,
  SUMMAR_HIN_ASIDE = 1u << 1,
  SUMMAR_HIN_FOOTER = 1u << 2,
  SUMMAR_HIN_HEADER = 1u << 3,
  SUMMAR_HIN_FORM = 1u << 4,
  SUMMAR_HIN_ARTICLE = 1u << 5,
  SUMMAR_HIN_MAIN = 1u << 6,
  SUMMAR_HIN_LIST = 1u << 7,
  SUMMAR_HIN_TABLE = 1u << 8,
  SUMMAR_HIN_FIGURE = 1u << 9,
  SUMMAR_HIN_QUOTE = 1u << 10,
  SUMMAR_HIN_MENU = 1u << 11,
  SUMMAR_HIN_A = 1u << 12
};

typedef struct summar_hpage {
  const summar_allocator *a;
  summar_helem *el;
  size_t nel, elcap;
  summar_hblock *blk;
  size_t nblk, blkcap;
  summar_hseg *seg;
  size_t nseg, segcap;
  summar_buf text;      /* block texts back to back */
  summar_buf title;     /* <title> text */
  summar_buf og_title;  /* og:title / twitter:title */
  summar_buf site_name; /* og:site_name / application-name */
  char lang[16];        /* <html lang>, lower case, or "" */
  int failed;
} summar_hpage;

/* Parses the UTF-8 page with libxml2's HTML parser (recovering from any
 * markup error, no network, no error output), filling the element table
 * and the text blocks.  `max_input` bounds the page (libxml2's own limits
 * are lifted only within it). */
summar_status summar_hpage_parse(summar_hpage *pg, const summar_hinput *in,
                                 size_t max_input);
void summar_hpage_free(summar_hpage *pg);

/* Block kinds of the public API, from a block's tag. */
unsigned summar_hblock_kind(const summar_hblock *b);

/* The constants of content finding.  The shipped values
 * (summar_hparams_default) are the ones tools/extract_tune.py chooses by
 * cross-validation on the extraction benchmarks. */
typedef struct summar_hparams {
  double par_chars;     /* a block scores as a paragraph from this many
                           characters */
  double hint_weight;   /* score added or taken by a class/id hint */
  double rival_share;   /* rivals within this share of the best score widen
                           the root to their common ancestor */
  double mass_climb;    /* the root climbs to a parent holding this many
                           times its paragraph score */
  double fill_share;    /* ... or to a parent it gives this share of text */
  double wrapper_share; /* an element holding this share of the page's
                           text is a wrapper, never boilerplate */
  double sibling_share; /* a sibling joins the root scoring this share of
                           the root's score */
  double sibling_min;   /* ... and at least this much */
  double keep_link;     /* a block with a higher link density is dropped */
  double short_link;    /* ... this one for short blocks */
  double short_words;   /* short blocks: under this many words */
  double weak_words;    /* blocks under this many words in a weakly
                           negative subtree (bylines, tags) are dropped */
  double edge_words;    /* lines under this many words at the article's
                           edges that end no sentence are dropped */
  double edge_par_words; /* the article's edges: its first and last blocks
                            of this many words */
  double boiler_words;  /* furniture phrases are looked for in blocks of
                           at most this many words */
  double lead_words;    /* a paragraph of this many words ending a
                           sentence inside the <article> holding the root
                           (its lead, a part in another box) joins it */
  double title_lead_words; /* a paragraph of this many words between the
                              headline and the first kept block joins */
} summar_hparams;

extern const summar_hparams summar_hparams_default;

/* The name of field i of summar_hparams, or NULL past the last one;
 * summar_hparams_get() reads field i, summar_hparams_set() sets a field by
 * name (returns 0, or -1 for an unknown name). */
const char *summar_hparam_name(size_t i);
double summar_hparams_get(const summar_hparams *p, size_t i);
int summar_hparams_set(summar_hparams *p, const char *name, double value);

/* Decides which blocks are the article (summar_hblock.keep), with
 * `params` (NULL: the defaults), and which text is the headline: *title_block is a block index or SIZE_MAX; when it
 * is SIZE_MAX, title and title_len (may be NULL) is a string from the head
 * (og:title, <title> minus the site name) owned by pg.  Returns SUMMAR_OK
 * or SUMMAR_ERR_NOMEM. */
summar_status summar_hpage_extract(summar_hpage *pg,
                                   const summar_hparams *params,
                                   size_t *title_block, const char **title,
                                   size_t *title_len);

/* Picks the headline (html_title.c): the first <h1> (or, failing that,
 * <h2>/<h3>) that agrees with og:title or <title>, else that head title
 * (og:title, <title> minus the site name), else the first <h1>; a chosen
 * block stops being kept.  Results as summar_hpage_extract() gives them. */
void summar_hpage_pick_title(summar_hpage *pg, size_t *title_block,
                             const char **title, size_t *title_len);

/* SUMMAR_HE_* flags of a class or id value ("entry-content", "share
 * buttons", "relatedPosts"): its words, split at punctuation and case
 * changes, looked up in the hint lists. */
uint16_t summar_hint_flags(const char *value);
/* SUMMAR_HE_* flags of an ARIA role (navigation, main, complementary...). */
uint16_t summar_role_flags(const char *value);
/* Whether an inline style hides the element (display:none,
 * visibility:hidden). */
int summar_style_hidden(const char *value);

/* The generated phrase list (data_lists.c, from data/boilerplate/):
 * normalized as summar_normalize() does, sorted by bytes. */
extern const char *const summar_boilerplate_phrases[];
extern const size_t summar_boilerplate_count;
/* Whether block text s[0..n) of `words` words is page furniture: it is
 * one of the phrases (ignoring surrounding punctuation), or it is short
 * (`max_words` words at most) and holds a phrase of several words.
 * Returns 1, 0, or -1 on allocation failure. */
int summar_boilerplate_block(const summar_allocator *a, const char *s,
                             size_t n, size_t words, size_t max_words);

#endif
