"""Issue #12, stop 68: a conflict only between two statements of one happening, two general gate points.

1. The news against a recap (report.pipeline._Measures._news_against_recap): one sentence dates only days of its
   report's week and the other only a time long past (settings.conflict_news_days, conflict_recap_days): two
   happenings, in any language (BASIL tune 06ffda2d: "a lawsuit … had filed in 2014" / "resigned from Congress
   on Friday") when the two dates' clauses share no stem (break68c: "resigned on March 3" / "resigned on March 3,
   2025" is one act). One act's two days of a week, two dates of one past, or a day against a date of a few weeks
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
from storylens.report.pipeline import _polarity_conflict

from ._docs import date_conflicts

_date_conflicts = date_conflicts


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
    # the two dates' clauses share no stem: another act (break68c R04, R05)
    (("The Dutch prime minister resigned on Monday after his coalition collapsed.", "en"),
     ("The Dutch prime minister, who took office in July 2024, resigned after his coalition collapsed.", "en")),
    (("Der Bürgermeister von Kassel ist am Mittwoch zurückgetreten.", "de"),
     ("Der Bürgermeister von Kassel, der 2019 gewählt wurde, ist zurückgetreten.", "de")),
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


# one once-only act dated this week and a season back, the two clauses sharing their verb (break68c: R02, R03, Q10,
# S03, S04, S05, V06): a true conflict, however long ago the other date is
_ONE_ACT_NEWS_AND_PAST = [
    (("The mayor of Springfield, Dana Kirk, resigned on March 3 after a bribery inquiry.", "en"),
     ("The mayor of Springfield, Dana Kirk, resigned on March 3, 2025 after a bribery inquiry.", "en")),
    (("The new Brenner Base Tunnel opened to traffic on Thursday after 18 years of construction.", "en"),
     (("The Brenner Base Tunnel, which opened to traffic in May 2025 after 18 years of construction, carried its "
       "millionth passenger."), "en")),
    (("Der neue Brenner-Basistunnel wurde am Donnerstag nach 18 Jahren Bauzeit eröffnet.", "de"),
     ("Der neue Brenner-Basistunnel wurde im Mai 2025 nach 18 Jahren Bauzeit eröffnet.", "de")),
    (("The Brenner Base Tunnel opened to traffic on Thursday after 18 years of construction.", "en"),
     ("The Brenner Base Tunnel opened to traffic on November 28 after 18 years of construction.", "en")),
    (("Le maire de Nantes a démissionné le 3 mars après une enquête pour corruption.", "fr"),
     ("Le maire de Nantes a démissionné le 3 mars 2025 après une enquête pour corruption.", "fr")),
    (("El nuevo puente sobre el Ebro en Zaragoza se inauguró el jueves tras seis años de obras.", "es"),
     ("El nuevo puente sobre el Ebro en Zaragoza se inauguró en junio de 2025 tras seis años de obras.", "es")),
    (("Der Bürgermeister von Kassel ist am 3. März zurückgetreten.", "de"),
     ("Der Bürgermeister von Kassel ist am 3. März 2025 zurückgetreten.", "de")),
]


@pytest.mark.parametrize("first, second", _ONE_ACT_NEWS_AND_PAST)
def test_one_act_this_week_and_long_ago_still_conflicts(first, second):
    assert all(_both_orders(first, second))


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
