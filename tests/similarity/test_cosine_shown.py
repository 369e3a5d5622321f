"""A reason's text similarity never reads "-0.00" (trial newuser60 L6: `similarity match_en.txt other_en.txt`
printed "text similarity -0.00" for two unrelated texts)."""
import pytest

from storylens.similarity._verdict import _cosine_shown


@pytest.mark.parametrize(("cosine", "shown"), [
    (-0.001, "0.00"), (-0.0049, "0.00"), (0.0, "0.00"), (-0.0, "0.00"),
    (-0.126, "-0.13"), (0.456, "0.46"), (0.995, "0.99"), (1.0, "1.00"),
])
def test_two_decimals_and_no_negative_zero(cosine: float, shown: str) -> None:
    assert _cosine_shown(cosine) == shown
