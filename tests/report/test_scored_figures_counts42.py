"""A pair of two languages under the cross-language conflict cosine whose aligner score (cosine with the shared
anchors) reaches ``claim_cross_conflict_score`` is checked for its counts (trial52 F7): «住民約40人が避難した» /
«주민 60여 명이 대피했다» (USE cosine 0.49, score 1.05, shown as "match 1.00") was "figures differ: evacuated: 40
vs 60 (not judged: the sentences are too far apart to check)". Its dates are not judged so: on the ledger gold's
tune half a loosely aligned pl/en pair gave a false "date: 2018 vs 2008"."""

from __future__ import annotations

import numpy as np

from storylens.analysis.claims import AlignedPair, ClaimAligner, Unit
from storylens.models import NOT_JUDGED
from storylens.report.pipeline import _Measures, _ZeroAgainstCount

JA = "熊本県阿蘇市で26日朝、大雨による土砂崩れが発生し、住民約40人が避難した。"
KO = "일본 구마모토현 아소시에서 26일 아침 폭우로 산사태가 발생해 주민 60여 명이 대피했다."


def _unit(doc: str, text: str, lang: str) -> Unit:
    return Unit(doc, f"{doc}:s1", text, 0, len(text), lang)


def _aligner(score_floor: float | None = 0.75) -> ClaimAligner:
    measures = _Measures({"d1": "2026-11-26", "d2": "2026-11-26"})
    return ClaimAligner(embed=lambda texts: np.zeros((len(texts), 2)),
                        conflict_checks=(measures.measure_conflicts, _ZeroAgainstCount(measures)),
                        difference_checks=(measures.figure_differences, measures.unchecked_figures),
                        conflict_cosine=0.65, cross_conflict_cosine=0.50, cross_conflict_score=score_floor)


def _claim(a: Unit, b: Unit, cosine: float, score: float, score_floor: float | None = 0.75):
    return _aligner(score_floor)._claim("c1", [a, b], [AlignedPair(a, b, score, cosine, 0.6)])


def test_a_pair_under_the_floor_with_a_high_score_is_checked_for_counts() -> None:
    claim = _claim(_unit("d1", JA, "ja"), _unit("d2", KO, "ko"), cosine=0.488, score=1.046)
    assert claim.status == "conflicting"
    assert claim.conflict == "evacuated: 40 vs 60"


def test_a_pair_under_the_floor_with_a_low_score_stays_not_judged() -> None:
    claim = _claim(_unit("d1", JA, "ja"), _unit("d2", KO, "ko"), cosine=0.488, score=0.70)
    assert claim.status == "shared"
    assert claim.differs is not None and NOT_JUDGED in claim.differs


def test_without_the_score_floor_the_pair_stays_not_judged() -> None:
    claim = _claim(_unit("d1", JA, "ja"), _unit("d2", KO, "ko"), cosine=0.488, score=1.046, score_floor=None)
    assert claim.status == "shared"


def test_a_same_language_pair_keeps_its_own_floor() -> None:
    a = _unit("d1", "About 40 residents were evacuated after the landslide.", "en")
    b = _unit("d2", "More than 60 people had to leave their homes in Aso on Thursday morning.", "en")
    assert _claim(a, b, cosine=0.488, score=1.046).status == "shared"


def test_the_dates_of_a_scored_pair_are_not_judged() -> None:
    pl = _unit("d1", "Średnia dla całej Unii Europejskiej w 2018 r. wyniosła 9,5 proc.", "pl")
    en = _unit("d2", "In 2008, 9.5% was at risk of poverty in the entire EU.", "en")
    claim = _claim(pl, en, cosine=0.45, score=0.9)
    assert claim.status == "shared", claim.conflict
    # above the floor the same pair's dates are judged, as before
    assert _claim(pl, en, cosine=0.55, score=0.9).status == "conflicting"
