"""review39 N1: tmpl38's names rule (:func:`storylens.similarity._rules._names_apart`) split two reports of ONE sinking
when their openings named different people or things: one outlet quotes the shipping minister ("Vassilis
Kikilias", twice) and names the island, another a coast guard chief or the ship ("Aegean Star") and the
Cyclades. Each opening's names were absent from the other text and the texts shared no name, so "same story
0.63" became "different names in the openings", though both give the same toll and survivors (12 dead, 180
pulled from the water). Equal counts of one kind in both texts are evidence of one event: the rule then leaves
the verdict to the model. Two sinkings with different tolls (trial47 F8, trial46 W4) stay apart."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from storylens import similarity as sim

from ._pairs import features_en as _features
from ._pairs import score_row as _row

MODEL = SimpleNamespace(threshold_=0.5, variant_="fast")

MINISTER = (
    "Ferry sinks off Greek island of Paros, 12 dead\n"
    "ATHENS, August 3, 2025 — A passenger ferry sank off the Greek island of Paros on Sunday, killing at least 12 "
    "people, shipping minister Vassilis Kikilias said.\n"
    "Rescuers pulled 180 survivors from the water, Kikilias said. Paros is a popular holiday island.\n"
    "The captain was arrested, the coast guard said.")
SHIP = (
    "Ferry Aegean Star sinks in the Cyclades, 12 dead\n"
    "ATHENS, August 3, 2025 — The passenger ferry Aegean Star sank in the Cyclades on Sunday, killing at least 12 "
    "people, survivor Maria Konstantinou told state television.\n"
    "Konstantinou said the Aegean Star listed sharply before it went down. Rescuers pulled 180 survivors from "
    "the water.\nThe captain was arrested, the coast guard said.")
CHIEF = (
    "Ferry disaster: captain arrested after 12 die\n"
    "ATHENS, August 3, 2025 — The captain of a ferry that sank on Sunday was arrested, the coast guard said, as "
    "coast guard chief Giorgos Alexandrakis defended the rescue.\n"
    "Alexandrakis said 180 survivors were pulled from the water. Twelve people died.")


@pytest.mark.parametrize(("a", "b"), [(MINISTER, SHIP), (MINISTER, CHIEF), (SHIP, CHIEF)])
def test_one_sinking_told_with_other_names_stays_one_story(a, b, hashing_embedder):
    f = _features(a, b, hashing_embedder)
    assert f.shared_numbers  # 12 dead, 180 survivors in both
    score = sim._scoring._pair_score(_row(0.63), f, MODEL)
    assert score.same_story is True, score.reasons
