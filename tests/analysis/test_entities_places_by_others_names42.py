"""Cities an Arabic or Korean report writes without a place cue, read when another report names the same
city (trial53 F9: الرباط / Rabat and 바르샤바 / Warszawie were never linked)."""

from storylens.analysis.entities import EntityExtractor

from ._docs import doc_of


def _entities(docs):
    return EntityExtractor().extract([doc_of(f"d{i + 1}", s, lang) for i, (lang, s) in enumerate(docs)])


def _joined(entities, a: str, b: str) -> bool:
    return any(a in e.variants and b in e.variants for e in entities)


def test_arabic_city_after_a_preposition() -> None:
    entities = _entities([("ar", ["وصل الرئيس الفرنسي إيمانويل ماكرون مساء الاثنين إلى الرباط في زيارة دولة."]),
                          ("fr", ["Le président Emmanuel Macron est arrivé lundi soir à Rabat pour une visite d'État."])])
    assert _joined(entities, "الرباط", "Rabat"), [e.variants for e in entities]


def test_arabic_city_with_a_glued_preposition() -> None:
    entities = _entities([("ar", ["عقد الوزراء اجتماعا بالقاهرة يوم الأحد."]),
                          ("en", ["The ministers met in Cairo on Sunday."])])
    assert _joined(entities, "القاهرة", "Cairo"), [e.variants for e in entities]


def test_korean_city_by_sound() -> None:
    entities = _entities([("ko", ["한국 축구대표팀이 25일 바르샤바에서 열린 친선경기에서 폴란드를 2-1로 꺾었다."]),
                          ("pl", ["Reprezentacja Polski przegrała w środę w Warszawie towarzyski mecz z Koreą Południową."])])
    assert _joined(entities, "바르샤바", "Warszawie"), [e.variants for e in entities]


def test_no_city_the_other_report_does_not_name() -> None:
    # Cairo is a city of the gazetteer, but the other report names Rabat only: no new mention
    entities = _entities([("ar", ["عقد الوزراء اجتماعا في القاهرة ثم سافروا."]),
                          ("fr", ["Les ministres se sont rendus à Rabat."])])
    assert not any("القاهرة" in e.variants for e in entities if len(e.variants) > 1)
    # one language alone: nothing is read by others
    entities = _entities([("ar", ["وصل الرئيس إلى الرباط."])])
    assert not any("الرباط" in e.variants and "Rabat" in e.variants for e in entities)


def test_korean_country_name() -> None:
    # 폴란드 (CLDR ko) is the Polska another report names; Korea's own name stays what it was
    entities = _entities([("ko", ["한국 축구대표팀이 친선경기에서 폴란드를 2-1로 꺾었다."]),
                          ("pl", ["Polska przegrała z Koreą Południową 1:2."])])
    assert _joined(entities, "폴란드", "Polska"), [e.variants for e in entities]
    # no country the other report names: no new mention
    entities = _entities([("ko", ["대표팀이 일본과 폴란드를 차례로 꺾었다."]), ("en", ["The team beat Japan."])])
    assert not any("폴란드" in e.variants for e in entities)
