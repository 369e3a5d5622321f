"""final29 #3: a region's compound name that holds a country's ("Emilia-Romania", "New Mexico",
"Nowa Gwinea", "Guinea-Bissau") names no such country."""

import pytest

from storylens.similarity import Gazetteer


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return Gazetteer.load()


@pytest.mark.parametrize(("text", "absent"), [
    ("Liczba ofiar powodzi w regionie Emilia-Romania na północy Włoch wzrosła do 17", "RO"),
    ("Floods in New Mexico on Monday", "MX"),
    ("Trzęsienie ziemi na wyspie Nowa Gwinea", "GN"),
    ("Elections in Guinea-Bissau on Sunday", "GN"),
    ("Papua New Guinea's capital", "GN"),
])
def test_region_compound_names_no_country(gazetteer: Gazetteer, text: str, absent: str) -> None:
    assert absent not in gazetteer.find(text, strict=True)


@pytest.mark.parametrize(("text", "present"), [
    ("Elections in Guinea-Bissau on Sunday", {"GW"}),
    ("Papua-Nowa Gwinea", {"PG"}),
    ("the Israel-Gaza war", {"IL"}),
    ("Russia-Ukraine talks", {"RU", "UA"}),
    ("Der Ukraine-Krieg dauert an", {"UA"}),
    ("Nouvelle-Calédonie", {"NC"}),
    ("a visit to Romania", {"RO"}),
    ("Mexico City", {"MX"}),
])
def test_countries_kept(gazetteer: Gazetteer, text: str, present: set[str]) -> None:
    assert present <= gazetteer.find(text, strict=True)


@pytest.mark.parametrize("text", [
    "ويتوقع خبراء البنك أن يتباطأ التضخم",  # final29 #15: "the bank's experts expect", read as Khobar
    "ونقل الخبر عن مصادر في البنك",  # "the news": a common word
])
def test_arabic_common_words_are_no_khobar(gazetteer: Gazetteer, text: str) -> None:
    assert not gazetteer.find(text, strict=True)


def test_khobar_by_its_name_is_still_found(gazetteer: Gazetteer) -> None:
    assert gazetteer.find("Al Khobar", strict=True) == gazetteer.find("Khobar, Saudi Arabia", strict=True) - {"SA"}
