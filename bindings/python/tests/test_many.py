"""summar.summarize_many(): results in input order, an error per item,
the same summaries for any number of threads, the GIL released."""

import pytest

import summar

from conftest import longest_pause, make_text


@pytest.fixture(scope="module")
def texts():
    out = [make_text(3 + i % 5, seed=i) for i in range(30)]
    out[4] = ""                          # EmptyInputError
    out[11] = b"broken \xff bytes here."  # Utf8Error
    return out


def test_same_as_one_at_a_time_in_input_order(texts):
    many = list(summar.summarize_many(texts, jobs=2, words=40, paragraphs=2))
    assert len(many) == len(texts)
    for i, (t, got) in enumerate(zip(texts, many)):
        if i in (4, 11):
            continue
        want = summar.summarize(t, words=40, paragraphs=2)
        assert isinstance(got, summar.Summary)
        assert got.text == want.text and got.sentences == want.sentences


def test_errors_per_item(texts):
    many = list(summar.summarize_many(texts, jobs=2, words=40))
    assert isinstance(many[4], summar.EmptyInputError) and many[4].index == 4
    assert isinstance(many[11], summar.Utf8Error) and many[11].index == 11
    assert many[11].code == summar.summar_core.ERR_UTF8
    assert sum(isinstance(r, summar.Error) for r in many) == 2


@pytest.mark.parametrize("chunk_size", [1, 7, 1000])
def test_jobs_and_chunks_give_identical_results(texts, chunk_size):
    one = [r.text if isinstance(r, summar.Summary) else type(r)
           for r in summar.summarize_many(texts, jobs=1, words=30)]
    two = [r.text if isinstance(r, summar.Summary) else type(r)
           for r in summar.summarize_many(iter(texts), jobs=2, words=30,
                                          chunk_size=chunk_size)]
    every = [r.text if isinstance(r, summar.Summary) else type(r)
             for r in summar.summarize_many(texts, words=30)]
    assert one == two == every


def test_an_iterator_read_lazily():
    seen = []

    def gen():
        for i in range(10):
            seen.append(i)
            yield make_text(2, seed=100 + i)

    it = summar.summarize_many(gen(), jobs=2, chunk_size=3, words=20)
    first = next(it)
    assert isinstance(first, summar.Summary) and seen == [0, 1, 2]
    assert len(list(it)) == 9 and len(seen) == 10


def test_options_checked_at_once():
    with pytest.raises(summar.ArgumentError, match="wrods"):
        next(summar.summarize_many(["a b c."], wrods=5))
    with pytest.raises(summar.RangeError):
        next(summar.summarize_many(["a b c."], jobs=-1))
    with pytest.raises(summar.RangeError):
        next(summar.summarize_many(["a b c."], words=-1))
    with pytest.raises(summar.ArgumentError):
        next(summar.summarize_many([3], words=5))
    with pytest.raises(summar.ArgumentError, match="NUL"):
        next(summar.summarize_many(["a b c."], lang="en\x00"))
    assert list(summar.summarize_many([], words=5)) == []


def test_format_and_language(texts):
    titled = "Council Approves the River Bridge\n\n" + texts[0]
    s = next(summar.summarize_many([titled], format="md", lang="en",
                                   title=True, keywords=3))
    assert s.format == "markdown" and s.text.startswith("# ")
    assert s.language == "en" and len(s.keywords) == 3


def test_gil_is_released_during_the_batch():
    data = [make_text(600, seed=s) for s in range(6)]
    c_time, longest = longest_pause(
        lambda: list(summar.summarize_many(data, jobs=1, chunk_size=6)))
    print(f"\nbatch {c_time:.3f} s; longest pause of the main thread "
          f"{longest:.4f} s")
    assert longest < 0.5 * c_time
