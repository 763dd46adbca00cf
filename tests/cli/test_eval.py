#!/usr/bin/env python3
"""`summar eval` on a tiny data set written here: the lead baseline scores
100 where the reference is the first sentence, every algorithm gets a row,
bad input and usage errors exit non-zero.  Prints TAP."""
import json
import os
import subprocess
import sys
import tempfile

SUMMAR = os.environ["SUMMAR"]
n = failed = 0


def check(ok, what):
    global n, failed
    n += 1
    failed += not ok
    print(("ok" if ok else "not ok"), n, "-", what, flush=True)


docs = [
    {"id": "a", "lang": "en",
     "text": "Rain closed the river road on Monday. Shops moved goods upstairs. "
             "The mayor promised repairs. Buses took the northern route.",
     "refs": ["Rain closed the river road on Monday."]},
    {"id": "b", "lang": "en",
     "text": "The council approved a new park. Work starts in spring. "
             "Residents asked for more trees. The budget is small.",
     "refs": ["The council approved a new park.", "A new park was approved by the council."]},
]
with tempfile.TemporaryDirectory() as tmp:
    data = os.path.join(tmp, "tiny.jsonl")
    with open(data, "w", encoding="utf-8") as f:
        for d in docs:
            f.write(json.dumps(d) + "\n")
    run = subprocess.run([SUMMAR, "eval", "--algorithm", "lead,default,textrank", data],
                         capture_output=True, text=True)
    check(run.returncode == 0, "eval exits 0")
    rows = [l for l in run.stdout.splitlines() if l.startswith("| tiny.jsonl")]
    check(len(rows) == 3, "one row per algorithm")
    lead = [l for l in rows if "| lead |" in l]
    cells = lead[0].split("|") if lead else []
    check(lead and 80 < float(cells[4]) <= 100 and 50 < float(cells[5]) <= 100,
          "lead scores high where the reference is the lead")
    check(lead and cells[3].strip() == "2", "both documents scored")
    bad = os.path.join(tmp, "bad.jsonl")
    with open(bad, "w") as f:
        f.write('{"text": "no refs here"}\n')
    run = subprocess.run([SUMMAR, "eval", bad], capture_output=True, text=True)
    check(run.returncode != 0 and "refs" in run.stderr, "a line without refs is an error")
    run = subprocess.run([SUMMAR, "eval", "--algorithm", "nope", data],
                         capture_output=True, text=True)
    check(run.returncode == 2 and "nope" in run.stderr, "unknown algorithm")
    run = subprocess.run([SUMMAR, "eval", "--help"], capture_output=True, text=True)
    check(run.returncode == 0 and "usage" in run.stdout, "--help")
    run = subprocess.run([SUMMAR, "eval", "--words", "0", data], capture_output=True, text=True)
    check(run.returncode == 2, "--words 0 is a usage error")
print(f"1..{n}")
sys.exit(1 if failed else 0)
