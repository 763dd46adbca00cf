"""Tests of the Python binding: every wrapped call, errors, Arabic round
trips, large inputs, lifetimes and garbage-collection order."""
import dataclasses
import gc
import json
import threading
import time

import pytest

import summar
from summar import _summar_core as raw
from summar import summar_core as core

from conftest import make_text


# ------------------------------------------------------------ basics

def test_version():
    assert summar.__version__ == core.version()
    major, minor, patch = summar.version_info
    assert core.version_number() == (major << 16) | (minor << 8) | patch
    assert (core.VERSION_MAJOR, core.VERSION_MINOR) == (major, minor)


def test_algorithms_and_languages():
    algos = summar.algorithms()
    assert "default" in algos and "lexrank" in algos and "textrank" in algos
    assert all(isinstance(d, str) and d for d in algos.values())
    assert core.algorithm_name(len(algos)) is None
    assert core.algorithm_description(len(algos)) is None
    langs = summar.languages()
    assert "ar" in langs and "en" in langs
    assert core.language_code(len(langs)) is None


def test_strerror_and_word_count():
    assert summar.strerror(core.OK) == "success"
    assert "translat" in summar.strerror(core.ERR_LANG_MISMATCH)
    assert summar.word_count("one two  three\n four") == 4
    assert summar.word_count("قال المبعوث الروسي") == 3
    assert summar.word_count(b"a - b") == 2      # "-" has no letter
    assert summar.word_count("") == 0


def test_utf8_check():
    summar.utf8_check("نص عربي".encode())
    with pytest.raises(summar.Utf8Error) as e:
        summar.utf8_check(b"ab\xffc")
    assert e.value.offset == 2 and e.value.code == core.ERR_UTF8
    with pytest.raises(summar.NulError) as e:
        summar.utf8_check(b"abc\x00")
    assert e.value.offset == 3
    assert core.utf8_check(b"abc") == [core.OK, 3]


def test_quick(en_text):
    out = summar.quick(en_text, 40, 1)
    assert out.strip() and summar.word_count(out) <= 40
    assert out.strip().split(". ")[0] in en_text
    with pytest.raises(summar.EmptyInputError):
        summar.quick("   ")


def test_text_types():
    with pytest.raises(TypeError):
        summar.Document(12)
    with pytest.raises(TypeError):
        core.word_count(None)


# ------------------------------------------------------------ summarize

def test_summarize_words_paragraphs(en_text):
    s = summar.summarize(en_text, words=80, paragraphs=2)
    assert isinstance(s, summar.Summary)
    assert s.language == "en" and s.format == "text"
    assert 0 < s.word_count <= 80
    assert s.word_count == summar.word_count(s.text)
    assert s.source_words > s.word_count
    assert len(s.paragraphs) == 2
    assert s.text.strip().split("\n\n") == s.paragraphs
    assert s.warnings == []
    # sentences: in source order, copied from the source, in 2 paragraphs
    starts = [x.start for x in s.sentences]
    assert starts == sorted(starts)
    assert {x.paragraph for x in s.sentences} == {0, 1}
    for x in s.sentences:
        assert en_text[x.char_start:x.char_end] == x.text
        assert en_text.encode()[x.start:x.end] == x.text.encode()
        assert 0.0 <= x.score <= 1.0 and x.words > 0


def test_summarize_budgets(en_text):
    assert len(summar.summarize(en_text, sentences=3).sentences) == 3
    r = summar.summarize(en_text, ratio=0.25)
    assert r.word_count <= 0.25 * r.source_words
    d = summar.summarize(en_text)  # default: 20%
    assert d.word_count <= 0.2 * d.source_words + 1
    with pytest.raises(summar.ArgumentError):
        summar.summarize(en_text, words=10, ratio=0.5)
    with pytest.raises(summar.RangeError) as e:
        summar.summarize(en_text, words=0)
    assert e.value.code == core.ERR_RANGE
    with pytest.raises(summar.RangeError):
        summar.summarize(en_text, ratio=1.5)
    with pytest.raises(summar.RangeError):
        summar.summarize(en_text, paragraphs=0)
    with pytest.raises(summar.RangeError):
        summar.summarize(en_text, sentences=0)


def test_formats(en_text):
    md = summar.summarize(en_text, words=60, format="markdown", title=True)
    assert md.text.startswith("# City Library") and md.format == "markdown"
    assert summar.summarize(en_text, words=60, format="md").format == "markdown"
    html = summar.summarize(en_text, words=60, format="html")
    assert html.text.startswith("<p>")
    js = summar.summarize(en_text, words=60, format="json")
    obj = json.loads(js.text)
    assert obj["language"] == "en" and obj["sentences"]
    with pytest.raises(summar.ArgumentError):
        summar.summarize(en_text, format="pdf")


def test_keywords_and_to_dict(en_text):
    s = summar.summarize(en_text, words=60, keywords=4)
    assert len(s.keywords) == 4
    assert all(isinstance(k, summar.Keyword) and k.word for k in s.keywords)
    word, weight = s.keywords[0]
    assert word == s.keywords[0].word and weight == 1.0
    assert all(0 < b.weight <= a.weight
               for a, b in zip(s.keywords, s.keywords[1:]))
    d = s.to_dict()
    assert json.loads(json.dumps(d, ensure_ascii=False)) == d
    assert d["schema"] == summar.JSON_SCHEMA and d["paragraphs"] == 1
    assert d["text"] == s.text
    assert [(k["word"], k["weight"]) for k in d["keywords"]] == s.keywords
    assert d["sentences"][0]["text"] == s.sentences[0].text
    assert str(s) == s.text and "Summary en" in repr(s)


def test_algorithms_change_choice(en_text):
    seen = set()
    for name in summar.algorithms():
        s = summar.summarize(en_text, words=50, algorithm=name)
        assert s.word_count <= 50
        seen.add(tuple(x.index for x in s.sentences))
    assert len(seen) > 1
    with pytest.raises(summar.AlgorithmError) as e:
        summar.summarize(en_text, algorithm="nope")
    assert e.value.code == core.ERR_ALGORITHM


def test_short_source_warning():
    s = summar.summarize("A single short sentence about the river.", words=100)
    assert "short_source" in s.warnings
    assert s.warning_flags & core.WARN_SHORT_SOURCE


# ---------------------------------------------------------------- errors

def test_error_hierarchy():
    classes = {
        core.ERR_NOMEM: summar.NoMemoryError, core.ERR_ARG: summar.ArgumentError,
        core.ERR_RANGE: summar.RangeError, core.ERR_UTF8: summar.Utf8Error,
        core.ERR_NUL: summar.NulError, core.ERR_EMPTY: summar.EmptyInputError,
        core.ERR_TOO_LARGE: summar.TooLargeError,
        core.ERR_LANG_UNSUPPORTED: summar.LanguageUnsupportedError,
        core.ERR_LANG_MISMATCH: summar.LanguageMismatchError,
        core.ERR_ALGORITHM: summar.AlgorithmError,
        core.ERR_BACKEND: summar.BackendError,
        core.ERR_NOT_FOUND: summar.NotFoundError,
    }
    for code, cls in classes.items():
        assert issubclass(cls, summar.Error) and cls.code == code
        assert cls.__module__ == "summar"
    assert issubclass(summar.LanguageMismatchError, ValueError)
    assert issubclass(summar.NoMemoryError, MemoryError)
    assert issubclass(summar.NotFoundError, LookupError)
    assert issubclass(summar.ClosedError, summar.Error)


@pytest.mark.parametrize("make,cls,code", [
    (lambda t: summar.Document("  \n\t "), summar.EmptyInputError,
     core.ERR_EMPTY),
    (lambda t: summar.Document(b"abc \xff def"), summar.Utf8Error,
     core.ERR_UTF8),
    (lambda t: summar.Document(b"abc \x00 def"), summar.NulError, core.ERR_NUL),
    (lambda t: summar.Document(t, context=summar.Context(max_input=100)),
     summar.TooLargeError, core.ERR_TOO_LARGE),
    (lambda t: summar.Document(t, lang="!!"),
     summar.LanguageUnsupportedError, core.ERR_LANG_UNSUPPORTED),
    (lambda t: summar.summarize(t, output_lang="ar"),
     summar.LanguageMismatchError, core.ERR_LANG_MISMATCH),
    (lambda t: summar.summarize(t, output_lang="Klingon"),
     summar.LanguageUnsupportedError, core.ERR_LANG_UNSUPPORTED),
    (lambda t: summar.Document(t).score("nope"), summar.AlgorithmError,
     core.ERR_ALGORITHM),
])
def test_errors(en_text, make, cls, code):
    with pytest.raises(cls) as e:
        make(en_text)
    assert e.value.code == code
    assert str(e.value) == summar.strerror(code)


def test_output_lang_same_as_source(en_text, ar_text):
    assert summar.summarize(en_text, words=40, output_lang="en").language == "en"
    assert summar.summarize(ar_text, words=40, output_lang="Arabic").language == "ar"
    with pytest.raises(summar.LanguageMismatchError):
        summar.summarize(ar_text, words=40, output_lang="en")


def test_replace_invalid():
    d = summar.Document(b"Broken \xff bytes in a sentence. And another one here.",
                        replace_invalid=True)
    assert "replaced" in d.warnings
    assert "\ufffd" in d.text and d.data.count(b"\xef\xbf\xbd") == 1


def test_core_errors_are_nil_safe():
    ctx = core.Context(0)
    with pytest.raises(summar.ArgumentError):
        core.Document(None, b"text here", None, 0)
    with pytest.raises(summar.ArgumentError):
        core.Document(ctx, b"text here", None, 1 << 30)  # unknown flag
    with pytest.raises(summar.EmptyInputError):
        core.document_new(ctx, b"  ", None, 0)
    doc = core.document_new(ctx, b"Some words in a sentence. Then another.",
                            None, 0)
    assert doc.sentence_count() == 2
    with pytest.raises(summar.RangeError):
        doc.sentence(10 ** 6)
    with pytest.raises(summar.RangeError):
        doc.token(10 ** 6)
    with pytest.raises(summar.NotFoundError):
        doc.embedded_request()
    s = doc.summarize(None)
    with pytest.raises(summar.RangeError):
        s.sentence(10 ** 6)
    with pytest.raises(summar.RangeError):
        s.keyword(0)
    with pytest.raises(summar.RangeError):
        doc.sentence(-1)


# ------------------------------------------------------ evaluation (ROUGE)

def _prf(p):
    return (p.recall, p.precision, p.f1)


def test_rouge_identical_texts(en_text, ar_text):
    for text, lang in ((en_text, "en"), (ar_text, "ar"), (en_text, None)):
        r = summar.rouge(text, [text], lang=lang)
        assert isinstance(r, summar.Rouge) and isinstance(r.rouge1, summar.PRF)
        for m in (r.rouge1, r.rouge2, r.rougel):
            assert _prf(m) == (1.0, 1.0, 1.0)
    r = summar.rouge("The council approved the bridge.",
                     ["the COUNCIL approved the bridge"])
    assert r.rouge2.f1 == 1.0 and r.rougel.f1 == 1.0   # case and punctuation


def test_rouge_hand_computed():
    # "the cat sat" vs "the cat ran": 2 of 3 unigrams, 1 of 2 bigrams
    # ("the cat"), LCS 2; tokens of 3 letters are never stemmed.
    for lang in (None, "en"):
        r = summar.rouge("the cat sat", ["the cat ran"], lang=lang)
        assert _prf(r.rouge1) == pytest.approx((2 / 3, 2 / 3, 2 / 3))
        assert _prf(r.rouge2) == pytest.approx((0.5, 0.5, 0.5))
        assert _prf(r.rougel) == pytest.approx((2 / 3, 2 / 3, 2 / 3))
    # The C unit test's case: clipped counts ("the" twice in each).
    r = summar.rouge("The cat sat on the mat.", ["the cat was on the mat"])
    assert _prf(r.rouge1) == pytest.approx((5 / 6, 5 / 6, 5 / 6))
    assert _prf(r.rouge2) == pytest.approx((3 / 5, 3 / 5, 3 / 5))
    assert r.rougel.f1 == pytest.approx(5 / 6)
    # Recall and precision differ: 2 summary tokens, 4 reference tokens.
    r = summar.rouge("a b", ["a b c d"])
    assert _prf(r.rouge1) == pytest.approx((0.5, 1.0, 2 / 3))
    assert _prf(r.rouge2) == pytest.approx((1 / 3, 1.0, 0.5))


def test_rouge_two_references_averaged():
    r = summar.rouge(b"a b", [b"a b c d", "a x y z"])
    # ref 1: R 2/4 P 2/2 F 2/3; ref 2: R 1/4 P 1/2 F 1/3.
    assert _prf(r.rouge1) == pytest.approx((0.375, 0.75, 0.5))
    assert _prf(r.rougel) == pytest.approx((0.375, 0.75, 0.5))
    # bigrams: ref 1 has "a b" (R 1/3 P 1/1 F 1/2), ref 2 none.
    assert _prf(r.rouge2) == pytest.approx((1 / 6, 0.5, 0.25))
    assert summar.rouge("a b", ("a b c d",)).rouge1.recall == 0.5
    # any iterable of texts
    assert summar.rouge("a b", (t for t in ["a b c d", "a x y z"])) == r


def test_rouge_cut_words():
    s = "alpha beta gamma delta"
    r = summar.rouge(s, ["alpha beta"])
    assert _prf(r.rouge1) == pytest.approx((1.0, 0.5, 2 / 3))
    assert _prf(r.rouge2) == pytest.approx((1.0, 1 / 3, 0.5))
    r = summar.rouge(s, ["alpha beta"], cut_words=2)
    assert _prf(r.rouge1) == (1.0, 1.0, 1.0) and r.rouge2.f1 == 1.0
    r = summar.rouge(s, ["alpha beta"], cut_words=3)
    assert r.rouge1.precision == pytest.approx(2 / 3)
    assert summar.rouge(s, ["alpha beta"], cut_words=100) == \
        summar.rouge(s, ["alpha beta"])


def test_rouge_stemming_and_arabic():
    r = summar.rouge("Running dogs", ["run dog"], lang="en")
    assert r.rouge1.f1 == 1.0
    assert summar.rouge("Running dogs", ["run dog"]).rouge1.f1 == 0.0
    r = summar.rouge("أكَلَ الولـــد التفاحة", ["اكل الولد التفاحه"], lang="ar")
    assert r.rouge1.f1 == 1.0 and r.rouge2.f1 == 1.0
    r = summar.rouge("أكَلَ الولـــد التفاحة".encode(), ["اكل الولد"], lang="ar")
    assert _prf(r.rouge1) == pytest.approx((1.0, 2 / 3, 0.8))


def test_rouge_of_a_summary(en_text):
    """A summary is sentences of its source in source order: against the
    source, ROUGE-1 and ROUGE-L precision are 1, recall the share kept."""
    s = summar.summarize(en_text, words=80, paragraphs=2)
    r = summar.rouge(s.text, [en_text], lang="en")
    assert r.rouge1.precision == 1.0 and r.rougel.precision == 1.0
    assert 0.05 < r.rouge1.recall < 0.5
    assert r.rougel.recall == pytest.approx(r.rouge1.recall)
    assert 0 < r.rouge2.f1 <= 1
    short = summar.rouge(s.text, [en_text], lang="en", cut_words=20)
    assert short.rouge1.precision == 1.0
    assert short.rouge1.recall < r.rouge1.recall
    assert r.to_dict()["rouge1"] == {"recall": r.rouge1.recall,
                                     "precision": 1.0, "f1": r.rouge1.f1}


def test_rouge_empty_texts_score_zero():
    for summary, ref in (("", "alpha beta"), ("alpha", " ... "), ("", "")):
        r = summar.rouge(summary, [ref])
        assert _prf(r.rouge1) == _prf(r.rouge2) == _prf(r.rougel) == (0, 0, 0)


@pytest.mark.parametrize("call,cls,code", [
    (lambda: summar.rouge("a", []), summar.ArgumentError, core.ERR_ARG),
    (lambda: summar.rouge(b"a \xff b", ["a"]), summar.Utf8Error,
     core.ERR_UTF8),
    (lambda: summar.rouge("a", ["ok", b"\xc3("]), summar.Utf8Error,
     core.ERR_UTF8),
    (lambda: summar.rouge("\ud800", ["a"]), summar.Utf8Error, core.ERR_UTF8),
    (lambda: summar.rouge("a", ["a"], lang="xx-!"),
     summar.LanguageUnsupportedError, core.ERR_LANG_UNSUPPORTED),
    (lambda: summar.rouge("a", ["a"], lang="Klingon"),
     summar.LanguageUnsupportedError, core.ERR_LANG_UNSUPPORTED),
])
def test_rouge_errors(call, cls, code):
    with pytest.raises(cls) as e:
        call()
    assert e.value.code == code
    assert str(e.value) == summar.strerror(code)


def test_rouge_argument_types():
    for refs in ("the cat", b"the cat", bytearray(b"the cat"), None, 3,
                 ["a", 3], [None]):
        with pytest.raises(TypeError):
            summar.rouge("the cat", refs)
    with pytest.raises(TypeError):
        summar.rouge(3, ["a"])
    with pytest.raises(TypeError):
        summar.rouge("a", ["a"], lang=5)
    with pytest.raises(summar.RangeError):
        summar.rouge("a", ["a"], cut_words=-1)
    r = summar.rouge("a", ["a"])
    with pytest.raises(dataclasses.FrozenInstanceError):
        r.rouge1 = r.rouge2
    with pytest.raises(dataclasses.FrozenInstanceError):
        r.rouge1.f1 = 0.5
    assert hash(r) == hash(summar.rouge("a", ["a"]))


def test_rouge_raw():
    v = core.rouge_score(b"the cat sat", [b"the cat ran", "the cat"], None, 0)
    assert isinstance(v, list) and len(v) == 9
    # ref 1 as above; ref 2: R1 R 1 P 2/3, R2 R 1 P 1/2, LCS 2.
    assert v == pytest.approx([(2 / 3 + 1) / 2, 2 / 3, (2 / 3 + 0.8) / 2,
                               (0.5 + 1) / 2, 0.5, (0.5 + 2 / 3) / 2,
                               (2 / 3 + 1) / 2, 2 / 3, (2 / 3 + 0.8) / 2])
    with pytest.raises(TypeError):
        core.rouge_score(b"a", "a", None, 0)        # one str, not a list
    with pytest.raises(TypeError):
        core.rouge_score(b"a", {"a": 1}, None, 0)   # not a sequence
    with pytest.raises(summar.ArgumentError):
        core.rouge_score(b"a", (), None, 0)


# --------------------------------------------------- tokenizer and scorer

def test_document(en_text):
    with summar.Document(en_text) as d:
        assert d.language == "en" and not d.closed
        assert d.text == en_text and d.data == en_text.encode()
        assert d.content_words > 250
        assert len(d) == len(d.sentences) == d._core.sentence_count()
        assert d.title.text.startswith("City Library") and "title" in d.title.flag_names
        assert not d.title.is_content and d.sentences[1].is_content
        assert d.sentence(-1).text == d.sentences[-1].text
        assert d.embedded_request is None
        assert "Document en" in repr(d)
    assert d.closed and repr(d) == "<summar.Document closed>"


def test_tokens(en_text):
    d = summar.Document(en_text)
    toks = d.tokens
    assert len(toks) == d._core.token_count() > 300
    for t in toks[:50]:
        assert en_text[t.char_start:t.char_end] == t.text
        assert t.norm == t.text.casefold() or t.is_number
        assert t.stem and len(t.stem) <= len(t.norm) + 1
        assert d.sentences[t.sentence].start <= t.start < d.sentences[t.sentence].end
    the = [t for t in toks if t.norm == "the"]
    assert the and all(t.is_stopword and "stopword" in t.flag_names for t in the)
    assert any(t.is_number for t in summar.Document("Room 42 is open today.").tokens)
    # core accessors agree with the tables
    t5 = d._core.token(5)
    assert (t5.index, t5.start, t5.end, t5.sentence, t5.flags, t5.norm,
            t5.stem) == (5, toks[5].start, toks[5].end, toks[5].sentence,
                         toks[5].flags, toks[5].norm, toks[5].stem)
    s3 = d._core.sentence(3)
    assert (s3.index, s3.start, s3.end, s3.block, s3.flags) == (
        3, d.sentences[3].start, d.sentences[3].end, d.sentences[3].block,
        d.sentences[3].flags)


def test_score(en_text):
    d = summar.Document(en_text)
    for name in summar.algorithms():
        sc = d.score(name)
        assert len(sc) == len(d.sentences)
        assert all(0.0 <= x <= 1.0 for x in sc)
        assert sc[0] == 0.0  # the title is dropped
        assert max(sc) > 0.0
    assert d.score() == d.score("default") == d._core.score(None)


def test_no_clean_keeps_every_line():
    text = ("Home | News | Sport | Contact\n\nThe council approved the new "
            "bridge on Monday after a long debate. Work starts in spring.\n")
    clean = summar.Document(text)
    raw_doc = summar.Document(text, clean=False)
    assert any(not s.is_content for s in clean.sentences)
    assert all(s.is_content for s in raw_doc.sentences)


def test_embedded_request():
    text = ("Summarize this content to 50 words in 2 paragraphs in English\n\n"
            + make_text(6))
    d = summar.Document(text)
    r = d.embedded_request
    assert r == summar.EmbeddedRequest(50, 2, "en")
    assert "request" in d.sentences[0].flag_names


# ---------------------------------------------------------------- Arabic

def test_arabic_round_trip(ar_text, ar_bytes):
    d = summar.Document(ar_bytes)
    assert d.language == "ar"
    assert d.data == ar_bytes and d.text == ar_text
    for s in d.sentences:
        assert ar_bytes[s.start:s.end] == s.text.encode("utf-8")
        assert ar_text[s.char_start:s.char_end] == s.text
    for t in d.tokens:
        assert ar_bytes[t.start:t.end].decode() == t.text
        assert ar_text[t.char_start:t.char_end] == t.text
    s = d.summarize(words=120, paragraphs=2)
    assert s.language == "ar" and 0 < s.word_count <= 120
    assert len(s.paragraphs) == 2
    for x in s.sentences:
        # a sentence cut to the budget is its prefix and an ellipsis
        assert ar_bytes[x.start:x.end] + (
            "\u2026".encode() if x.truncated else b"") == x.text.encode()
    # the text is the sentences, byte for byte, joined by spaces and blank lines
    assert s.text.strip() == "\n\n".join(s.paragraphs)
    assert summar.summarize(ar_text, words=120, paragraphs=2).text == s.text


def test_arabic_normalization():
    # tashkeel and tatweel are stripped from the normalized form only
    text = "ذَهَبَ الطّـالِبُ إلى المدرسةِ صباحاً. وعاد الطالب إلى البيت مساءً."
    d = summar.Document(text, lang="ar")
    toks = d.tokens
    assert [t.text for t in toks][:2] == ["ذَهَبَ", "الطّـالِبُ"]
    for t in toks:
        assert not any("\u064b" <= c <= "\u0652" or c == "\u0640" for c in t.norm)
        assert text[t.char_start:t.char_end] == t.text
    assert toks[1].norm == toks[6].norm  # الطّـالِبُ == الطالب


# ----------------------------------------------------------- large inputs

def test_large_input(big_text):
    data = big_text.encode()
    assert len(data) > 900_000
    t0 = time.perf_counter()
    d = summar.Document(data)
    n = len(d)
    assert n > 8000
    s = d.summarize(words=300, paragraphs=4)
    dt = time.perf_counter() - t0
    assert 0 < s.word_count <= 300 and len(s.paragraphs) == 4
    for x in s.sentences:
        assert data[x.start:x.end].decode() == x.text
    sc = d.score("textrank")
    assert len(sc) == n
    assert dt < 60


def test_large_token_tables():
    text = make_text(300)
    d = summar.Document(text)
    toks = d.tokens
    assert len(toks) == d._core.token_count() > 20000
    assert toks[-1].text == text[toks[-1].char_start:toks[-1].char_end]


# ------------------------------------------------ lifetimes and GC order

def test_summary_outlives_document(en_text):
    d = summar.Document(en_text)
    s = d.summarize(words=60)
    del d
    gc.collect()
    assert s.text and s.sentences[0].text in en_text
    # the raw handles too: the C summary copies what it needs
    ctx = core.Context(0)
    doc = core.Document(ctx, en_text.encode(), None, 0)
    cs = doc.summarize(None)
    del doc, ctx
    gc.collect()
    assert cs.text() and cs.sentence_count() > 0 and cs.language() == "en"
    assert cs.sentence(0).end > cs.sentence(0).start


def test_document_outlives_context(en_text):
    ctx = summar.Context(max_input=1 << 20)
    assert ctx.max_input == 1 << 20 and "Context" in repr(ctx)
    d = summar.Document(en_text, context=ctx)
    del ctx
    gc.collect()
    assert d.summarize(words=40).word_count <= 40
    # raw: delete the context explicitly before the document
    c = core.Context(0)
    doc = core.Document(c, en_text.encode(), None, 0)
    raw.delete_Context(c)
    assert doc.summarize(None).word_count() > 0


def test_reference_cycles(en_text):
    class Holder:
        pass

    for _ in range(50):
        h = Holder()
        h.ctx = summar.Context()
        h.doc = summar.Document(en_text, context=h.ctx)
        h.sum = h.doc.summarize(words=30)
        h.raw = h.doc._core.summarize(None)
        h.self = h
        del h
    gc.collect()


def test_close_is_idempotent_and_safe(en_text):
    d = summar.Document(en_text)
    sents = d.sentences  # read before closing: stays valid
    d.close()
    d.close()
    assert d.closed and sents[1].text in en_text
    for call in (lambda: d.language, lambda: d.tokens, lambda: d.score(),
                 lambda: d.summarize(words=10), lambda: d.content_words,
                 lambda: d._core.sentence(0), lambda: d._core.title()):
        with pytest.raises(summar.ClosedError) as e:
            call()
        assert "closed" in str(e.value)
    cs = summar.Document(en_text)._core.summarize(None)
    cs.close()
    cs.close()
    assert cs.closed()
    with pytest.raises(summar.ClosedError):
        cs.text()


def test_explicit_delete_twice(en_text):
    ctx = core.Context(0)
    doc = core.Document(ctx, en_text.encode(), None, 0)
    raw.delete_Document(doc)
    with pytest.raises(Exception):
        raw.delete_Document(doc)        # not freed twice
    with pytest.raises(summar.ClosedError):
        doc.language()                   # not used after free
    req = core.Request()
    raw.delete_Request(req)
    with pytest.raises(Exception):
        raw.delete_Request(req)
    with pytest.raises(summar.ClosedError):
        req.set_words(10)


def test_close_while_other_threads_work(big_text):
    d = summar.Document(make_text(400))
    errors, done = [], []

    def work():
        try:
            for _ in range(50):
                d.score("lexrank")
                d.summarize(words=50)
        except summar.ClosedError:
            done.append(1)
        except Exception as e:  # pragma: no cover
            errors.append(e)
        else:
            done.append(0)

    ts = [threading.Thread(target=work) for _ in range(3)]
    for t in ts:
        t.start()
    time.sleep(0.05)
    d.close()
    for t in ts:
        t.join()
    assert not errors and len(done) == 3


# --------------------------------------------------------------- coverage

CALLED = {
    "Context": {"max_input"},
    "Request": {"set_words", "set_sentences", "set_ratio", "set_paragraphs",
                "set_format", "set_format_name", "set_algorithm",
                "set_output_lang",
                "set_keywords", "set_title", "set_fill"},
    "Document": {"close", "closed", "text", "language", "warnings",
                 "content_words", "sentence_count", "token_count", "sentence",
                 "title", "token", "sentence_table", "token_table",
                 "token_norms", "token_stems", "embedded_request", "score",
                 "summarize"},
    "Summary": {"close", "closed", "text", "warnings", "word_count",
                "source_words", "paragraph_count", "sentence_count",
                "keyword_count", "keyword", "keyword_weight", "title",
                "sentence", "language"},
}


def test_every_wrapped_method_is_known():
    """Fails when summar.i grows a method these tests do not know about."""
    for cls, known in CALLED.items():
        methods = {m for m in vars(getattr(core, cls))
                   if not m.startswith("_") and callable(getattr(getattr(core, cls), m))}
        assert methods == known, cls
    funcs = {"version", "version_number", "strerror", "word_count",
             "utf8_check", "language_code", "algorithm_name", "status_count",
             "warning_name", "sentence_flag_name", "token_flag_name",
             "algorithm_description", "quick", "document_new", "rouge_score"}
    assert funcs <= set(vars(core))


def test_fill_uses_the_budget(en_text):
    """fill=True completes a word budget with a cut sentence."""
    for w in range(30, 60):
        plain = summar.summarize(en_text, words=w, lang="en")
        full = summar.summarize(en_text, words=w, lang="en", fill=True)
        assert plain.word_count <= full.word_count <= w
        if plain.word_count < w:
            assert full.word_count == w and full.text.rstrip().endswith("\u2026")
            assert "truncated" in full.warnings
            cut = [x for x in full.sentences if x.truncated]
            assert len(cut) == 1 and cut[0].text.endswith("\u2026")
            assert [x["truncated"] for x in full.to_dict()["sentences"]
                    if "truncated" in x] == [True]
            assert not any(x.truncated for x in plain.sentences)
            assert all("truncated" not in x
                       for x in plain.to_dict()["sentences"])
            return
    raise AssertionError("no budget left room for a cut sentence")


def test_raw_request_all_setters(en_text):
    ctx = core.Context(0)
    doc = core.Document(ctx, en_text.encode(), "en", 0)
    req = core.Request()
    req.set_sentences(3)
    req.set_ratio(0.3)
    req.set_words(70)
    req.set_paragraphs(2)
    req.set_format(core.FORMAT_MARKDOWN)
    req.set_algorithm("luhn")
    req.set_algorithm(None)
    req.set_output_lang("en")
    req.set_output_lang(None)
    req.set_keywords(3)
    req.set_title(1)
    s = doc.summarize(req)
    assert s.word_count() <= 70 and s.paragraph_count() == 2
    assert s.text().startswith(b"# ")
    assert s.keyword_count() == 3 and s.keyword(2)
    assert s.keyword_weight(0) == 1.0 and 0 < s.keyword_weight(2) <= 1
    with pytest.raises(summar.RangeError):
        s.keyword_weight(3)
    assert s.title() == [doc.title().start, doc.title().end]
    assert s.warnings() == 0 and s.source_words() > 70
    with pytest.raises(summar.RangeError):
        req.set_format(99)
    with pytest.raises(summar.RangeError):
        req.set_keywords(10 ** 6)
    t = doc.title()
    assert t.index == 0 and t.flags & core.SENT_TITLE
    assert doc.warnings() == 0 and doc.content_words() > 0
    assert doc.token_norms()[0] == doc.token(0).norm
    assert doc.token_stems()[0] == doc.token(0).stem
    assert doc.sentence_table()[:2] == [doc.sentence(0).start, doc.sentence(0).end]
    assert doc.token_table()[4:6] == [doc.token(1).start, doc.token(1).end]


# ------------------------------------------------- one family of errors

@pytest.mark.parametrize("call, cls", [
    (lambda t: summar.summarize(t, words=-1), summar.RangeError),
    (lambda t: summar.summarize(t, words=10 ** 30), summar.RangeError),
    (lambda t: summar.summarize(t, paragraphs=-2), summar.RangeError),
    (lambda t: summar.summarize(t, keywords=10 ** 6), summar.RangeError),
    (lambda t: summar.summarize(t, words="5"), summar.ArgumentError),
    (lambda t: summar.summarize(t, ratio="half"), summar.ArgumentError),
    (lambda t: summar.summarize(t, format="pdf"), summar.ArgumentError),
    (lambda t: summar.summarize(t, algorithm=3), summar.ArgumentError),
    (lambda t: summar.summarize(3), summar.ArgumentError),
    (lambda t: summar.Document(t, lang=5), summar.ArgumentError),
    (lambda t: summar.Document(t).score(algorithm=b"lex\x00rank"),
     summar.ArgumentError),
    (lambda t: summar.Document(t, context=3), summar.ArgumentError),
    (lambda t: list(summar.summarize_many([t], context="x")),
     summar.ArgumentError),
    (lambda t: summar.rouge(t, 5), summar.ArgumentError),
    (lambda t: core.Document(3, t.encode(), None, 0), summar.ArgumentError),
    (lambda t: core.Document(core.Context(0), t.encode(), None,
                             0).summarize("x"), summar.ArgumentError),
    (lambda t: core.Batch(core.Request(), [b"x"], None, 0, None, 1),
     summar.ArgumentError),
    (lambda t: summar.summarize(t, title=1), summar.ArgumentError),
    (lambda t: summar.summarize(t, fill="yes"), summar.ArgumentError),
    (lambda t: summar.summarize(t, html=1), summar.ArgumentError),
    (lambda t: summar.Document(t).summarize(title=None),
     summar.ArgumentError),
    (lambda t: summar.Document(t, clean=0), summar.ArgumentError),
    (lambda t: summar.Document(t, replace_invalid="no"),
     summar.ArgumentError),
    (lambda t: list(summar.summarize_many([t], clean=1)),
     summar.ArgumentError),
    (lambda t: list(summar.summarize_many([t], fill=[True])),
     summar.ArgumentError),
    (lambda t: summar.summarize(t, ratio=2.0), summar.RangeError),
    (lambda t: summar.summarize(t, paragraphs=0), summar.RangeError),
    (lambda t: summar.summarize(t, words=10 ** 12), summar.RangeError),
])
def test_argument_mistakes_raise_one_family(en_text, call, cls):
    with pytest.raises(cls) as e:
        call(en_text)
    assert isinstance(e.value, summar.Error) and isinstance(e.value, ValueError)
    assert e.value.code in (core.ERR_ARG, core.ERR_RANGE)
    # the message names the argument, never a wrapper function
    msg = str(e.value)
    assert "summar_sw" not in msg and "summar_shim" not in msg
    assert "arg " not in msg and "in method" not in msg
    assert msg != summar.strerror(e.value.code), "the argument is not named"
    if cls is summar.ArgumentError:
        assert isinstance(e.value, TypeError)


@pytest.mark.parametrize("option", ["title", "fill"])
@pytest.mark.parametrize("value", [1, 0, "yes", "", None, [True]])
def test_yes_no_options_take_only_bool(en_text, option, value):
    with pytest.raises(summar.ArgumentError, match=f"^{option} must be a bool"):
        summar.summarize(en_text, words=35, **{option: value})
    # True and False are taken, and are not the same request
    on = summar.summarize(en_text, words=35, **{option: True})
    off = summar.summarize(en_text, words=35, **{option: False})
    assert on.to_dict() != off.to_dict()


@pytest.mark.parametrize("option", ["clean", "replace_invalid"])
def test_document_yes_no_options_take_only_bool(en_text, option):
    for value in (1, 0, "no", None):
        with pytest.raises(summar.ArgumentError, match=f"^{option} must be"):
            summar.Document(en_text, **{option: value})
    assert summar.Document(en_text, **{option: True}).language == "en"
    assert summar.Document(en_text, **{option: False}).language == "en"


@pytest.mark.parametrize("lang", ["en\x00zz", "\x00", b"ar\x00"])
def test_language_with_a_nul_byte_is_refused(en_text, lang):
    with pytest.raises(summar.ArgumentError, match="NUL"):
        summar.Document(en_text, lang)
    with pytest.raises(summar.ArgumentError, match="NUL"):
        summar.summarize(en_text, output_lang=lang)
    with pytest.raises(summar.ArgumentError, match="NUL"):
        summar.quick(en_text, 20, 1, lang)
    with pytest.raises(summar.ArgumentError, match="NUL"):
        summar.rouge("a b", ["a b"], lang=lang)


def test_flag_names_come_from_the_library(en_text):
    doc = summar.Document(en_text)
    title = doc.title
    assert title is not None and title.flag_names == ["title", "para_start"]
    assert core.warning_name(core.WARN_SHORT_SOURCE) == "short_source"
    assert core.warning_name(3) is None
    s = summar.summarize("One short sentence here.", words=100, lang="en")
    assert s.warnings == ["short_source"]
    assert [t.flag_names for t in doc.tokens if t.norm == "the"][0] == [
        "stopword", "letters"]
