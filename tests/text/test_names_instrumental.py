"""text.nominative_name reads the instrumental too (text data "name_instrumental", pl/ru): a person named
only after "with" ("z Pawłem Górskim", "с Павлом Горским") has a nominative the name lists know; the
genitive reading stays the default."""

import pytest

from storylens.text import nominative_name


@pytest.mark.parametrize("name, lang, want", [
    ("Pawłem Górskim", "pl", "Paweł Górski"),
    ("Anną Kowalską", "pl", "Anna Kowalska"),
    ("Tomaszem Wrzoskiem", "pl", "Tomasz Wrzosek"),
    ("Павлом Горским", "ru", "Павел Горский"),
    ("Анной Лисицыной", "ru", "Анна Лисицына"),
    ("Сергеем Волковым", "ru", "Сергей Волков"),
])
def test_instrumental_to_nominative(name: str, lang: str, want: str) -> None:
    assert nominative_name(name, lang, case="instrumental") == want


@pytest.mark.parametrize("name, lang, want", [
    ("Jana Nowaka", "pl", "Jan Nowak"),
    ("Ивана Петрова", "ru", "Иван Петров"),
])
def test_genitive_stays_the_default(name: str, lang: str, want: str) -> None:
    assert nominative_name(name, lang) == want


def test_language_without_an_instrumental_table_is_left_alone() -> None:
    assert nominative_name("Paul Martin", "fr", case="instrumental") == "Paul Martin"
