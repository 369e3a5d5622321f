"""final44 W2 end to end, through a real Comparer (USE): the road "would stay closed until Monday" against
"Asfinag hob die Sperre … auf" is a conflict (it was shared), against «n'a pas levé la fermeture» no
conflict (it was a polarity conflict), and "lifted the evacuation order" against "nie odwołały … nakazu
ewakuacji" is a conflict under the polarity floor (cosine 0.51; it was shared)."""

from __future__ import annotations

from pathlib import Path

import pytest

from storylens import Comparer

EN = """Tourist bus overturns near Innsbruck

A bus carrying 40 tourists overturned on the Brenner motorway near Innsbruck on Saturday, police said.
The motorway operator Asfinag said the road would stay closed until Monday.
"""
DE = """Reisebus verunglückt bei Innsbruck

Ein mit 40 Touristen besetzter Reisebus ist am Samstag auf der Brennerautobahn bei Innsbruck umgekippt.
Der Autobahnbetreiber Asfinag hob die Sperre der Straße am Sonntagabend auf.
"""
FR = """Un car de touristes se renverse près d'Innsbruck

Un car transportant 40 touristes s'est renversé samedi sur l'autoroute du Brenner près d'Innsbruck, selon la police.
Le gestionnaire de l'autoroute Asfinag n'a pas levé la fermeture de la route.
"""
EN_ORDER = """Bus overturns near Innsbruck

A bus carrying 40 tourists overturned near Innsbruck on Saturday, police said.
The authorities lifted the evacuation order on Sunday.
"""
PL_ORDER = """Pod Innsbruckiem przewrócił się autokar

Autokar z 40 turystami przewrócił się w sobotę pod Innsbruckiem.
Władze nie odwołały w niedzielę nakazu ewakuacji.
"""


@pytest.fixture(scope="module")
def comparer(embedder):
    return Comparer(embedder=embedder, similarity_model="fast")


def _claim(comparer: Comparer, tmp_path: Path, a: str, b: str, text: str):
    paths = [tmp_path / "a.txt", tmp_path / "b.txt"]
    for path, body in zip(paths, (a, b)):
        path.write_text(body, encoding="utf-8")
    return next(c for c in comparer.compare(paths).claims if any(text in e.text for e in c.evidence))


def test_stays_closed_against_lifted_is_a_conflict(comparer, tmp_path):
    claim = _claim(comparer, tmp_path, EN, DE, "stay closed")
    assert claim.status == "conflicting" and claim.conflict == "measure: d1 kept, d2 lifted", claim.conflict
    assert any("hob die Sperre" in e.text for e in claim.evidence)


def test_stays_closed_against_not_lifted_agrees(comparer, tmp_path):
    claim = _claim(comparer, tmp_path, EN, FR, "stay closed")
    assert any("n'a pas levé" in e.text for e in claim.evidence)
    assert claim.status == "shared", claim.conflict


def test_not_lifted_against_lifted_is_a_conflict_under_the_polarity_floor(comparer, tmp_path):
    claim = _claim(comparer, tmp_path, EN_ORDER, PL_ORDER, "lifted the evacuation order")
    assert claim.status == "conflicting" and claim.conflict == "polarity: d1 affirms, d2 denies", claim.conflict
