"""Digits glued to letters are a code, not a year (trial55 F4: flight "TK1861" gave "same dates: 1861")."""

import pytest

from storylens.similarity._common import _dates


@pytest.mark.parametrize("text", ["volo TK1861 partito da Istanbul", "Flug LH2024 nach Rom", "рейс SU1999 из Москвы",
                                  "the A2019 road", "πτήση A31901"])
def test_code_with_letters_is_no_year(text):
    assert _dates(text)[0] == set()


@pytest.mark.parametrize("text, year", [("im Jahr 2024", "2024"), ("于2024年9月", "2024"), ("2019-2020", "2020"),
                                        ("в 2023 году", "2023"), ("(2022)", "2022"), ("12 Ekim 2024'te", "2024")])
def test_years_still_read(text, year):
    assert year in _dates(text)[0]
