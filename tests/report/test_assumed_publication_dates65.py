"""New-user trial 64 M4: a document without its own publication date borrows the latest of the others' (shown only as
``inferred`` in ``publication_dates``), and its relative dates were resolved against that borrowed day and shown in
``claims[].dates`` as if known: ("on Thursday", "2026-11-26") for the undated d1. Such a day is the borrowed date's
guess (the undated report may be days later). A day or a week counted from it ("on Thursday", "last week": quantities
.read_from_reference) is now shown unresolved (``date`` null), as the timeline already leaves it out; a date written
with its month ("10 November") keeps its reading, and the dated document keeps its own. No conflict is raised on a
borrowed day alone: "last week" of the undated report against "on 10 November" was "date: last week (2026-11-16) vs
10 November (2026-11-10)"."""

from __future__ import annotations

import pytest

from storylens.analysis.claims import Unit
from storylens.ingest import read_text
from storylens.report import comparison_to_dict
from storylens.report.compare import prepare_document
from storylens.report.pipeline import _Measures

UNDATED = ("Storm Elena hits the northern coast\n\n"
           "Storm Elena made landfall on the northern coast on Thursday, bringing winds of up to 140 kilometres per "
           "hour, the weather service said.\n\n"
           "Around 12,000 homes lost power in the region, the grid operator said.")
DATED = ("Published 2026-11-28\n\nStorm Elena batters northern coast\n\n"
         "Storm Elena made landfall on the northern coast on Thursday, with winds of up to 140 kilometres per hour, "
         "the national weather service said.\n\n"
         "About 12,000 homes were left without electricity, according to the grid operator.")


@pytest.fixture(scope="module")
def comparer(embedder):
    from storylens.report.compare import Comparer

    return Comparer(embedder=embedder)


@pytest.mark.slow
def test_a_weekday_of_an_undated_document_is_not_resolved_against_a_borrowed_day(comparer):
    docs = [prepare_document(read_text(UNDATED, "undated.txt"), "d1"), prepare_document(read_text(DATED, "dated.txt"), "d2")]
    report = comparison_to_dict(comparer.compare(docs))
    assert report["publication_dates"]["d1"]["inferred"] and not report["publication_dates"]["d2"]["inferred"]
    thursdays = [(d["start"], d["date"]) for c in report["claims"] for d in c["dates"] if d["text"] == "on Thursday"]
    # one claim holds both sentences: the undated one's Thursday is unresolved, the dated one's is its own
    assert sorted(thursdays, key=str) == sorted([(48, None), (48, "2026-11-26")], key=str)


def _date_conflicts(first: str, second: str) -> list[str]:
    """The date conflicts of two aligned sentences of English reports, d1 undated (2026-11-28 borrowed from d2)."""
    units, sentences = [], {}
    for doc, text in (("d1", first), ("d2", second)):
        units.append(Unit(doc, f"{doc}:s1", text, 0, len(text), "en"))
        sentences[doc] = ((f"{doc}:s1", text, "en"),)
    measures = _Measures({"d1": "2026-11-28", "d2": "2026-11-28"}, sentences=sentences, assumed=frozenset({"d1"}))
    return [c for c in measures.measure_conflicts(*units) if c.startswith("date:")]


def test_no_conflict_on_a_week_counted_from_a_borrowed_day():
    assert _date_conflicts("The storm hit the coast last week.", "The storm hit the coast on 10 November.") == []
    # a date the undated report writes with its month is still compared
    assert _date_conflicts("The storm hit the coast on 12 November.", "The storm hit the coast on 10 November.")
