#!/usr/bin/env python3
"""TAP tests of the `summar` command-line tool.

Environment: SUMMAR is the tool to run; SUMMAR_TEST_DATA the folder of
inputs (tests/data/cli by default).  Prints TAP ("1..N", "ok N - what",
"not ok N - what") and exits 1 when a check fails.
"""
import json
import os
import re
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from clitest import (DATA, SUMMAR, check, jsonl, paragraphs, read, report,
                     run, summary_json, tmpfile, words)

AR = os.path.join(DATA, "article-ar.txt")
AR_REQ = os.path.join(DATA, "article-ar-request-ar.txt")
EN = os.path.join(DATA, "article-en.txt")


def verbatim(doc, source):
    """Every chosen sentence is a byte-exact slice of the source, at its
    offsets (a sentence cut to the budget: the slice and an ellipsis), and
    the text rendering is its paragraphs joined."""
    paras = {}
    for s in doc["sentences"]:
        t = s["text"].encode("utf-8")
        if s.get("truncated"):
            if not t.endswith("\u2026".encode("utf-8")):
                return False
            t = t[:-3]
        if source[s["start"]:s["end"]] != t or t not in source:
            return False
        paras.setdefault(s["paragraph"], []).append(s["text"])
    expect = "\n\n".join(" ".join(paras[k]) for k in sorted(paras))
    return doc["text"].rstrip("\n") == expect


# ------------------------------------------------------------ basics

rc, out, err = run(["--help"])
check(rc == 0 and b"Usage: summar" in out and b"--words" in out
      and b"--jsonl" in out and err == "", "--help prints usage, exit 0")
rc2, out2, _ = run(["-h"])
check(rc2 == 0 and out2 == out, "-h is --help")

rc, out, err = run(["--version"])
check(rc == 0 and re.match(rb"^summar \d+\.\d+\.\d+ \(libsummar \d+\.\d+\.\d+\)\n$",
                           out), "--version prints the versions", out)

rc, out, err = run(["--list-algorithms"])
algs = [l.split()[0] for l in out.decode().splitlines() if l.strip()]
check(rc == 0 and "default" in algs and len(algs) >= 5,
      "--list-algorithms lists the algorithms", algs)

rc, out, err = run(["--list-languages"])
check(rc == 0 and b"ar\tArabic" in out and b"en\tEnglish" in out,
      "--list-languages lists codes and names")

# ------------------------------------------------------- usage errors

USAGE = [
    (["--words", "0"], "--words"),
    (["--words", "-3"], "--words"),
    (["--words", "abc"], "--words"),
    (["--words", "1.5"], "--words"),
    (["--words", ""], "--words"),
    (["--words", " 5"], "--words"),
    (["--words", "99999999999999999999999"], "too large"),
    (["--words=0"], "--words"),
    (["--words"], "needs a value"),
    (["--sentences", "0"], "--sentences"),
    (["--ratio", "0"], "--ratio"),
    (["--ratio", "1.5"], "--ratio"),
    (["--ratio", "abc"], "--ratio"),
    (["--ratio", "nan"], "--ratio"),
    (["--ratio", "inf"], "--ratio"),
    (["--paragraphs", "0"], "--paragraphs"),
    (["--paragraphs", "-1"], "--paragraphs"),
    (["--paragraphs", "x"], "--paragraphs"),
    (["--paragraphs", "10001"], "too large"),
    (["--keywords", "-1"], "--keywords"),
    (["--keywords", "1001"], "too large"),
    (["--jobs", "0"], "--jobs"),
    (["--jobs", "two"], "--jobs"),
    (["--max-bytes", "0"], "--max-bytes"),
    (["--max-bytes", "12Q"], "--max-bytes"),
    (["--format", "xml"], "unknown format"),
    (["--algorithm", "nope"], "default"),
    (["--bogus"], "unknown option"),
    (["-Z"], "unknown option"),
    (["--title=1"], "takes no value"),
    (["--words", "3", "--ratio", "0.5"], "exclude"),
    (["--words", "3", "--sentences", "2"], "exclude"),
    (["--output-lang", "klingon"], "--output-lang"),
    (["--lang", ""], "--lang"),
    (["--lang", "x!y"], "--lang"),
    (["--jsonl", "--format", "json"], "--jsonl"),
    (["sentences", "--bogus"], "unknown option"),
    (["sentences", "a", "b"], "at most one"),
    (["tokens", "--max-bytes", "0"], "--max-bytes"),
]
for args, needle in USAGE:
    rc, out, err = run(args + ([] if needle == "needs a value" else [EN]))
    first = err.splitlines()[0] if err else ""
    check(rc == 2 and out == b"" and first.startswith("summar: ")
          and needle in first,
          "usage error, exit 2: summar %s" % " ".join(repr(a) for a in args),
          (rc, err))

rc, out, err = run(["--algorithm", "nope", EN])
check(rc == 2 and all(a in err for a in algs),
      "an unknown algorithm lists every name", err)

# --------------------------------------------------------------- input

en = read(EN)
ar = read(AR)
rc_f, out_f, _ = run(["--words", "80", EN])
rc_s, out_s, _ = run(["--words", "80"], stdin=en)
rc_d, out_d, _ = run(["--words", "80", "-"], stdin=en)
check(rc_f == 0 and out_f and out_f == out_s == out_d and rc_s == rc_d == 0,
      "stdin (no FILE, and \"-\") gives what the file gives")

rc, out, err = run(["--words", "80", EN, AR])
rc1, o1, _ = run(["--words", "80", EN])
rc2, o2, _ = run(["--words", "80", AR])
expect = (b"==> " + EN.encode() + b" <==\n" + o1 + b"\n==> " + AR.encode()
          + b" <==\n" + o2)
check(rc == 0 and out == expect,
      "several files: each summary after a ==> FILE <== line")

rc, out, err = run(["--words", "80", EN, "/nonexistent/file", AR])
check(rc == 1 and b"==> " + AR.encode() in out
      and "summar: /nonexistent/file: " in err,
      "a missing file fails (exit 1) but the others are summarized", err)

bad = b"The first sentence is fine. The second one has a bad \xff byte in it. A third one ends it.\n"
off = bad.index(b"\xff")
p = tmpfile("bad.txt", bad)
rc, out, err = run([p])
check(rc == 1 and out == b"" and
      err == "summar: %s: invalid UTF-8 at byte %d (use --replace-invalid "
             "to replace it)\n" % (p, off),
      "invalid UTF-8: exit 1, message with the byte offset", err)
rc, out, err = run(["--replace-invalid", "--ratio", "1", p])
check(rc == 0 and "\ufffd".encode() in out and "replaced" in err,
      "--replace-invalid replaces bad bytes with U+FFFD and warns", (out, err))

rc, out, err = run(["--ratio", "1"], stdin=b"Hello \xc3\x28 there. And more words here.")
check(rc == 1 and "standard input: invalid UTF-8 at byte 6" in err,
      "invalid UTF-8 on stdin names standard input", err)

nul = b"One sentence with text.\x00 Another sentence after a NUL byte.\n"
p = tmpfile("nul.txt", nul)
rc, out, err = run([p])
check(rc == 1 and out == b"" and
      "summar: %s: NUL byte at byte %d" % (p, nul.index(b"\x00")) in err
      and "--replace-invalid" in err, "NUL byte: exit 1 with its offset", err)
rc, out, err = run(["--replace-invalid", "--ratio", "1", p])
check(rc == 0 and b"\x00" not in out and out, "--replace-invalid handles NUL")

for name, data in [("empty", b""), ("blank", b"  \n\t\r\n  \n")]:
    p = tmpfile(name + ".txt", data)
    rc, out, err = run([p])
    check(rc == 1 and out == b"" and
          err == "summar: %s: no text to summarize\n" % p,
          "%s input: exit 1, no text to summarize" % name, err)
rc, out, err = run([], stdin=b"")
check(rc == 1 and err == "summar: standard input: no text to summarize\n",
      "empty stdin: exit 1", err)

rc, out, err = run(["--max-bytes", "100", EN])
check(rc == 1 and "larger than 100 bytes" in err and "--max-bytes" in err,
      "--max-bytes limits the input", err)
rc, out, err = run(["--max-bytes", "1M", "--words", "80", EN])
check(rc == 0 and out == out_f, "--max-bytes takes K/M/G suffixes")

# ------------------------------------------------------------- budgets

budget_ok = True
detail = []
for path in (EN, AR):
    for n in (5, 12, 25, 40, 60, 90, 120, 200):
        for alg in algs:
            rc, out, err = run(["--words", str(n), "--algorithm", alg, path])
            if rc != 0 or words(out) > n:
                budget_ok = False
                detail.append((path, n, alg, rc, words(out)))
check(budget_ok, "--words N: never more than N words (every algorithm)",
      detail)

for n in (1, 3, 5):
    doc = summary_json(["--sentences", str(n)], EN)
    check(doc is not None and 0 < len(doc["sentences"]) <= n,
          "--sentences %d: at most %d sentences" % (n, n))

doc = summary_json(["--ratio", "1"], EN)
doc_half = summary_json(["--ratio", "0.3"], EN)
check(doc and doc_half and doc_half["words"] < doc["words"]
      and doc_half["words"] <= round(0.3 * doc["source_words"]),
      "--ratio R takes about R of the source's words")

for k in range(1, 7):
    rc, out, err = run(["--words", "300", "--paragraphs", str(k), EN])
    paras = paragraphs(out) if rc == 0 else None
    check(paras is not None and len(paras) == k,
          "--paragraphs %d: %d paragraphs, one blank line apart" % (k, k),
          out[:200])

ok = True
for path in (EN, AR):
    src = read(path)
    for args in (["--words", "60"], ["--words", "150", "--paragraphs", "3"],
                 ["--sentences", "4", "--algorithm", "textrank"],
                 ["--ratio", "0.5", "--paragraphs", "2"]):
        doc = summary_json(args, path)
        rc, out, err = run(args + [path])
        if not doc or not verbatim(doc, src) or rc != 0 \
                or out.decode().rstrip("\n") != doc["text"].rstrip("\n"):
            ok = False
check(ok, "every output sentence is a byte-exact slice of the input")

# ------------------------------------------------------------- formats

doc = summary_json(["--words", "100", "--paragraphs", "2", "--keywords", "3"],
                   EN)
check(doc is not None and doc["language"] == "en" and doc["words"] <= 100
      and doc["paragraphs"] == 2 and 1 <= len(doc["keywords"]) <= 3,
      "--format json parses, with language, words, paragraphs, keywords")
kws = doc["keywords"] if doc else []
check(kws and all(isinstance(k.get("word"), str) and k["word"]
                  for k in kws)
      and kws[0]["weight"] == 1
      and all(0 < b["weight"] <= a["weight"] for a, b in zip(kws, kws[1:])),
      "--format json keywords: words with weights, the first 1, "
      "not increasing", kws)

rc, out, err = run(["--format", "html", "--title", "--ratio", "1", EN])
html = out.decode()
body = re.sub(r"</?(p|h1)>", "", html)
check(rc == 0 and html.startswith("<h1>City Council Approves")
      and html.count("<p>") == html.count("</p>") >= 1
      and "&amp;" in html and "&lt;" in html and "&gt;" in html
      and "<" not in body and ">" not in body
      and not re.search(r"&(?!amp;|lt;|gt;|quot;|#39;|#x27;|apos;)", body),
      "--format html escapes the text", html[:300])

rc, out, err = run(["--format", "markdown", "--title", "--words", "60", EN])
check(rc == 0 and out.startswith(b"# City Council Approves New Bicycle Network\n\n"),
      "--format markdown with --title starts with a # heading")

rc, out, err = run(["--title", "--words", "60", EN])
check(rc == 0 and out.startswith(b"City Council Approves New Bicycle Network\n\n"),
      "--title in text starts with the headline as its own paragraph")

rc, out, err = run(["--words", "2000", EN])
rc_q, out_q, err_q = run(["--quiet", "--words", "2000", EN])
check(rc == 0 and "warning" in err and rc_q == 0 and err_q == ""
      and out_q == out, "--quiet drops the warnings, not the summary")

rc, out, err = run(["-v", "--words", "60", EN])
check(rc == 0 and run(["--words", "60", EN])[1] == out and
      re.search(r"^summar: language English \(en\); \d+ of \d+ words", err,
                re.M), "--verbose reports the language and sizes", err)

# ------------------------------------------------ acceptance (Arabic)

ARABIC = re.compile(r"[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]")
JUNK = ["googletag", "Smiley", "Summarize", "©", "شاركها", "رويترز",
        "الحقوق محفوظة", "أخبار محلية", "محطة جديدة لتحلية المياه تعد"]

rc, out, err = run(["--words", "2000", "--paragraphs", "6", "--output-lang",
                    "ar", AR])
text = out.decode()
letters = [c for c in text if c.isalpha()]
paras = paragraphs(out)
check(rc == 0 and letters and all(ARABIC.match(c) for c in letters),
      "acceptance: --output-lang ar prints Arabic only")
check(paras is not None and len(paras) == 6,
      "acceptance: exactly 6 paragraphs", text[:300])
check(not any(j in text for j in JUNK),
      "acceptance: no junk, caption, title or instruction",
      [j for j in JUNK if j in text])
m = re.search(r"^summar: warning: the source holds only about (\d+) words of "
              r"content, fewer than the 2000 asked for$", err, re.M)
check(m and 0 < int(m.group(1)) < 2000 and abs(int(m.group(1)) - words(out)) <= 5,
      "acceptance: a warning about the short source", err)
doc = summary_json(["--words", "2000", "--paragraphs", "6", "--output-lang",
                    "ar"], AR)
check(doc and verbatim(doc, ar) and doc["text"].rstrip("\n") == text.rstrip("\n"),
      "acceptance: sentences verbatim")

rc, out, err = run(["--words", "120", "--paragraphs", "2", AR])
paras = paragraphs(out)
check(rc == 0 and words(out) <= 120 and paras is not None and len(paras) == 2,
      "acceptance: --words 120 --paragraphs 2 gives <= 120 words in 2 "
      "paragraphs", (words(out), out[:200]))

rc, out, err = run(["--words", "2000", "--paragraphs", "6", "--output-lang",
                    "en", AR])
check(rc == 1 and out == b"" and
      "summar: translation is not supported: the source is Arabic (ar), the "
      "output was asked in English (en)" in err,
      "acceptance: --output-lang en fails with the translation message", err)
rc, out, err = run(["--output-lang", "Arabic", "--words", "50", AR])
check(rc == 0 and out, "--output-lang takes a language name too")
rc, out, err = run(["--output-lang", "ar", "--words", "50", EN])
check(rc == 1 and "the source is English (en), the output was asked in "
      "Arabic (ar)" in err, "--output-lang mismatch the other way", err)

rc_a, out_a, err_a = run(["--follow-request", AR])
rc_b, out_b, err_b = run(["--words", "2000", "--paragraphs", "6",
                          "--output-lang", "ar", AR])
check(rc_a == 0 and out_a == out_b and len(paragraphs(out_a) or []) == 6,
      "--follow-request obeys the English instruction in the text")
rc_a, out_a, _ = run(["--follow-request", AR_REQ])
rc_b, out_b, _ = run(["--words", "120", "--paragraphs", "2", AR_REQ])
check(rc_a == 0 and out_a == out_b and words(out_a) <= 120
      and len(paragraphs(out_a) or []) == 2,
      "--follow-request obeys the Arabic instruction in the text")
rc_a, out_a, _ = run(["--follow-request", "--paragraphs", "3", AR])
rc_b, out_b, _ = run(["--words", "2000", "--paragraphs", "3", AR])
check(rc_a == 0 and out_a == out_b, "explicit options win over the request")
rc_a, out_a, err_a = run(["--follow-request", "--words", "60", EN])
rc_b, out_b, _ = run(["--words", "60", EN])
check(rc_a == 0 and out_a == out_b and "no instruction" in err_a,
      "--follow-request without an instruction warns and goes on")

# --------------------------------------------------------------- batch

lines = [
    json.dumps({"id": 1, "text": en.decode(), "words": 60}),
    "this is not json",
    json.dumps({"id": "two", "text": ar.decode(), "words": 80,
                "paragraphs": 2, "algorithm": "lexrank"}),
    "",
    json.dumps({"id": 3, "text": "   "}),
    json.dumps([1, 2]),
    json.dumps({"id": 4, "text": ar.decode(), "lang": "ar",
                "output_lang": "en"}),
    json.dumps({"id": 5, "text": en.decode(), "sentences": 2}),
    json.dumps({"id": 6, "text": en.decode(), "words": 0}),
    json.dumps({"id": 7, "text": en.decode(), "algorithm": "nope"}),
    json.dumps({"id": 8, "text": "Short one.\u0000 With a NUL."}),
    json.dumps({"id": 9, "text": en.decode(), "words": 40, "keywords": 2}),
    json.dumps({"id": 10}),
]
batch_in = ("\n".join(lines) + "\n").encode()
p = tmpfile("batch.jsonl", batch_in)
rc1, o1, e1 = run(["--jsonl", "--jobs", "1", p])
rc2, o2, e2 = run(["--jsonl", "--jobs", "2"], stdin=batch_in)
rc4, o4, e4 = run(["--jsonl", "--jobs", "4", p])
check(o1 == o2 == o4 and o1, "--jsonl: --jobs 1, 2 and 4 give the same output")
check(rc1 == 1 and rc2 == 1, "--jsonl: exit 1 when a line failed")
out_lines = jsonl(o1)
check(len(out_lines) == len(lines),
      "--jsonl: one output line per input line, blank lines too",
      len(out_lines))
ids = [o.get("id") for o in out_lines]
check(ids == [1, None, "two", None, 3, None, 4, 5, 6, 7, 8, 9, 10],
      "--jsonl: input order kept, ids echoed", ids)
errs = [(k + 1, o["error"]) for k, o in enumerate(out_lines) if "error" in o]
check(errs and all(e["line"] == k for k, e in errs),
      "--jsonl: every error carries its input line number", errs)


def error_of(o):
    return o.get("error", {"code": "", "message": ""})


if len(out_lines) == 13:
    o = out_lines
    check(set(o[0]) >= {"id", "schema", "text", "language", "words",
                        "sentences", "warnings"}
          and o[0]["language"] == "en" and o[0]["words"] <= 60
          and words(o[0]["text"]) == o[0]["words"]
          and o[0]["text"].rstrip("\n") == run(["--words", "60", EN])[1].decode().rstrip("\n"),
          "--jsonl: a summary equals the one of the plain mode")
    doc60 = summary_json(["--words", "60"], EN)
    check(doc60 and {k: v for k, v in o[0].items() if k != "id"} == doc60,
          "--jsonl: a result line is the --format json object plus its id")
    check(o[2]["language"] == "ar" and o[2]["words"] <= 80
          and len(paragraphs(o[2]["text"].encode()) or []) == 2,
          "--jsonl: per-line words, paragraphs and algorithm")
    check(error_of(o[1])["code"] == "invalid_json"
          and "JSON" in error_of(o[1])["message"],
          "--jsonl: a bad line gives an error object")
    check(error_of(o[3])["code"] == "blank",
          "--jsonl: a blank line gives an error line of its own")
    check(error_of(o[4])["code"] == "empty"
          and "no text" in error_of(o[4])["message"],
          "--jsonl: empty text is an error")
    check(error_of(o[5])["code"] == "not_object",
          "--jsonl: a non-object is an error")
    check(error_of(o[6])["code"] == "lang_mismatch" and
          "translation is not supported" in error_of(o[6])["message"],
          "--jsonl: output_lang mismatch is an error")
    check("text" in o[7] and len(o[7]["sentences"]) <= 2,
          "--jsonl: per-line sentences budget")
    check("words" in error_of(o[8])["message"]
          and error_of(o[8])["code"] == "bad_field",
          "--jsonl: words 0 is an error")
    check("algorithm" in error_of(o[9])["message"],
          "--jsonl: an unknown algorithm is an error")
    check(error_of(o[10])["code"] == "nul"
          and "NUL" in error_of(o[10])["message"],
          "--jsonl: NUL in text is an error")
    check(1 <= len(o[11].get("keywords", [])) <= 2
          and o[11]["keywords"][0]["weight"] == 1
          and isinstance(o[11]["keywords"][0]["word"], str),
          "--jsonl: keywords with weights")
    check("text" in error_of(o[12])["message"],
          "--jsonl: missing text is an error")
good = (lines[0] + "\n" + lines[2] + "\n").encode()
rc, out, err = run(["--jsonl"], stdin=good)
check(rc == 0 and len(out.splitlines()) == 2, "--jsonl: exit 0 when all lines pass")
rc, out, err = run(["--jsonl", "--replace-invalid"],
                   stdin=b'{"id":1,"text":"Fine words here. Bad \xff byte here. More words."}\n'
                   b'{"id":2,"text":"A NUL\\u0000 here. And more text after it."}\n'
                   b'{"id":3,"text":"A lone \\ud800 half here. And a pair \\ud83d\\ude00 too. '
                   b'More words to read."}\n')
res = jsonl(out)
check(rc == 0 and len(res) == 3 and all("text" in r for r in res)
      and all("replaced" in r["warnings"] for r in res),
      "--jsonl --replace-invalid repairs raw bytes, NUL and a lone \\ud800",
      out)
rc, out, err = run(["--jsonl", "--replace-invalid", "--ratio", "1"],
                   stdin=b'{"id":3,"text":"A lone \\ud800 half here. And a pair '
                   b'\\ud83d\\ude00 too. More words to read."}\n')
res = jsonl(out)
check(rc == 0 and res and "\ufffd half" in res[0]["text"]
      and "\U0001F600" in res[0]["text"],
      "--jsonl --replace-invalid: U+FFFD for the lone half, the pair kept",
      out)
rc, out, err = run(["--jsonl"],
                   stdin=b'{"id":"s1","text":"A lone \\ud800 half."}\n')
res = jsonl(out)
check(rc == 1 and res and res[0]["id"] == "s1"
      and error_of(res[0])["code"] == "invalid_json",
      "--jsonl: a lone \\ud800 without --replace-invalid is an error that "
      "keeps the id", out)
rc, out, err = run(["--jsonl"], stdin=b'{"id":1,"text":"Bad \xff byte."}\n')
res = jsonl(out)
check(rc == 1 and res and "error" in res[0],
      "--jsonl: raw invalid UTF-8 is an error")
rc, out, err = run(["--jsonl"], stdin=b'{"id": {"doc": [7, "x"]}, "text": "broken\n'
                   b'{"text": "no id", "id": 12, oops}\n')
res = jsonl(out)
check(rc == 1 and [r.get("id") for r in res] == [{"doc": [7, "x"]}, 12]
      and all(error_of(r)["code"] == "invalid_json" for r in res)
      and [error_of(r)["line"] for r in res] == [1, 2],
      "--jsonl: a line that does not parse keeps its id when it can be read",
      out)
big = "\n".join(json.dumps({"id": i, "text": en.decode(), "words": 10 + i % 50})
                for i in range(600)).encode() + b"\n"
rc1, o1, _ = run(["--jsonl", "--jobs", "1"], stdin=big)
rc2, o2, _ = run(["--jsonl", "--jobs", "3"], stdin=big)
ids = [json.loads(l)["id"] for l in o2.decode().splitlines()]
check(rc1 == rc2 == 0 and o1 == o2 and ids == list(range(600)),
      "--jsonl: 600 lines keep their order")
jsonl(o2)

# --------------------------------------------------------- subcommands

rc, out, err = run(["sentences", AR])
sl = out.decode().splitlines()
rcj, outj, _ = run(["sentences", "--json", AR])
arr = json.loads(outj.decode()) if rcj == 0 else []
check(rc == 0 and len(sl) == len(arr) > 10, "sentences: one line per sentence")
check(any(l.startswith("[junk] ") for l in sl)
      and any(l.startswith("[title] ") for l in sl)
      and any("request" in l.split("]")[0] for l in sl if l.startswith("[")),
      "sentences: dropped sentences are marked [junk], [title], [request]")
ok = all(ar[s["start"]:s["end"]].decode() == s["text"] for s in arr)
ok = ok and all(
    (l.endswith(s["text"].replace("\\", "\\\\").replace("\n", "\\n")))
    for l, s in zip(sl, arr))
check(ok, "sentences: text and JSON agree with the byte offsets")
kept = [s for s in arr if not set(s["flags"]) & {"title", "junk", "code",
                                                  "foreign", "duplicate",
                                                  "request"}]
check(all(not l.startswith("[") for l, s in zip(sl, arr) if s in kept),
      "sentences: kept sentences carry no marker")
rc, out, err = run(["sentences", "--no-clean"],
                   stdin=b"First line here.\nSecond line\twith a tab.\n\n"
                         b"[x] Third \\ line.\n")
check(rc == 0 and out == b"First line here.\nSecond line\\twith a tab.\n"
                         b"\\[x] Third \\\\ line.\n",
      "sentences: escapes tabs, backslashes and a leading [", out)
rc, out, err = run(["sentences"], stdin=b"")
check(rc == 1 and "no text" in err, "sentences: empty input is an error")

rc, out, err = run(["tokens", EN])
rows = [l.split("\t") for l in out.decode().splitlines()]
ok = rc == 0 and len(rows) > 100 and all(len(r) == 5 for r in rows)
ok = ok and all(int(r[0]) < int(r[1]) and en[int(r[0]):int(r[1])].strip()
                for r in rows)
check(ok, "tokens: START END NORM STEM FLAGS per line, offsets in the text")
check(any(r[2] == "council" and r[4] == "letters" for r in rows)
      and any("stopword" in r[4] for r in rows)
      and any("number" in r[4] for r in rows),
      "tokens: norms and flags")
rc, outj, err = run(["tokens", "--json", EN])
toks = json.loads(outj.decode())
check(len(toks) == len(rows) and all(
    t["norm"] == r[2] and t["start"] == int(r[0]) for t, r in zip(toks, rows)),
    "tokens --json agrees with the text form")
rc, out, err = run(["tokens", "--help"])
check(rc == 0 and b"Usage: summar tokens" in out, "tokens --help")
rc, out, err = run(["sentences", "--help"])
check(rc == 0 and b"Usage: summar sentences" in out, "sentences --help")

# ---------------------------------------------------------------- misc

if os.path.exists("/dev/full"):
    with open("/dev/full", "wb") as full:
        p = subprocess.run([SUMMAR, "--words", "60", EN], stdout=full,
                           stderr=subprocess.PIPE, timeout=60)
    check(p.returncode == 1 and b"write error" in p.stderr,
          "a write error exits 1", p.stderr)

# ------------------------------------------------- JSON of several files

rc, out, err = run(["--format", "json", "--words", "60", EN, AR])
objs = jsonl(out)
single = [summary_json(["--words", "60"], f) for f in (EN, AR)]
check(rc == 0 and len(objs) == 2 and len(out.splitlines()) == 2
      and [o.get("file") for o in objs] == [EN, AR]
      and [{k: v for k, v in o.items() if k != "file"} for o in objs] == single,
      "--format json with several files: JSON Lines with a \"file\" member",
      out[:300])

# ------------------------------------------------------ title in budget

ok, detail = True, []
for n in (8, 12, 20, 40, 90):
    for fmt in ("text", "markdown"):
        rc, out, err = run(["--title", "--words", str(n), "--format", fmt, EN])
        if rc != 0 or words(out.replace(b"# ", b"")) > n:
            ok = False
            detail.append((n, fmt, rc, words(out)))
    doc = summary_json(["--title", "--words", str(n)], EN)
    if not doc or doc["words"] > n or (
            doc.get("title") and doc["words"] != words(doc["title"]) + sum(
                s["words"] for s in doc["sentences"])):
        ok = False
        detail.append((n, "json", doc and doc["words"]))
check(ok, "--title --words N: the title counts, never more than N words "
      "printed", detail)
rc, out, err = run(["--title", "--words", "20", EN])
check(rc == 0 and out.startswith(b"City Council Approves New Bicycle Network\n\n"),
      "--title --words 20 keeps the headline when a sentence fits after it",
      out)
rc, out, err = run(["--title", "--words", "5", EN])
check(b"City Council" not in out and words(out) <= 5,
      "--title leaves out a headline longer than the budget", out)

# ---------------------------------------------------------------- UTF-16

utf8 = read(EN)
for bom, enc in ((b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be")):
    p = tmpfile("bom-%s.txt" % enc, bom + utf8.decode().encode(enc))
    rc, out, err = run(["--words", "60", p])
    check(rc == 0 and out == run(["--words", "60", EN])[1],
          "UTF-16 (%s) with a byte-order mark is decoded" % enc, err)
p = tmpfile("nobom.txt", utf8.decode().encode("utf-16-le"))
rc, out, err = run(["--words", "60", p])
check(rc == 1 and out == b"" and "looks like UTF-16LE" in err
      and "invalid UTF-8" not in err,
      "UTF-16 without a byte-order mark: said to look like UTF-16", err)
p = tmpfile("badbom.txt", b"\xff\xfe" + "Lone ".encode("utf-16-le")
            + b"\x00\xd8" + " half. More text here.".encode("utf-16-le"))
rc, out, err = run(["--ratio", "1", p])
rc2, out2, err2 = run(["--ratio", "1", "--replace-invalid", p])
check(rc == 1 and "invalid UTF-16 at byte 12" in err and rc2 == 0
      and "\ufffd".encode() in out2,
      "UTF-16: an unpaired surrogate fails, or is replaced with "
      "--replace-invalid", (err, out2))

# ------------------------------------------------------------ --fill

rc, out, err = run(["--words", "41", "--fill", "--format", "json", EN])
doc = (jsonl(out) or [None])[0] if rc == 0 else None
cut = [x for x in doc["sentences"] if x.get("truncated")] if doc else []
check(doc is not None and doc["words"] == 41 and len(cut) == 1
      and cut[0]["text"].endswith("\u2026") and "truncated" in doc["warnings"]
      and words(doc["text"].encode("utf-8")) <= 41,
      "--fill: the budget is used exactly, the last sentence cut with \u2026",
      out)
rc, out, err = run(["--words", "3", EN])
check(rc == 0 and out.rstrip().endswith("\u2026".encode("utf-8"))
      and words(out) <= 3,
      "--words below every sentence: the best one cut, not an empty summary",
      out)

# ------------------------------------------------------ unknown language

rc, out, err = run(["--lang", "xx", "--words", "60", EN])
doc = summary_json(["--lang", "xx-Latn", "--words", "60"], EN)
check(rc == 0 and out and words(out) <= 60
      and "does not know the language 'xx'" in err
      and doc and doc["language"] == "und",
      "--lang xx (well-formed, unknown): summarized with a warning", err)
rc, out, err = run(["--jsonl"], stdin=(json.dumps(
    {"id": 1, "text": read(EN).decode(), "lang": "qaa", "words": 30})
    + "\n").encode())
res = jsonl(out)
check(rc == 0 and res and res[0]["language"] == "und",
      "--jsonl: a well-formed unknown \"lang\" is accepted", out[:200])

report()
