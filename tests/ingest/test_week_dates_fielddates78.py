"""fielddates78 (tester fieldcases78, jsonl-dates j1): ``"published": "2022-W01-4"`` (ISO 8601's week date, the
Thursday of week 1 of 2022) was stored as 2022-01-04, a day dateparser cut from its digits. A week date is its day;
a week without its day or written otherwise is no date, with a warning naming the value."""

from __future__ import annotations

import pytest

from storylens.ingest.dates import stated_date


@pytest.mark.parametrize(("value", "day"), [
    ("2022-W01-4", "2022-01-06"),
    ("2022W014", "2022-01-06"),
    ("2022-W01-4T10:30:00Z", "2022-01-06"),
    ("2020-W53-7", "2021-01-03"),
])
def test_an_iso_week_date_is_its_day(value, day):
    assert stated_date(value) == (day, None)


@pytest.mark.parametrize("value", ["2022-W01", "2022/W01/4", "W01 2022", "2022-W53-1", "2022-W00-1"])
def test_a_week_that_is_no_day_is_no_date_with_a_warning_naming_it(value):
    day, warning = stated_date(value)
    assert day is None
    assert warning and value in warning and "published" in warning


@pytest.mark.parametrize("value", ["2022-01", "2022", "January 2022", "06.01.", "6 Jan", "Q1 2022"])
def test_other_partial_dates_are_never_cut_into_a_day(value):
    day, warning = stated_date(value)
    assert day is None and warning and value in warning
