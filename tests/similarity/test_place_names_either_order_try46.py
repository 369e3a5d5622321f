"""A shared place is listed once, as a place, whichever text comes first and whatever language writes it (try46 F9:
`similarity fr en` said "same names: Lituanie, Pistorius" beside "same places: Germany, Lithuania", the other order
"same names: Pistorius"; a Greek text's "Θεσσαλονίκη" was a shared name in one order only)."""

from __future__ import annotations

import pytest

from storylens import similarity as sim

EN = ("Germany will send 300 more soldiers to its brigade in Lithuania next year, Defence Minister Boris Pistorius "
      "announced on Monday. Speaking in Berlin, Pistorius said the first troops would leave in March. The brigade is "
      "due to reach full strength of 4,800 soldiers by 2027.")
FR = ("L'Allemagne enverra l'an prochain 300 soldats supplémentaires à sa brigade en Lituanie, a annoncé lundi le "
      "ministre de la Défense Boris Pistorius. Depuis Bruxelles, où il participait à une réunion de l'Otan, Pistorius "
      "a précisé que les premières troupes partiraient en mars. La brigade doit compter 4 800 soldats d'ici 2027.")


@pytest.mark.parametrize(("x", "y"), [(EN, FR), (FR, EN)])
def test_a_place_both_name_is_no_shared_name_in_either_order(hashing_embedder, x, y):
    f = sim.score_pair(x, y, embedder=hashing_embedder, fast=True)
    names = [r for r in f.reasons if "names" in r]
    assert names, f.reasons
    assert "Pistorius" in names[0]
    assert "Lituanie" not in names[0] and "Lithuania" not in names[0], f.reasons
