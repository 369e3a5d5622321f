"""A region's name read inside a longer region's name, or after "New", is no such region (break57 F6's kind: "in New
South Wales" gave Cameroon, its region "South"; an earlier fix covered only a one-word region that opens a longer name).
"California" of "Baja California" gave the United States beside Mexico, and "same names: California" joined a Baja
California fire with a California one (SAME 0.69-0.84); "England" of "New England" gave the United Kingdom. Now the
region reader skips a region's name inside a longer one an earlier word opens and one after "New", and such a word,
written nowhere else, is no name in common. Texts written for these tests (English, Spanish, French, German)."""

from __future__ import annotations

import pytest

from storylens.similarity._openings import _region_countries_of, _region_fragments
from tests.similarity._pairs import rules_of

DAY = "2026-08-12"


def _fire(lang: str, where: str) -> str:
    """One wildfire report's template in ``lang``, of ``where`` as the sentence writes it."""
    if lang == "es":
        return (f"Un incendio forestal obliga a evacuar a miles {where}\nUn incendio forestal obligó el martes a evacuar "
                f"a miles de personas {where}, informaron las autoridades. Los bomberos luchaban contra las llamas con "
                "el apoyo de helicópteros. El fuego ha quemado más de 2.000 hectáreas.")
    if lang == "fr":
        return (f"Un incendie force des milliers de personnes à évacuer {where}\nUn incendie de forêt a forcé mardi des "
                f"milliers de personnes à évacuer {where}, ont indiqué les autorités. Les pompiers luttaient contre "
                "les flammes avec l'aide d'hélicoptères. Le feu a brûlé plus de 2 000 hectares.")
    return (f"Wildfire forces thousands to evacuate {where}\nA wildfire forced thousands of people to evacuate {where} "
            "on Tuesday, officials said. Firefighters battled the flames with the help of helicopters. The fire has "
            "burned more than 2,000 hectares.")


@pytest.mark.parametrize(("text", "countries"), [
    ("Fires in Baja California on Tuesday.", {"MX"}),
    ("Floods in Baja California Sur on Tuesday.", {"MX"}),
    ("Incendios en Baja California el martes.", {"MX"}),
    ("Inondations en Basse-Californie mardi.", {"MX"}),
    ("A storm hit New England on Tuesday.", set()),
    ("Storm in New South Wales on Tuesday.", {"AU"}),
    ("Inondations en Nouvelle-Galles du Sud mardi.", {"AU"}),
    # the shorter region written on its own, or beside the longer one, is read
    ("Fires in California and in Baja California.", {"MX", "US"}),
    ("Fires in California on Tuesday.", {"US"}),
    ("A storm hit England on Tuesday.", {"GB"}),
    ("Storm in New Brunswick on Tuesday.", {"CA"}),  # a region whose own name opens with "New"
])
def test_a_region_inside_a_longer_name_or_after_new_is_not_read(text, countries):
    assert _region_countries_of(text) == countries


@pytest.mark.parametrize(("text", "fragments"), [
    ("Fires in Baja California on Tuesday.", {"california"}),
    ("A storm hit New England on Tuesday.", {"england"}),
    ("Fires in California and in Baja California.", set()),  # California written alone too
])
def test_a_region_written_only_inside_a_longer_name_is_a_fragment(text, fragments):
    assert _region_fragments(text) == fragments


@pytest.mark.parametrize(("la", "a", "lb", "b"), [
    ("en", _fire("en", "in Mexico's Baja California"), "en", _fire("en", "in California")),
    ("en", _fire("en", "in Mexico's Baja California"), "es", _fire("es", "en California")),
    ("es", _fire("es", "en Baja California"), "en", _fire("en", "in California")),
    ("fr", _fire("fr", "en Basse-Californie"), "en", _fire("en", "in California")),
])
def test_a_baja_california_and_a_california_fire_are_held_apart(la, a, lb, b):
    rules = rules_of(a, la, b, lb, DAY)
    for x, y in (("a", "b"), ("b", "a")):
        why = rules.apart(x, y) or ""
        assert why.startswith("different places") and "MX / US" in why.replace("US / MX", "MX / US")


@pytest.mark.parametrize(("la", "a", "lb", "b"), [
    ("en", _fire("en", "in California"), "es", _fire("es", "en California")),
    ("en", _fire("en", "in Mexico's Baja California"), "es", _fire("es", "en Baja California")),
    ("en", _fire("en", "in Mexico's Baja California"), "fr", _fire("fr", "en Basse-Californie")),
])
def test_one_region_in_two_languages_is_not_held_apart(la, a, lb, b):
    rules = rules_of(a, la, b, lb, DAY)
    assert rules.apart("a", "b") is None
    assert rules.apart("b", "a") is None


# break59a F4: only a "New" that opens a name of its own hides the region after it; a title-case headline's
# adjective ("New Bavaria Coalition") names its region
@pytest.mark.parametrize(("text", "countries"), [
    ("New Bavaria Coalition Sworn In\nThe premier was re-elected on Tuesday.", {"DE"}),
    ("New Catalonia Government Takes Office\nThe regional president was sworn in on Saturday.", {"ES"}),
    ("New Lombardy Rules On Smog\nThe region announced the measures on Monday.", {"IT"}),
    ("Des tempêtes ont frappé la Nouvelle-Angleterre mardi.", set()),
    ("Tormentas en Nueva Inglaterra el martes.", set()),
    ("Floods in New South Wales and Victoria.", {"AU"}),
])
def test_a_headline_s_new_does_not_hide_its_region(text, countries):
    assert _region_countries_of(text) == countries


@pytest.mark.parametrize("text", [
    "New Bavaria Coalition Sworn In\nThe premier was re-elected on Tuesday.",
    "New Catalonia Government Takes Office\nThe regional president was sworn in on Saturday.",
])
def test_a_headline_s_new_makes_no_fragment(text):
    assert _region_fragments(text) == set()
