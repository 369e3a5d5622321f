"""Portuguese figures with their scale words (trial 18 #3): "2,4 milhões de euros" is 2,400,000 EUR and
"R$ 14 milhões" 14,000,000 BRL (pt had no language data, so "milhões" was the unit of a count 2.4 and the
reais were 14), and a Portuguese fine compares with the same fine in other languages."""

from __future__ import annotations

import pytest

from storylens.analysis.claims import Unit
from storylens.analysis.quantities import extract_numbers
from storylens.report.pipeline import _Measures


def _unit(doc: str, text: str, lang: str) -> Unit:
    return Unit(doc, f"{doc}:s0", text, 0, len(text), lang)


def _conflicts(a: tuple[str, str], b: tuple[str, str]) -> list[str]:
    measures = _Measures({"d1": "2026-11-24", "d2": "2026-11-24"})
    return measures.measure_conflicts(_unit("d1", *a), _unit("d2", *b))


@pytest.mark.parametrize(("text", "value", "kind", "unit"), [
    ("multa de R$ 14 milhões", 14e6, "money", "BRL"),
    ("multa de 2,4 milhões de euros", 2.4e6, "money", "EUR"),
    ("o Estado perdeu 17,3 milhões de euros", 17.3e6, "money", "EUR"),
    ("um prejuízo de 1,2 bilhão de dólares", 1.2e9, "money", "USD"),
    ("cerca de 5 mil pessoas", 5e3, "count", "pessoas"),
])
def test_portuguese_scale_words_scale_the_figure(text, value, kind, unit):
    found = extract_numbers(text, "pt")
    assert [(q.value, q.kind, q.unit) for q in found] == [(value, kind, unit)]


_PT34 = ("Halden foi condenado a nove anos de prisão e multa de 3,4 milhões de euros.", "pt")


@pytest.mark.parametrize("other", [
    ("Halden was jailed for nine years and fined 2.4 million euros.", "en"),
    ("Halden fue condenado a nueve años de prisión y a una multa de 2,4 millones de euros.", "es"),
    ("Halden wurde zu neun Jahren Haft und einer Geldstrafe von 2,4 Millionen Euro verurteilt.", "de"),
])
def test_a_portuguese_fine_that_differs_is_a_conflict(other):
    found = _conflicts(_PT34, other)
    assert any(msg.startswith("eur:") for msg in found), found


@pytest.mark.parametrize("other", [
    ("Halden was jailed for nine years and fined 2.4 million euros.", "en"),
    ("Halden fue condenado a nueve años de prisión y a una multa de 2,4 millones de euros.", "es"),
])
def test_the_same_fine_with_a_converted_amount_is_no_conflict(other):
    pt = ("Halden foi condenado a nove anos de prisão e multa de R$ 14 milhões (2,4 milhões de euros).", "pt")
    assert _conflicts(pt, other) == []


def test_an_approximate_portuguese_figure_is_no_conflict():
    found = _conflicts(("O Estado perdeu cerca de 17 milhões de euros.", "pt"),
                       ("The state lost 17.3 million euros.", "en"))
    assert found == []


_PT_BRL34 = ("Halden foi condenado a nove anos de prisão e multa de R$ 14 milhões (3,4 milhões de euros).", "pt")


@pytest.mark.parametrize("other", [
    ("Halden was jailed for nine years and fined 2.4 million euros.", "en"),
    ("Halden fue condenado a nueve años de prisión y a una multa de 2,4 millones de euros.", "es"),
])
def test_a_bracketed_figure_far_from_the_others_own_figure_is_a_conflict(other):
    """The euro figure in brackets after the reais is the fine as the court set it: 3.4 million against
    2.4 million differs by more than any exchange rate explains."""
    found = _conflicts(_PT_BRL34, other)
    assert any(msg.startswith("eur:") and "3,4" in msg for msg in found), found


@pytest.mark.parametrize(("a", "b"), [
    (("Ottawa pledged 12 million Canadian dollars ($8.8 million) to the victims.", "en"),
     ("Ottawa prometió 9 millones de dólares a las víctimas.", "es")),
    (("Ottawa sagte 12 Millionen kanadische Dollar (etwa 8 Millionen Euro) zu.", "de"),
     ("Ottawa a promis 8,5 millions d'euros aux victimes.", "fr")),
])
def test_a_conversion_near_the_others_own_figure_is_no_conflict(a, b):
    assert _conflicts(a, b) == []
