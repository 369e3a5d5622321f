"""trial54 F11: "mezzo milione" (half a million) was read as 1,000,000 — the scale word alone — so it/ar "mezzo
milione" vs «نحو مليون» were "same numbers" and "half a million" stood against "500,000" as a false conflict. A half
of the language right before a scale word written without digits (text data "half_scale") halves it."""

from __future__ import annotations

import pytest

from storylens.analysis.quantities import extract_numbers


@pytest.mark.parametrize("text, lang", [
    ("About half a million people are without power.", "en"),
    ("Circa mezzo milione di persone sono senza corrente.", "it"),
    ("Rund eine halbe Million Menschen sind ohne Strom.", "de"),
    ("Cerca de medio millón de personas se quedaron sin luz.", "es"),
    ("Cerca de meio milhão de pessoas ficaram sem luz.", "pt"),
])
def test_half_a_million_is_five_hundred_thousand(text, lang):
    assert [n.value for n in extract_numbers(text, lang)] == [500_000]


@pytest.mark.parametrize("text, lang, values", [
    ("A million people were affected and half of them left.", "en", [1_000_000]),
    ("Un milione di persone sono state colpite.", "it", [1_000_000]),
    ("1,5 Millionen Menschen sind betroffen.", "de", [1_500_000]),
    ("Half the 2 million residents fled.", "en", [2_000_000]),
])
def test_a_scale_without_a_half_before_it_is_whole(text, lang, values):
    assert [n.value for n in extract_numbers(text, lang) if n.value >= 1000] == values
