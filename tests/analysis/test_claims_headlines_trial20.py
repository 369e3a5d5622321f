"""Two headlines of one language are one claim only when their facts are (trial20 #17): "Calvera finance
minister Solano resigns a day after peso rout" was a shared claim with "Calvera hikes rates in shock move as
peso hits record low" at cosine 0.44, lifted over the threshold by the names every headline of the story
shares ("Calvera", "peso"). A headline pair is kept on its cosine (or a sure score), not on shared names."""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest

from storylens.analysis.claims import ClaimAligner

from ._docs import doc_of

BODY = ("Filler sentence one about the weather today.", "Another filler line about sports results.")

CASES = [
    ("en", "Calvera hikes rates in shock move as peso hits record low",
     "Calvera finance minister Solano resigns a day after peso rout"),
    ("de", "Calvera erhöht überraschend die Zinsen, Peso auf Rekordtief",
     "Calvera: Finanzminister Solano tritt zurück, Peso weiter schwach"),
    ("es", "Calvera sube los tipos por sorpresa y el peso toca mínimos",
     "Calvera: dimite el ministro Solano tras la caída del peso"),
]


def _pairs(lang: str, h1: str, h2: str, cosine: float, titled: bool = True):
    table = {h1: [1, 0, 0, 0], h2: [cosine, float(np.sqrt(1 - cosine * cosine)), 0, 0],
             BODY[0]: [0, 0, 1, 0], BODY[1]: [0, 0, 0, 1]}
    aligner = ClaimAligner(embed=lambda texts: np.array([table[t] for t in texts], dtype=np.float32), pair_model=None)
    d1, d2 = doc_of("d1", [h1, BODY[0]], lang), doc_of("d2", [h2, BODY[1]], lang)
    if titled:
        d1, d2 = dataclasses.replace(d1, title=h1), dataclasses.replace(d2, title=h2)
    _, pairs = aligner.claims([d1, d2])
    return {(p.a.sentence, p.b.sentence) for p in pairs}


@pytest.mark.parametrize(("lang", "h1", "h2"), CASES)
def test_headlines_sharing_only_the_story_names_are_not_one_claim(lang, h1, h2):
    assert _pairs(lang, h1, h2, 0.44) == set()


@pytest.mark.parametrize(("lang", "h1", "h2"), CASES)
def test_sentences_that_are_no_headline_keep_the_names_rule(lang, h1, h2):
    """Untitled documents: the same sentences are read as before (the names' overlap counts)."""
    assert _pairs(lang, h1, h2, 0.44, titled=False) == {("d1:s0", "d2:s0")}


def test_headlines_stating_one_fact_stay_one_claim():
    pairs = _pairs("en", "Calvera hikes rates in shock move as peso hits record low",
                   "Calvera peso crashes after surprise rate hike", 0.6)
    assert pairs == {("d1:s0", "d2:s0")}
