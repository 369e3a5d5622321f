"""Monotone fan-out across languages (ClaimAligner.monotone_threshold, off): a pair that is one unit's best
counterpart joins when it lies on the heaviest chain of such pairs in the two reports' order. Fixed vectors."""

import numpy as np

from storylens.analysis.claims import ClaimAligner, _monotone_chain

from ._docs import doc_of
from .test_claims_manyone import _aligner, _embed_gram, _pairs

EN = ["The fire broke out on Wednesday evening.", "Nobody was hurt.", "Police say it was arson."]
ES = ["El incendio comenzó el miércoles por la tarde.", "La policía dice que fue provocado.",
      "Los bomberos apagaron el fuego."]


def test_the_chain_keeps_the_heavier_of_two_crossing_cells():
    gain = np.array([[0.5, -1.0, -1.0],
                     [-1.0, -1.0, 0.3],
                     [-1.0, 0.4, -1.0]])
    # (0,0) then (2,1) weighs 0.9, (0,0) then (1,2) 0.8; (1,2) and (2,1) cross, so only one of them is kept
    assert _monotone_chain(gain).tolist() == [[True, False, False], [False, False, False], [False, True, False]]


def test_one_row_may_hold_several_cells_and_no_positive_cell_gives_nothing():
    assert _monotone_chain(np.array([[0.2, 0.3], [-1.0, -1.0]])).tolist() == [[True, True], [False, False]]
    assert not _monotone_chain(np.full((2, 3), -1.0)).any()
    assert not _monotone_chain(np.zeros((0, 0))).any()


def _embed():
    texts = EN + ES
    gram = np.full((6, 6), 0.1)
    np.fill_diagonal(gram, 1.0)
    # fire ~ incendio 0.8 (each other's best); arson ~ provocado 0.7 (each other's best); the fire sentence is
    # also the firefighters' best counterpart (0.55), which ranks "arson" (0.5) under it
    for (i, j), v in {(0, 3): 0.8, (2, 4): 0.7, (0, 5): 0.55, (2, 5): 0.5}.items():
        gram[i, j] = gram[j, i] = v
    return _embed_gram(texts, gram)


def _docs(spanish: str = "es"):
    return doc_of("en", EN, "en"), doc_of("es", ES, spanish)


def test_a_best_counterpart_out_of_order_stays_out():
    embed, docs = _embed(), _docs()
    shipped = {("en:s0", "es:s0"), ("en:s2", "es:s1")}
    assert _pairs(_aligner(embed), docs) == shipped
    # "Los bomberos apagaron el fuego" (es:s2) has the fire sentence (en:s0) as its best counterpart, yet it
    # comes after "fue provocado" (es:s1), which en:s2 holds: en:s0 - es:s2 crosses en:s2 - es:s1, and the
    # chain through en:s0 - es:s0 and en:s2 - es:s1 weighs more
    assert _pairs(_aligner(embed, monotone_threshold=0.5), docs) == shipped
    # told in the order of the English report (the firefighters before the arson finding) it joins: the
    # chain en:s0 - es:s0, en:s0 - es:s1, en:s2 - es:s2 holds all three
    ordered = (doc_of("en", EN, "en"), doc_of("es", [ES[0], ES[2], ES[1]], "es"))
    assert _pairs(_aligner(embed), ordered) == {("en:s0", "es:s0"), ("en:s2", "es:s2")}
    assert _pairs(_aligner(embed, monotone_threshold=0.5), ordered) == {
        ("en:s0", "es:s0"), ("en:s0", "es:s1"), ("en:s2", "es:s2")}
    # under its threshold it does not
    assert ("en:s0", "es:s1") not in _pairs(_aligner(embed, monotone_threshold=0.6), ordered)


def test_monotone_fanout_is_off_by_default_and_leaves_one_language_alone():
    assert ClaimAligner(_embed()).monotone_threshold is None
    embed = _embed()
    assert _pairs(_aligner(embed, monotone_threshold=0.3), _docs("en")) == _pairs(_aligner(embed), _docs("en"))
