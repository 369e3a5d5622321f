"""rev33: dateparser read one "N years ago" phrase up to three times when its other spellings (number words
in digits, "9년 전" for "9년전") were the same phrase: each distinct spelling is now read once, first answer wins."""

from __future__ import annotations

import pytest

from storylens.analysis.quantities import _dates


@pytest.mark.parametrize(("lang", "text", "spellings"), [
    ("es", "Fue elegido hace 9 años.", ["hace 9 años"]),  # digits already, no glued 전: one spelling
    ("it", "È stato eletto 9 anni fa.", ["9 anni fa"]),
    ("es", "Dimitió hace nueve años.", ["hace nueve años", "hace 9 años"]),
    ("ko", "그는 9년전에 선출됐다.", ["9년전", "9년 전"]),
    ("pl", "Został wybrany dziewięć lat temu.", ["dziewięć lat temu", "9 lat temu"]),
])
def test_each_distinct_spelling_of_an_ago_phrase_is_read_once(monkeypatch, lang, text, spellings):
    asked: list[str] = []
    monkeypatch.setattr(_dates, "_dateparser_day", lambda phrase, lg, pub: asked.append(phrase))
    dates = list(_dates._ago_dates(text, _dates.dt.date(2026, 11, 24), lang))
    assert [d.date for d in dates] == [None] and asked == spellings


def test_the_first_spelling_read_ends_the_search(monkeypatch):
    asked: list[str] = []

    def day(phrase, lang, pub):
        asked.append(phrase)
        return "2017-11-24" if phrase == "hace 9 años" else None

    monkeypatch.setattr(_dates, "_dateparser_day", day)
    dates = list(_dates._ago_dates("Dimitió hace nueve años.", _dates.dt.date(2026, 11, 24), "es"))
    assert [d.date for d in dates] == ["2017-11-24"] and asked == ["hace nueve años", "hace 9 años"]
