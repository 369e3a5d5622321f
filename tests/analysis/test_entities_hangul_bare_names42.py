"""Korean reports name people bare, without a title (trial53 F9: "후반 손흥민과 이강인의 연속골로", "로베르트
레반도프스키에게" gave no entity, so a ko/pl pair had no entities table): across languages a Hangul word is a
person when it reads as one Latin name of another report (Korean names by their readings, foreign names
word by word by sound, a Polish name also as Polish sounds); two Latin names that fit, or none, give nothing."""

import pytest

from storylens.analysis.entities import EntityExtractor

from ._docs import doc_of

KO = ["전반 30분 로베르트 레반도프스키에게 선제골을 내준 한국은 후반 손흥민과 이강인의 연속골로 역전에 성공했다.",
      "홍명보 감독은 경기 후 \"선수들이 끝까지 포기하지 않았다\"고 말했다."]
PL = ["Prowadzenie Polakom dał w 30. minucie Robert Lewandowski, ale po przerwie gole zdobyli Son Heung-min i Lee Kang-in.",
      "\"Zawodnicy nie poddali się do samego końca\" - powiedział po meczu trener Korei Hong Myung-bo."]
EN = ["Robert Lewandowski put Poland ahead, but Son Heung-min and Lee Kang-in scored after the break.",
      "\"The players never gave up,\" coach Hong Myung-bo said."]


def _entities(docs):
    return EntityExtractor().extract([doc_of(f"d{i + 1}", s, lang) for i, (lang, s) in enumerate(docs)])


def _joined(entities, a: str, b: str) -> bool:
    return any(a in e.variants and b in e.variants for e in entities)


@pytest.mark.parametrize(("lang", "other"), [("pl", PL), ("en", EN)])
def test_trial53_players_linked(lang, other) -> None:
    entities = _entities([("ko", KO), (lang, other)])
    for a, b in [("로베르트 레반도프스키", "Robert Lewandowski"), ("손흥민", "Son Heung-min"), ("이강인", "Lee Kang-in"),
                 ("홍명보", "Hong Myung-bo")]:
        assert _joined(entities, a, b), (a, b, [e.variants for e in entities])


def test_other_wordings() -> None:
    entities = _entities([("ko", ["이날 김민재가 결승골을 넣었고 안드레이 세르게예프에게 경고가 주어졌다."]),
                          ("de", ["Kim Min-jae erzielte das Siegtor, Andrei Sergejew sah Gelb."])])
    assert _joined(entities, "김민재", "Kim Min-jae"), [e.variants for e in entities]
    assert _joined(entities, "안드레이 세르게예프", "Andrei Sergejew"), [e.variants for e in entities]


def test_two_kims_or_none_give_nothing() -> None:
    # 김민재 reads as neither Kim Ji-hoon nor Kim Min-ho: no link, no new mention
    entities = _entities([("ko", ["후반 김민재가 골을 넣었다."]),
                          ("en", ["Kim Ji-hoon and Kim Min-ho scored in the second half."])])
    assert not any("김민재" in e.variants for e in entities)
    # one Korean text alone: nothing is read by others
    entities = _entities([("ko", ["후반 손흥민과 이강인의 연속골로 역전에 성공했다."])])
    assert not any("손흥민" in e.variants for e in entities)


def test_common_words_stay_words() -> None:
    # words that open with a surname's syllable (이번 "this time", 한국 "Korea") are no people of the other report
    entities = _entities([("ko", ["한국은 이번 경기에서 후반 손흥민과 이강인의 연속골로 역전에 성공했다."]),
                          ("en", ["Korea came back with goals by Son Heung-min and Lee Kang-in, Han Kuk-young said."])])
    assert _joined(entities, "이강인", "Lee Kang-in")
    assert not any(v in ("이번", "한국") and len(e.variants) > 1 for e in entities for v in e.variants), \
        [e.variants for e in entities]


def test_a_region_name_that_is_a_common_word_needs_its_suffix() -> None:
    from storylens.analysis.entities import native_mentions

    # 경기: Gyeonggi, but also "a match" and "the economy" (trial53: "홍명보 감독은 경기 후" gave a PLACE)
    assert ("경기", "PLACE") not in native_mentions('홍명보 감독은 경기 후 "최선을 다했다"고 말했다.', "ko")
    assert ("경기", "PLACE") not in native_mentions("경기 회복이 늦어지고 있다.", "ko")
    assert ("경기도", "PLACE") in native_mentions("경기도 수원시에서 열렸다.", "ko")
    assert native_mentions("부산에서 열렸다.", "ko") == [("부산", "PLACE")]  # other regions read bare as before
