"""A Traditional dispatch mark (電, 訊) followed by a Han character is read as no mark (stop 80's re-tester of zh80):
the lead's word after it is unlisted ("電熱水器", "電單車": motorbike, not bicycle), and eating 電 changes the text;
with a space or a bracket after it the dateline is read, as a Simplified one is."""

import pytest

from storylens.prepare.clean import clean_text


@pytest.mark.parametrize("line", [
    "新華社北京3月23日電熱水器爆炸致一人死亡。",
    "中央社臺北3月23日電單車事故造成兩人受傷。",
    "中央社記者王小明臺北3月23日電熱水器爆炸。",
    "新華社北京3月23日電國務院宣布新措施。",  # read by zh80's first rule; 電 + Han is no mark in Traditional text
])
def test_a_traditional_mark_before_han_keeps_the_line(line: str) -> None:
    assert clean_text(line).text == line


def test_a_traditional_mark_before_a_space_is_a_dateline() -> None:
    cleaned = clean_text("新華社北京3月23日電 國務院宣布新措施。")
    assert cleaned.text == "國務院宣布新措施。"
    assert (cleaned.place, cleaned.outlet) == ("北京", "新华社")
