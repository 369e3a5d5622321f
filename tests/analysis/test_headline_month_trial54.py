"""trial54 F8: a dated article whose headline names a month without a day ("Euro zone inflation eased in
November", "Exports rose in March", a street named after a date: "via XX Settembre") crashed `compare` with a
traceback: a month is a date word, so the headline reader took it for a weekday alone and parsed its
month-precision "2026-11" as a day. A month in a headline is kept as the month it names."""

from __future__ import annotations

import pytest

from storylens.analysis.quantities import extract_dates, read_headline

PUB = "2026-12-02"  # a Wednesday


@pytest.mark.parametrize("headline, body, lang, month", [
    ("Euro zone inflation eased in November", ["Inflation eased to 2.1% in November, Eurostat said on Wednesday."],
     "en", "2026-11"),
    ("Exports rose in March", ["German exports rose 2% in March, the statistics office said on Thursday."], "en",
     "2026-03"),
    ("L'inflation ralentit en novembre en France", ["L'inflation a ralenti en novembre, a indiqué l'Insee mercredi."],
     "fr", "2026-11"),
    ("Inflation im Euroraum im November gesunken", ["Die Inflation sank im November, teilte Eurostat am Mittwoch mit."],
     "de", "2026-11"),
])
def test_a_month_in_a_headline_is_no_weekday(headline, body, lang, month):
    dates = extract_dates(headline, published=PUB, language=lang)
    assert any(d.date == month and d.precision == "month" for d in dates), dates  # the input is the crash's shape
    found = [d for s in body for d in extract_dates(s, published=PUB, language=lang)]
    read = read_headline(headline, dates, found, published=PUB, lang=lang)
    assert [d.date for d in read] == [d.date for d in dates]


def test_a_weekday_in_the_same_headline_is_still_read():
    headline = "Road to reopen Monday after November storms"
    dates = extract_dates(headline, published=PUB, language="en")
    read = [d.date for d in read_headline(headline, dates, [], published=PUB, lang="en")]
    assert "2026-12-07" in read  # the next Monday after a Wednesday publication day
