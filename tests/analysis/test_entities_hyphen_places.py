"""A hyphenated or two-word capitalised name that is a known place is a PLACE, not a person's double
name (final check of stop 26: "Санкт-Петербург" typed PERSON). Cities come from GeoNames
(data/place-names.json, inflected forms too), countries' subdivisions from ISO 3166-2
(data/region-names.json); a double surname or given name stays a person. Inputs written for these tests."""

from __future__ import annotations

import pytest

from storylens.analysis.entities import extract_entities

from ._docs import doc_of


def _types(sentence: str, lang: str) -> dict[str, str]:
    return {e.name: e.type for e in extract_entities([doc_of("d1", [sentence], lang)])}


@pytest.mark.parametrize(("lang", "sentence", "expected"), [
    ("ru", "Поезд следовал из Москвы в Санкт-Петербург со скоростью 200 км/ч.", {"Санкт-Петербург": "PLACE"}),
    ("ru", "В Санкт-Петербурге прошла встреча губернатора с жителями.", {"Санкт-Петербурге": "PLACE"}),
    ("ru", "Поезд прибыл в Нижний Новгород с опозданием на два часа.", {"Нижний Новгород": "PLACE"}),
    ("ru", "Губернатор Нижнего Новгорода Глеб Никитин провёл совещание.",
     {"Нижнего Новгорода": "PLACE", "Глеб Никитин": "PERSON"}),
    ("ru", "Делегация из Ростова-на-Дону прибыла в Улан-Удэ во вторник.", {"Улан-Удэ": "PLACE"}),
    ("de", "Der Zug fuhr von Stuttgart durch Baden-Württemberg nach München.", {"Baden-Württemberg": "PLACE"}),
    ("de", "In Nordrhein-Westfalen wurden am Montag drei Züge gestrichen.", {"Nordrhein-Westfalen": "PLACE"}),
    ("fr", "Le train a déraillé près de Saint-Denis lundi matin, selon la SNCF.", {"Saint-Denis": "PLACE"}),
    ("fr", "Le maire de Saint-Étienne, Gaël Perdriau, a réagi dans la soirée.",
     {"Saint-Étienne": "PLACE", "Gaël Perdriau": "PERSON"}),
    ("es", "El tren salió de Castilla-La Mancha hacia Vitoria-Gasteiz el lunes.",
     {"Castilla-La Mancha": "PLACE", "Vitoria-Gasteiz": "PLACE"}),
    # a double name stays a person
    ("ru", "Пресс-секретарь Анна Петрова-Водкина заявила, что поезд опоздал.", {"Анна Петрова-Водкина": "PERSON"}),
    ("ru", "Как заявил Жан-Пьер Дюпон, линия откроется в среду.", {"Жан-Пьер Дюпон": "PERSON"}),
])
def test_a_known_place_of_two_parts_is_a_place(lang, sentence, expected):
    types = _types(sentence, lang)
    assert {name: types.get(name) for name in expected} == expected, types
