"""A wire story and its reprint never disagree with themselves (trial60 R3): The Island Herald's and the Aegean Times'
runs of one AP quake story put their leads and the background "A magnitude 5.8 quake in 2021 … killed one person"
into one claim, and the claim read "date: on Wednesday (2026-12-02) vs 2021" and "injured: 14 vs no injuries"
between one copy's lead and the other's background sentence, which both copies write word for word. A pair of
two sentences both documents write is no disagreement of the sources (claims._not_said_by_both)."""

from __future__ import annotations

from pathlib import Path

import pytest

from storylens import Comparer
from storylens.analysis.claims import AlignedPair, Unit, _not_said_by_both

DATA = Path(__file__).resolve().parents[1] / "data" / "trial59"


@pytest.fixture(scope="module")
def copies(embedder):
    return Comparer(embedder=embedder).compare([DATA / "E7_en_a.txt", DATA / "E7_en_b.txt"])


def test_two_copies_of_one_wire_story_have_no_conflict(copies):
    assert copies.reprints  # the reprint is read (it credits AP's dateline)
    assert not [c for c in copies.claims if c.status == "conflicting"], [c.conflict for c in copies.claims]


def _unit(doc: str, text: str) -> Unit:
    return Unit(doc=doc, sentence=f"{doc}:s", text=text, start=0, end=len(text))


def test_a_pair_both_documents_write_is_dropped_and_one_only_one_writes_is_kept():
    lead, background = "Two people died on Wednesday.", "In 2021 a quake killed one."
    a1, a2, b1, b2 = _unit("d1", lead), _unit("d1", background), _unit("d2", lead), _unit("d2", background)
    cross = AlignedPair(a1, b2, 0.5, 0.5, 0.5)
    same = AlignedPair(a1, b1, 1.0, 1.0, 1.0)
    assert _not_said_by_both([same, cross], [a1, a2, b1, b2]) == [same]
    other = _unit("d2", "Three people died on Wednesday.")
    kept = AlignedPair(a1, other, 0.9, 0.9, 0.9)
    assert _not_said_by_both([kept], [a1, other]) == [kept]  # d2 does not write d1's lead: a real disagreement
