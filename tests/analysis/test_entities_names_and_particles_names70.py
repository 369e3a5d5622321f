"""names70 (issue #12, entities): a public body's name with "and" inside, and a surname's particles.

* "West Yorkshire Fire and Rescue Service" was spaCy's PERSON "West Yorkshire Fire" beside the ORG "Rescue Service"
  (names69's join across "and" was dropped: it merged two bodies; this one joins only where the two words at "and"
  are words of bodies' names and the name ends in a body's head).
* "Ursula von der Leyen" was "Ursula" + the place "Leyen" in English (spaCy) and "Leyen" opening a French or Spanish
  sentence; "Selon Charles de Gaulle" was "Gaulle"; "Martin Luther King Jr." was "Jr" ("King" read as a title).

Inputs written for these tests."""

from __future__ import annotations

import time

import pytest

from storylens.analysis.entities import clean_name, extract_entities
from storylens.analysis.entities._rules import _body_spans

from ._docs import segmented_doc


def _names(text: str, lang: str) -> dict[str, str]:
    return {e.name: e.type for e in extract_entities([segmented_doc(text, lang)])}


@pytest.mark.parametrize(("text", "body", "not_names"), [
    ("Crews were sent to the mill on Sunday night, West Yorkshire Fire and Rescue Service said.",
     "West Yorkshire Fire and Rescue Service", ["West Yorkshire Fire", "Rescue Service"]),
    ("The blaze, West Yorkshire Fire and Rescue Service said, started in a kitchen at about 3am.",
     "West Yorkshire Fire and Rescue Service", ["West Yorkshire Fire", "Rescue Service"]),
    ("Avon Fire and Rescue Service sent four engines to the farm near Bath.",
     "Avon Fire and Rescue Service", ["Avon Fire"]),
    ("Greater Manchester Fire and Rescue Service said the blaze was under control.",
     "Greater Manchester Fire and Rescue Service", ["Rescue Service"]),
    ("Devon and Somerset Fire and Rescue Service said two crews attended.",
     "Somerset Fire and Rescue Service", ["Somerset Fire", "Rescue Service"]),
])
def test_a_body_name_with_and_inside_is_one_organisation(text, body, not_names):
    names = _names(text, "en")
    assert names.get(body) == "ORG", names
    assert not set(not_names) & set(names), names


@pytest.mark.parametrize(("text", "lang", "person"), [
    ("Commission President Ursula von der Leyen said the bloc would respond firmly.", "en", "Ursula von der Leyen"),
    ("Mark Rutte and Ursula von der Leyen met in Brussels.", "en", "Ursula von der Leyen"),
    ("Ursula von der Leyen a déclaré lundi que l'UE répondrait.", "fr", "Ursula von der Leyen"),
    ("Ursula von der Leyen dijo el lunes que la UE respondería.", "es", "Ursula von der Leyen"),
    ("Selon Charles de Gaulle, la France est grande.", "fr", "Charles de Gaulle"),
    ("Charles de Gaulle a dit que la France était grande.", "fr", "Charles de Gaulle"),
    ("Según Charles de Gaulle, Francia es grande.", "es", "Charles de Gaulle"),
    ("Martin Luther King Jr. was assassinated in Memphis in April 1968.", "en", "Martin Luther King Jr"),
    ("Martin Luther King III spoke at the memorial on Monday.", "en", "Martin Luther King III"),
])
def test_a_surname_keeps_its_particles_and_its_given_name(text, lang, person):
    names = _names(text, lang)
    assert names.get(person) == "PERSON", names
    surname = person.split()[-1] if person.split()[-1] not in ("Jr", "III") else person.split()[-2]
    assert surname not in names and person.split()[-1] not in names, names


@pytest.mark.parametrize(("raw", "clean"), [
    ("Martin Luther King Jr.", "Martin Luther King Jr"),
    ("Martin Luther King III", "Martin Luther King III"),
])
def test_a_title_word_before_a_generational_suffix_is_the_surname(raw, clean):
    assert clean_name(raw) == clean


def test_a_name_written_outside_the_body_too_stays():
    names = _names("In West Yorkshire, West Yorkshire Fire and Rescue Service said four crews were sent.", "en")
    assert names.get("West Yorkshire Fire and Rescue Service") == "ORG", names
    assert names.get("West Yorkshire") == "PLACE", names


@pytest.mark.parametrize(("text", "invented"), [
    # names70b (tester break70n): the join started inside a longer name and invented a body
    ("The Ministry of Justice and National Probation Service said the man had been recalled.",
     "Justice and National Probation Service"),
    ("The Ministry of Home Affairs and Foreign Ministry said the border would stay closed.",
     "Home Affairs and Foreign Ministry"),
    ("Members of the Department of Education and Education Committee disagreed.",
     "Education and Education Committee"),
    ("The Department of Justice and Federal Bureau of Investigation opened an inquiry.",
     "Justice and Federal Bureau"),
])
def test_no_body_is_joined_from_inside_another_bodys_name(text, invented):
    assert _body_spans(text) == []
    assert invented not in _names(text, "en")


@pytest.mark.parametrize(("text", "body"), [
    ("The Justice and Home Affairs Council met in Luxembourg on Thursday.", "Justice and Home Affairs Council"),
    ("The Senate Environment and Public Works Committee will vote next week.",
     "Senate Environment and Public Works Committee"),
    ("The head of West Yorkshire Fire and Rescue Service said four crews attended.",
     "West Yorkshire Fire and Rescue Service"),
    ("Crews from (Avon Fire and Rescue Service) attended.", "Avon Fire and Rescue Service"),
])
def test_whole_runs_still_join(text, body):
    assert _body_spans(text) == [body]


def test_the_body_rule_is_linear_in_a_long_capitalised_run():
    # names70b: a look-ahead at each capitalised word re-read the run after it (8,000 words: 12 CPU-s)
    run = " ".join(["Health"] * 20_000) + " said."
    started = time.process_time()
    assert _body_spans(run) == []
    # 5,000 "and"s, one body at the end ("Safety Health and Safety Executive": the run before its "and")
    assert _body_spans(" ".join(["Health and Safety"] * 5_000) + " Executive said.") == \
        ["Safety Health and Safety Executive"]
    assert time.process_time() - started < 1.0


@pytest.mark.parametrize(("text", "lang", "place"), [
    # names70b (tester break70n): a given name, a particle, a word opening the sentence with no verb of saying after
    # them is read as main read it, not as a person (the city, the town, the airport)
    ("Santiago de Compostela recibió a miles de peregrinos.", "es", "Santiago de Compostela"),
    ("Dolores de Hidalgo celebró el Grito de Independencia el lunes.", "es", "Dolores de Hidalgo"),
    ("Charles de Gaulle a été fermé lundi après une alerte.", "fr", "Charles de Gaulle"),
    ("Según Santiago de Compostela, la catedral abrirá el lunes.", "es", "Santiago de Compostela"),
])
def test_a_sentence_opening_place_with_a_particle_is_no_person(text, lang, place):
    names = _names(text, lang)
    assert names.get(place) != "PERSON", names
