"""names72 (entities): a particle surname written without its given name, and companies named "X and Y".

* "Von der Leyen told reporters" (spaCy: ORG) and "De Gaulle resigned" (a place) were never linked to "Ursula von
  der Leyen" / "Charles de Gaulle" of the same or another text: the short-form rule takes one-word surnames only.
* "Shares in Marks and Spencer rose" was the ORGs "Marks" and "Spencer", and "Marks & Spencer" another entity.

Inputs written for these tests."""

from __future__ import annotations

import pytest

from storylens.analysis.entities import extract_entities

from ._docs import segmented_doc, speakers_of


def _entities(*texts: str, lang: str = "en"):
    return extract_entities([segmented_doc(t, lang, f"d{i}") for i, t in enumerate(texts, start=1)])


def _entity_of(entities, form: str):
    return next((e for e in entities if form in e.variants), None)


@pytest.mark.parametrize(("texts", "full", "short"), [
    (("Ursula von der Leyen met Emmanuel Macron in Paris. Von der Leyen said the talks went well.",),
     "Ursula von der Leyen", "Von der Leyen"),
    (("Ursula von der Leyen arrived in Kyiv on Monday.", "Von der Leyen told reporters the bloc would respond."),
     "Ursula von der Leyen", "Von der Leyen"),
    (("Charles de Gaulle resigned in April 1969 after losing a referendum.",
      "De Gaulle resigned after the referendum failed."), "Charles de Gaulle", "De Gaulle"),
])
def test_a_particle_surname_alone_is_the_person_named_in_full(texts, full, short):
    entities = _entities(*texts)
    person = _entity_of(entities, full)
    assert person is not None and person.type == "PERSON", entities
    assert short in person.variants, entities
    assert any("short form" in link.reason for link in person.links), person.links


@pytest.mark.parametrize(("texts", "apart"), [
    # two people share the surname: the short form is neither's
    (("Charles de Gaulle and his son Philippe de Gaulle arrived in London.", "De Gaulle said the war was not over."),
     [("Charles de Gaulle", "De Gaulle"), ("Philippe de Gaulle", "De Gaulle")]),
    # a place written with a particle is no surname
    (("Mario la Paz was arrested on Monday.", "La Paz was hit by protests on Tuesday."), [("Mario la Paz", "La Paz")]),
    (("Mark de Haag spoke in Amsterdam on Monday.", "Den Haag hosted the summit on Tuesday."),
     [("Mark de Haag", "Den Haag")]),
])
def test_a_particle_surname_shared_or_a_place_stays_apart(texts, apart):
    entities = _entities(*texts)
    for a, b in apart:
        ea, eb = _entity_of(entities, a), _entity_of(entities, b)
        assert ea is None or eb is None or ea.id != eb.id, entities


@pytest.mark.parametrize(("text", "company"), [
    ("Shares in Marks and Spencer rose 4% on Wednesday after the retailer raised its profit forecast.",
     "Marks and Spencer"),
    ("Marks and Spencer said sales rose by 6% over Christmas.", "Marks and Spencer"),
    ("Greggs, Marks and Spencer and Tesco all reported higher sales over Christmas.", "Marks and Spencer"),
])
def test_a_listed_and_company_is_one_organisation(text, company):
    names = {e.name: e.type for e in _entities(text)}
    assert names.get(company) == "ORG", names
    assert not {"Marks", "Spencer", "Marks and Spencer and Tesco"} & set(names), names


def test_and_and_ampersand_forms_are_one_company_and_people_stay_two():
    entities = _entities("Marks and Spencer said sales rose by 6% over Christmas.",
                         "Marks & Spencer raised its profit forecast on Wednesday.")
    company = _entity_of(entities, "Marks and Spencer")
    assert company is not None and "Marks & Spencer" in company.variants and company.type == "ORG", entities
    names = {e.name for e in _entities("Merkel and Macron met in Berlin on Monday. Apple and Google were fined.")}
    assert not {"Merkel and Macron", "Apple and Google"} & names, names


@pytest.mark.parametrize(("title", "lang", "template"), [
    ("Präfektin", "de", "„Die Lage ist ernst“, sagte {} Marie Dubois am Montag."),
    ("Dekanin", "de", "„Die Lage ist ernst“, sagte {} Marie Dubois am Montag."),
    ("Ministerin", "de", "„Die Lage ist ernst“, sagte {} Marie Dubois am Montag."),
    ("la préfète", "fr", "« La situation est grave », a déclaré {} Marie Dubois lundi."),
    ("la alcaldesa", "es", "«La situación es grave», dijo {} Marie Dubois el lunes."),
])
def test_a_title_before_a_speaker_is_no_part_of_the_name(title, lang, template):
    text = template.format(title)
    assert speakers_of(text, lang) == ["Marie Dubois"]
    names = {e.name: e.type for e in extract_entities([segmented_doc(text, lang)])}
    assert names.get("Marie Dubois") == "PERSON", names


def test_a_given_name_ending_in_in_is_no_title():
    names = {e.name for e in extract_entities([segmented_doc("Martin Schulz sagte am Montag, er sei zufrieden.", "de")])}
    assert "Martin Schulz" in names, names


@pytest.mark.parametrize(("text", "company"), [
    ("Jonathan Marks and Spencer Wells wrote the paper together.", "Marks and Spencer"),
    ("Sharon Tate and Lyle Lovett were mentioned in the film.", "Tate and Lyle"),
    ("Max Ernst and Young British Artists shared the show.", "Ernst and Young"),
])
def test_people_named_like_a_listed_company_stay_people(text, company):
    """names72fix: a given name before it or a capitalised word after it makes the words two names."""
    names = {e.name for e in extract_entities([segmented_doc(text, "en")])}
    assert company not in names, names
