"""Entities across spellings (trial50 F14): a place's case forms in a language that inflects names are one
entity and meet the nominative another language writes (Słubicach / Słubice, Odrze / Oder, Ostravě /
Ostrava); Arabic places after a place noun or a direction, and an Arabic name with its article after a title;
Chinese provinces, cities and counties by their suffix, linked by their pinyin (江苏省 / Jiangsu)."""

import pytest

from storylens.analysis.entities import EntityExtractor
from storylens.analysis.entities._scripts import _arabic_places, zh_admin_places, zh_place_reading

from ._docs import doc_of


def _entities(*docs: tuple[str, list[str]]):
    return EntityExtractor().extract([doc_of(f"d{i + 1}", s, lang) for i, (lang, s) in enumerate(docs)])


def _group(entities, form: str) -> set[str]:
    return next((set(e.variants) for e in entities if form in e.variants), set())


def _entity(entities, form: str):
    return next(e for e in entities if form in e.variants)


PL_ODER = ["Z powodu wysokiej wody na Odrze władze Słubic ewakuowały w środę około 1500 mieszkańców.",
           "Most między Słubicami a Frankfurtem nad Odrą został ponownie otwarty w czwartek.",
           "Szkoły w Słubicach pozostaną zamknięte do poniedziałku."]
DE_ODER = ["Wegen des Hochwassers an der Oder haben die Behörden in Słubice rund 1.500 Einwohner in Sicherheit gebracht.",
           "Die Schulen in Słubice bleiben bis Montag geschlossen."]


def test_polish_case_forms_are_one_place_and_meet_the_german_nominative() -> None:
    ents = _entities(("pl", PL_ODER), ("de", DE_ODER))
    town = _entity(ents, "Słubice")
    assert {"Słubic", "Słubicami", "Słubicach", "Słubice"} <= set(town.variants)
    assert town.name == "Słubice"  # the nominative names it, not a case form
    assert any("two cases" in link.reason for link in town.links)
    river = _entity(ents, "Oder")
    assert {"Odrze", "Odrą", "Oder"} <= set(river.variants) and river.type == "PLACE" and river.name == "Oder"


@pytest.mark.parametrize("first, second, forms", [
    (("cs", ["V Přerově ve středu hořela hala.", "Hasiči z Přerova zasahovali celou noc."]),
     ("de", ["In Přerov hat am Mittwoch eine Fabrikhalle gebrannt.", "Die Straße nach Přerov bleibt gesperrt."]),
     {"Přerově", "Přerova", "Přerov"}),
    (("cs", ["V Ostravě unikl ve středu čpavek z chemičky."]),
     ("en", ["Ammonia leaked from a chemical plant in the Czech city of Ostrava on Wednesday."]),
     {"Ostravě", "Ostrava"}),
    (("pl", ["W Kłodzku woda zalała w niedzielę centrum miasta.", "Mieszkańcy Kłodzka czekają na pomoc."]),
     ("en", ["Flood water flooded the centre of the Polish town of Klodzko on Sunday."]),
     {"Kłodzku", "Kłodzka", "Klodzko"}),
])
def test_case_forms_in_other_languages_and_towns(first, second, forms) -> None:
    ents = _entities(first, second)
    assert forms <= _group(ents, next(iter(forms))), [e.variants for e in ents]
    assert _entity(ents, next(iter(forms))).type == "PLACE" or first[0] == "cs"


def test_an_adjective_of_a_town_is_no_case_of_it() -> None:
    # "Nysy Kłodzkiej" (the river Nysa Kłodzka) ends in an adjective of Kłodzko: no surname, no case of the town
    ents = _entities(("pl", ["Woda z Nysy Kłodzkiej zalała centrum.", "W Kłodzku ewakuowano szpital.",
                             "Do Kłodzka dotarli strażacy."]))
    assert "Nysy Kłodzkiej" not in _group(ents, "Kłodzku")
    assert {"Kłodzku", "Kłodzka"} <= _group(ents, "Kłodzku")


def test_a_function_word_river_opens_no_sentence() -> None:
    ents = _entities(("de", ["Oder die Behörden entscheiden am Montag.", "Der Pegel stieg in Słubice."]),
                     ("pl", ["Woda w Słubicach rośnie."]))
    assert not any("Oder" in e.variants for e in ents)


AR_QUAKE = ["ضربت هزة أرضية بقوة 5.1 درجات إقليم الحوز جنوب مراكش مساء الأربعاء.",
            "وأعيد فتح الطريق بين مراكش وتارودانت صباح الخميس بعد إزالة الصخور.",
            "وقال عامل الإقليم بوعبيد الكراب إن الوضع تحت السيطرة."]
FR_QUAKE = ["Un séisme de magnitude 5,1 a frappé mercredi soir la province d'Al Haouz, au sud de Marrakech.",
            "La route entre Marrakech et Taroudant reste coupée en raison de chutes de pierres.",
            "« La situation est sous contrôle », a déclaré le gouverneur de la province, Bouabid El Guerrab."]


def test_arabic_places_after_a_place_noun_or_a_direction() -> None:
    assert _arabic_places(" ".join(AR_QUAKE)) == ["الحوز", "مراكش", "تارودانت"]
    # a common noun after a direction ("south of the country") or between two parties is no place
    assert _arabic_places("وقعت الهزة جنوب البلاد، وجرت محادثات بين الطرفين والوسطاء.") == []
    assert _arabic_places("غمرت السيول أحياء في مدينة أكادير، وأغلقت الطريق بين أكادير وتزنيت.") == ["أكادير", "تزنيت"]


def test_arabic_and_french_places_and_governor_meet() -> None:
    ents = _entities(("ar", AR_QUAKE), ("fr", FR_QUAKE))
    assert {"تارودانت", "Taroudant"} <= _group(ents, "Taroudant")
    assert {"مراكش", "Marrakech"} <= _group(ents, "Marrakech")
    governor = _entity(ents, "Bouabid El Guerrab")  # one name, the article El inside it
    assert governor.type == "PERSON" and "بوعبيد الكراب" in governor.variants
    assert _entity(ents, "Al Haouz").type == "PLACE"  # after "la province d'": no person
    assert {"الحوز", "Al Haouz"} <= _group(ents, "Al Haouz")  # two consonants, but both with the article
    assert not any(v in ("Bouabid", "Guerrab") for e in ents for v in e.variants)


ZH_BLAST = ["11月25日下午，江苏省盐城市响水县一家化工厂发生爆炸，造成2人死亡。",
            "盐城市市长周斌说：“我们将全力做好善后工作。”"]
DE_BLAST = [("Bei einer Explosion in einer Chemiefabrik im ostchinesischen Kreis Xiangshui in der Provinz Jiangsu "
             "sind zwei Menschen ums Leben gekommen."),
            "\"Wir werden alles tun\", sagte Yanchengs Bürgermeister Zhou Bin."]


def test_chinese_provinces_cities_and_counties_by_suffix() -> None:
    assert zh_admin_places(ZH_BLAST[0]) == ["江苏省", "盐城市", "响水县"]
    assert zh_place_reading("江苏省") == "jiangsu" and zh_place_reading("响水县") == "xiangshui"
    # a headline's name glued to the next word's character (云南镇雄: 镇 opens 镇雄) and common words are none
    assert zh_admin_places("云南镇雄发生山体滑坡。该市市长说，全省和大城市都在救援。") == []
    assert zh_admin_places("11月26日凌晨，云南省昭通市镇雄县发生山体滑坡。") == ["云南省", "昭通市", "镇雄县"]


@pytest.mark.parametrize("zh, other, pairs", [
    (("zh", ZH_BLAST), ("de", DE_BLAST), [("江苏省", "Jiangsu"), ("响水县", "Xiangshui"), ("盐城市", "Yancheng")]),
    (("zh", ["11月26日凌晨，云南省昭通市镇雄县发生山体滑坡，造成7人死亡。"]),
     ("en", ["A landslide hit Zhenxiong county in Zhaotong city in China's Yunnan province early on Wednesday."]),
     [("云南省", "Yunnan"), ("昭通市", "Zhaotong"), ("镇雄县", "Zhenxiong")]),
])
def test_chinese_places_meet_their_pinyin(zh, other, pairs) -> None:
    ents = _entities(zh, other)
    for han, latin in pairs:
        assert latin in _group(ents, han), (han, [e.variants for e in ents])
        assert _entity(ents, han).type == "PLACE"


def test_an_article_family_name_after_a_title_only_after_a_given_name() -> None:
    from storylens.analysis.entities._scripts import _arabic_people

    assert "بوعبيد الكراب" in _arabic_people("وقال عامل الإقليم بوعبيد الكراب إن الوضع تحت السيطرة.")
    # "عبد الفتاح": a servant's name is no given name before a family name; no half name of the president
    assert "عبد الفتاح" not in _arabic_people("بعد تكليف الرئيس عبد الفتاح السيسي بإنهاء الأزمة.")


def test_the_governor_speaks_not_his_title() -> None:
    from ._docs import speakers_of

    assert speakers_of("وقال عامل الإقليم بوعبيد الكراب إن \"الوضع تحت السيطرة\".", "ar") == ["بوعبيد الكراب"]


@pytest.mark.parametrize("latin, arabic, same", [
    ("Al Haouz", "الحوز", True), ("El Jadida", "الجديدة", True), ("Al Anbar", "الأنبار", True),
    ("Al Haouz", "الجديدة", False), ("Haouz", "الحوز", False), ("Al Anbar", "أنبار", False),
])
def test_an_arabic_place_with_its_article(latin: str, arabic: str, same: bool) -> None:
    from storylens.analysis.entities._link import _arabic_article_place

    assert (_arabic_article_place(latin, arabic) is not None) is same
