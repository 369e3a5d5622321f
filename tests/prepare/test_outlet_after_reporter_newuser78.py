"""newuser78 L2: the outlet after a reporter's name was read as a second author when its name has a person's shape
and no outlet word ("By Sarah Collins, Levant Report", "Von Stefan Krüger, Sächsische Abendpost", "par Sophie Laurent,
L'Est Rhénan"). After one reporter whose given name is listed, a name that opens with no listed given name and ends
with no listed family name is the outlet; a second reporter after the comma stays an author. A desk is neither an
author nor the outlet ("By Emily Zhang, Asia Desk"). The texts are written for these tests."""

from __future__ import annotations

import pytest

from storylens.prepare.clean import clean_text, parse_byline

_BODY = ("A regional train derailed on Tuesday, injuring 27 passengers.\n\n"
         "The train was carrying about 180 people.")

_OUTLETS = [
    ("By Sarah Collins, Levant Report", "Sarah Collins", "Levant Report"),
    ("Von Stefan Krüger, Sächsische Abendpost", "Stefan Krüger", "Sächsische Abendpost"),
    ("par Sophie Laurent, L'Est Rhénan", "Sophie Laurent", "L'Est Rhénan"),
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
])
def test_a_second_reporter_stays_an_author(byline, authors):
    result = clean_text(f"date 2026-02-03 {byline}\n\n{_BODY}")
    assert (list(result.authors), result.outlet) == (authors, None)


def test_a_desk_is_neither_author_nor_outlet():
    result = clean_text(f"date 2026-06-08 By Emily Zhang, Asia Desk\n\n{_BODY}")
    assert (list(result.authors), result.outlet) == (["Emily Zhang"], None)


def test_parse_byline_reads_the_outlet_after_the_reporter():
    assert parse_byline("Sarah Collins, Levant Report") == (["Sarah Collins"], "Levant Report")
    assert parse_byline("Sarah Collins, Tom Hughes") == (["Sarah Collins", "Tom Hughes"], None)
