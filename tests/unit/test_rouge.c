/* ROUGE against hand-computed cases. */
#include "internal.h"
#include "../common/tap.h"

#include <math.h>
#include <string.h>

static summar_rouge score(const char *lang, const char *sum,
                          const char *const *refs, size_t n, size_t cut) {
  size_t lens[8];
  for (size_t i = 0; i < n; i++)
    lens[i] = strlen(refs[i]);
  summar_rouge r;
  memset(&r, 0, sizeof r);
  r.size = sizeof r;
  if (summar_rouge_score(lang, sum, strlen(sum), refs, lens, n, cut, &r) !=
      SUMMAR_OK)
    r.rouge1.f1 = -1;
  return r;
}

static int near(double a, double b) { return fabs(a - b) < 1e-9; }

int main(void) {
  const char *ref1[] = {"the cat was on the mat"};
  summar_rouge r = score(NULL, "The cat sat on the mat.", ref1, 1, 0);
  CHECK(near(r.rouge1.recall, 5.0 / 6) && near(r.rouge1.precision, 5.0 / 6) &&
            near(r.rouge1.f1, 5.0 / 6),
        "ROUGE-1: 5 of 6 unigrams, clipped counts");
  CHECK(near(r.rouge2.f1, 3.0 / 5), "ROUGE-2: 3 of 5 bigrams");
  CHECK(near(r.rougel.f1, 5.0 / 6), "ROUGE-L: LCS of 5");

  const char *ref2[] = {"run dog"};
  r = score("en", "Running dogs", ref2, 1, 0);
  CHECK(near(r.rouge1.f1, 1.0), "English Porter stemming of long tokens");
  r = score(NULL, "Running dogs", ref2, 1, 0);
  CHECK(near(r.rouge1.f1, 0.0), "no stemming without a language");
  const char *ref3[] = {"was"};
  r = score("en", "wa", ref3, 1, 0);
  CHECK(near(r.rouge1.f1, 0.0), "tokens of 3 letters are not stemmed");

  const char *ref4[] = {"اكل الولد التفاحه"};
  r = score("ar", "أكَلَ الولـــد التفاحة", ref4, 1, 0);
  CHECK(near(r.rouge1.f1, 1.0) && near(r.rouge2.f1, 1.0),
        "Arabic: tashkeel, tatweel, hamza alef and teh marbuta normalized");

  const char *refs[] = {"a b c d", "a x y z"};
  r = score(NULL, "a b", refs, 2, 0);
  /* ref 1: R 2/4 P 2/2; ref 2: R 1/4 P 1/2. */
  CHECK(near(r.rouge1.recall, (0.5 + 0.25) / 2) &&
            near(r.rouge1.precision, (1.0 + 0.5) / 2),
        "scores are averaged over references");
  CHECK(near(r.rouge1.f1, (2 * 0.5 * 1.0 / 1.5 + 2 * 0.25 * 0.5 / 0.75) / 2),
        "F1 is averaged per reference");

  const char *ref5[] = {"alpha beta"};
  r = score(NULL, "alpha beta gamma delta", ref5, 1, 2);
  CHECK(near(r.rouge1.precision, 1.0), "cut at the word budget");
  r = score(NULL, "alpha beta gamma delta", ref5, 1, 0);
  CHECK(near(r.rouge1.precision, 0.5), "no cut");
  r = score(NULL, "", ref5, 1, 0);
  CHECK(r.rouge1.f1 == 0.0, "empty summary scores 0");

  summar_rouge bad;
  bad.size = sizeof bad;
  size_t l = 1;
  const char *x[] = {"\xff"};
  CHECK(summar_rouge_score(NULL, "a", 1, x, &l, 1, 0, &bad) == SUMMAR_ERR_UTF8,
        "invalid UTF-8 reference");
  CHECK(summar_rouge_score(NULL, "a", 1, x, &l, 0, 0, &bad) == SUMMAR_ERR_ARG,
        "no references");
  CHECK(summar_rouge_score("xx-!", "a", 1, ref5, &l, 1, 0, &bad) ==
            SUMMAR_ERR_LANG_UNSUPPORTED,
        "bad language");

  /* The sized struct is checked as the others are: a size short of the
   * first release is refused; a larger one (a newer caller) is accepted
   * and only the known prefix is written. */
  size_t l5 = strlen(ref5[0]);
  struct {
    summar_rouge r;
    unsigned char tail[16];
  } big;
  memset(&big, 0xAB, sizeof big);
  big.r.size = sizeof big;
  CHECK(summar_rouge_score(NULL, "alpha beta", 10, ref5, &l5, 1, 0,
                           &big.r) == SUMMAR_OK &&
            big.r.size == sizeof big && near(big.r.rouge1.f1, 1.0) &&
            big.tail[0] == 0xAB && big.tail[15] == 0xAB,
        "a larger struct is filled up to what the library knows");
  bad.size = sizeof bad - 1;
  CHECK(summar_rouge_score(NULL, "a", 1, ref5, &l5, 1, 0, &bad) ==
            SUMMAR_ERR_ARG,
        "a struct smaller than the first release is refused");
  return tap_done();
}
