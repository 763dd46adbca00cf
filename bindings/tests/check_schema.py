#!/usr/bin/env python3
"""Checks summaries a binding wrote as JSON against docs/summary.schema.json
and against the C library's own JSON rendering of the same summaries.

usage: check_schema.py FILE [--loose MEMBER]...

FILE holds JSON Lines in pairs: a binding's summary (the Lua table, PHP's
Summary::toArray(), serialized), then the C library's SUMMAR_FORMAT_JSON
rendering of the same request (or a binding's error entry, then the line
`summar --jsonl` writes for the same failure).  Every line must follow the
schema, and the two of a pair must have the same members (in any order: a
Lua table or a PHP array has its own) with the same values (numbers within
the 6 decimals the C rendering writes).  A member named with --loose
(e.g. "message", whose wording is each front end's own) need only have the
same type on both sides.
Prints one line per problem; exits 0 when there is none, 1 otherwise, and
77 when python3-jsonschema is missing.
"""
import json
import os
import sys

SCHEMA = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..",
                      "docs", "summary.schema.json")


def diff(a, b, path="$", loose=()):
    """The first difference of a and b as text, or None; members named in
    loose are compared by type only."""
    if isinstance(a, bool) or isinstance(b, bool):
        return None if a is b else f"{path}: {a!r} != {b!r}"
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        return None if abs(a - b) <= 1e-6 else f"{path}: {a!r} != {b!r}"
    if isinstance(a, dict) and isinstance(b, dict):
        if set(a) != set(b):
            return f"{path}: members {sorted(a)} != {sorted(b)}"
        for k in a:
            if k in loose:
                if type(a[k]) is not type(b[k]):
                    return f"{path}.{k}: {a[k]!r} and {b[k]!r} differ in type"
                continue
            d = diff(a[k], b[k], f"{path}.{k}", loose)
            if d:
                return d
        return None
    if isinstance(a, list) and isinstance(b, list):
        if len(a) != len(b):
            return f"{path}: {len(a)} items != {len(b)}"
        for i, (x, y) in enumerate(zip(a, b)):
            d = diff(x, y, f"{path}[{i}]", loose)
            if d:
                return d
        return None
    return None if type(a) is type(b) and a == b else \
        f"{path}: {a!r} != {b!r}"


def main():
    try:
        import jsonschema
    except ImportError:
        print("python3-jsonschema is not installed")
        return 77
    with open(SCHEMA, encoding="utf-8") as f:
        schema = json.load(f)
    cls = jsonschema.validators.validator_for(schema)
    cls.check_schema(schema)
    v = cls(schema)
    args = sys.argv[1:]
    loose = {args[i + 1] for i in range(len(args) - 1) if args[i] == "--loose"}
    with open(args[0], encoding="utf-8") as f:
        docs = [json.loads(line) for line in f if line.strip()]
    problems = []
    if not docs or len(docs) % 2:
        problems.append(f"{len(docs)} summaries: expected pairs")
    for i, d in enumerate(docs):
        for e in v.iter_errors(d):
            problems.append(f"summary {i + 1}: {list(e.path)}: "
                            f"{e.message[:200]}")
    for i in range(0, len(docs) - 1, 2):
        d = diff(docs[i], docs[i + 1], loose=loose)
        if d:
            problems.append(f"pair {i // 2 + 1}: binding vs C JSON: {d}")
    for p in problems:
        print(p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
