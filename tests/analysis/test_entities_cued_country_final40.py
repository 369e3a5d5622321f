"""final40 #10b: "Michael Jordan visited Amman, the capital of Jordan" linked the country to Michael
Jordan as his surname ("Jordan", "Chad", "Georgia" are left out of the territory groups as people's
names). A one-word place written after a place cue ("capital of", "Hauptstadt", "capitale de": text/data
"place_cues") is no surname; a bare surname elsewhere still joins. Inputs written for these tests."""

from __future__ import annotations

import pytest

from storylens.analysis.entities import extract_entities

from ._docs import doc_of


def _entities(lang: str, sentences: list[str]) -> dict[str, tuple[str, set[str]]]:
    return {e.name: (e.type, set(e.variants)) for e in extract_entities([doc_of("d1", sentences, lang)])}


@pytest.mark.parametrize(("person", "sentences", "place"), [
    ("Michael Jordan", ["Michael Jordan visited Amman, the capital of Jordan, on Friday to open a basketball court."],
     "Jordan"),
    ("Michael Jordan", ["Michael Jordan opened a basketball court on Friday.",
                        "The court stands in Amman, the capital of Jordan."], "Jordan"),
])
def test_a_cued_country_is_no_surname(person, sentences, place):
    found = _entities("en", sentences)
    assert place not in found.get(person, ("", set()))[1], found
    assert found.get(place, ("missing",))[0] == "PLACE", found


def test_a_bare_surname_still_joins():
    found = _entities("en", ["Michael Jordan opened a basketball court in Chicago on Friday.",
                             "Jordan said he was proud of the project."])
    assert "Jordan" in found["Michael Jordan"][1], found
