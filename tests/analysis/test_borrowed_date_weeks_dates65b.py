"""break65d M6: an undated document borrows another's publication date; dates65 showed its "last week" and "last
month" unresolved in claims[].dates (quantities.read_from_reference) but the timeline still listed them, counted from
the borrowed day ("last week" of a report borrowing Saturday 28 November went on it as the week of 16 November). A
week or month of relative words is now left off the timeline as a weekday alone is; a date written with its month
still dates its sentence, and a document's own publication date still dates its weeks."""

from __future__ import annotations

import pytest

from storylens.analysis.quantities import build_timeline
from tests.analysis._docs import doc_of

SATURDAY = "2026-11-28"


@pytest.mark.parametrize(("lang", "sentences", "counted"), [
    ("en", ["The last storm of this size hit the region last week.", "An earlier one struck on 10 November."],
     "2026-11-16"),
    ("en", ["The storm hit the coast last month.", "An earlier one struck on 10 November."], "2026-10"),
])
def test_a_week_is_not_counted_from_a_borrowed_date(lang, sentences, counted):
    doc = doc_of("d1", sentences, lang)
    borrowed = {row.date for row in build_timeline([doc], {"d1": SATURDAY}, assumed=frozenset({"d1"}))}
    own = {row.date for row in build_timeline([doc], {"d1": SATURDAY})}
    assert not any(d.startswith(counted) for d in borrowed), borrowed
    assert "2026-11-10" in borrowed  # the day and month the article names still date its sentence
    assert any(d.startswith(counted) for d in own), own  # its own publication day still dates the week


def test_a_plural_present_told_as_a_past_by_the_next_sentence_is_dated_back():
    """break65d R05 on the timeline: "Am Montag treffen sich …" before "Sie beschlossen …" is the last Monday."""
    doc = doc_of("d1", ["Am Montag treffen sich die Außenminister der EU in Brüssel.",
                        "Sie beschlossen ein neues Sanktionspaket gegen Russland."], "de")
    assert [row.date for row in build_timeline([doc], {"d1": "2026-12-01"})] == ["2026-11-30"]
