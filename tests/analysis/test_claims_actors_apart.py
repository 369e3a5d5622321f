"""Units of two named actors are not joined into one claim through a third (final29 #9): a German minister's
condolences ("Bundesaußenminister Johann Wadephul sprach … Beileid aus"), Qatar's and Saudi Arabia's relief
teams («وأعلنت قطر والسعودية إرسال فرق إغاثة») and China's spokesperson (中国外交部发言人毛宁…哀悼) were one
"shared" claim at 0.41: each of them paired with one other, and the claim joined all three."""

from __future__ import annotations

import numpy as np

from storylens.analysis.claims import AlignedPair, ClaimAligner, Unit, _components

DE = Unit("d1", "d1:s9", "Bundesaußenminister Johann Wadephul sprach den Angehörigen ihr Beileid aus.", 0, 75, "de")
AR = Unit("d2", "d2:s9", "وأعلنت قطر والسعودية إرسال فرق إغاثة ومساعدات إنسانية إلى المنطقة المنكوبة.", 0, 73, "ar")
ZH = Unit("d3", "d3:s9", "中国外交部发言人毛宁24日表示，中方对遇难者表示哀悼。", 0, 27, "zh")
ES = Unit("d4", "d4:s9", "El ministro alemán Johann Wadephul expresó sus condolencias a las familias.", 0, 74, "es")
EN = Unit("d5", "d5:s9", "Chinese foreign ministry spokeswoman Mao Ning offered condolences to the victims.", 0, 80, "en")


def _aligner() -> ClaimAligner:
    return ClaimAligner(
        embed=lambda texts: np.zeros((len(texts), 2)),
        extra_keys={"d1:s9": [("Johann Wadephul", "P:e1")], "d4:s9": [("Johann Wadephul", "P:e1")],
                    "d5:s9": [("Mao Ning", "P:e2")], "d6:s9": [("Olaf Scholz", "P:e3")]},
        actor_countries={"d2:s9": [("قطر", "e19")], "d3:s9": [("中国", "e22")]},
    )


def _pair(a: Unit, b: Unit, score: float) -> AlignedPair:
    return AlignedPair(a, b, score, score, 0.0)


def test_two_actors_are_apart_by_their_names_or_countries():
    aligner = _aligner()
    assert aligner._actors_apart(DE, EN)  # two people, no word in common
    assert aligner._actors_apart(AR, ZH)  # two countries, none in common
    assert not aligner._actors_apart(DE, ES)  # one person in two languages
    assert not aligner._actors_apart(DE, AR)  # a person against countries: nothing to compare
    assert not aligner._actors_apart(DE, ZH)
    # one language: the aligner's own veto sees the pair directly
    assert not aligner._actors_apart(DE, Unit("d6", "d6:s9", "Olaf Scholz sprach sein Beileid aus.", 0, 35, "de"))


def test_a_claim_does_not_join_two_actors_through_a_third():
    units = [DE, AR, ZH]
    pairs = [_pair(DE, ZH, 0.41), _pair(DE, AR, 0.37)]
    assert _components(units, pairs, 0.5) == [[0, 1, 2]]  # the chain, without the actor check
    assert sorted(_components(units, pairs, 0.5, _aligner()._actors_apart)) == [[0, 2], [1]]


def test_a_direct_pair_of_one_person_still_joins():
    units = [DE, ES, AR]
    pairs = [_pair(DE, ES, 0.7), _pair(ES, AR, 0.4), _pair(DE, AR, 0.4)]
    assert _components(units, pairs, 0.5, _aligner()._actors_apart) == [[0, 1, 2]]


# review4 #3: one person named in two scripts, linked to one entity, is one actor
EN_LAGARDE = Unit("d5", "d5:s2", "ECB President Christine Lagarde said inflation would return to target.", 0, 71, "en")
DE_LAGARDE = Unit("d1", "d1:s2", "EZB-Präsidentin Christine Lagarde sagte, die Inflation kehre zum Ziel zurück.", 0, 77, "de")
ZH_LAGARDE = Unit("d3", "d3:s2", "欧洲央行行长拉加德表示，通胀将回到目标水平。", 0, 22, "zh")


def test_one_linked_person_in_two_scripts_is_one_actor():
    aligner = ClaimAligner(embed=lambda texts: np.zeros((len(texts), 2)),
                           extra_keys={"d5:s2": [("Christine Lagarde", "P:e7")], "d1:s2": [("Christine Lagarde", "P:e7")],
                                       "d3:s2": [("拉加德", "P:e7")]})
    assert not aligner._actors_apart(EN_LAGARDE, ZH_LAGARDE)
    units = [EN_LAGARDE, DE_LAGARDE, ZH_LAGARDE]
    pairs = [_pair(EN_LAGARDE, DE_LAGARDE, 0.6), _pair(DE_LAGARDE, ZH_LAGARDE, 0.5)]
    assert _components(units, pairs, 0.5, aligner._actors_apart) == [[0, 1, 2]]


def test_a_name_read_by_sound_in_another_script_is_one_actor_unlinked():
    aligner = ClaimAligner(embed=lambda texts: np.zeros((len(texts), 2)),
                           extra_keys={"d5:s2": [("Christine Lagarde", "P:e7")], "d3:s2": [("拉加德", "P:e9")]})
    assert not aligner._actors_apart(EN_LAGARDE, ZH_LAGARDE)
