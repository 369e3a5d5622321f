"""Chinese negations that stop 79's testers found lost (issue #12). A clause that only names who speaks
("中国东方航空公司表示，…", "…，发言人说。") is cut off at the comma like any clause, and a denial beside it read as
confined to a clause of its own beside an affirmed one: "…表示，上海虹桥机场的航班没有延误" against "said flights
… were delayed" was shared. Such a reporting frame is no affirmed clause (analysis.conflicts._reporting_frame).
Cantonese 冇 (= 没有) is a negation word: "…航班冇延誤" against "were delayed" was shared, and "冇人受傷" against
"nobody was injured" was "d1 affirms, d2 denies"."""

from __future__ import annotations

import pytest

from storylens.analysis.conflicts import _reporting_frame, negated, polarity

DELAYED = "A China Eastern spokesman said flights at Shanghai Hongqiao airport were delayed."
NOT_DELAYED = "A China Eastern spokesman said flights at Shanghai Hongqiao airport were not delayed."


@pytest.mark.parametrize("text", [
    "中国东方航空公司发言人表示，上海虹桥机场的航班没有延误。",
    "中國東方航空公司發言人表示，上海虹橋機場的航班沒有延誤。",
    "中国东方航空公司周二表示，上海虹桥机场的航班没有延误。",
    "上海虹桥机场的航班没有延误，中国东方航空公司发言人说。",
    "中國東方航空公司發言人表示，上海虹橋機場嘅航班冇延誤。",
])
def test_a_reported_denial_conflicts_with_the_affirmation(text):
    assert polarity(text, "zh", DELAYED, "en") == (0, True, False)
    assert polarity(text, "zh", NOT_DELAYED, "en") is None


def test_a_reported_affirmation_conflicts_with_the_denial():
    text = "中国东方航空公司发言人称，上海虹桥机场的航班出现延误。"
    assert polarity(text, "zh", NOT_DELAYED, "en") == (0, False, True)
    assert polarity("中國東方航空公司發言人表示，上海虹橋機場的航班沒有延誤。", "zh", text, "zh") == (0, True, False)


@pytest.mark.parametrize(("part", "frame"), [
    ("中国东方航空公司发言人表示，", True),
    ("中國東方航空公司發言人表示，", True),
    ("中国东方航空公司发言人说。", True),
    ("东航对此表示遗憾，", False),  # more after the verb: a clause of its own
    ("这家公司的名称，", False),  # a noun ending in a verb's character
    ("这是一部小说，", False),
    ("发言人没有表示，", False),  # negated: no bare frame
])
def test_a_reporting_frame_is_a_clause_that_only_names_who_speaks(part, frame):
    assert _reporting_frame(part, "zh") is frame
    assert not _reporting_frame("The spokesman said,", "en")


def test_a_denial_beside_a_clause_of_its_own_stays_confined():
    # the frame rule does not reach a real clause: the arrest is affirmed, the name withheld
    assert polarity("警方周一在北京逮捕了一名嫌疑人，但没有透露他的姓名。", "zh",
                    "Police arrested a suspect in Beijing on Monday.", "en") is None


@pytest.mark.parametrize(("text", "en"), [
    ("東方航空話虹橋機場啲航班冇延誤。", "China Eastern said flights at Hongqiao airport were not delayed."),
    ("警方表示，事件中冇人受傷。", "Police said nobody was injured in the incident."),
])
def test_cantonese_mou_negates(text, en):
    assert negated(text, "zh")
    assert polarity(text, "zh", en, "en") is None
    assert polarity(text, "zh", en.replace("were not delayed", "were delayed").replace("nobody was", "two people were"),
                    "en") is not None


ARREST = "Police arrested a suspect in Beijing on Monday."


@pytest.mark.parametrize(("text", "other", "lang"), [
    # stop 80's tester: a clause that did something before its reporting verb is no frame, false "d1 denies"
    ("警方周一在北京逮捕了一名嫌疑人并对外宣布，但没有透露他的姓名。", ARREST, "en"),
    ("警方週一在北京逮捕了一名嫌疑人並對外宣布，但沒有透露他的姓名。", ARREST, "en"),
    ("警方周一在北京逮捕了一名嫌疑人后表示，没有透露他的姓名。", ARREST, "en"),
    ("该公司去年利润增长了两成后宣布，今年不会裁员。", "The company's profit grew 20 percent last year.", "en"),
    ("救援人員從廢墟中救出三人後透露，沒有發現其他倖存者。", "救援人员从废墟中救出三人。", "zh"),
    ("总统周二会见了外长并强调，两国关系没有改变。", "The president met the foreign minister on Tuesday.", "en"),
])
def test_a_clause_that_acts_before_its_reporting_verb_is_no_frame(text, other, lang):
    assert polarity(text, "zh", other, lang) is None


@pytest.mark.parametrize(("part", "language"), [
    ("警方周一在北京逮捕了一名嫌疑人并对外宣布，", "zh"),
    ("救援人員從廢墟中救出三人後透露，", "zh"),
    ("警察は月曜日に北京で容疑者を逮捕したと説明し、", "ja"),  # no frame read in Japanese (no text data for it)
    ("中国東方航空の広報担当者は述べ、", "ja"),
])
def test_no_frame_where_a_verb_mark_or_no_data(part, language):
    assert not _reporting_frame(part, language)


@pytest.mark.parametrize("text", [
    # stop 80's re-tester: a deed before the verb with no 了 / 并 / 后 / 且 was still a frame, false "d1 denies"
    "警方周一在北京逮捕一名嫌疑人时宣布，但没有透露他的姓名。",
    "警方周一在北京逮捕一名嫌疑人之际宣布，但没有透露他的姓名。",
    "警方周一在北京逮捕一名嫌疑人同时宣布，但没有透露他的姓名。",
    "警方周一在北京逮捕一名嫌疑人過程中透露，但沒有透露他的姓名。",
    "警方周一在北京逮捕过一名嫌疑人的警官表示，但没有透露他的姓名。",
])
def test_a_clause_that_acts_without_a_verb_mark_is_no_frame(text):
    assert polarity(text, "zh", ARREST, "en") is None


@pytest.mark.parametrize(("part", "frame"), [
    # a frame is positive evidence: a speaker, a name, time words and an addressee or channel, nothing else
    ("外交部发言人汪文斌周二表示，", True),
    ("外交部發言人汪文斌週二表示，", True),
    ("东航发言人周二对记者表示，", True),
    ("警方在声明中表示，", True),
    ("警方23日表示，", True),
    ("外交部發言人汪文斌週二在例行記者會上表示，", True),
    ("据警方23日表示，", True),
    ("总统周二会见外长时强调，", False),
    ("总统周二会见外长表示，", False),
    ("總統週二會見外長前表示，", False),
    ("总统周二会见外长期间强调，", False),
    ("总统周二会见外长中强调，", False),
    ("总统周二在会见外长时对记者说，", False),
    ("救援人员从废墟中救出三人的同时透露，", False),
])
def test_a_frame_is_a_speaker_before_the_verb(part, frame):
    assert _reporting_frame(part, "zh") is frame


@pytest.mark.parametrize("text", ["警方正調查有冇人受傷。", "警方正调查有没有人受伤。", "記者問航班有沒有延誤。"])
def test_you_mou_asks_and_denies_nothing(text):
    # stop 80's tester: 有冇 / 有没有 (is there any) read as a denial, a false conflict with "Two people were injured"
    assert not negated(text, "zh")
    assert polarity(text, "zh", "Two people were injured.", "en") is None
    assert negated("所有没有登记的车辆都被扣押。", "zh")  # 所有 (all) + 没有: a denial still


@pytest.mark.parametrize(("text", "zero"), [
    ("警方正調查有冇人受傷。", False), ("警方正调查有没有人受伤。", False), ("还有没有人受伤仍不清楚。", False),
    ("事件中冇人受傷。", True), ("事故中没有人受伤。", True),
])
def test_a_question_of_you_mou_counts_nobody(text, zero):
    # stop 80's tester: "警方正調查有冇人受傷" against "Two people were injured" was "injured: 冇人受傷 vs 2"
    from storylens.analysis.quantities import extract_numbers

    assert any(n.value == 0 for n in extract_numbers(text, language="zh")) is zero
