#!/usr/bin/env python3
"""Test helper for examples/meson.build: runs an example (any language) and
checks what it printed, so the examples cannot rot silently.

    check_output.py MODE [--words N] [--paragraphs K] -- COMMAND...

MODE summary: stdout is a summary of at most N words in exactly K
paragraphs (split by blank lines) whose sentences come from --source.
MODE scores: lines "index score start-end text" with scores in [0, 1].
MODE jsonl: JSON objects, one a line, each with "text" and no "error".
"""
import argparse
import json
import subprocess
import sys


def fail(msg: str) -> None:
    print(f"not ok: {msg}", file=sys.stderr)
    sys.exit(1)


def words(s: str) -> int:
    return sum(1 for w in s.split() if any(c.isalnum() for c in w))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("mode", choices=["summary", "scores", "jsonl"])
    ap.add_argument("--words", type=int)
    ap.add_argument("--paragraphs", type=int)
    ap.add_argument("--source", help="the input file, for the byte-copy check")
    argv = sys.argv[1:]
    if "--" not in argv:
        ap.error("the example's command follows --")
    cut = argv.index("--")
    a = ap.parse_args(argv[:cut])
    cmd = argv[cut + 1:]
    r = subprocess.run(cmd, capture_output=True)
    sys.stderr.write(r.stderr.decode("utf-8", "replace"))
    if r.returncode != 0:
        fail(f"{cmd} exited {r.returncode}")
    out = r.stdout.decode("utf-8")
    sys.stdout.write(out)
    if a.mode == "summary":
        paras = [p for p in out.strip().split("\n\n") if p.strip()]
        if not paras:
            fail("empty summary")
        if a.words is not None and words(out) > a.words:
            fail(f"{words(out)} words > {a.words}")
        if a.paragraphs is not None and len(paras) != a.paragraphs:
            fail(f"{len(paras)} paragraphs != {a.paragraphs}")
        if a.source:
            src = open(a.source, encoding="utf-8").read()
            flat = " ".join(src.split())
            for p in paras:
                # every sentence is copied byte for byte: each paragraph's
                # lines are substrings of the source (modulo joining spaces)
                for piece in p.split("\n"):
                    if " ".join(piece.split())[:40] not in flat:
                        fail(f"not from the source: {piece[:60]!r}")
    elif a.mode == "scores":
        rows = [line for line in out.splitlines() if not line.startswith("#")]
        if not rows:
            fail("no sentences")
        for line in rows:
            parts = line.split(None, 3)
            score = float(parts[1])
            if not 0.0 <= score <= 1.0:
                fail(f"score out of [0, 1]: {line}")
    else:
        recs = [json.loads(line) for line in out.splitlines() if line.strip()]
        if not recs:
            fail("no records")
        for rec in recs:
            if "error" in rec or not rec.get("text"):
                fail(f"bad record: {rec}")
            if a.words is not None and rec["words"] > a.words:
                fail(f"{rec['file']}: {rec['words']} words > {a.words}")
    print(f"ok: {a.mode} output checked", file=sys.stderr)


if __name__ == "__main__":
    main()
