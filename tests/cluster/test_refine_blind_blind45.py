"""The refine pass and a language the sentence encoder does not read (issue #11, stop 45, N3 of the blind57 re-trial).

Stop 44 made the online join count such a pair's cosine as ``settings.cluster_blind_sim`` and need a name, place or
number in common; ``storylens stories --refine`` still read the cosines at face value. It split the Hebrew report
of the Cyprus fire (cosine ~0.1 to its English story) back out of the story the online join had put it in, and
joined two Hebrew reports of two fires at cosine 0.83. Now every link of such a pair (cosine + entity, the link
model's, the judge's) follows the online join's rule; the judge's verdict stands only at or above its cut with a
key in common, as the pair verdict's does. The cosines are set (unit vectors of a given Gram matrix); the keys are
the texts' own.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from storylens.cluster import ArticleFeatures, StoryClusterer, entity_keys

from ._scored_judge import ScoredJudge
from .test_cluster_blind_language_blind57 import EL_FIRE, EN_FIRE, HE_FIRE, _vectors

DATA = Path(__file__).resolve().parents[1] / "data" / "blind"
EN_LIMASSOL = ("Two dead as wildfire sweeps Limassol villages\n\nTwo people died in a wildfire near Pachna in the Limassol "
               "district, Cyprus police said on Wednesday. Around 1,500 people were evacuated and the fire burned about "
               "100 square kilometres.")
EN_AID = ("Cyprus asks EU for help as wildfire rages\n\nCyprus requested firefighting aircraft from EU partners as a "
          "wildfire near Limassol burned for a second day. Greece sent two Canadair planes; Jordan and Israel offered help.")
# An English story of three reports, the Greek and the Hebrew report of its fire (cosines as USE gives such texts)
STORY = [("en", EN_FIRE), ("en", EN_LIMASSOL), ("en", EN_AID), ("el", EL_FIRE), ("he", HE_FIRE)]
GRAM = [[1, .86, .80, .16, .12], [.86, 1, .78, .18, .10], [.80, .78, 1, .15, .11], [.16, .18, .15, 1, .5],
        [.12, .10, .11, .5, 1]]


def _he(name: str) -> str:
    return (DATA / f"{name}.txt").read_text("utf-8") + " 2025"  # a bare year in both: no key in common


def _clusterer(texts: list[tuple[str, str]], gram: list[list[float]], blind_sim: float | None = 0.5) -> StoryClusterer:
    c = StoryClusterer(use_dates=False)
    c.blind_sim = blind_sim
    c.partial_fit([ArticleFeatures(f"a{i}", v, entity_keys(t, lang), None, lang)
                   for i, ((lang, t), v) in enumerate(zip(texts, _vectors(gram)))])
    return c


def test_refine_keeps_the_unread_reports_in_the_story_the_online_join_made():
    c = _clusterer(STORY, GRAM)
    assert len(set(c.article_story_.values())) == 1  # online: one story on the shared names and figures
    c.refine()
    assert len(set(c.article_story_.values())) == 1, c.article_story_


def test_refine_split_them_out_on_the_cosine_before_the_rule():
    c = _clusterer(STORY, GRAM)
    c.blind_sim = None  # the cosine as it is, in the refine too: the trial's split
    c.refine()
    assert len(set(c.article_story_.values())) == 2, c.article_story_


@pytest.mark.parametrize("blind_sim", [0.5, None])
def test_two_hebrew_reports_of_two_fires_stay_apart(blind_sim):
    texts = [("he", _he("he_haifa_fire")), ("he", _he("he_ashdod_fire"))]
    c = _clusterer(texts, [[1, .83], [.83, 1]])
    assert c.article_story_["a0"] != c.article_story_["a1"]  # online: apart (the rule)
    c.blind_sim = blind_sim
    c.refine()
    # with the rule they stay apart; with the cosine as it is, the refine joined them (the trial)
    assert (c.article_story_["a0"] != c.article_story_["a1"]) is (blind_sim is not None)


def _judged(texts: list[tuple[str, str]], gram: list[list[float]], table: dict[tuple[int, int], float],
            hashing_embedder) -> StoryClusterer:
    c = _clusterer(texts, gram)
    scores = {frozenset((texts[i][1], texts[j][1])): s for (i, j), s in table.items()}
    c.refine(texts={f"a{i}": t for i, (_, t) in enumerate(texts)},
             pair_judge=ScoredJudge(scores, hashing_embedder, same_language_cut=0.75))
    return c


def test_the_judges_low_score_of_an_unread_report_is_no_verdict(hashing_embedder):
    # the model scores the Greek and Hebrew reports low against the English ones (it reads their cosines):
    # the pair verdict is undecided there, and the refine keeps the online join's rule
    low = {(i, j): 0.2 for i in range(3) for j in (3, 4)}
    high = {(0, 1): 0.9, (0, 2): 0.9, (1, 2): 0.9}
    c = _judged(STORY, GRAM, {**low, **high}, hashing_embedder)
    assert len(set(c.article_story_.values())) == 1, c.article_story_


def test_the_judges_high_score_of_two_unread_reports_needs_a_key_in_common(hashing_embedder):
    texts = [("he", _he("he_haifa_fire")), ("he", _he("he_ashdod_fire"))]
    c = _judged(texts, [[1, .83], [.83, 1]], {(0, 1): 0.95}, hashing_embedder)
    assert c.article_story_["a0"] != c.article_story_["a1"], c.article_story_
