"""trial47 F11: a facility's noun before a name, or after it in lower case, makes the name a place.

Before: "Terminal Burchardkai" (German) was typed PERSON and "Burchardkai" linked to it as "the surname of
Terminal Burchardkai"."""

from __future__ import annotations

import pytest

from storylens.analysis.entities import extract_entities
from storylens.analysis.entities._rules import _rule_type

from ._docs import doc_of


@pytest.mark.parametrize(("form", "lang"), [
    ("Terminal Burchardkai", "de"),
    ("Terminal Burchardkai", "en"),
    ("Bahnhof Zoo", "de"),
    ("Hotel Adlon", "de"),
    ("Stazione Termini", "it"),
])
def test_a_facility_noun_opening_a_name_is_no_first_name(form, lang):
    assert _rule_type(form, lang) == "PLACE"


@pytest.mark.parametrize(("form", "lang"), [("Jens Meier", "de"), ("Frank Weber", "en"), ("Angela Merkel", "de")])
def test_people_stay_people(form, lang):
    assert _rule_type(form, lang) == "PERSON"


def test_the_terminal_is_no_person_across_languages():
    en = doc_of("d1", ["Port director Jens Meier said the Burchardkai terminal will reopen on Monday."], "en")
    de = doc_of("d2", ["Hafendirektor Jens Meier sagte, das Terminal Burchardkai werde am Montag wieder öffnen."], "de")
    entities = extract_entities([en, de])
    terminal = [e for e in entities if any("Burchardkai" in v for v in e.variants)]
    assert terminal and all(e.type != "PERSON" for e in terminal), [(e.name, e.type) for e in terminal]
    assert not any("surname" in link.reason for e in terminal for link in e.links)
    assert {e.type for e in entities if "Jens Meier" in e.variants} == {"PERSON"}
