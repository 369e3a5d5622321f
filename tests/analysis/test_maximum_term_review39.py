"""review39 M3: mend38b's "maximum term" took a threat's word anywhere in the figure's clause, so a sentence became
a maximum whenever "face"/"risk"/"drohen" stood in the clause for another reason: "The man, who had faced trial
since March, was sentenced to five years in prison", "He was sentenced to five years in prison for risking the
lives of passengers", "…, citing the risk of reoffending" — each five years a "maximum term", compared only with
maxima, so "sentenced to seven years" in the other text was no conflict. The threat must govern the figure (as a
penalty's word does: little between, no clause mark) and a penalty's word before the figure wins over a threat
after it."""

from __future__ import annotations

import pytest

from storylens.analysis.conflicts import filter_numbers
from storylens.analysis.quantities import extract_numbers


def _kinds(text: str, lang: str) -> dict[str, list[str]]:
    return {k: [n.text for n in v] for k, v in filter_numbers(text, extract_numbers(text, lang), lang).items()}


@pytest.mark.parametrize(("text", "lang"), [
    ("The man, who had faced trial since March, was sentenced to five years in prison.", "en"),
    ("Facing the court on Monday, he was sentenced to five years in prison.", "en"),
    ("He was sentenced to five years in prison for risking the lives of passengers.", "en"),
    ("The judge sentenced him to five years, citing the risk of reoffending.", "en"),
    ("Der Mann, dem bis zu zehn Jahre drohten, wurde zu fünf Jahren Haft verurteilt.", "de"),
])
def test_a_sentence_beside_a_threat_word_is_a_term(text, lang):
    assert _kinds(text, lang).get("term") == [next(w for w in ("five", "fünf") if w in text)]


@pytest.mark.parametrize(("text", "lang"), [
    ("He faces up to 10 years in prison.", "en"),
    ("He faces 10 years in prison if convicted.", "en"),
    ("Ihm drohen bis zu zehn Jahre Haft.", "de"),
    ("Dem Mann, dem zehn Jahre Haft drohen, wurde am Montag angeklagt.", "de"),
    ("Ему грозит до 10 лет лишения свободы.", "ru"),
    ("Il encourt dix ans de prison.", "fr"),
])
def test_a_threat_that_governs_its_figure_is_a_maximum(text, lang):
    assert len(_kinds(text, lang).get("maximum term", [])) == 1


@pytest.mark.parametrize("text", [
    # dev.csv: a penalty's noun between the threat and the figure is the threatened penalty
    "Grozi jej także kara do dwóch lat pozbawienia wolności.",
    "Za popełnione przestępstwo grozi kara nawet do 5 lat więzienia.",
])
def test_a_penalty_noun_after_the_threat_keeps_the_maximum(text):
    assert len(_kinds(text, "pl").get("maximum term", [])) == 1
