#!/usr/bin/env python3
"""TAP tests of `summar extract` and of HTML input to `summar`.

Environment: SUMMAR is the tool to run; SUMMAR_TEST_DATA the folder of
tests/data (pages under html/, the sample request under ../data/samples).
"""
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SUMMAR = os.environ.get("SUMMAR", "summar")
DATA = os.environ.get("SUMMAR_TEST_DATA", os.path.join(HERE, "..", "data"))
HTML = os.path.join(DATA, "html")
REQUEST = os.path.join(DATA, "..", "..", "data", "samples", "request-ar.txt")

results = []


def check(ok, what):
    results.append((bool(ok), what))


def run(args, stdin=b""):
    p = subprocess.run([SUMMAR] + list(args), input=stdin,
                       stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                       timeout=120)
    return (p.returncode, p.stdout.decode("utf-8", "replace"),
            p.stderr.decode("utf-8", "replace"))


def page(name):
    with open(os.path.join(HTML, name), "rb") as f:
        return f.read()


def main():
    en = os.path.join(HTML, "news-en.html")
    rc, out, _ = run(["extract", en])
    paras = out.strip("\n").split("\n\n")
    check(rc == 0 and paras[0] == "City council approves new river park plan",
          "extract: the title comes first")
    check(len(paras) >= 8 and all(p.strip() for p in paras),
          "extract: paragraphs separated by blank lines")
    check("The city council voted six to one" in out and
          "Share on Facebook" not in out and "Most read" not in out and
          "All rights reserved" not in out and "Finally!" not in out,
          "extract: article kept, share, sidebar, footer, comments dropped")

    rc, out, _ = run(["extract", "--format", "json", en])
    try:
        doc = json.loads(out)
    except ValueError:
        doc = None
    check(rc == 0 and doc and doc["format"] == "html" and
          doc["title"] == "City council approves new river park plan" and
          doc["blocks"][0]["kind"] == "title",
          "extract --format json: format, title, blocks")
    raw = page("news-en.html")
    ok = bool(doc)
    kinds = set()
    text = (doc or {}).get("text", "").encode("utf-8")
    for b in (doc or {}).get("blocks", []):
        kinds.add(b["kind"])
        ok = ok and text[b["start"]:b["end"]].decode("utf-8") == b["text"]
        src = raw[b["src_start"]:b["src_end"]].decode("utf-8")
        first = b["text"].split(" ")[0]
        ok = ok and ("&" in src or src.startswith(first))
    check(ok and {"heading", "list_item", "paragraph", "quote"} <= kinds,
          "extract --format json: offsets into the text and into the page")

    rc, out, _ = run(["extract", "-"], page("news-ar.html"))
    check(rc == 0 and "افتتح وزير الطاقة" in out and "شارك" not in out and
          "جميع الحقوق محفوظة" not in out and "تابعونا" not in out and
          "اقرأ أيضا" not in out,
          "extract: Arabic page from stdin, boilerplate dropped")

    cp1256 = page("news-ar.html").decode("utf-8").replace(
        'charset="utf-8"', 'charset="windows-1256"').encode("cp1256")
    rc, out, err = run(["extract", "-v", "-"], cp1256)
    check(rc == 0 and "افتتح وزير الطاقة" in out and "windows-1256" in err,
          "extract: a windows-1256 page comes out as UTF-8")

    rc, out, _ = run(["extract", os.path.join(HTML, "nav.html")])
    check(rc == 0 and "Shirts" not in out and "Privacy" not in out,
          "extract: a page of navigation gives no menu text")

    rc, out, _ = run(["extract", "--visible", en])
    check(rc == 0 and "Most read" in out and "font-family" not in out,
          "extract --visible: every visible block, no style")

    rc, out, err = run(["-v", "-w", "60", en])
    check(rc == 0 and out.strip() and "<" not in out and
          "looks like HTML" in err and "Share" not in out,
          "summar on a page: detected, summarized, noted under --verbose")
    rc, out2, err = run(["--html", "-w", "60", "-"], raw)
    check(rc == 0 and out2 == out and "looks like HTML" not in err,
          "summar --html: the same summary from stdin")
    rc, out, _ = run(["-w", "40", "-"], cp1256)
    check(rc == 0 and ("افتتح" in out or "المحطة" in out),
          "summar: a windows-1256 page is summarized (no UTF-8 error)")

    rc, out, _ = run(["extract", "--text", REQUEST])
    check(rc == 0 and "Summarize this content" not in out and
          "Smiley face" not in out and "قال المبعوث الروسي" in out,
          "extract --text: the scraped sample request comes out clean")
    rc, out2, _ = run(["extract", REQUEST])
    check(rc == 0 and out2 == out,
          "extract: the sample request is detected as plain text")
    lines = out.split("\n")
    check(len(lines) > 2 and "العدو المشترك" in lines[0] and lines[1] == ""
          and lines.count(lines[0]) == 1,
          "extract --text: the headline first, once, then a blank line")
    story = ("Harbour plant opens on the coast\n\nThe new plant opened on "
             "Tuesday in the town. It makes fresh water from the sea with "
             "the power of the sun.\n").encode()
    rc, out, _ = run(["extract", "--text", "-"], story)
    check(rc == 0 and out.startswith("Harbour plant opens on the coast\n\n"
                                     "The new plant") and
          out.count("Harbour plant") == 1,
          "extract --text: an English headline first, then the body")
    rc, out, _ = run(["extract", "--text", "--format", "json", "-"], story)
    doc = json.loads(out) if rc == 0 else {}
    check(doc.get("title") == "Harbour plant opens on the coast" and
          all("Harbour" not in b["text"] for b in doc.get("blocks", [])),
          "extract --text --format json: the headline as title, not a block")

    rc, _, err = run(["extract", "-"], b"<html><body><script>x</script>"
                     b"</body></html>")
    check(rc == 1 and "no text" in err, "extract: a page with no text fails")
    rc, _, err = run(["extract", "--html", "--text", en])
    check(rc == 2, "extract: --html and --text exclude each other")

    for i, (ok, what) in enumerate(results, 1):
        print("%s %d - %s" % ("ok" if ok else "not ok", i, what))
    print("1..%d" % len(results))
    return 0 if all(ok for ok, _ in results) else 1


if __name__ == "__main__":
    sys.exit(main())
