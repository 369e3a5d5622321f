"""Two exact tolls of one event beside one bounded toll both give alike are a contradiction on a pair under the
conflict floor too (new-user trial49 F5): "…3人が死亡し、少なくとも42人がけがをした。" / "…killing five people and
injuring at least 42…" (cosine 0.43-0.50) was "figures differ (not a contradiction): killed: 3 vs 5" while the
headlines' "3人死亡" / "kills five" conflicted. The toll the two share is the anchor (_AnchoredFigures); the same
injured "at least 42" says both read the tally at one moment."""

from __future__ import annotations

import numpy as np
import pytest

from storylens.analysis.claims import AlignedPair, Unit
from storylens.report.pipeline import claim_aligner

_EN = ("A strong earthquake struck the Noto region of Ishikawa prefecture early on Monday, killing five people and "
       "injuring at least 42, local officials said.")


def _orthogonal(texts):
    return np.eye(len(texts), dtype=np.float32)


@pytest.mark.parametrize(
    "text, lang",
    [
        ("石川県によると、倒壊した家屋の下敷きになるなどして3人が死亡し、少なくとも42人がけがをした。", "ja"),
        ("据石川县通报，倒塌房屋造成3人死亡，至少42人受伤。", "zh"),
        ("이시카와현에 따르면 무너진 가옥에 깔리는 등 3명이 숨지고 최소 42명이 다쳤다.", "ko"),
        ("Według władz prefektury zginęły trzy osoby, a co najmniej 42 zostały ranne.", "pl"),
    ],
)
def test_one_moments_tolls_conflict_under_the_floor(text, lang):
    a, b = Unit("d1", "d1:s3", text, 0, len(text), lang), Unit("d2", "d2:s3", _EN, 0, len(_EN), "en")
    pair = AlignedPair(a, b, 0.5, 0.43, 0.2)
    claim = claim_aligner(_orthogonal, [], {"d1": "2026-03-09", "d2": "2026-03-09"})._claim("c1", [a, b], [pair], [pair])
    assert claim.status == "conflicting" and claim.conflict == "killed: 3 vs 5"


def test_two_moments_tolls_only_differ():
    text = "石川県によると、3人が死亡し、少なくとも30人がけがをした。"
    a, b = Unit("d1", "d1:s3", text, 0, len(text), "ja"), Unit("d2", "d2:s3", _EN, 0, len(_EN), "en")
    pair = AlignedPair(a, b, 0.5, 0.43, 0.2)
    claim = claim_aligner(_orthogonal, [], {"d1": "2026-03-09", "d2": "2026-03-09"})._claim("c1", [a, b], [pair], [pair])
    assert claim.status == "shared" and claim.differs is not None and "killed: 3 vs 5" in claim.differs
