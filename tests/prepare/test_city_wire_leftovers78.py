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
