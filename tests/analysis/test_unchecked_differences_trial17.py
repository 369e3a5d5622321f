"""Figures of a shared claim's closest pair under the conflict floor are said to differ (new-user trial
17 #12): an earlier, partial count "PiS had 35.6% … KO 30.4%" aligned with "KO took 30.70%" under the
floor was shared with no ``differs``: a fact-checker saw nothing of the two figures."""

from __future__ import annotations

import numpy as np
import pytest

from storylens.analysis.claims import AlignedPair, Unit
from storylens.report.pipeline import claim_aligner


def _orthogonal(texts):
    return np.eye(len(texts), dtype=np.float32)  # no clause of one unit is close to one of the other


def _unit(doc: str, text: str, lang: str) -> Unit:
    return Unit(doc, f"{doc}:s2", text, 0, len(text), lang)


_FINAL = ("While Donald Tusk's Civic Coalition (KO) took 30.70% and 157 seats.", "en")


@pytest.mark.parametrize(
    "partial",
    [
        ("With results from 99.6% of constituencies counted, PiS had 35.6% of the vote and KO 30.4%.", "en"),
        ("Po przeliczeniu głosów z 99,6 proc. komisji PiS miał 35,6 proc., a KO 30,4 proc.", "pl"),
        ("Nach Auszählung von 99,6 Prozent der Wahlkreise kam die PiS auf 35,6 Prozent, die KO auf 30,4 Prozent.", "de"),
    ],
)
def test_figures_under_the_conflict_floor_differ(partial):
    a, b = _unit("d1", *_FINAL), _unit("d2", *partial)
    aligner = claim_aligner(_orthogonal, [], {})
    under = AlignedPair(a, b, 0.45, 0.45, 0.2)  # under both conflict floors (0.65 / 0.50)
    claim = aligner._claim("c1", [a, b], [under], [under])
    assert claim.status == "shared" and claim.conflict is None
    assert claim.differs is not None and "30.70" in claim.differs and "30,4" in claim.differs.replace("30.4", "30,4")


def test_figures_the_conflict_check_saw_are_not_repeated():
    a = _unit("d1", "Turnout was 74.38%, the PKW said.", "en")
    b = _unit("d2", "Явка составила 68,38%, сообщила ГИК.", "ru")
    aligner = claim_aligner(_orthogonal, [], {})
    over = AlignedPair(a, b, 0.8, 0.8, 0.5)
    claim = aligner._claim("c1", [a, b], [over], [over])
    assert claim.status == "conflicting" and claim.differs is None


def test_a_conflicting_claim_adds_no_figures_of_its_pairs_under_the_floor():
    a = _unit("d1", "Turnout was 74.38%, the PKW said.", "en")
    b = _unit("d2", "Явка составила 68,38%, сообщила ГИК.", "ru")
    c = _unit("d3", "وبلغت نسبة المشاركة 74.38%.", "ar")
    aligner = claim_aligner(_orthogonal, [], {})
    pairs = [AlignedPair(a, b, 0.8, 0.8, 0.5), AlignedPair(b, c, 0.45, 0.45, 0.2), AlignedPair(a, c, 0.8, 0.8, 0.5)]
    claim = aligner._claim("c1", [a, b, c], pairs, pairs)
    assert claim.status == "conflicting" and claim.differs is None
