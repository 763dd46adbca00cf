/*
 * dedup.h - the near-duplicate stage (dedup.c): runs on the document's
 * term vectors, after terms and before counts and scores.
 * Internal, not installed.
 */
#ifndef SUMMAR_DEDUP_H
#define SUMMAR_DEDUP_H

#include "doc.h"

/* Flags SUMMAR_SENT_DUPLICATE on content sentences that repeat an earlier
 * one: the same normalized tokens, or a near-duplicate (Jaccard over the
 * content-term sets, or containment in an earlier sentence), and on the
 * short leftovers of a block mostly made of duplicates.  Reads the
 * sentences' term vectors; writes only that flag.
 * Errors: SUMMAR_ERR_ARG, SUMMAR_ERR_NOMEM. */
summar_status summar_dedup(struct summar_doc *doc);

/* Sorts the distinct term ids t[0..n) by (key[t], t) ascending with
 * `scratch` (n elements) as work space; key NULL: by term id.  Returns the
 * number of comparisons made, at most n * ceil(log2 n). */
size_t summar_sort_terms_by_key(uint32_t *t, size_t n, const uint32_t *key,
                                uint32_t *scratch);

#endif /* SUMMAR_DEDUP_H */
