"""A place someone was taken to that a relative clause of place follows is where something happened too (break49).

"Three firefighters were taken to hospital in Brno, where a blaze destroyed a warehouse" named Brno only as a
destination, so the verdict's reasons read the report as set nowhere (issues/closing_stop49: "still masks Brno").
The words that open such a clause are text data ("place_relatives": "where", "wo", "où", "gdzie", "где")."""

from __future__ import annotations

import pytest

from storylens.text import destination_spans


def _named(text: str, lang: str) -> list[str]:
    return [text[a:b] for a, b in destination_spans(text, lang)]


@pytest.mark.parametrize(("text", "lang"), [
    ("Three firefighters were taken to hospital in Brno, where a blaze destroyed a warehouse on Monday.", "en"),
    ("Drei Feuerwehrleute wurden in ein Krankenhaus in Brünn gebracht, wo ein Brand eine Halle zerstörte.", "de"),
    ("Trois pompiers ont été transportés à l'hôpital de Brno, où un incendie a détruit un entrepôt.", "fr"),
    ("Tres bomberos fueron trasladados al hospital de Brno, donde un incendio destruyó un almacén.", "es"),
    ("Tři hasiči byli převezeni do nemocnice v Brně, kde požár zničil sklad.", "cs"),
    ("Трое пожарных были доставлены в больницу в Брно, где пожар уничтожил склад.", "ru"),
])
def test_a_relative_clause_of_place_makes_no_destination(text, lang):
    assert _named(text, lang) == []


@pytest.mark.parametrize(("text", "lang", "name"), [
    ("Three firefighters were taken to hospital in Brno after a blaze in Blansko.", "en", "Brno"),
    ("Die Verletzten wurden ins Krankenhaus nach Köln gebracht.", "de", "Köln"),
    ("Die Verletzten wurden in Kliniken in Köln gebracht, teilte der Betreiber mit.", "de", "Köln"),
])
def test_a_destination_without_one_stays(text, lang, name):
    assert _named(text, lang) == [name]
