"""The refine judge holds apart what the pair verdict holds apart (issue #11: one judgement; trial48 F9:
`stories --refine` joined two airport fires in two countries, two bus crashes and two landslides of one
country that `similarity` kept apart). The verdict's rules (storylens.similarity.verdict_apart) hold a
candidate pair apart whatever its score, as the place and events rules do. The texts are written for these
tests; the scores are given (what a model said), the rules are the real cluster's and verdict's."""

from __future__ import annotations

import numpy as np

from storylens import similarity as sim

from ..similarity.test_names_apart_trial48 import ALTIPLANO, YUNGAS, YUNGAS_OTHER  # the pair tests' texts
from ._scored_judge import refine_scored as _refine

FRANKFURT_DE = (
    "Kabelbrand legt Terminal am Flughafen Frankfurt lahm\n"
    "FRANKFURT, 2. Dezember 2026 (dpa) - Ein Kabelbrand im Terminal 1 des Frankfurter Flughafens hat am Mittwoch "
    "zur Streichung von 70 Flügen geführt, teilte die Feuerwehr mit.\n"
    "Verletzt wurde niemand. Das Terminal in Frankfurt soll am Montag wieder öffnen.")
VIENNA_EN = (
    "Vienna airport terminal shut after cable fire\n"
    "VIENNA, Dec 2, 2026 (Reuters) - A cable fire at a terminal of Vienna airport in Austria forced the "
    "cancellation of 30 flights on Wednesday, the airport said.\n"
    "No one was hurt. The terminal in Vienna will reopen on Monday.")



def test_two_crashes_judged_over_the_cut_stay_apart_and_one_crash_joins(hashing_embedder):
    texts = {"yungas": ("en", YUNGAS), "other": ("en", YUNGAS_OTHER), "altiplano": ("en", ALTIPLANO)}
    table = {frozenset({"yungas", "altiplano"}): 0.95, frozenset({"other", "altiplano"}): 0.95,
             frozenset({"yungas", "other"}): 0.9}
    s = _refine(texts, table, hashing_embedder)
    assert s["yungas"] == s["other"] != s["altiplano"]


def test_two_airport_fires_in_two_countries_stay_apart_with_the_country_rule(hashing_embedder):
    texts = {"de": ("de", FRANKFURT_DE), "en": ("en", VIENNA_EN)}
    s = _refine(texts, {frozenset({"de", "en"}): 0.9}, hashing_embedder, verdict_countries=True)
    assert s["de"] != s["en"]
    # off by default (settings.refine_verdict_countries: it cost same-story pairs on the dev stream): the score
    # decides, as the place veto's setting leaves it
    s = _refine(texts, {frozenset({"de", "en"}): 0.9}, hashing_embedder)
    assert s["de"] == s["en"]


def test_the_judge_reads_the_verdicts_rules(hashing_embedder):
    """ArticleSides.verdict_apart is the pair verdict's: apart exactly where a same-story score turns into
    "different stories"."""
    texts = [YUNGAS, YUNGAS_OTHER, ALTIPLANO, FRANKFURT_DE, VIENNA_EN]
    langs = ["en", "en", "en", "de", "en"]
    sides = sim.ArticleSides(texts, langs, embedder=hashing_embedder, variant="fast")
    i, j = [0, 0, 1, 3], [1, 2, 2, 4]
    apart = sides.verdict_apart(i, j).tolist()
    assert apart == [False, True, True, True]
    assert sides.verdict_apart(i, j, countries=False).tolist() == [False, True, True, False]
    model = type("M", (), {"threshold_": 0.5, "variant_": "fast"})()
    row = np.array([0.9] + [0.5] * (len(sim.DIMENSIONS) - 1))
    verdicts = [sim._scoring._pair_score(row, f, model).same_story for f in sides.features(i, j)]
    assert verdicts == [not a for a in apart]
