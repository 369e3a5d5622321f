"""Cities whose name is a common word or a given name, read where the writing shows a place (break50 N7).

names51 read "Man" (Côte d'Ivoire) from "The Isle of Man's government" and from "Man's best friend", Florence from
"Le mari de Florence", Regina from "El presidente de Regina, la empresa textil", Mobile from "results from Mobile, the
carrier's unit" and Mary from "The letter from Mary"; "Floods hit Nice on Monday" gave no place. Such a name is no
place inside a longer place name, at a sentence start without a place noun after it, after "of"/"de"/"from" that a
kinship or role noun or a given name makes a person's, or before an appositive naming a company or a unit (text data
"word_city"); a verb of an event before it ("hit", "frappé") shows a place. A word of a shared place's longer name
("Man" of "Isle of Man") is no shared name beside that place in the reasons.
"""

from __future__ import annotations

import pytest

from storylens import similarity as sim
from storylens.similarity import FEATURE_NAMES, PairFeatures


def _cities(text: str, lang: str) -> list[str]:
    g = sim.Gazetteer.load()
    return sorted(g.labels[p] for p in sim._openings._word_cities(text, lang, g))


@pytest.mark.parametrize(("text", "lang"), [
    # break50 N7's inputs
    ("The Isle of Man's government said on Monday it would debate the bill.", "en"),
    ("Man's best friend was pulled from the water by firefighters.", "en"),
    ("Le mari de Florence a été évacué.", "fr"),
    ("El presidente de Regina, la empresa textil, dimitió el lunes.", "es"),
    ("The group reported results from Mobile, the carrier's unit, on Tuesday.", "en"),
    ("The letter from Mary arrived on Monday.", "en"),
    # the same kinds in other languages and wordings
    ("Il marito di Florence è stato ricoverato.", "it"),
    ("La lettre de Florence est arrivée lundi.", "fr"),
    ("El hermano de Regina fue detenido en Madrid.", "es"),
    ("The lawyer of Florence said she was innocent.", "en"),
    ("Il presidente di Mobile, la società di telefonia, si è dimesso.", "it"),
    ("Vladimir's brother was arrested on Friday.", "en"),
])
def test_a_word_city_that_the_writing_makes_a_person_a_company_or_part_of_a_name_is_no_place(text, lang):
    assert _cities(text, lang) == []


@pytest.mark.parametrize(("text", "lang", "cities"), [
    ("Floods hit Nice on Monday.", "en", ["Nice"]),
    ("Les inondations ont frappé Nice lundi.", "fr", ["Nice"]),
    ("A tornado battered Mobile overnight.", "en", ["Mobile"]),
    # the place readings names51 kept
    ("Nice's mayor said the damage was severe.", "en", ["Nice"]),
    ("Heavy rain flooded streets in Florence, the regional authority said.", "en", ["Florence"]),
    ("Flooding in Nice, the company said, closed its store.", "en", ["Nice"]),
])
def test_a_word_city_after_a_verb_of_an_event_or_a_place_cue_is_a_place(text, lang, cities):
    assert _cities(text, lang) == cities


def test_a_word_of_a_shared_place_name_of_several_words_is_no_shared_name_beside_it():
    # break50 N7: im1/im2 (both the Isle of Man) said "same names: Man" beside "same place: Isle of Man"
    f = PairFeatures(values=(0.0,) * len(FEATURE_NAMES), shared_names=("Man", "Tynwald", "York"),
                     shared_places=("Isle of Man",))
    assert sim._verdict._reason_names(f) == ("Tynwald", "York")
