"""trial57 F8/F37: Greek names read letter by letter (anyascii: "Αντρέας Μαυρίδης" -> "Antreas Mayridis") met no
Latin spelling of the press ("Andreas Mavrides"); Greek and Czech case forms of a city ("στη Λεμεσό", "επαρχία
Λεμεσού", "v Charkově") were no city; a German role compound glued to a name ("Vizebürgermeister Olexander
Kowalenko") kept the name from its Czech spelling ("Oleksandr Kovalenko")."""

import pytest

from storylens.analysis.entities import EntityExtractor, inflected_city, phonetic_tokens, place_names
from storylens.analysis.entities._names import greek_latin

from ._docs import doc_of


def _entities(docs: list[tuple[str, list[str]]]):
    return EntityExtractor().extract([doc_of(f"d{i + 1}", s, lang) for i, (lang, s) in enumerate(docs)])


def _joined(entities, *forms: str) -> bool:
    return any(all(f in e.variants for f in forms) for e in entities)


@pytest.mark.parametrize(("greek", "latin"), [
    ("Αντρέας Μαυρίδης", "andreas mavridis"), ("Ευάγγελος", "evangelos"), ("Ντόρα Μπακογιάννη", "dora bakogianni"),
    ("Λεμεσού", "lemesou"),
])
def test_greek_romanised_as_the_press_writes_it(greek: str, latin: str) -> None:
    assert greek_latin(greek) == latin
    assert greek_latin("Kovalenko") == "Kovalenko"  # no Greek: anyascii's


@pytest.mark.parametrize(("form", "city"), [
    ("Λεμεσό", "Limassol"), ("Λεμεσού", "Limassol"), ("Αθήνας", "Athens"),  # Greek accusative, genitive
    ("Charkově", "Kharkiv"), ("Moskvě", "Moscow"), ("Londýně", "London"),  # Czech locative
])
def test_case_forms_of_cities(form: str, city: str) -> None:
    assert inflected_city(form, place_names()[0]) == city


def test_greek_report_links_names_and_city_to_english() -> None:
    el = ["«Είναι η χειρότερη πυρκαγιά», δήλωσε ο κυβερνητικός εκπρόσωπος Αντρέας Μαυρίδης.",
          "Η φωτιά ξέσπασε κοντά στην Πάχνα, στην επαρχία Λεμεσού.", "Οι κάτοικοι μεταφέρθηκαν στη Λεμεσό."]
    en = ["\"This is the worst fire,\" government spokesman Andreas Mavrides said.",
          "The fire broke out near Pachna in the Limassol district."]
    entities = _entities([("el", el), ("en", en)])
    assert _joined(entities, "Αντρέας Μαυρίδης", "Andreas Mavrides"), [e.variants for e in entities]
    assert _joined(entities, "Λεμεσού", "Limassol"), [e.variants for e in entities]
    assert _joined(entities, "Πάχνα", "Pachna")


def test_two_greek_people_stay_apart() -> None:
    assert phonetic_tokens("Αντρέας Κεττής")[0] == phonetic_tokens("Andreas Mavrides")[0]
    entities = _entities([("el", ["Μίλησε ο εκπρόσωπος Αντρέας Κεττής."]), ("en", ["Spokesman Andreas Mavrides spoke."])])
    assert not _joined(entities, "Αντρέας Κεττής", "Andreas Mavrides")


def test_czech_and_german_spellings_of_one_ukrainian_name_and_city() -> None:
    cs = ["„Havarijní čety pracují nepřetržitě,“ řekl náměstek starosty Oleksandr Kovalenko.",
          "V ukrajinském Charkově v úterý praskl hlavní vodovodní řad."]
    de = ["„Die Notfalltrupps arbeiten rund um die Uhr“, sagte der Vizebürgermeister Olexander Kowalenko.",
          "In der ostukrainischen Stadt Charkiw ist am Dienstag eine Hauptwasserleitung geborsten."]
    entities = _entities([("cs", cs), ("de", de)])
    assert _joined(entities, "Oleksandr Kovalenko", "Olexander Kowalenko"), [e.variants for e in entities]
    assert _joined(entities, "Charkově", "Charkiw"), [e.variants for e in entities]
    assert not any(any(v.startswith("Vizebürgermeister") for v in e.variants) for e in entities)
