/*
 * clean_int.h - what the files of the cleaning stage share (clean.c,
 * clean_text.c, clean_code.c, clean_lines.c, junk.c).  Internal to that
 * stage.
 */
#ifndef SUMMAR_CLEAN_INT_H
#define SUMMAR_CLEAN_INT_H

#include "clean.h"
#include "lang.h"

/* ---------------------------------------------- text helpers (clean_text.c) */

/* Trims whitespace from [*s, *e). */
void summar_text_trim(const char *text, size_t *s, size_t *e);
/* The last code point of text[s,e) and its start (*at, may be NULL), or -1. */
int32_t summar_text_last_cp(const char *text, size_t s, size_t e, size_t *at);
/* The last meaningful code point: closing quotes, brackets and spaces
 * skipped; -1 when there is none. */
int32_t summar_text_final_cp(const char *text, size_t s, size_t e);
/* Sentence-ending punctuation (. ! ? … ؟ ۔ । 。 and their full-width forms). */
int summar_text_is_terminal(int32_t cp);
/* Ends with sentence punctuation (before closing quotes / brackets). */
int summar_text_ends_terminal(const char *text, size_t s, size_t e);
/* Code points in text[s,e). */
size_t summar_text_count_chars(const char *text, size_t s, size_t e);
/* Whether text[s,e) holds the bytes of p. */
int summar_text_has_substr(const char *text, size_t s, size_t e,
                           const char *p);

/* ------------------------------------------------------ code (clean_code.c) */

/* JavaScript, CSS, HTML, or a line without letters. */
int summar_clean_is_code(const char *text, size_t s, size_t e);

/* -------------------------------------------- menus and captions (junk.c) */

/* "Home   News   Sport", "الرئيسية » أخبار", "By X | 3 May 2025". */
int summar_clean_is_menu(const char *text, size_t s, size_t e);
/* Whether text[s,e) holds a menu separator.  `quoting`: a « opened on the
 * line before is still open, so a » here closes it rather than separating
 * breadcrumbs. */
int summar_clean_has_menu_separator(const char *text, size_t s, size_t e,
                                    int quoting);
/* Whether the last guillemet of text[s,e) is a « (1) or a » (0); -1 when
 * it holds neither: a « is still open after the line when it was before. */
int summar_clean_last_guillemet(const char *text, size_t s, size_t e);
/* A photo caption: a line without sentence punctuation whose last bytes
 * hold a photo or agency credit ("... 3 May 2025 (AP)"). */
int summar_clean_is_caption(const char *text, size_t s, size_t e);
/* Whether the last bytes of text[s,e) hold a photo or agency credit
 * (data/credits), with or without sentence punctuation after it. */
int summar_clean_has_credit(const char *text, size_t s, size_t e);

/* ---------------------------------------------- lines, blocks (clean_lines.c) */

/* Blocks of whole blank-line-separated paragraphs (no cleaning). */
summar_status summar_clean_split_paragraphs(const char *text, size_t len,
                                            summar_blockvec *out);
/* Line blocks, hard-wrapped lines joined; in double-spaced text the blank
 * lines are line breaks like the others and every block is its own
 * paragraph. */
summar_status summar_clean_split_lines(const summar_allocator *a,
                                       const char *text, size_t len,
                                       summar_blockvec *out);

/* ------------------------------------ the article of a page (clean_body.c) */

/* The features of a block for the decision whether it is the article of
 * a scraped page (see clean_body.c). */
enum {
  SUMMAR_BODY_F_BIAS,       /* 1 */
  SUMMAR_BODY_F_WORDS,      /* log(1 + words) */
  SUMMAR_BODY_F_TERM,       /* ends with sentence punctuation */
  SUMMAR_BODY_F_COMMAS,     /* commas / (words + 1) */
  SUMMAR_BODY_F_TEXT,       /* reads as text (words, a sentence) */
  SUMMAR_BODY_F_IN,         /* in the densest runs */
  SUMMAR_BODY_F_RUN,        /* the sum of its run / the best run's */
  SUMMAR_BODY_F_DIST,       /* log(1 + blocks to the runs), capped */
  SUMMAR_BODY_F_BEFORE,     /* before the first block of the runs */
  SUMMAR_BODY_F_AFTER,      /* after their last block */
  SUMMAR_BODY_F_NEIGHBOURS, /* share of text among the 2 + 2 neighbours */
  SUMMAR_BODY_F_TINY,       /* 3 words or fewer */
  SUMMAR_BODY_F_CAPS,       /* share of words starting upper case */
  SUMMAR_BODY_F_DIGITS,     /* share of words holding a digit */
  SUMMAR_BODY_F_COLON,      /* ends with ':' */
  SUMMAR_BODY_F_PREV,       /* log(1 + words of the block before) */
  SUMMAR_BODY_F_NEXT,       /* log(1 + words of the block after) */
  SUMMAR_BODY_F_PROMO,      /* promo words (data/junk), at most 3, / 3 */
  SUMMAR_BODY_F_CREDIT,     /* ends with a photo or agency credit */
  SUMMAR_BODY_F_QUOTE,      /* opens with a quotation mark */
  SUMMAR_BODY_F_SHARED,     /* outside the runs: share of its distinct
                               words of 4 code points or more that occur
                               in a text block of the runs; 0 in them */
  SUMMAR_BODY_NFEAT
};

/* Fills feat[i * SUMMAR_BODY_NFEAT + k] with feature k of block i of bv
 * (flagged by summar_clean_classify; the model decides on the blocks
 * kept so far) and *page with whether the text is
 * a scraped page (the model applies).  Returns 0, or -1 on allocation
 * failure. */
int summar_clean_body_features(const summar_allocator *a, const char *text,
                               const summar_blockvec *bv, double *feat,
                               int *page);
/* In a scraped page, flags SUMMAR_SENT_JUNK on the blocks the model finds
 * outside the article.  Returns 0, or -1 on allocation failure. */
int summar_clean_flag_body(const summar_allocator *a, const char *text,
                           summar_blockvec *bv);

/* ------------------------------------------------- stages (clean.c) */

/* summar_clean_blocks up to the article finding: splits text into
 * blocks and flags code, widgets, menus, foreign lines, instructions.
 * On error *out is freed. */
summar_status summar_clean_classify(const summar_allocator *a,
                                    const char *text, size_t len,
                                    const char *lang, summar_blockvec *out);

#endif /* SUMMAR_CLEAN_INT_H */
