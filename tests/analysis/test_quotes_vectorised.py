"""The quote matcher's pruned word-overlap matrix gives what the full matrix gave (issue 16: the
full ``cdist`` of every quotation against every other was a sixth of an 80-article comparison)."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
import pytest
from anyascii import anyascii
from rapidfuzz import fuzz
from rapidfuzz.process import cdist

from storylens.analysis.quotes import _match, extract_quote_spans, match_quotes
from storylens.embed import HashingEmbedder

BENCH = Path(__file__).resolve().parents[2] / "benchmarks"
sys.path.insert(0, str(BENCH))

from _lib.ledger_score import BASIL, SEMEVAL_DEV, gold_files, gold_text_files, load_gold

TEXTS = [
    "We will not leave anyone alone, we will rebuild every house.",
    "we will rebuild every house and we will not leave anyone alone",
    "Nous ne laisserons personne seul.",
    "Non lasceremo nessuno da solo, ricostruiremo ogni casa.",
    "«Мы никого не оставим», — сказал он.",
    "我们不会抛下任何人。",
    "",
    "alone alone alone",
    "Wir werden niemanden allein lassen.",
]


def _full(texts):
    return cdist(texts, texts, scorer=fuzz.token_set_ratio, workers=1) / 100.0


def test_the_triangle_equals_the_full_matrix_on_every_wanted_cell():
    texts = [anyascii(t).lower() for t in TEXTS]
    full = _full(texts)
    assert np.array_equal(full, full.T)  # token_set_ratio is symmetric, to the bit
    n = len(texts)
    everything = ~np.eye(n, dtype=bool)
    got = _match._lexical_matrix(texts, everything)
    assert got.dtype == full.dtype and np.array_equal(got[everything], full[everything])
    some = np.zeros((n, n), dtype=bool)
    some[0, 1] = some[1, 0] = some[3, 8] = some[8, 3] = True
    got = _match._lexical_matrix(texts, some)
    assert np.array_equal(got[some], full[some]) and not got[~some].any()
    assert got[0, 1] > 0.9  # the same words in another order


def test_cells_the_score_never_reads_do_not_change_it():
    # _pair_score_matrix reads the overlap of same-language pairs with more than two stems each only
    rng = np.random.default_rng(7)
    n = 14
    q, c, lex, cont = (rng.random((n, n)) for _ in range(4))
    shortest = np.minimum.outer(rng.integers(1, 6, n), rng.integers(1, 6, n))
    same = (rng.random((n, n)) > 0.5).astype(float)
    cross = rng.random((n, n)) > 0.6
    read = ~cross & (shortest > 2)
    full = _match._pair_score_matrix(q, c, lex, cont, shortest, same, cross)
    pruned = _match._pair_score_matrix(q, c, np.where(read, lex, 0.0), cont, shortest, same, cross)
    assert np.array_equal(full, pruned)
    ceiling = _match._pair_score_matrix(q, c, np.ones((n, n)), cont, shortest, same, cross)
    assert (ceiling >= full).all()  # the bound match_quotes prunes with


class _Remembered(HashingEmbedder):
    """HashingEmbedder that embeds each text once for the test: its rows are each text's alone (a bag of the text's
    own words, normalised per row), so a text's vector is the same whatever batch it is in. The gold test below asks
    for the same quotations' vectors eight times a file (the full and contained matrices, and the pruned matrix and
    match_quotes at three thresholds): 440 calls; the test 3.63 -> 3.10 s at load ~1 (suite80b)."""

    def __init__(self):
        super().__init__()
        self._rows: dict[str, np.ndarray] = {}

    def embed(self, texts):
        new = list(dict.fromkeys(t for t in texts if t not in self._rows))
        if new:
            self._rows.update(zip(new, super().embed(new)))
        return np.array([self._rows[t] for t in texts], dtype=np.float32).reshape(len(texts), self.dim)


@pytest.mark.skipif(not (BASIL.exists() and SEMEVAL_DEV.exists()), reason="shared data not mounted")
def test_pruned_matching_equals_the_full_matrix_on_the_gold_sets(tmp_path):
    from storylens.report.compare import Comparer

    comparer = Comparer(cache=False)
    embedder = _Remembered()  # the fast tier's stand-in for USE: same vectors in both paths
    matched = 0
    for path in gold_files():
        gold = load_gold(path)
        docs, _, _ = comparer.load(gold_text_files(gold, tmp_path, path.stem))
        quotes = extract_quote_spans(docs)
        if not quotes:
            continue
        # the reference: every score exact, as before pruning (quote_pair_scores reads them all); none of it
        # depends on the threshold, so it is computed once per gold file (each was 3x, once per threshold)
        full = _match.quote_pair_scores(quotes, docs, embedder)
        texts = [anyascii(q.text).lower() for q in quotes]
        n = len(quotes)
        everything = ~np.eye(n, dtype=bool)
        assert np.array_equal(_match._lexical_matrix(texts, everything)[everything],
                              _full(texts)[everything]), path.name
        doc_of = [q.doc for q in quotes]
        _, contained = _match._pair_matrices(quotes, docs, embedder)
        for threshold in (_match.DEFAULT_MATCH_THRESHOLD, 0.25, 0.6):
            pruned, _ = _match._pair_matrices(quotes, docs, embedder, below=threshold)
            exact = full >= threshold
            assert np.array_equal(pruned[exact], full[exact]), path.name
            assert (pruned[~exact] < threshold).all(), path.name
            got = match_quotes(quotes, docs, embedder, threshold=threshold)
            pairs = _match._select_pairs(full, doc_of, threshold, contained)
            pairs |= _match._repeat_pairs(quotes, full, pairs, threshold, _match._crosslingual_pairs(docs))
            want = {(quotes[i].id, quotes[j].id, round(float(full[i, j]), 3)) for i, j in pairs}
            have = {(q.id, m.quote, m.score) for q in got for m in q.matches if q.id < m.quote}
            assert have == {(min(a, b), max(a, b), s) for a, b, s in want}, path.name
            matched += len(have)
    assert matched > 0  # the gold sets hold matched quotations: the comparison is not vacuous
