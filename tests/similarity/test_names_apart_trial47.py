"""Two reports of one kind of event at two places below one country are not the same story (trial47 F8:
ferries sunk off Paros and off Crete, "same story 0.63" on the dateline Athens and the wording; trial46 W4:
Sea of Marmara / Tekirdag vs Lake Van, 0.69). The names rule (:func:`storylens.similarity._rules._names_apart`):
each opening names a place or thing the gazetteer often does not know (an island, a port, a lake) and no
such name of either opening is written in the other text, the two texts name one country and share no
name. Verdict and reasons only: the model's features are unchanged."""

from __future__ import annotations

from types import SimpleNamespace

import numpy as np
import pytest

from storylens import similarity as sim

PAROS_EN = (
    "Ferry sinks off Greek island of Paros, 12 dead\n"
    "ATHENS, August 3, 2025 — A passenger ferry sank off the Greek island of Paros on Sunday, killing at least "
    "12 people, the coast guard said.\n"
    "Rescuers pulled 180 survivors from the water. The ferry Aegean Star had left Piraeus with 200 people on "
    "board.\nThe captain was arrested, the coast guard said.")
PAROS_DE = (
    "Fähre vor griechischer Insel Paros gesunken – zwölf Tote\n"
    "ATHEN, 3. August 2025 — Vor der griechischen Insel Paros ist am Sonntag eine Fähre gesunken, mindestens "
    "zwölf Menschen kamen ums Leben, wie die Küstenwache mitteilte.\n"
    "Die Retter zogen 180 Überlebende aus dem Wasser. Die Fähre Aegean Star war in Piräus mit 200 Menschen an "
    "Bord abgelegt.\nDer Kapitän wurde festgenommen, teilte die Küstenwache mit.")
PAROS_FR = (
    "Naufrage d'un ferry au large de l'île grecque de Paros : 12 morts\n"
    "ATHÈNES, 3 août 2025 — Un ferry a sombré dimanche au large de l'île grecque de Paros, faisant au moins "
    "12 morts, selon les garde-côtes.\n"
    "Les secouristes ont sorti 180 survivants de l'eau. L'Aegean Star avait quitté Le Pirée avec 200 personnes "
    "à bord.\nLe capitaine a été arrêté, ont indiqué les garde-côtes.")
CRETE_DE = (
    "Fähre vor griechischer Insel Kreta gesunken – fünf Tote\n"
    "ATHEN, 3. August 2025 — Vor der griechischen Insel Kreta ist am Sonntag eine Fähre gesunken, mindestens "
    "fünf Menschen kamen ums Leben, wie die Küstenwache mitteilte.\n"
    "Die Retter zogen 60 Überlebende aus dem Wasser. Die Fähre Blue Horizon war in Heraklion mit 70 Menschen "
    "an Bord abgelegt.\nDer Kapitän wurde festgenommen, teilte die Küstenwache mit.")
CRETE_EN = (
    "Ferry sinks off Greek island of Crete, five dead\n"
    "ATHENS, August 3, 2025 — A ferry sank off the Greek island of Crete on Sunday, killing at least five "
    "people, the coast guard said.\n"
    "Rescuers pulled 60 survivors from the water. The captain was arrested.")
MARMARA_EN = (
    "Ferry capsizes in Sea of Marmara, 17 dead\n"
    "ISTANBUL, Nov 29 (Reuters) - A passenger ferry capsized in a storm in the Sea of Marmara off the Turkish "
    "port of Tekirdag early on Saturday, killing at least 17 people, Turkish officials said.\n"
    "The Marmara Star was carrying 312 passengers and crew when it overturned, the coast guard said in "
    "Tekirdag. The captain has been detained, prosecutors said.")
VAN_EN = (
    "Ferry sinks on Lake Van, 6 dead\n"
    "VAN, Turkey, Nov 29 (Reuters) - A small passenger ferry sank in a storm on Lake Van in eastern Turkey on "
    "Saturday, killing at least six people, Turkish officials said.\n"
    "The Van Express was carrying 48 passengers and crew when it sank, the coast guard said. The captain has "
    "been detained, prosecutors said.")
MODEL = SimpleNamespace(threshold_=0.5, variant_="fast")


def _features(a: str, b: str, la: str, lb: str, embedder) -> sim.PairFeatures:
    """The pair's features as every entry point computes them: prepared texts, their datelines apart."""
    pa, pb = sim.prepare_text(a), sim.prepare_text(b)
    return sim.pair_features([(pa.text, pb.text, la, lb)], embedder, sim.Gazetteer.load(),
                             datelines=[(pa.dateline, pb.dateline)])[0]


def _row(overall: float) -> np.ndarray:
    return np.array([overall] + [0.5] * (len(sim.DIMENSIONS) - 1))


@pytest.mark.parametrize(("a", "la", "b", "lb"), [
    (PAROS_EN, "en", CRETE_DE, "de"),  # trial47 F8
    (PAROS_FR, "fr", CRETE_DE, "de"),
    (CRETE_EN, "en", PAROS_DE, "de"),
    (CRETE_EN, "en", PAROS_EN, "en"),
    (MARMARA_EN, "en", VAN_EN, "en"),  # trial46 W4's kind
])
def test_two_sinkings_at_two_places_of_one_country_are_two_stories(a, la, b, lb, hashing_embedder):
    f = _features(a, b, la, lb, hashing_embedder)
    assert f.names_apart is not None
    score = sim._scoring._pair_score(_row(0.63), f, MODEL)
    assert score.same_story is False
    assert score.reasons[0].startswith("different names in the openings: ")
    assert "0.63 alone is not a same-story verdict" in score.reasons[0]


def test_the_reason_names_the_places():
    gaz = sim.Gazetteer.load()
    a, b = (_text(PAROS_EN, "en"), _text(CRETE_DE, "de"))
    names_a, names_b = sim._rules._names_apart(a, b, gaz)
    assert "Paros" in names_a and "Kreta" in names_b
    assert "Greek" not in names_a and "Sunday" not in names_a  # an adjective of a nation, a weekday


@pytest.mark.parametrize(("a", "la", "b", "lb"), [
    # one sinking, one story, in three languages (Paros written alike; "Piräus" / "Le Pirée" / "Piraeus")
    (PAROS_EN, "en", PAROS_DE, "de"),
    (PAROS_EN, "en", PAROS_FR, "fr"),
    (PAROS_DE, "de", PAROS_FR, "fr"),
    # "Crete" / "Kreta": one island, matched by the entity linker's keys
    (CRETE_EN, "en", CRETE_DE, "de"),
    (PAROS_EN, "en", PAROS_EN, "en"),
])
def test_one_sinking_is_one_story(a, la, b, lb, hashing_embedder):
    f = _features(a, b, la, lb, hashing_embedder)
    assert f.names_apart is None
    assert sim._scoring._pair_score(_row(0.63), f, MODEL).same_story is True


def test_a_name_in_common_leaves_the_verdict_to_the_model(hashing_embedder):
    # the Crete report names the earlier Paros sinking lower down: no evidence of two unrelated events
    both = CRETE_DE + " Erst im Juli war vor Paros eine Fähre gesunken."
    assert _features(PAROS_EN, both, "en", "de", hashing_embedder).names_apart is None


def test_two_countries_are_not_this_rule(hashing_embedder):
    # the country rule's: each text names another country (and no shared one)
    f = _features(MARMARA_EN, CRETE_EN.replace("Greek", "Cypriot").replace("ATHENS", "NICOSIA"), "en", "en",
                  hashing_embedder)
    assert f.names_apart is None


def test_a_title_case_headline_names_nothing():
    t = _text("Ferry Sinks Off Greek Island Of Paros, Killing Twelve\nA ferry sank off Paros on Sunday, the "
              "coast guard said. Paros is a popular island.", "en")
    assert t.opening.names == ("Paros",)
    assert _text("A ferry sank on Sunday. Nobody was hurt, the Coast guard said.", "en").opening.names == ()


def _text(text: str, lang: str):
    gaz = sim.Gazetteer.load()
    prepared = sim.prepare_text(text)
    return sim._sides._analyse(prepared.text, lang, None, sim._sides._kept_sentences(prepared.text), gaz, prepared.dateline)
