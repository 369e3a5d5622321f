"""The online join's events rule (StoryClusterer.events_reader): a candidate story one of whose nearest
members reports another event (days apart, the later toll lower: storylens.similarity.events_apart) is
passed over for the next candidate, and the reason says why; without a reader, or without evidence, the
join is as before."""

from __future__ import annotations

from datetime import date

import numpy as np

from storylens.cluster import ArticleFeatures, StoryClusterer
from storylens.similarity import OpeningEvent

QUAKE = OpeningEvent(frozenset({"11-23"}), (("injured", 210.0, 210.0), ("killed", 38.0, 38.0)))
AFTERSHOCK = OpeningEvent(frozenset({"11-30"}), (("injured", 17.0, 17.0), ("killed", 2.0, 2.0)))
FOLLOW_UP = OpeningEvent(frozenset({"11-25"}), (("killed", 71.0, 71.0),))  # the toll rose: one event


def _feats(days: list[int]) -> list[ArticleFeatures]:
    v = np.ones(16, dtype=np.float32)
    return [ArticleFeatures(f"a{k}", v, frozenset({"kestria", "mirovac"}), date(2026, 11, day), "en")
            for k, day in enumerate(days)]


def _fit(events: dict[str, OpeningEvent] | None, days: tuple[int, ...] = (24, 25)) -> StoryClusterer:
    c = StoryClusterer()
    if events is not None:
        c.events_reader = lambda ids: {a: events[a] for a in ids if a in events}
    return c.fit(_feats(list(days)))


def test_an_aftershock_a_week_later_is_held_out_of_the_quake_story():
    before = _fit(None)
    assert before.article_story_["a0"] == before.article_story_["a1"]  # identical vectors: joined
    after = _fit({"a0": QUAKE, "a1": AFTERSHOCK})
    assert after.article_story_["a0"] != after.article_story_["a1"]
    reason = after.assignments_["a1"].reason
    assert reason.startswith("new story") and "toll is lower" in reason and "against a0" in reason


def test_a_follow_up_and_an_opening_without_evidence_still_join():
    for events in ({"a0": QUAKE, "a1": FOLLOW_UP}, {"a0": QUAKE}, {"a1": AFTERSHOCK}):
        c = _fit(events)
        assert c.article_story_["a0"] == c.article_story_["a1"]


def test_the_next_candidate_story_is_taken():
    # a2 (the aftershock) is passed over by the quake story a0 + a1 and joins nothing else; a3, a follow-up
    # of the aftershock published beside the quake's reports (the quake story scores best: no date gap),
    # is passed over by the quake story and joins the aftershock's
    later = OpeningEvent(frozenset({"12-01"}), (("killed", 3.0, 3.0),))
    events = {"a0": QUAKE, "a1": FOLLOW_UP, "a2": AFTERSHOCK, "a3": later}
    s = _fit(events, days=(24, 25, 30, 25)).article_story_
    assert s["a0"] == s["a1"] != s["a2"]
    assert s["a3"] == s["a2"]
    assert _fit(None, days=(24, 25, 30, 25)).article_story_["a3"] == s["a0"]  # without the rule: the quake's


class _Reader:
    """An events reader with ``known`` (what it read already), as the stream's OpeningEvents: it logs
    the ids it is asked to read."""

    def __init__(self, events: dict[str, OpeningEvent], held: set[str]):
        self.events, self.held = events, held
        self.asked: list[str] = []

    def known(self, ids):
        return {a: self.events[a] for a in ids if a in self.held and a in self.events}

    def __call__(self, ids):
        self.asked.extend(ids)
        self.held.update(ids)
        return {a: self.events[a] for a in ids if a in self.events}


def _fit_reader(reader: _Reader, days: tuple[int, ...] = (24, 25)) -> StoryClusterer:
    c = StoryClusterer()
    c.events_reader = reader
    return c.fit(_feats(list(days)))


def test_an_opening_is_not_read_when_no_mate_read_already_states_a_toll():
    # the quake's opening read already dates its event but states no toll: no pair can be held apart,
    # so the joining article's opening is not read, and it joins
    dated = OpeningEvent(frozenset({"11-23"}), ())
    for mate in (dated, OpeningEvent()):
        reader = _Reader({"a0": mate, "a1": AFTERSHOCK}, held={"a0"})
        c = _fit_reader(reader)
        assert c.article_story_["a0"] == c.article_story_["a1"]
        assert reader.asked == []


def test_an_opening_is_read_when_a_mate_states_a_toll_or_was_not_read():
    # a mate read already with a dated toll: the rule runs as before and holds the aftershock apart
    reader = _Reader({"a0": QUAKE, "a1": AFTERSHOCK}, held={"a0"})
    c = _fit_reader(reader)
    assert c.article_story_["a0"] != c.article_story_["a1"]
    assert reader.asked == ["a1", "a0"]  # the article's opening, then the mates' (the stream's reader keeps them)
    # a mate never read: the article's opening first, then the mate's, as before
    reader = _Reader({"a0": QUAKE, "a1": AFTERSHOCK}, held=set())
    c = _fit_reader(reader)
    assert c.article_story_["a0"] != c.article_story_["a1"]
    assert reader.asked == ["a1", "a0"]


def test_two_strikes_weeks_apart_with_other_counts_are_held_apart_online():
    # trial49 F8's kind: no toll, a count of one kind in each opening (flights cancelled), 36 days apart
    first = OpeningEvent(frozenset({"02-10"}), (), (("flight", 800.0), ("worker", 25000.0)))
    second = OpeningEvent(frozenset({"03-18"}), (), (("flight", 600.0), ("worker", 25000.0)))
    reader = _Reader({"a0": first, "a1": second}, held={"a0"})
    c = _fit_reader(reader, days=(10, 18))
    assert c.article_story_["a0"] != c.article_story_["a1"]
    assert "flight: 600 vs 800" in c.assignments_["a1"].reason
    # the same figure weeks later (a follow-up of one strike) joins
    again = OpeningEvent(frozenset({"03-18"}), (), (("flight", 800.0),))
    c = _fit_reader(_Reader({"a0": first, "a1": again}, held={"a0"}), days=(10, 18))
    assert c.article_story_["a0"] == c.article_story_["a1"]


def test_a_regional_election_is_held_out_of_the_national_one_undated():
    # trial55 F3: the Vorarlberg election's English report (no year on its dateline, no day read) joined the national
    # election's story online on its cosine; the levels alone hold it out, and a second report of it joins it
    national = OpeningEvent(election="national")
    regional = OpeningEvent(election="regional")
    c = _fit({"a0": national, "a1": national, "a2": regional, "a3": regional}, days=(24, 25, 26, 26))
    s = c.article_story_
    assert s["a0"] == s["a1"] != s["a2"]
    assert s["a3"] == s["a2"]
    assert "two elections" in c.assignments_["a2"].reason
    assert _fit(None, days=(24, 25, 26, 26)).article_story_["a2"] == s["a0"]  # without the rule: one story


# Issue #11 F1: two robberies in one city eight days apart, other sums ("money:EUR") and as many robbers
ROBBERY = OpeningEvent(frozenset({"11-04"}), (), (("man", 2.0), ("money:EUR", 1200000.0)))
ROBBERY_2 = OpeningEvent(frozenset({"11-12"}), (), (("man", 2.0), ("money:EUR", 300000.0)))
ARREST = OpeningEvent(frozenset({"11-07"}), (), (("arrested", 2.0), ("money:EUR", 1200000.0)))  # the sum again


def _refined(events: dict[str, OpeningEvent] | None, days: tuple[int, ...]) -> dict[str, str]:
    """The stories after the refine without a pair judge (``stories --refine --judge links``): the online join
    first without the rule (as a store ingested before it), then the refine with the reader."""
    c = StoryClusterer(refine_links=False)
    c.fit(_feats(list(days)))
    if events is not None:
        c.events_reader = lambda ids: {a: events[a] for a in ids if a in events}
    c.refine()
    return c.article_story_


def test_the_refine_without_a_judge_reads_the_events_rule():
    assert len(set(_refined(None, (4, 12, 7)).values())) == 1  # identical vectors: one story
    s = _refined({"a0": ROBBERY, "a1": ROBBERY_2, "a2": ARREST}, (4, 12, 7))
    assert s["a0"] != s["a1"]  # two robberies
    assert s["a0"] == s["a2"]  # the arrest, its sum told again: the first robbery's story (the second's is apart)
