"""Trial57 F3: a Chinese name in quotation marks inside its clause ("希腊派出2架“加拿大人”灭火飞机", the Canadair
aircraft) was listed as a quote, with the speaker of the sentence before. A quotation after a verb of saying or a
colon stays one. Inputs written for these tests."""

import pytest

from ._docs import speakers_of

SPOKE = "消防部门发言人凯蒂斯说，火势仍未得到控制。"


@pytest.mark.parametrize("text, language", [
    (SPOKE + "希腊派出2架“加拿大人”灭火飞机协助灭火。", "zh"),
    (SPOKE + "当局启动了“蓝天行动”救援计划。", "zh"),
    (SPOKE + "这艘名为“长赐”号的货轮搁浅。", "zh"),
    ("消防当局によると、ギリシャは2機の「カナデア」消防機を派遣した。", "ja"),
], ids=["zh-aircraft", "zh-operation", "zh-ship", "ja-aircraft"])
def test_a_name_in_quotation_marks_inside_its_clause_is_no_quote(text, language):
    assert speakers_of(text, language) == []


@pytest.mark.parametrize("text, language", [
    ("副市长李国强表示“将全力救治伤员”。", "zh"),
    ("李国强说：“我们将全力救治伤员。”", "zh"),
    ("他强调“绝不放过任何隐患”，并要求彻查。", "zh"),
], ids=["zh-biaoshi", "zh-colon", "zh-qiangdiao"])
def test_a_quotation_after_a_verb_of_saying_stays_one(text, language):
    assert len(speakers_of(text, language)) == 1
