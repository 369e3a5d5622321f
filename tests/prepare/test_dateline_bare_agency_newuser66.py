"""A dateline with a full date and a wire agency's bare name after its dash ("Сочи, 12 ноября 2026 — РИА Новости.")
names the outlet. newuser66: the full date's pattern ended at the dash, and "РИА Новости." stayed the text's first
sentence (its only addition in a comparison, the stored article's title)."""

import pytest

from storylens.ingest import read_string
from storylens.report.compare import prepare_document

_TITLE = "Titel der Meldung über das Hochwasser"
_LEAD = "Das Hochwasser hat am Donnerstag 400 Häuser beschädigt."


@pytest.mark.parametrize(("dateline", "outlet"), [
    ("Сочи, 12 ноября 2026 — РИА Новости.", "РИА Новости"),
    ("Сочи, 12 ноября 2026 — ТАСС.", "ТАСС"),
    ("Berlin, 12. November 2026 – dpa.", "dpa"),
    ("Warszawa, 12 listopada 2026 — PAP.", "PAP"),
])
def test_a_listed_agency_after_a_full_dates_dash_is_the_outlet(dateline, outlet):
    for text in (f"{_TITLE}\n\n{dateline} {_LEAD}\n", f"{_TITLE}\n\n{dateline}\n\n{_LEAD}\n"):
        doc = prepare_document(read_string(text), "d1")
        assert (doc.outlet, doc.published) == (outlet, "2026-11-12")
        assert [s.text for s in doc.sentences] == [_TITLE, _LEAD]


@pytest.mark.parametrize("dateline", ["Berlin, 12. November 2026 – Die Bundesregierung.",
                                      "London, 12 November 2026 — Reuters reported."])
def test_a_name_that_is_no_listed_agency_stays_text(dateline):
    doc = prepare_document(read_string(f"{_TITLE}\n\n{dateline} {_LEAD}\n"), "d1")
    assert doc.outlet is None and doc.published == "2026-11-12"
