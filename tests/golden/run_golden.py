#!/usr/bin/env python3
"""Golden cases for the summar CLI.

A case file (tests/golden/<lang>/<name>.case) is:

    input: ../../data/clean-ar.txt        path relative to the case file
    args: --words 60 --paragraphs 2       summar's options
    absent: شاركها | googletag | ©        strings the output must not hold
    ---
    <the expected standard output, byte for byte>

For every case the runner checks the output against the expected text and
the invariants that hold whatever the algorithm picks: every chosen
sentence is the input's bytes at its offsets, the word budget is never
exceeded, the paragraph count is honoured, no junk string appears.
With --record it rewrites the expected part instead (review the diff).

usage: run_golden.py SUMMAR [--record] [CASE...]   (TAP output)
"""
import glob
import json
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def words(text):
    return sum(1 for w in text.split() if re.search(r"\w", w))


def parse(path):
    head, _, expected = open(path, encoding="utf-8").read().partition("---\n")
    meta = {}
    for line in head.splitlines():
        if ":" in line:
            k, v = line.split(":", 1)
            meta[k.strip()] = v.strip()
    return meta, expected


def main():
    summar = sys.argv[1]
    record = "--record" in sys.argv[2:]
    cases = [a for a in sys.argv[2:] if a != "--record"] or sorted(
        glob.glob(os.path.join(HERE, "*", "*.case")))
    n = failed = 0

    def check(ok, what):
        nonlocal n, failed
        n += 1
        failed += not ok
        print(("ok" if ok else "not ok"), n, "-", what, flush=True)

    for case in cases:
        name = os.path.relpath(case, HERE)
        meta, expected = parse(case)
        src = os.path.normpath(os.path.join(os.path.dirname(case), meta["input"]))
        args = meta.get("args", "").split()
        run = subprocess.run([summar, *args, src], capture_output=True)
        out = run.stdout.decode("utf-8")
        if record:
            head = open(case, encoding="utf-8").read().partition("---\n")[0]
            with open(case, "w", encoding="utf-8") as f:
                f.write(head + "---\n" + out)
            print("# recorded", name)
            continue
        check(run.returncode == 0, f"{name}: exit status 0")
        check(out == expected, f"{name}: output equals the recorded one")
        if out != expected:
            print("# got:\n# " + out.replace("\n", "\n# "))
        for junk in filter(None, (s.strip() for s in meta.get("absent", "").split("|"))):
            check(junk not in out, f"{name}: no '{junk}' in the output")
        # Invariants, through the JSON rendering of the same request.
        js = subprocess.run([summar, *args, "--format", "json", src],
                            capture_output=True)
        data = json.loads(js.stdout)
        raw = open(src, "rb").read()
        # a sentence cut to the budget is its prefix and an ellipsis
        exact = all(raw[s["start"]:s["end"]].decode("utf-8")
                    + ("\u2026" if s.get("truncated") else "") == s["text"]
                    for s in data["sentences"])
        check(exact and data["sentences"], f"{name}: sentences are the input's bytes")
        if "--words" in args:
            budget = int(args[args.index("--words") + 1])
            # Plain text is counted as printed; other renderings (markup, a
            # requested title) through the summary's own count.
            plain = "--format" not in args and "--title" not in args
            got = words(out) if plain else data["words"]
            check(got <= budget and data["words"] <= budget,
                  f"{name}: {got} words <= {budget}")
        if "--paragraphs" in args:
            k = int(args[args.index("--paragraphs") + 1])
            paras = [p for p in out.rstrip("\n").split("\n\n") if p]
            check(len(paras) == min(k, len(data["sentences"])),
                  f"{name}: {len(paras)} paragraphs for {k} asked")
    if not record:
        print(f"1..{n}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
