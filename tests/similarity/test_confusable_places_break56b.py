"""Two countries whose names are spelled alike are two places, not one name (break56b F3): coups in Niger and in
Nigeria the same day were "same story" with "same names: Niger" beside "different places: Niger, Niamey vs Nigeria,
Abuja"; floods in Gambia and Zambia "same names: Gambia / Zambia" (German "Sambia"), Sudan and South Sudan "same
names: Sudan", Austria and Australia alike. The name features' fuzzy match (rapidfuzz ratio >= 82: "niger" /
"nigeria" is 83) linked them, and a name in common kept the country rule ("different places ... (NE / NG)") silent.
Now two name words that the gazetteer reads as two places are no name in common (the match stays as trained for every
other word), a Polish or Russian case form is the country it shares most letters with ("Nigerii": Nigeria, not
Niger), a German place after a preposition and its article ("in der Slowakei") is a place and the noun German puts
after it ("in Gambia Überschwemmungen") no name, and the Latin-form reading
of the names rule no longer takes a key that only opens the other as one name ("niger" / "nigeria", "albert" /
"alberta"). Texts written for these tests (the break56b inputs and others of the kind)."""

from __future__ import annotations

import pytest

from storylens import similarity as sim
from storylens.similarity._events import _one_latin_key
from storylens.similarity._openings import _inflected_country
from storylens.text import territory_names
from tests.similarity._pairs import rules_of

DAY = "2026-11-10"

NIGER_EN = ("Soldiers detain president in Niger coup attempt\nNIAMEY (Reuters) - Soldiers detained President "
            "Abdourahamane Tiani in the capital Niamey on Tuesday in an apparent coup attempt, security sources said. "
            "Gunfire was heard near the presidential palace overnight. The African Union condemned the attempt to "
            "seize power and called for the president's release.")
NIGERIA_EN = ("Soldiers detain president in Nigeria coup attempt\nABUJA (Reuters) - Soldiers detained President Bola "
              "Tinubu in the capital Abuja on Tuesday in an apparent coup attempt, security sources said. Gunfire was "
              "heard near the presidential villa overnight. The African Union condemned the attempt to seize power and "
              "called for the president's release.")
NIGERIA_DE = ("Putschversuch in Nigeria: Soldaten setzen Präsidenten fest\nABUJA (dpa) - Soldaten haben am Dienstag in "
              "Nigerias Hauptstadt Abuja Präsident Bola Tinubu festgesetzt. In der Nacht waren Schüsse nahe dem "
              "Präsidentenpalast zu hören. Die Afrikanische Union verurteilte den Putschversuch und forderte die "
              "Freilassung des Präsidenten.")


def _flood(lang: str, where: str, capital: str = "") -> str:
    """One flood report's template in ``lang``, of ``where`` (as the sentence writes it)."""
    if lang == "de":
        return (f"Überschwemmungen {where}: Dutzende Tote\nHeftige Regenfälle haben am Dienstag {where} "
                "Überschwemmungen ausgelöst, mindestens 30 Menschen kamen ums Leben, wie die Behörden mitteilten. "
                "Tausende Häuser wurden zerstört, Straßen sind abgeschnitten. Die Regierung bat um internationale Hilfe.")
    if lang == "pl":
        return (f"Powódź {where}: dziesiątki ofiar\nUlewne deszcze wywołały we wtorek powódź {where}, zginęło co "
                f"najmniej 30 osób - poinformowały władze. W stolicy, {capital}, zniszczonych zostało tysiące domów, "
                "drogi są nieprzejezdne. Rząd zwrócił się o pomoc międzynarodową.")
    if lang == "ru":
        return (f"Наводнение {where}: десятки погибших\nСильные дожди во вторник вызвали наводнение {where}, погибли "
                f"не менее 30 человек, сообщили власти. В столице {capital} разрушены тысячи домов, перекрыты дороги. "
                "Правительство обратилось за международной помощью.")
    if lang == "es":
        return (f"Inundaciones en {where} dejan decenas de muertos\nLas fuertes lluvias provocaron el martes "
                f"inundaciones en {where} que dejaron al menos 30 muertos, según las autoridades. Miles de viviendas "
                f"quedaron destruidas en {capital}, la capital, y varias carreteras están cortadas. El Gobierno pidió "
                "ayuda internacional.")
    return (f"Floods in {where}: dozens dead\nHeavy rains caused flooding across {where} on Tuesday, killing at least "
            "30 people, officials said. Thousands of homes were destroyed and roads were cut off. The government of "
            f"{where} appealed for international aid.")


# (language a, text a, language b, text b, the two countries): one kind of event in two countries named alike
TWO_COUNTRIES = [
    ("en", NIGER_EN, "en", NIGERIA_EN, "NE / NG"),
    ("en", NIGER_EN, "de", NIGERIA_DE, "NE / NG"),
    ("en", _flood("en", "Niger"), "en", _flood("en", "Nigeria"), "NE / NG"),
    ("en", _flood("en", "Gambia"), "en", _flood("en", "Zambia"), "GM / ZM"),
    ("en", _flood("en", "Gambia"), "de", _flood("de", "in Sambia"), "GM / ZM"),
    ("en", _flood("en", "Austria"), "en", _flood("en", "Australia"), "AT / AU"),
    ("en", _flood("en", "Sudan"), "en", _flood("en", "South Sudan"), "SS"),
    ("en", _flood("en", "Dominica"), "en", _flood("en", "the Dominican Republic"), "DM / DO"),
    ("en", _flood("en", "Slovenia"), "de", _flood("de", "in der Slowakei"), "SI / SK"),
    ("en", _flood("en", "Iran"), "de", _flood("de", "in dem Irak"), "IR / IQ"),
    ("en", _flood("en", "Niger"), "pl", _flood("pl", "w Nigerii", "Abudży"), "NE / NG"),
    ("en", _flood("en", "Niger"), "ru", _flood("ru", "в Нигерии", "Абудже"), "NE / NG"),
    ("de", _flood("de", "in Gambia"), "de", _flood("de", "in Sambia"), "GM / ZM"),
    ("de", _flood("de", "in Nordkorea"), "de", _flood("de", "in Südkorea"), "KP / KR"),
    ("de", _flood("de", "im Iran"), "de", _flood("de", "im Irak"), "IR / IQ"),
    ("es", _flood("es", "Gambia", "Banjul"), "es", _flood("es", "Zambia", "Lusaka"), "GM / ZM"),
    ("es", _flood("es", "Austria", "Viena"), "es", _flood("es", "Australia", "Canberra"), "AT / AU"),
]


@pytest.mark.parametrize(("la", "a", "lb", "b", "countries"), TWO_COUNTRIES)
def test_two_countries_named_alike_are_held_apart_by_the_place_rule(la, a, lb, b, countries):
    rules = rules_of(a, la, b, lb, DAY)
    for x, y in (("a", "b"), ("b", "a")):
        why = rules.apart(x, y) or ""
        assert why.startswith("different places") and all(c in why for c in countries.split(" / "))


@pytest.mark.parametrize(("la", "a", "lb", "b", "countries"), TWO_COUNTRIES[:8])
def test_no_name_in_common_is_shown_for_two_countries(la, a, lb, b, countries, hashing_embedder):
    f = sim.pair_features([(a, b, la, lb)], hashing_embedder, sim.Gazetteer.load())[0]
    shown = {n.casefold() for name in sim._verdict._reason_names(f, shown=True) for n in name.split(" / ")}
    assert not shown & {"niger", "nigeria", "gambia", "zambia", "sambia", "austria", "australia", "sudan", "south",
                        "dominica", "dominican"}


# One country's reports in two languages stay one place and one story's evidence
ONE_COUNTRY = [
    ("en", _flood("en", "Nigeria"), "pl", _flood("pl", "w Nigerii", "Abudży")),
    ("en", _flood("en", "Nigeria"), "ru", _flood("ru", "в Нигерии", "Абудже")),
    ("en", _flood("en", "Niger"), "ru", _flood("ru", "в Нигере", "Ниамее")),
    ("en", _flood("en", "Slovakia"), "de", _flood("de", "in der Slowakei")),
    ("en", _flood("en", "Zambia"), "de", _flood("de", "in Sambia")),
    ("en", _flood("en", "South Sudan"), "de", _flood("de", "im Südsudan")),
    ("en", NIGERIA_EN, "de", NIGERIA_DE),
]


@pytest.mark.parametrize(("la", "a", "lb", "b"), ONE_COUNTRY)
def test_one_country_in_two_languages_is_not_held_apart(la, a, lb, b):
    rules = rules_of(a, la, b, lb, DAY)
    assert rules.apart("a", "b") is None
    assert rules.apart("b", "a") is None


@pytest.mark.parametrize(("word", "lang", "country"), [
    ("nigerii", "pl", "NG"), ("нигерии", "ru", "NG"), ("нигере", "ru", "NE"), ("gambii", "pl", "GM"),
    ("zambii", "pl", "ZM"), ("australii", "pl", "AU"), ("austrii", "pl", "AT"), ("słowacji", "pl", "SK"),
])
def test_a_case_form_is_the_country_it_shares_most_letters_with(word, lang, country):
    assert _inflected_country(word, territory_names(lang), lang) == country


@pytest.mark.parametrize(("x", "y", "one"), [
    ("niger", "nigeria", False), ("roman", "romania", False), ("albert", "alberta", False),
    ("martin", "martina", False), ("sibir", "sibiria", True), ("siberi", "siberia", True),
    ("siberia", "sibiria", True),
])
def test_a_key_that_only_opens_the_other_is_one_name_by_an_ending_only(x, y, one):
    assert _one_latin_key(x, y) is one
    assert _one_latin_key(y, x) is one


@pytest.mark.parametrize("sentence", [
    "Heftige Regenfälle haben am Dienstag in Gambia Überschwemmungen ausgelöst.",
    "Heftige Regenfälle haben am Dienstag in der Slowakei Überschwemmungen ausgelöst.",
])
def test_a_german_noun_after_a_place_is_no_name(sentence):
    # German puts the object after the place: "Überschwemmungen" was a name both German flood reports shared
    from storylens.similarity._sides import _noun_words

    assert "uberschwemmungen" in _noun_words([sentence])
    assert "munchen" not in _noun_words(["Er spielte lange in Bayern München Fußball."])


def test_a_german_place_after_a_preposition_and_its_article_is_a_place():
    from storylens.similarity._sides import _name_places

    gazetteer = sim.Gazetteer.load()
    for text in ("Heftige Regenfälle haben am Dienstag in der Slowakei Überschwemmungen ausgelöst.",
                 "Heftige Regenfälle haben am Dienstag in dem Irak Überschwemmungen ausgelöst."):
        assert not _name_places(text, gazetteer, "de")


def test_the_place_reason_names_both_countries_and_no_region_of_a_longer_name():
    # "South" of "South Sudan" was Cameroon's South region, and Sudan, which "South Sudan" holds when read loosely,
    # left its side empty: "different places:  vs Cameroon, South Sudan (SD / CM, SS)"
    why = rules_of(_flood("en", "Sudan"), "en", _flood("en", "South Sudan"), "en", DAY).apart("a", "b") or ""
    assert why.startswith("different places: Sudan vs South Sudan (SD / SS)"), why


@pytest.mark.parametrize(("text", "countries"), [
    ("Floods in South Sudan kill 30.", set()), ("Floods in South Korea kill 30.", set()),
    ("Fighting in South Kordofan and Darfur.", {"SD"}), ("Protests in the South Region of Cameroon.", {"CM"}),
])
def test_a_region_word_opening_a_longer_name_is_no_region(text, countries):
    from storylens.similarity._openings import _region_countries_of

    assert set(_region_countries_of(text)) == countries
