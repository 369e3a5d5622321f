"""A record's "date" (a library caller's metadata, beside "published") is read as a date, not cut to ten characters
(final72: "March 12, 2026 10:00" became the published date "March 12, ", an epoch number "1773300000")."""

from __future__ import annotations

import pytest

from storylens.models import RawDocument
from storylens.report.compare import _date_only, prepare_document

BODY = "A fire destroyed a warehouse in Hamburg on Thursday. Two workers were injured, the fire service said."


@pytest.mark.parametrize(("value", "day"), [("March 12, 2026 10:00", "2026-03-12"), (1773300000, "2026-03-12"),
                                            ("2026-03-12T23:30:00-05:00", "2026-03-12"), ("2026-03-12", "2026-03-12"),
                                            ("Thu, 12 Mar 2026 10:00:00 +0100", "2026-03-12"), ("yesterday", None),
                                            ("", None), (None, None)])
def test_the_day_a_records_date_states(value, day):
    assert _date_only(value) == day


def test_a_documents_date_from_its_metadata():
    doc = prepare_document(RawDocument(source="a", text=BODY, metadata={"date": "March 12, 2026 10:00"}), "d1")
    assert doc.published == "2026-03-12"
    doc = prepare_document(RawDocument(source="b", text=BODY, metadata={"date": "soon"}), "d2")
    assert doc.published is None
