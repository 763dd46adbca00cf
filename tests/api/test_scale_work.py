#!/usr/bin/env python3
"""Work grows linearly on the shapes that used to explode: the
instructions of summar_doc_new() and summar_summarize(), counted by
callgrind (the same on every run, whatever else the machine does), for
an input of N and one of 2N words, in one sentence and as one-word
sentences.  Linear growth gives 2, quadratic growth 4; bound 2.3.

usage: test_scale_work.py VALGRIND TEST_SCALE; prints TAP.
"""
import concurrent.futures
import os
import subprocess
import sys
import tempfile

valgrind, test_scale = sys.argv[1:3]
tmp = tempfile.mkdtemp(prefix="summar-scale-")

# (name, kind of test_scale's input, N): big enough for the shapes'
# superlinear parts to dominate if they came back, small enough for
# callgrind (about 50 times slower than a native run).
shapes = [
    ("one sentence of N words", 1, 40000),
    ("N one-word sentences", 0, 20000),
]


def instructions(kind, n):
    """Instructions of the library's document and summary calls, or None."""
    out = os.path.join(tmp, "callgrind.%d.%d" % (kind, n))
    p = subprocess.run(
        [valgrind, "--tool=callgrind", "--collect-atstart=no",
         "--toggle-collect=summar_doc_new", "--toggle-collect=summar_summarize",
         "--callgrind-out-file=" + out, test_scale, str(kind), str(n)],
        capture_output=True, text=True)
    if p.returncode != 0:
        print("#", p.stdout.strip(), p.stderr.strip()[-300:])
        return None
    with open(out, encoding="utf-8") as f:
        for line in f:
            if line.startswith("totals:"):
                return int(line.split()[1])
    return None


runs = [(kind, m) for _, kind, n in shapes for m in (n, 2 * n)]
with concurrent.futures.ThreadPoolExecutor(max_workers=2) as pool:
    counts = dict(zip(runs, pool.map(lambda r: instructions(*r), runs)))
n_tests = 0
failed = 0
for name, kind, n in shapes:
    a, b = counts[(kind, n)], counts[(kind, 2 * n)]
    n_tests += 1
    ok = a is not None and b is not None and a > 0 and b / a <= 2.3
    print("ok" if ok else "not ok", n_tests, "-", name,
          ": instructions(2N) / (N) = %s / %s%s <= 2.3"
          % (b, a, " = %.3f" % (b / a) if a and b else ""))
    failed += not ok
print("1..%d" % n_tests)
sys.exit(1 if failed else 0)
