#!/usr/bin/python3
"""Score HTML main-content extraction on the extraction benchmarks.

Usage:
    extract_eval.py [--summar PATH] [--table] [--folds K] MODE DATA.jsonl.gz
    extract_eval.py [--summar PATH] --all DIR

--all DIR runs the three modes on DIR/articles.dev.jsonl.gz and
DIR/realworld.dev.jsonl.gz (the `extract-eval` build target).

MODE is one of
  articles   pages with their true article body ("html", "body"), scored
             without the title block (kept apart; the body holds none):
             words are
             runs of \\w+ (case kept), each text becomes overlapping 4-word
             shingles counted with repeats; precision = matched output
             shingles / output shingles and recall = matched / true
             shingles, each averaged over pages (a page with empty output
             counts only against recall); F1 from the two averages.
  realworld  pages with strings that must appear in the main text ("must")
             and strings that must not ("must_not"): TP = must found, FN =
             must missed, FP = must_not found; F1 over all strings pooled.
  visible    the realworld pages as visible text (every text block on its
             own line, `summar extract --visible`) through the plain-text
             cleaning (`summar extract --text`), scored as realworld.

The extractor is the summar CLI (`summar extract`), run once per page with
the page's bytes (UTF-8) on stdin.  --table prints a per-page table.
--folds K prints the F1 of each of K interleaved folds (their spread shows
how much a number depends on the pages).
"""

import argparse
import collections
import gzip
import json
import os
import re
import subprocess
import sys

WORD = re.compile(r"\w+")


def shingles(text):
    words = WORD.findall(text)
    if 0 < len(words) < 4:
        return collections.Counter([tuple(words)])
    return collections.Counter(
        tuple(words[i:i + 4]) for i in range(len(words) - 3))


def run(summar, args, data):
    p = subprocess.run([summar] + args, input=data, capture_output=True,
                       timeout=60)
    return p.stdout.decode("utf-8", "replace"), p.returncode


def norm(s):
    return " ".join(s.split())


def f1(p, r):
    return 2 * p * r / (p + r) if p + r else 0.0


def score_articles(pages, outputs):
    rows = []
    for page, out in zip(pages, outputs):
        o, t = shingles(out), shingles(page["body"])
        matched = sum(min(c, t[s]) for s, c in o.items() if s in t)
        no, nt = sum(o.values()), sum(t.values())
        prec = matched / no if no else None
        rec = matched / nt if nt else 0.0
        rows.append((page, prec, rec))
    return rows


def summarize_articles(rows):
    precs = [p for _, p, _ in rows if p is not None]
    p = sum(precs) / len(precs) if precs else 0.0
    r = sum(x for _, _, x in rows) / len(rows) if rows else 0.0
    return f1(p, r), p, r


def score_strings(pages, outputs):
    rows = []
    for page, out in zip(pages, outputs):
        o = norm(out)
        tp = sum(1 for s in page["must"] if norm(s) in o)
        fn = len(page["must"]) - tp
        fp = sum(1 for s in page["must_not"] if norm(s) in o)
        rows.append((page, tp, fn, fp))
    return rows


def summarize_strings(rows):
    tp = sum(r[1] for r in rows)
    fn = sum(r[2] for r in rows)
    fp = sum(r[3] for r in rows)
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return f1(p, r), p, r


def body_text(out):
    """The article text of `summar extract --format json` without the title
    block: the title is kept apart, and the benchmark's body holds none."""
    try:
        doc = json.loads(out)
    except ValueError:
        return ""
    text = doc["text"].encode("utf-8")
    return "\n\n".join(text[b["start"]:b["end"]].decode("utf-8")
                       for b in doc["blocks"] if b["kind"] != "title")


def extract(summar, mode, page):
    data = page["html"].encode("utf-8")
    if mode == "articles":
        return body_text(run(summar, ["extract", "--format", "json", "-"],
                             data)[0])
    if mode != "visible":
        return run(summar, ["extract", "-"], data)[0]
    vis, _ = run(summar, ["extract", "--visible", "-"], data)
    return run(summar, ["extract", "--text", "-"],
               vis.encode("utf-8"))[0]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--summar", default="summar")
    ap.add_argument("--table", action="store_true")
    ap.add_argument("--folds", type=int, default=0)
    ap.add_argument("--all", metavar="DIR")
    ap.add_argument("mode", nargs="?",
                    choices=["articles", "realworld", "visible"])
    ap.add_argument("data", nargs="?")
    a = ap.parse_args()
    if a.all:
        for mode, name in (("articles", "articles"),
                           ("realworld", "realworld"),
                           ("visible", "realworld")):
            evaluate(a, mode, os.path.join(a.all, name + ".dev.jsonl.gz"))
        return 0
    if not a.mode or not a.data:
        ap.error("MODE and DATA, or --all DIR")
    evaluate(a, a.mode, a.data)
    return 0


def evaluate(a, mode, data):
    with gzip.open(data, "rt", encoding="utf-8") as f:
        pages = [json.loads(line) for line in f if line.strip()]
    outputs = [extract(a.summar, mode, p) for p in pages]
    if mode == "articles":
        rows = score_articles(pages, outputs)
        total = summarize_articles
    else:
        rows = score_strings(pages, outputs)
        total = summarize_strings
    if a.table:
        for row in rows:
            page = row[0]
            name = page.get("url") or page.get("id")
            if mode == "articles":
                p = "-" if row[1] is None else "%.3f" % row[1]
                print("%6s %6.3f  %s" % (p, row[2], name))
            else:
                print("tp %2d fn %2d fp %2d  %s %s" %
                      (row[1], row[2], row[3], page.get("lang", ""), name))
    if a.folds > 1:
        for k in range(a.folds):
            fo, fp_, fr = total(rows[k::a.folds])
            print("fold %d: F1 %.4f  P %.4f  R %.4f" % (k, fo, fp_, fr))
    f, p, r = total(rows)
    print("%s: pages %d  F1 %.4f  precision %.4f  recall %.4f" %
          (mode, len(pages), f, p, r))
    sys.stdout.flush()


if __name__ == "__main__":
    sys.exit(main())
