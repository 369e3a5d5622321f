"""The place veto: one topic in two countries is two stories in a stream, one story told from two
cities of one country stays one (texts: tests/data/places/articles.json, written for these tests)."""

from __future__ import annotations

import itertools
import json
from pathlib import Path

import numpy as np
import pytest

from storylens.cluster import ArticleFeatures, StoryClusterer
from storylens.cluster._judge import SimilarityJudge

from ._scored_judge import ScoredJudge

# the trial's full-model judge: 0.64 for a New Zealand rate cut against a Czech rate hike; the place
# rule is the real one, read from the texts (off by default: settings.refine_place_veto)
_TRIAL = {"same_language_cut": 0.85, "place_veto": True}

DATA = json.loads((Path(__file__).parents[1] / "data" / "places" / "articles.json").read_text(encoding="utf-8"))
STORY = DATA["copiapo"]  # one mine collapse near Copiapó in nine languages
PAIRS = DATA["two_countries"]  # rate decisions in New Zealand / Czechia, mine collapses in Chile / Turkey, ...


def _stream(articles: list[dict]) -> tuple[StoryClusterer, dict[str, str]]:
    """All articles one story online (the vectors alike, as one topic's are), no dates."""
    rng = np.random.default_rng(0)
    base = rng.normal(size=64)
    feats = []
    for a in articles:
        v = base + 0.05 * rng.normal(size=64)
        feats.append(ArticleFeatures(a["id"], (v / np.linalg.norm(v)).astype(np.float32), frozenset(), None, a["lang"]))
    c = StoryClusterer(use_dates=False).fit(feats)
    assert len(c.stories_) == 1  # the online pass put the topic in one story
    return c, {a["id"]: a["text"] for a in articles}


@pytest.mark.parametrize("pair", PAIRS, ids=[f"{a['id']}|{b['id']}" for a, b in PAIRS])
def test_one_topic_in_two_countries_stays_apart_in_a_stream(pair, hashing_embedder):
    c, texts = _stream(pair)
    judge = ScoredJudge({frozenset(texts.values()): 0.64}, hashing_embedder, **_TRIAL)
    c.refine(texts=texts, pair_judge=judge)
    a, b = pair
    assert c.article_story_[a["id"]] != c.article_story_[b["id"]]


def test_one_story_from_two_cities_of_one_country_stays_together(hashing_embedder):
    # Copiapó, Santiago, 圣地亚哥, سانتياغو: every opening in Chile, every pair scored as the same story
    c, texts = _stream(STORY)
    table = {frozenset(p): 0.8 for p in itertools.combinations(texts.values(), 2)}
    c.refine(texts=texts, pair_judge=ScoredJudge(table, hashing_embedder, **_TRIAL))
    assert len(set(c.article_story_.values())) == 1


def test_the_veto_is_a_setting_and_only_splits(hashing_embedder, monkeypatch):
    import dataclasses

    from storylens import settings

    a, b = PAIRS[0]
    c, texts = _stream([a, b])
    judge = ScoredJudge({frozenset(texts.values()): 0.64}, hashing_embedder, **_TRIAL)
    judge.place_veto = False
    # the pair verdict's rules, read on same-language pairs above the cross-language cut too (refine52), hold this
    # pair apart on their own ("different places: New Zealand, Wellington vs Prague"): off, to see the setting alone
    judge.verdict_apart = None
    c.refine(texts=texts, pair_judge=judge)
    assert c.article_story_[a["id"]] == c.article_story_[b["id"]]  # without it the score decides
    monkeypatch.setattr(settings, "DEFAULT", dataclasses.replace(settings.DEFAULT, refine_place_veto=True))
    assert SimilarityJudge().place_veto  # the setting (TOML refine_place_veto = true) turns it on


def test_the_rule_reads_the_dateline_the_cleaning_removes(hashing_embedder):
    from storylens.similarity import ArticleSides, prepare_text

    nz, cz = PAIRS[0]
    assert prepare_text(cz["text"]).dateline.startswith("PRAGUE")  # "The Czech National Bank ..." names no place
    sides = ArticleSides([nz["text"], cz["text"], STORY[0]["text"], STORY[7]["text"]], ["en", "en", "en", "zh"],
                         variant="fast", embedder=hashing_embedder)
    assert sides.places_apart([0, 0, 2], [1, 2, 3]).tolist() == [True, True, False]


def test_an_opening_naming_many_countries_is_a_roundup_not_a_place(hashing_embedder):
    from storylens.similarity import ArticleSides

    # one New Year roundup in two languages: Sydney, Hong Kong, Moscow, Athens in each opening
    texts = [DATA["roundup"]["text"], DATA["roundup_zh"]["text"], PAIRS[0][0]["text"]]
    sides = ArticleSides(texts, ["en", "zh", "en"], variant="fast", embedder=hashing_embedder)
    assert sides.places_apart([0, 1], [1, 2]).tolist() == [False, False]
