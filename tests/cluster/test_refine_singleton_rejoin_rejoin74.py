"""The refine rejoins an article it left alone for lack of a partner to the group holding its story of before, and
never one a rule split off (issue #11, stop 74: settings.refine_singleton_rejoin, StoryClusterer._singleton_rejoin).

Two reports of one story (cosine 0.95, the same names and count) and a digest of it (cosine 0.6, one of their names
among four of its own): the online join puts the digest in their story (the story's pooled keys), and the refine's
average link leaves it alone (0.6 + the pair's entity link under the cut 0.95). Alone is no chain: it rejoins. A split
a rule made -- the events rule, a veto of the judged refine, the judge's score below its same-language floor, a
language the sentence encoder does not read -- stays, and the move reason names the rule.
"""

from __future__ import annotations

import dataclasses

import pytest

from storylens import settings
from storylens.cluster import ArticleFeatures, StoryClusterer

from .test_cluster_blind_language_blind57 import _vectors
from .test_cluster_events_join import ROBBERY, ROBBERY_2
from .test_cluster_judge import _Judge

REPORT_KEYS = frozenset({"kestria", "mirovac", "#12"})
DIGEST_KEYS = frozenset({"kestria", "zorbal", "quint", "plomb", "vanter"})
IDS = ("a0", "a1", "a2")


def _clusterer(digest_language: str = "en", blind_sim: float | None = 0.5) -> StoryClusterer:
    vecs = _vectors([[1, .95, .6], [.95, 1, .6], [.6, .6, 1]])
    c = StoryClusterer(use_dates=False, refine_links=False)
    c.blind_sim = blind_sim
    langs = ("en", "en", digest_language)
    keys = (REPORT_KEYS, REPORT_KEYS, DIGEST_KEYS)
    c.fit([ArticleFeatures(a, v, k, None, lang) for a, v, k, lang in zip(IDS, vecs, keys, langs)])
    assert len(set(c.article_story_.values())) == 1, c.assignments_  # online: one story
    return c


@pytest.fixture(params=[True, False], ids=["rejoin", "no-rejoin"])
def rejoin(request, monkeypatch) -> bool:
    monkeypatch.setattr(settings, "DEFAULT", dataclasses.replace(settings.DEFAULT,
                                                                 refine_singleton_rejoin=request.param))
    return request.param


def _texts() -> dict[str, str]:
    return {a: a for a in IDS}  # the judge reads them back as ids


def test_a_digest_the_refine_left_alone_rejoins_its_story(rejoin):
    c = _clusterer()
    c.refine()
    s = c.article_story_
    assert s["a0"] == s["a1"]
    if rejoin:
        assert s["a2"] == s["a0"], c.refine_reasons_
        assert c.refine_reasons_ == {}  # nothing moved
    else:  # what the rule undoes: the average link alone
        assert s["a2"] != s["a0"]
        assert c.refine_reasons_["a2"].startswith("alone: no link")


def test_the_events_rule_split_stays(rejoin):
    c = _clusterer()
    events = {"a0": ROBBERY, "a1": ROBBERY, "a2": ROBBERY_2}  # another robbery, other sums, eight days later
    c.events_reader = lambda ids: {a: events[a] for a in ids}
    c.refine()
    s = c.article_story_
    assert s["a0"] == s["a1"] != s["a2"]
    if rejoin:
        assert "by the events rule" in c.refine_reasons_["a2"], c.refine_reasons_


def test_a_veto_of_the_judged_refine_stays(rejoin):
    c = _clusterer()
    judge = _Judge({frozenset({"a0", "a1"}): 0.9})
    judge.events_apart = lambda ci, cj: [2 in (int(i), int(j)) for i, j in zip(ci, cj)]  # the digest's pairs
    c.refine(texts=_texts(), pair_judge=judge)
    s = c.article_story_
    assert s["a0"] == s["a1"] != s["a2"]
    if rejoin:
        assert "by the judged refine's veto" in c.refine_reasons_["a2"], c.refine_reasons_


@pytest.mark.parametrize("floor", [None, 0.475])
def test_the_judges_floor_split_stays(rejoin, floor):
    # the digest's pairs judged 0.1 and 0.2, under the cut 0.6: without a floor the higher link (the cosine +
    # entity one) stands and leaves the digest alone for lack of a partner; under the floor the verdict is the
    # judge's, and it stands
    c = _clusterer()
    judge = _Judge({frozenset({"a0", "a1"}): 0.9, frozenset({"a0", "a2"}): 0.2})
    judge.same_language_floor = floor
    c.refine(texts=_texts(), pair_judge=judge)
    s = c.article_story_
    assert s["a0"] == s["a1"]
    assert (s["a2"] == s["a0"]) is (rejoin and floor is None), c.refine_reasons_
    if rejoin and floor is not None:
        assert "below its same-language floor" in c.refine_reasons_["a2"], c.refine_reasons_


def test_a_report_in_a_language_the_encoder_does_not_read_is_left_to_the_blind_rule(rejoin):
    # a Greek digest with blind_sim None: the refine reads its cosines at face value (the setting), and the
    # singleton rule does not overrule that reading; _blind_rejoin decides for such reports
    c = _clusterer("el", blind_sim=None)
    c.refine()
    s = c.article_story_
    assert s["a0"] == s["a1"] != s["a2"], c.refine_reasons_


def test_held_apart_names_no_rule_for_a_plain_pair():
    c = _clusterer()
    c._held = {}
    assert c._held_apart(0, 2) is None
    c._held[(0, 2)] = "the events rule (two events of one kind)"
    assert c._held_apart(2, 0) == "the events rule (two events of one kind)"
    c._held = None
