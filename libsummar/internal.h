/*
 * internal.h - every internal header of libsummar, for code that spans the
 * stages (the internal tests).  A stage's own file includes only the
 * headers it needs.  Not installed; every name here is hidden (the library
 * is built with -fvisibility=hidden and exports only SUMMAR_API names).
 */
#ifndef SUMMAR_INTERNAL_H
#define SUMMAR_INTERNAL_H

#include "base.h"
#include "clean.h"
#include "dedup.h"
#include "doc.h"
#include "lang.h"
#include "score.h"
#include "segment.h"
#include "summary.h"
#include "tokenize.h"

#endif /* SUMMAR_INTERNAL_H */
