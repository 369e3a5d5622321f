"""New-user trial 48 F5, F12, F15: a weekday in a clause of the future dated back, in three shapes.

ru «терминал откроется в понедельник»: the noun «терминал» has a past verb's ending (-ал), so the clause read as a
past; a "past_form" word simplemma knows is a past only when its lemma is a verb's (text data "past_lemma"). tr
«… kapalı kalacağını söyledi»: a verb-final said clause ends in the telling, and the future participle before it
("-acağını") is the clause's own tense (text data "future_form"). de «das Terminal öffnet am Montag wieder», nl
«de terminal maandag weer opengaat»: the present is these languages' usual future, so a weekday in a present's
clause is that day or the next such day, unless the clause is a perfect, a past or a telling (text data
"present_form", "present_endings", "present_lemma", "participle_prefix", "perfect_auxiliaries", "participle_form");
a strong past of a present's shape ("erhielt", "trat") and a present verb of telling ("teilt … mit") look back.
On dev.csv's 2500 texts (a fixed publication date) 7 change, each a forecast, a court date or a programme."""

from __future__ import annotations

from functools import partial

import pytest

from ._weekdays import COMING_MONDAY, LAST_MONDAY, NEXT_FRIDAY, days

_days = partial(days, day_only=False)  # every date, not only the days


@pytest.mark.parametrize(("text", "lang", "day"), [
    ("Баранов сказал, что терминал откроется в понедельник.", "ru", COMING_MONDAY),
    ("Директор сказал, что канал откроется в понедельник.", "ru", COMING_MONDAY),
    ("Работы завершатся в пятницу.", "ru", NEXT_FRIDAY),
    ("Yerlikaya, okulların cuma gününe kadar kapalı kalacağını söyledi.", "tr", NEXT_FRIDAY),
    ("Bakan, terminalin pazartesi günü yeniden açılacağını açıkladı.", "tr", COMING_MONDAY),
    ("Siemons zei dat de terminal maandag weer opengaat.", "nl", COMING_MONDAY),
    ("De terminal gaat maandag weer open.", "nl", COMING_MONDAY),
    ("Het kabinet neemt vrijdag een besluit.", "nl", NEXT_FRIDAY),
    ("Eggenschwiler sagte, das Terminal öffnet am Montag wieder.", "de", COMING_MONDAY),
    ("Der Prozess beginnt am Freitag.", "de", NEXT_FRIDAY),
    ("Der Bundestag stimmt am Freitag über das Gesetz ab.", "de", NEXT_FRIDAY),
])
def test_a_future_clause_dates_ahead(text, lang, day):
    assert _days(text, lang) == [day]


@pytest.mark.parametrize(("text", "lang", "day"), [
    ("Терминал закрылся в понедельник.", "ru", LAST_MONDAY),
    ("Генерал сказал, что в понедельник терминал закрыли.", "ru", LAST_MONDAY),
    ("Bakan, terminalin pazartesi günü kapandığını söyledi.", "tr", LAST_MONDAY),
    ("Terminal pazartesi günü kapandı.", "tr", LAST_MONDAY),
    ("De terminal ging maandag dicht.", "nl", LAST_MONDAY),
    ("Maandag is een trein ontspoord.", "nl", LAST_MONDAY),
    ("De politie heeft maandag een man aangehouden.", "nl", LAST_MONDAY),
    ("De trein ontspoorde maandag.", "nl", LAST_MONDAY),
    ("Am Montag ist ein Zug entgleist.", "de", LAST_MONDAY),
    ("Am Montag hat die Polizei den Mann festgenommen.", "de", LAST_MONDAY),
    ("Das Terminal wurde am Montag geschlossen.", "de", LAST_MONDAY),
    ("Am Montag öffnete das Terminal wieder.", "de", LAST_MONDAY),
    ("Das Feuer brach am Montag aus.", "de", LAST_MONDAY),
    ("Die Polizei teilte am Montag mit, dass der Mann festgenommen wurde.", "de", LAST_MONDAY),
    ("Der Mann wird seit Montag vermisst.", "de", LAST_MONDAY),
    # strong pasts of a present's shape, a present telling (dev.csv texts dated ahead by a first version)
    ("Nach harscher Kritik trat er schließlich am Montag zurück.", "de", LAST_MONDAY),
    ("Die Journalistin erhielt am Montag den Toleranzpreis.", "de", LAST_MONDAY),
    ("Dies teilt das Bundesamt für Statistik am Montag mit.", "de", LAST_MONDAY),
    ("Het ministerie meldt maandag dat de terminal dicht is.", "nl", LAST_MONDAY),
])
def test_a_past_clause_dates_back(text, lang, day):
    assert _days(text, lang) == [day]


@pytest.mark.parametrize(("text", "lang"), [
    ("Am Dienstag findet in Brüssel der NATO-Gipfel statt.", "de"),
    ("In Brussel begint dinsdag de NAVO-top.", "nl"),
])
def test_a_present_on_the_day_of_publication_is_that_day(text, lang):
    assert _days(text, lang, "2025-03-04") == ["2025-03-04"]  # a Tuesday
