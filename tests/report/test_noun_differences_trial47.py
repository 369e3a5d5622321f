"""Two aligned sentences of two languages that each give one exact count of a noun no measure knows, and the
counts differ, carry the difference (trial47 F8: "Rescuers pulled 180 survivors from the water." / "Die Retter
zogen 60 Überlebende aus dem Wasser." was a shared claim with no note: "survivors" / "überlebend" are no one
unit key, and two exact figures were never set side by side). Not judged a contradiction: of two languages
such nouns may count two things. (Survivors are a known measure since trial48 F11: crates stand in.)"""

from __future__ import annotations

import pytest

from storylens.analysis.claims import Unit
from storylens.models import NOUNS_NOT_JUDGED
from storylens.report import differs_label
from storylens.report.pipeline import _Measures

# trial48 F11 made survivors a known measure (the people rescued, "measures" "rescued"): a noun no measure knows
CRATES = {
    "en": "Rescuers pulled 180 crates from the water.",
    "de": "Die Retter zogen 60 Kisten aus dem Wasser.",
    "fr": "Les secouristes ont sorti 60 caisses de l'eau.",
    "es": "Los rescatistas sacaron 60 cajas del agua.",
}


def _unit(doc: str, text: str, lang: str) -> Unit:
    return Unit(doc, f"{doc}:s1", text, 0, len(text), lang)


def _measures() -> _Measures:
    return _Measures({"d1": "2025-08-03", "d2": "2025-08-03"})


@pytest.mark.parametrize("other", ["de", "fr", "es"])
def test_two_exact_counts_of_two_languages_nouns_differ(other):
    a, b = _unit("d1", CRATES["en"], "en"), _unit("d2", CRATES[other], other)
    measures = _measures()
    assert measures.measure_conflicts(a, b) == []  # no contradiction claimed
    assert measures.figure_differences(a, b) == []  # nor "not a contradiction"
    assert measures.noun_differences(a, b) == [("crates", "180", "60")]
    assert [(left, right) for _, left, right in measures.noun_differences(b, a)] == [("60", "180")]


@pytest.mark.parametrize(("a", "la", "b", "lb"), [
    ("Rescuers pulled 60 crates from the water.", "en", CRATES["de"], "de"),  # the same figure
    ("Rescuers pulled 180 crates from the water.", "en", "Rescuers found 60 bodies in the water.", "en"),  # one language
    ("About 180 crates were pulled from the water.", "en", CRATES["de"], "de"),  # a rounded figure
    ("Rescuers pulled 180 crates and 12 bodies from the water.", "en", CRATES["de"], "de"),  # two figures
    ("Rescuers pulled 180 people from the water.", "en", "Die Retter zogen 60 Überlebende aus dem Wasser.", "de"),  # known measures
])
def test_no_noun_difference(a, la, b, lb):
    assert _measures().noun_differences(_unit("d1", a, la), _unit("d2", b, lb)) == []


def test_the_label_of_such_a_line_is_no_verdict():
    assert differs_label(f"crates: 180 vs 60 {NOUNS_NOT_JUDGED}") == "figures differ"  # never "not a contradiction"
