"""final29: entity keys of a region's compound name (#3) and of dotted clock times (#14)."""

import pytest

from storylens.cluster import entity_keys


@pytest.mark.parametrize(("text", "lang", "absent"), [
    ("Liczba ofiar powodzi w regionie Emilia-Romania na północy Włoch wzrosła do 17.", "pl", "=romania"),
    ("Floods hit New Mexico on Monday.", "en", "=mexico"),
    ("Trzęsienie ziemi na wyspie Nowa Gwinea.", "pl", "=guinea"),
    ("Elections in Guinea-Bissau on Sunday.", "en", "=guinea"),
])
def test_region_compound_gives_no_country_key(text: str, lang: str, absent: str) -> None:
    assert absent not in entity_keys(text, lang)


@pytest.mark.parametrize(("text", "present"), [
    ("Elections in Guinea-Bissau on Sunday.", {"=guinea-bissau"}),
    ("The Russia-Ukraine talks resumed.", {"=russia", "=ukraine"}),
    ("Der Ukraine-Krieg dauert an.", {"=ukraine"}),
    ("Romania votes on Sunday.", {"=romania"}),
])
def test_countries_keep_their_keys(text: str, present: set[str]) -> None:
    assert present <= entity_keys(text, "en")


@pytest.mark.parametrize(("text", "lang"), [
    ("Wał na rzece Lamone pękł około godz. 1.17 w nocy.", "pl"),
    ("El sismo se registró a las 3.17 hora local (las 1.17 en la España peninsular).", "es"),
    ("Das Beben ereignete sich um 3.17 Uhr Ortszeit (1.17 Uhr MEZ).", "de"),
])
def test_dotted_clock_times_are_no_number_keys(text: str, lang: str) -> None:
    keys = entity_keys(text, lang)
    assert "#1.17" not in keys and "#3.17" not in keys


def test_decimals_stay_number_keys() -> None:
    assert {"#3.17", "#1.17"} <= entity_keys("The rate rose to 3.17 percent from 1.17 percent.", "en")
