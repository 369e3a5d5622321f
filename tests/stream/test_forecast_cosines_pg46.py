"""The near-duplicate stage's cosines kept as the clustering's forecast (StoreClusterer.nearest_stored, pg46).

nearest_stored works out each new article's cosine to every stored candidate its index answer names; the
clustering's forecast (_pool) used to take the same products again. The ones of vectors the writer holds are
kept for it now: each must be the product _pool would take (the held vector's, not a copy's), read only for
the same article *and* the same vector, and gone with the batch."""

from __future__ import annotations

import random

import numpy as np

from storylens import stream
from storylens.models import RawDocument
from storylens.store import open_store
from storylens.stream import load_clusterer

_WORDS = {
    "ferry": "ferry harbour captain passengers storm coast guard rescue boat crew sank island port waves",
    "budget": "budget minister parliament taxes deficit spending vote coalition finance treasury debt reform",
    "quake": "earthquake magnitude tremor buildings collapsed rescuers rubble epicentre aftershock province",
}


def _doc(topic: str, seed: int) -> RawDocument:
    rng = random.Random(seed)
    words = _WORDS[topic].split()
    text = " ".join(" ".join(rng.choice(words) for _ in range(12)).capitalize() + "." for _ in range(8))
    return RawDocument(f"{topic}-{seed}.txt", text, metadata={"title": f"{topic} {seed}", "published": "2026-11-20"})


def test_the_forecast_holds_the_products_pool_takes_for_that_vector_only(tmp_path, hashing_embedder):
    store = open_store(str(tmp_path / "s.db"))
    stream.ingest([_doc(t, i) for i in range(6) for t in _WORDS], store, embedder=hashing_embedder)
    new = [_doc(t, 100 + i) for i in range(2) for t in _WORDS]
    vectors = hashing_embedder.embed([d.text for d in new])
    ids = [f"new{i}" for i in range(len(new))]
    with store.writer():
        clusterer = load_clusterer(store)
        clusterer.nearest_stored(ids, vectors, [None] * len(ids))
        held = clusterer._rows.held()
        seen = 0
        for aid, vec in zip(ids, vectors):
            unit = vec / float(np.linalg.norm(vec))
            kept_vec, known = clusterer._forecast[aid]
            assert np.array_equal(kept_vec, unit)
            for c, sim in known.items():  # the held vector's product, bit for bit
                assert sim == float(held[c].vector.dot(unit))
                seen += 1
            # _pool for that article: the same cosines; for another vector of the same id: its own
            pooled = {c: s for s, _pos, c in clusterer._pool(unit, 10**6, aid, held_only=True)}
            assert pooled and all(pooled[c] == known[c] for c in pooled)
            other = -unit
            again = {c: s for s, _pos, c in clusterer._pool(other, 10**6, aid, held_only=True)}
            assert again and all(s == float(held[c].vector.dot(other)) for c, s in again.items())
            assert any(again[c] != pooled[c] for c in again)
        assert seen >= len(ids)  # candidates came with held vectors
        clusterer.take_delta()
        assert clusterer._forecast == {}  # gone with the batch: the next one's articles work theirs out
    store.close()
