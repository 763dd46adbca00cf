#!/usr/bin/env python3
"""Runs dask_corpus.py on a LocalCluster of 2 worker processes over
examples/data/corpus.jsonl and compares its output with `summar --jsonl`
on the same corpus.  TAP; skipped (with the reason) only where
python3-distributed is not installed.

usage: test_dask_corpus.py SUMMAR"""
import glob
import json
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "..", "data", "corpus.jsonl")

try:
    import dask.bag  # noqa: F401
    import distributed  # noqa: F401
except ImportError as e:
    print("1..0 # SKIP python3-dask or python3-distributed is not installed "
          "(%s)" % e)
    sys.exit(0)

summar_cli = sys.argv[1]
n = failed = 0


def check(ok, what, detail=None):
    global n, failed
    n += 1
    failed += not ok
    print("%s %d - %s" % ("ok" if ok else "not ok", n, what), flush=True)
    if not ok and detail is not None:
        print("# " + repr(detail)[:1500])


with tempfile.TemporaryDirectory() as out:
    p = subprocess.run([sys.executable, os.path.join(HERE, "dask_corpus.py"),
                        CORPUS, out, "--workers", "2", "--words", "100"],
                       capture_output=True, text=True, timeout=600)
    check(p.returncode == 0, "dask_corpus.py runs on a LocalCluster of 2 "
          "workers", p.stderr[-1500:])
    check("partitions" in p.stderr and "docs/s a worker" in p.stderr,
          "it reports progress and throughput on stderr", p.stderr[-500:])
    got = []
    for part in sorted(glob.glob(os.path.join(out, "part-*.jsonl"))):
        with open(part, encoding="utf-8") as f:
            got += [json.loads(l) for l in f if l.strip()]
with open(CORPUS, "rb") as f:
    # The CLI carries its own sanitizer runtime in sanitizer builds: it must
    # not inherit the one preloaded into the interpreter.
    cli_env = {k: v for k, v in os.environ.items() if k != "LD_PRELOAD"}
    ref = subprocess.run([summar_cli, "--jsonl", "--words", "100"], stdin=f,
                         capture_output=True, timeout=600, env=cli_env)
want = [json.loads(l) for l in ref.stdout.decode().splitlines()]
check(ref.returncode == 0 and len(want) == 20, "summar --jsonl summarizes "
      "the corpus")
# The lines follow docs/summary.schema.json and, without the binding's code
# point offsets, say what summar --jsonl says: bindings/tests/check_schema.py
# checks both, in pairs.
for g in got:
    for sent in g.get("sentences", []):
        sent.pop("char_start", None)
        sent.pop("char_end", None)
check(len(got) == len(want) and [g.get("id") for g in got] ==
      [w.get("id") for w in want], "the Dask partitions hold one line per "
      "input line, in order", [g.get("id") for g in got])
with tempfile.NamedTemporaryFile("w", suffix=".jsonl", encoding="utf-8",
                                 delete=False) as f:
    for g, w in zip(got, want):
        f.write(json.dumps(g, ensure_ascii=False) + "\n")
        f.write(json.dumps(w, ensure_ascii=False) + "\n")
p = subprocess.run([sys.executable, os.path.join(HERE, "..", "..", "bindings",
                                                 "tests", "check_schema.py"),
                    f.name], capture_output=True, text=True)
os.unlink(f.name)
if p.returncode == 77:
    print("ok %d - the Dask lines follow the schema and equal summar --jsonl"
          " # SKIP %s" % (n + 1, p.stdout.strip()))
    n += 1
else:
    check(p.returncode == 0, "the Dask lines follow docs/summary.schema.json "
          "and are what summar --jsonl writes", p.stdout[-1500:])
print("1..%d" % n)
sys.exit(1 if failed else 0)
