#!/usr/bin/env python3
"""Summarize every .txt file of a folder, in parallel threads, as JSON Lines.

    batch_folder.py DIR [--words N] [--paragraphs K] [--threads T]

libsummar releases the GIL while it works, so a thread pool uses all cores.
Files that fail (empty, not UTF-8...) are reported with their error.
"""
import argparse
import concurrent.futures
import json
import os
import sys

import summar


def one(path: str, words: int, paragraphs: int) -> dict:
    with open(path, "rb") as f:
        data = f.read()
    try:
        s = summar.summarize(data, words=words, paragraphs=paragraphs)
    except summar.Error as e:
        return {"file": path, "error": str(e), "code": e.code}
    return {"file": path, **s.to_dict()}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("dir")
    ap.add_argument("--words", type=int, default=60)
    ap.add_argument("--paragraphs", type=int, default=1)
    ap.add_argument("--threads", type=int, default=os.cpu_count() or 2)
    args = ap.parse_args()

    files = sorted(os.path.join(args.dir, n) for n in os.listdir(args.dir)
                   if n.endswith(".txt"))
    failed = 0
    with concurrent.futures.ThreadPoolExecutor(args.threads) as pool:
        for rec in pool.map(lambda p: one(p, args.words, args.paragraphs),
                            files):
            failed += "error" in rec
            print(json.dumps(rec, ensure_ascii=False))
    print(f"-- {len(files)} files, {failed} failed", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
