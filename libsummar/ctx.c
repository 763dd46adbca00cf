/*
 * ctx.c - the context: allocator and limits shared by many documents.
 */
#include "internal.h"

#define SUMMAR_DEFAULT_MAX_INPUT ((size_t)64 * 1024 * 1024)

SUMMAR_API summar_status summar_ctx_new(const summar_allocator *allocator,
                                        summar_ctx **out) {
  if (!out)
    return SUMMAR_ERR_ARG;
  *out = NULL;
  if (allocator && (!allocator->realloc || !allocator->free))
    return SUMMAR_ERR_ARG;
  summar_status st = summar_icu_warm_up();
  if (st != SUMMAR_OK)
    return st;
  const summar_allocator *a =
      allocator ? allocator : &summar_default_allocator;
  summar_ctx *ctx = summar_alloc(a, sizeof *ctx);
  if (!ctx)
    return SUMMAR_ERR_NOMEM;
  ctx->a = *a;
  ctx->max_input = SUMMAR_DEFAULT_MAX_INPUT;
  *out = ctx;
  return SUMMAR_OK;
}

SUMMAR_API void summar_ctx_free(summar_ctx *ctx) {
  if (!ctx)
    return;
  summar_allocator a = ctx->a;
  summar_dealloc(&a, ctx);
}

SUMMAR_API summar_status summar_ctx_set_max_input(summar_ctx *ctx,
                                                  size_t bytes) {
  if (!ctx)
    return SUMMAR_ERR_ARG;
  if (bytes == 0 || bytes > SUMMAR_MAX_INPUT_LIMIT)
    return SUMMAR_ERR_RANGE;
  ctx->max_input = bytes;
  return SUMMAR_OK;
}

SUMMAR_API size_t summar_ctx_max_input(const summar_ctx *ctx) {
  return ctx ? ctx->max_input : 0;
}
