"""Two dated leads, one counting a later find, are two occasions (issue #12, stop 75, conflicts75).

Issue #12 listed "drei weitere Leichen" (Tuesday) against "zwei Leichen" (Monday) as a false conflict of two days;
:meth:`_Measures.measure_conflicts` reads an increment as a later occasion and says nothing, but
:func:`_split_lead_dates`, which compares two reports' first dated sentences whatever their cosine, set the two
leads' days against each other: "date: am Dienstag (2026-12-08) vs on Monday (2026-12-07)", in de/en, fr/en, it/en,
pl/en (conflict_probes75 N07-N11). A lead of a later count against one of a first count is no longer compared; two
leads of the same count or two of a later count still are."""

from __future__ import annotations

import pytest

from storylens.models import RawDocument

PUB = "2026-12-08"  # a Tuesday
MONDAY = "Flood search. Police recovered two bodies from the river on Monday."


def _conflicts(comparer, a: tuple[str, str], b: tuple[str, str]) -> list[str]:
    raws = [RawDocument(source=f"{side}.txt", text=text, metadata={"date": PUB, "language": language})
            for side, (text, language) in (("a", a), ("b", b))]
    return [c.conflict for c in comparer.compare(raws).claims_with_status("conflicting")]


@pytest.fixture(scope="module")
def comparer(embedder):
    from storylens.report.compare import Comparer

    return Comparer(embedder=embedder)


@pytest.mark.slow
@pytest.mark.parametrize(("lead", "language"), [
    ("Hochwasser. Die Polizei hat am Dienstag drei weitere Leichen aus dem Fluss geborgen.", "de"),
    ("Inondations. La police a repêché mardi trois autres corps dans la rivière.", "fr"),
    ("Alluvione. La polizia ha recuperato martedì altri tre corpi dal fiume.", "it"),
    ("Powódź. Policja wyłowiła we wtorek z rzeki trzy kolejne ciała.", "pl"),
])
def test_a_later_find_against_the_first_is_no_date_conflict(comparer, lead, language):
    assert _conflicts(comparer, (lead, language), (MONDAY, "en")) == []


@pytest.mark.slow
@pytest.mark.parametrize(("a", "b"), [
    # one find, two days
    (("Hochwasser. Die Polizei hat am Dienstag zwei Leichen aus dem Fluss geborgen.", "de"), (MONDAY, "en")),
    (("Inondations. La police a repêché mardi deux corps dans la rivière.", "fr"),
     ("Inondations. La police a repêché lundi deux corps dans la rivière.", "fr")),
    # one later find, two days
    (("Hochwasser. Die Polizei hat am Dienstag drei weitere Leichen aus dem Fluss geborgen.", "de"),
     ("Flood search. Police recovered three more bodies from the river on Wednesday.", "en")),
    (("Flood search. Police recovered three more bodies from the river on Tuesday.", "en"),
     ("Flood search. Police recovered three more bodies from the river on Wednesday.", "en")),
])
def test_one_find_on_two_days_is_still_a_date_conflict(comparer, a, b):
    found = _conflicts(comparer, a, b)
    assert len(found) == 1 and found[0].startswith("date:")
