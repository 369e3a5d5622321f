"""A word of victims counts the dead unless its sentence says the victims live (review36a L4): "Deux victimes
ont été transportées à l'hôpital" read "killed: 2", and against "Personne n'est mort." that was a conflict. The
victim words and the cues of living victims are each language's text data ("victim_words", "victims_alive")."""

from __future__ import annotations

import pytest

from storylens.analysis.quantities import extract_numbers

LIVING = [
    ("Deux victimes ont été transportées à l'hôpital.", "fr", 2),
    ("Trois personnes ont été victimes d'un malaise.", "fr", 3),
    ("20 victimes d'escroquerie ont porté plainte.", "fr", 20),
    ("Due vittime sono state ricoverate in ospedale.", "it", 2),
    ("Dwie ofiary przewieziono do szpitala.", "pl", 2),
    ("Пять жертв нападения доставлены в больницу.", "ru", 5),
    ("نقل 5 من الضحايا إلى المستشفى.", "ar", 5),
]
DEAD = [
    ("Le séisme a fait 12 victimes.", "fr", 12),
    ("Число жертв возросло до 50.", "ru", 50),
    ("Il bilancio è salito a 9 vittime.", "it", 9),
]


@pytest.mark.parametrize(("text", "lang", "value"), LIVING)
def test_living_victims_are_not_counted_dead(text: str, lang: str, value: int) -> None:
    found = {q.value: q.unit for q in extract_numbers(text, lang)}
    assert value in found and found[value] != "killed", found


@pytest.mark.parametrize(("text", "lang", "value"), DEAD)
def test_a_toll_of_victims_stays_dead(text: str, lang: str, value: int) -> None:
    found = {q.value: q.unit for q in extract_numbers(text, lang)}
    assert found.get(value) == "killed", found
