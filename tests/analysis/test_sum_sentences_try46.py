"""A sum one report states in the sentence after the act, the other in the act's own sentence (try46 F4): "The
Spanish government on Tuesday approved a 3 billion euro aid package …" against "El Consejo de Ministros aprobó el
martes un paquete de ayudas …" + "El plan moviliza en total 2.000 millones de euros." The sum sentence was a unique
claim, so "eur: 3 billion vs 2.000 millones" was never said (and "3.000 millones" never shown as agreeing). The
aligner now pairs a whole sentence's amount with the sentence beside its closest unit, in that unit's paragraph,
when the closest gives no amount of the kind (ClaimAligner.sum_sentences): its figures are compared as the closest
pair's. Not a rate (growth / inflation), not an amount the whole's document gives in another sentence (the 800
million for livestock), not two subjects of money (aid / a fine)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from storylens.analysis.claims import AlignedPair, Unit, _sentences_beside
from storylens.models import Document, Sentence
from storylens.report.pipeline import claim_aligner

DATA = Path(__file__).resolve().parents[1] / "data" / "try46"

EN = ("The Spanish government on Tuesday approved a 3 billion euro aid package after the drought, Agriculture "
      "Minister Luis Planas said.")
ES_ACT = ("El Consejo de Ministros aprobó el martes un paquete de ayudas para el campo afectado por la sequía, anunció "
          "el ministro de Agricultura, Luis Planas.")
ES_SUM = "El plan moviliza en total 2.000 millones de euros."


def _orthogonal(texts):
    return np.eye(len(texts), dtype=np.float32)


def _doc(doc_id: str, language: str, paragraphs: list[list[str]]) -> Document:
    sentences, text, n = [], "", 0
    for p, paragraph in enumerate(paragraphs):
        for s in paragraph:
            sentences.append(Sentence(f"{doc_id}:s{n}", s, len(text), len(text) + len(s), paragraph=p, language=language))
            text += s + " "
            n += 1
    return Document(doc_id, f"<{doc_id}>", text.strip(), tuple(sentences), language=language)


def _sum_pairs(a: Document, b: Document, kept: list[tuple[int, int]]) -> set[tuple[str, str]]:
    """The (sentence of a, sentence of b) pairs the sum rule adds, given the pairs ``kept`` (sentence numbers) and one
    unit per sentence; every kept pair ranks 0.7, every other 0.2."""
    aligner = claim_aligner(_orthogonal, [], {}, sum_sentences=True)
    units = [Unit(d.id, s.id, s.text, 0, len(s.text), d.language) for d in (a, b) for s in d.sentences]
    ia, ib = list(range(len(a.sentences))), list(range(len(a.sentences), len(units)))
    keep = np.zeros((len(ia), len(ib)), dtype=bool)
    for r, c in kept:
        keep[r, c] = True
    aligner._beside = _sentences_beside([a, b])
    found = aligner._sum_pairs(units, ia, ib, keep, np.where(keep, 0.7, 0.2))
    assert all(value == pytest.approx(0.7) for value in found.values())  # checked by the closest pair's cosine
    return {(units[ia[r]].sentence, units[ib[c]].sentence) for r, c in found}


def test_the_sum_in_the_sentence_after_the_act_is_paired():
    en = _doc("d1", "en", [[EN]])
    es = _doc("d2", "es", [[ES_ACT, ES_SUM]])
    assert _sum_pairs(en, es, [(0, 0)]) == {("d1:s0", "d2:s1")}
    # from either side: the Spanish document first
    assert _sum_pairs(es, en, [(0, 0)]) == {("d2:s1", "d1:s0")}


@pytest.mark.parametrize("es, en", [
    # the sentence beside gives an amount the English document gives in another sentence: that sentence's
    ([[ES_ACT, "Los ganaderos recibirán directamente 800 millones de euros."]],
     [[EN], ["Of that, 800 million euros will go directly to livestock farmers."]]),
    # the sentence beside is in the next paragraph
    ([[ES_ACT], [ES_SUM]], [[EN]]),
    # the closest sentence gives euros itself
    ([["El Consejo de Ministros aprobó el martes un paquete de ayudas de 3.000 millones de euros.", ES_SUM]], [[EN]]),
    # a rate is no sum: growth in one report, inflation beside the other's statement
    ([["La oficina de estadística publicó el martes sus cifras del tercer trimestre.",
       "La inflación subió al 2,1 por ciento."]],
     [["The economy grew 1.2 percent in the third quarter, the statistics office said on Tuesday."]]),
    # two subjects of money: an aid against a fine
    ([[ES_ACT, "La empresa deberá pagar una multa de 2 millones de euros."]], [[EN]]),
])
def test_no_sum_pair(es, en):
    assert _sum_pairs(_doc("d1", "en", en), _doc("d2", "es", es), [(0, 0)]) == set()


def test_of_two_clauses_beside_the_one_with_the_very_amount_is_paired():
    # "…, of which 800 million euros for livestock farmers" beside: the clause with 3,000 million is the sum
    en = _doc("d1", "en", [[EN]])
    es = _doc("d2", "es", [[ES_ACT, "El plan moviliza 3.000 millones de euros", "y 800 millones de euros son para los ganaderos."]])
    assert _sum_pairs(en, es, [(0, 0)]) == {("d1:s0", "d2:s1")}


@pytest.mark.parametrize("total, status", [("2.000", "conflicting"), ("3.000", "shared")])
def test_the_paired_sum_is_compared(total, status):
    a = Unit("d1", "d1:s1", EN, 0, len(EN), "en")
    act = Unit("d2", "d2:s1", ES_ACT, 0, len(ES_ACT), "es")
    text = ES_SUM.replace("2.000", total)
    paired = Unit("d2", "d2:s2", text, 0, len(text), "es")
    pairs = [AlignedPair(a, act, 0.74, 0.62, 0.3), AlignedPair(a, paired, -0.44, 0.29, 0.0, figure_cosine=0.62, same_sum=True)]
    claim = claim_aligner(_orthogonal, [], {})._claim("c1", [a, act, paired], pairs, pairs)
    assert claim.status == status, claim.conflict
    assert (claim.conflict is not None and "eur: 3 billion vs 2.000 millones" in claim.conflict) == (status == "conflicting")


@pytest.fixture(scope="module")
def compared(embedder):
    from storylens import Comparer

    comparer = Comparer(embedder=embedder)
    return {name: comparer.compare([DATA / "en_package.txt", DATA / f"{name}.txt"])
            for name in ("es_package_wrong", "it_package_wrong", "de_package_wrong", "es_package")}


@pytest.mark.parametrize("name, line", [
    ("es_package_wrong", "eur: 3 billion vs 2.000 millones"),
    ("it_package_wrong", "eur: 3 billion vs 2 miliardi"),
    ("de_package_wrong", "eur: 3 billion vs 2 Milliarden"),
])
def test_try46_planted_totals_conflict(compared, name, line):
    claims = compared[name].claims
    assert any(c.status == "conflicting" and line in (c.conflict or "") for c in claims), \
        [(c.status, c.conflict, c.differs) for c in claims]
    assert not any("not judged" in (c.differs or "") for c in claims)


def test_try46_the_right_total_is_shared(compared):
    claims = compared["es_package"].claims
    total = next(c for c in claims if any("3.000 millones" in e.text for e in c.evidence))
    assert total.status == "shared" and len(total.docs) == 2
    assert not any(c.status == "conflicting" for c in claims)
