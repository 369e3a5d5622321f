"""trial55 F1/F2 end to end, through a real Comparer: the planted contradictions of the trial's cross-language pairs
are conflicting claims, none is shown shared, and the summary states no side of one. States (zh «仍处于关闭状态» /
"reopened", tr "pistin yeniden açıldığını" / it «la pista 3 resta chiusa», ru «угроза цунами была снята» / pl
«ostrzeżenie wciąż obowiązuje», ar navigation resumed / en "the southbound convoy remained suspended", fr «a repris» /
es «seguía cortada»), number words (fr «neuf blessés» / es «Diecinueve … heridas»; en "Nine" / es, it, pl, ja
"nineteen" in words). Controls: the same state in two languages is no conflict."""

from __future__ import annotations

import functools
from pathlib import Path

import pytest

from storylens import Comparer

DATA = Path(__file__).resolve().parents[1] / "data" / "trial55"


@pytest.fixture(scope="module")
def comparer(embedder):
    return Comparer(embedder=embedder)  # the default model, as the CLI compares


@pytest.fixture(scope="module")
def compare(comparer):
    """Each pair compared once for the module: p2_fr / p2_es is read by two tests (each compared it again, ~0.5
    CPU-s; suite49). A Comparison is frozen: the tests share it unchanged."""
    return functools.cache(lambda a, b: comparer.compare([DATA / a, DATA / b]))


def _status(comparison, text: str) -> tuple[str, str | None]:
    claim = next(c for c in comparison.claims if any(text in e.text for e in c.evidence))
    return claim.status, claim.conflict


def _no_contested_summary(comparison) -> None:
    contested = {(e.doc, e.sentence) for c in comparison.claims if c.status == "conflicting" for e in c.evidence}
    assert not {(e.doc, e.sentence) for e in comparison.summary} & contested


@pytest.mark.parametrize(("a", "b", "side"), [
    ("p4_zh.txt", "p4_en.txt", "两座机场仍处于关闭状态"),
    ("p6_tr.txt", "p6_it.txt", "la pista 3 resta chiusa"),
    ("p3_ru.txt", "p3_pl.txt", "ostrzeżenie wciąż obowiązuje"),
    ("p5_ar.txt", "p5_en.txt", "the southbound convoy remained suspended"),
    ("p2_fr.txt", "p2_es.txt", "la línea seguía cortada"),
])
def test_a_state_kept_against_the_state_undone_across_languages(compare, a, b, side):
    comparison = compare(a, b)
    status, conflict = _status(comparison, side)
    assert status == "conflicting" and conflict and "measure:" in conflict
    _no_contested_summary(comparison)


def test_number_words_nine_against_nineteen_injured(compare):
    comparison = compare("p2_fr.txt", "p2_es.txt")
    status, conflict = _status(comparison, "Diecinueve de ellos")
    assert status == "conflicting" and conflict == "injured: 9 vs 19"


@pytest.mark.parametrize("lang", ["es", "it", "pl", "ja"])
def test_nineteen_in_words_against_nine(compare, lang):
    comparison = compare("numwords_en.txt", f"numwords_{lang}.txt")
    status, conflict = _status(comparison, "Nine people in other cars were injured.")
    assert status == "conflicting" and conflict == "injured: 9 vs 19"


@pytest.mark.parametrize("lang", ["ru", "zh", "ar", "tr", "ja"])
def test_still_closed_against_reopened_and_against_remains_closed(compare, lang):
    reopened = compare("states_en.txt", f"states_{lang}.txt")
    status, conflict = _status(reopened, "The motorway was reopened on Monday evening.")
    assert status == "conflicting" and conflict == "measure: d1 lifted, d2 kept"
    agreed = compare("states_en_closed.txt", f"states_{lang}.txt")
    assert not [c for c in agreed.claims if c.status == "conflicting"]
