"""A negation inside what describes the people counted denies no toll (found in review of stop 59's denied tolls).

Stop 59 read a one-word negation between a count and its toll word as a denial ("Two passengers were not injured":
no toll), which also took the toll from "Two passengers with no seatbelts were killed", "Three people not wearing
helmets died", "Deux personnes sans domicile ont été tuées": the negation must stand in the toll's verb group. And a
word of absence right after people ("Dos personas sin hogar murieron", "Tre persone senza casco sono morte") read a
toll of nobody ("killed: 0") beside the two killed, since before stop 59."""

from __future__ import annotations

import pytest

from storylens.analysis.quantities import extract_numbers

TOLLS = {"killed", "injured"}


def _tolls(text: str, lang: str) -> list[tuple[float, str]]:
    return [(m.value, m.unit) for m in extract_numbers(text, lang) if m.unit in TOLLS]


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "Two passengers with no seatbelts were killed.", [(2, "killed")]),
    ("en", "Three people not wearing helmets died.", [(3, "killed")]),
    ("en", "Four people who never left the building were killed.", [(4, "killed")]),
    ("fr", "Deux personnes sans domicile ont été tuées.", [(2, "killed")]),
    ("es", "Dos personas que no llevaban cinturón murieron.", [(2, "killed")]),
    ("es", "Dos personas sin hogar murieron.", [(2, "killed")]),
    ("it", "Tre persone senza casco sono morte.", [(3, "killed")]),
    ("pl", "Dwie osoby bez kasków zginęły.", [(2, "killed")]),
    ("ru", "Двое мужчин без документов погибли.", [(2, "killed")]),
])
def test_a_negation_describing_the_people_keeps_their_toll(lang, text, expected):
    assert _tolls(text, lang) == expected


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "The driver and two passengers were not injured.", []),
    ("fr", "Trois passagers n'ont pas été blessés.", []),
    ("it", "Quattro passeggeri non sono rimasti feriti.", []),
    ("es", "El accidente se saldó sin muertos.", [(0, "killed")]),
    ("de", "Der Unfall ging ohne Verletzte aus.", [(0, "injured")]),
    ("pl", "Trzy osoby zostały ranne, bez ofiar śmiertelnych.", [(3, "injured"), (0, "killed")]),
    ("es", "Los vecinos, sin heridos, fueron evacuados.", [(0, "injured")]),
])
def test_denials_and_absences_stay(lang, text, expected):
    assert _tolls(text, lang) == expected


@pytest.mark.parametrize(("lang", "text"), [
    # break60r H2: a negation in the verb group denies, whatever words follow it before the toll
    ("de", "Zwei Passagiere kamen nicht ums Leben."),
    ("en", "Two passengers did not sustain injuries."),
    ("en", "Two passengers did not lose their lives."),
    ("en", "Two passengers were not physically injured."),
    ("es", "Dos pasajeros no presentaban heridas."),
    ("it", "Due passeggeri non sembrano feriti."),
    ("de", "Zwei Kinder und ihre Mutter kamen nicht ums Leben."),
])
def test_a_negated_verb_group_denies_the_toll(lang, text):
    assert not [m for m in extract_numbers(text, lang) if m.unit in TOLLS and m.value]


@pytest.mark.parametrize(("lang", "text", "unit"), [
    # break60r H1: a determiner of absence makes the toll the preposition's object, a toll of nobody; the count
    # before it takes no toll
    ("it", "La nave ha evacuato 300 passeggeri senza alcun ferito.", "injured"),
    ("ru", "Эвакуировали 300 пассажиров без каких-либо пострадавших.", "injured"),
    ("de", "Die Polizei evakuierte 300 Passagiere ohne einen Verletzten.", "injured"),
    ("en", "Police evacuated 200 people without any injuries.", "injured"),
])
def test_an_absence_with_a_determiner_is_a_toll_of_nobody(lang, text, unit):
    assert [(m.value, m.unit) for m in extract_numbers(text, lang) if m.unit in TOLLS] == [(0, unit)]
