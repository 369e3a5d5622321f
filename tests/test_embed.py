import numpy as np

from storylens.embed import CachedEmbedder


def test_cross_lingual_similarity(embedder):
    v = embedder.embed([
        "The president thanked Putin for his quick help.",
        "Der Präsident dankte Putin für seine schnelle Hilfe.",
        "Heavy rain flooded the football stadium in Manchester.",
    ])
    assert v.shape == (3, 512)
    assert np.allclose(np.linalg.norm(v, axis=1), 1, atol=1e-4)
    assert v[0] @ v[1] > 0.6 > v[0] @ v[2]


def test_disk_cache_round_trip(tmp_path, embedder):
    path = tmp_path / "cache.sqlite"
    first = CachedEmbedder(embedder.embedder, path)
    a = first.embed(["Protesters stormed the airport.", "Protesters stormed the airport."])
    assert np.allclose(a[0], a[1])

    class Exploding:
        model_id = embedder.model_id
        dim = 512

        def embed(self, texts):
            raise AssertionError("should have come from the cache")

    second = CachedEmbedder(Exploding(), path)
    assert np.allclose(second.embed(["Protesters stormed the airport."])[0], a[0])
    assert second.embed([]).shape == (0, 512)
