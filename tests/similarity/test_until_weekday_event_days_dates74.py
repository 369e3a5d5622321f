"""The openings of one story told in German, Russian and English, each with its "until Friday" in a said clause, date
their event on one day (final73 #1: the German and English ones read the Friday before publication, the Russian one
the next Friday, 7 days apart: two events to the other-days rule of the pair verdict and the stream)."""

from __future__ import annotations

import pytest

from storylens.similarity._openings import _opening_event, _opening_weekdays

PUBLISHED = "2022-01-05"  # a Wednesday: the next Friday is 7 January

OPENINGS = [
    ("de", "Der Bürgermeister sagte, das Werk bleibt bis Freitag geschlossen."),
    ("ru", "Мэр сказал, что завод будет закрыт до пятницы."),
    ("en", "The mayor said the plant stays closed until Friday."),
    ("fr", "Le maire a déclaré que l'usine reste fermée jusqu'à vendredi."),
]


@pytest.mark.parametrize(("lang", "opening"), OPENINGS)
def test_until_friday_in_a_said_clause_is_one_day_in_every_language(lang, opening):
    assert _opening_event(opening, frozenset(), lang=lang, published=PUBLISHED).event_days == frozenset({"01-07"})
    assert _opening_weekdays(opening, lang=lang,
                             published=PUBLISHED) == frozenset()  # a day ahead names no past weekday
