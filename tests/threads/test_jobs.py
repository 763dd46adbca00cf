#!/usr/bin/env python3
"""`summar --jsonl --jobs N`: a worker pool summarizes lines at once; the
output equals the one-thread output, line for line.  Small enough to run
under ThreadSanitizer.

usage: test_jobs.py SUMMAR DATA_DIR; prints TAP."""
import json
import os
import subprocess
import sys

summar, data = sys.argv[1:3]
texts = [open(os.path.join(data, f), encoding="utf-8").read()
         for f in ("article-en.txt", "article-ar.txt")]
lines = []
for i in range(8):
    req = {"id": i, "text": texts[i % 2], "words": 20 + 5 * i}
    if i % 3 == 0:
        req["paragraphs"] = 2
    lines.append(json.dumps(req))
batch = ("\n".join(lines) + "\n").encode()


def run(jobs):
    return subprocess.run([summar, "--jsonl", "--jobs", str(jobs)],
                          input=batch, capture_output=True, timeout=600)


one, two, four = run(1), run(2), run(4)
checks = [
    (one.returncode == 0 and len(one.stdout.splitlines()) == 8,
     "--jobs 1: one output line per input line, exit 0"),
    (two.returncode == 0 and two.stdout == one.stdout and not two.stderr,
     "--jobs 2: the same output, nothing on stderr"),
    (four.returncode == 0 and four.stdout == one.stdout and not four.stderr,
     "--jobs 4: the same output, nothing on stderr"),
]
for i, (ok, what) in enumerate(checks, 1):
    print("ok" if ok else "not ok", i, "-", what)
    if not ok:
        sys.stdout.write("# " + (two.stderr + four.stderr).decode(
            "utf-8", "replace")[-2000:].replace("\n", "\n# ") + "\n")
print("1..%d" % len(checks))
sys.exit(0 if all(ok for ok, _ in checks) else 1)
