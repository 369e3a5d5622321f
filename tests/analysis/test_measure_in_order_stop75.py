""""in order to" names no order (issue #12, stop 75, conflicts75).

BASIL tune 70c75d68: Pence's "… mutual concessions in order to reach an agreement. The president has made a very
reasonable offer to extend DACA …" read a measure "order" kept ("extend"), and Collins' call "for the government to
reopen without a border security deal" one lifted: "measure: d1 kept, d3 lifted", a false conflict. "in order"
(en), "en orden" (es), "en ordre" (fr), "in ordine" (it) are phrases of purpose, regard or tidiness, never a
measure; the order nouns elsewhere in a sentence ("the curfew order … in order to") are still read."""

from __future__ import annotations

import pytest

from storylens.analysis.conflicts import measure_keys, measure_stance

PENCE = ("“The way to end this shutdown is for both sides to make mutual concessions in order to reach an agreement. "
         "The president has made a very reasonable offer to extend DACA and TPS protections in exchange for the border "
         "security measures he supports,” he said.")


@pytest.mark.parametrize(("text", "language"), [
    ("Both sides must make concessions in order to reach an agreement.", "en"),
    ("In order to end the standoff, the president made an offer.", "en"),
    ("Everything was in order, the inspector said.", "en"),
    ("Ambas partes deben ceder en orden a alcanzar un acuerdo.", "es"),
    ("Les deux camps avancent en ordre dispersé.", "fr"),
    ("Le parti devono trattare in ordine all'accordo.", "it"),
])
def test_a_phrase_of_order_names_no_measure(text, language):
    assert "order" not in measure_keys(text, language)


def test_the_basil_quote_states_no_measure():
    assert measure_stance(PENCE, "en") is None


@pytest.mark.parametrize(("text", "language", "stance"), [
    # an order named beside the phrase is still read, kept or lifted
    ("The curfew order stays in force in order to protect residents.", "en", "kept"),
    ("In order to keep residents safe, the evacuation order stays in force.", "en", "kept"),
    ("In order to help shops, the mayor lifted the curfew order.", "en", "lifted"),
    ("The stay-at-home orders were extended in order to slow the outbreak.", "en", "kept"),
    ("Officials lifted the order to evacuate the valley.", "en", "lifted"),
    ("La orden de evacuación sigue vigente en orden a proteger a los vecinos.", "es", "kept"),
    ("L'ordre d'évacuation a été levé lundi.", "fr", "lifted"),
    ("L'ordinanza di evacuazione resta in vigore, in ordine alla sicurezza dei residenti.", "it", "kept"),
])
def test_an_order_beside_the_phrase_is_still_a_measure(text, language, stance):
    assert "order" in measure_keys(text, language)
    assert measure_stance(text, language) == stance


def test_a_road_closed_in_order_to_clear_it_keeps_its_stance():
    text = "In order to let crews clear the debris, the road will stay closed until Friday."
    assert measure_keys(text, "en") == {"road"}
    assert measure_stance(text, "en") == "kept"


@pytest.mark.parametrize(("text", "language"), [
    ("The rules laid down in orders signed by the governor were extended until May.", "en"),
    ("Les règles fixées en ordres signés par le préfet ont été prolongées.", "fr"),
    ("Le regole stabilite in ordini firmati dal prefetto sono state prorogate.", "it"),
])
def test_plural_orders_after_in_are_an_order(text, language):
    """conflicts75 tester O05: the lookbehind is on the singular phrase only ("in order to"), not on "in orders"."""
    assert "order" in measure_keys(text, language)
