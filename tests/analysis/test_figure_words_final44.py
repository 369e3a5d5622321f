"""A figure written as a number word and one written in digits are one figure in a claim's differences
(final44 W12: "killed: ثلاثة (d3) vs 3 (d7) vs keine toten (d9)" listed three as two figures)."""

from __future__ import annotations

import pytest

from storylens.analysis.claims import _figure_value


@pytest.mark.parametrize("word", ["ثلاثة", "three", "drei", "trzy", "три", "tres", "üç"])
def test_a_number_word_is_its_value(word):
    assert _figure_value(word) == _figure_value("3")


@pytest.mark.parametrize(("a", "b"), [("about 7", "7"), ("at least three", "3"), ("7,2", "7.25")])
def test_a_bound_or_another_value_stays_another_figure(a, b):
    assert _figure_value(a) != _figure_value(b)
