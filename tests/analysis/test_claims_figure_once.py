"""Figures stated once (ClaimAligner.figure_once): a unit pair of two languages sharing a normalised figure is kept,
whatever its rank, when one document states that figure in one sentence only (ledger52: the zama-zamas reports of the
ledger gold's tune half, "87 personas" against an English headline, lead and quotation that each say 87 people; the
number fan-out's best-counterpart rule kept the quotation only). Fixed vectors, so each case states its cosines; the
figures are read by the quantities layer, as the pipeline's anchor keys read them ("N:87")."""

import numpy as np
import pytest

from storylens.analysis.claims import ClaimAligner, Unit
from storylens.analysis.quantities import extract_numbers
from storylens.settings import DEFAULT

from ._docs import doc_of
from .test_claims_manyone import _aligner, _embed_gram, _pairs


def _figure_keys(unit: Unit) -> frozenset[str]:
    """The "N:" keys report.pipeline's anchor_keys gives a unit (a vague "más de 80" gives none)."""
    return frozenset(f"N:{q.value:g}" for q in extract_numbers(unit.text, unit.language)
                     if q.value is not None and not getattr(q, "vague", False))


ES_HEAD = "Más de 80 personas interrogadas tras el asesinato de nueve mineros."
ES_QUOTE = "“Durante la operación nocturna, la policía detuvo a 87 personas para interrogarlas”, dijo Kweza."
EN_HEAD = "Police take in 87 people for questioning after nine miners killed"
EN_LEAD = "Police said on Saturday they had taken in 87 people over the murder of nine miners."
EN_QUOTE = "“During the night operation, police took in 87 people for questioning,” said Kweza."
EN_HUNT = "The manhunt will continue until all the suspects are arrested."


def _gram(first: str, second: str) -> tuple[list[str], np.ndarray]:
    texts = [first, second, EN_HEAD, EN_LEAD, EN_QUOTE, EN_HUNT]
    return texts, np.array([
        # first second EN_HEAD EN_LEAD EN_QUOTE EN_HUNT
        [1.0, 0.3, 0.70, 0.60, 0.40, 0.10],
        [0.3, 1.0, 0.50, 0.40, 0.80, 0.10],
        [0.70, 0.50, 1.0, 0.6, 0.5, 0.1],
        [0.60, 0.40, 0.6, 1.0, 0.5, 0.1],
        [0.40, 0.80, 0.5, 0.5, 1.0, 0.1],
        [0.10, 0.10, 0.1, 0.1, 0.1, 1.0],
    ])


def _run(first: str, second: str, language: str, **params) -> set[tuple[str, str]]:
    texts, gram = _gram(first, second)
    docs = doc_of("a", [first, second], language), doc_of("en", [EN_HEAD, EN_LEAD, EN_QUOTE, EN_HUNT], "en")
    return _pairs(_aligner(_embed_gram(texts, gram), unit_keys=_figure_keys, **params), docs)


def test_a_figure_one_report_states_once_pairs_every_sentence_of_the_other_that_states_it():
    mutual = {("a:s0", "en:s0"), ("a:s1", "en:s2")}
    assert _run(ES_HEAD, ES_QUOTE, "es", figure_once=False) == mutual
    # "87 personas" is the Spanish report's one statement of 87: the headline (0.50, second for both) and the
    # lead (0.40) restate it; the vague "Más de 80" is no figure, "nueve" / "nine" is a whole number under ten.
    assert _run(ES_HEAD, ES_QUOTE, "es", figure_once=True) == mutual | {("a:s1", "en:s0"), ("a:s1", "en:s1")}


@pytest.mark.parametrize(("language", "quote"), [
    ("de", "Die Polizei nahm in der Nacht 87 Menschen zur Befragung mit, sagte Kweza."),
    ("fr", "La police a interpellé 87 personnes pendant l'opération de nuit, a dit Kweza."),
    ("pl", "Policja zatrzymała w nocy 87 osób na przesłuchanie – powiedział Kweza."),
    ("it", "La polizia ha fermato 87 persone durante l'operazione notturna, ha detto Kweza."),
    ("zh", "警方在夜间行动中带走了87人接受问询。"),
])
def test_the_same_in_other_languages(language: str, quote: str):
    head = {"de": "Dutzende Menschen befragt.", "fr": "Des dizaines de personnes interrogées.",
            "pl": "Dziesiątki osób przesłuchanych.", "it": "Decine di persone interrogate.", "zh": "数十人接受问询。"}[language]
    got = _run(head, quote, language, figure_once=True)
    assert {("a:s1", "en:s0"), ("a:s1", "en:s1"), ("a:s1", "en:s2")} <= got


def test_a_figure_both_reports_repeat_is_no_anchor_of_one_statement():
    # 87 in two Spanish sentences and three English ones: no pair beyond the mutual ones.
    assert _run("La policía interrogó a 87 personas.", ES_QUOTE, "es", figure_once=True) == {
        ("a:s0", "en:s0"), ("a:s1", "en:s2")}


def test_a_small_whole_number_or_another_kind_of_quantity_is_no_anchor():
    plain = "La policía interroga a decenas de personas."
    # "nueve" / "nine" (9), stated once in Spanish: a whole number under ten recurs by chance ("dwoje pacjentów" /
    # "two conditions" in the tune half's italy-mortality reports).
    assert ("a:s1", "en:s0") not in _run(plain, "Murieron nueve mineros, dijo Kweza.", "es", figure_once=True)
    # "87 proc." a percentage against "87 people" a count: one figure, two quantities ("11 proc." / "eleven years").
    assert ("a:s1", "en:s0") not in _run("Dziesiątki osób.", "Poparcie wyniosło 87 proc.", "pl", figure_once=True)
    # a decimal percentage in Polish against the same in English is one
    texts = ["Średnia w Unii Europejskiej wyniosła 9,5 proc.", "Across the EU, 9.5% of workers were at risk.",
             "In 2018 there were already 9.5% of them.", "Poverty rose in Romania."]
    gram = np.array([[1.0, 0.5, 0.3, 0.4], [0.5, 1.0, 0.3, 0.2], [0.3, 0.3, 1.0, 0.2], [0.4, 0.2, 0.2, 1.0]])
    docs = doc_of("pl", texts[:1], "pl"), doc_of("en", texts[1:], "en")
    aligner = _aligner(_embed_gram(texts, gram), unit_keys=_figure_keys, figure_once=True)
    assert {("pl:s0", "en:s0"), ("pl:s0", "en:s1")} <= _pairs(aligner, docs)


def test_figure_once_leaves_same_language_pairs_alone():
    texts, gram = _gram(ES_HEAD, ES_QUOTE)
    docs = doc_of("a", [ES_HEAD, ES_QUOTE], "en"), doc_of("en", [EN_HEAD, EN_LEAD, EN_QUOTE, EN_HUNT], "en")
    embed = _embed_gram(texts, gram)
    assert _pairs(_aligner(embed, unit_keys=_figure_keys, figure_once=True), docs) == \
        _pairs(_aligner(embed, unit_keys=_figure_keys, figure_once=False), docs)


def test_figure_once_default_comes_from_the_settings():
    texts, gram = _gram(ES_HEAD, ES_QUOTE)
    assert ClaimAligner(_embed_gram(texts, gram)).figure_once == DEFAULT.claim_figure_once


@pytest.mark.parametrize(("language", "quote"), [
    ("de", "Wie der 87-jährige am Abend sagte, gehe es ihm gut."),
    ("es", "El hombre de 87 años dijo que se encontraba bien."),
    ("zh", "这位87岁的老人说他很好。"),
])
def test_a_persons_age_is_no_anchor_of_one_statement(language: str, quote: str):
    # "the 87-year-old" describes who, in any sentence about him (ledger52: the pope's 83 years joined three
    # reports' unrelated sentences in the eight-document check); the English side reads 87 as people here.
    assert ("a:s1", "en:s0") not in _run("Ohne Zahl.", quote, language, figure_once=True)
