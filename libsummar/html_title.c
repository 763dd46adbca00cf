/*
 * html_title.c - the page's headline: the <h1> its <title> or og:title
 * agrees with, else that title minus the site name.
 */
#include "html.h"

#include <stdint.h>
#include <string.h>

static int contains(const char *hay, size_t hn, const char *needle,
                    size_t nn) {
  if (!nn || nn > hn)
    return 0;
  for (size_t i = 0; i + nn <= hn; i++)
    if (!memcmp(hay + i, needle, nn))
      return 1;
  return 0;
}

static size_t count_words(const char *s, size_t n) {
  return summar_word_count(s, n);
}

/* <title> minus the site name (readability's rule): the site name, when
 * og:site_name gives it, else the part after the last separator (" | ",
 * " - ", " – ", " — ", " :: ", " · ", " » ") is dropped; a remainder of
 * fewer than three words gives way to the part after the first
 * separator. */
static void strip_site(const summar_hpage *pg, const char *s, size_t n,
                       const char **out, size_t *outn) {
  static const char *const seps[] = {" | ", " - ", " \xE2\x80\x93 ",
                                     " \xE2\x80\x94 ", " :: ",
                                     " \xC2\xB7 ", " \xC2\xBB "};
  size_t first = SIZE_MAX, first_end = 0, last = SIZE_MAX, last_end = 0;
  for (size_t i = 0; i < n; i++)
    for (size_t k = 0; k < sizeof seps / sizeof *seps; k++) {
      size_t sl = strlen(seps[k]);
      if (i + sl <= n && !memcmp(s + i, seps[k], sl)) {
        if (first == SIZE_MAX) {
          first = i;
          first_end = i + sl;
        }
        last = i;
        last_end = i + sl;
        break;
      }
    }
  *out = s;
  *outn = n;
  if (first == SIZE_MAX)
    return;
  const char *site = pg->site_name.data;
  size_t sn = pg->site_name.len;
  if (sn && n - last_end == sn && !memcmp(s + last_end, site, sn)) {
    *outn = last;
    return;
  }
  if (sn && first == sn && !memcmp(s, site, sn)) {
    *out = s + first_end;
    *outn = n - first_end;
    return;
  }
  if (count_words(s, last) >= 3 || count_words(s + first_end,
                                               n - first_end) < 3) {
    *outn = last;
    return;
  }
  *out = s + first_end;
  *outn = n - first_end;
}

/* Whether heading text t agrees with the head's title. */
static int same_title(const summar_hpage *pg, const char *head, size_t headn,
                      const char *t, size_t tn) {
  if (!tn || !headn)
    return 0;
  return contains(head, headn, t, tn) || contains(t, tn, head, headn) ||
         (pg->title.len && contains(pg->title.data, pg->title.len, t, tn));
}

/* The headline: the first <h1> (or, failing that, <h2>/<h3>) that agrees
 * with og:title or <title>; else that head title; else the first <h1>. */
void summar_hpage_pick_title(summar_hpage *pg, size_t *title_block,
                             const char **title, size_t *title_len) {
  const char *head = NULL;
  size_t headn = 0;
  if (pg->og_title.len) {
    head = pg->og_title.data;
    headn = pg->og_title.len;
  } else if (pg->title.len) {
    strip_site(pg, pg->title.data, pg->title.len, &head, &headn);
  }
  while (headn && head[headn - 1] == ' ')
    headn--;
  *title_block = SIZE_MAX;
  size_t first_h1 = SIZE_MAX, other = SIZE_MAX;
  for (size_t b = 0; b < pg->nblk; b++) {
    const summar_hblock *k = &pg->blk[b];
    if (k->tag < SUMMAR_T_H1 || k->tag > SUMMAR_T_H3 ||
        (k->in_tags & (SUMMAR_HIN_NAV | SUMMAR_HIN_FOOTER)))
      continue;
    const char *t = pg->text.data + k->t;
    if (k->tag == SUMMAR_T_H1 && first_h1 == SIZE_MAX)
      first_h1 = b;
    if (!same_title(pg, head, headn, t, k->tlen))
      continue;
    if (k->tag == SUMMAR_T_H1) {
      *title_block = b;
      break;
    }
    if (other == SIZE_MAX)
      other = b;
  }
  if (*title_block == SIZE_MAX)
    *title_block = other;
  if (*title_block == SIZE_MAX && !headn)
    *title_block = first_h1;
  if (*title_block != SIZE_MAX) {
    pg->blk[*title_block].keep = 0;
    head = NULL;
    headn = 0;
  }
  if (title)
    *title = head;
  if (title_len)
    *title_len = headn;
}
