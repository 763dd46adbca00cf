/*
 * html_hints.c - the words of a page's markup and text that mark content
 * or boilerplate: the content-finding constants and their names, class/id
 * and ARIA role hints, hiding styles, and the furniture phrase lists.
 */
#include "html.h"

#include <stddef.h>
#include <string.h>

/* ------------------------------------------------------------ params */

/* Chosen by tools/extract_tune.py (5-fold cross-validation over the pages
 * of the extraction benchmarks); see docs/extraction.md. */
const summar_hparams summar_hparams_default = {
    .par_chars = 50,
    .hint_weight = 35,
    .rival_share = 0.75,
    .mass_climb = 1.1,
    .fill_share = 0.9,
    .wrapper_share = 0.4,
    .sibling_share = 0.1,
    .sibling_min = 20,
    .keep_link = 0.7,
    .short_link = 0.4,
    .short_words = 16,
    .weak_words = 30,
    .edge_words = 12,
    .edge_par_words = 30,
    .boiler_words = 16,
    .lead_words = 20,
    .title_lead_words = 25,
};

#define HP(name) {#name, offsetof(summar_hparams, name)}
static const struct {
  const char *name;
  size_t off;
} hparam_fields[] = {
    HP(par_chars),     HP(hint_weight),   HP(rival_share),
    HP(mass_climb),    HP(fill_share),    HP(wrapper_share),
    HP(sibling_share), HP(sibling_min),   HP(keep_link),
    HP(short_link),    HP(short_words),   HP(weak_words),
    HP(edge_words),    HP(edge_par_words), HP(boiler_words),
    HP(lead_words),    HP(title_lead_words),
};
#undef HP

#define NPARAMS (sizeof hparam_fields / sizeof *hparam_fields)

const char *summar_hparam_name(size_t i) {
  return i < NPARAMS ? hparam_fields[i].name : NULL;
}

int summar_hparams_set(summar_hparams *p, const char *name, double value) {
  for (size_t i = 0; i < NPARAMS; i++)
    if (!strcmp(hparam_fields[i].name, name)) {
      memcpy((char *)p + hparam_fields[i].off, &value, sizeof value);
      return 0;
    }
  return -1;
}

double summar_hparams_get(const summar_hparams *p, size_t i) {
  double v = 0;
  if (i < NPARAMS)
    memcpy(&v, (const char *)p + hparam_fields[i].off, sizeof v);
  return v;
}

/* ------------------------------------------------------------- hints */

typedef struct hint {
  const char *word;
  uint16_t flags;
  int prefix; /* matches words starting with it */
} hint;

#define NEG SUMMAR_HE_NEG
#define POS SUMMAR_HE_POS
#define STRONG (SUMMAR_HE_NEG | SUMMAR_HE_STRONGNEG)
#define COMMENT (STRONG | SUMMAR_HE_COMMENT)
/* A content word that may only name whose part a class is ("post-share",
 * "entry-footer"; see token_flags()).  Not an element flag. */
#define OWNER 0x8000u
#define POS_OWNER (POS | OWNER)

/* Words of class and id values, as readability and trafilatura read them:
 * article containers, and boilerplate (navigation, sharing, related
 * links, comments, ads, footers).  Lower case. */
static const hint hints[] = {
    {"ad", STRONG, 0},            {"ads", STRONG, 0},
    {"adsbygoogle", STRONG, 0},   {"advert", STRONG, 1},
    {"article", POS_OWNER, 1},    {"aside", NEG, 0},
    {"attribution", NEG, 0},
    {"author", STRONG, 1},        {"banner", STRONG, 1},
    {"body", POS, 0},             {"breadcrumb", STRONG, 1},
    {"byline", NEG, 0},           {"caption", NEG, 0},
    {"comment", COMMENT, 0},      {"commentlist", COMMENT, 0},
    {"comments", COMMENT, 0},     {"consent", STRONG, 0},
    {"contact", STRONG, 0},       {"content", POS, 0},
    {"cookie", STRONG, 1},        {"copyright", STRONG, 0},
    {"cta", STRONG, 0},           {"disclaimer", STRONG, 1},
    {"disclosure", STRONG, 1},    {"disqus", COMMENT, 0},
    {"entry", POS_OWNER, 0},      {"footer", STRONG, 1},
    {"gdpr", STRONG, 0},          {"hentry", POS, 0},
    {"login", STRONG, 0},         {"main", POS, 0},
    {"masthead", STRONG, 0},      {"menu", STRONG, 1},
    {"meta", NEG, 0},             {"modal", STRONG, 0},
    {"nav", STRONG, 1},           {"newsletter", STRONG, 1},
    {"outbrain", STRONG, 0},      {"overlay", STRONG, 0},
    {"pager", STRONG, 0},         {"pagination", STRONG, 0},
    {"popup", STRONG, 1},         {"post", POS_OWNER, 0},
    {"promo", STRONG, 1},         {"recommend", STRONG, 1},
    {"related", STRONG, 1},       {"replies", COMMENT, 0},
    {"respond", COMMENT, 0},      {"share", STRONG, 1},
    {"sharing", STRONG, 0},       {"shoutbox", STRONG, 0},
    {"sidebar", STRONG, 1},       {"signup", STRONG, 0},
    {"skyscraper", STRONG, 0},    {"social", STRONG, 1},
    {"sponsor", STRONG, 1},       {"story", POS_OWNER, 0},
    {"subscribe", STRONG, 1},     {"subscription", STRONG, 0},
    {"taboola", STRONG, 0},       {"tags", NEG, 0},
    {"toolbar", STRONG, 0},       {"trending", STRONG, 0},
    {"widget", NEG, 1},
};

static uint16_t word_flags(const char *w, size_t n) {
  for (size_t i = 0; i < sizeof hints / sizeof *hints; i++) {
    size_t k = strlen(hints[i].word);
    if (n == k ? !memcmp(w, hints[i].word, k)
               : (hints[i].prefix && n > k && !memcmp(w, hints[i].word, k)))
      return hints[i].flags;
  }
  return 0;
}

static int is_lower(char c) { return c >= 'a' && c <= 'z'; }
static int is_upper(char c) { return c >= 'A' && c <= 'Z'; }
static int is_digit(char c) { return c >= '0' && c <= '9'; }

/* The flags of one class name (no spaces): a content word that only
 * says whose part it is ("post-share", "entry-footer") does not make a
 * boilerplate name content. */
static uint16_t token_flags(uint16_t fl, int plain_content) {
  if ((fl & SUMMAR_HE_STRONGNEG) && !plain_content)
    fl &= (uint16_t)~POS;
  return (uint16_t)(fl & ~OWNER);
}

uint16_t summar_hint_flags(const char *v) {
  uint16_t fl = 0, tok = 0;
  int plain = 0;
  char w[32];
  size_t n = 0;
  for (size_t i = 0;; i++) {
    char c = v[i];
    int split = !(is_lower(c) || is_upper(c) || is_digit(c)) ||
                (is_upper(c) && i > 0 && is_lower(v[i - 1]));
    if (split && n) {
      uint16_t wf = word_flags(w, n < sizeof w ? n : sizeof w);
      plain |= (wf & POS) && !(wf & OWNER);
      tok |= wf;
      n = 0;
    }
    if (!c || c == ' ' || c == '\t' || c == '\n') {
      fl |= token_flags(tok, plain);
      tok = 0;
      plain = 0;
    }
    if (!c)
      break;
    if (is_lower(c) || is_upper(c) || is_digit(c)) {
      if (n < sizeof w)
        w[n] = is_upper(c) ? (char)(c + 32) : c;
      n++;
    }
  }
  /* A container named both ways ("content-sidebar-wrap", "entry share")
   * is not dropped as boilerplate. */
  if ((fl & POS) && (fl & SUMMAR_HE_STRONGNEG) && !(fl & SUMMAR_HE_COMMENT))
    fl &= (uint16_t)~STRONG;
  return fl;
}

uint16_t summar_role_flags(const char *v) {
  static const char *const neg[] = {"navigation", "banner", "contentinfo",
                                    "complementary", "menu", "menubar",
                                    "search", "dialog", "alert", "toolbar"};
  if (!strcmp(v, "main") || !strcmp(v, "article"))
    return POS;
  for (size_t i = 0; i < sizeof neg / sizeof *neg; i++)
    if (!strcmp(v, neg[i]))
      return STRONG;
  return 0;
}

int summar_style_hidden(const char *v) {
  char s[256];
  size_t n = 0;
  for (size_t i = 0; v[i] && n + 1 < sizeof s; i++)
    if (v[i] != ' ' && v[i] != '\t')
      s[n++] = is_upper(v[i]) ? (char)(v[i] + 32) : v[i];
  s[n] = 0;
  return strstr(s, "display:none") || strstr(s, "visibility:hidden");
}

/* ---------------------------------------------------- boilerplate text */

static int boundary_before(const char *s, size_t at) {
  if (at == 0)
    return 1;
  size_t i = at - 1;
  while (i > 0 && ((unsigned char)s[i] & 0xC0) == 0x80)
    i--;
  size_t j = i;
  return !summar_is_alnum(summar_utf8_next(s, at, &j));
}

static int boundary_after(const char *s, size_t n, size_t at) {
  if (at >= n)
    return 1;
  size_t j = at;
  return !summar_is_alnum(summar_utf8_next(s, n, &j));
}

int summar_boilerplate_block(const summar_allocator *a, const char *s,
                             size_t n, size_t words, size_t max_words) {
  if (words > max_words)
    return 0;
  summar_buf b;
  summar_buf_init(&b, a);
  if (summar_normalize(s, n, &b) != SUMMAR_OK || b.failed) {
    summar_buf_free(&b);
    return -1;
  }
  /* the text between its first and last letter or digit */
  size_t lo = 0, hi = 0, i = 0;
  int seen = 0;
  while (i < b.len) {
    size_t at = i;
    if (summar_is_alnum(summar_utf8_next(b.data, b.len, &i))) {
      if (!seen)
        lo = at;
      seen = 1;
      hi = i;
    }
  }
  int found = 0;
  for (size_t k = 0; seen && !found && k < summar_boilerplate_count; k++) {
    const char *p = summar_boilerplate_phrases[k];
    size_t pl = strlen(p);
    if (hi - lo == pl && !memcmp(b.data + lo, p, pl)) {
      found = 1;
      break;
    }
    if (!strchr(p, ' '))
      continue;
    for (size_t at = lo; at + pl <= hi; at++)
      if (b.data[at] == p[0] && !memcmp(b.data + at, p, pl) &&
          boundary_before(b.data, at) &&
          boundary_after(b.data, b.len, at + pl)) {
        found = 1;
        break;
      }
  }
  summar_buf_free(&b);
  return found;
}

/* ------------------------------------------------------------ scoring */
