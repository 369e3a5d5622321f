"""A weekday in the future clause a verb of telling opens is the next one (new-user trial 47 F3): "sagte, das
Terminal werde am Montag wieder öffnen", «a déclaré que le port rouvrira lundi», «dijo que el puerto reabrirá el
lunes», «заявил, что порт откроется в понедельник» were dated the Monday before publication (en and zh were right),
so the timeline of one event showed two days. The future is the weekday's own clause's verb form (text data
"future_inflection"). And Czech / Polish weekdays in the locative / accusative ("v neděli", "w niedzielę") gave no
date at all (text data "weekday_forms")."""

from __future__ import annotations

from functools import partial

import pytest

from ._weekdays import days

_PUB = "2025-03-04"  # a Tuesday
_NEXT_MONDAY, _LAST_MONDAY, _LAST_SUNDAY = "2025-03-10", "2025-03-03", "2025-03-02"


_days = partial(days, published=_PUB, day_only=False)


@pytest.mark.parametrize(("text", "lang"), [
    ("Hafendirektor Jens Meier sagte, das Terminal werde am Montag wieder öffnen.", "de"),
    ("Die Gewerkschaft erklärte, die Arbeiter würden am Montag zurückkehren.", "de"),
    ("Le directeur a déclaré que le port rouvrira lundi.", "fr"),
    ("Le directeur a affirmé que les vols reprendraient lundi.", "fr"),
    ("El director dijo que el puerto reabrirá el lunes.", "es"),
    ("Il direttore ha detto che il porto riaprirà lunedì.", "it"),
    ("O diretor disse que o porto reabrirá na segunda-feira.", "pt"),
    ("Директор заявил, что порт откроется в понедельник.", "ru"),
    ("Директор сообщил, что рейсы возобновятся в понедельник.", "ru"),
    ("Директор заявив, що порт відкриється в понеділок.", "uk"),
    ("Dyrektor powiedział, że port zostanie otwarty w poniedziałek.", "pl"),
    ("Ředitel uvedl, že přístav bude otevřen v pondělí.", "cs"),
    ("De directeur zei dat de haven maandag weer open zal gaan.", "nl"),
])
def test_a_future_said_clause_puts_its_weekday_ahead(text, lang):
    assert _days(text, lang) == [_NEXT_MONDAY]


@pytest.mark.parametrize(("text", "lang"), [
    # the telling's own weekday, and a past in the said clause, look back
    ("Der Direktor sagte am Montag, der Hafen werde wieder öffnen.", "de"),
    ("Le directeur a déclaré lundi que le port rouvrira bientôt.", "fr"),
    ("El director dijo que el puerto reabrió el lunes.", "es"),
    ("Директор заявил, что порт открылся в понедельник.", "ru"),
    ("Директор заявил в понедельник, что порт откроется.", "ru"),
    ("Директор открывает порт в понедельник, сообщили власти.", "ru"),
    ("Policie v pondělí uvedla, že bylo zadrženo 40 lidí.", "cs"),
    ("Policja poinformowała w poniedziałek, że zatrzymano 40 osób.", "pl"),
    ("O porto reabriu na segunda-feira.", "pt"),  # a weekday of two words ("-feira") is a weekday
    # nouns that end as a future does
    ("O ladrão foi preso na segunda-feira.", "pt"),
    ("Le portrait a été dévoilé lundi.", "fr"),
    ("Irán y Estados Unidos se reunieron el lunes.", "es"),
])
def test_a_weekday_of_the_telling_or_a_past_looks_back(text, lang):
    assert _days(text, lang) == [_LAST_MONDAY]


@pytest.mark.parametrize(("text", "lang"), [
    ("Le port rouvrira lundi, a annoncé dimanche le directeur.", "fr"),
    ("El puerto reabrirá el lunes, dijo el domingo el director.", "es"),
    ("Порт откроется в понедельник, заявил в воскресенье директор.", "ru"),
])
def test_each_weekday_reads_its_own_clause(text, lang):
    assert _days(text, lang) == [_NEXT_MONDAY, _LAST_SUNDAY]
