"""Two reports of one kind of event in two countries are not the same story (trial 7: a Turkish
earthquake and an Albanian one scored "same story 0.60" while the reasons said "different places:
Turkey vs Tirana, Durrës"). The place rule needs a place in each text's opening, no country in common
anywhere (a city counts as its country) and no name in common; the model is not retrained."""

from __future__ import annotations

from types import SimpleNamespace

import numpy as np
import pytest

from storylens import similarity as sim

MODEL = SimpleNamespace(threshold_=0.5, variant_="fast")
TIRANA, DURRES = "c3183875", "c3185728"  # gazetteer ids of cities in Albania


def _features(only_a, only_b, lead_a, lead_b, names=(), places=()) -> sim.PairFeatures:
    values = [0.0] * len(sim.FEATURE_NAMES)
    values[sim.FEATURE_NAMES.index("cos_whole")] = 0.62
    values[sim.FEATURE_NAMES.index("cased_pair")] = 1.0
    return sim.PairFeatures(values=tuple(values), shared_names=tuple(names), shared_places=tuple(places),
                            places_only=(("Turkey",), ("Tirana", "Durrës")), aligned=0.4,
                            place_ids_only=(frozenset(only_a), frozenset(only_b)),
                            lead_place_ids=(frozenset(lead_a), frozenset(lead_b)))


def _row(overall: float) -> np.ndarray:
    return np.array([overall] + [0.5] * (len(sim.DIMENSIONS) - 1))


def test_the_city_ids_are_albanian():
    assert sim._places._place_countries_of(frozenset({TIRANA, DURRES, "AL"})) == frozenset({"AL"})


def test_openings_in_two_countries_and_nothing_in_common_is_not_the_same_story():
    score = sim._scoring._pair_score(_row(0.60), _features({"TR"}, {TIRANA, DURRES}, {"TR"}, {TIRANA}), MODEL)
    assert score.same_story is False
    assert score.reasons[0].startswith("different places: Turkey vs Tirana, Durrës (TR / AL)")
    assert "0.60" in score.reasons[0]


@pytest.mark.parametrize("features", [
    # a city and its country: one place ("Tirana" / "Albania")
    _features({TIRANA}, {"AL"}, {TIRANA}, {"AL"}),
    # a name in common decides
    _features({"TR"}, {TIRANA}, {"TR"}, {TIRANA}, names=("Hasani",)),
    # a place in common
    _features({"TR"}, {TIRANA}, {"TR"}, {TIRANA}, places=("Greece",)),
    # an opening without a place: where the event is is not said
    _features({"TR"}, {TIRANA}, set(), {TIRANA}),
    # the other text names the first one's country further down
    _features({"TR"}, {TIRANA, "TR"}, {"TR"}, {TIRANA}),
])
def test_the_place_rule_keeps_same_story_verdicts_with_a_place_or_name_in_common(features):
    assert sim._scoring._pair_score(_row(0.60), features, MODEL).same_story is True
