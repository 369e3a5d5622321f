"""break51 N9: "saved" before a count read every count as people rescued: "The government scheme saved 5,000 jobs"
against "saved 4,000 jobs" was "rescued: 5,000 vs 4,000". Jobs, firms and hours saved (text data "saved_things") are no
rescue; lives and people saved still are. Inputs written for these tests."""

from __future__ import annotations

import pytest

from storylens.analysis.quantities import compare_numbers, extract_numbers, unit_key


def _units(text: str, lang: str) -> list[str | None]:
    return [unit_key(q.unit) for q in extract_numbers(text, lang) if q.kind == "count"]


@pytest.mark.parametrize(("text", "lang"), [
    ("The government scheme saved 5,000 jobs, the minister said.", "en"),
    ("Le plan a sauvé 5 000 emplois.", "fr"),
    ("El plan salvó 5.000 empleos.", "es"),
    ("Der Plan rettete 5.000 Arbeitsplätze.", "de"),
    ("Il piano ha salvato 5.000 posti di lavoro.", "it"),
])
def test_jobs_saved_are_no_rescue(text, lang):
    assert _units(text, lang) == ["worker"]


@pytest.mark.parametrize(("text", "lang"), [
    ("Doctors saved 12 lives.", "en"),
    ("Rescuers saved 40 workers trapped in the mine.", "en"),
    ("Les secours ont sauvé 40 personnes.", "fr"),
])
def test_people_and_lives_saved_are_still_rescued(text, lang):
    assert _units(text, lang) == ["rescued"]


def test_two_counts_of_jobs_saved_differ_as_jobs():
    diffs = compare_numbers(extract_numbers("The government scheme saved 5,000 jobs.", "en"),
                            extract_numbers("The government scheme saved 4,000 jobs.", "en"))
    assert diffs and all("rescued" not in str(d) for d in diffs)
