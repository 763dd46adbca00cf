#!/usr/bin/env python3
"""Print every sentence of a file with its score, one per line.

    sentence_scores.py FILE [--algorithm NAME] [--lang LANG]

Uses the tokenizer and scorer layers: a Document analysed once, scored with
any algorithm (see summar.algorithms()).  Dropped sentences (title, junk,
instructions...) score 0 and are marked with their flags.
"""
import argparse
import sys

import summar


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("file")
    ap.add_argument("--algorithm", default="default",
                    choices=sorted(summar.algorithms()))
    ap.add_argument("--lang")
    args = ap.parse_args()

    with open(args.file, encoding="utf-8") as f:
        text = f.read()
    with summar.Document(text, lang=args.lang) as doc:
        scores = doc.score(args.algorithm)
        print(f"# {args.file}: {doc.language}, {len(doc.sentences)} sentences, "
              f"{len(doc.tokens)} tokens, algorithm {args.algorithm}")
        for sent, score in zip(doc.sentences, scores):
            mark = "" if sent.is_content else f" [{','.join(sent.flag_names)}]"
            # char offsets index the Python str, byte offsets the UTF-8 file
            assert text[sent.char_start:sent.char_end] == sent.text
            print(f"{sent.index:3d} {score:.3f} {sent.start:6d}-{sent.end:<6d}"
                  f"{mark} {sent.text}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
