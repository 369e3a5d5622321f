"""A unit pair of two languages that no figure check reads (under the cross-language conflict cosine) is no shared
claim when both units state figures and share none (ledger54c: on the ledger gold's TUNE half "Buttigieg chiude
l'anno con un bottino di 24,7 milioni …" / "He raised a whopping $76 million throughout 2019" and "Włochy: Blisko 6
procent …" / "Italy: 1.2 percent of those who died …" were shared claims whose figures nothing ever compared)."""

from __future__ import annotations

import dataclasses

import numpy as np

from storylens.analysis.claims import AlignedPair, ClaimAligner, Unit, _stated_figures


def _unit(doc: str, text: str, language: str) -> Unit:
    return Unit(doc, f"{doc}:s0", text, 0, len(text), language)


IT_QUARTER = _unit("d1", "Buttigieg chiude l'anno con un bottino di 24,7 milioni di dollari nell'ultimo trimestre.", "it")
EN_YEAR = _unit("d2", "He raised a whopping $76 million throughout 2019, according to his campaign.", "en")
EN_QUARTER = _unit("d3", "Pete Buttigieg raised $24.7 million in the final quarter of 2019.", "en")
PL_RATE = _unit("d1", "Włochy: Blisko 6 procent. Taki jest wskaźnik śmiertelności chorych we Włoszech.", "pl")
EN_SHARE = _unit("d2", "Italy: 1.2 percent of those who died with coronavirus had no other disease.", "en")
FR_TOLL = _unit("d1", "Le bilan s'élève à 1 266 morts en Italie.", "fr")
ZH_TOLL = _unit("d2", "意大利死亡人数升至1266人。", "zh")
RU_TOLL = _unit("d3", "Число погибших в Италии достигло 4032.", "ru")
DE_YEAR = _unit("d1", "Im Jahr 2018 warnte Eurostat vor Armut trotz Arbeit.", "de")
EN_OTHER_YEAR = _unit("d2", "In 2019 Eurostat warned of in-work poverty.", "en")
EN_NO_FIGURE = _unit("d2", "Italy's death rate is the highest in Europe.", "en")


def _aligner(**kw) -> ClaimAligner:
    return ClaimAligner(embed=lambda texts: np.zeros((len(texts), 2)), **kw)


def _pair(a: Unit, b: Unit, cosine: float = 0.40, score: float = 0.50, **kw) -> AlignedPair:
    return AlignedPair(a, b, score, cosine, 0.0, **kw)


def _kept(aligner: ClaimAligner, pairs: list[AlignedPair]) -> list[tuple[str, str]]:
    return [(p.a.doc, p.b.doc) for p in aligner._without_unchecked_figures_apart(pairs)]


def test_stated_figures_read_values_and_leave_years_out():
    assert _stated_figures({"N:16.54@vote share", "#1654", "#2019", "P:e1", "kaczynski"}) == {"16.54", "#1654"}
    assert _stated_figures({"#1799", "#2101", "#12", "#20190"}) == {"#1799", "#2101", "#12", "#20190"}  # no year 1800-2100
    assert _stated_figures({"#2019", "D:2019-12-31"}) == frozenset()


def test_figures_apart_under_the_conflict_floor_are_no_shared_claim():
    aligner = _aligner()
    pairs = [_pair(IT_QUARTER, EN_YEAR), _pair(IT_QUARTER, EN_QUARTER), _pair(PL_RATE, EN_SHARE),
             _pair(FR_TOLL, ZH_TOLL), _pair(ZH_TOLL, RU_TOLL)]
    # 24,7 / 76 and 6 / 1,2 share no figure; 24,7 / 24.7 and 1 266 / 1266 share theirs
    assert _kept(aligner, pairs) == [("d1", "d3"), ("d1", "d2")]
    assert aligner._without_unchecked_figures_apart(pairs)[1].b is ZH_TOLL


def test_a_pair_the_checks_read_keeps_its_figures_for_a_conflict():
    aligner = _aligner()
    floor = aligner.cross_conflict_cosine
    assert floor is not None
    # from the floor on the figure checks compare the two: a conflict, not a silent drop
    assert _kept(aligner, [_pair(ZH_TOLL, RU_TOLL, cosine=floor)]) == [("d2", "d3")]
    if aligner.cross_conflict_score is not None:  # a high aligner score has them checked too
        assert _kept(aligner, [_pair(ZH_TOLL, RU_TOLL, score=aligner.cross_conflict_score)]) == [("d2", "d3")]
    # a pair one of the rules made for its figures or its quotation stays
    for flag in ("same_rate", "same_time", "same_toll", "same_quote", "same_fact"):
        assert _kept(aligner, [_pair(PL_RATE, EN_SHARE, **{flag: True})]) == [("d1", "d2")], flag


def test_years_one_side_without_figures_and_one_language_stay():
    aligner = _aligner()
    en_toll = _unit("d4", "Italy's toll rose to 4,032 deaths.", "en")
    en_other = _unit("d5", "The toll in Italy stood at 1,266 deaths.", "en")
    pairs = [_pair(DE_YEAR, EN_OTHER_YEAR), _pair(PL_RATE, EN_NO_FIGURE), _pair(en_toll, en_other)]
    assert _kept(aligner, pairs) == [("d1", "d2"), ("d1", "d2"), ("d4", "d5")]


def test_the_rule_is_off_with_its_flag():
    aligner = dataclasses.replace(_aligner(), unchecked_figures_apart=False)
    assert aligner.unchecked_figures_apart is False
    assert _aligner().unchecked_figures_apart is True
