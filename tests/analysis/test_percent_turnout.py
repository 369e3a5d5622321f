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
