"""Field cases of the claim ledger across languages (../shared/data/field-cases/README.md):
``de-dates/`` and ``zh-quote-segment/``, with the real multilingual encoder."""

from __future__ import annotations

from pathlib import Path

import pytest

from storylens.report.compare import Comparer

CASES = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "field-cases"
pytestmark = pytest.mark.skipif(not CASES.exists(), reason="shared field cases not mounted")


@pytest.fixture(scope="module")
def comparer():
    return Comparer(cache=False)


def _claim_with(comparison, *snippets):
    """The claims holding a sentence with each snippet."""
    out = []
    for claim in comparison.claims:
        texts = [e.text for e in claim.evidence]
        if all(any(s in t for t in texts) for s in snippets):
            out.append(claim)
    return out


@pytest.fixture(scope="module")
def de_dates(comparer):
    return comparer.compare([str(CASES / "de-dates" / "de.txt"), str(CASES / "de-dates" / "en.txt")])


def test_de_dates_translated_date_sentences_form_one_shared_claim(de_dates):
    draft = _claim_with(de_dates, "am 06.01.2022 vorgestellt", "presented on January 6")
    record = _claim_with(de_dates, "Sitzungsprotokoll vom 2022-01-06", "session record of January 6")
    assert draft and draft[0].status == "shared"
    assert record and record[0].status == "shared"
    assert not [c for c in de_dates.claims if c.status == "conflicting"]


def test_de_dates_timeline_has_one_row_per_event_not_per_language(de_dates):
    rows = [t for t in de_dates.timeline if t.date == "2022-01-06"]
    assert len(rows) == 2  # the draft, the committee's approval
    for row in rows:
        assert {e.doc for e in row.evidence} == {"d1", "d2"}
    assert len([t for t in de_dates.timeline if t.date == "2022-01-13"]) == 1


def test_de_dates_no_detail_claims_that_are_the_translation_itself(de_dates):
    # "Laut", "1. März in Kraft" vs "March 1": the other side states them too.
    assert not [c for c in de_dates.claims if c.status == "unique"]


@pytest.fixture(scope="module")
def zh_case(comparer):
    return comparer.compare([str(CASES / "zh-quote-segment" / "zh.txt"), str(CASES / "zh-quote-segment" / "en.txt")])


def test_zh_wang_li_is_linked_to_wang_li_with_a_reason(zh_case):
    entity = next(e for e in zh_case.entities if "王丽" in e.variants)
    assert "Wang Li" in entity.variants
    assert entity.links and "transliteration" in entity.links[0].reason


def test_zh_twelve_schools_is_one_shared_claim(zh_case):
    found = _claim_with(zh_case, "12所学校停课", "Twelve schools in the city have closed.")
    assert found and found[0].status == "shared"


def test_zh_evidence_is_verbatim(zh_case):
    source = (CASES / "zh-quote-segment" / "zh.txt").read_text(encoding="utf-8")
    for claim in zh_case.claims:
        for ev in claim.evidence:
            if ev.doc == "d1":
                assert ev.text in source, ev.text
