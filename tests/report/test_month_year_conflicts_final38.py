"""final38 §2 through the report's checks of two aligned sentences (number and date conflicts, the named-measure
check of every aligned pair): a month-on-month figure and a year-on-year one are no conflict in es/uk/de/pl/fr and en against es
(each pair was one on main), while two year-on-year figures still are."""
from __future__ import annotations

import pytest

from storylens.analysis.claims import Unit
from storylens.report.pipeline import _MeasuredPercents, _Measures


def _conflicts(a: tuple[str, str], b: tuple[str, str]) -> list[str]:
    ua, ub = (Unit(doc, f"{doc}:s1", text, 0, len(text), lang) for doc, (text, lang) in (("d1", a), ("d2", b)))
    measures = _Measures({"d1": "2026-04-14", "d2": "2026-04-14"})
    return measures.measure_conflicts(ua, ub) + _MeasuredPercents(measures)(ua, ub)


@pytest.mark.parametrize(("a", "b"), [
    (("Los precios de consumo subieron en abril un 0,6% desde marzo, según el INE.", "es"),
     ("La tasa de inflación interanual se situó en abril en el 3,3%, según el INE.", "es")),
    (("Споживчі ціни в Україні у квітні зросли на 1,2% від березня.", "uk"),
     ("Споживчі ціни в Україні у квітні зросли на 15,1% у річному вимірі.", "uk")),
    (("Die Verbraucherpreise sind im April seit März um 0,5 Prozent gestiegen.", "de"),
     ("Die Verbraucherpreise lagen im April um 2,4 Prozent höher als ein Jahr zuvor.", "de")),
    (("Ceny w sierpniu wzrosły o 0,3 proc. w porównaniu z lipcem.", "pl"),
     ("Ceny w sierpniu wzrosły o 4,1 proc. rok do roku.", "pl")),
    (("Les prix ont augmenté de 0,4 % depuis mars.", "fr"),
     ("Les prix ont augmenté de 2,4 % sur un an.", "fr")),
    (("Prices rose 0.5% in April from March.", "en"),
     ("Los precios subieron un 3,3% en abril, la mayor tasa interanual desde 2023.", "es")),
])
def test_month_on_month_against_year_on_year_is_no_conflict(a, b):
    assert _conflicts(a, b) == []
    assert _conflicts(b, a) == []


@pytest.mark.parametrize(("a", "b"), [
    (("Die Verbraucherpreise lagen im April um 2,4 Prozent höher als ein Jahr zuvor.", "de"),
     ("Consumer goods cost 2.9% more in April than a year earlier.", "en")),
    (("Споживчі ціни в Україні у квітні зросли на 15,1% у річному вимірі.", "uk"),
     ("Споживчі ціни в Україні у квітні зросли на 14,2%.", "uk")),
])
def test_two_year_on_year_figures_still_conflict(a, b):
    assert [c for c in _conflicts(a, b) if c.startswith("%:")]
