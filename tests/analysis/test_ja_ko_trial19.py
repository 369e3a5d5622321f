"""Japanese and Korean from text/data/ja.json and ko.json (trial 19: one earthquake reported in eight
languages; the ja/ko defects #2, #3, #4, #5, #6, #8, #9, #15). Inputs are the trial's sentences or
written for these tests."""

from __future__ import annotations

import pytest

from storylens import similarity as sim
from storylens.analysis.entities import EntityExtractor
from storylens.analysis.quantities import compare_numbers, extract_numbers, extract_times
from storylens.text import LANGUAGES, profile
from storylens.text.segment import Segmenter

from ._docs import group_of, one_sentence_doc, speakers_of

JA_LEAD = ("ケストリア北部のゼルヴァン山地で23日午前2時47分（日本時間同日午前10時47分）ごろ、マグニチュード（M）6.4の地震が"
           "発生し、市民防衛庁によると24日までに71人が死亡、452人が負傷した。")
KO_LEAD = ("케스트리아 북부 제르반 산맥에서 현지 시각 23일 오전 2시 47분(한국 시각 오전 10시 47분) 규모 6.4의 지진이 발생해 "
           "24일까지 71명이 숨지고 452명이 다쳤다고 민방위청이 밝혔다.")


def _read(text: str, lang: str) -> list[tuple[float | None, str | None]]:
    return [(q.value, q.unit) for q in extract_numbers(text, lang)]


def test_japanese_and_korean_have_data_files():
    assert {"ja", "ko"} <= set(LANGUAGES)
    assert dict(profile("ko").scale_words)["천"] == 1e3 and dict(profile("ja").scale_words)["億"] == 1e8


@pytest.mark.parametrize("text, lang, want", [
    # the lead: a magnitude, the dead and the injured; no day, hour or minute read as a count (#3, #6, #15)
    (JA_LEAD, "ja", [(6.4, "magnitude"), (71.0, "killed"), (452.0, "injured")]),
    (KO_LEAD, "ko", [(6.4, "magnitude"), (71.0, "killed"), (452.0, "injured")]),
    # a Korean number's unit is the noun before the particle; ㎞ is km (#5)
    ("진앙은 미로바츠에서 북쪽으로 8㎞ 떨어진 곳이며 진원의 깊이는 35㎞였다.", "ko", [(8.0, "km"), (35.0, "km")]),
    ("약 9천 명이 텐트에서 밤을 보냈다.", "ko", [(9000.0, "person")]),  # the counter 명's measure (num45)
    # mixed glued scales and the currency after them (#4)
    ("유엔은 1천500만 달러의 긴급 지원을 약속했다.", "ko", [(15_000_000.0, "USD")]),
    ("피해액은 약 12억 유로로 추산된다.", "ko", [(1.2e9, "EUR")]),
    ("国連は1500万ドルの緊急支援を表明した。", "ja", [(15_000_000.0, "USD")]),
    ("被害額は約12億ユーロと見積もられている。", "ja", [(1.2e9, "EUR")]),
    ("予算は1億2000万円だった。", "ja", [(120_000_000.0, "JPY")]),
    # a number touching kana is read; キロ after a distance is km
    ("震源はミロヴァツの北8キロ、深さは12キロ。", "ja", [(8.0, "キロ"), (12.0, "キロ")]),
])
def test_japanese_and_korean_numbers(text, lang, want):
    assert _read(text, lang) == want


def test_a_japanese_depth_conflicts_with_a_korean_one():
    ja = extract_numbers("震源はミロヴァツの北8キロ、深さは12キロ。", "ja")
    ko = extract_numbers("진앙은 미로바츠에서 북쪽으로 8㎞ 떨어진 곳이며 진원의 깊이는 35㎞였다.", "ko")
    assert compare_numbers(ja, ko) == ["km: 12 vs 35㎞"]


def test_korean_and_japanese_clock_times():
    assert [t.value for t in extract_times(KO_LEAD, "ko")] == [167.0, 647.0]
    assert [t.value for t in extract_times(JA_LEAD, "ja")] == [167.0, 647.0]


@pytest.mark.parametrize("text, absent", [
    ("ケストリア北部のゼルヴァン山地で地震が発生した。", "c298117"),  # ゼルヴァン is no Van
    ("케스트리아 북부에서 지진이 발생했다.", "c2455518"),  # 케스트리아 is no Kayes
    ("미로바츠의 잔해 아래에서 아직 목소리가 들린다.", "c456172"),  # 목소리가 is no Riga
    ("23日午前2時47分（日本時間同日午前10時47分）ごろ地震が発生した。", "JP"),  # a time zone, no place
])
def test_no_place_from_a_fragment_of_a_transliterated_word_or_a_time_zone(text, absent):
    assert absent not in sim.Gazetteer.load().find(text)


@pytest.mark.parametrize("text, present", [
    ("トルコ東部のヴァンで地震が発生した。", "c298117"),  # Van written whole
    ("모스크바에서 지진이 발생했다.", "c524901"),  # a Korean name with its particle: Moscow
    ("리가의 시민들이 모였다.", "c456172"),  # Riga written whole
    ("서울시에서 회의가 열렸다.", "c1835848"),  # Seoul with the suffix "city" and a particle
    ("日本で地震が発生した。", "JP"),
])
def test_a_whole_name_is_still_a_place(text, present):
    assert present in sim.Gazetteer.load().find(text)


@pytest.mark.parametrize("text, lang, want", [
    ("地震学者のアントン・ベリチ氏は「断層は約40キロにわたって破壊された」と述べた。", "ja", ["アントン・ベリチ"]),
    ("市民防衛庁のミラ・コステラツ長官は「捜索はやめない」と話した。", "ja", ["ミラ・コステラツ"]),
    ("「少女は意識があり、母親のことを尋ねた。」市民防衛庁のミラ・コステラツ長官が語った。", "ja", ["ミラ・コステラツ"]),
    ("「余震は300回を超えたが、通常通り減衰している。」と地震学者のアントン・ベリチ氏は述べた。", "ja", ["アントン・ベリチ"]),
    ('지진학자 안톤 벨리치는 "단층이 약 40㎞에 걸쳐 파열됐다"고 말했다.', "ko", ["안톤 벨리치"]),
    ('미라 코스텔라츠 민방위청장은 "수색을 멈추지 않겠다"고 밝혔다.', "ko", ["미라 코스텔라츠"]),
])
def test_japanese_and_korean_speakers(text, lang, want):
    assert speakers_of(text, lang) == want


def test_a_japanese_quote_keeps_its_attribution_after_it():
    text = "「余震は300回を超えたが、通常通り減衰している。」と地震学者のアントン・ベリチ氏は述べた。\n\n死者は71人に増えた。"
    assert Segmenter().split(text, "ja")[0].text.endswith("述べた。")


def test_katakana_and_hangul_names_link_to_the_latin_name():
    docs = [one_sentence_doc("en", "Seismologist Anton Belic said the fault ruptured; Mira Kostelac spoke too.", "en"),
            one_sentence_doc("ja", "地震学者のアントン・ベリチ氏とミラ・コステラツ長官が会見した。", "ja"),
            one_sentence_doc("ko", "지진학자 안톤 벨리치는 미라 코스텔라츠 민방위청장과 만났다.", "ko")]
    entities = EntityExtractor().extract(docs)
    assert {"アントン・ベリチ", "안톤 벨리치"} <= set(group_of(entities, "Anton Belic").variants)
    assert {"ミラ・コステラツ", "미라 코스텔라츠"} <= set(group_of(entities, "Mira Kostelac").variants)
    assert group_of(entities, "Anton Belic").type == "PERSON"


def test_the_un_in_japanese_and_korean_is_the_united_nations():
    docs = [one_sentence_doc("en", "The United Nations pledged 15 million dollars.", "en"),
            one_sentence_doc("ja", "国連は1500万ドルの緊急支援を表明した。", "ja"),
            one_sentence_doc("ko", "유엔은 1천500만 달러의 긴급 지원을 약속했다.", "ko")]
    assert {"国連", "유엔"} <= set(group_of(EntityExtractor().extract(docs), "United Nations").variants)


@pytest.mark.parametrize("text, lang, want", [
    ("70명쯤이 숨졌다.", "ko", (70.0, "killed", "approx")),
    ("100여 명이 다쳤다.", "ko", (100.0, "injured", "above")),
    ("70人以上が負傷した。", "ja", (70.0, "injured", "above")),
    ("9000人ほどが避難した。", "ja", (9000.0, "evacuated", "approx")),
    ("실업률은 25퍼센트였다.", "ko", (25.0, "%", None)),
    ("失業率は25パーセントだった。", "ja", (25.0, "%", None)),
])
def test_approximators_and_percent_words_glued_after_the_noun(text, lang, want):
    assert [(q.value, q.unit, q.approx) for q in extract_numbers(text, lang)] == [want]


@pytest.mark.parametrize("text, want", [
    ("2026년 11월 24일 발생했다", [("2026년 11월 24일", "2026-11-24")]),
    ("11월 23일에 발생했다", [("11월 23일", "2026-11-23")]),
    ("2026년에 선거가 있다", [("2026년", "2026")]),
])
def test_korean_dates(text, want):
    from storylens.analysis.quantities import extract_dates

    assert [(d.text, d.date) for d in extract_dates(text, published="2026-11-24", language="ko")] == want


@pytest.mark.parametrize("text, lang, want", [
    ("捜索はやめない。", "ja", True),  # a negation inside a word: Japanese is written without spaces
    ("死者は出ていない。", "ja", True),
    ("少ない被害だった。", "ja", False),  # "few" holds ない and negates nothing
    ("住民は無事だった。", "ja", False),
    ("수색을 멈추지 않겠다.", "ko", True),
    ("사망자는 없었다.", "ko", True),
    ("안톤 벨리치는 말했다.", "ko", False),  # 안 only as a word of its own
])
def test_japanese_and_korean_negation(text, lang, want):
    from storylens.analysis.conflicts import negated

    assert negated(text, lang) is want


def test_katakana_and_hangul_names_link_without_a_latin_form():
    docs = [one_sentence_doc("ja", "地震学者のアントン・ベリチ氏が会見した。", "ja"),
            one_sentence_doc("ko", "지진학자 안톤 벨리치는 기자들에게 설명했다.", "ko")]
    assert {"アントン・ベリチ", "안톤 벨리치"} <= set(group_of(EntityExtractor().extract(docs), "アントン・ベリチ").variants)
