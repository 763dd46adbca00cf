#!/usr/bin/python3
"""Choose the content-finding constants of HTML extraction by k-fold
cross-validation over the pages of the extraction benchmarks.

Usage:
    extract_tune.py --run PATH [--folds K] [--sweeps N] [--check]
                    [--only NAME,NAME...] DIR

DIR holds articles.dev.jsonl.gz and realworld.dev.jsonl.gz (the format of
tools/extract_eval.py, whose metrics are used unchanged: shingle F1 of
article bodies; pooled F1 of must / must-not strings).  PATH is the
extract_run helper (tools/extract_run.c), which parses every page once and
extracts it again for each set of constants (libsummar/html_extract.c,
summar_hparams).

Objective: the mean of the articles F1 and the realworld F1 over the
training pages.  Fit: a coordinate search from a fixed start (readability's
published values and the reasoned ones of docs/extraction.md): each
constant in turn takes the value of its grid that maximizes the objective
(a strictly better value only: ties keep the current one), for at most
--sweeps rounds or until a round changes nothing.  Deterministic.
--only is the reduced fit: it starts from the shipped constants and
searches only the named ones (a cheaper cross-validation of a change to
the code, with the shipped values, chosen on all pages, held fixed).

Cross-validation: page i of each benchmark is in fold i mod K; each fold
is scored with the constants fitted on the other K - 1.  Printed: per fold
the constants that differ from the start and the held-out F1; the mean and
standard deviation over folds of the held-out F1 of each benchmark; the
in-sample F1 of the constants fitted on all pages; those constants beside
the shipped ones.  --check exits 1 when they differ from the shipped ones.
"""

import argparse
import gzip
import json
import math
import os
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import extract_eval  # noqa: E402  (the benchmarks' metrics)

# The fixed start and the grid of every constant (summar_hparams).
START = {
    "par_chars": 25, "hint_weight": 25, "rival_share": 0.75,
    "mass_climb": 1.3, "fill_share": 0.9, "wrapper_share": 0.6,
    "sibling_share": 0.2, "sibling_min": 10, "keep_link": 0.5,
    "short_link": 0.3, "short_words": 12, "weak_words": 20,
    "edge_words": 8, "edge_par_words": 25, "boiler_words": 12,
    "lead_words": 20, "title_lead_words": 20,
}
GRID = {
    "par_chars": [15, 20, 25, 35, 50],
    "hint_weight": [10, 15, 25, 35, 50],
    "rival_share": [0.6, 0.7, 0.75, 0.8, 0.9],
    "mass_climb": [1.1, 1.2, 1.3, 1.5, 2.0],
    "fill_share": [0.75, 0.85, 0.9, 0.95],
    "wrapper_share": [0.4, 0.5, 0.6, 0.7, 0.8],
    "sibling_share": [0.1, 0.15, 0.2, 0.3, 0.4],
    "sibling_min": [5, 10, 15, 20],
    "keep_link": [0.3, 0.4, 0.5, 0.6, 0.7],
    "short_link": [0.1, 0.2, 0.3, 0.4, 0.5],
    "short_words": [6, 8, 12, 16, 20],
    "weak_words": [10, 15, 20, 30, 40],
    "edge_words": [0, 4, 6, 8, 10, 12],
    "edge_par_words": [15, 20, 25, 30, 40],
    "boiler_words": [6, 8, 12, 16, 20],
    "lead_words": [10, 15, 20, 30, 40, 1000],
    "title_lead_words": [15, 20, 25, 30, 40, 1000],
}


class Runner:
    """The helper with every page parsed, and a cache of per-page scores
    by constants."""

    def __init__(self, path, articles, realworld):
        self.articles, self.realworld = articles, realworld
        self.p = subprocess.Popen([path], stdin=subprocess.PIPE,
                                  stdout=subprocess.PIPE)
        pages = articles + realworld
        self.p.stdin.write(b"PAGES %d\n" % len(pages))
        for page in pages:
            data = page["html"].encode("utf-8")
            self.p.stdin.write(b"%d\n" % len(data))
            self.p.stdin.write(data)
        self.p.stdin.flush()
        self.cache = {}

    def defaults(self):
        self.p.stdin.write(b"DEFAULTS\n")
        self.p.stdin.flush()
        line = self.p.stdout.readline().decode()
        return {k: float(v) for k, v in
                (kv.split("=") for kv in line.split())}

    def rows(self, params):
        """Per-page rows of the two benchmarks (extract_eval's)."""
        key = tuple(sorted(params.items()))
        if key in self.cache:
            return self.cache[key]
        line = "RUN " + " ".join("%s=%r" % kv for kv in sorted(params.items()))
        self.p.stdin.write(line.encode() + b"\n")
        self.p.stdin.flush()
        full, body = [], []
        for _ in range(len(self.articles) + len(self.realworld)):
            head = self.p.stdout.readline()
            if not head:
                raise SystemExit("extract_run failed")
            fl, bl = map(int, head.split())
            full.append(self.p.stdout.read(fl).decode("utf-8", "replace"))
            body.append(self.p.stdout.read(bl).decode("utf-8", "replace"))
        na = len(self.articles)
        r = (extract_eval.score_articles(self.articles, body[:na]),
             extract_eval.score_strings(self.realworld, full[na:]))
        self.cache[key] = r
        return r


def f1s(rows, ai, ri):
    a = extract_eval.summarize_articles([rows[0][i] for i in ai])[0]
    w = extract_eval.summarize_strings([rows[1][i] for i in ri])[0]
    return a, w


def objective(run, params, ai, ri):
    a, w = f1s(run.rows(params), ai, ri)
    return (a + w) / 2


def fit(run, ai, ri, sweeps, log, start, names):
    cur = dict(start)
    best = objective(run, cur, ai, ri)
    for sweep in range(sweeps):
        changed = False
        for name in names:
            for v in GRID[name]:
                if v == cur[name]:
                    continue
                trial = dict(cur, **{name: v})
                s = objective(run, trial, ai, ri)
                if s > best + 1e-12:
                    best, cur, changed = s, trial, True
        log("  sweep %d: objective %.4f (%d evaluations cached)" %
            (sweep + 1, best, len(run.cache)))
        if not changed:
            break
    return cur


def fmt(params, start):
    d = {k: v for k, v in params.items() if v != start[k]}
    return " ".join("%s=%g" % kv for kv in d.items()) or "(the start)"


def load(path):
    with gzip.open(path, "rt", encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def mean_sd(xs):
    m = sum(xs) / len(xs)
    sd = math.sqrt(sum((x - m) ** 2 for x in xs) / (len(xs) - 1)) \
        if len(xs) > 1 else 0.0
    return m, sd


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--run", required=True, help="the extract_run helper")
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--sweeps", type=int, default=3)
    ap.add_argument("--check", action="store_true")
    ap.add_argument("--only", help="fit only these constants (comma "
                    "separated), the others at their shipped values")
    ap.add_argument("dir")
    a = ap.parse_args()

    def log(s):
        print(s)
        sys.stdout.flush()

    articles = load(os.path.join(a.dir, "articles.dev.jsonl.gz"))
    realworld = load(os.path.join(a.dir, "realworld.dev.jsonl.gz"))
    run = Runner(a.run, articles, realworld)
    shipped = run.defaults()
    start, names = START, list(GRID)
    if a.only:
        names = a.only.split(",")
        for n in names:
            if n not in GRID:
                raise SystemExit("unknown constant: " + n)
        start = {n: shipped[n] for n in GRID}
    na, nr, k = len(articles), len(realworld), a.folds
    held = []
    for f in range(k):
        ai = [i for i in range(na) if i % k != f]
        ri = [i for i in range(nr) if i % k != f]
        log("fold %d: fitting on %d + %d pages" % (f, len(ai), len(ri)))
        p = fit(run, ai, ri, a.sweeps, log, start, names)
        ha, hw = f1s(run.rows(p), range(f, na, k), range(f, nr, k))
        held.append((ha, hw))
        log("fold %d: held-out articles F1 %.4f  realworld F1 %.4f  %s" %
            (f, ha, hw, fmt(p, start)))
    log("fitting on all pages")
    final = fit(run, range(na), range(nr), a.sweeps, log, start, names)
    ia, iw = f1s(run.rows(final), range(na), range(nr))
    sa, sw = f1s(run.rows(start), range(na), range(nr))
    ma, da = mean_sd([h[0] for h in held])
    mw, dw = mean_sd([h[1] for h in held])
    log("")
    log("| benchmark | %d-fold CV F1 (mean +- sd over folds) | in-sample F1 |"
        " start F1 |" % k)
    log("|---|---|---|---|")
    log("| articles | %.4f +- %.4f | %.4f | %.4f |" % (ma, da, ia, sa))
    log("| realworld | %.4f +- %.4f | %.4f | %.4f |" % (mw, dw, iw, sw))
    log("")
    log("chosen:  " + " ".join("%s=%g" % kv for kv in final.items()))
    log("shipped: " + " ".join("%s=%g" % (n, shipped[n]) for n in final))
    differ = [n for n in final if abs(final[n] - shipped.get(n, 0)) > 1e-9]
    if differ:
        log("differ from the shipped constants: " + " ".join(differ))
    run.p.stdin.close()
    run.p.wait()
    return 1 if a.check and differ else 0


if __name__ == "__main__":
    sys.exit(main())
