#!/usr/bin/env python3
"""TAP tests of `summar --jsonl` as a stream: results written as soon as
they are ready, progress and the --verbose account, the line size limit,
and allocation failure reported instead of taken for the end of input."""
import json
import os
import re
import resource
import select
import subprocess
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from clitest import DATA, SUMMAR, check, jsonl, read, report, run, tmpfile

EN = read(os.path.join(DATA, "article-en.txt")).decode()
AR = read(os.path.join(DATA, "article-ar.txt")).decode()


def line(i, text=EN, **kw):
    d = {"id": i, "text": text}
    d.update(kw or {"words": 40})
    return (json.dumps(d) + "\n").encode()


def read_line(f, timeout):
    """One line from a pipe within `timeout` seconds, or None."""
    buf = b""
    end = time.monotonic() + timeout
    while not buf.endswith(b"\n"):
        left = end - time.monotonic()
        if left <= 0 or not select.select([f], [], [], left)[0]:
            return None
        c = os.read(f.fileno(), 1)
        if not c:
            return None
        buf += c
    return buf


# ------------------------------------------------------------- streaming

for jobs in ("1", "3"):
    p = subprocess.Popen([SUMMAR, "--jsonl", "--jobs", jobs],
                         stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                         stderr=subprocess.PIPE)
    p.stdin.write(line(1) + line(2, AR))
    p.stdin.flush()
    first = read_line(p.stdout, 60)
    second = read_line(p.stdout, 60)
    # The input is still open: both results came out before it ended.
    p.stdin.write(line(3))
    p.stdin.close()
    rest = p.stdout.read()
    p.wait(60)
    p.stderr.close()
    p.stdout.close()
    ids = [json.loads(l)["id"] for l in (first or b"{}", second or b"{}")]
    check(first and second and ids == [1, 2] and p.returncode == 0
          and [o["id"] for o in jsonl(rest)] == [3],
          "--jsonl --jobs %s: results come out while the input is still "
          "open, in order" % jobs, (first, second, rest[:100]))

# Order is kept when a slow line comes before fast ones.
slow = line(0, EN * 40, words=200)
fast = b"".join(line(i, "Short one here. And another short one.",
                     ratio=1) for i in range(1, 40))
rc, out, err = run(["--jsonl", "--jobs", "4"], stdin=slow + fast)
check(rc == 0 and [o["id"] for o in jsonl(out)] == list(range(40)),
      "--jsonl: a slow first line still comes out first")

# ------------------------------------------------------- HTML in a line

# A line whose text obviously is a page is summarized as one, as a file
# is: the same summary as with --html, and never the empty summary of
# markup taken for text.
page = read(os.path.join(DATA, "..", "html", "news-ar.html")).decode()
outs = []
for opts in ([], ["--html"]):
    rc, out, err = run(["--jsonl"] + opts, stdin=line(1, page))
    res = jsonl(out)
    outs.append(res[0] if rc == 0 and len(res) == 1 else {})
check(outs[0].get("text") and outs[0] == outs[1],
      "--jsonl: a line holding an HTML page is summarized as with --html",
      outs)
rc, out, err = run(["--jsonl"], stdin=line(1, "Use <b> for bold text in "
                                              "a page. It is short. " * 3))
res = jsonl(out)
check(rc == 0 and res and "<b>" in res[0].get("text", ""),
      "--jsonl: text that mentions a tag stays text", out)

# ------------------------------------------------- progress and --verbose

n = 30
data = b"".join(line(i) for i in range(n))
path = tmpfile("progress.jsonl", data)
rc, out, err = run(["--jsonl", "--progress", "--jobs", "2", path])
prog = [l for l in err.splitlines() if re.match(
    r"^summar: \d+ lines, [\d.]+ docs/s, [\d.]+ MB/s", l)]
check(rc == 0 and prog and prog[-1].startswith("summar: %d lines," % n)
      and re.search(r", [\d.]+ of [\d.]+ MB \(100%\), ETA 0:00$", prog[-1]),
      "--progress on a file: lines done, docs/s, MB/s, total and ETA",
      err)
rc, out, err = run(["--jsonl", "--progress"], stdin=data)
prog = [l for l in err.splitlines() if l.startswith("summar: ")]
check(rc == 0 and prog and re.match(
    r"^summar: %d lines, [\d.]+ docs/s, [\d.]+ MB/s$" % n, prog[-1]),
    "--progress on a pipe: no total or ETA", err)
rc, out, err = run(["--jsonl"], stdin=data)
check(rc == 0 and err == "", "--jsonl: no progress when stderr is not a "
      "terminal and --progress is not given", err)
rc, out, err = run(["--jsonl", "-v", "--jobs", "2"],
                   stdin=data + b"not json\n")
check(rc == 1 and re.search(
    r"^summar: %d lines in [\d.]+ s \(%d summarized, 1 errors\): [\d.]+ "
    r"docs/s, [\d.]+ MB/s with 2 jobs$" % (n + 1, n), err, re.M),
    "--jsonl -v: one summary line at the end", err)

# ------------------------------------------------------ line size limit

long_text = "Word " * 40000
data = line(1, "Short one here. And another.", ratio=1) + \
    line(2, long_text) + line(3, "Short one here. And another.", ratio=1)
rc, out, err = run(["--jsonl", "--max-bytes", "1K"], stdin=data)
res = jsonl(out)
e = res[1].get("error", {}) if len(res) == 3 else {}
check(rc == 1 and [r.get("id") for r in res] == [1, None, 3]
      and "text" in res[0] and "text" in res[2]
      and e.get("code") == "line_too_long" and e.get("line") == 2
      and "--max-bytes 1024" in e.get("message", "")
      and "71680 bytes" in e.get("message", ""),
      "--jsonl: a line over the limit is an error line naming the limit "
      "and --max-bytes; the next lines go on", out)
check("line 2" in err and "--max-bytes" in err,
      "--jsonl: a line over the limit is reported on stderr", err)
text = "Word and words. " * 200
rc, out, err = run(["--jsonl", "--max-bytes", "1K"], stdin=line(1, text))
res = jsonl(out)
check(rc == 1 and res and res[0]["error"]["code"] == "too_large"
      and "1024 bytes" in res[0]["error"]["message"]
      and "--max-bytes" in res[0]["error"]["message"],
      "--jsonl: a text over --max-bytes names the limit", out)
rc, out, err = run(["--jsonl"], stdin=line(1, "Short one. Another.") +
                   b'{"id": 2, "text": "no newline at the end. Ok."}')
check(rc == 0 and [o["id"] for o in jsonl(out)] == [1, 2],
      "--jsonl: a last line without its newline is read")

# ------------------------------------------------- allocation failure


def limited(mb):
    def set_limit():
        resource.setrlimit(resource.RLIMIT_AS, (mb << 20, mb << 20))
    return set_limit


LIMIT_MB = 160
probe = subprocess.run([SUMMAR, "--jsonl", "--jobs", "2"],
                       input=line(1, "Short one here. And another."),
                       stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                       preexec_fn=limited(LIMIT_MB), timeout=60)
why = None
if probe.returncode != 0:
    why = "summar does not run under a %d MB address-space limit " \
          "(a sanitizer build)" % LIMIT_MB
else:
    big = os.path.join(os.path.dirname(tmpfile("x", b"")), "huge.jsonl")
    with open(big, "wb") as f:
        f.write(line(1, "Short one here. And another.", ratio=1))
        f.write(b'{"id": 2, "text": "')
        chunk = b"a b. " * 200000
        for _ in range(120):   # 120 MB in one line
            f.write(chunk)
        f.write(b'"}\n')
        f.write(line(3, "Short one here. And another.", ratio=1))
    p = subprocess.run([SUMMAR, "--jsonl", "--jobs", "2", big],
                       stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                       preexec_fn=limited(LIMIT_MB), timeout=300)
    os.unlink(big)
    res = jsonl(p.stdout)
    err = p.stderr.decode()
    check(p.returncode == 1 and [r.get("id") for r in res] == [1, None, 3]
          and res[1]["error"]["code"] == "nomem"
          and res[1]["error"]["line"] == 2
          and "line 2" in err and "out of memory" in err,
          "--jsonl: a line that does not fit in memory is an error line "
          "and a message, not the end of the input", (p.stdout[:300], err))
if why:
    check(True, "--jsonl: allocation failure of a line", skip=why)

report()
