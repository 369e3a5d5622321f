"""Issue #12, stop 68: a conflict only between two statements of one happening, two general gate points.

1. The news against a recap (report.pipeline._Measures._news_against_recap): one sentence dates only days of its
   report's week and the other only a time long past (settings.conflict_news_days, conflict_recap_days): two
   happenings, in any language (BASIL tune 06ffda2d: "a lawsuit … had filed in 2014" / "resigned from Congress
   on Friday"). One act's two days of a week, two dates of one past, or a day against a date of a few weeks
   back stay conflicts.
2. A conflict only on a pair of units that are each other's closest unit of the other document among all the
   aligned pairs (analysis.claims._mutual_best, settings.claim_mutual_conflicts): a claim may hold a pair whose
   unit has a closer partner outside the claim (BASIL tune 0c78e748: "tweeted Saturday" against "said on
   Monday", while "says this morning" was its closest).

Every FALSE case below is a conflict on main; every TRUE case is one on main and here.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pytest

from storylens.analysis.claims import AlignedPair, ClaimAligner, Unit
from storylens.report.pipeline import _Measures, _polarity_conflict


def _date_conflicts(first: tuple[str, str], second: tuple[str, str], published: tuple[str, str]) -> list[str]:
    """The date conflicts of two aligned sentences (text, language) of reports published on ``published`` days."""
    units, sentences = [], {}
    for doc, (text, language) in (("d1", first), ("d2", second)):
        units.append(Unit(doc, f"{doc}:s1", text, 0, len(text), language))
        sentences[doc] = ((f"{doc}:s1", text, language),)
    measures = _Measures(dict(zip(("d1", "d2"), published)), sentences=sentences)
    return [c for c in measures.measure_conflicts(*units) if c.startswith(("date:", "weekday:"))]


def _both_orders(first, second, published=("2026-03-06", "2026-03-06")) -> list[list[str]]:
    return [_date_conflicts(first, second, published), _date_conflicts(second, first, published[::-1])]


# reports of Friday 6 March 2026: this week's news against a recap of an earlier year
_RECAPS = [
    (("The congressman, who settled a harassment lawsuit his aide had filed in 2014, said he would step down.", "en"),
     ("The congressman, who settled a harassment case with his aide, resigned from Congress on Friday.", "en")),
    (("Der Abgeordnete, gegen den seine Mitarbeiterin 2019 Klage eingereicht hatte, legte sein Mandat nieder.", "de"),
     ("Der Abgeordnete legte am Freitag sein Mandat nieder.", "de")),
    (("La députée, élue en 2017, a démissionné.", "fr"), ("La députée a démissionné vendredi.", "fr")),
    (("El diputado, que ocupaba el escaño desde las elecciones de 2015, dimitió.", "es"),
     ("El diputado dimitió el viernes.", "es")),
    (("Beck blamed progressivism for America's problems on Thursday in his keynote speech.", "en"),
     ("The keynote speech in 2024 was delivered by Rush Limbaugh.", "en")),
]


@pytest.mark.parametrize("first, second", _RECAPS)
def test_the_news_against_a_recap_is_no_date_conflict(first, second):
    # main: "date: 2014 (2014) vs on Friday (2026-03-06)" and the like, both orders
    assert _both_orders(first, second) == [[], []]


_ONE_HAPPENING = [
    # two days of one week
    (("The minister resigned on Monday.", "en"), ("The minister resigned on Wednesday.", "en")),
    (("Der Minister trat am Montag zurück.", "de"), ("Der Minister trat am Mittwoch zurück.", "de")),
    # two dates of one past
    (("The bridge collapsed in April 2019.", "en"), ("The bridge collapsed in May 2019.", "en")),
    (("Pelosi has led House Democrats since 2002.", "en"), ("Pelosi has led House Democrats since 2003.", "en")),
    # a day of the week against a date of a few weeks back: not a season apart
    (("La ministre a démissionné vendredi.", "fr"), ("La ministre a démissionné le 2 février.", "fr")),
    # a day against a year that has not ended
    (("El ministro dimitió el viernes.", "es"), ("El ministro dimitió en 2025.", "es")),
]


@pytest.mark.parametrize("first, second", _ONE_HAPPENING)
def test_one_happening_dated_two_ways_still_conflicts(first, second):
    assert all(_both_orders(first, second))


def _no_embedding(texts: Sequence[str]) -> np.ndarray:
    raise AssertionError("the claims below are built from given pairs, nothing is embedded")


def _unit(doc: str, n: int, text: str) -> Unit:
    return Unit(doc, f"{doc}:s{n}", text, 0, len(text), "en")


def _claim_of(mutual: bool):
    """The claim of "confirmed" (d1) and "denied" (d2), whose d1 unit has a closer unit in d2 outside the claim."""
    confirmed = _unit("d1", 1, "The ministry confirmed on Wednesday that the Halden car plant will close next year.")
    denied = _unit("d2", 1, "The ministry denied on Wednesday that the Halden car plant will close next year.")
    closer = _unit("d2", 2, "The ministry confirmed on Wednesday that the Halden car plant will close in 2027.")
    inside = AlignedPair(confirmed, denied, score=0.9, cosine=0.9, overlap=0.8)
    pairs = [inside, AlignedPair(confirmed, closer, score=0.95, cosine=0.95, overlap=0.8)]
    aligner = ClaimAligner(embed=_no_embedding, conflict_checks=(_polarity_conflict,), mutual_conflicts=mutual)
    return aligner._claim("c1", [confirmed, denied], pairs, [inside])


def test_a_conflict_needs_a_mutual_best_pair():
    assert _claim_of(mutual=True).status == "shared"


def test_a_mutual_best_pair_still_conflicts():
    # the same claim without the other unit's closer pair: the pair is the two documents' best, a conflict
    confirmed = _unit("d1", 1, "The ministry confirmed on Wednesday that the Halden car plant will close next year.")
    denied = _unit("d2", 1, "The ministry denied on Wednesday that the Halden car plant will close next year.")
    pair = AlignedPair(confirmed, denied, score=0.9, cosine=0.9, overlap=0.8)
    aligner = ClaimAligner(embed=_no_embedding, conflict_checks=(_polarity_conflict,))
    claim = aligner._claim("c1", [confirmed, denied], [pair], [pair])
    assert claim.status == "conflicting" and claim.conflict == "polarity: d1 affirms, d2 denies"
    assert _claim_of(mutual=False).status == "conflicting"
