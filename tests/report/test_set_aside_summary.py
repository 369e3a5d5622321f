"""A document set aside as another story adds nothing to the main story (trial 7: the Bundesbank
report set aside beside six earthquake reports still had a "What d7 adds" section)."""

from __future__ import annotations

from dataclasses import replace

from storylens.models import Claim, Evidence
from storylens.report.pipeline import summarise

from ..analysis._docs import doc_of


def _unique(cid: str, doc: str, i: int, text: str) -> Claim:
    return Claim(cid, "unique", text, (Evidence(doc, f"{doc}:s{i}", text),), docs=(doc,))


def test_a_set_aside_document_adds_nothing_and_is_not_in_the_summary():
    quake = ["The earthquake in Durres killed 41 people on Saturday.", "The government set up a 12 million euro fund."]
    quake2 = ["An earthquake in Durres killed 41 people.", "Rescuers searched for survivors in 3 towns."]
    bank = ["The Bundesbank raised its growth forecast to 1.2 percent.", "Inflation will fall to 2.1 percent in 2026."]
    docs = [doc_of("d1", quake), doc_of("d2", quake2), doc_of("d3", bank), doc_of("d4", bank)]
    claims = [
        Claim("c1", "shared", quake[0], (Evidence("d1", "d1:s0", quake[0]), Evidence("d2", "d2:s0", quake2[0])),
              confidence=0.9, docs=("d1", "d2")),
        Claim("c2", "shared", bank[0], (Evidence("d3", "d3:s0", bank[0]), Evidence("d4", "d4:s0", bank[0])),
              confidence=1.0, docs=("d3", "d4")),
        _unique("c3", "d1", 1, quake[1]), _unique("c4", "d2", 1, quake2[1]), _unique("c5", "d3", 1, bank[1]),
    ]
    summary, adds = summarise(docs, claims, {"d3": "another story", "d4": "another story"})
    assert {e.doc for e in summary} == {"d1"}
    assert set(adds) == {"d1", "d2"} and adds["d1"] and adds["d2"]
    everything, all_adds = summarise(docs, claims)  # nothing set aside: as before
    assert "d3" in all_adds and {e.doc for e in everything} == {"d1", "d3"}


def test_a_set_aside_document_has_no_row_in_the_timeline():
    # A new-user trial: the rate decisions set aside beside the mine collapse reports were rows of
    # the collapse's timeline.
    from storylens.report.pipeline import story_timeline

    mine = ["The mine near Copiapó collapsed on October 13, 2026, trapping 12 miners.",
            "Rescuers reached the first shaft on October 14, 2026."]
    mine2 = ["A copper mine collapsed near Copiapó on October 13, 2026.", "Twelve miners were trapped."]
    rates = ["The Reserve Bank of New Zealand cut its cash rate to 2.25 percent on October 8, 2026.",
             "The Czech National Bank raised its rate on September 24, 2026."]
    docs = [doc_of("d1", mine), doc_of("d2", mine2), doc_of("d3", rates)]
    published = {"d1": "2026-10-14", "d2": "2026-10-14", "d3": "2026-10-09"}
    rows = story_timeline(docs, published, [], {"d3": "another story"})
    assert rows and {e.doc for t in rows for e in t.evidence} == {"d1", "d2"}
    every = story_timeline(docs, published, [], {})  # nothing set aside: all documents' events, as before
    assert "d3" in {e.doc for t in every for e in t.evidence}


def test_an_undated_document_borrows_no_date_from_a_set_aside_one():
    # The rate decision set aside (dated a week later) gave the undated collapse report its date, and
    # its "on Monday" became a Monday of another week in the timeline.
    from storylens.report.pipeline import story_publication_dates, story_timeline

    docs = [doc_of("d1", ["Rescuers reached the trapped miners near Copiapó on Monday."]),
            replace(doc_of("d2", ["The copper mine near Copiapó collapsed, trapping 12 miners."]), published="2026-10-14"),
            replace(doc_of("d3", ["The Reserve Bank of New Zealand cut its cash rate to 2.25 percent."]),
                    published="2026-10-22")]
    dates = story_publication_dates(docs, {"d3": "another story"})
    assert dates["d1"].date == "2026-10-14" and "d2" in dates["d1"].reason and dates["d3"].date == "2026-10-22"
    rows = story_timeline(docs, {k: v.date for k, v in dates.items()}, [], {"d3": "another story"})
    assert [t.date for t in rows if any(e.doc == "d1" for e in t.evidence)] == ["2026-10-12"]
    assert story_publication_dates(docs, {})["d1"].date == "2026-10-22"  # nothing set aside: as before


def test_a_set_aside_document_borrows_no_date_from_the_main_story():
    # A tester (stop 66): the undated rate decision set aside beside the mine reports took their date, so its
    # "on Monday" was a Monday of the mine story's week; it borrows only from a report of its own story.
    from storylens.report.pipeline import story_publication_dates

    docs = [replace(doc_of("d1", ["The copper mine near Copiapó collapsed on Monday."]), published="2026-10-14"),
            replace(doc_of("d2", ["Twelve miners were trapped near Copiapó."]), published="2026-10-15"),
            doc_of("d3", ["The Reserve Bank of New Zealand cut its cash rate on Monday."]),
            replace(doc_of("d4", ["The Reserve Bank of New Zealand cut its rate to 2.25 percent."]),
                    published="2026-03-02"),
            doc_of("d5", ["The Bundesbank raised its growth forecast on Monday."])]
    apart = {"d3": "another story", "d4": "another story", "d5": "another story"}
    dates = story_publication_dates(docs, apart, {"d1": 0, "d2": 0, "d3": 1, "d4": 1, "d5": 2})
    assert dates["d3"].date == "2026-03-02" and "d4" in dates["d3"].reason  # its own story's report
    assert dates["d5"].date is None and "its story" in dates["d5"].reason  # alone: unresolved, not the mine's date
    assert dates["d1"].date == "2026-10-14" and dates["d2"].date == "2026-10-15"
    assert story_publication_dates(docs, {})["d5"].date == "2026-10-15"  # nothing set aside: as before


def test_the_main_verdict_gives_the_main_storys_reasons_not_the_set_aside_pairs():
    # A new-user trial: three reports of a Turkey quake and two of a Peru one set aside; the main
    # verdict's reasons were the best pair of all, the Peru pair: "same places: Arequipa, Peru".
    from storylens.models import Similarity
    from storylens.report.pipeline import _combine, _within_main_story

    def pair(overall: float, same: bool, geography: float, *reasons: str) -> Similarity:
        return Similarity(same, overall, {"geography": geography}, reasons)

    turkey = pair(0.78, True, 0.8, "same places: Malatya, Turkey", "same numbers: 6.1")
    peru = pair(0.91, True, 0.95, "same names: Indeci", "same places: Arequipa, Peru")
    across = pair(0.3, False, 0.1, "same numbers: 40")
    ids = [("d1", "d2"), ("d1", "d3"), ("d1", "d4"), ("d2", "d3"), ("d2", "d4"), ("d3", "d4")]
    scores = [turkey, across, across, across, across, peru]
    pairwise = [{"a": a, "b": b, "overall": s.overall, "same_story": s.same_story} for (a, b), s in zip(ids, scores)]
    apart = {"d3": "d3 is a different story", "d4": "d4 is a different story"}
    verdict = _within_main_story(_combine(scores), pairwise, scores, apart)
    assert verdict.same_story and verdict.overall == 0.78 and verdict.dimensions["geography"] == 0.8
    assert verdict.reasons == ("1 of 1 pairs of the main story's documents are the same story",
                               "d3 is a different story", "d4 is a different story",
                               "same places: Malatya, Turkey", "same numbers: 6.1")
