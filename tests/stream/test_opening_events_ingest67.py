"""The ingest's map step reads each article's opening event for the ingesting process (issue #16, ingest67): the
events reader of the online join (``OpeningEvents``) and the rules-only analysis of a text with that opening answer
from it instead of reading it again in the serial stages; what they answer is the event read here. Texts written for
these tests (the perf57 ones: a wire dateline, a headline over a cookie banner, a plain report; en, de, pl, es)."""

from __future__ import annotations

import pickle

from storylens.models import RawDocument
from storylens.similarity import VerdictRules, keep_opening_events, opening_event, read_opening_event
from storylens.similarity._common import _dates
from storylens.similarity._openings import _EVENTS_READ, _opening_event
from storylens.similarity._teams import _lead_cut
from storylens.stream._clusterer import refine_text
from storylens.stream._profile import StageTimes
from storylens.stream.prepare import prepare_part, stream_tools

from .test_verdict_seed_perf57 import TEXTS

QUAKE = "At least 38 people were killed on 23 November when a quake struck the region near Kelvaria, officials said."


def test_the_map_step_reads_each_articles_opening_event(hashing_embedder):
    fresh = [(RawDocument(f"t{i}.txt", raw), f"id{i}") for i, (raw, _) in enumerate(TEXTS)]
    times = StageTimes()
    for outcome, _keys, seed in prepare_part(fresh, stream_tools(), hashing_embedder, times, "main"):
        doc = outcome[0]
        assert doc is not None and seed is not None and seed.event is not None
        key, event = seed.event
        # the key is what the events reader asks with: the headline over the document's text, its language, date and
        # dateline day; the event is the one read from that opening, not a kept one
        text = refine_text(doc.title, doc.text)
        assert key == (_lead_cut(text.strip()), doc.language, doc.published, doc.dateline_day)
        assert event == _opening_event(key[0], _dates(key[0], doc.language)[1], *key[1:])
    assert "opening events" in times.wall  # its own stage in `ingest --profile`


def test_an_event_handed_over_is_answered_unread():
    key, event = read_opening_event(QUAKE, "en", "2026-11-24")
    assert key == (_lead_cut(QUAKE), "en", "2026-11-24", None)
    assert event.event_tolls  # the 38 killed: an event with something in it
    handed = pickle.loads(pickle.dumps(event))  # as a worker process hands it back: equal, not the same object
    assert handed == event and handed is not event
    _EVENTS_READ.pop(key, None)  # this process never read it
    keep_opening_events([(key, handed)])
    assert opening_event(QUAKE, "en", "2026-11-24") is handed
    # the rules-only analysis of a text with that opening reads it too
    rules = VerdictRules()
    rules.add("q", QUAKE, "en", "2026-11-24")
    assert rules._sides["q"][0].info.opening.event is handed
