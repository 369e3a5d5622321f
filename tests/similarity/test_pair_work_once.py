"""Pair features among many articles: the parts that depend on one text only are computed once per
text, not once per pair (issue 16: 80 BASIL articles are 3,160 pairs), with the same values."""

from __future__ import annotations

import pytest

from storylens import similarity as sim


@pytest.fixture(scope="module")
def gazetteer():
    return sim.Gazetteer.load()


TEXTS = (
    "Storm hits Berlin. Trees fell across Berlin overnight and trains stopped.",
    "Storm hits Paris. Trees fell across Paris overnight and trains stopped.",
    "Storm hits Madrid. Trees fell across Madrid overnight and trains stopped.",
)


def test_word_places_are_read_once_per_text_across_its_pairs(embedder, gazetteer, monkeypatch):
    calls: list[str] = []
    real = sim._sides._word_places

    def counting(text, lang, gaz):
        calls.append(text)
        return real(text, lang, gaz)

    monkeypatch.setattr(sim._sides, "_word_places", counting)
    a, b, c = TEXTS
    feats = sim.pair_features([(a, b, "en", "en"), (a, c, "en", "en"), (b, c, "en", "en")], embedder, gazetteer)
    assert all(f.places_only[0] and f.places_only[1] for f in feats)  # every pair asks for both sides
    assert sorted(calls) == sorted(TEXTS)  # once per text, not twice per pair
    monkeypatch.setattr(sim._sides, "_word_places", real)
    alone = sim.pair_features([(a, c, "en", "en")], embedder, gazetteer)[0]
    assert feats[1].places_only == alone.places_only and feats[1].values == pytest.approx(alone.values, nan_ok=True)


class _CountingDict(dict):
    def __init__(self):
        super().__init__()
        self.asked = 0

    def get(self, key, default=None):
        self.asked += 1
        return super().get(key, default)


def _terms(text: str) -> dict[str, int]:
    return sim._sides._terms(sim._common._fold(text))


def test_a_texts_term_length_is_computed_once_per_table():
    table = sim.TermTable.count((_terms(t) for t in TEXTS), min_df=1)
    a, b = _terms(TEXTS[0]), _terms(TEXTS[1])
    first = table.features(a, b)
    counting = _CountingDict()
    counting.update(table._idf)
    table._idf = counting
    again = table.features(a, b)
    # only the shared terms are weighted again; each side's length is kept
    assert counting.asked == len(a.keys() & b.keys())
    fresh = sim.TermTable.count((_terms(t) for t in TEXTS), min_df=1)
    assert again == first == fresh.features(a, b)  # the same floats, not only close ones
    assert fresh.features(a, b, [a]) == sim.TermTable.count((_terms(t) for t in TEXTS), min_df=1).features(a, b, [a])
