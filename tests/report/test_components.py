"""Components: typed models for analyse(), loaded once, safe to share between threads."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

import numpy as np

from storylens.report.compare import Comparer
from storylens.report.pipeline import Components, analyse

A = ("Kazakhstan's president Kassym-Jomart Tokayev ordered troops to fire without warning. "
     "Protesters stormed the airport in Almaty on Wednesday. Russia sent paratroopers as part of a CSTO mission.")
B = ("Präsident Kassym-Schomart Tokajew gab den Schießbefehl ohne Vorwarnung. "
     "Demonstranten stürmten am Mittwoch den Flughafen von Almaty. Russland schickte Fallschirmjäger der OVKS.")


class HashEmbedder:
    """A deterministic stand-in encoder (character trigrams): this test is about threads, not meaning."""

    dim = 128

    def embed(self, texts):
        out = np.zeros((len(texts), 128), dtype=np.float32)
        for r, t in enumerate(texts):
            for i in range(len(t) - 2):
                out[r, hash(t[i : i + 3].lower()) % 128] += 1
        return out / np.maximum(np.linalg.norm(out, axis=1, keepdims=True), 1e-9)


def _summary(comparison):
    return ([(c.status, tuple(e.sentence for e in c.evidence)) for c in comparison.claims],
            sorted(tuple(sorted(e.variants)) for e in comparison.entities))


def test_components_load_each_model_once_and_are_typed():
    comparer = Comparer(embedder=HashEmbedder(), similarity_model="fast")
    components = comparer.components
    assert isinstance(components, Components)
    assert components.entity_extractor is components.entity_extractor
    assert components.detail_finder.nlp_lock is components.nlp_lock is components.entity_extractor.nlp_lock


def test_one_comparer_shared_by_threads_gives_the_sequential_result():
    comparer = Comparer(embedder=HashEmbedder(), similarity_model="fast")
    docs, _, _ = comparer.load([A, B])
    expected = _summary(analyse(comparer.components, docs))
    with ThreadPoolExecutor(max_workers=3) as pool:
        results = list(pool.map(lambda _: _summary(comparer.compare_documents(docs)), range(8)))
    assert all(r == expected for r in results)


def test_shipped_similarity_objects_from_the_cache_equal_a_fresh_load(tmp_path, monkeypatch):
    import pickle
    from pathlib import Path

    from storylens import similarity as sim
    from storylens.report import pipeline
    from storylens.similarity import Gazetteer, SimilarityModel

    monkeypatch.setenv("STORYLENS_CACHE_DIR", str(tmp_path))
    for variant in ("full", "fast"):
        pipeline._shipped_similarity(variant)  # builds and writes
        cached, fresh = pipeline._shipped_similarity(variant), SimilarityModel.load(variant)
        assert pickle.dumps(cached.models_) == pickle.dumps(fresh.models_)
        assert (cached.threshold_, cached.meta_, cached.feature_names_) == (fresh.threshold_, fresh.meta_,
                                                                           fresh.feature_names_)
    pipeline._shipped_gazetteer(reread=True)  # builds and writes
    cached = pipeline._shipped_gazetteer(reread=True)  # read back
    fresh = Gazetteer.load(Path(sim.__file__).parents[1] / "data" / sim.GAZETTEER_FILE)  # the JSON itself
    fresh.openings, fresh.word_cities  # noqa: B018 - the indexes the kept tables hold
    assert vars(cached) == vars(fresh)
    assert len(list((tmp_path / "derived").glob("*.pickle"))) == 3
