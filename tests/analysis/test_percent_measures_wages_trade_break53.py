"""Wages, food prices, exports and imports are measures a percentage is bound to (text data "percent_measures"), so
two reports' figures of two of them are two facts, no conflict and no claim (break53 F9: fr "Les prix alimentaires ont
augmenté de 2 % sur un an." against en "… while wages rose 2.5% on the year." gave "%: 2 vs 2.5"), while one
measure's two figures are still one fact to compare."""

import numpy as np
import pytest

from storylens.analysis.quantities import anchor_measure, extract_numbers

from ._docs import doc_of
from .test_claims_manyone import _aligner, _embed_gram, _pairs


@pytest.mark.parametrize(("language", "text", "measure"), [
    ("fr", "Les prix alimentaires ont augmenté de 2 % sur un an.", "food prices"),
    ("en", "French inflation was 1.8% in March, while wages rose 2.5% on the year.", "wages"),
    ("en", "Exports rose 3% in March.", "exports"),
    ("fr", "Les importations ont reculé de 2 % en mars.", "imports"),
    ("de", "Die Löhne stiegen im März um 2,5 Prozent.", "wages"),
    ("de", "Die Ausfuhren sanken um 1,2 Prozent.", "exports"),
    ("es", "Los salarios subieron un 4 % en marzo.", "wages"),
    ("it", "Le esportazioni sono cresciute del 3 per cento.", "exports"),
    ("pt", "Os salários subiram 4% em março.", "wages"),
    ("ru", "Зарплаты выросли на 5%.", "wages"),
    ("pl", "Płace wzrosły o 5 proc.", "wages"),
    ("en", "Food prices rose 4.1% on the year.", "food prices"),
])
def test_the_percentage_is_bound_to_its_measure(language: str, text: str, measure: str):
    percents = [q for q in extract_numbers(text, language) if q.unit == "%"]
    assert anchor_measure(percents[-1]) == measure


def test_polish_pay_verbs_are_no_wages():
    # "płacić" (to pay) is a verb, not "płace" (wages)
    percents = [q for q in extract_numbers("Klienci płacą o 5 proc. więcej.", "pl") if q.unit == "%"]
    assert anchor_measure(percents[0]) != "wages"


def _run(own: str, language: str, other: str, cosine: float) -> set[tuple[str, str]]:
    texts = [own, other]
    gram = np.array([[1.0, cosine], [cosine, 1.0]])
    docs = doc_of("a", [own], language), doc_of("en", [other], "en")
    return _pairs(_aligner(_embed_gram(texts, gram)), docs)


@pytest.mark.parametrize(("language", "own", "other"), [
    ("fr", "Les prix alimentaires ont augmenté de 2 % sur un an.", "Wages rose 2.5% on the year."),
    ("fr", "Les importations ont reculé de 2 % en mars.", "Exports rose 3% in March."),
    ("de", "Die Löhne legten um 3 Prozent zu.", "Food prices rose 3.4% on the year."),
    ("es", "Los salarios subieron un 4 %.", "Exports rose 4.6% in March."),
])
def test_two_measures_figures_are_no_pair_under_the_sure_cosine(language: str, own: str, other: str):
    assert ("a:s0", "en:s0") not in _run(own, language, other, 0.60)
    assert ("a:s0", "en:s0") in _run(own, language, other, 0.97)


@pytest.mark.parametrize(("language", "own", "other"), [
    ("fr", "Les importations ont reculé de 2 % en mars.", "Imports fell 2.5% in March."),
    ("it", "I salari sono aumentati del 2,5 per cento su base annua.", "Italian wages rose 3.1% on the year."),
    ("fr", "Les prix alimentaires ont augmenté de 2 % sur un an.", "Prices rose 2.5% on the year."),
])
def test_one_measures_figures_or_an_unnamed_one_still_pair(language: str, own: str, other: str):
    assert ("a:s0", "en:s0") in _run(own, language, other, 0.60)
