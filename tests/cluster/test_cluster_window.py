"""The in-memory clusterer inside a candidate window (a rebuild of a store that has one, sc22):
neighbours only from the window, exactly; a whole-store pass afterwards still sees every article."""

from __future__ import annotations

from datetime import date

import numpy as np

from storylens.cluster import ArticleFeatures, StoryClusterer


def _unit(seed: int, dim: int = 64) -> np.ndarray:
    v = np.random.default_rng(seed).standard_normal(dim).astype(np.float32)
    return v / np.linalg.norm(v)


def _stream() -> list[ArticleFeatures]:
    # Story A's two reports 5 articles apart, four unrelated articles between them.
    base = _unit(1)
    a2 = base + 0.05 * _unit(2)
    arts = [ArticleFeatures("a1", base, frozenset({"ferry", "piraeus"}), date(2024, 3, 1))]
    arts += [ArticleFeatures(f"x{i}", _unit(10 + i), frozenset({f"k{i}"}), date(2024, 3, 1)) for i in range(4)]
    arts.append(ArticleFeatures("a2", a2 / np.linalg.norm(a2), frozenset({"ferry", "piraeus"}), date(2024, 3, 2)))
    return arts


def test_a_window_keeps_an_older_report_out_of_the_neighbours():
    apart, whole = StoryClusterer(), StoryClusterer()
    apart.candidate_window = 3  # a2 sees x1..x3 only
    apart.fit(_stream())
    whole.fit(_stream())
    assert whole.article_story_["a2"] == whole.article_story_["a1"]
    assert apart.article_story_["a2"] != apart.article_story_["a1"]
    wide = StoryClusterer()
    wide.candidate_window = 5  # a1 is the fifth article before a2: inside
    wide.fit(_stream())
    assert wide.article_story_["a2"] == wide.article_story_["a1"]
    # after it, the window (the last 5 of 6) holds x0..x3 and a2, exactly ranked by cosine
    q = _stream()[-1].vector
    got = [a for a, _ in wide._neighbours(q, date(2024, 3, 2))]
    assert sorted(got) == ["a2", "x0", "x1", "x2", "x3"]
    assert got == sorted(got, key=lambda a: -float(wide._vecs[wide._pos[a]] @ q))

def test_window_floors_bound_each_position_and_a_later_whole_store_pass_sees_all(tmp_path):
    c = StoryClusterer()
    c.candidate_window = 1
    c.window_floor = np.array([0, 0, 0, 0, 0, 0])  # every article sees all before it: as no window
    c.fit(_stream())
    assert c.article_story_["a2"] == c.article_story_["a1"]
    assert c._index is not None and c._index.get_current_count() == 0  # scanned, never indexed
    c.save_index(tmp_path / "i.bin")  # a saved index (or refine) holds every article
    assert c._index.get_current_count() == 6
    c.refine()
    assert c.article_story_["a2"] == c.article_story_["a1"]
