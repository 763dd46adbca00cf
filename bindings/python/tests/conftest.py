"""Shared inputs of the Python binding tests: the example articles (written
for this project, under examples/data/) and generated large texts."""
import pathlib
import random
import threading
import time

import pytest

DATA = pathlib.Path(__file__).resolve().parents[3] / "examples" / "data"


@pytest.fixture(scope="session")
def en_text() -> str:
    return (DATA / "article-en.txt").read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def ar_text() -> str:
    return (DATA / "article-ar.txt").read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def ar_bytes() -> bytes:
    return (DATA / "article-ar.txt").read_bytes()


WORDS = ("river city council market school bridge harvest museum railway "
         "festival library garden factory hospital harbour village storm "
         "election budget orchestra theatre football bakery tunnel farmers "
         "students engineers doctors musicians volunteers").split()
VERBS = ("opened closed repaired visited funded planned delayed praised "
         "criticised expanded").split()


def make_text(paragraphs: int, seed: int = 7) -> str:
    """Distinct English-like sentences in paragraphs (no two alike, so
    de-duplication keeps them)."""
    rnd = random.Random(seed)
    out = []
    n = 0
    for _ in range(paragraphs):
        sents = []
        for _ in range(rnd.randint(3, 7)):
            n += 1
            w = rnd.sample(WORDS, 6)
            sents.append(f"The {w[0]} {rnd.choice(VERBS)} the {w[1]} near the "
                         f"{w[2]} after the {w[3]} and {w[4]} met {n} "
                         f"{w[5]} on day {n}.")
        out.append(" ".join(sents))
    return "\n\n".join(out)


@pytest.fixture(scope="session")
def big_text() -> str:
    """About 1 MB."""
    return make_text(2000)


def longest_pause(work, tries=3):
    """Runs work() alone, then again on a thread while this thread keeps
    running Python; returns (seconds work() took alone, the longest pause
    this thread saw meanwhile).  With the GIL released during the C work,
    the pause is far shorter than the work.  On a busy machine the OS may
    stop this thread for a while too, so the measurement is made up to
    `tries` times and the try with the smallest pause relative to the work
    is returned: a GIL held through the C work stops every try."""
    best = None
    for _ in range(tries):
        t0 = time.perf_counter()
        work()
        c_time = time.perf_counter() - t0
        done = threading.Event()
        worker = threading.Thread(target=lambda: (work(), done.set()))
        longest = 0.0
        last = time.perf_counter()
        worker.start()
        while not done.is_set():
            now = time.perf_counter()
            longest = max(longest, now - last)
            last = now
        worker.join()
        if best is None or longest / c_time < best[1] / best[0]:
            best = (c_time, longest)
        if longest < 0.25 * c_time:
            break
    return best
