"""An opening that dates no event has no tolls read (issue #13/#16): the events rule (``_events_apart``)
reads tolls only beside days, so ``extract_numbers`` (about 7 of an opening's 12 CPU-ms) is not run for
it. The stream's online join reads the opening of every article whose best story scores above the
threshold, and most openings date no event: its cluster stage cost 1.7 -> 5.8 CPU-s per 2k articles
after ev19. A dated opening still has its tolls, and the rule decides the same."""

from __future__ import annotations

import pytest

from storylens import similarity
from storylens.analysis import quantities
from storylens.similarity import events_apart, opening_event

# (language, undated opening stating a toll, the same opening dated, publication date)
OPENINGS = [
    ("en", "A quake killed 38 people in the hills, officials said.",
     "On 23 November a quake killed 38 people in the hills, officials said.", "2026-11-24"),
    ("de", "Bei einem Erdbeben sind 38 Menschen getötet worden, teilten die Behörden mit.",
     "Am 23. November sind bei einem Erdbeben 38 Menschen getötet worden, teilten die Behörden mit.", "2026-11-24"),
    ("ja", "地震で38人が死亡した。", "2026年11月23日、地震で38人が死亡した。", "2026-12-10"),
    ("ko", "여객선이 침몰해 12명이 숨졌다.", "12월 9일 여객선이 침몰해 12명이 숨졌다.", "2026-12-10"),
]


@pytest.mark.parametrize(("lang", "undated", "dated", "published"), OPENINGS)
def test_an_undated_opening_reads_no_tolls(monkeypatch, lang, undated, dated, published):
    read: list[str] = []  # (a raising stand-in would be swallowed: the opening reader never fails a pair)
    # openings read before are kept (similarity._openings._EVENTS_READ, perf57): read these afresh
    fresh: dict = {}
    for module in (similarity._openings, similarity._rules):  # the cache and the one rule that reads it
        monkeypatch.setattr(module, "_EVENTS_READ", fresh)
    real = quantities.extract_numbers
    monkeypatch.setattr(quantities, "extract_numbers", lambda text, *a, **k: read.append(text) or real(text, *a, **k))
    event = opening_event(undated, language=lang, published=published)
    assert event.event_days == frozenset() and event.event_tolls == ()
    assert read == []
    assert opening_event(dated, language=lang, published=published).event_tolls and read  # a dated one is read


@pytest.mark.parametrize(("lang", "undated", "dated", "published"), OPENINGS)
def test_a_dated_opening_keeps_its_tolls(lang, undated, dated, published):
    event = opening_event(dated, language=lang, published=published)
    assert event.event_days and event.event_tolls


def test_the_rule_decides_the_same_with_an_undated_side():
    # an aftershock a week later with a lower toll: two events when both are dated, none when one is not
    first = opening_event("On 23 November a quake killed 38 people in the hills.", language="en",
                          published="2026-11-24")
    later = opening_event("On 30 November an aftershock killed 2 people in the hills.", language="en",
                          published="2026-12-01")
    undated = opening_event("An aftershock killed 2 people in the hills.", language="en", published="2026-12-01")
    assert events_apart(first, later) is not None
    assert events_apart(first, undated) is None and events_apart(undated, first) is None
