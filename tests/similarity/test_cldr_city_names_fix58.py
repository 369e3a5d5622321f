"""Capitals and news cities in the scripts GeoNames' trimmed alternate names miss (fix58, issues #11/#12): the
Chinese "在基辅同…", "在罗马同…", "在华盛顿会见" named no place. scripts/cldr_city_names.py adds CLDR's exemplar
city names (babel) and the stems of Han names before an administrative suffix (华盛顿特区 华盛顿) to both
shipped place tables."""

from __future__ import annotations

import json
from importlib import resources

import pytest

from storylens.similarity import Gazetteer

KYIV, ROME, WASHINGTON, SEOUL, BUSAN = "c703448", "c3169070", "c4140963", "c1835848", "c1838524"


@pytest.mark.parametrize(("text", "city"), [
    ("乌克兰总统泽连斯基周二在基辅同美国国务卿举行会谈。", KYIV),
    ("教皇周日在罗马同数千名信徒举行弥撒。", ROME),
    ("拜登周三在华盛顿会见了日本首相。", WASHINGTON),
    ("烏克蘭總統周二在基輔會見美國國務卿。", KYIV),  # traditional characters (CLDR zh_Hant)
    ("총리는 로마에서 교황과 회담했다.", ROME),  # Korean (CLDR ko)
    ("Ο πρόεδρος συναντήθηκε στη Ρώμη με τον πάπα.", ROME),  # Greek (CLDR el)
    ("两国总统周二在釜山举行会谈。", BUSAN),  # Han stem of 釜山广域市 (held before: the stem rule adds none)
])
def test_capitals_are_places_in_every_script(text, city):
    assert city in Gazetteer.load().find(text, strict=True)


def test_a_longer_country_name_is_no_city():
    # 罗马 (Rome) starts 罗马尼亚 (Romania): the new name does not read Rome there
    assert ROME not in Gazetteer.load().find("罗马尼亚总统周三在布加勒斯特会见。", strict=True)


def test_the_entity_place_table_holds_the_names():
    cities = json.loads(resources.files("storylens").joinpath("data/place-names.json").read_text("utf-8"))["cities"]
    # (names of two Han characters stay out of it by design, build_place_names.keep: 巴黎 and 柏林 are not there either)
    assert "华盛顿" in cities["Washington"] and "Κίεβο" not in cities["Kyiv"]  # nor Greek (read romanised)
    # a two-character stem is as often a word: Freetown's 自由市 gives no 自由 (freedom)
    assert "自由" not in {n for names in cities.values() for n in names}


@pytest.mark.parametrize("text", [
    "自2020年1月1日起，华盛顿州的司机将不再通过排放测试来更新注册。",  # SemEval dev 1484036411zh: Washington State
    "纽约州州长周二宣布进入紧急状态。",  # New York State
    "吉林省西部发生洪水。",  # Jilin Province, not Jilin city
])
def test_a_city_name_before_a_state_suffix_is_the_state(text):
    found = Gazetteer.load().find(text, strict=True)
    assert not any(pid.startswith("c") for pid in found)


def test_a_city_keeps_its_own_suffix():
    g = Gazetteer.load()
    assert "c1809858" in g.find("广州发生洪水。", strict=True)  # 广州 ends in 州: its own name
    assert "c5128581" in g.find("特朗普周二在纽约会见了日本首相。", strict=True)  # 纽约 (CLDR) New York City
