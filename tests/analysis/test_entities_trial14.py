"""Trial 14: Chinese transliterated names lost their first character (弗朗切斯科·普雷特 ->
朗切斯科·普雷特: a five-character given name; 焦尔吉娅·梅洛尼 -> 尔吉娅·梅洛尼, 马洛尔焦 -> 马洛尔: 焦 was no
sound character), and no Russian name was linked to its Chinese form without an English document
between them. Inputs written for these tests in the style of Xinhua and RIA."""

from __future__ import annotations

import pytest

from storylens.analysis.entities import EntityExtractor
from storylens.analysis.entities._scripts import _dot_names

from ._docs import segmented_doc

ZH = ("区域列车司机卢卡·贝尔托尼当场死亡，终年54岁。"
      "意大利基础设施和交通部长马泰奥·萨尔维尼在事故现场说：“这是一场本不该发生的悲剧。”"
      "布雷西亚检察长弗朗切斯科·普雷特已对事故展开调查。"
      "但意大利交通工会总书记斯特凡诺·马洛尔焦说，信号灯自9月以来已三次被报告故障。"
      "意大利总理焦尔吉娅·梅洛尼18日前往医院看望伤者。")
RU = ("Машинист регионального поезда Лука Бертони, 54 года, погиб на месте. "
      "\"Это трагедия, которой никогда не должно было случиться\", — заявил министр Маттео Сальвини. "
      "Прокурор Брешии Франческо Прете возбудил дело о непредумышленном убийстве. "
      "\"Пока слишком рано говорить о причинах\", — сказал Прете. "
      "По словам генерального секретаря профсоюза Стефано Малорджо, о неисправности сообщали трижды. "
      "Премьер-министр Италии Джорджа Мелони посетила пострадавших в больнице.")


def _names(text: str) -> list[str]:
    return [text[a:b] for a, b in _dot_names(text)]


def test_dotted_names_are_taken_whole():
    assert _names(ZH) == ["卢卡·贝尔托尼", "马泰奥·萨尔维尼", "弗朗切斯科·普雷特", "斯特凡诺·马洛尔焦", "焦尔吉娅·梅洛尼"]


@pytest.mark.parametrize(("text", "name"), [
    ("意大利卢卡·贝尔托尼当场死亡。", "卢卡·贝尔托尼"),  # the country before the name is not its first sound
    ("马里奥·德拉吉说，政府将提供援助。", "马里奥·德拉吉"),  # 马里 (Mali) inside a name is no country
    ("前总理朱塞佩·孔特表示。", "朱塞佩·孔特"),
    ("总统塞尔焦·马塔雷拉表示哀悼。", "塞尔焦·马塔雷拉"),
])
def test_a_name_s_edges(text, name):
    assert _names(text) == [name]


def test_russian_and_chinese_names_link_without_a_latin_form():
    entities = EntityExtractor().extract([segmented_doc(RU, "ru", "d1"), segmented_doc(ZH, "zh", "d2")])
    pairs = {("Лука Бертони", "卢卡·贝尔托尼"), ("Маттео Сальвини", "马泰奥·萨尔维尼"),
             ("Франческо Прете", "弗朗切斯科·普雷特"), ("Стефано Малорджо", "斯特凡诺·马洛尔焦"),
             ("Джорджа Мелони", "焦尔吉娅·梅洛尼")}
    for ru, zh in pairs:
        holding = [e for e in entities if ru in e.variants]
        assert holding and zh in holding[0].variants, [(e.variants, e.type) for e in entities]
    assert not any({"Лука Бертони", "马泰奥·萨尔维尼"} <= set(e.variants) for e in entities)
