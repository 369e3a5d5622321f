"""Traditional Chinese is read with the Chinese word lists, which are written in Simplified characters: each
Traditional character is looked up as its Simplified one (text.han_lookup_form), the text itself stays as written.
fieldcases78 z6: "預計未來三天…" (expected over the next three days) against its English report was "conflicting:
polarity d1 denies", "未來" (future) being listed only as "未来". Japanese keeps its own forms."""

from __future__ import annotations

import pytest

from storylens.analysis.conflicts import affirmed, negated, polarity
from storylens.text._hanzi import han_lookup_form

EN = "She said up to 150 millimetres of rain were expected over the next three days."


@pytest.mark.parametrize("text", ["她表示，預計未來三天降雨量將達到150毫米。", "警方沒收了兩輛汽車。", "警方没收了两辆汽车。"])
def test_a_traditional_phrase_that_negates_nothing_is_no_denial(text):
    assert not negated(text, "zh")
    assert polarity(EN, "en", text, "zh") is None


@pytest.mark.parametrize("text", ["歐洲央行沒有降息。", "事故中無人受傷。", "官員否認了這份報告。"])
def test_a_traditional_denial_still_denies(text):
    assert negated(text, "zh")
    assert negated(han_lookup_form(text, "zh"), "zh")


# stop 79's tester: "没收" (confiscate) as a whole word negated nothing, but it also swallowed the "没" of 没收到 (not
# received), 没收入 (no income), 没收拾 (not packed), 没收购 (not acquired): their denials were lost
@pytest.mark.parametrize(("text", "en"), [
    ("数千名工人已经两个月没收入了。", "Thousands of workers have had an income for the past two months."),
    ("數千名工人已經兩個月沒收入了。", "Thousands of workers have had an income for the past two months."),
    ("他说他没收到任何通知。", "He said he received a notice."),
    ("他說他沒收到任何通知。", "He said he received a notice."),
    ("居民们没收拾行李就逃走了。", "Residents packed their bags before fleeing."),
    ("居民們沒收拾行李就逃走了。", "Residents packed their bags before fleeing."),
    ("公司今年没收购任何企业。", "The company acquired businesses this year."),
    ("公司今年沒收購任何企業。", "The company acquired businesses this year."),
])
def test_not_received_is_a_denial_though_confiscate_is_none(text, en):
    assert negated(text, "zh")
    assert polarity(en, "en", text, "zh") is not None
    assert "收" in affirmed(text, "zh") and "没" not in affirmed(text, "zh") and "沒" not in affirmed(text, "zh")


def test_confiscate_inside_a_denial_still_denies():
    assert negated("警方並未沒收任何財物。", "zh") and negated("警方并未没收任何财物。", "zh")
    assert affirmed("警方並未沒收任何財物。", "zh") == "警方並沒收任何財物。"


# stop 79's tester: words written with 没 / 别 that negate nothing (submerged, sank, declined, villa) were denials in
# either script ("洪水淹沒了3個村莊" against "Floods submerged three villages": a polarity conflict)
@pytest.mark.parametrize(("text", "en"), [
    ("洪水淹沒了3個村莊。", "Floods submerged three villages."),
    ("洪水淹没了3个村庄。", "Floods submerged three villages."),
    ("一艘載有20名漁民的漁船在暴風中沉沒。", "A fishing boat carrying 20 fishermen sank in the storm."),
    ("一艘载有20名渔民的渔船在暴风中沉没。", "A fishing boat carrying 20 fishermen sank in the storm."),
    ("這家有百年歷史的企業逐漸沒落。", "The century-old company has gradually declined."),
    ("警方在一棟別墅內發現了7具屍體。", "Police found seven bodies in a villa."),
    ("警方在一栋别墅内发现了7具尸体。", "Police found seven bodies in a villa."),
    ("野生動物經常在這一帶出沒。", "Wild animals are often seen in the area."),
    ("敵軍全軍覆沒。", "The enemy army was wiped out."),
])
def test_a_word_written_with_a_negation_character_is_no_denial(text, en):
    assert not negated(text, "zh")
    assert polarity(en, "en", text, "zh") is None


def test_a_denial_of_such_a_word_still_denies():
    assert negated("那艘船沒有沉沒。", "zh") and negated("那艘船没有沉没。", "zh")
    assert negated("你別去那棟別墅。", "zh")


def test_affirmed_keeps_the_traditional_text_as_written():
    assert affirmed("歐洲央行沒有降息。", "zh") == "歐洲央行降息。"


def test_the_lookup_form_is_one_character_for_one_and_chinese_only():
    text = "氣象部門週四發布暴雨橙色預警。王麗說。"
    assert han_lookup_form(text, "zh") == "气象部门周四发布暴雨橙色预警。王丽说。"
    assert han_lookup_form(text, "zh-Hant") == han_lookup_form(text, "zh-TW") == han_lookup_form(text, "zh")
    assert len(han_lookup_form(text, "zh")) == len(text)
    # Japanese "週一回" (once a week), "無" (none) keep their forms: the zh lists never read them
    assert han_lookup_form("週一回、無料で開く。", "ja") == "週一回、無料で開く。"
    assert han_lookup_form("预计未来三天", "zh") == "预计未来三天"


# ---------------------------------------------------------------- dates (fieldcases78 z6: "週四" gave no date)


@pytest.mark.parametrize(("text", "phrase"), [("氣象部門週四發布暴雨橙色預警。", "週四"), ("氣象部門星期四發布暴雨橙色預警。", "星期四"),
                                              ("气象部门周四发布暴雨橙色预警。", "周四")])
def test_a_traditional_weekday_is_read_and_kept_as_written(text, phrase):
    from storylens.analysis.quantities import extract_dates

    got = [(d.text, d.date, text[d.start:d.end]) for d in extract_dates(text, published="2021-05-06", language="zh")]
    assert got == [(phrase, "2021-05-06", phrase)]


@pytest.mark.parametrize("text", ["ジムには週一回通っている。", "週一回の会議が開かれた。"])
def test_japanese_once_a_week_is_no_monday(text):
    from storylens.analysis.quantities import extract_dates

    assert extract_dates(text, published="2021-05-06", language="ja") == ()


# ---------------------------------------------------------------- names (fieldcases78 z6: 王麗 not linked to Wang Li)


def test_a_traditional_chinese_name_is_found_as_written():
    from storylens.analysis.entities._rules import _script_mentions

    found = {f for f, *_ in _script_mentions("氣象部門週四發布暴雨橙色預警。市氣象台首席預報員王麗說。", "zh")}
    assert "王麗" in found
    assert not any(f.startswith(("週", "周")) for f in found)
    # a country is no person in either script (stop 78's tester: "韓國" made a person)
    for text in ("韓國總統週四表示，將加強合作。", "韩国总统周四表示，将加强合作。"):
        assert not [f for f, etype, *_ in _script_mentions(text, "zh") if etype == "PERSON"], text
