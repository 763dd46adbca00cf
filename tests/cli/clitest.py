"""Helpers of the CLI tests: run `summar`, collect TAP checks, and
validate every JSON summary the tests saw against docs/summary.schema.json.

Environment: SUMMAR is the tool to run; SUMMAR_TEST_DATA the folder of
inputs (tests/data/cli by default).
"""
import json
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", ".."))
SUMMAR = os.environ.get("SUMMAR", "summar")
DATA = os.environ.get("SUMMAR_TEST_DATA",
                      os.path.join(ROOT, "tests", "data", "cli"))
SCHEMA = os.path.join(ROOT, "docs", "summary.schema.json")
TMP = tempfile.mkdtemp(prefix="summar-cli-test-")

results = []
# Every JSON summary and --jsonl line the tests saw.
SEEN_JSON = []


def check(ok, what, detail=None, skip=None):
    """Records one TAP result; `skip` (a reason) records a skipped one."""
    results.append((bool(ok) or skip is not None, what, detail, skip))
    return bool(ok)


def run(args, stdin=b"", env=None, timeout=120, **kw):
    p = subprocess.run([SUMMAR] + list(args), input=stdin,
                       stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                       timeout=timeout, env=env, **kw)
    return p.returncode, p.stdout, p.stderr.decode("utf-8", "replace")


def read(path):
    with open(path, "rb") as f:
        return f.read()


def tmpfile(name, data):
    path = os.path.join(TMP, name)
    with open(path, "wb") as f:
        f.write(data)
    return path


def words(text):
    """Whitespace-separated runs holding a letter or digit."""
    if isinstance(text, bytes):
        text = text.decode("utf-8")
    return sum(1 for w in text.split() if any(c.isalnum() for c in w))


def paragraphs(out):
    """Paragraphs of a text summary; None when the layout is wrong."""
    text = out.decode("utf-8")
    if not text.endswith("\n") or text.endswith("\n\n"):
        return None
    body = text[:-1]
    if "\n\n\n" in body:
        return None
    parts = body.split("\n\n")
    if any(not p.strip() for p in parts):
        return None
    return parts


def summary_json(args, path):
    """The --format json summary of `path` (None when summar fails)."""
    rc, out, err = run(list(args) + ["--format", "json", path])
    if rc != 0:
        return None
    doc = json.loads(out.decode("utf-8"))
    SEEN_JSON.append(doc)
    return doc


def jsonl(out):
    """The objects of JSON Lines output ([] when a line does not parse)."""
    try:
        objs = [json.loads(l) for l in out.decode("utf-8").splitlines()]
    except ValueError:
        return []
    SEEN_JSON.extend(objs)
    return objs


def check_schema():
    """Validates every JSON the tests saw against the schema."""
    what = "every JSON output (%d) follows docs/summary.schema.json" % \
        len(SEEN_JSON)
    try:
        import jsonschema
    except ImportError:
        check(False, what, skip="python3-jsonschema is not installed")
        return
    with open(SCHEMA, encoding="utf-8") as f:
        schema = json.load(f)
    cls = jsonschema.validators.validator_for(schema)
    cls.check_schema(schema)
    v = cls(schema)
    bad = []
    for doc in SEEN_JSON:
        errs = sorted(v.iter_errors(doc), key=lambda e: list(e.path))
        if errs:
            bad.append((errs[0].message[:300], list(errs[0].path),
                        json.dumps(doc)[:300]))
    check(SEEN_JSON and not bad, what, bad[:5])


def report():
    """Validates the JSON seen, prints TAP and exits (1 if a check failed)."""
    if SEEN_JSON:
        check_schema()
    print("1..%d" % len(results))
    failed = 0
    for i, (ok, what, detail, skip) in enumerate(results, 1):
        print("%s %d - %s%s" % ("ok" if ok else "not ok", i, what,
                                " # SKIP " + skip if skip else ""))
        if not ok:
            failed += 1
            if detail is not None:
                for line in repr(detail)[:2000].splitlines():
                    print("# " + line)
    sys.exit(1 if failed else 0)
