/*
 * clean.h - blocks of the input and what is not article in them
 * (clean*.c, junk.c), the word lexer the cleaners match phrases with
 * (lexword.c) and the instruction written in the text (instruction.c).
 * Internal, not installed.
 */
#ifndef SUMMAR_CLEAN_H
#define SUMMAR_CLEAN_H

#include "base.h"

/* A block: one line or a run of hard-wrapped lines, never crossing a blank
 * line.  `para` numbers the blank-line-separated groups. */
typedef struct summar_block {
  size_t start, end; /* trimmed of whitespace */
  size_t para;
  size_t words;      /* summar_word_count() of the block (line blocks) */
  unsigned flags;    /* SUMMAR_SENT_* drop bits for the whole block */
  int soft_blank;    /* double-spaced text: blank lines inside are wraps */
  int code;          /* summar_clean_is_code() of the block, -1: not known */
} summar_block;

/* What an instruction written in the text states ("Summarize this content
 * to 2000 words in 6 paragraphs in Arabic"): 0 / NULL for what it does
 * not. */
typedef struct summar_instruction {
  size_t words, paragraphs;
  const char *lang; /* static ISO 639-1 code, or NULL */
} summar_instruction;

typedef struct summar_blockvec {
  const summar_allocator *a;
  summar_block *v;
  size_t n, cap;
  int has_request;            /* a block is a written instruction */
  summar_instruction request; /* what the first such block states */
} summar_blockvec;
void summar_blockvec_free(summar_blockvec *bv);

/* Splits text into blocks and, unless `no_clean`, flags the ones that are
 * not article (code, menu/widget/share/copyright lines, foreign script or
 * language, a written instruction, the title).  `lang` is the document's
 * language (already detected).  At most one block gets SUMMAR_SENT_TITLE. */
summar_status summar_clean_blocks(const summar_allocator *a, const char *text,
                                  size_t len, const char *lang, int no_clean,
                                  summar_blockvec *out);

/* Parses an instruction such as "Summarize this content to 2000 words in
 * 6 paragraphs in Arabic" or "لخص هذا النص في 200 كلمة و3 فقرات بالعربية".
 * Returns 1 when text[start,end) is such an instruction, filling *out (may
 * be NULL); 0 when it is not (then *out is zeroed). */
int summar_parse_instruction(const char *text, size_t start, size_t end,
                             summar_instruction *out);

/* The drop bits of one sentence of a kept block: SUMMAR_SENT_JUNK for a
 * short widget sentence (`words` words), SUMMAR_SENT_REQUEST for a written
 * instruction, whose content then goes to *instr (may be NULL); 0 for
 * content. */
unsigned summar_clean_sentence(const char *text, size_t start, size_t end,
                               size_t words, summar_instruction *instr);

#define SUMMAR_LEXWORD_MAX 64

/* One word of a line as the cleaners match it: a run of letters (marks
 * skipped) or of digits (thousands groups "2,000" joined), split where
 * letters meet digits. */
typedef struct summar_lexword {
  size_t start, end;               /* raw bytes in the text */
  char norm[SUMMAR_LEXWORD_MAX];   /* lower case, Arabic unified, ASCII
                                      digits; NUL-terminated */
  size_t norm_len;
  int truncated;                   /* norm was cut at the buffer size */
  int number;                      /* a digit run */
  unsigned long long value;        /* its value (saturates near 1e12) */
} summar_lexword;

/* Reads the next word of text[*pos, end) into *w and advances *pos.
 * Returns 1, or 0 when no word is left.  Never allocates. */
int summar_lexword_next(const char *text, size_t end, size_t *pos,
                        summar_lexword *w);

/* SUMMAR_SENT_JUNK when text[start,end) is a share / follow / "read more"
 * / copyright / cookie / dateline widget, else 0.  Used on blocks and on
 * sentences. */
unsigned summar_widget_flags(const char *text, size_t start, size_t end);

#endif /* SUMMAR_CLEAN_H */
