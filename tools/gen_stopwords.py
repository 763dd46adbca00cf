#!/usr/bin/python3
"""Generate libsummar/stopwords.c from data/stopwords/<code>.txt.

Usage:
    gen_stopwords.py [--check] DATADIR OUTPUT.c

Each data file is UTF-8, one word per line; blank lines and lines whose
first non-blank character is '#' are ignored.  Every word is normalized
exactly as the library's tokenizer normalizes text (summar_normalize):

    NFKC, then str.casefold(), then (for every language) Arabic tashkeel
    U+064B..U+065F and U+0670 and tatweel U+0640 removed, and
    أ إ آ ٱ -> ا, ى -> ي, ة -> ه, ؤ -> و, ئ -> ي; and, as the library
    does, the apostrophes U+2018, U+2019 and U+02BC become ASCII "'".

A word is letters, combining marks and digits, with apostrophes allowed
after the first character: the tokenizer (ICU word breaks) keeps "don't"
as one token, and it looks up an elided "l'" as "l".

The words of a list are deduplicated and sorted by their UTF-8 bytes
(memcmp order, a prefix before its extensions), which is what the binary
search in summar_stoplist_has() relies on.

The output depends only on the data files (no dates, no paths), so it is
reproducible.  With --check nothing is written: the exit status is 0 when
OUTPUT already holds exactly what would be generated, 1 otherwise.
"""

import os
import sys
import unicodedata

# ISO 639-1 code -> libstemmer (Snowball) algorithm name.  Every language
# here must have a data file, and every data file a language here.
SNOWBALL = {
    "ar": "arabic",
    "ca": "catalan",
    "da": "danish",
    "de": "german",
    "el": "greek",
    "en": "english",
    "es": "spanish",
    "eu": "basque",
    "fi": "finnish",
    "fr": "french",
    "ga": "irish",
    "hi": "hindi",
    "hu": "hungarian",
    "hy": "armenian",
    "id": "indonesian",
    "it": "italian",
    "lt": "lithuanian",
    "ne": "nepali",
    "nl": "dutch",
    "no": "norwegian",
    "pt": "portuguese",
    "ro": "romanian",
    "ru": "russian",
    "sr": "serbian",
    "sv": "swedish",
    "ta": "tamil",
    "tr": "turkish",
    "yi": "yiddish",
}

_ARABIC_MAP = {
    0x0623: "\u0627",  # أ
    0x0625: "\u0627",  # إ
    0x0622: "\u0627",  # آ
    0x0671: "\u0627",  # ٱ
    0x0649: "\u064a",  # ى -> ي
    0x0629: "\u0647",  # ة -> ه
    0x0624: "\u0648",  # ؤ -> و
    0x0626: "\u064a",  # ئ -> ي
    0x0640: None,      # tatweel
    0x0670: None,      # superscript alef
    0x2018: "'",       # apostrophes, as in summar_normalize
    0x2019: "'",
    0x02BC: "'",
}
for _cp in range(0x064B, 0x0660):  # tashkeel U+064B..U+065F
    _ARABIC_MAP[_cp] = None


def normalize(word):
    """The tokenizer's normalization (see summar_normalize)."""
    s = unicodedata.normalize("NFKC", word)
    s = s.casefold()
    return s.translate(_ARABIC_MAP)


def _bad_chars(word):
    """Characters of a normalized word that a word token cannot hold:
    anything but letters, combining marks (Indic vowel signs, Hebrew
    points, ...), digits, and apostrophes after the first character."""
    bad = []
    for i, ch in enumerate(word):
        if unicodedata.category(ch)[0] in "LMN":
            continue
        if ch == "'" and i > 0:
            continue
        bad.append(ch)
    return "".join(bad)


class DataError(Exception):
    pass


def read_list(path):
    words = set()
    with open(path, "rb") as f:
        raw = f.read()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        raise DataError("%s: not UTF-8 (%s)" % (path, e))
    if text.startswith("\ufeff"):
        text = text[1:]
    for lineno, line in enumerate(text.splitlines(), 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if any(ch.isspace() for ch in line):
            raise DataError("%s:%d: one word per line: %r" % (path, lineno, line))
        norm = normalize(line)
        if not norm:
            raise DataError("%s:%d: %r normalizes to nothing" % (path, lineno, line))
        bad = _bad_chars(norm)
        if bad:
            raise DataError("%s:%d: %r has non-word characters %r (the tokenizer "
                            "would split it)" % (path, lineno, line, bad))
        words.add(norm.encode("utf-8"))
    if not words:
        raise DataError("%s: no words" % path)
    return sorted(words)  # bytes compare like memcmp, shorter prefix first


def read_all(datadir):
    files = {}
    for name in sorted(os.listdir(datadir)):
        if name.endswith(".txt"):
            files[name[:-4]] = os.path.join(datadir, name)
    unknown = sorted(set(files) - set(SNOWBALL))
    missing = sorted(set(SNOWBALL) - set(files))
    if unknown:
        raise DataError("%s: no Snowball algorithm known for %s" %
                        (datadir, ", ".join(unknown)))
    if missing:
        raise DataError("%s: no data file for %s" % (datadir, ", ".join(missing)))
    return [(code, read_list(files[code])) for code in sorted(files)]


def c_literal(b):
    """A C string literal for the bytes b: ASCII letters, digits and ' as is,
    everything else as 3-digit octal escapes (never ambiguous, and no
    dependence on the compiler's source character set)."""
    out = []
    for byte in b:
        ch = chr(byte)
        if byte < 0x80 and (ch.isalnum() or ch in "_'"):
            out.append(ch)
        else:
            out.append("\\%03o" % byte)
    return '"' + "".join(out) + '"'


HEADER = """\
/*
 * stopwords.c - built-in stopword lists.
 *
 * GENERATED FILE, DO NOT EDIT.  Produced by tools/gen_stopwords.py from
 * data/stopwords/<code>.txt; edit those and run
 *     /usr/bin/python3 tools/gen_stopwords.py data/stopwords libsummar/stopwords.c
 *
 * Words are normalized like the tokenizer's output (NFKC, case fold,
 * Arabic tashkeel/tatweel removed, Arabic letter variants unified), and
 * each list is sorted by memcmp order without duplicates.
 */
#include "stopwords.h"

#include <string.h>
"""

FOOTER = """\
const summar_stoplist *summar_stoplists(size_t *n) {
  if (n)
    *n = sizeof stoplists / sizeof stoplists[0];
  return stoplists;
}

const summar_stoplist *summar_stoplist_find(const char *lang) {
  size_t lo = 0, hi = sizeof stoplists / sizeof stoplists[0];
  if (!lang)
    return NULL;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    int c = strcmp(lang, stoplists[mid].lang);
    if (c == 0)
      return &stoplists[mid];
    if (c < 0)
      hi = mid;
    else
      lo = mid + 1;
  }
  return NULL;
}

/* memcmp order of the NUL-terminated s against w[0..len): <0, 0, >0. */
static int cmp_word(const char *s, const char *w, size_t len) {
  size_t i;
  for (i = 0; i < len; i++) {
    unsigned char a = (unsigned char)s[i], b = (unsigned char)w[i];
    if (a == 0)
      return -1; /* s is a proper prefix of w (or w holds a NUL) */
    if (a != b)
      return a < b ? -1 : 1;
  }
  return s[len] != 0 ? 1 : 0;
}

int summar_stoplist_has(const summar_stoplist *l, const char *w, size_t len) {
  size_t lo, hi;
  if (!l || (!w && len))
    return 0;
  lo = 0;
  hi = l->count;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    int c = cmp_word(l->words[mid], w, len);
    if (c == 0)
      return 1;
    if (c > 0)
      hi = mid;
    else
      lo = mid + 1;
  }
  return 0;
}
"""


def generate(datadir):
    lists = read_all(datadir)
    out = [HEADER]
    for code, words in lists:
        out.append("\n/* %s (%s): %d words */\n" % (code, SNOWBALL[code], len(words)))
        out.append("static const char *const sw_%s[] = {\n" % code)
        for w in words:
            text = w.decode("utf-8")
            lit = c_literal(w)
            if text.isascii():
                out.append("  %s,\n" % lit)
            else:
                out.append("  %s, /* %s */\n" % (lit, text))
        out.append("};\n")
    out.append("\n/* Sorted by lang code (summar_stoplist_find searches it). */\n")
    out.append("static const summar_stoplist stoplists[] = {\n")
    for code, words in lists:
        out.append('  {"%s", "%s", sw_%s, %d},\n' % (code, SNOWBALL[code], code, len(words)))
    out.append("};\n\n")
    out.append(FOOTER)
    return "".join(out), lists


def main(argv):
    args = argv[1:]
    check = False
    if args and args[0] == "--check":
        check = True
        args = args[1:]
    if len(args) != 2:
        sys.stderr.write("usage: %s [--check] DATADIR OUTPUT.c\n" % argv[0])
        return 2
    datadir, output = args
    try:
        text, lists = generate(datadir)
    except (DataError, OSError) as e:
        sys.stderr.write("gen_stopwords: %s\n" % e)
        return 2
    data = text.encode("utf-8")
    if check:
        try:
            with open(output, "rb") as f:
                current = f.read()
        except OSError as e:
            sys.stderr.write("gen_stopwords: %s\n" % e)
            return 1
        if current != data:
            sys.stderr.write("gen_stopwords: %s is out of date with %s; regenerate "
                             "with tools/gen_stopwords.py\n" % (output, datadir))
            return 1
        return 0
    tmp = output + ".tmp"
    with open(tmp, "wb") as f:
        f.write(data)
    os.replace(tmp, output)
    for code, words in lists:
        sys.stdout.write("%s %s %d\n" % (code, SNOWBALL[code], len(words)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
