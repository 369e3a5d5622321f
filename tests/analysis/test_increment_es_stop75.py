"""Spanish later counts (issue #12, stop 75, conflicts75): "tres cuerpos más" and "otras dos personas" are increments,
as "drei weitere Leichen", "trois autres corps" and "altri tre corpi" are; a comparison ("dos personas más que …",
"tres cuerpos más de los previstos"), a time ("tres años más tarde") and a plain count stay counts."""

from __future__ import annotations

import re

import pytest

from storylens.analysis.conflicts import number_kind


def _kind(text: str, number: str) -> str:
    m = re.search(rf"\b{number}\b", text)
    assert m is not None
    return number_kind(text, m.start(), m.end())


@pytest.mark.parametrize(("text", "number"), [
    ("La policía recuperó el martes tres cuerpos más del río.", "tres"),
    ("Se confirmaron dos muertos más en Valencia.", "dos"),
    ("Murieron otras dos personas.", "dos"),
    ("Die Polizei fand drei weitere Leichen.", "drei"),
])
def test_a_later_count_is_an_increment(text, number):
    assert _kind(text, number) == "increment"


@pytest.mark.parametrize(("text", "number"), [
    ("Murieron dos personas más que el año pasado.", "dos"),
    ("Hay tres cuerpos más de los previstos.", "tres"),
    ("Tres años más tarde volvió al pueblo.", "Tres"),
    ("La policía recuperó tres cuerpos del río.", "tres"),
])
def test_a_comparison_a_time_or_a_total_is_no_increment(text, number):
    assert _kind(text, number) == "count"
