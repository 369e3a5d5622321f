"""A unit of measure is no name ("2000 Kilogramm Kokain" was a person, "119 degrees Fahrenheit" an organisation or a
place: text data temperature_units, unit_nouns), and a club named with its city is no person ("Rekordmeister Bayern
München" was a person with its epithet; fix58, issues #11/#12). Inputs written for these tests."""

import pytest

from storylens.analysis.entities import extract_entities

from ._docs import segmented_doc


def _entities(text: str, lang: str) -> dict[str, str]:
    return {e.name: e.type for e in extract_entities([segmented_doc(text, lang, "d1")])}


@pytest.mark.parametrize(("lang", "text"), [
    ("de", "Die Polizei stellte am Montag 2000 Kilogramm Kokain sicher."),
    ("de", "Die Zöllner fanden 500 Kilogramm Heroin im Container."),
    ("de", "Im Hafen wurden 3 Tonnen Kokain beschlagnahmt."),
    ("en", "Temperatures reached 119 degrees Fahrenheit in Phoenix on Monday."),
    ("de", "In Sevilla wurden am Montag 46 Grad Celsius gemessen."),
])
def test_a_unit_is_no_name(lang, text):
    found = _entities(text, lang)
    assert not any(w in name for name in found for w in ("Kilogramm", "Tonnen", "Fahrenheit", "Celsius")), found


@pytest.mark.parametrize(("lang", "text", "club"), [
    ("de", "Der Trainer von Rekordmeister Bayern München, Thomas Tuchel, sagte am Montag, die Mannschaft sei bereit.",
     "Bayern München"),
    ("de", "Der Kapitän von Titelverteidiger Real Madrid sagte, das Team sei bereit.", "Real Madrid"),
    ("de", "Der Trainer von Borussia Dortmund sagte am Montag, die Mannschaft sei bereit.", "Borussia Dortmund"),
])
def test_a_club_named_with_its_city_is_no_person(lang, text, club):
    found = _entities(text, lang)
    assert found.get(club) == "ORG", found


@pytest.mark.parametrize(("lang", "text", "person"), [
    ("de", "Carlos Santos sagte am Montag, er sei bereit.", "Carlos Santos"),  # a given name, then a city's name
    ("de", "Der Trainer von Bayern München, Thomas Tuchel, sagte, die Mannschaft sei bereit.", "Thomas Tuchel"),
])
def test_a_person_stays_a_person(lang, text, person):
    assert _entities(text, lang).get(person) == "PERSON"
