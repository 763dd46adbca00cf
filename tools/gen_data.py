#!/usr/bin/python3
"""Generate libsummar's language data, C from data/, at build time.

Usage:
    gen_data.py stopwords DATADIR/stopwords OUTPUT.c
    gen_data.py lists DATADIR OUTPUT.c OUTPUT.h

stopwords: data/stopwords/<code>.txt, one word per line; blank lines and
lines whose first non-blank character is '#' are ignored.  Every word is
normalized exactly as the library's tokenizer normalizes text
(summar_normalize):

    NFKC, then str.casefold(), then (for every language) Arabic tashkeel
    U+064B..U+065F and U+0670 and tatweel U+0640 removed, and
    أ إ آ ٱ -> ا, ى -> ي, ة -> ه, ؤ -> و, ئ -> ي; and, as the library
    does, the apostrophes U+2018, U+2019 and U+02BC become ASCII "'".

A word is letters, combining marks and digits, with apostrophes allowed
after the first character: the tokenizer (ICU word breaks) keeps "don't"
as one token, and it looks up an elided "l'" as "l".

The words of a list are deduplicated and sorted by their UTF-8 bytes
(memcmp order, a prefix before its extensions).  Every distinct word of
all lists is also placed once in a hash table (32-bit FNV-1a, linear
probing) with the set of lists holding it, so that one lookup answers for
every language (summar_stopword_langs()).

lists: the phrase lists of the rule-based stages, data/<kind>/<lang>.txt
for the kinds of KINDS below.  Line 1 of every file says where its
entries come from ("# Origin: ..."); then "[section]" lines open the
lists of the file, one entry a line; other '#' lines and blank lines are
ignored.  Entries are checked to be in the form the library compares them
in (see KINDS), so a list cannot hold an entry that never matches.

The output depends only on the data files (no dates, no paths), so it is
reproducible.
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

# Arabic letter unification, as summar_arabic_unify() (libsummar/base.h):
# letters mapped to their unified form; tashkeel (U+064B..U+065F),
# superscript alef and tatweel dropped.
_ARABIC_UNIFY = {
    0x0623: "\u0627",  # أ
    0x0625: "\u0627",  # إ
    0x0622: "\u0627",  # آ
    0x0671: "\u0627",  # ٱ
    0x0649: "\u064a",  # ى -> ي
    0x0629: "\u0647",  # ة -> ه
    0x0624: "\u0648",  # ؤ -> و
    0x0626: "\u064a",  # ئ -> ي
}
_ARABIC_DROP = [0x0640, 0x0670] + list(range(0x064B, 0x0660))

# summar_normalize's mapping after NFKC + case fold: Arabic unified,
# typographic apostrophes made ASCII.
_ARABIC_MAP = dict(_ARABIC_UNIFY)
_ARABIC_MAP.update({cp: None for cp in _ARABIC_DROP})
_ARABIC_MAP.update({0x2018: "'", 0x2019: "'", 0x02BC: "'"})


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
 * GENERATED FILE, DO NOT EDIT.  Produced at build time by
 * tools/gen_data.py from data/stopwords/<code>.txt; edit those.
 *
 * Words are normalized like the tokenizer's output (NFKC, case fold,
 * Arabic tashkeel/tatweel removed, Arabic letter variants unified), and
 * each list is sorted by memcmp order without duplicates.
 */
#include "stopwords.h"

#include <stdint.h>
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

/* 32-bit FNV-1a of w[0..len); tools/gen_data.py places the words with it. */
static uint32_t stopword_hash(const char *w, size_t len) {
  uint32_t h = 2166136261u;
  for (size_t i = 0; i < len; i++) {
    h ^= (unsigned char)w[i];
    h *= 16777619u;
  }
  return h;
}

uint64_t summar_stopword_langs(const char *w, size_t len) {
  if (!w || len == 0)
    return 0;
  uint32_t h = stopword_hash(w, len), tag = h >> 16;
  size_t i = h & (SW_SLOTS - 1);
  for (uint32_t v; (v = sw_slots[i]) != 0; i = (i + 1) & (SW_SLOTS - 1)) {
    unsigned k = v & 0xFFFFu;
    /* The tag rules out almost every other word without reading it. */
    if ((v >> 16) == tag && sw_words[k - 1].len == len &&
        memcmp(stoplists[sw_words[k - 1].list].words[sw_words[k - 1].index],
               w, len) == 0)
      return sw_words[k - 1].langs;
  }
  return 0;
}

uint64_t summar_stoplist_bit(const summar_stoplist *l) {
  size_t n = sizeof stoplists / sizeof stoplists[0];
  uintptr_t at = (uintptr_t)l, first = (uintptr_t)stoplists;
  if (!l || at < first)
    return 0;
  size_t k = (size_t)(at - first) / sizeof *stoplists;
  return k < n && &stoplists[k] == l ? (uint64_t)1 << k : 0;
}

int summar_stoplist_has(const summar_stoplist *l, const char *w, size_t len) {
  return (summar_stopword_langs(w, len) & summar_stoplist_bit(l)) != 0;
}
"""


def fnv1a32(b):
    """32-bit FNV-1a of the bytes b, as stopword_hash() computes it."""
    h = 2166136261
    for byte in b:
        h = ((h ^ byte) * 16777619) & 0xFFFFFFFF
    return h


def hash_table(lists):
    """The C of the table from every stopword of every list to the set of
    lists holding it (bit i: the i-th list of `lists`), open addressing with
    linear probing over a power-of-two number of slots, at most half full."""
    if len(lists) > 64:
        raise DataError("%d stopword lists: the language sets are 64-bit" %
                        len(lists))
    langs = {}
    for i, (_, words) in enumerate(lists):
        for w in words:
            langs[w] = langs.get(w, 0) | (1 << i)
    words = sorted(langs)
    if len(words) >= 65535 or max(len(ws) for _, ws in lists) > 65535:
        raise DataError("too many stopwords: slots and indexes are 16-bit")
    size = 16
    while size < 2 * len(words):
        size *= 2
    slots = [0] * size
    for k, w in enumerate(words):
        h = fnv1a32(w)
        i = h & (size - 1)
        while slots[i]:
            i = (i + 1) & (size - 1)
        slots[i] = (h >> 16) << 16 | (k + 1)
    first = {}
    for i, (_, ws) in enumerate(lists):
        for j, w in enumerate(ws):
            first.setdefault(w, (i, j))
    out = ["\n/* Every stopword once, with the lists holding it (bit i: "
           "stoplists[i]):\n * word k is sw_words[k].len bytes at "
           "stoplists[.list].words[.index]. */\n"]
    out.append("static const struct {\n  uint16_t list, index;\n  uint32_t len;\n"
               "  uint64_t langs;\n} sw_words[%d] = {\n" % len(words))
    for w in words:
        i, j = first[w]
        out.append("  {%d, %d, %d, 0x%xu},\n" % (i, j, len(w), langs[w]))
    out.append("};\n\n")
    out.append("/* Hash slots (stopword_hash() modulo %d): in the low 16 bits "
               "index + 1 into\n * sw_words, in the high 16 the top half of "
               "the word's hash; 0 when empty. */\n" % size)
    out.append("#define SW_SLOTS %d\n" % size)
    out.append("static const uint32_t sw_slots[SW_SLOTS] = {\n")
    for i in range(0, size, 6):
        out.append("  %s,\n" % ", ".join("0x%08xu" % x for x in slots[i:i + 6]))
    out.append("};\n\n")
    return "".join(out)


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
    out.append(hash_table(lists))
    out.append(FOOTER)
    return "".join(out), lists



# ---------------------------------------------------------------- lists

# How each kind of list is compared, and how it is laid out in C:
#   check "words": lower case, Arabic letters unified, no tashkeel, ASCII
#       digits, words of letters and digits separated by one space (the
#       form of the cleaners' word lexer, summar_lexword_next);
#   check "lower": one token, lower case (the segmenter lower-cases the
#       word before a period and compares);
#   check "raw": bytes searched for as they are in the text;
#   merge: the languages' lists of a section are merged into one array
#       summar_<kind>_<section>[] (the stage matches every language);
#       otherwise summar_<kind>_find(lang) gives a language's lists;
#   numbered: sections whose entries are "word value" pairs.
#   plain: files without sections, one list named after the kind, its
#       entries normalized as the tokenizer normalizes text (normalize(),
#       runs of spaces made one), sorted by bytes, with a count
#       summar_<kind>_count beside the NULL-terminated array.
KINDS = {
    "boilerplate": {"check": "raw", "merge": True, "plain": True},
    "junk": {"check": "words", "merge": True},
    "credits": {"check": "raw", "merge": True},
    "request": {"check": "words", "merge": True, "numbered": {"number"}},
    "abbrev": {"check": "lower", "merge": False},
    "starters": {"check": "lower", "merge": False},
    "anaphora": {"check": "words", "merge": False},
    "headings": {"check": "words", "merge": False},
}


def lex_word(word):
    """A word as summar_lexword_next() reads it, or None when the word
    holds a character that would split it."""
    out = []
    for ch in word:
        cp = ord(ch)
        cat = unicodedata.category(ch)
        if cp in _ARABIC_DROP or cat[0] == "M":
            continue
        if cat == "Nd":
            out.append(str(unicodedata.digit(ch)))
        elif cat[0] in "LN":
            out.append(_ARABIC_UNIFY.get(cp, ch.lower() if cp < 0x80 or
                                       len(ch.lower()) == 1 else ch))
        else:
            return None
    return "".join(out)


def check_entry(kind, entry):
    """The problem with an entry, or None."""
    how = KINDS[kind]["check"]
    if how == "raw":
        return None
    if how == "lower":
        if any(ch.isspace() for ch in entry):
            return "one token per line"
        return None if entry == entry.lower() else "not lower case"
    words = entry.split(" ")
    for w in words:
        lw = lex_word(w)
        if not w or lw is None:
            return "not words of letters and digits separated by one space"
        if lw != w:
            return "not in matching form (%r)" % lw
        if len(w.encode("utf-8")) >= 64:
            return "word too long"
    return None


def read_phrase_file(kind, path):
    """{section: [entries]} of one data file, and its origin line."""
    with open(path, "rb") as f:
        try:
            text = f.read().decode("utf-8")
        except UnicodeDecodeError as e:
            raise DataError("%s: not UTF-8 (%s)" % (path, e))
    lines = text.splitlines()
    if not lines or not lines[0].lower().startswith("# origin: "):
        raise DataError("%s:1: the first line must be '# Origin: ...'" % path)
    numbered = KINDS[kind].get("numbered", set())
    plain = KINDS[kind].get("plain", False)
    sections, cur = ({kind: []}, kind) if plain else ({}, None)
    for lineno, line in enumerate(lines[1:], 2):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if plain:
            line = " ".join(normalize(line).split())
        elif line.startswith("[") and line.endswith("]"):
            cur = line[1:-1]
            if not cur.replace("-", "").isalpha():
                raise DataError("%s:%d: bad section %r" % (path, lineno, cur))
            sections.setdefault(cur, [])
            continue
        if cur is None:
            raise DataError("%s:%d: entry before any [section]" % (path, lineno))
        entry = line
        if cur in numbered:
            word, _, value = line.rpartition(" ")
            if not word or not value.isdigit():
                raise DataError("%s:%d: expected 'word value'" % (path, lineno))
            entry = (word, int(value))
        problem = check_entry(kind, entry[0] if cur in numbered else entry)
        if problem:
            raise DataError("%s:%d: %r: %s" % (path, lineno, line, problem))
        if entry not in sections[cur]:
            sections[cur].append(entry)
    return sections


def read_kind(datadir, kind):
    """[(lang, {section: [entries]})] of a kind, by language code."""
    d = os.path.join(datadir, kind)
    out = []
    for name in sorted(os.listdir(d)):
        if name.endswith(".txt"):
            out.append((name[:-4], read_phrase_file(kind, os.path.join(d, name))))
    if not out:
        raise DataError("%s: no data files" % d)
    return out


def c_ident(s):
    return s.replace("-", "_")


def c_list(name, entries, static=True):
    out = ["%sconst char *const %s[] = {\n" % ("static " if static else "", name)]
    for e in entries:
        lit = c_literal(e.encode("utf-8"))
        out.append("  %s,%s\n" % (lit, "" if e.isascii() else " /* %s */" % e))
    out.append("  NULL};\n")
    return "".join(out)


def generate_lists(datadir):
    c = ["/*\n * data_lists.c - the phrase lists of the rule-based stages.\n *\n"
         " * GENERATED FILE, DO NOT EDIT.  Produced at build time by\n"
         " * tools/gen_data.py from data/<kind>/<lang>.txt; edit those.\n */\n"
         "#include \"data_lists.h\"\n\n#include <string.h>\n"]
    h = ["/*\n * data_lists.h - the phrase lists of the rule-based stages.\n *\n"
         " * GENERATED FILE, DO NOT EDIT (tools/gen_data.py).  Every list is\n"
         " * NULL-terminated; see tools/gen_data.py for the form of the entries.\n"
         " */\n#ifndef SUMMAR_DATA_LISTS_H\n#define SUMMAR_DATA_LISTS_H\n\n"
         "#include <stddef.h>\n\n"
         "/* A number word and its value; lists end with {NULL, 0}. */\n"
         "typedef struct summar_numword {\n  const char *word;\n"
         "  unsigned value;\n} summar_numword;\n"]
    for kind in sorted(KINDS):
        spec = KINDS[kind]
        langs = read_kind(datadir, kind)
        sections = sorted({s for _, secs in langs for s in secs})
        c.append("\n/* ---- %s: %s */\n" % (kind, ", ".join(l for l, _ in langs)))
        if spec["merge"]:
            for sec in sections:
                merged = []
                for _, secs in langs:
                    for e in secs.get(sec, []):
                        if e not in merged:
                            merged.append(e)
                name = "summar_%s_%s" % (kind, c_ident(sec))
                if spec.get("plain"):
                    merged.sort(key=lambda e: e.encode("utf-8"))
                    name = "summar_%s_phrases" % kind
                    h.append("extern const size_t summar_%s_count;\n" % kind)
                    c.append("const size_t summar_%s_count = %d;\n" % (kind, len(merged)))
                if sec in spec.get("numbered", set()):
                    h.append("extern const summar_numword %s[];\n" % name)
                    c.append("const summar_numword %s[] = {\n" % name)
                    for w, v in merged:
                        c.append("  {%s, %d},%s\n" % (c_literal(w.encode("utf-8")), v,
                                 "" if w.isascii() else " /* %s */" % w))
                    c.append("  {NULL, 0}};\n")
                else:
                    h.append("extern const char *const %s[];\n" % name)
                    c.append(c_list(name, merged, static=False))
            continue
        struct = "summar_%s_lists" % kind
        h.append("\n/* The %s lists of one language (NULL: none). */\n" % kind)
        h.append("typedef struct %s {\n  const char *lang;\n" % struct)
        for sec in sections:
            h.append("  const char *const *%s;\n" % c_ident(sec))
        h.append("} %s;\n" % struct)
        h.append("/* The lists of ISO code `lang` (\"mul\": those of every\n"
                 " * language), or NULL. */\n")
        h.append("const %s *summar_%s_find(const char *lang);\n" % (struct, kind))
        for lang, secs in langs:
            for sec in sections:
                if sec in secs:
                    c.append(c_list("%s_%s_%s" % (kind, c_ident(sec), lang), secs[sec]))
        c.append("\nstatic const %s %s_table[] = {\n" % (struct, kind))
        for lang, secs in langs:
            fields = ", ".join("%s_%s_%s" % (kind, c_ident(s), lang) if s in secs
                               else "NULL" for s in sections)
            c.append('  {"%s", %s},\n' % (lang, fields))
        c.append("};\n\n")
        c.append("const %s *summar_%s_find(const char *lang) {\n"
                 "  for (size_t k = 0; lang && k < sizeof %s_table / sizeof %s_table[0];"
                 " k++)\n    if (strcmp(%s_table[k].lang, lang) == 0)\n"
                 "      return &%s_table[k];\n  return NULL;\n}\n"
                 % (struct, kind, kind, kind, kind, kind))
    h.append("\n#endif /* SUMMAR_DATA_LISTS_H */\n")
    return "".join(c), "".join(h)


def write(path, text):
    tmp = path + ".tmp"
    with open(tmp, "wb") as f:
        f.write(text.encode("utf-8"))
    os.replace(tmp, path)


def main(argv):
    args = argv[1:]
    try:
        if len(args) == 3 and args[0] == "stopwords":
            text, _ = generate(args[1])
            write(args[2], text)
            return 0
        if len(args) == 4 and args[0] == "lists":
            c, h = generate_lists(args[1])
            write(args[2], c)
            write(args[3], h)
            return 0
    except (DataError, OSError) as e:
        sys.stderr.write("gen_data: %s\n" % e)
        return 2
    sys.stderr.write("usage: %s stopwords DATADIR OUTPUT.c\n"
                     "       %s lists DATADIR OUTPUT.c OUTPUT.h\n" % (argv[0], argv[0]))
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv))
