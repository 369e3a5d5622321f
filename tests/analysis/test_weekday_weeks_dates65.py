"""break64d W10-W13 and break64d2: a weekday whose week the text names, and Polish perfective futures (stop 65, dates65).

"nächste Woche Montag", "am Montag nächster Woche", "on Monday next week" are the Monday of the week after
publication's (text data "weekday_next_week_before"/"_after"); "am übernächsten Montag", "a week on Monday", "on
Monday week", "lundi en huit" a week after the coming Monday ("weekday_week_later_before"/"_after"). main read them as
the coming or the last Monday, and as bare weekdays (quantities.bare_weekday), which the same-weekday rule sets aside
as one expression with "am Montag" (W12, W13). The words now belong to the mention. Polish writes its perfective
future as a present form ("spotkają się w poniedziałek": will meet), read as the past: the common ones are text data
"future_inflection"; the past ("spotkali się") stays back."""

from __future__ import annotations

import pytest

from storylens.analysis.quantities import bare_weekday, extract_dates

WEDNESDAY, MONDAY = "2026-12-09", "2026-12-07"
NEXT_WEEKS_MONDAY, A_WEEK_LATER = "2026-12-14", "2026-12-21"


@pytest.mark.parametrize(("text", "lang", "published", "day"), [
    ("Der Gipfel findet am Montag nächster Woche statt.", "de", MONDAY, NEXT_WEEKS_MONDAY),
    ("Die Minister treffen sich nächste Woche Montag in Brüssel.", "de", WEDNESDAY, NEXT_WEEKS_MONDAY),
    ("The summit is on Monday next week.", "en", WEDNESDAY, NEXT_WEEKS_MONDAY),
    ("Das Urteil soll am übernächsten Montag verkündet werden.", "de", WEDNESDAY, A_WEEK_LATER),
    ("The verdict will be delivered a week on Monday.", "en", WEDNESDAY, A_WEEK_LATER),
    ("The ministers will meet on Monday week.", "en", WEDNESDAY, A_WEEK_LATER),
    ("Le sommet aura lieu lundi en huit.", "fr", WEDNESDAY, A_WEEK_LATER),
])
def test_a_weekday_of_a_named_week(text, lang, published, day):
    found = extract_dates(text, published=published, language=lang)
    assert [d.date for d in found] == [day]
    assert bare_weekday(text, found[0], lang) is None  # no bare "Montag" to set aside with another report's


# (a perfective future, its past): main read both back from Tuesday 1 December
@pytest.mark.parametrize(("future", "past", "day", "last"), [
    ("Ministrowie spotkają się w poniedziałek w Brukseli.", "Ministrowie spotkali się w poniedziałek w Brukseli.",
     "2026-12-07", "2026-11-30"),
    ("Szczyt odbędzie się w poniedziałek.", "Szczyt odbył się w poniedziałek.", "2026-12-07", "2026-11-30"),
    ("Premier poinformował, że rząd przedstawi projekt w piątek.", "Rząd przedstawił projekt w piątek.",
     "2026-12-04", "2026-11-27"),
])
def test_a_polish_perfective_future_reads_ahead(future, past, day, last):
    assert [d.date for d in extract_dates(future, published="2026-12-01", language="pl")] == [day]
    assert [d.date for d in extract_dates(past, published="2026-12-01", language="pl")] == [last]
