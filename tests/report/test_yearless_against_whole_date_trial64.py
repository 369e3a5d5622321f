"""trial64 F5: a whole date with its year in one undated report ("4 Kasım 2026") against a day and month without a
year in another ("5 ноября") was never compared: the yearless comparison left out every date whose text writes a
year, so "the quake struck on 4 November 2026" / "on 5 November" were shared. Compared by day and month they differ
in every year. A year alone or a month with its year ("February 2023") stays out, and one day agrees. Inputs written
for these tests."""

from __future__ import annotations

import pytest

from storylens.analysis.claims import Unit
from storylens.report.pipeline import _Measures


def _unit(doc: str, text: str, lang: str) -> Unit:
    return Unit(doc, f"{doc}:s5", text, 0, len(text), lang)


def _undated() -> _Measures:
    return _Measures({})  # neither report carries a publication date


@pytest.mark.parametrize(("a", "la", "b", "lb", "line"), [
    ("Malatya'nın Pütürge ilçesinde 4 Kasım 2026 Çarşamba günü deprem meydana geldi.", "tr",
     "Землетрясение произошло в четверг, 5 ноября, в провинции Малатья.", "ru",
     "date: 4 Kasım 2026 vs 5 ноября"),
    ("Der Zug entgleiste am 4. November 2026 bei Bologna.", "de",
     "Le train a déraillé le 5 novembre près de Bologne.", "fr",
     "date: 4. November 2026 vs le 5 novembre"),
    ("The train derailed on November 4, 2026 near Bologna.", "en",
     "El tren descarriló el 5 de noviembre cerca de Bolonia.", "es",
     "date: November 4, 2026 vs 5 de noviembre"),
    ("Pożar wybuchł 12 maja 2024 roku w hali targowej.", "pl",
     "Пожежа спалахнула 13 травня в торговому центрі.", "uk",
     "date: 12 maja 2024 roku vs 13 травня"),
], ids=["tr-ru", "de-fr", "en-es", "pl-uk"])
def test_a_whole_date_against_a_yearless_day_conflicts_by_day_and_month(a, la, b, lb, line):
    found = _undated().days_differ(_unit("d1", a, la), _unit("d2", b, lb))
    assert found == [line]


@pytest.mark.parametrize(("a", "la", "b", "lb"), [
    ("Malatya'nın Pütürge ilçesinde 4 Kasım 2026 Çarşamba günü deprem meydana geldi.", "tr",
     "Землетрясение произошло 4 ноября в провинции Малатья.", "ru"),
    ("Der Zug entgleiste am 4. November 2026 bei Bologna.", "de",
     "Le train a déraillé le 4 novembre près de Bologne.", "fr"),
    # a month with its year is no day: the quake of February 2023 is another event's date, not set against a day
    ("The February 2023 earthquakes killed more than 53,000 people.", "en",
     "Землетрясение произошло 5 ноября в провинции Малатья.", "ru"),
], ids=["same-day", "same-day-de-fr", "month-and-year"])
def test_one_day_or_a_month_of_a_year_is_no_conflict(a, la, b, lb):
    assert _undated().days_differ(_unit("d1", a, la), _unit("d2", b, lb)) == []
    assert _undated().days_differ(_unit("d1", b, lb), _unit("d2", a, la)) == []
