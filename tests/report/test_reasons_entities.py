"""Same-story reasons name each linked entity once (storylens.report.pipeline._one_name_per_entity).

New-user trial: "same names: Albanien, Albaniens" beside "same places: Albania, Durrës" named one
country three times."""

from __future__ import annotations

from storylens.models import Entity, Mention, Similarity
from storylens.report.pipeline import _one_name_per_entity


def _entity(eid, name, *texts, type_="PLACE"):
    return Entity(eid, name, type_, tuple(Mention("d1", "d1:s0", t) for t in texts), variants=texts)


ENTITIES = [
    _entity("e1", "Norden Albaniens", "Albanien", "Norden Albaniens", "Albania", "Albanie", "ألبانيا"),
    _entity("e2", "Durrës", "Durrës", "Durres", "Hafenstadt Durrës"),
    _entity("e3", "Edi Rama", "Edi Rama", "إيدي راما", type_="PERSON"),
    _entity("e4", "European Union", "European Union", "Europäische Union", type_="ORG"),
]


def _reasons(*reasons):
    sim = Similarity(True, 0.9, {"geography": 0.9}, reasons=reasons)
    return _one_name_per_entity(sim, ENTITIES).reasons


def test_an_inflected_name_and_its_place_are_one_entity():
    assert _reasons("7 of 7 document pairs are the same story", "same names: Albanien, Albaniens",
                    "same places: Albania, Durrës", "same numbers: 42") == (
        "7 of 7 document pairs are the same story", "same places: Albania, Durrës", "same numbers: 42")


def test_spellings_of_one_entity_across_languages_are_named_once():
    assert _reasons("same names: Edi Rama, إيدي راما, European Union, Europäische Union",
                    "same places: Durrës, Durres") == (
        "same names: Edi Rama, European Union", "same place: Durrës")


def test_names_of_different_entities_and_unknown_names_all_stay():
    assert _reasons("same names: Edi Rama, Merz", "same places: Albania, Durrës") == (
        "same names: Edi Rama, Merz", "same places: Albania, Durrës")


def test_a_place_the_entities_read_as_a_persons_name_is_no_shared_place():
    """Trial 9: "same places: Carolina" for two reports quoting the minister Carolina Tohá (Carolina is
    also a town): the entities know her as a person."""
    entities = [*ENTITIES, _entity("e5", "Carolina Tohá", "Carolina Tohá", "Tohá", type_="PERSON"),
                _entity("e6", "Copiapó", "Copiapó")]
    sim = Similarity(True, 0.9, {"geography": 0.9}, reasons=("same places: Carolina, Copiapó", "same place: Carolina"))
    assert _one_name_per_entity(sim, entities).reasons == ("same place: Copiapó",)


def test_a_place_named_as_such_stays_beside_a_person_of_its_name():
    entities = [_entity("p1", "George Washington", "George Washington", type_="PERSON"), _entity("p2", "Washington", "Washington")]
    sim = Similarity(True, 0.9, {"geography": 0.9}, reasons=("same places: Washington",))
    assert _one_name_per_entity(sim, entities).reasons == ("same place: Washington",)


def test_a_place_shown_in_both_texts_spellings_is_one_entity():
    """names55: a shared place is shown as each text writes it ("Albanien / ألبانيا"); a name of the same entity
    beside it goes, whichever spelling it has."""
    assert _reasons("same names: Albanien, Edi Rama", "same places: Albanien / ألبانيا, Durrës") == (
        "same names: Edi Rama", "same places: Albanien / ألبانيا, Durrës")
    assert _reasons("same names: ألبانيا", "same place: Albania / Albanie") == ("same place: Albania / Albanie",)
