"""The text layer's stateful helpers are safe to share between threads (the web app answers requests in a thread
pool): Snowball stemmers and pysbd segmenters keep the word or text they are working on on the object, so each
thread has its own. Before (stop 58), eight concurrent searches failed one in twelve runs of
tests/web/test_server.py with snowballstemmer's ``assert self.bra <= self.ket``."""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor

from storylens.text import _stems
from storylens.text.segment import Segmenter

WORDS = ("elections electoral presidents presidentes präsidenten wahlen ereignisse katastrophen inondations "
         "évacuations землетрясения выборах seçimlerde depremler powodzie wybory alluvioni elezioni "
         "overstromingen verkiezingen översvämningar valen tulvat vaalit").split()

# Paragraphs of different shapes (abbreviations, quotes, numbers) so that a span read against the wrong text shows.
PARAGRAPHS = [
    'The U.S. envoy met Gen. Smith on Monday. "We will return," he said. Talks resume on Jan. 5 in Geneva.',
    "Floods hit the north. About 2,500 people were moved to shelters. The army sent 40 trucks and two boats.",
    "Dr. Anna Berg, 54, leads the team. She said the dam held. Engineers checked it again at 6 p.m. on Sunday.",
    "Prices rose 3.2 % in May. The bank kept its rate at 4.5 %. Markets in Asia fell; Europe opened flat.",
]


def _threads(work, n: int = 4) -> list:
    start = threading.Barrier(n)

    def run(k: int):
        start.wait(timeout=60)  # all at once: the interleaving is the point
        return work(k)

    with ThreadPoolExecutor(n) as pool:
        return list(pool.map(run, range(n)))


def test_each_thread_has_its_own_stemmers():
    mine = _stems._stemmer_of()
    theirs = _threads(lambda _: _stems._stemmer_of(), 2)
    assert mine.keys() == theirs[0].keys() == theirs[1].keys() and len(mine) >= 10
    ids = {id(s) for found in (mine, *theirs) for s in found.values()}
    assert len(ids) == 3 * len(mine)  # no stemmer shared by two threads
    assert _stems._stemmers() == tuple(mine.values())


def test_stemming_in_many_threads_gives_the_stems_of_one():
    words = [w + suffix for w in WORDS for suffix in ("", "s", "en", "lar", "ami")]
    serial = [[st.stemWord(w) for st in _stems._stemmers()] for w in words]

    def stem_all(_: int) -> list[list[str]]:
        out = []
        for _round in range(3):
            out = [[st.stemWord(w) for st in _stems._stemmers()] for w in words]
        return out

    assert all(found == serial for found in _threads(stem_all))


def test_one_segmenter_shared_by_threads_splits_each_text_as_alone():
    shared = Segmenter()
    alone = [Segmenter()._split_paragraph_uncached(p, "en") for p in PARAGRAPHS]

    def split_own(k: int) -> list:
        para = PARAGRAPHS[k % len(PARAGRAPHS)]
        return [shared._split_paragraph_uncached(para, "en") for _ in range(150)]

    for k, found in enumerate(_threads(split_own)):
        assert all(spans == alone[k % len(PARAGRAPHS)] for spans in found)
