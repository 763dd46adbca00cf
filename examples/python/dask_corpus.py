#!/usr/bin/env python3
"""Summarize a JSON Lines corpus on a Dask cluster with the summar binding.

    dask_corpus.py CORPUS.jsonl OUTDIR [--scheduler tcp://HOST:8786]
                   [--workers N] [--partitions N] [--words N]

Each input line is {"id", "text", "lang"?, "words"?, "sentences"?,
"ratio"?, "paragraphs"?} as `summar --jsonl` reads it.  The corpus is read
with dask.bag; each task builds its summar.Document from the line's text
(a Document never crosses processes: only strings, dicts and
summar.Summary objects do), and the results are written as JSON Lines
partitions OUTDIR/part-NNNN.jsonl, one per input line, in input order
within each partition: the line's summary with its "id", or an error
{"schema", "id", "error": {"code", "message", "line"}}, as
docs/summary.schema.json describes the lines of `summar --jsonl`.
Progress goes to stderr as partitions finish.

Without --scheduler a LocalCluster of --workers processes (one thread
each) runs on this machine; with it, the script connects to a running
dask-scheduler whose dask-workers have the binding installed.
"""
import argparse
import json
import os
import sys
import time

BUDGET = ("words", "sentences", "ratio")
OPTIONS = BUDGET + ("paragraphs", "keywords", "algorithm")

# The error codes of `summar --jsonl` (summar(1)) for the binding's errors.
CODES = {
    "EmptyInputError": "empty", "Utf8Error": "utf8", "NulError": "nul",
    "TooLargeError": "too_large", "LanguageUnsupportedError":
    "lang_unsupported", "LanguageMismatchError": "lang_mismatch",
    "AlgorithmError": "algorithm", "BackendError": "backend",
    "NoMemoryError": "nomem", "ArgumentError": "bad_field",
    "RangeError": "bad_field",
}


def summarize_line(item, default_words):
    """(line number, input line) -> (line number, id, summar.Summary or
    (code, message)).  Runs in a worker process: the Document is made and
    freed here."""
    import summar  # imported in the worker
    lineno, line = item
    rec = None
    try:
        rec = json.loads(line)
        if not isinstance(rec, dict):
            return lineno, None, ("not_object", "the line is not an object")
        if not isinstance(rec.get("text"), str):
            return lineno, rec.get("id"), ("bad_field",
                                           "\"text\" must be a string")
        opts = {k: rec[k] for k in OPTIONS if k in rec}
        if not any(k in opts for k in BUDGET):
            opts["words"] = default_words
        with summar.Document(rec["text"], rec.get("lang")) as doc:
            return lineno, rec.get("id"), doc.summarize(**opts)
    except ValueError as e:
        if not isinstance(e, summar.Error):
            return lineno, None, ("invalid_json", str(e))
        rid = rec.get("id") if isinstance(rec, dict) else None
        return lineno, rid, (CODES.get(type(e).__name__, "backend"), str(e))
    except summar.Error as e:  # one bad line must not stop the corpus
        rid = rec.get("id") if isinstance(rec, dict) else None
        return lineno, rid, (CODES.get(type(e).__name__, "backend"), str(e))


def to_json(item):
    """(line number, id, Summary or error) -> one output line, as
    docs/summary.schema.json describes it."""
    import summar
    lineno, rid, res = item
    if isinstance(res, tuple):
        code, message = res
        out = {"schema": summar.JSON_SCHEMA, "id": rid,
               "error": {"code": code, "message": message, "line": lineno}}
    else:
        d = res.to_dict()
        out = {"schema": d.pop("schema"), "id": rid, **d}
    return json.dumps(out, ensure_ascii=False)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus")
    ap.add_argument("outdir")
    ap.add_argument("--scheduler", help="address of a dask-scheduler")
    ap.add_argument("--workers", type=int, default=os.cpu_count() or 1,
                    help="local worker processes (without --scheduler)")
    ap.add_argument("--partitions", type=int, default=0,
                    help="partitions of the corpus (default: 4 a worker)")
    ap.add_argument("--words", type=int, default=100,
                    help="budget of lines that set none (default 100)")
    a = ap.parse_args(argv)

    import dask.bag as db
    from dask.distributed import Client, LocalCluster, as_completed

    if a.scheduler:
        cluster, client = None, Client(a.scheduler)
    else:
        cluster = LocalCluster(n_workers=a.workers, threads_per_worker=1,
                               processes=True, dashboard_address=None)
        client = Client(cluster)
    try:
        nworkers = len(client.scheduler_info()["workers"])
        with open(a.corpus, "rb") as f:
            lines = [(i, l.decode("utf-8")) for i, l in enumerate(f, 1)
                     if l.strip()]
        nparts = a.partitions or max(1, min(len(lines), 4 * nworkers))
        os.makedirs(a.outdir, exist_ok=True)
        bag = db.from_sequence(lines, npartitions=nparts)
        out = bag.map(summarize_line, a.words).map(to_json)
        names = [os.path.join(a.outdir, "part-%04d.jsonl" % i)
                 for i in range(out.npartitions)]
        tasks = out.to_textfiles(names, compute=False)
        start = time.monotonic()
        futures = client.compute(tasks)
        done = 0
        for _ in as_completed(futures):
            done += 1
            el = time.monotonic() - start
            print("dask_corpus: %d/%d partitions, %.1f s" %
                  (done, len(futures), el), file=sys.stderr, flush=True)
        el = time.monotonic() - start
        print("dask_corpus: %d documents in %.2f s on %d workers: %.1f "
              "docs/s, %.1f docs/s a worker" %
              (len(lines), el, nworkers, len(lines) / el,
               len(lines) / el / nworkers), file=sys.stderr)
    finally:
        client.close()
        if cluster:
            cluster.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
