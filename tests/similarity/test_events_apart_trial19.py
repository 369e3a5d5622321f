"""Two events of one kind at one place are not the same story (trial19 #1: an aftershock killing two a
week after the quake that killed 38, same region, same seismologist quoted, scored "same story" 0.88 en-en
and 0.80 it-en, and compare aligned the two events' tolls as conflicts). The events rule: each opening
dates its event on days the other's does not, two or more days apart, and a toll both openings state is
lower by more than half in the later one (a tally of one event only rises). A follow-up of one event
(the toll risen a week later) stays with the model. Reasons and verdict only: the features are unchanged."""

from __future__ import annotations

from types import SimpleNamespace

import numpy as np
import pytest

from storylens import similarity as sim

QUAKE = ("Powerful quake kills at least 38 in Kestria's Zervan Mountains\n"
         "23 November 2026 By Lena Ostrova, Continental Press\n\n"
         "MIROVAC, Kestria (Continental Press) — A magnitude 6.4 earthquake struck the Zervan Mountains of "
         "northern Kestria at 2:47 a.m. local time on Monday, killing at least 38 people and injuring 210.\n\n"
         "\"The fault ruptured over about 40 kilometres,\" said Anton Belic, a seismologist at the NSI.")
AFTERSHOCK = ("Strong aftershock kills two in Kestria's quake zone\n"
              "30 November 2026 By Lena Ostrova, Continental Press\n\n"
              "MIROVAC, Kestria (Continental Press) — A magnitude 5.1 aftershock struck the Zervan Mountains of "
              "northern Kestria at 4:15 p.m. local time on Monday, killing two people and injuring 17.\n\n"
              "It brought down buildings damaged by the magnitude 6.4 earthquake of 23 November, which killed 71 "
              "people. \"This was the strongest aftershock so far,\" said Anton Belic, a seismologist at the NSI.")
QUAKE_IT = ("Terremoto in Kestria, almeno 38 morti sui monti Zervan\n"
            "Gazzetta delle Alpi, 23 novembre 2026\n\n"
            "Un terremoto di magnitudo 6,4 ha colpito lunedì alle 2.47 i monti Zervan, nel nord della Kestria, "
            "uccidendo almeno 38 persone. \"La faglia si è rotta per circa 40 chilometri\", ha detto il sismologo "
            "Anton Belič.")
# one event a week later: the toll has risen (the SemEval sense of a follow-up: the same story)
FOLLOW_UP = ("Kestria quake toll rises to 71\n"
             "30 November 2026 By Lena Ostrova, Continental Press\n\n"
             "MIROVAC, Kestria (Continental Press) — Rescuers on Monday pulled the last bodies from the rubble of "
             "Mirovac, a week after the earthquake, raising the toll to 71 killed and 452 injured.\n\n"
             "\"Strong aftershocks are still likely,\" said Anton Belic, a seismologist at the NSI.")
MODEL = SimpleNamespace(threshold_=0.5, variant_="fast")


def _features(a: str, b: str, la: str, lb: str, embedder, published=(None, None)) -> sim.PairFeatures:
    return sim.pair_features([(a, b, la, lb)], embedder, sim.Gazetteer.load(), published=[published])[0]


def _row(overall: float) -> np.ndarray:
    return np.array([overall] + [0.5] * (len(sim.DIMENSIONS) - 1))


@pytest.mark.parametrize(("a", "b", "la"), [(QUAKE, AFTERSHOCK, "en"), (AFTERSHOCK, QUAKE, "en"),
                                            (QUAKE_IT, AFTERSHOCK, "it")])
def test_an_aftershock_a_week_later_is_another_story(a, b, la, hashing_embedder):
    f = _features(a, b, la, "en", hashing_embedder)
    assert f.events_apart is not None and "killed: 2 vs 38" in f.events_apart, f.events_apart
    score = sim._scoring._pair_score(_row(0.88), f, MODEL)
    assert score.same_story is False
    assert score.reasons[0].startswith("the openings date two events, 30 November and 23 November"), score.reasons
    assert "0.88" in score.reasons[0]


def test_weekdays_are_read_against_the_publication_dates(hashing_embedder):
    """With the header dates read as publication dates, "on Monday" dates each event (trial19's variant
    scored 0.958, "published 7 days apart", SAME STORY)."""
    strip = lambda t: t.replace("23 November 2026 By", "By").replace("30 November 2026 By", "By")
    f = _features(strip(QUAKE), strip(AFTERSHOCK), "en", "en", hashing_embedder, ("2026-11-23", "2026-11-30"))
    assert f.events_apart is not None and "30 November and 23 November" in f.events_apart


@pytest.mark.parametrize(("a", "b", "published"), [
    (QUAKE, FOLLOW_UP, (None, None)),  # the toll rose: one event, reported a week later
    (QUAKE, QUAKE_IT, (None, None)),  # one event, one day
    (AFTERSHOCK.replace("30 November 2026 By", "By"), QUAKE, (None, None)),  # the aftershock's opening dates nothing
])
def test_one_event_or_no_dates_leaves_the_verdict_to_the_model(a, b, published, hashing_embedder):
    f = _features(a, b, "en", "it" if b is QUAKE_IT else "en", hashing_embedder, published)
    assert f.events_apart is None, f.events_apart
    assert sim._scoring._pair_score(_row(0.88), f, MODEL).same_story is True
