"""python -m summar: the command line of the Python package."""

import json
import subprocess
import sys

import summar

ARTICLE = (
    "The city council approved a new budget on Monday after a long debate. "
    "The budget raises spending on schools by ten percent. "
    "Critics said the plan would increase the deficit. "
    "The mayor said the schools needed the money after years of cuts. "
    "A final vote on the transport plan is expected next month.\n"
)

PAGE = (
    "<!DOCTYPE html><html><head><title>Budget passes</title>"
    "<script>var tracker = 'do not print me';</script></head><body>"
    "<nav><a href='/'>Home</a> <a href='/news'>News</a></nav><article>"
    "<h1>Budget passes</h1><p>" + ARTICLE + "</p></article>"
    "<footer>Copyright 2026 Example News</footer></body></html>"
)


def run(*args, stdin=""):
    return subprocess.run([sys.executable, "-m", "summar", *args],
                          input=stdin.encode(), capture_output=True)


def test_stdin_text_is_verbatim_and_within_budget():
    r = run("--words", "25", stdin=ARTICLE)
    assert r.returncode == 0, r.stderr
    out = r.stdout.decode().strip()
    assert out
    assert summar.word_count(out) <= 25
    for sentence in out.replace(". ", ".\n").splitlines():
        assert sentence.strip() in ARTICLE


def test_json_matches_the_library():
    r = run("--sentences", "2", "--format", "json", stdin=ARTICLE)
    assert r.returncode == 0, r.stderr
    d = json.loads(r.stdout)
    expect = summar.summarize(ARTICLE, sentences=2).to_dict()
    assert d["sentences"] == expect["sentences"]
    assert d["language"] == "en"


def test_html_page_is_extracted():
    r = run("--words", "40", stdin=PAGE)
    assert r.returncode == 0, r.stderr
    out = r.stdout.decode()
    assert "approved a new budget" in out
    assert "do not print me" not in out and "Copyright" not in out


def test_errors_exit_codes():
    r = run("--lang", "en", "--output-lang", "ar", stdin=ARTICLE)
    assert r.returncode == 1
    assert r.stderr.startswith(b"summar: ")
    r = run("--words", "10", "--sentences", "2", stdin=ARTICLE)
    assert r.returncode == 2
    r = run("/nonexistent/file.txt")
    assert r.returncode == 1 and b"/nonexistent/file.txt" in r.stderr
