"""newuser78 L2: the outlet after a reporter's name was read as a second author when its name has a person's shape
and no word of outlets.json ("By Sarah Collins, Levant Report", "Von Stefan Krüger, Sächsische Abendpost"). After one
reporter and a comma, a name holding a word of an outlet's name of the language data ("byline_outlet_words": Report,
-post, Eco, Correio, Курьер) is the outlet; any other name stays an author, as on main (headers78fix: the name-shape
guess of 41e75b96 turned 30 of 48 unlisted co-reporters into outlets). A desk is neither an author nor the outlet
("By Emily Zhang, Asia Desk"). The texts are written for these tests."""

from __future__ import annotations

import pytest

from storylens.prepare.clean import clean_text, parse_byline

_BODY = ("A regional train derailed on Tuesday, injuring 27 passengers.\n\n"
         "The train was carrying about 180 people.")

_OUTLETS = [
    ("By Sarah Collins, Levant Report", "Sarah Collins", "Levant Report"),
    ("Von Stefan Krüger, Sächsische Abendpost", "Stefan Krüger", "Sächsische Abendpost"),
    ("par Sophie Laurent, L'Écho Rhénan", "Sophie Laurent", "L'Écho Rhénan"),
    ("By K. Akhmetov, Mekong Review", "K. Akhmetov", "Mekong Review"),
    ("Von Anna Becker, Lausitzer Abendpost", "Anna Becker", "Lausitzer Abendpost"),
    ("Yazan: Ayşe Demir, Ege Haber", "Ayşe Demir", "Ege Haber"),
    ("Autor: Anna Nowak, Kurier Lubelski", "Anna Nowak", "Kurier Lubelski"),
    ("di Marco Ferrante, Eco Adriatico", "Marco Ferrante", "Eco Adriatico"),
    ("Por João Silva, Correio Minhoto", "João Silva", "Correio Minhoto"),
    ("Автор: Ольга Смирнова, Уральский Курьер", "Ольга Смирнова", "Уральский Курьер"),
]


@pytest.mark.parametrize(("byline", "author", "outlet"), _OUTLETS)
def test_the_name_after_the_reporter_is_the_outlet(byline, author, outlet):
    result = clean_text(f"date 2026-02-03 {byline}\n\n{_BODY}")
    assert (list(result.authors), result.outlet, result.published) == ([author], outlet, "2026-02-03")


@pytest.mark.parametrize(("byline", "authors"), [
    ("By Sarah Collins, Tom Hughes", ["Sarah Collins", "Tom Hughes"]),
    ("By Sarah Collins, Wanjiru Kamau", ["Sarah Collins", "Wanjiru Kamau"]),
    ("Von Stefan Krüger, Anna Becker", ["Stefan Krüger", "Anna Becker"]),
    ("par Sophie Laurent, Marc Dubois", ["Sophie Laurent", "Marc Dubois"]),
    ("Por Lucía Ortega, Carlos Méndez", ["Lucía Ortega", "Carlos Méndez"]),
    ("By Sarah Collins and Levant Hughes", ["Sarah Collins", "Levant Hughes"]),
    # unlisted co-reporters (headers78fix: the name-shape guess made them the outlet)
    ("By Sarah Collins, Daniyar Akhmetov", ["Sarah Collins", "Daniyar Akhmetov"]),
    ("By Sarah Collins, K. Akhmetov", ["Sarah Collins", "K. Akhmetov"]),
    ("par Marie Dupont, Nguyen Van An", ["Marie Dupont", "Nguyen Van An"]),
    ("Автор: Ольга Смирнова, Айгуль Нурланова", ["Ольга Смирнова", "Айгуль Нурланова"]),
    ("Yazan: Ayşe Demir, Baran Ekinci", ["Ayşe Demir", "Baran Ekinci"]),
    ("Autor: Anna Nowak, Oksana Hrytsenko", ["Anna Nowak", "Oksana Hrytsenko"]),
    ("By Sarah Collins, Xiong Wei", ["Sarah Collins", "Xiong Wei"]),
    # no outlet word: a place, a role, a desk-like credit is no outlet (read as on main)
    ("par Sophie Laurent, L'Est Rhénan", ["Sophie Laurent", "L'Est Rhénan"]),
])
def test_a_second_reporter_stays_an_author(byline, authors):
    result = clean_text(f"date 2026-02-03 {byline}\n\n{_BODY}")
    assert (list(result.authors), result.outlet) == (authors, None)


@pytest.mark.parametrize("second", ["Hong Kong", "Buenos Aires", "Chief Economist", "Staff Reports"])
def test_a_place_or_role_after_the_reporter_is_no_outlet(second):
    result = clean_text(f"date 2026-02-03 By Sarah Collins, {second}\n\n{_BODY}")
    assert result.outlet is None


def test_the_outlet_words_are_language_data():
    from storylens.text import byline_outlet_words_any, profile

    assert "report" in profile("en").byline_outlet_words and "курьер" in profile("ru").byline_outlet_words
    whole, ends = byline_outlet_words_any()
    assert "correio" in whole and "post" in ends and "zeitung" in ends


def test_a_desk_is_neither_author_nor_outlet():
    result = clean_text(f"date 2026-06-08 By Emily Zhang, Asia Desk\n\n{_BODY}")
    assert (list(result.authors), result.outlet) == (["Emily Zhang"], None)


def test_parse_byline_reads_the_outlet_after_the_reporter():
    assert parse_byline("Sarah Collins, Levant Report") == (["Sarah Collins"], "Levant Report")
    assert parse_byline("Sarah Collins, Tom Hughes") == (["Sarah Collins", "Tom Hughes"], None)
