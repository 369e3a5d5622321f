"""A figure beside a month's name is a date's number only when it can be a day or a year (issue #11, leftovers78).

The entity keys blank a number written beside a month's name (a day, a year) before reading the figures. Any
number of up to four digits was taken: after an ordinal date the head of a figure whose thousands a space groups
was the month's "day" ("Le 1er mai, 45 000 manifestants" kept "#000", the two halves read apart), and a month that
opens a clause wiped the figure after it ("In March 300 people died", "En mars 300 personnes": no key). A day is
1-31 and heads no space-grouped figure; a year has four digits. In a language that capitalises its months a
lower-case month is a word ("Thousands march 12 km"). The texts are written for these tests.
"""

from __future__ import annotations

import pytest

from storylens.cluster import entity_keys


def _figures(text: str, language: str) -> set[str]:
    return {k for k in entity_keys(text, language) if k.startswith("#")}


@pytest.mark.parametrize(("text", "language", "want"), [
    ("Le 1er mai, 45 000 manifestants ont défilé à Paris.", "fr", {"#45000"}),
    ("Le 1er mai, 45\u202f000 manifestants ont défilé à Paris.", "fr", {"#45000"}),
    ("Le 1er mai, 15\u00a0000 manifestants ont défilé à Paris.", "fr", {"#15000"}),
    ("Am 1. Mai, 45 000 Demonstranten zogen durch Berlin.", "de", {"#45000"}),
    ("1 maja 45 000 demonstrantów przeszło ulicami Warszawy.", "pl", {"#45000"}),
    ("1 мая 45 000 демонстрантов прошли по Москве.", "ru", {"#45000"}),
    ("Le 14 juillet 300 000 personnes étaient dans la rue.", "fr", {"#300000"}),
    ("In March 300 people died in the floods, police said.", "en", {"#300"}),
    ("En mars 300 personnes ont manifesté à Lyon.", "fr", {"#300"}),
    ("Im März 300 Menschen auf der Straße in Köln.", "de", {"#300"}),
    ("W marcu 300 osób zginęło w powodzi.", "pl", {"#300"}),
    # a month's name in lower case where the language capitalises months is a word ("march", the verb)
    ("Thousands march 12 km to the capital.", "en", {"#12"}),
    ("Protesters will march 10 miles to the capital.", "en", {"#10"}),
])
def test_a_figure_after_a_month_stays_a_key(text: str, language: str, want: set[str]) -> None:
    assert _figures(text, language) == want


@pytest.mark.parametrize(("text", "language"), [
    ("On March 12, 2026 police said nothing.", "en"), ("Am 12. März 2026 sagte die Polizei nichts.", "de"),
    ("Le 12 mai 2026, la police n'a rien dit.", "fr"), ("Il 3 maggio 2026 la polizia ha taciuto.", "it"),
    ("12 marca 2026 policja milczała.", "pl"), ("El 9 de mayo de 2026 la policía calló.", "es"),
    ("ON MARCH 12, police said nothing.", "en"), ("AM 12. MÄRZ 2026 sagte die Polizei nichts.", "de"),
])
def test_a_day_and_a_year_are_still_no_keys(text: str, language: str) -> None:
    assert _figures(text, language) == set()
