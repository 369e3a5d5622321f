"""trial50 F21 (pl): «Drogi do Kilonii do tej pory nie otwarto» / "The road to Kiel was reopened" stayed shared after
the denied opening was read: "Kilonii" (the genitive of Kilonia, Kiel) was no city, so the two units named two places
and the measure's conflict was held back as two measures. A Polish "-ii"/"-ji" case form is its "-ia"/"-ja" name."""

from __future__ import annotations

import pytest

from storylens.analysis.entities._gazetteer import _inflected_city, _places


@pytest.mark.parametrize(("form", "city"), [("Kilonii", "Kiel"), ("Kolonii", "Köln"), ("Bolonii", "Bologna")])
def test_polish_ia_names_in_their_cases(form: str, city: str) -> None:
    assert _inflected_city(form, _places()[0]) == city


@pytest.mark.parametrize("form", ["Hiszpanii", "Brazylii", "Rosji"])  # countries: no city
def test_a_country_is_no_city(form: str) -> None:
    assert _inflected_city(form, _places()[0]) is None
