/*
 * segment.h - sentence boundaries (segment*.c).
 * Internal, not installed.
 */
#ifndef SUMMAR_SEGMENT_H
#define SUMMAR_SEGMENT_H

#include "base.h"

typedef struct summar_segmenter summar_segmenter;
/* One segmenter for `lang` (ISO code; NULL or "und" for root rules).  Not
 * thread-safe: one per thread.  Returns SUMMAR_OK, NOMEM or BACKEND. */
summar_status summar_segmenter_new(const summar_allocator *a,
                                   const char *lang, summar_segmenter **out);
void summar_segmenter_free(summar_segmenter *seg);
/* Splits text[start,end) into sentences, appending each to *out as a byte
 * range trimmed of surrounding whitespace (empty ones skipped).  The text
 * must be valid UTF-8.  Line breaks: a blank line ends a sentence (unless
 * `soft_blank`: then it is judged as a single line break, for double-spaced
 * text); a single line break ends one only where the rules say so. */
summar_status summar_segment(summar_segmenter *seg, const char *text,
                             size_t start, size_t end, int soft_blank,
                             summar_rangevec *out);

#endif /* SUMMAR_SEGMENT_H */
