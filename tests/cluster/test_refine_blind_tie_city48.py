"""A judged refine orders the pairs the online join's rule links alike by the judge's score, not by the articles'
order (issues #11/#12, try46 stream3).

A Hebrew report of a Haifa port fire and one of a Haifa road crash (the sentence encoder reads neither) each share
"#40, haifa" with an English report of the fire: the online join's rule, which the refine reads for such pairs
(``_blind_links``), gives both pairs the same link. ``--judge full`` scored the fire pair 0.49 (a yes, over the cut
0.475) and the crash pair 0.31 (no verdict: a low score on such a pair stands for nothing); the yes replaced the
rule's link by the judge's, just over the refine cut and under the rule's, so the crash report took the fire's
place in the English report's story (and, ingested first, kept it). Now a judged yes never links weaker than the
rule, and equal rule links are ordered by the judge's score.
"""

from __future__ import annotations

import numpy as np
import pytest

from storylens.cluster import BLIND_TIE_BREAK, ArticleFeatures, StoryClusterer

from .test_cluster_blind_language_blind57 import _vectors
from .test_cluster_judge import _Judge

# try46 stream3 as `storylens ingest` keyed it: two Hebrew reports of Haifa (a port fire, a road crash), the English
# (Reuters) report of the fire, two Greek reports of two events in Piraeus (a fire, a bus crash)
KEYS = {"en": ("en", {"#40", "haifa", "rambam"}), "fire": ("he", {"#40", "@haifa"}),
        "crash": ("he", {"#40", "@haifa"}), "el_fire": ("el", {"#40", "@piraeus"}),
        "el_crash": ("el", {"#40", "@piraeus"})}
# the judge's scores of the stream's pairs (`--judge full`, the shipped model; its cuts there below)
SCORES = {frozenset({"en", "fire"}): 0.4859, frozenset({"en", "crash"}): 0.3081, frozenset({"fire", "crash"}): 0.7788,
          frozenset({"el_fire", "el_crash"}): 0.7192, frozenset({"el_fire", "en"}): 0.5374,
          frozenset({"el_crash", "en"}): 0.2892, frozenset({"el_fire", "fire"}): 0.5475,
          frozenset({"el_fire", "crash"}): 0.4572, frozenset({"el_crash", "fire"}): 0.3661,
          frozenset({"el_crash", "crash"}): 0.6412}
COS = {frozenset({"fire", "crash"}): 0.45, frozenset({"el_fire", "el_crash"}): 0.45}  # else 0.15


def _clusterer(order: list[str]) -> StoryClusterer:
    gram = [[1.0 if a == b else COS.get(frozenset({a, b}), 0.15) for b in order] for a in order]
    c = StoryClusterer(use_dates=False)
    feats = []
    for name, v in zip(order, _vectors(gram)):
        lang, keys = KEYS[name]
        feats.append(ArticleFeatures(name, v, frozenset(keys), None, lang))
    c.partial_fit(feats)
    return c


def _judge() -> _Judge:
    return _Judge(SCORES, cut=0.475, default=np.nan, same_language_cut=0.75)


@pytest.mark.parametrize("order", [["en", "fire", "crash"], ["en", "crash", "fire"], ["crash", "fire", "en"]])
def test_the_judged_refine_puts_the_fire_report_with_the_fire_whatever_the_order(order):
    order = [*order, "el_fire", "el_crash"]
    c = _clusterer(order)
    c.refine(texts={a: a for a in order}, pair_judge=_judge())
    story = c.article_story_
    assert story["en"] == story["fire"] != story["crash"], (order, c.refine_reasons_)
    assert len({story[a] for a in order}) == 4, story


def test_the_two_pairs_share_the_same_keys_so_the_rule_alone_ties():
    # the kind: one city and one small count in common give both pairs one link by the online join's rule
    c = _clusterer(["en", "fire", "crash", "el_fire", "el_crash"])
    a, b, link = c._blind_links([0, 1, 2])
    by = {(int(x), int(y)): float(v) for x, y, v in zip(a, b, link)}
    assert by[(0, 1)] == by[(0, 2)] > c._refine_cut()


def test_the_tie_break_moves_no_link_by_more_than_it_says():
    c = _clusterer(["en", "fire", "crash", "el_fire", "el_crash"])
    plain = c._blind_links([0, 1, 2])[2]
    c._blind_scores = {(0, 1): 1.0, (0, 2): 0.0, (1, 2): 0.5}
    try:
        c._judged = {}
        sims = c._link_matrix([0, 1, 2])
    finally:
        c._blind_scores = c._judged = None
    got = np.array([sims[0, 1], sims[0, 2], sims[1, 2]])
    assert np.all(np.abs(got - plain) <= BLIND_TIE_BREAK + 1e-12)
    assert sims[0, 1] > sims[0, 2]
