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

#endif /* SUMMAR_DEDUP_H */
