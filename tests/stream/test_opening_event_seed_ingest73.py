"""An opening's event read in the ingest's map step (issue #16, ingest73): the worker reads the event the online join's
events rule reads (``VerdictSeed.event``), the ingesting process takes it instead of reading the opening again, and
its rules-only analysis finds it as if read there. Texts written for these tests: a wire dateline in English, a
German report with a headline, a Spanish wire, a Polish report with no date, a text with no event."""

from __future__ import annotations

import pytest

from storylens.models import RawDocument
from storylens.similarity import _rules, keep_opening_event, opening_event
from storylens.similarity._openings import _EVENTS_READ
from storylens.similarity._teams import _lead_cut
from storylens.stream._clusterer import OpeningEvents, refine_text
from storylens.stream._profile import StageTimes
from storylens.stream.ingest import _keep_events
from storylens.stream.prepare import Prepared, prepare_part, stream_tools

TEXTS = [
    ("LISBON, Dec 2 (Reuters) - A fire in a Lisbon warehouse killed 3 people on Tuesday, the fire service said.\n"
    "Firefighters fought the blaze for five hours before it was under control."),
    ("Busunglück auf der A9\n\nBERLIN (dpa) - Bei einem Busunglück auf der A9 bei Leipzig sind am Montag, 30. November "
    "2026, 12 Menschen verletzt worden, teilte die Polizei mit. Die Autobahn war stundenlang gesperrt."),
    ("MADRID, 3 dic (EFE).- Al menos 7 personas murieron el miércoles en un accidente de autobús en la provincia de "
    "Toledo, informaron los servicios de emergencia."),
    "W pożarze hali w Gdańsku zginęły we wtorek 2 osoby, poinformowała straż pożarna. Ogień gaszono przez pięć godzin.",
    "The committee will meet again to discuss the proposal in more detail, a spokesperson said on the record.",
]


def _prepared(hashing_embedder):
    fresh = [(RawDocument(f"t{i}.txt", raw), f"id{i}") for i, raw in enumerate(TEXTS)]
    return prepare_part(fresh, stream_tools(), hashing_embedder, StageTimes(), "main")


def test_the_map_step_reads_the_event_the_join_reads(hashing_embedder):
    days = 0
    for outcome, _keys, seed in _prepared(hashing_embedder):
        doc = outcome[0]
        assert doc is not None and seed is not None and seed.event is not None
        _EVENTS_READ.clear()  # read again from nothing, as the ingesting process would
        assert seed.event == opening_event(refine_text(doc.title, doc.text), language=doc.language,
                                           published=doc.published,
                                           dateline_day=doc.dateline_day)
        days += bool(seed.event.event_days)
    assert days >= 1  # a probe dates its event (the Leipzig opening: a written date)


class _NoStore:
    def opening_events(self, ids):
        return {}

    def articles(self, ids):
        return []


def test_a_given_event_is_not_read_again(hashing_embedder, monkeypatch):
    batch = {}
    given = {}
    prepared = []
    for i, ((outcome, keys, seed), raw) in enumerate(zip(_prepared(hashing_embedder), TEXTS)):
        doc = outcome[0]
        batch[f"id{i}"] = (refine_text(doc.title, doc.text), doc.language, doc.published, doc.dateline_day)
        given[f"id{i}"] = seed.event
        prepared.append(Prepared(RawDocument(f"t{i}.txt", raw), doc, f"id{i}", keys, seed))
    _EVENTS_READ.clear()
    _keep_events(prepared)  # as the ingest keeps a batch's events, before the link and the join read them
    reader = OpeningEvents(_NoStore())
    reader.hold(batch, given)

    def unread(*args, **kwargs):
        raise AssertionError("an event given by the map step was read again")

    monkeypatch.setattr(_rules, "_held_opening_event", unread)
    # kept once held: the rules-only analysis the join asks for before this reader finds them too
    for aid, (text, language, published, day) in batch.items():
        assert opening_event(text, language=language, published=published, dateline_day=day) is given[aid]
    assert reader(list(batch)) == given
    # kept for the rules-only analysis of the same opening (its key: the opening, language, date, dateline day)
    for aid, (text, language, published, day) in batch.items():
        assert _EVENTS_READ[(_lead_cut(text.strip()), language, published, day)] is given[aid]
        assert opening_event(text, language=language, published=published, dateline_day=day) is given[aid]


def test_without_given_events_the_reader_reads_them(hashing_embedder):
    batch = {}
    for i, (outcome, _keys, _seed) in enumerate(_prepared(hashing_embedder)):
        doc = outcome[0]
        batch[f"id{i}"] = (refine_text(doc.title, doc.text), doc.language, doc.published, doc.dateline_day)
    reader = OpeningEvents(_NoStore())
    reader.hold(batch, {"id0": None})  # a seed without an event: read here
    _EVENTS_READ.clear()
    got = reader(list(batch))
    _EVENTS_READ.clear()
    assert got == {a: opening_event(batch[a][0], language=batch[a][1], published=batch[a][2],
                                    dateline_day=batch[a][3]) for a in batch}


@pytest.mark.parametrize("day", [None, "--12-02"])
def test_keep_opening_event_keys_as_opening_event_reads(day):
    text, lang, published = TEXTS[0], "en", None
    _EVENTS_READ.clear()
    event = opening_event(text, language=lang, published=published, dateline_day=day)
    _EVENTS_READ.clear()
    keep_opening_event(event, "  " + text + "\n", language=lang, published=published,
                       dateline_day=day)  # stripped as opening_event strips it
    assert opening_event(text, language=lang, published=published, dateline_day=day) is event


def test_the_stored_record_is_dated_as_its_document(hashing_embedder):
    """The batch's events are kept once (ingest._keep_events), under the prepared document's date; the online join's
    reader is given the stored record's (ingest74): the two must agree, for a record that states its date too."""
    from storylens.stream.ingest import _article_record

    raws = [RawDocument(f"t{i}.txt", raw, metadata={"published": "2026-12-02"} if i % 2 else {})
            for i, raw in enumerate(TEXTS)]
    keyed = prepare_part([(r, f"id{i}") for i, r in enumerate(raws)], stream_tools(), hashing_embedder, StageTimes(),
                         "main")
    dated = 0
    for raw, (outcome, keys, seed) in zip(raws, keyed):
        p = Prepared(raw, outcome[0], "x", keys, seed)
        assert _article_record(p, None).published == p.doc.published
        dated += p.doc.published is not None
    assert dated >= 2
