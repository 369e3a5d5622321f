"""leftovers78 (issue #12, datelines): a listed city whose written name is not its key in data/place-keys.json was no
listed city to the dateline and byline readers, so "Москва, ТАСС, 12 марта 2026" gave the city as the outlet (the
gazetteer keys a Russian name without its ending, "москв", and a hyphen as a space, "санкт петербург", "saint
etienne"), as did a listed city with its river after a slash ("Frankfurt/Main, dpa, …"). Reporters stay reporters.
The texts are written for these tests."""

from __future__ import annotations

import pytest

from storylens.prepare.clean import clean_text

_HEAD = {"ru": "Четыре человека погибли при взрыве на химзаводе",
         "uk": "Четверо загиблих унаслідок вибуху на хімзаводі",
         "de": "Vier Tote bei Explosion in Chemiewerk",
         "fr": "Quatre morts dans l'explosion d'une usine chimique",
         "pl": "Czterech zabitych w wybuchu w zakładach chemicznych"}
_BODY = {"ru": "Взрыв на химическом заводе унёс жизни четырёх рабочих в четверг, сообщили спасатели.",
         "uk": "Вибух на хімічному заводі забрав життя чотирьох робітників у четвер.",
         "de": "Bei einer Explosion in einem Chemiewerk kamen am Donnerstag vier Arbeiter ums Leben.",
         "fr": "Une explosion dans une usine chimique a tué quatre ouvriers jeudi, selon les pompiers.",
         "pl": "W wybuchu w zakładach chemicznych zginęło w czwartek czterech pracowników."}
_DATE = {"ru": "12 марта 2026", "uk": "12 березня 2026", "de": "12. März 2026", "fr": "12 mars 2026",
         "pl": "12 marca 2026"}


def _read(lang: str, first: str, wire: str) -> list:
    line = f"{first}, {wire}, {_DATE[lang]}"
    return [clean_text(t) for t in (f"{line}\n\n{_HEAD[lang]}\n\n{_BODY[lang]}",
                                    f"{_HEAD[lang]}\n{line}\n\n{_BODY[lang]}")]


@pytest.mark.parametrize(("lang", "place", "wire"), [
    ("ru", "Москва", "ТАСС"), ("ru", "Москва", "Интерфакс"), ("ru", "Санкт-Петербург", "РИА Новости"),
    ("ru", "Самара", "ТАСС"), ("ru", "Ростов-на-Дону", "ТАСС"), ("ru", "Нижний Новгород", "Интерфакс"),
    ("uk", "Одеса", "Укрінформ"), ("uk", "Вінниця", "Укрінформ"), ("fr", "Saint-Étienne", "AFP"),
    ("pl", "Bielsko-Biała", "PAP"), ("de", "Frankfurt/Main", "dpa"), ("de", "Frankfurt/Oder", "dpa"),
    ("de", "Mülheim/Ruhr", "dpa"),
])
def test_a_city_keyed_otherwise_is_the_datelines_place(lang: str, place: str, wire: str) -> None:
    for cleaned in _read(lang, place, wire):
        assert (list(cleaned.authors), cleaned.place, cleaned.outlet, cleaned.published, cleaned.title) == (
            [], place, wire, "2026-03-12", _HEAD[lang]), place


@pytest.mark.parametrize(("lang", "name", "wire"), [
    ("ru", "Анна Иванова", "ТАСС"), ("ru", "Мария Петрова", "РИА Новости"), ("ru", "Ольга Самарина", "ТАСС"),
    ("uk", "Олена Коваленко", "Укрінформ"), ("fr", "Jean-Pierre Martin", "AFP"), ("de", "Hans-Peter Müller", "dpa"),
])
def test_a_reporter_before_the_wire_stays_a_reporter(lang: str, name: str, wire: str) -> None:
    for cleaned in _read(lang, name, wire):
        assert (list(cleaned.authors), cleaned.place, cleaned.outlet, cleaned.published) == (
            [name], None, wire, "2026-03-12"), name


_WIRE_DATE = {"de": ("Berlin", "dpa/AFP", "AFP"), "fr": ("Paris", "AFP/Reuters", "Reuters"),
              "ru": ("Москва", "ТАСС/Интерфакс", "Интерфакс"), "pl": ("Warszawa", "PAP/Reuters", "Reuters")}


@pytest.mark.parametrize("lang", sorted(_WIRE_DATE))
def test_two_wires_after_the_city_give_the_last_as_the_outlet(lang: str) -> None:
    """"Berlin, dpa/AFP, 12. März 2026" was the title (no place, date nor outlet) or the place "Paris, AFP/Reuters":
    two wires joined by a slash are one credit, the last the outlet as an end credit "dpa/AFP" reads."""
    place, wires, last = _WIRE_DATE[lang]
    for cleaned in _read(lang, place, wires):
        assert (list(cleaned.authors), cleaned.place, cleaned.outlet, cleaned.published, cleaned.title) == (
            [], place, last, "2026-03-12", _HEAD[lang]), wires


def test_a_reporter_before_two_wires_stays_a_reporter() -> None:
    for cleaned in _read("de", "Anna Schmidt", "dpa/AFP"):
        assert (list(cleaned.authors), cleaned.outlet, cleaned.published) == (["Anna Schmidt"], "AFP", "2026-03-12")


@pytest.mark.parametrize(("lang", "place", "wire"), [
    ("de", "Berlin", "dpa"), ("fr", "Paris", "AFP"), ("ru", "Москва", "ТАСС"), ("pl", "Warszawa", "PAP"),
    ("uk", "Київ", "Укрінформ"),
])
def test_a_city_and_a_wire_without_a_date_are_a_dateline(lang: str, place: str, wire: str) -> None:
    """"Berlin, dpa" on a line of its own, over the headline or under it: the title or a claim on main."""
    line = f"{place}, {wire}"
    for text in (f"{line}\n\n{_HEAD[lang]}\n\n{_BODY[lang]}", f"{_HEAD[lang]}\n{line}\n\n{_BODY[lang]}"):
        cleaned = clean_text(text)
        assert (cleaned.place, cleaned.outlet, cleaned.title) == (place, wire, _HEAD[lang]), text
        assert line not in cleaned.text


@pytest.mark.parametrize("line", ["Paris, Texas", "Berlin, Germany", "Sarah Miller, Reuters", "Hyderabad, AP"])
def test_other_lines_of_two_parts_are_no_dateline_without_a_date(line: str) -> None:
    """No wire of the language data after a listed city, a person, or a two-letter code that a region has too."""
    cleaned = clean_text(f"Four killed in chemical plant blast\n{line}\n\nAn explosion killed four workers.")
    assert cleaned.outlet is None or cleaned.place is None


@pytest.mark.parametrize(("lang", "place", "wire"), [
    ("de", "Frankfurt (Oder)", "dpa"), ("de", "Halle (Saale)", "dpa"), ("fr", "Saint-Denis (Réunion)", "AFP"),
    ("pl", "Warszawa (Polska)", "PAP"),
])
def test_a_city_with_a_bracket_before_the_wire_is_the_place(lang: str, place: str, wire: str) -> None:
    """"Frankfurt (Oder), dpa, 12. März 2026": the place was the outlet (no dateline pattern reads the bracket)."""
    for cleaned in _read(lang, place, wire):
        assert (list(cleaned.authors), cleaned.place, cleaned.outlet, cleaned.published) == (
            [], place, wire, "2026-03-12"), place


def test_a_name_with_a_bracket_is_no_place() -> None:
    for cleaned in _read("de", "Anna (Schmidt)", "dpa"):
        assert cleaned.place is None
