"""trial47 F5: a measure's qualifier that differs makes two measures.

Before: "The border with Poland stays closed" / "The border with Lithuania was reopened", "The A7 motorway stays
closed" / "The B4 road was reopened" and "The road to the airport stays closed" / "The airport reopened on
Monday" were one measure each, so "kept" against "lifted" was a conflict."""

from __future__ import annotations

from pathlib import Path

import pytest

from storylens import Comparer
from storylens.analysis.claims import Unit
from storylens.analysis.conflicts import measure_codes, measure_heads, same_measure_of
from storylens.report.pipeline import _measure_stance_conflict


def _unit(doc: str, text: str, lang: str) -> Unit:
    return Unit(doc, f"{doc}-s1", text, 0, len(text), lang)


@pytest.mark.parametrize(("a", "b"), [
    # the head differs: a road to a place against the place
    (("The road to the airport stays closed.", "en"), ("The airport reopened on Monday.", "en")),
    (("Die Straße zum Flughafen bleibt gesperrt.", "de"), ("The airport reopened on Monday.", "en")),
    (("La route de l'aéroport reste fermée.", "fr"), ("L'aéroport a rouvert lundi.", "fr")),
    (("La carretera al aeropuerto sigue cerrada.", "es"), ("El aeropuerto reabrió el lunes.", "es")),
    # the road's number differs
    (("The A7 motorway stays closed.", "en"), ("The B4 road was reopened.", "en")),
    (("Die Autobahn A7 bleibt gesperrt.", "de"), ("The B4 road was reopened.", "en")),
    (("Route 66 stays closed.", "en"), ("Highway 1 was reopened.", "en")),
])
def test_a_different_qualifier_is_another_measure(a, b):
    assert {_stance(*a), _stance(*b)} == {"kept", "lifted"}
    assert not same_measure_of(*a, *b)
    assert _measure_stance_conflict(_unit("d1", *a), _unit("d2", *b)) == []


def _stance(text: str, lang: str) -> str | None:
    from storylens.analysis.conflicts import measure_stance

    return measure_stance(text, lang)


@pytest.mark.parametrize(("a", "b"), [
    (("Die Autobahn A7 bleibt gesperrt.", "de"), ("The A7 motorway was reopened.", "en")),
    (("Die Straße zum Flughafen bleibt gesperrt.", "de"), ("The road to the airport was reopened.", "en")),
    (("The authorities lifted the evacuation order on Sunday.", "en"),
     ("Władze utrzymały w niedzielę nakaz ewakuacji.", "pl")),
    (("Der Autobahnbetreiber Asfinag hob die Sperre der Straße am Sonntagabend auf.", "de"),
     ("The motorway operator Asfinag said the road would stay closed until Monday.", "en")),
    (("The border stays closed.", "en"), ("The border with Lithuania was reopened.", "en")),
    (("Трасса М-11 остается закрытой.", "ru"), ("The M11 motorway was reopened.", "en")),  # one code, two scripts
])
def test_one_measure_stays_one(a, b):
    assert same_measure_of(*a, *b)


@pytest.mark.parametrize(("text", "lang", "heads", "codes"), [
    ("The road to the airport stays closed.", "en", {"road"}, set()),
    ("The airport road stays closed.", "en", {"airport", "road"}, set()),
    ("The A7 motorway stays closed.", "en", {"road"}, {"A7"}),
    ("Die Autobahn 7 bleibt gesperrt.", "de", {"road"}, {"7"}),
    ("Two roads stay closed.", "en", {"road"}, set()),  # a count of roads is no number of a road
    ("Police closed the roads in 2 districts.", "en", {"road"}, set()),
    ("The road on 14 November stays closed.", "en", {"road"}, set()),
])
def test_heads_and_codes(text, lang, heads, codes):
    assert measure_heads(text, lang) == heads
    assert measure_codes(text, lang) == codes


EN = """Baltic states tighten border controls after migrant surge

Vilnius, 14 November 2026 - Lithuania and Latvia tightened their border controls on Monday after a surge of migrants.
About 300 migrants tried to cross on Sunday night, the Lithuanian border guard said.
The border with Poland stays closed, the Lithuanian interior ministry said.
"""
EN_OTHER = """Baltic states tighten border controls after migrant surge

Vilnius, 14 November 2026 - Lithuania and Latvia tightened their border controls on Monday after a surge of migrants.
About 300 migrants tried to cross on Sunday night, the Lithuanian border guard said.
The border with Belarus was reopened, the Lithuanian interior ministry said.
"""
DE_SAME = """Baltische Staaten verschärfen Grenzkontrollen nach Ansturm von Migranten

Vilnius, 14. November 2026 - Litauen und Lettland haben am Montag nach einem Ansturm von Migranten ihre Grenzkontrollen verschärft.
Rund 300 Migranten versuchten in der Nacht zum Sonntag die Grenze zu überqueren, teilte der litauische Grenzschutz mit.
Die Grenze zu Polen wurde wieder geöffnet, teilte das litauische Innenministerium mit.
"""


@pytest.fixture(scope="module")
def comparer(embedder):
    return Comparer(embedder=embedder, similarity_model="fast")


def _claim(comparer: Comparer, tmp_path: Path, a: str, b: str, text: str):
    paths = [tmp_path / "a.txt", tmp_path / "b.txt"]
    for path, body in zip(paths, (a, b)):
        path.write_text(body, encoding="utf-8")
    return next(c for c in comparer.compare(paths).claims if any(text in e.text for e in c.evidence))


def test_borders_with_two_countries_are_two_measures(comparer, tmp_path):
    claim = _claim(comparer, tmp_path, EN, EN_OTHER, "border with Poland stays closed")
    assert claim.status != "conflicting", claim.conflict


def test_one_border_across_languages_still_conflicts(comparer, tmp_path):
    claim = _claim(comparer, tmp_path, EN, DE_SAME, "border with Poland stays closed")
    assert claim.status == "conflicting", claim.conflict
    assert any("Grenze zu Polen" in e.text for e in claim.evidence)
