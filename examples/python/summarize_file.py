#!/usr/bin/env python3
"""Summarize a text file to N words in K paragraphs.

    summarize_file.py FILE [--words N] [--paragraphs K] [--lang LANG]
                           [--output-lang LANG] [--format text|markdown|html|json]
"""
import argparse
import sys

import summar


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("file")
    ap.add_argument("--words", type=int, default=120)
    ap.add_argument("--paragraphs", type=int, default=2)
    ap.add_argument("--lang", help="source language (detected if omitted)")
    ap.add_argument("--output-lang", help="must match the source language")
    ap.add_argument("--format", default="text", choices=sorted(summar.FORMATS))
    args = ap.parse_args()

    with open(args.file, "rb") as f:   # bytes: offsets stay byte-exact
        data = f.read()
    try:
        s = summar.summarize(data, words=args.words, paragraphs=args.paragraphs,
                             lang=args.lang, output_lang=args.output_lang,
                             format=args.format)
    except summar.LanguageMismatchError as e:
        print(f"{args.file}: {e} (libsummar does not translate)", file=sys.stderr)
        return 1
    except summar.Error as e:
        print(f"{args.file}: {e}", file=sys.stderr)
        return 1
    print(s.text)
    print(f"-- {s.language}, {s.word_count} of {s.source_words} words, "
          f"{len(s.paragraphs)} paragraphs"
          + (f", warnings: {', '.join(s.warnings)}" if s.warnings else ""),
          file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
