"""A score told against its cut shows which side it is on (trial51 F6: "overall 0.55, below the same-story cut
0.55")."""

from storylens.similarity._verdict import _apart_figures


def test_two_decimals_when_they_differ():
    assert _apart_figures(0.42, 0.55) == ("0.42", "0.55")


def test_three_decimals_when_two_would_read_equal():
    assert _apart_figures(0.547, 0.55) == ("0.547", "0.550")
    assert _apart_figures(0.5504, 0.55) == ("0.5504", "0.5500")
    assert _apart_figures(0.55, 0.55) == ("0.55", "0.55")  # equal: the verdict's side is the cut's test
