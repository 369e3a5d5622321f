"""Percentages lost or left unbound (final31 #5): "Inflacja bazowa … wyniosła w listopadzie 2,4 proc." lost its
2,4 (the month and the figure's integer part were read as a day, "listopadzie 2"); "68,9 procenta" (Czech,
which has no data file, and the Polish genitive of "pół procenta") was a count of "procenta"; the dot of "proc."
ended the clause before the measure it names ("35,4 proc. głosów"). Inputs written for these tests."""

from __future__ import annotations

import pytest

from storylens.analysis.quantities import extract_dates, extract_numbers


def _percents(text: str, lang: str) -> list[tuple[float | None, str | None]]:
    return [(q.value, q.measure) for q in extract_numbers(text, lang) if q.unit == "%"]


@pytest.mark.parametrize(("text", "lang", "measure"), [
    ("Inflacja bazowa w strefie euro wyniosła w listopadzie 2,4 proc., a inflacja ogółem 2,0 proc.", "pl",
     "core inflation"),
    ("Die Kerninflation lag im November 2,4 Prozent über dem Vorjahr.", "de", "core inflation"),
    ("Core inflation was in November 2.4%, the agency said.", "en", "core inflation"),
])
def test_a_decimal_after_a_month_is_no_day(text, lang, measure):
    assert (2.4, measure) in _percents(text, lang)
    assert all(d.precision != "day" for d in extract_dates(text, published="2026-12-01", language=lang))


def test_a_day_after_a_month_is_still_a_day():
    (d,) = extract_dates("The vote was held on November 2, 2026.", published="2026-12-01", language="en")
    assert d.date == "2026-11-02"


@pytest.mark.parametrize(("text", "lang", "value"), [
    ("Volební účast byla 68,9 procenta.", "cs", 68.9),
    ("Stopa wzrosła o 0,5 procenta.", "pl", 0.5),
    ("Явка составила 68,9 проц.", "ru", 68.9),
])
def test_percent_words_of_the_language_data(text, lang, value):
    assert value in [v for v, _ in _percents(text, lang)]


@pytest.mark.parametrize(("text", "lang"), [
    ("PiS zdobył 35,4 proc. głosów.", "pl"),
    ("Партия получила 35,4 проц. голосов.", "ru"),
])
def test_an_abbreviated_percent_word_ends_no_clause(text, lang):
    assert _percents(text, lang) == [(35.4, "vote share")]
