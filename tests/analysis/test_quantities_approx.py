"""Approximate figures: a mention re-read from its stored fields keeps its approximator
(NumberMention.approx), and an approximate figure within its range of an exact one is no conflict
but a difference, unless the two are equal up to rounding (storylens.analysis.quantities.differing_numbers)."""

from __future__ import annotations

import dataclasses
import json

import pytest

from storylens.analysis.quantities import bound_label, compare_numbers, differing_numbers, extract_numbers
from storylens.models import NumberMention, plain
from storylens.report import load_schema


def _stored(text: str, lang: str) -> list[NumberMention]:
    """The figures of a sentence as a claim stores them (the report's JSON), read back."""
    names = {f.name for f in dataclasses.fields(NumberMention)}
    rows = json.loads(json.dumps([plain(q) for q in extract_numbers(text, lang)]))
    return [NumberMention(**{k: v for k, v in row.items() if k in names}) for row in rows]


@pytest.mark.parametrize(
    "a, b",
    [
        (("The settlement was worth about $2.7 million.", "en"), ("The settlement was worth $2.9 million.", "en")),
        (("Rund 2,7 Millionen Euro flossen in den Fonds.", "de"), ("2,9 Millionen Euro flossen in den Fonds.", "de")),
        (("More than 100 people were killed.", "en"), ("Murieron 150 personas.", "es")),
        (("Около 300 человек были ранены.", "ru"), ("330 people were injured.", "en")),
    ],
)
def test_a_stored_figure_keeps_its_approximator(a, b):
    assert compare_numbers(extract_numbers(*a), extract_numbers(*b)) == []
    assert compare_numbers(_stored(*a), _stored(*b)) == []  # re-read as exact, it was a conflict


@pytest.mark.parametrize(
    "text, lang, label",
    [
        ("Nearly 100 people were killed.", "en", "about 100"),
        ("Au moins 42 personnes sont mortes.", "fr", "at least 42"),
        ("Bis zu 500 Menschen wurden evakuiert.", "de", "at most 500"),
    ],
)
def test_a_stored_bound_reads_as_the_bound(text, lang, label):
    assert [bound_label(m) for m in _stored(text, lang)] == [label]


def test_the_schema_documents_the_approximator():
    numbers = load_schema()["properties"]["claims"]["items"]["properties"]["numbers"]["items"]["properties"]
    assert "approx" in numbers
    assert {m["approx"] for m in map(plain, extract_numbers("About 100 and at least 42 and 7 people.", "en"))} <= set(
        numbers["approx"]["enum"])


@pytest.mark.parametrize(
    "a, b",
    [
        (("The city paid about $2.7 million.", "en"), ("The city paid $2.9 million.", "en")),
        (("About 100 people were killed.", "en"), ("104 people were killed.", "en")),
        (("Environ 100 personnes ont été tuées.", "fr"), ("108 people were killed.", "en")),
        (("Около 100 человек погибли.", "ru"), ("Murieron 92 personas.", "es")),
        (("Rund 2,7 Millionen Euro", "de"), ("2,9 Millionen Euro", "de")),
    ],
)
def test_an_approximate_figure_near_an_exact_one_differs_without_conflict(a, b):
    """Within the approximate range: no conflict, yet a reader sees both figures (trial 12: "about 50
    seats" / "48 seats" said nothing of the corrected count)."""
    xs, ys = extract_numbers(*a), extract_numbers(*b)
    assert compare_numbers(xs, ys) == []
    assert len(differing_numbers(xs, ys)) == 1
    assert len(differing_numbers(_stored(*a), _stored(*b))) == 1


@pytest.mark.parametrize(
    "a, b",
    [
        (("About 100 people were killed.", "en"), ("Around 100 people were killed.", "en")),
        (("About 100 people were killed.", "en"), ("100 people were killed.", "en")),
        (("Environ 100 personnes ont été tuées.", "fr"), ("Около 100 человек погибли.", "ru")),
        (("About 12,000 people were evacuated.", "en"), ("12.100 Menschen wurden evakuiert.", "de")),
    ],
)
def test_an_approximate_figure_equal_to_the_other_does_not_differ(a, b):
    xs, ys = extract_numbers(*a), extract_numbers(*b)
    assert compare_numbers(xs, ys) == [] and differing_numbers(xs, ys) == []


@pytest.mark.parametrize(
    "a, b, left, right",
    [
        (("About 100 people were killed.", "en"), ("About 130 people were killed.", "en"), "about 100", "about 130"),
        (("At least 42 people died.", "en"), ("57 personas murieron.", "es"), "at least 42", "57"),
        (("Etwa 100 Menschen kamen ums Leben.", "de"), ("Около 130 человек погибли.", "ru"), "about 100", "about 130"),
    ],
)
def test_figures_outside_the_approximate_range_still_differ(a, b, left, right):
    assert differing_numbers(extract_numbers(*a), extract_numbers(*b)) == [("killed", left, right)]
