"""hdr68 (newuser64): a French outlet after "Par" was read as the author when no list named it: "Par La Croix", "Par
Les Echos", "Par Le Télégramme" gave the author "La Croix" and no outlet ("Par L'Obs" stayed a line of text). An
outlet's name opening with its article, alone after the byline's marker, is the outlet, in every language that
writes one ("Por Los Tiempos", "Door Het Parool", "Von Der Tagesspiegel"); a person is named by the given name first."""

import pytest

from storylens.prepare.clean import clean_text, parse_byline

TITLE = "Le gouvernement prévoit des logements"
LEAD = "Le gouvernement a annoncé vendredi un nouveau plan pour le logement des jeunes."


@pytest.mark.parametrize(("byline", "outlet"), [
    ("Par La Croix", "La Croix"),
    ("Par Les Echos", "Les Echos"),
    ("Par Le Télégramme", "Le Télégramme"),
    ("Par L'Obs", "L'Obs"),
    ("Par Les Echos avec AFP", "Les Echos"),
    ("Por Los Tiempos", "Los Tiempos"),
    ("Door Het Parool", "Het Parool"),
])
def test_an_outlet_opening_with_its_article_after_the_marker_is_the_outlet(byline, outlet):
    for text in (f"{TITLE}\n{byline}\n\n{LEAD}\n", f"{byline}\n{TITLE}\n\n{LEAD}\n"):
        clean = clean_text(text)
        assert (clean.authors, clean.outlet) == ((), outlet)
        assert byline not in clean.text
    assert parse_byline(byline.split(" ", 1)[1]) == ([], outlet)
    # a person stays a person: the given name first, or an article that opens a surname too ("De Vries")
    assert parse_byline("La Toya Smith") == (["La Toya Smith"], None)
    assert parse_byline("De Vries") == (["De Vries"], None)


def test_a_german_outlet_with_its_article_under_the_headline_is_the_outlet():
    clean = clean_text("Regierung plant neue Wohnungen\nVon Der Tagesspiegel\n\nDie Regierung hat am Freitag einen Plan "
                       "vorgestellt.\n")
    assert (clean.authors, clean.outlet) == ((), "Der Tagesspiegel")
