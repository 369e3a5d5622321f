"""trial45 W4: a Han place name of two characters glued to a longer name spelled by sound is a piece
of it, not a place: 塞特卡利 (Seitkali) holds 卡利 (Cali), 卡拉干达州 (Karaganda region) 达州 (Dazhou),
阿拉木图 (Almaty) 阿拉 (Arrah); a name inside a longer name the gazetteer knows is no place either
(新德里 is New Delhi, not Delhi). A neighbouring place name or a direction word ("伦敦西南部") is a word
boundary. The SemEval dev texts in Chinese lost 15 such pieces and no whole name (read by hand)."""

import pytest

from storylens.analysis.entities._rules import _script_mentions
from storylens.similarity import Gazetteer

XINHUA = "新华社阿拉木图12月1日电 哈萨克斯坦卡拉干达州法院1日以违反安全规定罪判处列宁煤矿前矿长若马尔特·塞特卡利九年有期徒刑。"


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return Gazetteer.load()


def _labels(g: Gazetteer, text: str) -> set[str]:
    return {g.labels.get(p, p) for p in g.find(text, strict=True)}


def test_pieces_of_longer_names_are_no_places(gazetteer: Gazetteer) -> None:
    # the dateline's 阿拉木图 is Almaty, whole (CLDR's name since fix58), not 阿拉 (Arrah)
    assert _labels(gazetteer, XINHUA) == {"Kazakhstan", "Almaty"}
    assert _labels(gazetteer, "塞特卡利现年54岁。") == set()
    assert "Dazhou" not in _labels(gazetteer, "2月内华达州议会第80届会议开幕。")        # Nevada
    assert "Arrah" not in _labels(gazetteer, "组织负责收集有关阿拉巴马州赌博的事。")       # Alabama
    assert _labels(gazetteer, "新德里：国会领袖周二表示。") == {"New Delhi"}


@pytest.mark.parametrize("text, place", [
    ("哥伦比亚卡利市发生爆炸。", "Cali"),
    ("达州市发生洪水。", "Dazhou"),
    ("来自伦敦西南部的特威克纳姆。", "London"),
    ("他在意大利罗马和俄罗斯莫斯科之间往返。", "Moscow"),
    ("东京奥运会推迟一年。", "Tokyo"),
    ("巴黎圣母院重新开放。", "Paris"),
    ("哈萨克斯坦卡拉干达州法院1日宣判。", "Kazakhstan"),
])
def test_whole_names_stay(gazetteer: Gazetteer, text: str, place: str) -> None:
    assert place in _labels(gazetteer, text)


def test_the_non_strict_reading_is_unchanged(gazetteer: Gazetteer) -> None:
    # the model's place features read the non-strict set, as trained
    assert "Cali" in {gazetteer.labels.get(p, p) for p in gazetteer.find("塞特卡利现年54岁。")}


def test_a_transliterated_given_name_is_kept_whole() -> None:
    # 若 spells Jo-/Zho- (若昂 João, 若泽 José): "若马尔特" was cut to "马尔特"
    people = [form for form, etype, _, _ in _script_mentions(XINHUA, "zh") if etype == "PERSON"]
    assert people == ["若马尔特·塞特卡利"]


@pytest.mark.parametrize(("han", "latin"), [
    ("若马尔特·塞特卡利", "Zhomart Seitkali"), ("若马尔特·塞特卡利", "Schomart Seitkali"),
    ("若马尔特·塞特卡利", "Jomart Seytkali"), ("若泽·穆里尼奥", "José Mourinho"), ("热拉尔·德帕迪约", "Gérard Depardieu"),
])
def test_an_r_initial_han_given_name_is_a_latin_j_or_zh(han, latin):
    # Chinese writes J and Zh with r-initial characters (若, 热, 让): 若马尔特·塞特卡利 was unlinked
    from storylens.text import sound_match

    assert sound_match(han, latin)
    assert sound_match(latin, han)


def test_a_j_reading_needs_the_surname_too():
    from storylens.text import sound_match

    assert sound_match("若泽·穆里尼奥", "Joseph Martin") is None
