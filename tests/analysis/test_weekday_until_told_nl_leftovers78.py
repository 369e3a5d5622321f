"""Dutch says a limit ahead as German does (leftovers78, #12 B9): «De burgemeester zei dat de fabriek tot vrijdag
gesloten blijft» was the Friday before publication, as German was before dates74 gave it its verbs of staying: the
Dutch text data had no "weekday_told_presents" nor "weekday_told_breaks", and the participle after the weekday
("gesloten", a past form of the Dutch data: an agreement "concluded") read the limit back where a verb of staying
holds it. A past of the limit's own clause still looks back. The texts are written for these tests."""

import pytest

from ._weekdays import LAST_FRIDAY, NEXT_FRIDAY
from ._weekdays import days as _days


@pytest.mark.parametrize("text", [
    "De burgemeester zei dat de fabriek tot vrijdag gesloten blijft.",
    "De burgemeester zei, de fabriek blijft tot vrijdag gesloten.",
    "De politie zei dat de wegen tot vrijdag afgesloten blijven.",
    "De burgemeester zei dat de fabriek tot vrijdag gesloten zal zijn.",
    "De minister zei dat de scholen tot vrijdag dicht zullen blijven.",
])
def test_a_dutch_said_limit_points_ahead(text: str) -> None:
    assert _days(text, "nl") == [NEXT_FRIDAY]


@pytest.mark.parametrize("text", [
    "De burgemeester zei dat de fabriek tot vrijdag gesloten was.",
    "De burgemeester zei dat de fabriek tot vrijdag gesloten is geweest.",
    "De burgemeester zei dat het akkoord tot vrijdag gesloten was.",
])
def test_a_dutch_past_limit_looks_back(text: str) -> None:
    assert _days(text, "nl") == [LAST_FRIDAY]
