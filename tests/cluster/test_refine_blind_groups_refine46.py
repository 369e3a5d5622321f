"""The refine pass keeps a report in a language the sentence encoder does not read in the story the online join put
it in (issue #11, stop 46, N3 of trial60).

Trial59's stream: the Greek, English and Hebrew reports of one Crete quake (the texts here; the cosines USE gave
them in the stream: el/en 0.23, el/he 0.31, en/he 0.13) are one story online -- the Hebrew report joined at 1.00 on
"#81, #10, #14, #30, #4.2, #23" against the story's pooled keys. The refine pass read their cosines at face value and
split the Hebrew report out (7 -> 8 stories); read pair by pair with the online join's rule (the cosine counted as
``blind_sim``, the pair's entity cosine) it split the Greek one too (7 -> 9): a pair's link reads only the keys the
two texts share, the online join those of the whole story. Now a group the grouping split off joins back the group
holding its story-mates of before when the online join would put each of its articles there
(StoryClusterer._blind_rejoin).
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from storylens.cluster import ArticleFeatures, StoryClusterer, entity_keys

from .test_cluster_blind_language_blind57 import _vectors

DATA = Path(__file__).resolve().parents[1] / "data"
QUAKE = [("el", "E7_el"), ("en", "E7_en_a"), ("he", "E7_he")]
GRAM = [[1, .23, .31], [.23, 1, .13], [.31, .13, 1]]


def _clusterer(texts: list[tuple[str, str]], gram: list[list[float]]) -> StoryClusterer:
    c = StoryClusterer(use_dates=False)
    c.partial_fit([ArticleFeatures(f"a{i}", v, entity_keys(t, lang), None, lang)
                   for i, ((lang, t), v) in enumerate(zip(texts, _vectors(gram)))])
    return c


def _quake() -> list[tuple[str, str]]:
    return [(lang, (DATA / "trial59" / f"{name}.txt").read_text("utf-8")) for lang, name in QUAKE]


def test_the_refine_keeps_the_quake_story_the_online_join_made():
    c = _clusterer(_quake(), GRAM)
    assert len(set(c.article_story_.values())) == 1, c.assignments_  # online: one story
    out = c.refine()
    assert len(set(c.article_story_.values())) == 1, c.refine_reasons_
    assert out["split"] == 0 and out["moved"] == 0


def test_read_pair_by_pair_the_rule_split_the_story():
    # what the group rule restores: the pair links alone (trial60 R1's 7 -> 9). Since stop 49 (script50) the Hebrew
    # report's country is read (=greece, which the English report names too), so the pair links keep en/he together
    # and split the Greek report alone: two ways, no longer three
    c = _clusterer(_quake(), GRAM)
    c._blind_rejoin = lambda grouped: grouped
    c.refine()
    assert sorted(Counter(c.article_story_.values()).values()) == [1, 2], c.article_story_
    assert c.article_story_["a1"] == c.article_story_["a2"], c.article_story_


def test_the_rule_joins_nothing_the_stories_before_held_apart():
    # a stream that read the cosines at face value left each report alone (cosines 0.13 to 0.31); the refine's
    # rule restores the online join's decisions, it makes none: no group holds a story-mate of another, and each
    # stays where it was, although the rule scores the Greek report over the cut against the Hebrew one
    c = StoryClusterer(use_dates=False)
    c.blind_sim = None
    texts = _quake()
    c.partial_fit([ArticleFeatures(f"a{i}", v, entity_keys(t, lang), None, lang)
                   for i, ((lang, t), v) in enumerate(zip(texts, _vectors(GRAM)))])
    assert len(set(c.article_story_.values())) == 3, c.assignments_
    c.blind_sim = 0.5
    score = c._group_score("a0", ["a2"])  # the Greek report against the Hebrew one: over the cut on their figures
    assert score is not None and score["score"] >= c.threshold
    before = dict(c.article_story_)
    c.refine()
    assert c.article_story_ == before, c.refine_reasons_


@pytest.mark.parametrize("blind_sim", [0.5, None])
def test_the_rule_is_the_settings(blind_sim):
    # with blind_sim None (the cosine as it is) the refine reads the cosines at face value: the Hebrew report
    # (cosines 0.13 and 0.31) leaves the story, as in trial59 (7 -> 8)
    c = _clusterer(_quake(), GRAM)
    c.blind_sim = blind_sim
    c.refine()
    assert (len(set(c.article_story_.values())) == 1) is (blind_sim is not None), c.article_story_
