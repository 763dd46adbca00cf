#!/usr/bin/env python3
"""Allocation failure in the `summar` tool: every malloc, calloc and
realloc of a run is made to fail in turn (tests/fault/failmalloc.c, through
LD_PRELOAD), libxml2's and ICU's included.  A failing run of a single
summary, of summaries of two files in JSON, of `summar extract --format
json` (a page and a plain text), of a `--html` summary or of `summar
sentences --json` and `summar tokens --json` must give the reference output
with exit 0 (the failure was absorbed), or exit non-zero with a "summar: "
message on stderr and nothing else there.  A failing --jsonl run must give,
for each input line, the reference output line or a "nomem" error line
naming that line, and a non-zero exit when any line is missing or failed;
lines may be missing only after a "summar: " message.  Never a crash, a
hang (a run has 20 seconds), a changed line or a shorter output with
exit 0.

usage: test_fault.py SUMMAR FAILMALLOC_SO DATA_DIR; prints TAP.  DATA_DIR
is tests/data (cli/ and html/ are read).
"""
import concurrent.futures
import json
import os
import shutil
import subprocess
import sys
import tempfile

summar, shim, data = sys.argv[1:4]
tmp = tempfile.mkdtemp(prefix="summar-fault-")
article_en = os.path.join(data, "cli", "article-en.txt")
article_ar = os.path.join(data, "cli", "article-ar.txt")
page = os.path.join(data, "html", "blog.html")
page_en = os.path.join(data, "html", "news-en.html")  # libxml2 2.9 hung there
page_ar = os.path.join(data, "html", "news-ar.html")
short = os.path.join(tmp, "short.txt")
with open(short, "w", encoding="utf-8") as f:
    f.write("The committee approved the \"new\" budget on Tuesday.\n\n"
            "وافقت اللجنة على الميزانية الجديدة يوم الثلاثاء.\n")
short2 = os.path.join(tmp, "short2.txt")
with open(short2, "w", encoding="utf-8") as f:
    f.write("Rain is expected over the hills tonight. Roads near the river "
            "may close.\n")
batch = os.path.join(tmp, "batch.jsonl")
with open(batch, "w", encoding="utf-8") as f:
    for i, p in enumerate((article_en, article_ar)):
        text = open(p, encoding="utf-8").read()
        f.write(json.dumps({"id": i, "text": text, "words": 30}) + "\n")
    f.write(json.dumps({"id": "two", "text": "One sentence here. "
                        "And another one.", "sentences": 1}) + "\n")
html_batch = os.path.join(tmp, "pages.jsonl")
with open(html_batch, "w", encoding="utf-8") as f:
    for i, p in enumerate((page_ar, page)):
        text = open(p, encoding="utf-8").read()
        f.write(json.dumps({"id": i, "text": text, "words": 30}) + "\n")

scenarios = [
    ("summarize", False,
     [summar, "--words", "40", "--paragraphs", "2", article_en]),
    ("summarize json", False,
     [summar, "--words", "40", "--format", "json", "--keywords", "3",
      article_ar]),
    ("summarize two files json", False,
     [summar, "--words", "5", "--format", "json", short, short2]),
    ("extract json, HTML", False,
     [summar, "extract", "--format", "json", page_en]),
    ("--html summary", False,
     [summar, "--words", "30", "--html", page_ar]),
    ("extract json, text", False,
     [summar, "extract", "--format", "json", short]),
    ("sentences --json", False, [summar, "sentences", "--json", short]),
    ("tokens --json", False, [summar, "tokens", "--json", short]),
    ("--jsonl --jobs 2", True, [summar, "--jsonl", "--jobs", "2", batch]),
    ("--jsonl --html --jobs 2", True,
     [summar, "--jsonl", "--html", "--jobs", "2", html_batch]),
]


def run(cmd, nth):
    report = os.path.join(tmp, "count-%d" % nth)
    env = dict(os.environ, LD_PRELOAD=shim, FAILMALLOC_NTH=str(nth),
               FAILMALLOC_REPORT=report)
    try:
        p = subprocess.run(cmd, env=env, capture_output=True, timeout=20)
    except subprocess.TimeoutExpired:
        p = subprocess.CompletedProcess(cmd, None, b"", b"")
    try:
        count = int(open(report).read())
    except (OSError, ValueError):
        count = -1
    return p, count


def nomem_line(line, lineno):
    """True when @line is the error line "nomem" of input line @lineno."""
    try:
        obj = json.loads(line)
    except ValueError:
        return False
    err = obj.get("error") if isinstance(obj, dict) else None
    return (isinstance(err, dict) and err.get("code") == "nomem"
            and err.get("line") == lineno)


def jsonl_problem(ref, p, err):
    """What is wrong with the --jsonl run @p against @ref, or None."""
    want = ref.stdout.decode("utf-8").split("\n")[:-1]
    out = p.stdout.decode("utf-8", "replace")
    if out and not out.endswith("\n"):
        return "a cut line"
    got = out.split("\n")[:-1]
    if len(got) > len(want):
        return "%d lines for %d" % (len(got), len(want))
    failed = False
    for i, line in enumerate(got):
        if line == want[i]:
            continue
        if not nomem_line(line, i + 1):
            return "line %d changed: %r" % (i + 1, line[:120])
        failed = True
    if len(got) < len(want) and "summar: " not in err:
        return "%d of %d lines, no message" % (len(got), len(want))
    if (failed or len(got) < len(want)) and p.returncode <= 0:
        return "a line failed or is missing, exit %d" % p.returncode
    if not failed and len(got) == len(want) and \
            p.returncode != ref.returncode and "summar: " not in err:
        return "exit %d, no message" % p.returncode
    return None


# What libxml2 2.9 prints, before any handler can be set, when a thread's
# first use of it cannot allocate the thread's state (docs/security.md).
LIBXML2_LINES = {"xmlGetGlobalState: out of memory"}
libxml2_printed = []


def problem(ref, p, jsonl):
    err = p.stderr.decode("utf-8", "replace")
    lines = err.split("\n")
    if any(l in LIBXML2_LINES for l in lines):
        libxml2_printed.append(" ".join(p.args[1:3]))
        err = "\n".join(l for l in lines if l not in LIBXML2_LINES)
    if p.returncode is None:
        return "hung (killed after 20 s)"
    if p.returncode < 0:
        return "killed by signal %d" % -p.returncode
    stray = [l for l in err.split("\n") if l and not l.startswith("summar: ")]
    if stray:
        return "printed %r" % stray[0][:120]
    if jsonl:
        return jsonl_problem(ref, p, err)
    if p.returncode == ref.returncode and p.stdout == ref.stdout:
        return None  # absorbed
    if p.returncode > 0 and "summar: " in err:
        return None  # a clear error
    return "exit %d, %d of %d output bytes" % (p.returncode, len(p.stdout),
                                                len(ref.stdout))


n = 0
failed = 0
for name, jsonl, cmd in scenarios:
    ref, total = run(cmd, 0)
    n += 1
    ok = ref.returncode == 0 and ref.stdout and total > 0
    print(("ok" if ok else "not ok"), n, "-", name, ": reference run,",
          total, "allocations")
    if not ok:
        failed += 1
        continue
    bad = []
    # A run takes a few ms of CPU and mostly waits (process start, a
    # loaded machine): several at once.
    with concurrent.futures.ThreadPoolExecutor(max_workers=6) as pool:
        runs = list(pool.map(lambda k: run(cmd, k)[0], range(1, total + 1)))
    for nth, p in enumerate(runs, 1):
        what = problem(ref, p, jsonl)
        if what:
            bad.append("allocation %d: %s; stderr %r" % (
                nth, what, p.stderr.decode("utf-8", "replace")[-200:]))
    n += 1
    print(("ok" if not bad else "not ok"), n, "-", name,
          ": each of the", total, "allocations failed in turn gives the "
          "reference output or a clear error")
    for b in bad[:20]:
        print("#", b)
    if bad:
        failed += 1
if libxml2_printed:
    print("# %d runs printed libxml2's own line %r (accepted, named above)"
          % (len(libxml2_printed), sorted(LIBXML2_LINES)[0]))
print("1..%d" % n)
shutil.rmtree(tmp, ignore_errors=True)
sys.exit(1 if failed else 0)
