"""One person written in Latin, Katakana, Hangul and Cyrillic letters is one entity (final34 #1: トマス・
フルヴォリン, 토마스 흐르볼린, Томас Грволін and Tomas Hrvolin were three; Hangul names before 선장/대장 were no
entities): Katakana readings with the small ッ doubling, a glide after an i-syllable (チュ), ワ as v and フ as
h; Ukrainian г as h; a Cyrillic and a Katakana or Hangul name compared through the Cyrillic one's readings."""

import pytest

from storylens.analysis.entities import EntityExtractor

from ._docs import doc_of


def _entities(docs: list[tuple[str, str]]):
    return EntityExtractor().extract([doc_of(f"d{i + 1}", [s], lang) for i, (lang, s) in enumerate(docs)])


@pytest.mark.parametrize("docs, one", [
    ([("en", "Seismologist Tomas Hrvolin said the quake was shallow."),
      ("ja", "地震学者のトマス・フルヴォリン氏は「震源は浅い」と述べた。"),
      ("ko", '지진학자 토마스 흐르볼린은 "진원이 얕다"고 말했다.'),
      ("uk", "«Землетрус був неглибоким», — сказав сейсмолог Томас Грволін.")],
     {"Tomas Hrvolin", "トマス・フルヴォリン", "토마스 흐르볼린", "Томас Грволін"}),
    ([("en", "Captain Marco Belli said the waves were high."),
      ("ko", '마르코 벨리 선장은 "파도가 높았다"고 말했다.'),
      ("ja", "マルコ・ベッリ船長は「波が高かった」と述べた。")],
     {"Marco Belli", "마르코 벨리", "マルコ・ベッリ"}),
    ([("en", "Rescue chief Anna Keller said eight people were missing."),
      ("ko", '구조대의 안나 켈러 대장은 "8명이 실종됐다"고 밝혔다.')],
     {"Anna Keller", "안나 켈러"}),
    ([("en", "Governor Lena Varga visited the island."),
      ("ru", "Губернатор Лена Варга посетила остров."),
      ("ko", "레나 바르가 주지사는 섬을 방문했다.")],
     {"Lena Varga", "Лена Варга", "레나 바르가"}),
    ([("en", "Mayor Ivan Tkachuk met the residents."),
      ("uk", "Мер Іван Ткачук зустрівся з мешканцями."),
      ("ja", "イワン・トカチュク市長は住民と面会した。")],
     {"Ivan Tkachuk", "Іван Ткачук", "イワン・トカチュク"}),
])
def test_one_person_in_four_scripts(docs: list[tuple[str, str]], one: set[str]) -> None:
    entities = _entities(docs)
    assert any(one <= set(e.variants) and e.type == "PERSON" for e in entities), [e.variants for e in entities]


def test_two_people_stay_two() -> None:
    entities = _entities([("en", "Mayor Ivan Petrov met the residents."),
                          ("uk", "Мер Іван Ткачук зустрівся з мешканцями."),
                          ("ja", "イワン・トカチュク市長は住民と面会した。")])
    petrov = next(e for e in entities if "Ivan Petrov" in e.variants)
    assert "イワン・トカチュク" not in petrov.variants and "Іван Ткачук" not in petrov.variants


def test_cyrillic_and_katakana_hangul_without_a_latin_form() -> None:
    entities = _entities([("uk", "Мер Іван Ткачук зустрівся з мешканцями."),
                          ("ja", "イワン・トカチュク市長は住民と面会した。"),
                          ("ko", "이반 트카추크 시장은 주민들을 만났다.")])
    assert any({"Іван Ткачук", "イワン・トカチュク", "이반 트카추크"} <= set(e.variants) for e in entities)
