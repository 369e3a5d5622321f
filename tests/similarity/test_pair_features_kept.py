"""The pair features' per-pair loop with each side's parts kept (issue 16: 3,160 pairs at 80 BASIL
articles): vector lengths, log term weights, the top three cosines without a full sort and the
coverage shares give the very floats the straightforward formulas gave (written out here)."""

from __future__ import annotations

import math

import numpy as np
import pytest

from storylens import similarity as sim


def _reference_embedding_features(a: sim._sides._Side, b: sim._sides._Side) -> tuple[list[float], float]:
    """The embedding features as computed before the side's norms were kept (each taken per pair)."""
    def cos(x, y):
        nx, ny = float(np.linalg.norm(x)), float(np.linalg.norm(y))
        return float(x @ y / (nx * ny)) if nx and ny else 0.0

    s = a.vecs @ b.vecs.T
    best1, best2 = s.max(axis=1), s.max(axis=0)
    flat = np.sort(s.ravel())[::-1]
    chunk = a.chunks @ b.chunks.T
    c1, c2 = float(chunk.max(axis=1).mean()), float(chunk.max(axis=0).mean())
    covers = []
    for t in (0.5, 0.65, 0.8):
        x, y = float((best1 >= t).mean()), float((best2 >= t).mean())
        covers += [min(x, y), max(x, y)]
    b1, b2 = float(best1.mean()), float(best2.mean())
    values = [cos(a.whole, b.whole), cos(a.mean, b.mean), float(s[0, 0]), cos(a.head, b.head), cos(a.tail, b.tail),
              max(cos(a.head, b.tail), cos(a.tail, b.head)), float(s.mean()), b1, b2, min(b1, b2), max(b1, b2),
              (b1 + b2) / 2, *covers, float(flat[0]), float(flat[:3].mean()), min(c1, c2), max(c1, c2),
              max(cos(a.vecs[0], b.whole), cos(b.vecs[0], a.whole))]
    aligned = (float((best1 >= 0.65).mean()) + float((best2 >= 0.65).mean())) / 2
    return values, aligned


def _side(rng: np.random.Generator, n: int, tied: bool = False) -> sim._sides._Side:
    vecs = rng.normal(size=(n, 16)).astype(np.float32)
    if tied and n > 1:
        vecs[1] = vecs[0]  # equal cosines: the top three hold a tie
    vecs /= np.linalg.norm(vecs, axis=1, keepdims=True)
    whole = rng.normal(size=16).astype(np.float32)
    return sim._sides._Side(info=None, whole=whole, vecs=vecs, lead=None)  # type: ignore[arg-type]


@pytest.mark.parametrize("na,nb", [(1, 1), (1, 2), (2, 2), (1, 4), (3, 5), (7, 9), (12, 30)])
def test_embedding_features_are_the_same_floats_as_the_formulas_per_pair(na, nb):
    rng = np.random.default_rng(na * 100 + nb)
    for tied in (False, True):
        a, b = _side(rng, na, tied), _side(rng, nb, tied)
        got, aligned = sim._banks._embedding_features(a, b)
        want, want_aligned = _reference_embedding_features(a, b)
        assert got == want and aligned == want_aligned  # equal floats, not close ones
        assert all(type(v) is float for v in [*got, aligned])


def test_top_three_is_the_head_of_the_descending_sort_and_shares_are_the_means():
    rng = np.random.default_rng(7)
    for n in range(1, 12):
        for values in (rng.normal(size=n).astype(np.float32), np.round(rng.normal(size=n), 1).astype(np.float32)):
            flat = np.sort(values)[::-1]
            top = sim._banks._top3(values.copy())
            assert top.tolist() == flat[:3].tolist() and float(top.mean()) == float(flat[:3].mean())
            mask = values >= 0.1
            assert sim._banks._share(mask) == float(mask.mean()) and type(sim._banks._share(mask)) is float


def _terms(text: str) -> dict[str, int]:
    return sim._sides._terms(sim._common._fold(text))


TEXTS = (
    "Zelensky meets Biden in Washington; Zelensky asks for Patriot missiles, Biden promises 2,300 more.",
    "Biden and Zelensky met in Washington on Wednesday: Patriot missiles and aid worth 2,300 million.",
    "Tokayev dissolved the government of Kazakhstan as protests spread to Almaty and Almaty's airport.",
    "Токаев отправил правительство Казахстана в отставку после протестов в Алматы.",
    "Storm hits Berlin. Trees fell across Berlin overnight and trains stopped; trains stopped again.",
)


def _reference_features(table: sim.TermTable, a: dict[str, int], b: dict[str, int]) -> list[float]:
    """TermTable.features of a scoring pair as written before the log weights were kept."""
    def df(w):
        return max(table.df.get(w, 1), 1)

    def idf(w):
        return math.log((table.docs + 1) / (df(w) + 1)) + 1.0

    def norm(terms):
        out = 0.0
        for w, k in terms.items():
            out += ((1 + math.log(k)) * idf(w)) ** 2
        return math.sqrt(out) or 1.0

    shared = sorted(a.keys() & b.keys())  # summed in a fixed order, as the table does (perf23)
    weights = {w: idf(w) for w in shared}
    dot = sum((1 + math.log(a[w])) * (1 + math.log(b[w])) * weights[w] ** 2 for w in shared)
    return [dot / (norm(a) * norm(b)), float(sum(1 for w in shared if df(w) <= sim.RARE_DF)),
            sum(weights[w] for w in shared) / max(1, min(len(a), len(b)))]


def test_term_features_and_title_cosines_with_kept_log_weights_are_the_same_floats():
    terms = [_terms(t) for t in TEXTS]
    table = sim.TermTable.count(terms[1:], min_df=1)
    for _ in range(2):  # the second round reads the kept weights and lengths
        for a in terms:
            for b in terms:
                assert table.features(a, b) == _reference_features(table, a, b)
                assert table.cosine(a, b) == _reference_features(table, a, b)[0]
    heads = [(_terms(t.split(";")[0]), _terms(t)) for t in TEXTS]
    got = table.title_features(heads[0], heads[1])
    ab, ba = (_reference_features(table, heads[0][0], heads[1][1])[0],
              _reference_features(table, heads[1][0], heads[0][1])[0])
    assert got == [max(ab, ba), min(ab, ba), _reference_features(table, heads[0][0], heads[1][0])[0]]
    # leaving texts out (training) reads no kept value: the same as a table that never counted them
    rest = sim.TermTable.count(terms[2:], min_df=1)
    assert table.cosine(terms[0], terms[2], [terms[1]]) == rest.cosine(terms[0], terms[2])
