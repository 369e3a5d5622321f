"""A one-word region's name between a role noun and a surname is a given name (newuser72 LOW-8: "Мэр Юта Штайнрук",
Mayor Jutta Steinruck, read as Utah: "different datelines: Germany vs United States"), and a town's bracketed region
carries to its later bare mentions in other sentences (final72: "Paris (Texas)" named again as "Paris" kept "same
place: Paris" against a report from Paris, France). Inputs written for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from storylens import similarity as sim
from storylens.similarity._openings import _region_countries_of
from storylens.similarity._sides import _bracketed_homonyms


# ("Губернатор Юта Смит прибыл." was here: a governor's title governs a region, so it is Utah's governor now,
# test_region_governor_cluster74.py)
@pytest.mark.parametrize("text", ["Мэр Юта Штайнрук заявила: «Это черный день».", "Министр Юта Смит прибыла.",
                                  "The mayor said Senator Nevada Kowalczyk would come."])
def test_a_region_between_a_role_and_a_surname_is_a_given_name(text):
    assert _region_countries_of(text) == frozenset()


@pytest.mark.parametrize("text", ["Взрыв произошел в штате Юта вчера.", "The governor of Utah said on Monday.",
                                  "Der Gouverneur von Utah, Spencer Cox, sagte.", "Officials in Texas Monday said.",
                                  "Mayor Texas Police said."])  # a body's word after it, no surname
def test_a_region_written_as_a_place_stays(text):
    assert _region_countries_of(text) == {"US"}


@pytest.fixture(scope="module")
def gazetteer():
    return sim.Gazetteer.load()


@pytest.mark.parametrize("text", [
    "A tornado hit Paris (Texas) on Monday. The mayor of Paris said three homes were destroyed.",
    "PARIS (Texas) - A tornado struck the town on Monday.\n\nResidents of Paris said the storm came at night.",
])
def test_a_bracketed_homonym_carries_to_later_sentences(gazetteer, text):
    assert gazetteer.names["paris"] in _bracketed_homonyms(text, "en", gazetteer)[0]


@pytest.mark.parametrize("text", [
    "A man from Paris (Texas) was arrested in Paris on Monday, French police said.",  # the bracket's own sentence
    "A tornado hit Paris (Texas) on Monday. The storm later moved on to Paris in France, where two died.",
    "A tornado hit Paris (Texas) on Monday. Paris, France, sent condolences.",
])
def test_the_other_place_named_beside_the_bracket_or_with_its_country(gazetteer, text):
    assert gazetteer.names["paris"] not in _bracketed_homonyms(text, "en", gazetteer)[0]


def _reasons(a: str, b: str, embedder) -> tuple[str, ...]:
    from types import SimpleNamespace

    import numpy as np

    pa, pb = sim.prepare_text(a), sim.prepare_text(b)
    f = sim.pair_features([(pa.text, pb.text, "en", "en")], embedder, sim.Gazetteer.load(),
                          datelines=[(pa.dateline, pb.dateline)])[0]
    model: Any = SimpleNamespace(threshold_=0.5, variant_="fast")  # the verdict reads its cut and variant only
    return sim._scoring._pair_score(np.array([0.75] + [0.5] * (len(sim.DIMENSIONS) - 1)), f, model).reasons


PARIS_FR = ("A violent storm damaged dozens of homes in Paris on Monday, injuring three people, the fire service said. "
            "The storm hit the north of Paris shortly after 6 p.m., officials said.")
PARIS_TX = ("PARIS (Texas) - A tornado damaged dozens of homes on Monday, injuring three people, the fire service said.\n\n"
            "The storm hit the north of Paris shortly after 6 p.m., officials said.")


def test_paris_texas_named_again_is_no_shared_place_nor_name(hashing_embedder):
    reasons = _reasons(PARIS_FR, PARIS_TX, hashing_embedder)
    assert not any(r.startswith(("same place", "same names")) and "Paris" in r for r in reasons), reasons


@pytest.mark.parametrize(("text", "country"), [
    ("Chief Minister Balochistan Sarfraz Bugti said four attackers were killed.", "PK"),
    ("Chief Minister Sindh Murad Ali Shah announced relief.", "PK"),
    ("Chief Minister Kerala Pinarayi Vijayan said the state would help.", "IN"),
    ("The Chief Minister Karnataka Siddaramaiah said relief was on the way.", "IN"),
    ("Ministro Sicilia Renato Schifani ha detto.", "IT"),
    # a Cyrillic region that is no given name is the role's too (retest_places73 W1: 8 US states were lost)
    ("Губернатор Огайо Девайн заявил в понедельник.", "US"),
    ("Губернатор Техас Эбботт заявил в понедельник.", "US"),
])
def test_a_latin_region_after_a_role_noun_is_the_roles_region(text, country):
    # South Asian and Italian news write the office's region between the role and the holder (places73fix)
    assert country in _region_countries_of(text)


def test_a_bare_mention_before_the_bracket_is_not_carried(gazetteer):
    text = "A storm hit Paris on Monday, the fire service said. Paris (Texas), the US town of the same name, was spared."
    assert gazetteer.names["paris"] not in _bracketed_homonyms(text, "en", gazetteer)[0]


@pytest.mark.parametrize("other", [
    PARIS_TX.replace("dozens of", "many"),  # both bracket it
    PARIS_TX.replace("PARIS (Texas) -", "PARIS, Texas -"),  # the other names the bracket's region
])
def test_one_bracketed_town_in_both_texts_is_the_same_place(hashing_embedder, other):
    reasons = _reasons(PARIS_TX, other, hashing_embedder)
    assert "same place: Paris" in reasons, reasons
