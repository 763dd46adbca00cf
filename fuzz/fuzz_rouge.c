/*
 * fuzz_rouge.c - fuzz target for summar_rouge_score().
 *
 * Input: byte 0 picks the language, byte 1 the word cut (0: none); the
 * rest is the summary and up to 4 references, separated by NUL bytes.
 * Invariants: every measure in [0, 1]; ROUGE-L never above ROUGE-1 (a
 * common subsequence is made of matched unigrams).
 */
#include "fuzz_check.h"

#include <stdint.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static const char *const langs[] = {NULL, "ar", "en", "fr", "de", "ru",
                                    "zh", "xx"};

static void check_prf(const summar_prf *p) {
  FUZZ_ASSERT(p->recall >= 0 && p->recall <= 1);
  FUZZ_ASSERT(p->precision >= 0 && p->precision <= 1);
  FUZZ_ASSERT(p->f1 >= 0 && p->f1 <= 1);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  if (size < 2)
    return 0;
  const char *lang = langs[data[0] % (sizeof langs / sizeof *langs)];
  size_t cut = data[1] % 32;
  const char *s = (const char *)data + 2, *end = (const char *)data + size;
  const char *part[5];
  size_t plen[5], n = 0;
  while (n < 5) {
    const char *z = memchr(s, '\0', (size_t)(end - s));
    part[n] = s;
    plen[n] = (size_t)((z ? z : end) - s);
    n++;
    if (!z)
      break;
    s = z + 1;
  }
  summar_rouge r;
  memset(&r, 0, sizeof r);
  r.size = sizeof r;
  size_t nrefs = n > 1 ? n - 1 : 1;
  const char *const *refs = n > 1 ? part + 1 : part;
  const size_t *rlens = n > 1 ? plen + 1 : plen;
  summar_status st =
      summar_rouge_score(lang, part[0], plen[0], refs, rlens, nrefs, cut, &r);
  FUZZ_ASSERT(st == SUMMAR_OK || st == SUMMAR_ERR_UTF8 ||
              st == SUMMAR_ERR_LANG_UNSUPPORTED || st == SUMMAR_ERR_NOMEM ||
              st == SUMMAR_ERR_TOO_LARGE);
  if (st != SUMMAR_OK)
    return 0;
  check_prf(&r.rouge1);
  check_prf(&r.rouge2);
  check_prf(&r.rougel);
  FUZZ_ASSERT(r.rougel.recall <= r.rouge1.recall + 1e-9);
  FUZZ_ASSERT(r.rougel.precision <= r.rouge1.precision + 1e-9);
  return 0;
}
