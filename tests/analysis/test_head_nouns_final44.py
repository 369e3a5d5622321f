"""Counts of two head nouns are two quantities (final44 W3): "一辆载有40名游客的大巴" (a bus carrying 40
tourists) was a count of people ("名", the classifier) and Arabic "وإصابة 27 آخرين" (and injuring 27 others)
a count of people ("آخرين", others) where its "و"-glued "إصابة" (injury) was not read: "person: 40 vs 27"
between two reports that agree. Sentences in the trial's shape; each with its figures read, then compared."""

from __future__ import annotations

import pytest

from storylens.analysis.conflicts import filter_numbers
from storylens.analysis.quantities import compare_numbers, extract_numbers

ZH = "一辆载有40名游客的大巴14日在因斯布鲁克附近的布伦纳高速公路上侧翻，造成3人死亡、27人受伤。"
AR = ("انقلبت حافلة تقل 40 سائحا يوم السبت على طريق برينر السريع قرب إنسبروك، ما أدى إلى مقتل ثلاثة أشخاص وإصابة 27 آخرين، "
      "حسبما أفادت الشرطة.")
EN = "A bus carrying 40 tourists overturned on Saturday near Innsbruck, killing three people and injuring 27, police said."
DE = "Ein mit 40 Touristen besetzter Reisebus ist am Samstag bei Innsbruck umgekippt, drei Menschen starben, 27 wurden verletzt."
RU = "Автобус с 40 туристами перевернулся в субботу под Инсбруком, погибли три человека, 27 ранены, сообщили в полиции."


def _counts(text: str, lang: str) -> list:
    return filter_numbers(text, extract_numbers(text, lang), lang).get("count", [])


def _units(text: str, lang: str) -> dict[float, str | None]:
    return {q.value: q.unit for q in _counts(text, lang)}


def test_the_arabic_toll_after_a_glued_conjunction_is_read():
    assert _units(AR, "ar") == {40: "سائحا", 3: "killed", 27: "injured"}


def test_the_chinese_noun_after_a_classifier_of_people_is_the_unit():
    assert _units(ZH, "zh") == {40: "tourist", 3: "killed", 27: "injured"}  # a measure's noun (num45)


@pytest.mark.parametrize(("a", "lang_a", "b", "lang_b"), [
    (ZH, "zh", AR, "ar"), (ZH, "zh", EN, "en"), (AR, "ar", EN, "en"), (ZH, "zh", DE, "de"), (AR, "ar", RU, "ru"),
    ("警方说，40名游客乘坐大巴。", "zh", "Police said 27 people were on board.", "en"),
    ("载有40名游客。", "zh", "وإصابة 27 آخرين.", "ar"),
])
def test_agreeing_reports_of_tourists_and_injured_do_not_conflict(a, lang_a, b, lang_b):
    assert compare_numbers(_counts(a, lang_a), _counts(b, lang_b)) == []


@pytest.mark.parametrize(("a", "lang_a", "b", "lang_b", "conflict"), [
    ("造成3名游客死亡。", "zh", "مقتل أربعة أشخاص.", "ar", "killed"),
    ("Двое погибли и 27 пострадали.", "ru", "ما أدى إلى مقتل ثلاثة أشخاص وإصابة 30 آخرين.", "ar", "injured"),
])
def test_a_toll_that_differs_still_conflicts(a, lang_a, b, lang_b, conflict):
    found = compare_numbers(_counts(a, lang_a), _counts(b, lang_b))
    assert any(line.startswith(conflict) for line in found), found


def test_a_word_starting_with_the_conjunction_letter_is_no_glued_conjunction():
    # "وفاة" (death) starts with "و" and is a toll word of its own
    assert _units("سجلت 3 وفيات.", "ar") == {3: "killed"}
