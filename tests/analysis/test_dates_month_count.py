"""Review of trial 14's month-year rule: a month before a year-shaped count was read as that month of
that year ("W listopadzie 1500 osób wyszło na ulice." -> 1500-11, the count lost). A year is 1800-2099
and is never followed by a counted noun. Inputs written for these tests."""

from __future__ import annotations

import pytest

from storylens.analysis.quantities import extract_dates, extract_numbers

PUB = "2026-11-18"


@pytest.mark.parametrize(("lang", "text", "count", "unit"), [
    ("pl", "W listopadzie 1500 osób wyszło na ulice.", 1500, "osób"),
    ("pl", "W maju 2000 osób protestowało w Warszawie.", 2000, "osób"),
    ("es", "En marzo de 2000 personas protestaron en Madrid.", 2000, "personas"),
    ("en", "In March 2000 people marched in London.", 2000, "people"),
])
def test_a_count_after_a_month_is_no_year(lang, text, count, unit):
    assert not [d for d in extract_dates(text, published=PUB,
                                         language=lang) if d.date and d.date.startswith(str(count))]
    assert (count, unit) in [(q.value, q.unit) for q in extract_numbers(text, lang)]


@pytest.mark.parametrize(("lang", "text", "date"), [
    ("pl", "W listopadzie 2018 roku doszło do wypadku.", "2018-11"),
    ("en", "The derailment in January 2018 killed three people.", "2018-01"),
    ("ru", "Крушение произошло в январе 2018 года.", "2018-01"),
])
def test_a_month_with_its_year_is_still_that_month(lang, text, date):
    assert date in [d.date for d in extract_dates(text, published=PUB, language=lang)]
