"""``python -m summar``: summarize files or standard input from the shell.

The options are the main ones of the ``summar`` command (see summar(1)):
a word, sentence or ratio budget, paragraphs, languages, algorithm, format.
Exit status: 0 on success, 1 on bad input or a library error, 2 on a usage
error, as for ``summar``.
"""

import argparse
import json
import sys
from typing import List, Optional

import summar


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="python -m summar",
        description="Summarize text with sentences copied from the source.")
    p.add_argument("files", nargs="*", metavar="FILE",
                   help="files to summarize ('-' or none: standard input)")
    budget = p.add_mutually_exclusive_group()
    budget.add_argument("-w", "--words", type=int, help="about N words")
    budget.add_argument("-s", "--sentences", type=int, help="N sentences")
    budget.add_argument("-r", "--ratio", type=float,
                        help="a fraction of the source's words (0-1]")
    p.add_argument("-p", "--paragraphs", type=int, default=1,
                   help="K paragraphs (default 1)")
    p.add_argument("-l", "--lang", help="source language (detected if absent)")
    p.add_argument("-o", "--output-lang",
                   help="required output language (must be the source's)")
    p.add_argument("-a", "--algorithm", default="default",
                   choices=sorted(summar.algorithms()))
    p.add_argument("-f", "--format", default="text",
                   choices=["text", "markdown", "md", "html", "json"])
    p.add_argument("-t", "--title", action="store_true",
                   help="print the source's title first")
    p.add_argument("-k", "--keywords", type=int, default=0,
                   help="report N keywords (JSON)")
    p.add_argument("--html", action="store_true", default=None,
                   help="read the input as an HTML page")
    p.add_argument("--text", dest="html", action="store_false",
                   help="never read the input as HTML")
    p.add_argument("--version", action="version",
                   version=f"summar {summar.__version__}")
    return p


def _read(path: str) -> bytes:
    if path == "-":
        return sys.stdin.buffer.read()
    with open(path, "rb") as f:
        return f.read()


def main(argv: Optional[List[str]] = None) -> int:
    """Runs the command line; returns the exit status."""
    args = _parser().parse_args(argv)
    files = args.files or ["-"]
    status = 0
    for path in files:
        try:
            s = summar.summarize(
                _read(path), words=args.words, sentences=args.sentences,
                ratio=args.ratio, paragraphs=args.paragraphs, lang=args.lang,
                output_lang=args.output_lang, algorithm=args.algorithm,
                format="text" if args.format == "json" else args.format,
                keywords=args.keywords, title=args.title,
                html="auto" if args.html is None else args.html)
        except (OSError, summar.Error) as e:
            print(f"summar: {path}: {e}", file=sys.stderr)
            status = 1
            continue
        if args.format == "json":
            d = s.to_dict()
            if len(files) > 1:
                d = {"file": path, **d}
            print(json.dumps(d, ensure_ascii=False))
        else:
            if len(files) > 1:
                print(f"==> {path} <==")
            print(s.text)
    return status


if __name__ == "__main__":
    sys.exit(main())
