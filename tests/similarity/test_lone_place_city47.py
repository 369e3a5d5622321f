"""One place alone in common is no same-story verdict when neither text is read by the sentence encoder (try46 F0).

try46's pairs: two Czech reports of two events in Ostrava (a warehouse fire, a bus crash), two Ukrainian ones in
Kharkiv, two Greek ones in Piraeus, two Hebrew ones in Haifa, each with "three hurt" and "about 40": "same story: yes
… names: Ostravě; places: Ostrava in common (overall 0.80 …)". The city was counted twice (its case form as a name),
and between two texts the encoder does not read the score reads their cosines, high whatever they say (two Hebrew
reports of two events at 0.83, trial57), so one city both name was the whole of the evidence. Now a name that is a case
form of a place in common is that place, and one place with nothing else in common (no name, date, or figure beyond
one small count) leaves a pair of two texts of one such language undecided. A pair of two languages keeps its verdict
(blind57: the English and Hebrew reports of one Limassol fire share only the place; try46: the Hebrew and Czech reports
of one Brno gas blast), its cosines reading no shared words."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

import numpy as np
import pytest

from storylens.similarity import DIMENSIONS, FEATURE_NAMES, PairFeatures
from storylens.similarity._scoring import _pair_score

MODEL: Any = SimpleNamespace(threshold_=0.5, variant_="full")


def _features(cos_whole: float, **kw) -> PairFeatures:
    values = [0.0] * len(FEATURE_NAMES)
    values[FEATURE_NAMES.index("cos_whole")] = cos_whole
    values[FEATURE_NAMES.index("cased_pair")] = 1.0
    return PairFeatures(values=tuple(values), aligned=1.0, **kw)


def _score(overall: float, f: PairFeatures, languages: tuple[str, str]):
    row = np.array([overall] + [0.6] * (len(DIMENSIONS) - 1))
    return _pair_score(row, f, MODEL, None, languages)


@pytest.mark.parametrize(("languages", "f"), [
    (("cs", "cs"), _features(0.9, shared_names=("Ostravě",), shared_places=("Ostrava",), shared_numbers=("40",))),
    (("uk", "uk"), _features(0.9, shared_names=("Харкові",), shared_places=("Kharkiv",), shared_numbers=("40",))),
    (("el", "el"), _features(0.9, shared_names=("Πειραιά",), shared_places=("Piraeus",), shared_numbers=("40",))),
    (("he", "he"), _features(0.9, shared_places=("Haifa",), shared_numbers=("40",))),
])
def test_one_city_in_common_between_two_texts_of_an_unread_language_decides_nothing(languages, f):
    s = _score(0.8, f, languages)
    assert s.same_story is None, s.reasons
    assert "one place alone" in s.undecided and "places: " in s.undecided
    assert "names:" not in s.undecided  # the case form is the place, not a name beside it


@pytest.mark.parametrize(("languages", "f"), [
    (("en", "he"), _features(0.11, shared_places=("Limassol",))),  # blind57: one fire, one side read
    (("he", "cs"), _features(0.3, shared_places=("Brno",))),  # try46: one gas blast, two unread languages
    (("cs", "en"), _features(0.2, shared_names=("Ostravě",), shared_places=("Ostrava",))),
    (("cs", "cs"), _features(0.9, shared_names=("Šimek",), shared_places=("Brno",))),  # a name beside the city
    (("uk", "uk"), _features(0.9, shared_places=("Kharkiv", "Lviv"))),  # two places
    (("cs", "cs"), _features(0.9, shared_places=("Brno",), shared_numbers=("12 tisíc", "17"))),  # figures
])
def test_more_than_one_city_or_a_read_side_keeps_the_verdict(languages, f):
    assert _score(0.6, f, languages).same_story is True


def test_the_reason_names_the_city_once():
    s = _score(0.6, _features(0.2, shared_names=("Ostravě",), shared_places=("Ostrava",)), ("cs", "en"))
    assert s.reasons[0].startswith("places: Ostrava in common") and "Ostravě" not in s.reasons[0]
