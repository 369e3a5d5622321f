"""trial52 F17: a Korean report of a Japanese event names its prefecture in Hangul (구마모토현 = Kumamoto);
read as the region, its key meets the Japanese report's and a Latin-script report's. Two-syllable
prefectures that are Korean words (나라 "country", 기후 "climate") are read with their 현 only."""

import pytest

from storylens.analysis.entities import native_mentions
from storylens.cluster import CITY_MARK, entity_keys

KO = "일본 구마모토현 아소시에서 26일 아침 폭우로 산사태가 발생해 주민 60여 명이 대피했다."
JA = "熊本県阿蘇市で26日朝、大雨による土砂崩れが発生し、住民約40人が避難した。"
EN = "A landslide triggered by heavy rain hit Aso in Kumamoto prefecture on Thursday morning."


def test_a_japanese_prefecture_in_korean_meets_the_japanese_and_english_reports() -> None:
    ko, ja, en = entity_keys(KO, "ko"), entity_keys(JA, "ja"), entity_keys(EN, "en")
    assert CITY_MARK + "kumamoto" in ko and CITY_MARK + "kumamoto" in ja
    assert "kumamoto" in en


@pytest.mark.parametrize("text, region", [
    ("이시카와현 노토반도에서 규모 6.2 지진이 발생했다.", "Ishikawa"),
    ("홋카이도에서 폭설로 항공편이 결항됐다.", "Hokkaido"),
    ("도쿄도는 26일 발표했다.", "Tokyo"),
    ("오사카부 경찰은 용의자를 체포했다고 밝혔다.", "Osaka"),
    ("후쿠시마 원전 오염수 방류가 시작됐다.", "Fukushima"),
    ("나라현에서 사슴이 늘었다.", "Nara"),
])
def test_japanese_prefectures_written_in_hangul(text: str, region: str) -> None:
    assert CITY_MARK + region.lower() in entity_keys(text, "ko")


@pytest.mark.parametrize("text", [
    "나라에서 가장 큰 도시는 서울이다.",  # 나라: a country, not Nara
    "기후 변화가 심각하다.",  # 기후: the climate, not Gifu
    "시가 총액이 늘었다.",  # 시가: market value, not Shiga
])
def test_korean_words_that_sound_as_a_prefecture_are_no_place(text: str) -> None:
    assert not [m for m in native_mentions(text, "ko") if m[1] == "PLACE" and not m[0].startswith("서울")]
