"""New-user trial 64 M2: a present with a future sense read as the past weekday (stop 65, dates65).

In a report of Tuesday 1 December "Die Minister treffen sich am Montag in Brüssel" was dated Monday 30 November and
"Les ministres doivent se réunir ce lundi" too, while "The ministers will meet on Monday" was 7 December: the
timeline showed one meeting a week apart. German writes its plural present as the infinitive ("treffen", text data
"present_plural_infinitive"), which the present reader passed over as no verb; "devoir"/"dovere" with an infinitive
and Spanish "ir a" with a pronoun glued to the infinitive ("reunirse") are futures (text data "future_inflection");
English writes its scheduled future as a present ("meet on Monday", "are meeting on Monday": text data
"present_future_before"). Each reads the coming weekday, its own day on that day. A preterite, a perfect, a past
modal or a verb of telling keep the weekday behind."""

from __future__ import annotations

from functools import partial

import pytest

from ._weekdays import LAST_FRIDAY, NEXT_FRIDAY, days

# a future written on its own weekday is a week on, as "will meet on Friday" is
_A_WEEK_ON = "2026-12-11"


_days = partial(days, day_only=False)  # every date, not only the days


# (a present of the future, the same act told in the past, language, the present read on a Friday): main read the
# present back
@pytest.mark.parametrize(("present", "past", "lang", "own_day"), [
    ("Die Außenminister beraten am Freitag in Luxemburg über neue Sanktionen.",
     "Die Außenminister haben am Freitag in Luxemburg über neue Sanktionen beraten.", "de", NEXT_FRIDAY),
    ("Die Gewerkschaften streiken am Freitag erneut.", "Die Gewerkschaften hatten am Freitag gestreikt.", "de", NEXT_FRIDAY),
    ("Die Minister kommen am Freitag in Brüssel zusammen.", "Die Minister sind am Freitag in Brüssel zusammengekommen.",
     "de", NEXT_FRIDAY),
    ("Die Minister treffen sich am Freitag in Brüssel.", "Am Freitag trafen sich die Minister in Brüssel.", "de", NEXT_FRIDAY),
    ("Die Minister treffen sich am Freitag in Brüssel.", "Die Minister wollten sich am Freitag treffen.", "de", NEXT_FRIDAY),
    ("Les ministres doivent se prononcer vendredi sur le texte.", "Les ministres se sont prononcés vendredi sur le texte.",
     "fr", _A_WEEK_ON),
    ("Le Parlement doit voter vendredi.", "Le Parlement a voté vendredi.", "fr", _A_WEEK_ON),
    ("I ministri devono incontrarsi venerdì a Roma.", "I ministri si sono incontrati venerdì a Roma.", "it", _A_WEEK_ON),
    ("Los ministros van a reunirse el viernes en Madrid.", "Los ministros se reunieron el viernes en Madrid.", "es", _A_WEEK_ON),
    ("The ministers meet on Friday in Brussels.", "The ministers met on Friday in Brussels.", "en", NEXT_FRIDAY),
    ("Foreign ministers are meeting in Luxembourg on Friday.",
     "Police are investigating a shooting on Friday that left two dead.", "en", NEXT_FRIDAY),
    ("The trial opens on Friday.", "The trial opened on Friday.", "en", NEXT_FRIDAY),
    ("The ministers are meeting in Brussels on Friday.", "Residents are still recovering from flooding on Friday.", "en",
     NEXT_FRIDAY),
])
def test_a_present_of_the_future_reads_the_coming_weekday(present, past, lang, own_day):
    assert _days(present, lang) == [NEXT_FRIDAY]
    assert _days(present, lang, published=NEXT_FRIDAY) == [own_day]  # its own weekday: a present that day, a future a week on
    assert _days(past, lang) == [LAST_FRIDAY]
