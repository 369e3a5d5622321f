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

import pytest

from storylens.analysis.quantities import extract_dates

_PUB = "2026-12-02"  # a Wednesday
_NEXT_MONDAY, _LAST_MONDAY = "2026-12-07", "2026-11-30"
_NEXT_FRIDAY, _LAST_FRIDAY = "2026-12-04", "2026-11-27"


def _days(text: str, lang: str, pub: str = _PUB) -> list[str | None]:
    return [d.date for d in extract_dates(text, pub, lang)]


@pytest.mark.parametrize(("text", "lang", "day"), [
    ("Баранов сказал, что терминал откроется в понедельник.", "ru", _NEXT_MONDAY),
    ("Директор сказал, что канал откроется в понедельник.", "ru", _NEXT_MONDAY),
    ("Работы завершатся в пятницу.", "ru", _NEXT_FRIDAY),
    ("Yerlikaya, okulların cuma gününe kadar kapalı kalacağını söyledi.", "tr", _NEXT_FRIDAY),
    ("Bakan, terminalin pazartesi günü yeniden açılacağını açıkladı.", "tr", _NEXT_MONDAY),
    ("Siemons zei dat de terminal maandag weer opengaat.", "nl", _NEXT_MONDAY),
    ("De terminal gaat maandag weer open.", "nl", _NEXT_MONDAY),
    ("Het kabinet neemt vrijdag een besluit.", "nl", _NEXT_FRIDAY),
    ("Eggenschwiler sagte, das Terminal öffnet am Montag wieder.", "de", _NEXT_MONDAY),
    ("Der Prozess beginnt am Freitag.", "de", _NEXT_FRIDAY),
    ("Der Bundestag stimmt am Freitag über das Gesetz ab.", "de", _NEXT_FRIDAY),
])
def test_a_future_clause_dates_ahead(text, lang, day):
    assert _days(text, lang) == [day]


@pytest.mark.parametrize(("text", "lang", "day"), [
    ("Терминал закрылся в понедельник.", "ru", _LAST_MONDAY),
    ("Генерал сказал, что в понедельник терминал закрыли.", "ru", _LAST_MONDAY),
    ("Bakan, terminalin pazartesi günü kapandığını söyledi.", "tr", _LAST_MONDAY),
    ("Terminal pazartesi günü kapandı.", "tr", _LAST_MONDAY),
    ("De terminal ging maandag dicht.", "nl", _LAST_MONDAY),
    ("Maandag is een trein ontspoord.", "nl", _LAST_MONDAY),
    ("De politie heeft maandag een man aangehouden.", "nl", _LAST_MONDAY),
    ("De trein ontspoorde maandag.", "nl", _LAST_MONDAY),
    ("Am Montag ist ein Zug entgleist.", "de", _LAST_MONDAY),
    ("Am Montag hat die Polizei den Mann festgenommen.", "de", _LAST_MONDAY),
    ("Das Terminal wurde am Montag geschlossen.", "de", _LAST_MONDAY),
    ("Am Montag öffnete das Terminal wieder.", "de", _LAST_MONDAY),
    ("Das Feuer brach am Montag aus.", "de", _LAST_MONDAY),
    ("Die Polizei teilte am Montag mit, dass der Mann festgenommen wurde.", "de", _LAST_MONDAY),
    ("Der Mann wird seit Montag vermisst.", "de", _LAST_MONDAY),
    # strong pasts of a present's shape, a present telling (dev.csv texts dated ahead by a first version)
    ("Nach harscher Kritik trat er schließlich am Montag zurück.", "de", _LAST_MONDAY),
    ("Die Journalistin erhielt am Montag den Toleranzpreis.", "de", _LAST_MONDAY),
    ("Dies teilt das Bundesamt für Statistik am Montag mit.", "de", _LAST_MONDAY),
    ("Het ministerie meldt maandag dat de terminal dicht is.", "nl", _LAST_MONDAY),
])
def test_a_past_clause_dates_back(text, lang, day):
    assert _days(text, lang) == [day]


@pytest.mark.parametrize(("text", "lang"), [
    ("Am Dienstag findet in Brüssel der NATO-Gipfel statt.", "de"),
    ("In Brussel begint dinsdag de NAVO-top.", "nl"),
])
def test_a_present_on_the_day_of_publication_is_that_day(text, lang):
    assert _days(text, lang, "2025-03-04") == ["2025-03-04"]  # a Tuesday
