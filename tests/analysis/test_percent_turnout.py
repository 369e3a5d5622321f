"""Turnout and a party's share of the vote are two measures (trial 17 #5, final31 #5: "PiS won 35.38% of
the vote" against "frekwencja wyniosła 74,38 proc." was a conflict): each percentage binds the measure its
clause names (text data ``percent_measures``: "turnout", "vote share" in ten languages)."""

from __future__ import annotations

import pytest

from storylens.analysis.quantities import compare_numbers, extract_numbers


@pytest.mark.parametrize(("a", "la", "b", "lb"), [
    ("PiS won 35.38% of the vote.", "en", "Frekwencja wyniosła 74,38 proc.", "pl"),
    ("Die Wahlbeteiligung lag bei 74,38 Prozent.", "de", "PiS won 35.38% of the vote.", "en"),
    ("La participation a atteint 74,38 %.", "fr", "Il PiS ha ottenuto il 35,4% dei voti.", "it"),
    ("Явка составила 74,38%.", "ru", "PiS obtuvo el 35,38 % de los votos.", "es"),
])
def test_turnout_is_never_compared_with_a_vote_share(a, la, b, lb):
    assert compare_numbers(extract_numbers(a, la), extract_numbers(b, lb)) == []


@pytest.mark.parametrize(("a", "la", "b", "lb"), [
    ("Явка составила 68,38%.", "ru", "Turnout was 74.38%.", "en"),
    ("Frekwencja wyniosła 74,38 proc.", "pl", "Die Wahlbeteiligung lag bei 68,38 Prozent.", "de"),
])
def test_two_turnouts_that_differ_conflict(a, la, b, lb):
    assert compare_numbers(extract_numbers(a, la), extract_numbers(b, lb))


def _figure_keys(text: str, lang: str) -> frozenset[str]:
    from storylens.analysis.claims import Unit
    from storylens.report.pipeline import _Measures

    unit = Unit("d1", "d1:s0", text, 0, len(text), lang)
    return frozenset(k for k in _Measures({"d1": "2026-10-05"}).anchor_keys(unit) if k.startswith("N:"))


@pytest.mark.parametrize(("turnout", "lt"), [
    ("Frekwencja wyniosła 52,1 proc., podało biuro.", "pl"),
    ("Die Wahlbeteiligung lag bei 52,1 Prozent.", "de"),
    ("Явка составила 52,1%.", "ru"),
])
@pytest.mark.parametrize(("share", "ls"), [
    ("Viktor Orban's Fidesz party won with 52.1% of the vote.", "en"),
    ("Fidesz obtuvo el 52,1 % de los votos.", "es"),
])
def test_one_figure_of_two_measures_is_no_shared_anchor(turnout, lt, share, ls):
    """final32 #5: a turnout of 52.1 % and a vote share of 52.1 % shared the anchor N:52.1, and the Polish
    turnout sentence joined the German vote share's claim, hiding its conflict with the turnout of 69.5 %."""
    assert not _figure_keys(turnout, lt) & _figure_keys(share, ls)


def test_one_measure_keeps_its_shared_anchor_across_languages():
    assert _figure_keys("Frekwencja wyniosła 52,1 proc.", "pl") & _figure_keys("Turnout was 52.1%.", "en")
    assert _figure_keys("PiS zdobył 35,4 proc. głosów.", "pl") & _figure_keys("PiS won 35.4% of the vote.", "en")
    assert _figure_keys("Fidesz erhält 133 der 199 Sitze.", "de") & _figure_keys("Fidesz won 133 seats.", "en")
