"""A figure shared across languages pairs two units only when it may count one thing (break53 F8): "murieron 15
personas" against "At least 15 people were killed …", not against "The hotel has 15 floors." nor "Police arrested 15
suspects", and not against another year's toll ("A similar attack in 2022 killed 15 people too.", the pipeline's
_Measures.other_year, here a stub that reads an opening or inner year). Fixed vectors, so each case states its
cosines; the figures are read by the quantities layer, as the pipeline's anchor keys read them ("N:15")."""

import re

import numpy as np
import pytest

from storylens.analysis.claims import ClaimAligner, Unit

from ._docs import doc_of
from .test_claims_figure_once import _figure_keys
from .test_claims_manyone import _aligner, _embed_gram, _pairs


def _past(unit: Unit) -> bool:
    """A stub of the pipeline's other_year: the unit names a year before 2025."""
    return any(int(y) < 2025 for y in re.findall(r"\b(?:19|20)\d\d\b", unit.text))


def _run(own: str, language: str, today: str, others: list[str], cosines: list[float], **params) -> set[tuple[str, str]]:
    """``own`` (one sentence of ``language``) against an English report of ``today`` then ``others``, the cosines
    of own with each; the English sentences 0.2 with each other."""
    texts = [own, today, *others]
    n = len(texts)
    gram = np.full((n, n), 0.2)
    np.fill_diagonal(gram, 1.0)
    for j, c in enumerate(cosines, start=1):
        gram[0, j] = gram[j, 0] = c
    docs = doc_of("a", [own], language), doc_of("en", [today, *others], "en")
    return _pairs(_aligner(_embed_gram(texts, gram), unit_keys=_figure_keys, past_figures=_past, **params), docs)


ES = "En el ataque en Mogadiscio murieron 15 personas, según la policía."
TODAY = "Fifteen people were killed in the attack in Mogadishu, police said."
FLOORS = "The hotel has 15 floors."
SUSPECTS = "Police later arrested 15 suspects."
FIGHTERS = "Al-Shabaab claimed responsibility, saying 15 of its fighters took part."
PAST = "A similar attack in 2022 killed 15 people too."


@pytest.mark.parametrize("rule", [{"number_fanout": "score"}, {"figure_once": True}])
@pytest.mark.parametrize("other", [FLOORS, SUSPECTS, FIGHTERS, PAST])
def test_a_shared_figure_of_another_thing_or_year_fans_out_to_nothing(rule: dict, other: str):
    # under the threshold (0.45) both: only the figure rules can pair them
    got = _run(ES, "es", TODAY, [other], [0.40, 0.30], counts_apart=False, **rule)
    assert ("a:s0", "en:s0") in got
    assert ("a:s0", "en:s1") not in got


@pytest.mark.parametrize(("language", "own"), [
    ("de", "Bei dem Anschlag in Mogadischu kamen 15 Menschen ums Leben, teilte die Polizei mit."),
    ("fr", "L'attentat de Mogadiscio a fait 15 morts, selon la police."),
    ("it", "Nell'attacco a Mogadiscio sono morte 15 persone, secondo la polizia."),
])
def test_the_same_in_other_languages(language: str, own: str):
    for other in (FLOORS, SUSPECTS, PAST):
        got = _run(own, language, TODAY, [other], [0.40, 0.30], number_fanout="score", figure_once=True)
        assert ("a:s0", "en:s0") in got and ("a:s0", "en:s1") not in got, other


def test_a_figure_of_one_thing_in_two_wordings_still_fans_out():
    # "detuvo a 87 personas" (arrested) / "taken in 87 people" (people): a count of people goes with an event's
    got = _run("La policía detuvo a 87 personas durante la noche.", "es",
               "Police said they had taken in 87 people overnight.", ["Police took in 87 people for questioning."],
               [0.40, 0.30], number_fanout="score", figure_once=True)
    assert {("a:s0", "en:s0"), ("a:s0", "en:s1")} <= got


@pytest.mark.parametrize("other", [SUSPECTS, FIGHTERS, PAST])
def test_a_pair_the_shared_figure_lifted_is_vetoed_under_the_sure_cosine(other: str):
    # 0.50 is over the threshold: kept as each other's best pair, unless the figure counts two things
    assert ("a:s0", "en:s1") in _run(ES, "es", TODAY, [other], [0.40, 0.50], counts_apart=False)
    assert ("a:s0", "en:s1") not in _run(ES, "es", TODAY, [other], [0.40, 0.50], counts_apart=True)
    # sure by its cosine: kept
    assert ("a:s0", "en:s1") in _run(ES, "es", TODAY, [other], [0.40, 0.97], counts_apart=True)


def test_the_veto_keeps_two_figures_of_one_thing_and_figures_without_a_counted_noun():
    assert ("a:s0", "en:s1") in _run(ES, "es", TODAY, ["The toll rose to 15, officials said."], [0.40, 0.50])
    assert ("a:s0", "en:s1") in _run(ES, "es", TODAY, ["At least 15 people died in the blast."], [0.40, 0.50])


def test_counts_apart_default_comes_from_the_settings():
    from storylens.settings import DEFAULT

    assert ClaimAligner(lambda batch: np.zeros((len(batch), 2))).counts_apart == DEFAULT.claim_counts_apart


def test_a_rate_of_another_year_still_fans_out():
    # a point of a series, compared with today's (the ledger gold's eurostat-poverty set pairs the two): counts only
    got = _run("Średnia dla całej Unii Europejskiej wyniosła 9,5 proc.", "pl",
               "In 2018 there were already 9.5% of them at risk of poverty.",
               ["Poland is slightly above the average."], [0.40, 0.10], number_fanout="score", figure_once=True)
    assert ("a:s0", "en:s0") in got


def test_a_toll_dated_after_its_figure_may_be_the_past_events():
    # the other unit counts 2022's dead (the pipeline reads the year before the toll); a unit that names a year itself
    # ("… in April 2022") may tell that event, one with no year is today's (tests/report trial45: their months conflict)
    own = "W wybuchu metanu w kopalni w kwietniu 2022 roku zginęło 15 górników."

    def run(today: str) -> set[tuple[str, str]]:
        texts = [own, today, "Rescuers searched the mine."]
        gram = np.array([[1.0, 0.40, 0.2], [0.40, 1.0, 0.2], [0.2, 0.2, 1.0]])
        docs = doc_of("a", [own], "pl"), doc_of("en", texts[1:], "en")
        aligner = _aligner(_embed_gram(texts, gram), unit_keys=_figure_keys, number_fanout="score",
                           past_figures=lambda unit: unit.text.startswith("W wybuchu"))
        return _pairs(aligner, docs)

    assert ("a:s0", "en:s0") in run("A methane explosion killed 15 miners in April 2022.")
    assert ("a:s0", "en:s0") not in run("A methane explosion killed 15 miners.")
