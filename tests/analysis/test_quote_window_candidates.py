"""The window candidates of quote matching picked from matrices of all quote pairs at once (issue 16:
798 quotes at 80 BASIL articles were 637k set intersections), the same as the pair loop picked."""

from __future__ import annotations

import numpy as np
import pytest

from storylens.analysis.quotes import _match
from storylens.models import Quote

TEXTS = [
    ("a", "ideological diversion"),
    ("a", "they attack the underground economy with ideological sabotage every day"),
    ("b", "ideological sabotage of the underground economy is what they attack"),
    ("b", "the economy grew"),
    ("c", "nobody spoke about the economy or any ideological diversion that day at all"),
    ("c", "diversion"),
    ("d", "ideological sabotage and diversion in the economy hurt the people of the country"),
    ("d", "a day of ideological sabotage and more diversion of the economy, they said"),
]


def _window_candidates_loop(i, quotes, words, stems, sim_c, k):
    """The loop over every other quote that matching used before (reference)."""
    per_doc: dict[str, list[tuple[float, int]]] = {}
    for j, other in enumerate(quotes):
        if other.doc == quotes[i].doc or len(words[j]) <= k + 1 or not (stems[i] & stems[j]):
            continue
        per_doc.setdefault(other.doc, []).append((float(sim_c[i, j]) + _match._containment(stems[i], stems[j]), j))
    return [j for ranked in per_doc.values() for _, j in sorted(ranked, reverse=True)[:2]]


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_window_candidates_are_those_of_the_pair_loop(seed):
    quotes = [Quote(f"q{k}", doc, f"s{k}", text, None) for k, (doc, text) in enumerate(TEXTS)]
    words = [_match._WORD.findall(q.text) for q in quotes]
    stems = [_match._stems(q.text) for q in quotes]
    rng = np.random.default_rng(seed)
    sim_c = rng.random((len(quotes), len(quotes))).astype(np.float32)
    plain = _match._containment_matrix(stems, {})
    doc_of = np.array([q.doc for q in quotes], dtype=object)
    lengths = np.array([len(w) for w in words])
    ranking = sim_c.astype(np.float64) + plain
    picked = 0
    for i, q in enumerate(quotes):
        k = len(words[i])
        got = _match._window_candidates(i, quotes, doc_of != q.doc, lengths, plain, ranking, k)
        assert got == _window_candidates_loop(i, quotes, words, stems, sim_c, k)
        picked += len(got)
    assert picked >= 6  # the texts share words across documents: the test compares real picks


def test_window_similarity_asks_no_pair_its_containment_again(monkeypatch):
    quotes = [Quote(f"q{k}", doc, f"s{k}", text, None) for k, (doc, text) in enumerate(TEXTS)]
    stems = [_match._stems(q.text) for q in quotes]

    class Embedder:
        def embed(self, texts):
            rng = np.random.default_rng(len(texts))
            v = rng.random((len(texts), 4)).astype(np.float32)
            return v / np.linalg.norm(v, axis=1, keepdims=True)

    qv = Embedder().embed([q.text for q in quotes])
    sim_c = np.full((len(quotes), len(quotes)), 0.5, dtype=np.float32)
    plain = _match._containment_matrix(stems, {})
    expected = _match._window_similarity(quotes, stems, qv, Embedder(), {}, sim_c, plain)
    monkeypatch.setattr(_match, "_containment", lambda *a, **k: pytest.fail("a pair's containment computed again"))
    assert _match._window_similarity(quotes, stems, qv, Embedder(), {}, sim_c, plain) == expected
    assert expected  # short quotes found windows in longer ones
