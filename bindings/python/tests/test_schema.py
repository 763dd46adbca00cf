"""Summary.to_dict() follows docs/summary.schema.json and says what the C
library's own JSON rendering (format="json", as `summar --format json`
writes it) says about the same summary."""
import json
import pathlib

import pytest

import summar

jsonschema = pytest.importorskip(
    "jsonschema", reason="python3-jsonschema is not installed")

SCHEMA = (pathlib.Path(__file__).resolve().parents[3] / "docs" /
          "summary.schema.json")

CASES = [
    dict(words=60),
    dict(words=80, paragraphs=2, keywords=5),
    dict(sentences=3, title=True, keywords=3),
    dict(words=45, fill=True, keywords=2),
    dict(ratio=0.3, paragraphs=3, algorithm="lexrank"),
    dict(words=1000),
]


@pytest.fixture(scope="module")
def validator():
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    cls = jsonschema.validators.validator_for(schema)
    cls.check_schema(schema)
    return cls(schema)


def valid(validator, d):
    errors = [f"{list(e.path)}: {e.message}" for e in validator.iter_errors(d)]
    assert not errors, errors[:3]
    # what json writes is what validated
    assert json.loads(json.dumps(d, ensure_ascii=False)) == d


def same(a, b, path="$"):
    """a == b, numbers within the 6 decimals the C rendering writes."""
    if isinstance(a, float) or isinstance(b, float):
        assert isinstance(a, (int, float)) and isinstance(b, (int, float)) \
            and abs(a - b) <= 1e-6, path
    elif isinstance(a, dict):
        assert isinstance(b, dict) and list(a) == list(b), (path, list(a),
                                                            list(b))
        for k in a:
            same(a[k], b[k], f"{path}.{k}")
    elif isinstance(a, list):
        assert isinstance(b, list) and len(a) == len(b), path
        for i, (x, y) in enumerate(zip(a, b)):
            same(x, y, f"{path}[{i}]")
    else:
        assert type(a) is type(b) and a == b, (path, a, b)


@pytest.mark.parametrize("opts", CASES, ids=lambda o: ",".join(o))
@pytest.mark.parametrize("which", ["en", "ar"])
def test_to_dict_follows_the_schema_and_the_c_json(which, opts, en_text,
                                                   ar_text, validator):
    text = en_text if which == "en" else ar_text
    s = summar.summarize(text, **opts)
    d = s.to_dict()
    valid(validator, d)
    c = json.loads(summar.summarize(text, format="json", **opts).text)
    valid(validator, c)
    # The binding adds code point offsets (str indices) to each sentence.
    for sd, ss in zip(d["sentences"], s.sentences):
        assert sd.pop("char_start") == ss.char_start
        assert sd.pop("char_end") == ss.char_end
    same(d, c)
    if opts.get("title"):
        assert d["title"] and s.text.startswith(d["title"])
    for x in s.sentences:
        assert x.text.endswith("\u2026") == x.truncated


def test_formats_and_offsets(en_text, validator):
    doc = summar.Document(en_text)
    for fmt in ("markdown", "html", "json"):
        d = doc.summarize(words=50, format=fmt).to_dict()
        valid(validator, d)
        assert d["format"] == fmt
    d = doc.summarize(words=50).to_dict()
    assert "format" not in d
    for sent in d["sentences"]:
        assert doc.text[sent["char_start"]:sent["char_end"]] == sent["text"]
        assert doc.data[sent["start"]:sent["end"]].decode() == sent["text"]


def test_summarize_many_results_follow_the_schema(en_text, ar_text,
                                                  validator):
    texts = [en_text, "", ar_text, en_text[:300]]
    out = list(summar.summarize_many(texts, jobs=2, words=40, keywords=3))
    assert isinstance(out[1], summar.EmptyInputError)
    for r in (out[0], out[2], out[3]):
        valid(validator, r.to_dict())
    assert out[0].to_dict() == summar.summarize(en_text, words=40,
                                                keywords=3).to_dict()


def test_python_m_summar_json_follows_the_schema(tmp_path, en_text,
                                                 validator):
    import subprocess
    import sys
    a = tmp_path / "a.txt"
    b = tmp_path / "b.txt"
    a.write_text(en_text, encoding="utf-8")
    b.write_text(en_text[:400], encoding="utf-8")
    r = subprocess.run([sys.executable, "-m", "summar", "--format", "json",
                        "--keywords", "3", "--title", str(a), str(b)],
                       capture_output=True, check=True)
    lines = [json.loads(x) for x in r.stdout.decode().splitlines()]
    assert [x["file"] for x in lines] == [str(a), str(b)]
    for x in lines:
        valid(validator, x)
