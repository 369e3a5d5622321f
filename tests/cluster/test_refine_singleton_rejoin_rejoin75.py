"""The refine rejoins an article it left alone to its story of before only on the refine's own links -- its link to
the group's medoid at or above the cut -- and never one a rule split off (issue #11, stops 74-75:
settings.refine_singleton_rejoin, StoryClusterer._singleton_rejoin).

A follow-up report (cosine 0.8 and a name in common with the story's core report a0, cosine 0.5 and no name with its
two other reports a1, a2): the online join puts it in their story, and the refine's average link leaves it alone (its
average link 0.84 under the cut 0.95) though its link to the group's medoid a0 is 1.52: it rejoins. A digest of two
reports (cosine 0.6, one of their names among four of its own) links neither at the cut: the story of before alone is
no evidence (rejoin74 put it back; its tester's digests and roundups). A split a rule made -- the events rule, a veto
of the judged refine, the judge's score below its same-language floor, a correction, a language the sentence
encoder does not read -- stays, and the move reason names the rule.
"""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest

from storylens import settings
from storylens.cluster import ArticleFeatures, StoryClusterer

from .test_cluster_blind_language_blind57 import _vectors
from .test_cluster_events_join import ROBBERY, ROBBERY_2
from .test_cluster_judge import _Judge

CORE_KEYS = frozenset({"kestria", "mirovac", "#12"})
FOLLOW_KEYS = frozenset({"zorbal", "quint"})
IDS = ("a0", "a1", "a2", "a3")
# a0 the story's core, a1 and a2 two reports of it worded apart, a3 the follow-up: near a0 only
GRAM = [[1, .8, .8, .8], [.8, 1, .4, .5], [.8, .4, 1, .5], [.8, .5, .5, 1]]


def _clusterer(follow_language: str = "en", blind_sim: float | None = 0.5) -> StoryClusterer:
    c = StoryClusterer(use_dates=False, refine_links=False)
    c.blind_sim = blind_sim
    langs = ("en", "en", "en", follow_language)
    keys = (CORE_KEYS | {"zorbal"}, CORE_KEYS, CORE_KEYS, FOLLOW_KEYS)
    c.fit([ArticleFeatures(a, v, k, None, lang) for a, v, k, lang in zip(IDS, _vectors(GRAM), keys, langs)])
    assert len(set(c.article_story_.values())) == 1, c.assignments_  # online: one story
    return c


@pytest.fixture(params=[True, False], ids=["rejoin", "no-rejoin"])
def rejoin(request, monkeypatch) -> bool:
    monkeypatch.setattr(settings, "DEFAULT", dataclasses.replace(settings.DEFAULT,
                                                                 refine_singleton_rejoin=request.param))
    return request.param


def _texts() -> dict[str, str]:
    return {a: a for a in IDS}  # the judge reads them back as ids


def _core_together(s: dict[str, str]) -> None:
    assert s["a0"] == s["a1"] == s["a2"]


def test_a_follow_up_linked_to_the_groups_medoid_rejoins(rejoin):
    c = _clusterer()
    c.refine()
    s = c.article_story_
    _core_together(s)
    if rejoin:
        assert s["a3"] == s["a0"], c.refine_reasons_
        assert c.refine_reasons_ == {}  # nothing moved
    else:  # what the rule undoes: the average link alone
        assert s["a3"] != s["a0"]
        assert c.refine_reasons_["a3"].startswith("alone: no link")


def test_a_digest_linked_to_no_medoid_stays_alone(rejoin):
    # rejoin74's case, where the story of before alone put the digest back: two reports and a digest of them
    vecs = _vectors([[1, .95, .6], [.95, 1, .6], [.6, .6, 1]])
    c = StoryClusterer(use_dates=False, refine_links=False)
    keys = (CORE_KEYS, CORE_KEYS, frozenset({"kestria", "zorbal", "quint", "plomb", "vanter"}))
    c.fit([ArticleFeatures(a, v, k, None, "en") for a, v, k in zip(IDS, vecs, keys)])
    assert len(set(c.article_story_.values())) == 1
    c.refine()
    s = c.article_story_
    assert s["a0"] == s["a1"] != s["a2"], c.refine_reasons_
    assert c.refine_reasons_["a2"].startswith("alone: no link")


def test_the_events_rule_split_stays(rejoin):
    c = _clusterer()
    events = {"a0": ROBBERY, "a1": ROBBERY, "a2": ROBBERY, "a3": ROBBERY_2}  # another robbery, eight days later
    c.events_reader = lambda ids: {a: events[a] for a in ids}
    c.refine()
    s = c.article_story_
    _core_together(s)
    assert s["a3"] != s["a0"], c.refine_reasons_


def test_a_veto_of_the_judged_refine_against_a_member_stays(rejoin):
    # the veto holds the follow-up apart from a1, not from the medoid a0: its link to a0 reaches the cut, the veto
    # still keeps it out of the group
    c = _clusterer()
    judge = _Judge({frozenset({"a0", "a1"}): 0.9, frozenset({"a0", "a2"}): 0.9, frozenset({"a1", "a2"}): 0.9,
                    frozenset({"a0", "a3"}): 0.9})
    judge.events_apart = lambda ci, cj: [{int(i), int(j)} == {1, 3} for i, j in zip(ci, cj)]
    c.refine(texts=_texts(), pair_judge=judge)
    s = c.article_story_
    _core_together(s)
    assert s["a3"] != s["a0"], c.refine_reasons_
    if rejoin:
        assert "by the judged refine's veto" in c.refine_reasons_["a3"], c.refine_reasons_


@pytest.mark.parametrize("floor", [None, 0.475])
def test_the_judges_floor_split_stays(rejoin, floor):
    # the follow-up's pairs judged 0.1 and 0.2, under the cut 0.6: without a floor the higher link (the cosine +
    # entity one, 1.52 to a0) stands; under the floor the verdict is the judge's, below the cut, and it stands
    c = _clusterer()
    judge = _Judge({frozenset({"a0", "a1"}): 0.9, frozenset({"a0", "a2"}): 0.9, frozenset({"a1", "a2"}): 0.9,
                    frozenset({"a0", "a3"}): 0.2})
    judge.same_language_floor = floor
    c.refine(texts=_texts(), pair_judge=judge)
    s = c.article_story_
    _core_together(s)
    assert (s["a3"] == s["a0"]) is (rejoin and floor is None), c.refine_reasons_


def test_a_split_correction_stays(rejoin):
    c = _clusterer()
    c.split(c.article_story_["a3"], ["a3"])
    c.refine()
    s = c.article_story_
    _core_together(s)
    assert s["a3"] != s["a0"], c.refine_reasons_


def test_a_report_in_a_language_the_encoder_does_not_read_is_left_to_the_blind_rule(rejoin):
    # a Greek follow-up with blind_sim None: the refine reads its cosines at face value (the setting), and the
    # singleton rule does not overrule that reading; _blind_rejoin decides for such reports
    c = _clusterer("el", blind_sim=None)
    c.refine()
    s = c.article_story_
    _core_together(s)
    assert s["a3"] != s["a0"], c.refine_reasons_


@pytest.mark.parametrize("seed", range(6))
def test_every_article_is_in_exactly_one_story_after_the_refine(rejoin, seed):
    # rejoin74 lost an article of a chain of singletons: one online story (threshold -1 chains them) of articles
    # the refine splits into singletons and small groups; each comes out in exactly one story
    rng = np.random.default_rng(seed)
    n = 9
    v = rng.normal(size=(n, 24)) + rng.normal(size=(3, 24))[rng.integers(0, 3, n)] * 1.5
    v = (v / np.linalg.norm(v, axis=1, keepdims=True)).astype(np.float32)
    keys = [frozenset({f"k{i}", f"g{i % 3}"}) for i in range(n)]
    c = StoryClusterer(use_dates=False, refine_links=False, threshold=-1.0)
    ids = [f"x{i}" for i in range(n)]
    c.fit([ArticleFeatures(a, v[i], keys[i], None, "en") for i, a in enumerate(ids)])
    c.refine()
    assert sorted(c.article_story_) == ids
    members = [m for st in c.stories_.values() for m in st.members]
    assert sorted(members) == ids  # none lost, none twice
    assert len(c.labels_) == n


def _links(c: StoryClusterer, links: list[list[float]]) -> list[int]:
    """Set the link matrix the grouping read for the rejoin (the component: every article); the component."""
    comp = list(range(len(c._ids)))
    c._kept_links = (tuple(comp), np.asarray(links, dtype=np.float64))
    return comp


def test_singletons_of_one_story_with_no_group_to_join_all_stay():
    # rejoin74's loss (its tester's U1): three singletons of one story, the first joined the second, the second
    # the third, and the first was lost; a singleton joins only a group of two or more, and none is lost
    c = _clusterer()
    comp = _links(c, [[3, .5, .5, .5], [.5, 3, .5, .5], [.5, .5, 3, .5], [.5, .5, .5, 3]])
    grouped = [["a0"], ["a1"], ["a2"], ["a3"]]
    assert c._singleton_rejoin(grouped, comp) == grouped
    comp = _links(c, [[3, 2, 2, 2], [2, 3, 2, 2], [2, 2, 3, 2], [2, 2, 2, 3]])  # every pair over the cut
    assert c._singleton_rejoin(grouped, comp) == grouped


def test_two_singletons_rejoin_one_group_each_article_once():
    c = _clusterer()
    comp = _links(c, [[3, 2.4, 1.2, 1.2], [2.4, 3, .5, .2], [1.2, .5, 3, .1], [1.2, .2, .1, 3]])
    out = c._singleton_rejoin([["a0", "a1"], ["a2"], ["a3"]], comp)
    assert out == [["a0", "a1", "a2", "a3"]]
    comp = _links(c, [[3, 2.4, 1.2, .9], [2.4, 3, .5, .2], [1.2, .5, 3, .1], [.9, .2, .1, 3]])  # a3: 0.9 < 0.95
    assert c._singleton_rejoin([["a0", "a1"], ["a2"], ["a3"]], comp) == [["a0", "a1", "a2"], ["a3"]]
    c._kept_links = None



def test_two_singletons_a_rule_holds_apart_do_not_both_rejoin_one_group():
    """Both link the group's medoid a0 over the cut, and the events rule holds them apart from each other: the first
    rejoins, the second stays alone and its reason names the rule (tester rejoin76: both joined)."""
    c = _clusterer()
    comp = _links(c, [[3, 2.4, 1.2, 1.2], [2.4, 3, .5, .2], [1.2, .5, 3, -50], [1.2, .2, -50, 3]])
    c._held, c._why = {(2, 3): "the events rule (two events of one kind)"}, {}
    try:
        assert c._singleton_rejoin([["a0", "a1"], ["a2"], ["a3"]], comp) == [["a0", "a1", "a2"], ["a3"]]
        assert "the events rule" in c._why["a3"]
    finally:
        c._held, c._why, c._kept_links = None, None, None


def test_held_apart_names_no_rule_for_a_plain_pair():
    c = _clusterer()
    c._held = {}
    assert c._held_apart(0, 3) is None
    c._held[(0, 3)] = "the events rule (two events of one kind)"
    assert c._held_apart(3, 0) == "the events rule (two events of one kind)"
    c._held = None
