"""Chinese approximate counts in characters (new-user trial 47 F6/F12): a Han numeral before a person classifier
(人, 名, 位) with an ordinary noun or a verb outside the casualty words after it gave no number ("数百人被困",
"八十名警察赶到", "几十名警察参与搜救"), nor did "more than" after a numeral ("十余人死亡", "千余名居民"), while
the digit forms ("80名警察赶到", "三百人被困") did: "Twelve people were trapped" against "数百人被困" and "More than
50 people died" against "十余人死亡" were shared with no note. "上百" is "a hundred or more", not 300."""

from __future__ import annotations

import pytest

from storylens.analysis.quantities import compare_numbers, extract_numbers


def _one(text: str) -> tuple[float | None, float | None, float | None, str | None]:
    found = extract_numbers(text, "zh")
    assert len(found) == 1, found
    q = found[0]
    return q.value, q.low, q.high, q.approx


@pytest.mark.parametrize(("text", "value", "low", "high"), [
    ("数百人被困在废墟下。", 300, 200, 999),
    ("几十名警察参与搜救。", 30, 20, 99),
    ("数十位专家赶赴现场。", 30, 20, 99),
    ("七八十名救援人员被派往现场。", 70, 70, 80),
    ("八十名警察赶到。", 80, 80, 80),
    ("三十位居民签名。", 30, 30, 30),
])
def test_a_numeral_before_a_person_classifier_counts_people(text, value, low, high):
    assert _one(text)[:3] == (value, low, high)


@pytest.mark.parametrize(("text", "value"), [
    ("官方媒体报道，十余人死亡。", 10),
    ("事故造成二十余人受伤。", 20),
    ("千余名居民被疏散。", 1000),
    ("百余人被困。", 100),
    ("二十多名警察赶到。", 20),
])
def test_more_than_after_the_numeral_is_a_lower_bound(text, value):
    v, low, high, approx = _one(text)
    assert (v, low, high, approx) == (value, value, None, "above")


@pytest.mark.parametrize(("text", "value"), [("上百人被困。", 100), ("上百名乘客获救。", 100), ("成千人被迫撤离。", 1000)])
def test_shang_bai_is_at_least_a_hundred(text, value):
    assert _one(text) == (value, value, None, "min")


@pytest.mark.parametrize("text", [
    "百人计划启动。",          # a programme's name: units alone
    "千万不要靠近。",          # "by all means"
    "老百姓很担心。",          # the people
    "十分危险。",              # "very"
    "他是第十名。",            # an ordinal
])
def test_no_count_without_a_numeral_of_people(text):
    assert extract_numbers(text, "zh") == ()


@pytest.mark.parametrize(("en", "zh", "conflict"), [
    ("Twelve people were trapped under the debris.", "凉水村数百人被困在废墟下。", True),
    ("Some 700 rescuers were sent to the site.", "七八十名救援人员被派往现场。", True),
    ("Five police officers joined the search.", "几十名警察参与搜救。", True),
    ("Five police officers joined the search.", "5名警察参与搜救。", False),
    ("About 75 rescuers were sent to the site.", "七八十名救援人员被派往现场。", False),
    ("Hundreds of people were trapped under the debris.", "凉水村数百人被困在废墟下。", False),
    ("About 40 police officers joined the search.", "几十名警察参与搜救。", False),
])
def test_the_figures_of_a_restatement_are_compared(en, zh, conflict):
    # trial47 F12: the unit of "名" + a noun a measure knows is that measure (rescuer, police), as in English
    found = compare_numbers(extract_numbers(en, "en"), extract_numbers(zh, "zh"))
    assert bool(found) is conflict, found
