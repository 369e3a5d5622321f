"""names69 (tester break68n): a public body's name that holds a conjunction is one ORG span, and no entity ends in
a conjunction or a preposition.

"West Yorkshire Fire and Rescue Service" was the entity "Rescue Service" (spaCy's "West Yorkshire Fire" PLACE beside
it) and "Avon Fire and Rescue Service" opening a sentence the PERSON "Avon Fire and"; the German and French rules
read no body at all in "Bundesamt für Migration und Flüchtlinge" and "Ministère de l'Europe et des Affaires
étrangères" (their words "Europe", "Affaires" as names). Two bodies or a person and a body joined by "and" stay
apart. Inputs written for these tests."""

from __future__ import annotations

import pytest

from storylens.analysis.entities import extract_entities

from ._docs import doc_of


def _names(lang: str, sentences: list[str]) -> dict[str, str]:
    return {e.name: e.type for e in extract_entities([doc_of("d1", sentences, lang)])}


@pytest.mark.parametrize(("lang", "sentence", "body"), [
    ("en", "West Yorkshire Fire and Rescue Service said crews were called to the mill at 2am.",
     "West Yorkshire Fire and Rescue Service"),
    ("en", "Firefighters from West Yorkshire Fire and Rescue Service were called to the mill in Dewsbury.",
     "West Yorkshire Fire and Rescue Service"),
    ("en", "Avon Fire and Rescue Service sent four engines to the scene in Bristol.", "Avon Fire and Rescue Service"),
    ("en", "According to Avon Fire and Rescue, the fire started in the kitchen.", "Avon Fire and Rescue"),
    ("de", "Das Bundesamt für Migration und Flüchtlinge teilte am Montag mit, dass die Zahl gestiegen sei.",
     "Bundesamt für Migration und Flüchtlinge"),
    ("fr", "Selon le Ministère de l'Europe et des Affaires étrangères, la situation est grave.",
     "Ministère de l'Europe et des Affaires étrangères"),
])
def test_a_body_with_a_conjunction_is_one_org(lang, sentence, body):
    found = _names(lang, [sentence, "Nobody was hurt."])
    assert found.get(body) == "ORG", found
    # none of its parts is an entity of its own
    assert not [n for n in found if n != body and n in body], found


def test_the_body_links_across_two_reports_written_with_and_without_its_opening():
    docs = [doc_of("d1", ["West Yorkshire Fire and Rescue Service said crews were called at 2am."], "en"),
            doc_of("d2", ["Crews from West Yorkshire Fire and Rescue Service attended the blaze."], "en")]
    bodies = [e for e in extract_entities(docs) if "Rescue" in e.name]
    assert len(bodies) == 1 and bodies[0].name == "West Yorkshire Fire and Rescue Service", bodies
    assert {m.doc for m in bodies[0].mentions} == {"d1", "d2"}


@pytest.mark.parametrize(("sentence", "apart"), [
    ("Leeds City Council and West Yorkshire Police said the road was closed.",
     {"Leeds City Council", "West Yorkshire Police"}),
    ("Tom Smith and Home Office officials met on Monday.", {"Tom Smith", "Home Office"}),
    # (BASIL's kinds: an acronym or a body's own name before the conjunction, a company's name at the end)
    ("The FBI and National Security Agency declined to comment.", {"FBI", "National Security Agency"}),
    ("Apple and American Airlines signed a deal.", {"Apple", "American Airlines"}),
    ("Members of the House and Senate Intelligence Committees were briefed.", {"House", "Senate"}),
])
def test_two_names_joined_by_and_stay_two_beside_a_body(sentence, apart):
    """(Spans the rule must not join, in a text whose body it joins: the test fails on main by the body.)"""
    found = _names("en", [sentence, "West Yorkshire Fire and Rescue Service said crews were called at 2am."])
    assert apart <= set(found), found
    assert found.get("West Yorkshire Fire and Rescue Service") == "ORG", found


def test_no_entity_ends_in_a_conjunction_or_a_preposition():
    for lang, sentences in [
        ("en", ["Avon Fire and Rescue Service sent four engines.", "Avon Fire and rescue crews from Bath helped."]),
        ("en", ["A spokesman for Avon Fire and Rescue said two engines were sent."]),
    ]:
        for name in _names(lang, sentences):
            assert name.split()[-1] not in ("and", "of", "for", "und", "für", "et", "de"), name
