#!/usr/bin/env python3
"""Checks the library's ABI against the public header, and the header's docs.

usage: check_abi.py HEADER MAPFILE LIBRARY

- every SUMMAR_API function of the header is exported by the shared library,
  and nothing else is (internal functions stay hidden);
- the version script lists exactly the header's functions;
- every SUMMAR_API declaration has a /** doc comment right before it;
- every function sits in the version node of its release: one whose
  comment says `Since: X.Y` is listed under `SUMMAR_X.Y`.
Prints TAP.
"""
import re
import subprocess
import sys

header, mapfile, lib = sys.argv[1:4]
src = open(header, encoding="utf-8").read()
decl = re.compile(r"^SUMMAR_API\s+[^;]*?\b(summar_[a-z0-9_]+)\s*\(", re.S | re.M)
api = set(decl.findall(src))

out = subprocess.run(["nm", "-D", "--defined-only", lib], capture_output=True,
                     text=True, check=True).stdout
exported = {l.split()[-1].split("@")[0] for l in out.splitlines()
            if l.split() and l.split()[1] in "TtWiDdBbRr"}
exported = {s for s in exported if not s.startswith("_")}
mapped = set(re.findall(r"^\s+(summar_[a-z0-9_]+);", open(mapfile).read(), re.M))

# function -> the version node that lists it
node_of = {}
for node, body in re.findall(r"^(SUMMAR_[0-9.]+)\s*\{(.*?)\}", open(mapfile).read(),
                             re.M | re.S):
    for name in re.findall(r"^\s+(summar_[a-z0-9_]+);", body, re.M):
        node_of[name] = node

undocumented = []
misversioned = []
for m in decl.finditer(src):
    before = src[:m.start()].rstrip()
    if not before.endswith("*/") or "/**" not in before[before.rfind("/*") - 1:]:
        undocumented.append(m.group(1))
        continue
    since = re.search(r"Since:\s*([0-9]+\.[0-9]+)", before[before.rfind("/**"):])
    if not since:
        misversioned.append("%s: no Since" % m.group(1))
    elif node_of.get(m.group(1)) != "SUMMAR_" + since.group(1):
        misversioned.append("%s: Since %s, node %s" % (
            m.group(1), since.group(1), node_of.get(m.group(1))))

checks = [
    (not (api - exported), "every header function is exported: missing %s" % sorted(api - exported)),
    (not (exported - api), "nothing else is exported: extra %s" % sorted(exported - api)),
    (mapped == api, "version script matches the header: %s" % sorted(mapped ^ api)),
    (not undocumented, "every declaration is documented: %s" % undocumented),
    (not misversioned, "every function is in its release's version node: %s"
     % misversioned),
    (len(api) > 40, "the header declares the API (%d functions)" % len(api)),
]
failed = 0
for i, (ok, what) in enumerate(checks, 1):
    print(("ok" if ok else "not ok"), i, "-", what)
    failed += not ok
print("1..%d" % len(checks))
sys.exit(1 if failed else 0)
