#!/usr/bin/python3
"""segeval.py - scores libsummar's sentence segmentation on golden cases.

Reads JSON Lines cases {"id", "lang", "text", "sentences": [...], "flags"}
(by default the dev split in shared/eval/segmentation/) and segments every
text through the PUBLIC API of the built shared library, loaded with ctypes:

    summar_ctx_new(NULL, &ctx)
    summar_doc_new(ctx, text, len, lang, SUMMAR_DOC_NO_CLEAN, &doc)
    summar_doc_sentence_count(doc), summar_doc_sentence(doc, i, &span)

A case is right when the list of sentences, each stripped of surrounding
whitespace, equals the expected list exactly.  Prints per-language and
overall scores and the failing ids (--verbose: expected vs got).

Standard library only.  Run with /usr/bin/python3.
"""
import argparse
import ctypes
import json
import os
import sys
from collections import defaultdict

SUMMAR_DOC_NO_CLEAN = 1 << 1


class Span(ctypes.Structure):
    _fields_ = [("size", ctypes.c_size_t), ("start", ctypes.c_size_t),
                ("end", ctypes.c_size_t), ("block", ctypes.c_size_t),
                ("flags", ctypes.c_uint)]


class PublicSegmenter:
    """Segments through summar_doc_new() under SUMMAR_DOC_NO_CLEAN."""

    def __init__(self, path):
        lib = ctypes.CDLL(path)
        vp = ctypes.c_void_p
        lib.summar_ctx_new.argtypes = [vp, ctypes.POINTER(vp)]
        lib.summar_ctx_new.restype = ctypes.c_int
        lib.summar_ctx_free.argtypes = [vp]
        lib.summar_ctx_free.restype = None
        lib.summar_doc_new.argtypes = [vp, ctypes.c_char_p, ctypes.c_size_t,
                                       ctypes.c_char_p, ctypes.c_uint,
                                       ctypes.POINTER(vp)]
        lib.summar_doc_new.restype = ctypes.c_int
        lib.summar_doc_free.argtypes = [vp]
        lib.summar_doc_free.restype = None
        lib.summar_doc_sentence_count.argtypes = [vp]
        lib.summar_doc_sentence_count.restype = ctypes.c_size_t
        lib.summar_doc_sentence.argtypes = [vp, ctypes.c_size_t,
                                            ctypes.POINTER(Span)]
        lib.summar_doc_sentence.restype = ctypes.c_int
        if hasattr(lib, "summar_strerror"):
            lib.summar_strerror.argtypes = [ctypes.c_int]
            lib.summar_strerror.restype = ctypes.c_char_p
        self.lib = lib
        self.ctx = vp()
        st = lib.summar_ctx_new(None, ctypes.byref(self.ctx))
        if st != 0:
            raise RuntimeError("summar_ctx_new failed: %d" % st)

    def error(self, st):
        if hasattr(self.lib, "summar_strerror"):
            return self.lib.summar_strerror(st).decode("utf-8", "replace")
        return "status %d" % st

    def segment(self, text, lang):
        data = text.encode("utf-8")
        doc = ctypes.c_void_p()
        st = self.lib.summar_doc_new(self.ctx, data, len(data),
                                     lang.encode() if lang else None,
                                     SUMMAR_DOC_NO_CLEAN, ctypes.byref(doc))
        if st != 0:
            return None, self.error(st)
        try:
            out = []
            for i in range(self.lib.summar_doc_sentence_count(doc)):
                span = Span()
                span.size = ctypes.sizeof(Span)
                st = self.lib.summar_doc_sentence(doc, i, ctypes.byref(span))
                if st != 0:
                    return None, self.error(st)
                out.append(data[span.start:span.end].decode("utf-8",
                                                             "replace"))
            return out, None
        finally:
            self.lib.summar_doc_free(doc)


def default_cases():
    here = os.path.dirname(os.path.abspath(__file__))
    for base in (os.path.join(here, "..", "..", "shared"),
                 os.path.join(here, "..", "shared"), "/work/shared"):
        p = os.path.join(base, "eval", "segmentation", "golden.dev.jsonl")
        if os.path.exists(p):
            return p
    return None


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("cases", nargs="?", default=None,
                    help="JSON Lines golden file (default: the dev split)")
    ap.add_argument("--lib", default="build/libsummar/libsummar.so",
                    help="built shared library (default: %(default)s)")
    ap.add_argument("--lang", default=None,
                    help="only cases of this language")
    ap.add_argument("--verbose", "-v", action="store_true",
                    help="show expected and obtained sentences of failures")
    ap.add_argument("--min", type=float, default=None,
                    help="exit 1 when the overall score is below this")
    args = ap.parse_args()

    path = args.cases or default_cases()
    if not path or not os.path.exists(path):
        sys.exit("segeval: no golden file (give its path)")
    seg = PublicSegmenter(args.lib)

    right = defaultdict(int)
    total = defaultdict(int)
    failed = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            if not line.strip():
                continue
            case = json.loads(line)
            lang = case.get("lang") or ""
            if args.lang and lang != args.lang:
                continue
            want = [s.strip() for s in case["sentences"]]
            got, err = seg.segment(case["text"], lang)
            got = [s.strip() for s in got] if got is not None else None
            total[lang] += 1
            if got == want:
                right[lang] += 1
            else:
                failed.append((case, want, got, err))

    n = sum(total.values())
    ok = sum(right.values())
    for lang in sorted(total):
        print("%-4s %3d/%-3d %.3f" % (lang, right[lang], total[lang],
                                      right[lang] / total[lang]))
    score = ok / n if n else 0.0
    print("all  %3d/%-3d %.3f" % (ok, n, score))
    if failed:
        print("failed: " + " ".join(c["id"] for c, _, _, _ in failed))
    if args.verbose:
        for case, want, got, err in failed:
            print("\n== %s (%s) %s" % (case["id"], case.get("lang"),
                                       " ".join(case.get("flags") or [])))
            print("text: %r" % case["text"])
            for s in want:
                print("  want: %r" % s)
            if err:
                print("  error: %s" % err)
            for s in got or []:
                print("  got:  %r" % s)
    if args.min is not None and score < args.min:
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
