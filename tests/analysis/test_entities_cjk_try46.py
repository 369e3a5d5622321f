"""Chinese names and places across zh/ja/ko/en reports (try46 F1, F5, F6, F7, F12): a heteronym read by its place
reading (重庆 Chongqing 충칭, not Zhongqing 중칭), Chinese names a Japanese report writes after の, before a title it
did not know or with a compound surname, a Korean name before the city and title it heads, Korean spellings of
Chinese names and places read against their pinyin, and no link lost when a report is added."""

from itertools import combinations

import pytest

from storylens.analysis.entities import EntityExtractor
from storylens.analysis.entities._match import kana_hangul_place_match
from storylens.analysis.entities._native import native_mentions
from storylens.analysis.entities._rules import _script_mentions
from storylens.analysis.entities._scripts import zh_place_reading
from storylens.text._hanzi import (
    chinese_place_match,
    hangul_chinese_name,
    hangul_place_match,
    latin_hangul_match,
    place_syllables,
)

from ._docs import doc_of


@pytest.mark.parametrize(("word", "han"), [
    ("충칭시", "重庆市"), ("충칭시", "重慶市"), ("청두시", "成都市"), ("창사시", "长沙市"), ("창춘시", "長春市"),
    ("샤먼시", "厦门市"), ("포산시", "佛山市"),
])
def test_a_korean_place_reads_a_heteronym_by_its_place_reading(word: str, han: str) -> None:
    assert hangul_place_match(word, han)


@pytest.mark.parametrize(("word", "han"), [("중칭시", "重庆市"), ("청더우시", "成都市"), ("장사시", "长沙市"), ("사먼시", "厦门市")])
def test_the_everyday_reading_of_a_heteronym_is_no_place(word: str, han: str) -> None:
    assert hangul_place_match(word, han) is None


@pytest.mark.parametrize(("han", "pinyin"), [
    ("重庆市", "chongqing"), ("成都市", "chengdu"), ("长沙市", "changsha"), ("厦门市", "xiamen"), ("六安市", "luan"),
    ("六盘水市", "liupanshui"), ("广州市", "guangzhou"),
])
def test_the_latin_reading_of_a_place_follows_the_place_readings(han: str, pinyin: str) -> None:
    assert zh_place_reading(han) == pinyin


def test_the_place_readings_feed_the_palladius_spelling() -> None:
    assert chinese_place_match("Чунцин", "重庆") and chinese_place_match("Чэнду", "成都")
    assert chinese_place_match("Чжунцин", "重庆") is None
    assert place_syllables("重庆") == ["chong", "qing"] and place_syllables("六安") == ["lu", "an"]


@pytest.mark.parametrize(("text", "form", "kind"), [
    ("同市応急管理局の陳建華局長は、原因を調査中だと語った。", "陳建華", "PERSON"),
    ("同省交通運輸庁の劉志軍副庁長によると、乗客は41人だった。", "劉志軍", "PERSON"),
    ("東莞市人民病院の周麗娟院長は述べた。", "周麗娟", "PERSON"),
    ("消防当局の黄志剛支隊長によると、救助は終わった。", "黄志剛", "PERSON"),
    ("運転手の趙強容疑者は警察に拘束された。", "趙強", "PERSON"),
    ("欧陽明副市長は記者会見で述べた。", "欧陽明", "PERSON"),
    ("中国黒竜江省ハルビン市で観覧席が崩落した。", "黒竜江省", "PLACE"),
])
def test_japanese_reads_chinese_names_after_no_and_before_titles(text: str, form: str, kind: str) -> None:
    assert (form, kind) in native_mentions(text, "ja")


def test_japanese_reads_no_person_from_a_country_or_a_word_before_a_title() -> None:
    found = native_mentions("韓国大統領は述べた。高速道路の東莞区間で横転した。", "ja")
    assert not any(kind == "PERSON" for _, kind in found), found
    assert ("東莞区", "PLACE") not in found  # 区間: the highway's section


@pytest.mark.parametrize(("text", "person"), [
    ("哈尔滨市副市长欧阳明在新闻发布会上说，看台上约有200名游客。", "欧阳明"),
    ("司机赵强已被警方控制。", "赵强"),
    ("欧阳明在会上表示，看台安全。", "欧阳明"),
])
def test_chinese_reads_a_compound_surname_and_a_name_after_a_role(text: str, person: str) -> None:
    assert (person, "PERSON") in [(f, t) for f, t, *_ in _script_mentions(text, "zh")]


@pytest.mark.parametrize(("text", "person", "not_person"), [
    ("어우양밍 하얼빈시 부시장은 기자회견에서 말했다.", "어우양밍", "어우양밍 하얼빈시"),
    ("왕리신 충칭시 응급관리국장은 화재 원인을 조사 중이라고 밝혔다.", "왕리신", "왕리신 충칭시"),
    ("류즈쥔 광둥성 교통운수청 부청장은 승객이 41명이었다고 밝혔다.", "류즈쥔", "광둥성 교통운수청"),
    ("장웨이밍 부시장은 현장에서 밝혔다.", "장웨이밍", "부시장"),
])
def test_a_korean_chinese_name_is_read_apart_from_the_place_and_body_it_heads(text: str, person: str, not_person: str) -> None:
    people = [f for f, t, *_ in _script_mentions(text, "ko") if t == "PERSON"]
    assert person in people and not_person not in people, people


@pytest.mark.parametrize("word", ["이재명", "박지훈", "중국", "부시장", "하얼빈시", "마차도"])
def test_a_korean_or_foreign_word_is_no_chinese_name(word: str) -> None:
    assert not hangul_chinese_name(word)


@pytest.mark.parametrize(("latin", "word"), [
    ("Zhang Weiming", "장웨이밍"), ("Liu Zhijun", "류즈쥔"), ("Zhou Lijuan", "저우리쥐안"), ("Ouyang Ming", "어우양밍"),
])
def test_a_korean_spelling_reads_the_pinyin_of_a_chinese_name(latin: str, word: str) -> None:
    assert latin_hangul_match(latin, word)


def test_a_korean_place_reads_pinyin_only_with_its_suffix_allowed_and_every_syllable() -> None:
    assert latin_hangul_match("Guangzhou", "광저우시", suffix=True) and latin_hangul_match("Chongqing", "충칭시", suffix=True)
    assert latin_hangul_match("Guangzhou", "광저우시") is None
    assert latin_hangul_match("Zhang Wei", "장웨이밍") is None and latin_hangul_match("Seoul", "서울", suffix=True) is None


ZH_BUS = ["一辆从广州市开往深圳市的大巴2日上午在广深高速公路东莞段侧翻，造成5人死亡。",
          "广东省交通运输厅副厅长刘志军说，大巴上共有41名乘客。司机赵强已被警方控制。",
          "东莞市人民医院院长周丽娟表示，伤者中有6人伤势严重。"]
JA_BUS = ["中国広東省広州市から深圳市へ向かっていたバスが2日午前、高速道路の東莞区間で横転し、5人が死亡した。",
          "同省交通運輸庁の劉志軍副庁長によると、バスには乗客41人が乗っていた。運転手の趙強容疑者は警察に拘束された。",
          "東莞市人民病院の周麗娟院長は、負傷者のうち6人が重傷だと述べた。"]
KO_BUS = ["2일 오전 중국 광둥성 광저우시에서 선전시로 향하던 버스가 고속도로 둥관 구간에서 전복돼 5명이 숨졌다.",
          "류즈쥔 광둥성 교통운수청 부청장은 버스에 승객 41명이 타고 있었다고 밝혔다. 운전기사 자오창은 경찰에 구금됐다.",
          "저우리쥐안 둥관시 인민병원장은 부상자 중 6명이 중상이라고 말했다."]
EN_BUS = ["A bus travelling from Guangzhou to Shenzhen overturned on a highway in Dongguan, killing five people.",
          ("Liu Zhijun, deputy head of Guangdong's transport department, said 41 passengers were on board. "
           "The driver, Zhao Qiang, was detained by police."),
          "Zhou Lijuan, president of Dongguan People's Hospital, said six of the injured were in serious condition."]
REPORTS = {"zh": ZH_BUS, "ja": JA_BUS, "ko": KO_BUS, "en": EN_BUS}


def _links(languages: tuple[str, ...]) -> set[tuple[tuple[str, str], tuple[str, str]]]:
    """Every pair of mentions of two reports one entity holds, as (language, form)."""
    docs = [doc_of(lang, REPORTS[lang], lang) for lang in languages]
    out = set()
    for e in EntityExtractor().extract(docs):
        forms = sorted({(m.doc, m.text) for m in e.mentions})
        out |= {(a, b) for a, b in combinations(forms, 2) if a[0] != b[0]}
    return out


def _joined(entities, *forms: str) -> bool:
    return any(all(f in e.variants for f in forms) for e in entities)


def test_the_korean_and_japanese_names_of_one_bus_crash_are_linked() -> None:
    entities = EntityExtractor().extract([doc_of(lang, REPORTS[lang], lang) for lang in ("zh", "ja", "ko")])
    variants = [e.variants for e in entities]
    for forms in (("刘志军", "劉志軍", "류즈쥔"), ("赵强", "趙強", "자오창"), ("周丽娟", "周麗娟", "저우리쥐안"),
                  ("东莞市", "東莞市", "둥관", "둥관시")):
        assert _joined(entities, *forms), variants
    assert not any(" " in v for e in entities if e.type == "PERSON" for v in e.variants), variants


def test_korean_and_english_alone_link_the_chinese_names_and_places() -> None:
    entities = EntityExtractor().extract([doc_of("ko", KO_BUS, "ko"), doc_of("en", EN_BUS, "en")])
    variants = [e.variants for e in entities]
    for forms in (("류즈쥔", "Liu Zhijun"), ("저우리쥐안", "Zhou Lijuan"), ("광저우시", "Guangzhou"), ("선전시", "Shenzhen"),
                  ("광둥성", "Guangdong")):
        assert _joined(entities, *forms), variants


@pytest.mark.parametrize("added", ["en", "ja"])
def test_adding_a_report_never_loses_a_link(added: str) -> None:
    # try46 F1: with the English report 광저우시 split off from 广州市 / 広州市
    fewer = tuple(lang for lang in ("zh", "ja", "ko", "en") if lang != added)
    lost = _links(fewer) - _links((*fewer, added))
    assert not lost, lost


def test_a_korean_place_reads_a_japanese_katakana_place_by_sound() -> None:
    assert kana_hangul_place_match("ハルビン市", "하얼빈시") and kana_hangul_place_match("ウルムチ", "우루무치")
    assert kana_hangul_place_match("ハルビン市", "헤이룽장성") is None and kana_hangul_place_match("ハルビン市", "시") is None


def test_japanese_and_korean_alone_link_a_chinese_city_written_by_sound() -> None:
    ja = ["中国黒竜江省ハルビン市の「氷雪大世界」で2日夜、仮設の観覧席が崩落し、3人が死亡した。", "欧陽明副市長は記者会見で述べた。"]
    ko = ["중국 헤이룽장성 하얼빈시의 빙설대세계에서 2일 밤 임시 관람석이 무너져 3명이 숨졌다.",
          "어우양밍 하얼빈시 부시장은 기자회견에서 말했다."]
    entities = EntityExtractor().extract([doc_of("ja", ja, "ja"), doc_of("ko", ko, "ko")])
    variants = [e.variants for e in entities]
    for forms in (("ハルビン市", "하얼빈시"), ("黒竜江省", "헤이룽장성"), ("欧陽明", "어우양밍")):
        assert _joined(entities, *forms), variants
