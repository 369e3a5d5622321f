""""One person was killed and 14 others were injured": the 14 are injured, not killed (closing_stop46, #12: "14
others were injured" after "was killed" was read as a second count of the killed, an increment). "others" stands
between a count and its toll word as "other" and "more" do; a count with no toll word after it still takes the one
before ("Three people were killed and 14 others": 14 more dead)."""

from __future__ import annotations

import pytest

from storylens.analysis.quantities import extract_numbers, unit_key


@pytest.mark.parametrize("text, tolls", [
    ("One person was killed and 14 others were injured.", [("killed", 1), ("injured", 14)]),
    ("Two people died and 14 others were hurt.", [("killed", 2), ("injured", 14)]),
    ("Three people were killed and 14 others were wounded in the attack.", [("killed", 3), ("injured", 14)]),
    ("Three people were killed and 14 others.", [("killed", 3), ("killed", 14)]),
])
def test_others_take_the_toll_word_after_them(text, tolls):
    assert [(unit_key(q.unit), q.value) for q in extract_numbers(text, "en") if q.value] == tolls
