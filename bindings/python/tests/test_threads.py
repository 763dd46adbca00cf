"""The binding releases the GIL while C works: threads summarize at once,
with the same results as serial runs."""
import os
import threading
import time

import summar
from summar import summar_core as core

from conftest import longest_pause, make_text


def _run(texts):
    return [summar.summarize(t, words=150, paragraphs=3).to_dict() for t in texts]


def test_two_threads_same_as_serial():
    texts = [make_text(700, seed=s) for s in (1, 2)]   # ~350 KB each
    t0 = time.perf_counter()
    serial = [_run([t])[0] for t in texts]
    serial_s = time.perf_counter() - t0

    results = [None, None]

    def work(i):
        results[i] = _run([texts[i]])[0]

    threads = [threading.Thread(target=work, args=(i,)) for i in range(2)]
    t0 = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    threaded_s = time.perf_counter() - t0

    assert results == serial
    print(f"\nserial (2 docs one after the other): {serial_s:.3f} s\n"
          f"threaded (2 threads at once):         {threaded_s:.3f} s\n"
          f"speed-up: {serial_s / threaded_s:.2f}x on {os.cpu_count()} CPUs")


def test_gil_is_released_during_c_work():
    """While one thread builds a big document in C, the main thread keeps
    running Python: its longest pause is far shorter than the C call."""
    data = make_text(4000, seed=3).encode()
    ctx = core.Context(0)
    c_time, longest = longest_pause(lambda: core.Document(ctx, data, None, 0))
    print(f"\nC call {c_time:.3f} s; longest pause of the main thread "
          f"{longest:.4f} s")
    assert longest < 0.5 * c_time


def test_many_threads_share_one_document():
    doc = summar.Document(make_text(300, seed=5))
    want = doc.summarize(words=100, paragraphs=2).text
    scores = doc.score("lexrank")
    got, errors = [], []

    def work():
        try:
            for _ in range(5):
                got.append(doc.summarize(words=100, paragraphs=2).text)
                assert doc.score("lexrank") == scores
        except Exception as e:  # pragma: no cover
            errors.append(e)

    ts = [threading.Thread(target=work) for _ in range(4)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    assert not errors and got == [want] * 20


def test_shared_request_across_threads():
    ctx = core.Context(0)
    docs = [core.Document(ctx, make_text(80, seed=s).encode(), None, 0)
            for s in range(4)]
    req = core.Request()
    req.set_words(60)
    out = [None] * 4

    def work(i):
        out[i] = docs[i].summarize(req).text()

    ts = [threading.Thread(target=work, args=(i,)) for i in range(4)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    assert out == [d.summarize(req).text() for d in docs]



def test_rouge_in_threads_same_as_serial():
    """rouge() runs without the GIL: threads scoring at once get the
    serial results."""
    summaries = [summar.summarize(make_text(40, seed=s), words=120).text
                 for s in range(4)]
    refs = [[make_text(40, seed=s), make_text(10, seed=s + 10).encode()]
            for s in range(4)]
    want = [summar.rouge(summaries[i], refs[i], lang="en") for i in range(4)]
    assert all(0 < w.rouge1.recall < w.rouge1.precision <= 1 for w in want)
    assert len(set(want)) == 4
    got = [None] * 8

    def work(i):
        got[i] = summar.rouge(summaries[i % 4], refs[i % 4], lang="en")

    ts = [threading.Thread(target=work, args=(i,)) for i in range(8)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    assert got == want * 2
