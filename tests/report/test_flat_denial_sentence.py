"""A denial whose sentence the other side cuts into units (final27 N2): "A report that people were killed
is correct, a local official said" + "and the situation remains unstable." against one Arabic sentence
that denies the report and says the situation is unstable. The first unit scored 0.52 with the
denial, under the cross floor, the whole English sentence 0.73: the denial went unseen."""

from __future__ import annotations

import numpy as np

from storylens.analysis.claims import Unit
from storylens.analysis.conflicts import affirmed
from storylens.report.pipeline import _FlatDenial

EN1 = "A report that people were killed is correct, a local official said"
EN2 = "and the situation remains unstable."
AR = "وقالت الشرطة إن تقريرا عن سقوط قتلى غير صحيح، مشيرة إلى أن الوضع لا يزال غير مستقر."

UNITS = {
    "en": [Unit("d1", "d1:s4", EN1, 0, len(EN1), "en"), Unit("d1", "d1:s4", EN2, len(EN1) + 2, len(EN1) + 2 + len(EN2), "en")],
    "ar": [Unit("d2", "d2:s4", AR, 0, len(AR), "ar")],
}
SIBLINGS = {"d1:s4": UNITS["en"], "d2:s4": UNITS["ar"]}


def _embed(texts):
    """The denial (negations out) lies 0.52 from the first English unit and 0.73 from the sentence."""
    denial = affirmed(AR, "ar")
    at = {denial: 0.0, EN1: np.arccos(0.52), f"{EN1} {EN2}": np.arccos(0.73)}
    return np.stack([np.array([np.cos(at.get(t, 1.5)), np.sin(at.get(t, 1.5))]) for t in texts])


def test_a_denial_is_compared_with_the_whole_sentence_of_a_cut_plain_unit():
    check = _FlatDenial(_embed)
    en, ar = UNITS["en"][0], UNITS["ar"][0]
    assert check(en, ar, SIBLINGS) == ["polarity: d1 affirms, d2 denies"]
    assert check(en, ar) == []  # the unit alone stays under the floor


def test_a_denial_cut_into_units_too_keeps_the_unit_pair():
    cut = {"d1:s4": UNITS["en"], "d2:s4": [UNITS["ar"][0], Unit("d2", "d2:s4", "x", 0, 1, "ar")]}
    assert _FlatDenial(_embed)(UNITS["en"][0], UNITS["ar"][0], cut) == []
