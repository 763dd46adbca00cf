#!/usr/bin/python3
"""Fit the article model of the plain-text cleaning (libsummar/clean_body.c).

Usage:
    clean_fit.py --run build/tools/clean_run [--check | --write] [--folds K]
                 [--shuffle SEED]
                 [--table] realworld.dev.jsonl.gz

Text scraped from a web page keeps its menus, teasers and footers.  In a
page, libsummar keeps or drops each block (line) with a logistic model of
the block's features (clean_run prints them, the C code computes them).
This tool fits the weights on the realworld pages of the extraction
benchmark given as visible text (every block on its own line, as
`summar extract --visible` prints them):

- labels: a block holding one of the page's "must" strings (or lying
  inside one) is article (1), a block holding a "must_not" string is not
  (0); blocks holding neither are not used;
- fit: L2-regularised logistic regression (Newton's method) on the
  labelled blocks of pages the model applies to, the blocks the earlier
  tests kept;
- threshold: the probability above which a block is kept, chosen from a
  grid by the pooled string F1 (TP must found, FN must missed, FP must_not
  found, over the kept blocks' text) on the pages the weights were fitted
  on;
- cross-validation: page i is in fold i mod K (--shuffle SEED: the pages
  shuffled first, another assignment to compare a change on); each fold is
  scored with the weights and threshold fitted on the others.  It prints
  the held-out F1 of each fold, their mean and standard deviation, the
  pooled held-out F1, and the same for the densest runs alone (keep a
  block when it lies in them, the model's feature "in").

Then it fits on all pages and prints the weights, the threshold folded
into the bias (a block is kept when the weighted sum is positive).
--check fails (status 1) when they differ from those in clean_body.c;
--write writes them there.  The scores are of the cleaning's blocks, not
of `summar extract --text` (which also drops sentences and duplicates):
tools/extract_eval.py gives that.
"""

import argparse
import gzip
import json
import math
import os
import random
import re
import subprocess
import sys

FEATURES = ["bias", "words", "term", "commas", "text", "in", "run", "dist",
            "before", "after", "neighbours", "tiny", "caps", "digits",
            "colon", "prev", "next", "promo", "credit", "quote",
            "shared"]
L2 = 1.0
THRESHOLDS = [x / 100 for x in range(30, 71, 5)]
SOURCE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..",
                      "libsummar", "clean_body.c")


def norm(s):
    return " ".join(s.split())


def run_pages(exe, pages):
    """The visible text and block features of every page, from clean_run."""
    data = bytearray(b"PAGES %d\n" % len(pages))
    for p in pages:
        h = p["html"].encode("utf-8")
        data += b"%d\n" % len(h) + h
    out = subprocess.run([exe], input=bytes(data), capture_output=True,
                         check=True).stdout
    res, pos = [], 0
    for _ in pages:
        nl = out.index(b"\n", pos)
        tlen = int(out[pos:nl].split()[1])
        text = out[nl + 1:nl + 1 + tlen]
        pos = nl + 1 + tlen + 1
        nl = out.index(b"\n", pos)
        _, n, page = out[pos:nl].split()
        pos = nl + 1
        blocks = []
        for _ in range(int(n)):
            nl = out.index(b"\n", pos)
            f = out[pos:nl].split()
            pos = nl + 1
            s, e = int(f[0]), int(f[1])
            blocks.append({"text": text[s:e].decode("utf-8", "replace"),
                           "dropped": f[2] == b"1",
                           "x": [float(v) for v in f[3:]]})
        res.append((int(page), blocks))
    return res


def label(page, blocks):
    must = [norm(s) for s in page["must"]]
    must_not = [norm(s) for s in page["must_not"]]
    for b in blocks:
        t = norm(b["text"])
        b["y"] = None
        if any(m in t or (len(t) > 12 and t in m) for m in must_not):
            b["y"] = 0
        if any(m in t or (len(t) > 12 and t in m) for m in must):
            b["y"] = 1


def solve(a, b):
    n = len(b)
    m = [row[:] + [b[i]] for i, row in enumerate(a)]
    for c in range(n):
        p = max(range(c, n), key=lambda r: abs(m[r][c]))
        m[c], m[p] = m[p], m[c]
        if abs(m[c][c]) < 1e-12:
            continue
        for r in range(n):
            if r != c and m[r][c]:
                f = m[r][c] / m[c][c]
                for k in range(c, n + 1):
                    m[r][k] -= f * m[c][k]
    return [m[i][n] / m[i][i] if abs(m[i][i]) > 1e-12 else 0.0
            for i in range(n)]


def sigmoid(z):
    return 1 / (1 + math.exp(-max(-30.0, min(30.0, z))))


def fit(xs, ys, iters=25):
    """L2-regularised logistic regression (the bias is not penalised)."""
    d = len(xs[0])
    w = [0.0] * d
    for _ in range(iters):
        h = [[0.0] * d for _ in range(d)]
        g = [0.0] * d
        for x, y in zip(xs, ys):
            p = sigmoid(sum(a * b for a, b in zip(w, x)))
            e, s = p - y, p * (1 - p)
            for i in range(d):
                g[i] += e * x[i]
                xi = x[i] * s
                if xi:
                    hi = h[i]
                    for j in range(d):
                        hi[j] += xi * x[j]
        for i in range(1, d):
            h[i][i] += L2
            g[i] += L2 * w[i]
        h[0][0] += 1e-9
        step = solve(h, g)
        w = [a - b for a, b in zip(w, step)]
        if max(abs(v) for v in step) < 1e-9:
            break
    return w


def counts(page, blocks, keep):
    o = norm(" ".join(b["text"] for b, k in zip(blocks, keep) if k))
    tp = sum(1 for s in page["must"] if norm(s) in o)
    fp = sum(1 for s in page["must_not"] if norm(s) in o)
    return tp, len(page["must"]) - tp, fp


def prf(c):
    tp, fn, fp = c
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return (2 * p * r / (p + r) if p + r else 0.0), p, r


def keeps(isp, blocks, w, bias):
    """Which blocks the cleaning keeps with weights w and extra bias."""
    out = []
    for b in blocks:
        if b["dropped"]:
            out.append(False)
        elif not isp:
            out.append(True)
        else:
            out.append(sum(a * x for a, x in zip(w, b["x"])) + bias > 0)
    return out


def pooled(pages, feats, idx, w, bias):
    tot = [0, 0, 0]
    for i in idx:
        isp, blocks = feats[i]
        c = counts(pages[i], blocks, keeps(isp, blocks, w, bias))
        tot = [a + b for a, b in zip(tot, c)]
    return tot


def train(pages, feats, idx):
    """Weights and the bias that folds in the threshold chosen on idx."""
    xs, ys = [], []
    for i in idx:
        isp, blocks = feats[i]
        if not isp:
            continue
        for b in blocks:
            if not b["dropped"] and b["y"] is not None:
                xs.append(b["x"])
                ys.append(b["y"])
    w = fit(xs, ys)
    best = None
    for t in THRESHOLDS:
        bias = -math.log(t / (1 - t))
        f = prf(pooled(pages, feats, idx, w, bias))[0]
        if best is None or f > best[0] + 1e-12:
            best = (f, t, bias)
    return w, best[1], best[2]


def baseline():
    w = [0.0] * len(FEATURES)
    w[FEATURES.index("in")] = 1.0
    return w


def mean_sd(v):
    m = sum(v) / len(v)
    return m, math.sqrt(sum((x - m) ** 2 for x in v) / (len(v) - 1))


def shipped():
    src = open(SOURCE, encoding="utf-8").read()
    m = re.search(r"BEGIN body_weights \*/(.*?)/\* END", src, re.S)
    return [float(x) for x in m.group(1).replace(",", " ").split()], src


def formatted(w):
    vals = ["%.4g" % round(v, 4) for v in w]
    lines, cur = [], "   "
    for v in vals:
        if len(cur) + len(v) + 2 > 78:
            lines.append(cur)
            cur = "   "
        cur += " " + v + ","
    lines.append(cur)
    return lines, [float(v) for v in vals]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--run", required=True, help="build/tools/clean_run")
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--shuffle", type=int, default=0, metavar="SEED",
                    help="folds of pages shuffled with this seed (0: page "
                    "i in fold i mod K)")
    ap.add_argument("--check", action="store_true")
    ap.add_argument("--write", action="store_true")
    ap.add_argument("--table", action="store_true",
                    help="held-out counts of every page")
    ap.add_argument("data")
    a = ap.parse_args()
    with gzip.open(a.data, "rt", encoding="utf-8") as f:
        pages = [json.loads(line) for line in f if line.strip()]
    feats = run_pages(a.run, pages)
    for page, (_, blocks) in zip(pages, feats):
        label(page, blocks)
        for b in blocks:
            if len(b["x"]) != len(FEATURES):
                sys.exit("clean_run prints %d features, this tool knows %d"
                         % (len(b["x"]), len(FEATURES)))
    k = a.folds
    allidx = list(range(len(pages)))
    order = allidx[:]
    if a.shuffle:
        random.Random(a.shuffle).shuffle(order)
    fold = {i: n % k for n, i in enumerate(order)}
    fold_f, base_f = [], []
    tot, btot = [0, 0, 0], [0, 0, 0]
    for j in range(k):
        test = [i for i in allidx if fold[i] == j]
        tr = [i for i in allidx if fold[i] != j]
        w, t, bias = train(pages, feats, tr)
        c = pooled(pages, feats, test, w, bias)
        bc = pooled(pages, feats, test, baseline(), 0.0)
        tot = [x + y for x, y in zip(tot, c)]
        btot = [x + y for x, y in zip(btot, bc)]
        fold_f.append(prf(c)[0])
        base_f.append(prf(bc)[0])
        print("fold %d: threshold %.2f  F1 %.4f (densest runs alone %.4f)"
              % (j, t, fold_f[-1], base_f[-1]))
        if a.table:
            for i in test:
                isp, blocks = feats[i]
                c1 = counts(pages[i], blocks, keeps(isp, blocks, w, bias))
                c0 = counts(pages[i], blocks,
                            keeps(isp, blocks, baseline(), 0.0))
                print("  %3d tp %2d fn %2d fp %2d  (runs: %2d %2d %2d)  %s"
                      % ((i,) + c1 + c0 + (pages[i].get("url", ""),)))
    m, sd = mean_sd(fold_f)
    bm, bsd = mean_sd(base_f)
    print("model, %d-fold CV: F1 %.4f +- %.4f; pooled held-out F1 %.4f "
          "P %.4f R %.4f" % ((k, m, sd) + prf(tot)))
    print("densest runs alone:  F1 %.4f +- %.4f; pooled F1 %.4f P %.4f "
          "R %.4f" % ((bm, bsd) + prf(btot)))
    w, t, bias = train(pages, feats, allidx)
    w = w[:]
    w[0] += bias
    lines, rounded = formatted(w)
    f_all = prf(pooled(pages, feats, allidx, rounded, 0.0))
    print("all pages: threshold %.2f, in-sample F1 %.4f P %.4f R %.4f"
          % ((t,) + f_all))
    for name, v in zip(FEATURES, rounded):
        print("  %-10s %8.4g" % (name, v))
    old, src = shipped()
    if a.write:
        new = re.sub(r"(BEGIN body_weights \*/\n).*?(\n\s*/\* END)",
                     lambda mm: mm.group(1) + "\n".join(lines) + mm.group(2),
                     src, flags=re.S)
        open(SOURCE, "w", encoding="utf-8").write(new)
        print("written to", SOURCE)
    elif a.check and old != rounded:
        print("the shipped weights differ: %s" % old)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
