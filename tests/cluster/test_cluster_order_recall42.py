"""trial51 F12: a pair of reports in two languages scores alike whichever came first.

Against a story with no member in the article's language, the article's own everyday nouns (words of
its language no other can write) counted ``crosslingual_plain_weight`` in its key norm, but the
story's did not: a German Noto quake report (21 keys, most everyday nouns) held the Japanese report
(5 keys) at an entity cosine of 0.21 when the German came first, and 0.53 the other way round, so
the pair was one story or two by ingest order. The story's unshared everyday nouns now count that
weight too; names count whole on both sides (trial52's Rhodes and Euboea wildfires share "#150" only).
"""

from __future__ import annotations

import numpy as np
import pytest

from storylens.cluster import ArticleFeatures, StoryClusterer


def _unit(v: np.ndarray) -> np.ndarray:
    return v / np.linalg.norm(v)


def _at_cosine(u: np.ndarray, cos: float, rng: np.random.Generator) -> np.ndarray:
    w = rng.normal(size=u.shape)
    w -= (w @ u) * u
    return cos * u + np.sqrt(1 - cos**2) * w / np.linalg.norm(w)


def _pair(cos: float = 0.5):
    rng = np.random.default_rng(11)
    base = _unit(rng.normal(size=32))
    # the German report: the two shared keys, two names of its own and many capitalised nouns
    de = ArticleFeatures("de", base, frozenset({"ishikawa", "#6.2", "noto", "tokio"}
                                               | {f"%wort{k}" for k in range(17)}), None, "de")
    # the Japanese report: few keys, most of them shared
    ja = ArticleFeatures("ja", _unit(_at_cosine(base, cos, rng)), frozenset({"@ishikawa", "#6.2", "#12", "#1"}),
                         None, "ja")
    return de, ja


def _second(first: ArticleFeatures, second: ArticleFeatures, **kw):
    c = StoryClusterer(use_dates=False, **kw)
    c.partial_fit([first])
    return c, c.partial_fit([second])[0]


def test_a_cross_lingual_pair_scores_alike_in_either_order():
    de, ja = _pair()
    _, a = _second(de, ja)
    _, b = _second(ja, de)
    assert not a.new_story and not b.new_story, (a.reason, b.reason)
    assert a.score == pytest.approx(b.score, abs=0.03), (a.reason, b.reason)


def test_the_story_side_weighs_its_unshared_words_as_the_article_side():
    de, ja = _pair()
    # plain weight 1 counts every key on both sides (no discount): the pair stays apart in both orders
    for first, second in ((de, ja), (ja, de)):
        _, a = _second(first, second, crosslingual_plain_weight=1.0)
        assert a.new_story, a.reason


def test_one_language_counts_every_key_as_before():
    de, ja = _pair()
    de2 = ArticleFeatures("de2", ja.vector, frozenset({"ishikawa", "#6.2", "#12", "#1"}), None, "de")
    _, a = _second(de, de2)
    # same language: the story's 17 nouns count whole (entity cosine well under the cross-lingual one)
    _, b = _second(de, ja)
    assert a.score < b.score - 0.1, (a.reason, b.reason)


def test_nothing_shared_still_joins_on_nothing():
    de, ja = _pair(cos=0.55)
    other = ArticleFeatures("ja2", ja.vector, frozenset({"@osaka", "#40"}), None, "ja")
    _, a = _second(de, other)
    assert a.new_story, a.reason


def test_a_restored_writer_scores_as_one_that_ran_on():
    de, ja = _pair()
    c = StoryClusterer(use_dates=False)
    c.partial_fit([de])
    restored = StoryClusterer.from_state(c.state())
    assert restored.partial_fit([ja])[0].score == pytest.approx(c.partial_fit([ja])[0].score, abs=1e-12)


def test_a_lone_shared_number_does_not_join_two_places_in_either_order():
    """trial52: an English Rhodes wildfire and a German Euboea one a week later share only "#150" (evacuated);
    discounting names on either side joined them in one order."""
    rng = np.random.default_rng(5)
    base = _unit(rng.normal(size=32))
    en = ArticleFeatures("en", base, frozenset({"#150", "=greece", "=associated press", "athens", "greek", "rhodes"}),
                         None, "en")
    de = ArticleFeatures("de", _unit(_at_cosine(base, 0.55, rng)),
                         frozenset({"#150", "euboa"} | {f"%wort{k}" for k in range(11)}), None, "de")
    for first, second in ((en, de), (de, en)):
        _, a = _second(first, second)
        assert a.new_story, a.reason
