"""A glued "m" is a metre where the language's data says so, and a capitalised Italian hundred is a name (break48).

F5: stop 47 gave the stream's keys the ledger's reading of a letter glued to a figure ("40k", "$2m"), and with it the
ledger's misreading of an English metre: "the 100m final", "a wall 2m high", "8m deep" were 100,000,000, 2,000,000 and
8,000,000 ("#100000000" a key). English data lists "m" as a metre ("measures"): such a letter is a scale only after a
currency or before a word the data counts under another key ("2m people", "2m homes").
F6: stop 47 read Italian number words glued into one ("duecentomila"); a capitalised one inside a sentence is a name,
"il Novecento" (the 20th century), "nel Quattrocento", "una Fiat Cinquecento", not 900, 400, 500.
"""

from __future__ import annotations

import re

import pytest

from storylens.analysis.quantities import extract_numbers
from storylens.cluster import entity_keys
from storylens.text import scale_after


def after(text: str, lang: str | None) -> tuple[float, int] | None:
    m = re.search(r"\d+(?:[.,]\d+)?", text)
    assert m is not None
    return scale_after(text, m.end(), lang)


@pytest.mark.parametrize("text", ["He won the 100m final.", "The wall is 2m high.", "the pool was 8m deep",
                                  "a 2m-high wall", "the 400m hurdles"])
def test_a_metre_is_no_million(text):
    assert after(text, "en") is None
    assert not [q for q in extract_numbers(text, "en") if q.value is not None and q.value >= 1e6]
    assert not [k for k in entity_keys(text, "en") if k.startswith("#") and len(k) > 6]


@pytest.mark.parametrize(("text", "value"), [
    ("The plan costs $2m.", 2e6), ("It cost £3.5m in total.", 3.5e6), ("2m people fled the city.", 2e6),
    ("2m homes lost power.", 2e6), ("40k people marched.", 4e4), ("Around 1.8mn people", 1.8e6),
    ("Losses reached 4.5bn euros.", 4.5e9),
])
def test_a_scale_letter_still_scales(text, value):
    assert value in {q.value for q in extract_numbers(text, "en")}
    assert f"#{round(value)}" in entity_keys(text, "en")


@pytest.mark.parametrize("text", ["La Fiat Cinquecento è tornata.", "Nel Quattrocento e nel Trecento.",
                                  "La storia del Novecento fu dura."])
def test_an_italian_century_is_no_figure(text):
    assert not [q for q in extract_numbers(text, "it") if q.value in (300.0, 400.0, 500.0, 900.0)]


@pytest.mark.parametrize(("text", "value"), [
    ("Seicento persone sono morte.", 600.0), ("un milione e duecentomila euro", 1_200_000.0),
    ("Sono morte duecentomila persone.", 200_000.0), ("«Duecentomila persone» in piazza", 200_000.0),
])
def test_an_italian_glued_number_still_reads(text, value):
    assert value in {q.value for q in extract_numbers(text, "it")}
