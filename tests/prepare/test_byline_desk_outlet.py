"""final29 #16: "By Staff, Asharq Al-Awsat" gave the author "Asharq Al-Awsat" and no outlet; a desk
credit ("Staff", "Staff writer", "Redaktion", "Rédaction") names no author, and the name after it is
its outlet."""

import pytest

from storylens.prepare.clean import parse_byline


@pytest.mark.parametrize(("byline", "outlet"), [
    ("Staff, Asharq Al-Awsat", "Asharq Al-Awsat"),
    ("Staff writer, Asharq Al-Awsat", "Asharq Al-Awsat"),
    ("Staff, Gulf Today", "Gulf Today"),
    ("Redaktion, Die Zeit", "Die Zeit"),
    ("Rédaction, Gazeta Polska", "Gazeta Polska"),
    ("Staff, Reuters", "Reuters"),
])
def test_a_desk_credit_names_its_outlet_and_no_author(byline: str, outlet: str) -> None:
    assert parse_byline(byline) == ([], outlet)


def test_a_person_before_an_outlet_stays_an_author() -> None:
    assert parse_byline("Jane Tan, Asharq Al-Awsat") == (["Jane Tan"], "Asharq Al-Awsat")
