"""A range of two weekdays ends on the first such day on or after its start (trial54 F9): pl «od poniedziałku … do
piątku» read Monday a week ahead and Friday two days ahead, so it ended before it started; en "from Monday to
Friday", fr «du lundi au vendredi», es «de lunes a viernes», ru «с понедельника по пятницу», uk, cs did too."""

from __future__ import annotations

import datetime as dt

import pytest

from storylens.analysis.quantities import extract_dates

PUBLISHED = "2026-11-25"  # a Wednesday


@pytest.mark.parametrize(("lang", "text"), [
    ("pl", "Od poniedziałku do piątku pociągi nie będą kursować."),
    ("pl", "Od poniedziałku pociągi nie będą kursować do piątku."),
    ("pl", "Utrudnienia na linii potrwają od poniedziałku do piątku."),
    ("en", "The line will be closed from Monday to Friday."),
    ("en", "From Monday, trains will not run until Friday."),
    ("de", "Die Strecke ist von Montag bis Freitag gesperrt."),
    ("fr", "La ligne sera fermée du lundi au vendredi."),
    ("es", "La línea estará cerrada de lunes a viernes."),
    ("es", "La línea estará cerrada desde el lunes hasta el viernes."),
    ("it", "La linea resterà chiusa da lunedì a venerdì."),
    ("ru", "Линия будет закрыта с понедельника по пятницу."),
    ("ru", "С понедельника поезда не будут ходить до пятницы."),
    ("uk", "Лінія буде закрита з понеділка по п'ятницю."),
    ("nl", "De lijn is van maandag tot en met vrijdag dicht."),
    ("cs", "Trať bude uzavřena od pondělí do pátku."),
])
def test_a_weekday_range_ends_four_days_after_its_monday(lang: str, text: str) -> None:
    dates = [d for d in extract_dates(text, published=PUBLISHED, language=lang) if d.date]
    assert len(dates) == 2, dates
    start, end = (dt.date.fromisoformat(d.date or "") for d in dates)
    assert start.weekday() == 0 and (end - start).days == 4, (start, end)


def test_two_weekdays_of_two_events_are_left_as_read() -> None:
    dates = extract_dates("The talks began on Monday, and the strike ended on Friday.", published=PUBLISHED,
                          language="en")
    assert [d.date for d in dates] == ["2026-11-23", "2026-11-20"]


def test_a_past_range_starts_the_week_before() -> None:
    dates = extract_dates("Der Markt war von Montag bis Freitag geöffnet.", published="2026-12-02", language="de")
    assert [d.date for d in dates] == ["2026-11-23", "2026-11-27"]
