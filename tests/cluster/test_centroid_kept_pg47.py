"""A story's centroid is computed once per vector sum, and an article's key norm once per article (stop 47,
issue #13): the online join scores each candidate story once per article, and a batch's articles share most of
their candidate stories. The values are the ones computed each time before."""

from __future__ import annotations

import math
from collections import Counter

import numpy as np
import pytest

from storylens.cluster import ArticleFeatures, StoryClusterer, StoryState


def test_centroid_is_kept_until_the_sum_changes() -> None:
    vec = np.array([3.0, 4.0, 0.0], dtype=np.float32)
    st = StoryState("S", ["a"], vec.copy(), None, None)
    first = st.centroid
    assert st.centroid is first  # kept, not computed again
    assert first.tobytes() == (vec / float(np.linalg.norm(vec))).tobytes()
    with pytest.raises(ValueError):
        first[0] = 1.0  # the kept array is read-only: a caller cannot change the next caller's centroid
    st.vector_sum = st.vector_sum + np.array([0.0, 0.0, 5.0], dtype=np.float32)  # a join: a new sum array
    second = st.centroid
    assert second is not first
    expect = st.vector_sum / float(np.linalg.norm(st.vector_sum))
    assert second.tobytes() == expect.tobytes()
    zero = StoryState("Z", ["b"], np.zeros(3, dtype=np.float32), None, None)
    assert zero.centroid.tobytes() == np.zeros(3, dtype=np.float32).tobytes()
    assert zero.centroid is not zero.vector_sum


def test_clusterer_joins_read_the_new_centroid() -> None:
    rng = np.random.default_rng(2)
    base = rng.standard_normal(16).astype(np.float32)
    arts = [ArticleFeatures(f"a{i}", (base + 0.05 * rng.standard_normal(16)).astype(np.float32),
                            frozenset({"Ferry", "Paros"}), None, "en") for i in range(6)]
    c = StoryClusterer(n_neighbors=5, centroid_weight=0.5)
    c.partial_fit(arts)
    for st in c.stories_.values():
        expect = st.vector_sum / float(np.linalg.norm(st.vector_sum))
        assert st.centroid.tobytes() == expect.tobytes()


def test_article_norm_once_per_article_same_value() -> None:
    c = StoryClusterer()
    c.partial_fit([ArticleFeatures("x", np.ones(4, dtype=np.float32), frozenset({"Athens", "Ferry"}), None, "en")])
    story = next(iter(c.stories_.values()))
    idf_a = {"Athens": 1.5, "Ferry": 2.0, "Paros": 3.0}
    idf_b = {"Athens": 1.5, "Ferry": 0.5}
    for idf in (idf_a, idf_b, idf_a):
        got = c._entity_cosine(idf, ["Athens", "Ferry"], story)
        dot = sum(idf[e] ** 2 * story.entity_counts[e] for e in ("Athens", "Ferry"))
        norm = math.sqrt(math.fsum(w * w for w in idf.values()))
        assert got == dot / (norm * story.entity_norm(c._idf, len(c._ids)))
    assert c._art_norm is not None and c._art_norm[0] is idf_a
    assert isinstance(story.entity_counts, Counter)
