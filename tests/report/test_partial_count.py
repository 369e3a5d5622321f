"""A partial count against the final result differs, it does not contradict (trial 17 #12): "With results
from 99.6% of constituencies counted, PiS had 35.6% … KO 30.4%" against "PiS won 35.38% … KO took 30.70%"
was a conflict of the number check ("%: 35.38 / 30.70 vs 35.6 / 30.4") and, under the conflict floor, a
difference that did not say which side was partial."""

from __future__ import annotations

import pytest

from storylens.analysis.claims import Unit
from storylens.report.pipeline import _Measures

FINAL = Unit("d1", "d1:s5", "PiS won 35.38% of the vote and 194 seats, while the Civic Coalition (KO) took 30.70% "
             "and 157 seats.", 0, 100, "en")
PARTIAL = {
    "en": "With results from 99.6% of constituencies counted, PiS had 35.6% of the vote and the Civic Coalition "
          "(KO) 30.4%.",
    "pl": "Po przeliczeniu 99,6% głosów PiS ma 35,6%, a KO 30,4%.",
    "de": "Nach Auszählung von 99,6 Prozent der Stimmen kam die PiS auf 35,6 Prozent, die KO auf 30,4 Prozent.",
}


def _measures() -> _Measures:
    return _Measures({"d1": "2023-10-17", "d2": "2023-10-17"})


@pytest.mark.parametrize("lang", sorted(PARTIAL))
def test_a_partial_count_is_no_conflict_and_its_figures_differ_labelled(lang):
    partial = Unit("d2", "d2:s5", PARTIAL[lang], 0, len(PARTIAL[lang]), lang)
    measures = _measures()
    assert measures.measure_conflicts(FINAL, partial) == []
    differs = measures.figure_differences(FINAL, partial)
    assert len(differs) == 1 and differs[0][0] == "%", differs
    _, final, part = differs[0]
    assert final == "35.38 / 30.70" and "partial, 99" in part and "counted" in part and "35" in part


def test_a_final_figure_still_conflicts():
    other = Unit("d2", "d2:s5", "PiS won 38.1% of the vote, KO 30.70%.", 0, 40, "en")
    assert _measures().measure_conflicts(FINAL, other)
    assert _measures().partial_count(other) is None
