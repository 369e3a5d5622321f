"""trial54 F4: "la ministra de Vivienda, Isabel Rodríguez" gave the Solomon Islands (its province Isabel is an ISO
3166-2 name) as a country the Spanish report names. The kind: one-word region names that are listed given names
(Mary: Turkmenistan, Paola and Luca: Malta, Nelson: New Zealand, Lara and Miranda: Venezuela) and
regions that are surnames after a given name (Rodrigues: Mauritius). A name's part is no region; a region named as
one still is, and so is one before a common English word ("Nevada Office": so "Karen Bass", whose surname is a
common word, still gives Myanmar's Karen State)."""

import pytest

from storylens.similarity._openings import _region_countries_of


@pytest.mark.parametrize("text", [
    "La ministra de Vivienda, Isabel Rodríguez, presentó el plan el martes.",  # es
    "A ministra da Habitação, Isabel Rodrigues, apresentou o plano.",  # pt: Rodrigues is Mauritius's island
    "Dick Cheney and his daughter Mary Cheney spoke on Sunday.",  # en
    "Il ministro Paola Rossi ha detto che il piano è pronto.",  # it
    "Die Moderatorin Victoria Swarovski sagte am Montag, die Show sei fertig.",  # de
    "La diputada Lara Hernández votó en contra.",
])
def test_a_given_name_is_no_region(text):
    assert _region_countries_of(text) == frozenset()


@pytest.mark.parametrize(("text", "country"), [
    ("The bushfires in Victoria spread overnight.", "AU"),
    ("Gov. Glenn Youngkin of Virginia said the state was ready.", "US"),
    ("The governor of the province of Isabel said the road was closed.", "SB"),
    ("the region of Mary in Turkmenistan", "TM"),
    ("Andrew Bennett of the Nevada Office of Traffic Safety said", "US"),  # a body of the region
    ("call the Tennessee Department of Health", "US"),
])
def test_a_region_named_as_one_still_is(text, country):
    assert country in _region_countries_of(text)
