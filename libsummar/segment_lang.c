/*
 * segment_lang.c - what the segmenter knows of each language: which
 * abbreviation and sentence-opener lists apply (the lists themselves are
 * data: data/abbrev/<lang>.txt and data/starters/<lang>.txt, generated into
 * data_lists.c), and the period rules that differ by language.
 */
#include "segment_int.h"

#include <string.h>

/* Languages with lists or period rules of their own.  `abbrev` and
 * `starters` name the data files used (a close language's when the
 * language has none). */
static const struct {
  const char *code;
  const char *abbrev;
  const char *starters;
  unsigned flags;
} seg_langs[] = {
    {"en", "en", "en", SEG_LANG_PRONOUN_I},
    {"es", "es", "es", SEG_LANG_DOUBLED_PLURAL},
    {"da", "da", "da", SEG_LANG_ORDINAL_DOT},
    {"it", "it", "it", 0},
    {"pt", "pt", NULL, 0},
    {"fr", "fr", "fr", 0},
    {"nl", "nl", "nl", 0},
    {"de", "de", "de", SEG_LANG_ORDINAL_DOT},
    {"ru", "ru", "ru", 0},
    {"bg", "bg", "bg", 0},
    {"kk", "kk", "ru", 0},
    {"sk", "sk", NULL, SEG_LANG_ORDINAL_DOT},
    {"cs", "sk", NULL, SEG_LANG_ORDINAL_DOT},
    {"pl", "pl", NULL, SEG_LANG_ORDINAL_DOT},
    {"hy", "hy", NULL, 0},
    {"ar", "ar", NULL, 0},
    {"fa", "ar", NULL, 0},
    {"no", "da", NULL, SEG_LANG_ORDINAL_DOT},
    {"nb", "da", NULL, SEG_LANG_ORDINAL_DOT},
    {"fi", NULL, NULL, SEG_LANG_ORDINAL_DOT},
    {"hu", NULL, NULL, SEG_LANG_ORDINAL_DOT},
    {"sl", NULL, NULL, SEG_LANG_ORDINAL_DOT},
    {"hr", NULL, NULL, SEG_LANG_ORDINAL_DOT},
    {"sr", NULL, NULL, SEG_LANG_ORDINAL_DOT},
    {"tr", NULL, NULL, SEG_LANG_ORDINAL_DOT},
};

int summar_seg_langdata(const char *code, seg_langdata *out) {
  memset(out, 0, sizeof *out);
  for (size_t k = 0; k < sizeof seg_langs / sizeof seg_langs[0]; k++) {
    if (strcmp(seg_langs[k].code, code) != 0)
      continue;
    const summar_abbrev_lists *ab =
        seg_langs[k].abbrev ? summar_abbrev_find(seg_langs[k].abbrev) : NULL;
    const summar_starters_lists *st =
        seg_langs[k].starters ? summar_starters_find(seg_langs[k].starters)
                              : NULL;
    out->code = seg_langs[k].code;
    out->prefix = ab ? ab->prefix : NULL;
    out->numeric = ab ? ab->numeric : NULL;
    out->generic = ab ? ab->generic : NULL;
    out->starters = st ? st->starters : NULL;
    out->flags = seg_langs[k].flags;
    return 1;
  }
  return 0;
}
