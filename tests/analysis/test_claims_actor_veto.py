"""Two people's acts are no shared claim (trial 15 #15: "François Villeroy de Galhau, le gouverneur de la
Banque de France, avait plaidé pour cette baisse" was one shared claim with "El gobernador del Banco de
España, José Luis Escrivá, respaldó el recorte", a weak match; ClaimAligner ``actor_veto``)."""

from __future__ import annotations

import numpy as np

from storylens.analysis.claims import ClaimAligner

from ._docs import doc_of

FR = ["La BCE a abaissé jeudi ses taux directeurs d'un quart de point.",
      "François Villeroy de Galhau, le gouverneur de la Banque de France, avait plaidé pour cette baisse dès le mois de mai."]
ES = ["El BCE rebajó el jueves sus tipos de interés un cuarto de punto.",
      "El gobernador del Banco de España, José Luis Escrivá, respaldó el recorte."]


EN2 = ["Britain honoured a fundraiser on Saturday.", "The war veteran Tom Moore walked a hundred laps of his garden."]
DE2 = ["Großbritannien ehrte am Samstag einen Spendensammler.", "Weltkriegsveteran Tom hat hundert Runden in seinem Garten gedreht."]


def _embed(a, b, cosine: float):
    """Sentence 0 of both documents identical; sentence 1 at ``cosine`` from each other, unrelated to 0."""
    table = {a[0]: np.array([1.0, 0.0, 0.0], dtype=np.float32), b[0]: np.array([1.0, 0.0, 0.0], dtype=np.float32),
             a[1]: np.array([0.0, 1.0, 0.0], dtype=np.float32),
             b[1]: np.array([0.0, cosine, np.sqrt(1 - cosine ** 2)], dtype=np.float32)}
    return lambda texts: np.stack([table[t] for t in texts])


def _shared(people, cosine=0.45, docs=((FR, "fr"), (ES, "es")), **kw) -> set[frozenset[str]]:
    (a, la), (b, lb) = docs
    aligner = ClaimAligner(embed=_embed(a, b, cosine), extra_keys=people, pair_model=None, **kw)
    claims, _ = aligner.claims([doc_of("d1", a, la), doc_of("d2", b, lb)])
    return {frozenset(e.sentence for e in c.evidence) for c in claims if c.status != "unique"}


TWO_GOVERNORS = {"d1:s1": [("François Villeroy de Galhau", "P:e1")], "d2:s1": [("José Luis Escrivá", "P:e2")]}
PAIR = frozenset({"d1:s1", "d2:s1"})


def test_two_peoples_acts_are_no_shared_claim():
    assert PAIR in _shared(TWO_GOVERNORS, actor_veto=False)  # the scores alone join them
    assert PAIR not in _shared(TWO_GOVERNORS, actor_veto=True)
    assert frozenset({"d1:s0", "d2:s0"}) in _shared(TWO_GOVERNORS, actor_veto=True)


def test_one_person_linked_is_left_to_the_scores():
    people = {"d1:s1": [("Villeroy de Galhau", "P:e1")], "d2:s1": [("José Luis Escrivá", "P:e1")]}
    assert PAIR in _shared(people, actor_veto=True)


def test_a_shared_name_word_is_left_to_the_scores():
    # extraction read a noun into the name ("Weltkriegsveteran Tom"): one word of the names is shared
    people = {"d1:s1": [("Tom Moore", "P:e1")], "d2:s1": [("Weltkriegsveteran Tom", "P:e2")]}
    assert PAIR in _shared(people, docs=((EN2, "en"), (DE2, "de")), actor_veto=True)


def test_a_sure_pair_is_kept():
    assert PAIR in _shared(TWO_GOVERNORS, cosine=0.95, actor_veto=True)
