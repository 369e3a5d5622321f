"""Two percentages are compared only when both sentences may measure one thing (final29 #8): "ECB cuts
rates to 2%" against "欧洲央行预计欧元区今年经济增长0.9%" (growth) was "%: 2 vs 0.9"; a rate against a rate
stays a conflict (trial 15 #1: "deposit facility rate … 2.00%" / "tasa de depósito … 1,75 %")."""

from __future__ import annotations

import pytest

from storylens.analysis.claims import Unit
from storylens.analysis.quantities import percent_measures
from storylens.report.pipeline import _Measures


def _unit(doc: str, text: str, lang: str) -> Unit:
    return Unit(doc, f"{doc}:s1", text, 0, len(text), lang)


def _conflicts(a: tuple[str, str], b: tuple[str, str]) -> list[str]:
    return _Measures({"d1": "2025-06-05", "d2": "2025-06-05"}).number_conflicts(_unit("d1", *a), _unit("d2", *b))


@pytest.mark.parametrize(
    "a, b",
    [
        (("ECB cuts rates to 2% and signals pause as trade war clouds outlook", "en"), ("欧洲央行预计欧元区今年经济增长0.9%。", "zh")),
        (("Inflation fell to 1.9% in May.", "en"), ("Die Arbeitslosenquote lag bei 6,2 Prozent.", "de")),
        (("Der Leitzins sinkt auf 2 Prozent.", "de"), ("La croissance devrait atteindre 0,9 % cette année.", "fr")),
    ],
)
def test_percentages_of_two_measures_are_not_compared(a, b):
    assert _conflicts(a, b) == []


@pytest.mark.parametrize(
    "a, b",
    [
        (("The ECB lowered its deposit facility rate to 2.00%.", "en"), ("La tasa de depósito queda en el 1,75 %.", "es")),
        (("Inflation fell to 1.9% in May.", "en"), ("Инфляция снизилась до 2,3%.", "ru")),
        # a side that names no measure is compared as before
        (("Prices rose 1.9% in May.", "en"), ("通胀率为2.3%。", "zh")),
    ],
)
def test_percentages_of_one_measure_or_an_unnamed_one_still_conflict(a, b):
    assert any(c.startswith("%") for c in _conflicts(a, b))


def test_percent_measures_reads_every_language_from_text_data():
    assert percent_measures("欧元区2025年通胀率为2%", "zh") == {"inflation"}
    assert percent_measures("Dotychczasowa inflacja wyniosła 4,1 proc.", "pl") == {"inflation"}
    assert percent_measures("The sun rose.", "en") == frozenset()
