"""A Traditional Chinese denial against its affirmation (stop 79's tester): "數千名工人已經兩個月沒收入了" against
"Thousands of workers have had an income for the past two months" stayed shared while its Simplified form conflicted.
USE read the affirmed Traditional text 0.59 from the English, under the cross floor, its Simplified form 0.75; the
check reads a Chinese text in both forms (text._hanzi.han_lookup_form) and takes the nearer ("市長收受了5萬元賄款"
reads 0.66, its Simplified form 0.60, so the Simplified form alone would lose that one)."""

from __future__ import annotations

import numpy as np

from storylens.analysis.claims import Unit
from storylens.analysis.conflicts import affirmed
from storylens.report.pipeline import _FlatDenial
from storylens.text._hanzi import han_lookup_form

EN = "Thousands of workers have had an income for the past two months."
HANT = "數千名工人已經兩個月沒收入了。"
HANS = "数千名工人已经两个月没收入了。"


def _embedder(cosines: dict[str, float]):
    """Texts at the given cosine from EN (EN itself at 1); any other text far off."""
    def embed(texts):
        at = {EN: 0.0, **{t: float(np.arccos(c)) for t, c in cosines.items()}}
        return np.stack([np.array([np.cos(at.get(t, 1.5)), np.sin(at.get(t, 1.5))]) for t in texts])
    return embed


def _units(zh: str) -> tuple[Unit, Unit]:
    return Unit("d1", "d1:s1", zh, 0, len(zh), "zh"), Unit("d2", "d2:s1", EN, 0, len(EN), "en")


def test_a_traditional_denial_is_read_in_its_simplified_form_too():
    aff = affirmed(HANT, "zh")
    assert aff == "數千名工人已經兩個月收入了。" and han_lookup_form(aff, "zh") == affirmed(HANS, "zh")
    check = _FlatDenial(_embedder({aff: 0.59, han_lookup_form(aff, "zh"): 0.75}))
    assert check(*_units(HANT)) == ["polarity: d1 denies, d2 affirms"]


def test_the_nearer_form_counts_and_a_pair_far_in_both_forms_stays_shared():
    aff = affirmed(HANT, "zh")
    assert _FlatDenial(_embedder({aff: 0.66, han_lookup_form(aff, "zh"): 0.59}))(*_units(HANT)) == [
        "polarity: d1 denies, d2 affirms"]
    assert _FlatDenial(_embedder({aff: 0.5, han_lookup_form(aff, "zh"): 0.55}))(*_units(HANT)) == []


def test_a_simplified_denial_is_read_once():
    seen: list[str] = []
    inner = _embedder({affirmed(HANS, "zh"): 0.75})

    def embed(texts):
        seen.extend(texts)
        return inner(texts)

    assert _FlatDenial(embed)(*_units(HANS)) == ["polarity: d1 denies, d2 affirms"]
    assert sorted(seen) == sorted([affirmed(HANS, "zh"), EN])
