/*
 * fuzz_cli_args.c - fuzz target for the `summar` tool's option parsing
 * (tools/cli_util.c): the GNU-style walker summar_cli_next() and the strict
 * value parsers it feeds (sizes with suffixes, ratios, formats, language
 * names).
 *
 * Input: NUL-separated command-line words (at most 64).  Invariants: the
 * walker visits every word once and ends; a parsed value lies in its
 * range; a language code is at most 15 lower-case bytes.
 */
#include "../tools/cli.h"
#include "fuzz_check.h"

#include <stdint.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

enum { O_WORDS = 1, O_RATIO, O_FORMAT, O_LANG, O_BYTES, O_FLAG, O_JOBS };

static const cli_opt opts[] = {
    {"words", 'w', 1, O_WORDS},    {"ratio", 'r', 1, O_RATIO},
    {"format", 'f', 1, O_FORMAT},  {"lang", 'l', 1, O_LANG},
    {"max-bytes", 0, 1, O_BYTES},  {"title", 't', 0, O_FLAG},
    {"jobs", 'j', 1, O_JOBS},      {NULL, 0, 0, 0},
};

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  char *buf = malloc(size + 1);
  if (!buf)
    return 0;
  memcpy(buf, data, size);
  buf[size] = '\0';
  char *argv[65];
  int argc = 0;
  argv[argc++] = (char *)"summar";
  for (char *s = buf; argc < 65 && s <= buf + size; s += strlen(s) + 1)
    argv[argc++] = s;
  cli_parser p = {argc, argv, 1, 0, opts};
  const char *val;
  int id, steps = 0;
  while ((id = summar_cli_next(&p, &val)) != -1) {
    FUZZ_ASSERT(++steps < argc);
    FUZZ_ASSERT(p.i <= argc);
    if (id < 0) {
      FUZZ_ASSERT(id == -CLI_USAGE);
      continue;
    }
    FUZZ_ASSERT(id == 0 || (id >= O_WORDS && id <= O_JOBS));
    FUZZ_ASSERT((val != NULL) == (id == 0 || opts[id - 1].has_arg));
    size_t n = 0;
    double r = 0;
    summar_format f;
    char code[64];
    switch (id) {
    case O_WORDS:
    case O_JOBS:
      if (summar_cli_size("--words", val, 1, 100000000, 0, &n) == CLI_OK)
        FUZZ_ASSERT(n >= 1 && n <= 100000000);
      break;
    case O_BYTES:
      if (summar_cli_size("--max-bytes", val, 1, SIZE_MAX, 1, &n) == CLI_OK)
        FUZZ_ASSERT(n >= 1);
      break;
    case O_RATIO:
      if (summar_cli_ratio("--ratio", val, &r) == CLI_OK)
        FUZZ_ASSERT(r > 0 && r <= 1);
      break;
    case O_FORMAT:
      if (summar_cli_format(val, &f) == CLI_OK)
        FUZZ_ASSERT(f >= SUMMAR_FORMAT_TEXT && f <= SUMMAR_FORMAT_JSON);
      break;
    case O_LANG:
      FUZZ_ASSERT(summar_cli_lang_name(val, code, sizeof code) == code);
      FUZZ_ASSERT(strlen(code) < sizeof code);
      if (summar_language_canonical(val))
        FUZZ_ASSERT(summar_language_english_name(val, NULL, 0) > 0);
      break;
    default:
      break;
    }
  }
  free(buf);
  return 0;
}
