#!/usr/bin/env python3
"""Checks that `summar eval` reproduces the libsummar rows of
docs/evaluation.md (the results table: ROUGE-1/2/L F1 of every algorithm
on easc.dev, cnndm.dev and the first 300 documents of bbc.dev).

    tools/check_evaluation.py SUMMAR [DATA_DIR]

DATA_DIR defaults to ../shared/eval/data beside the source tree.  Prints
one line per algorithm and data set, and exits 1 on any difference.  Not
part of the default test suite (users do not have the data): run it with
`ninja -C build eval-check`.
"""
import os
import re
import subprocess
import sys

ALGORITHMS = "lead,default,position,centroid,luhn,lexrank,textrank"
SETS = [("easc.dev.jsonl", []), ("cnndm.dev.jsonl", []),
        ("bbc.dev.jsonl", ["--limit", "300"])]


def documented(path):
    """{algorithm: [easc R1, R2, RL, cnndm R1, R2, RL, bbc R1, R2, RL]}."""
    rows = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            cells = [c.strip() for c in line.strip().strip("|").split("|")]
            if len(cells) != 10:
                continue
            name = re.sub(r"[*]|\s*\(.*\)", "", cells[0]).strip()
            try:
                rows[name] = [float(c.strip("*")) for c in cells[1:]]
            except ValueError:
                continue
    return rows


def measured(summar, data):
    """Same shape as documented(), from `summar eval`."""
    rows = {}
    for k, (name, extra) in enumerate(SETS):
        out = subprocess.run(
            [summar, "eval", "--algorithm", ALGORITHMS, *extra,
             os.path.join(data, name)],
            check=True, capture_output=True, text=True).stdout
        for line in out.splitlines():
            cells = [c.strip() for c in line.strip().strip("|").split("|")]
            if len(cells) == 6 and cells[0] == name:
                row = rows.setdefault(cells[1], [None] * 9)
                row[3 * k:3 * k + 3] = [float(c) for c in cells[3:6]]
    return rows


def main():
    if len(sys.argv) < 2:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    data = sys.argv[2] if len(sys.argv) > 2 else os.path.join(
        os.path.dirname(root), "shared", "eval", "data")
    want = documented(os.path.join(root, "docs", "evaluation.md"))
    got = measured(sys.argv[1], data)
    bad = 0
    for alg in ALGORITHMS.split(","):
        for k, (name, _) in enumerate(SETS):
            w = want.get(alg, [None] * 9)[3 * k:3 * k + 3]
            g = got.get(alg, [None] * 9)[3 * k:3 * k + 3]
            same = w == g
            bad += not same
            print(f"{'ok' if same else 'DIFFERS'}  {alg:9} {name:16} "
                  f"documented {w}  measured {g}")
    print(f"{27 - bad} rows reproduced, {bad} differ")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
