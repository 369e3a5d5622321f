"""The refine's lift floor (apart77, issue #11): no lift rule raises a same-language pair the judge scores under its
same-language floor (the cross-lingual cut: under it the judge joins no pair in any language pair) to its cut. On
the dev stream the margin rule, whose slack (0.3) reaches under that floor, had lifted two Arabic reports of one
outlet's beat (a girl's fall and a road crash in one governorate, 0.50; two announcements of one council, 0.46) as
each other's clearest candidates. Texts written for these tests; the scores are given (what a model said), the
rules are the real cluster's."""

from __future__ import annotations

from storylens.cluster._judge import SimilarityJudge
from storylens.settings import DEFAULT
from storylens.stream.corrections import full_judge_settings

from ._scored_judge import refine_scored

TEXTS = {
    "a": ("de", "Bei einem Brand in einer Lagerhalle in Hamburg-Billbrook sind zwei Feuerwehrleute verletzt worden."),
    "b": ("de", "Nach dem Großbrand in Billbrook ermittelt die Polizei wegen Brandstiftung, sagte ein Sprecher."),
    "c": ("de", "In Köln hat die Stadt den Karneval wegen der Pandemie abgesagt, teilte der Oberbürgermeister mit."),
    "d": ("fr", "À Hambourg, un incendie dans un entrepôt de Billbrook a blessé deux pompiers, selon la police."),
}
# cut 0.525 across languages, 0.75 within one; the floor at the cross-lingual cut (as the shipped full judge)
PARAMS = {"cut": 0.525, "same_language_floor": 0.525, "margin_slack": 0.3, "margin_min": 0.1}


def _together(a: str, b: str, table: dict[frozenset, float], embedder, **params) -> bool:
    story = refine_scored(TEXTS, table, embedder, **{**PARAMS, **params})
    return story[a] == story[b]


def test_a_same_language_pair_under_the_floor_is_not_lifted(hashing_embedder):
    # a-b: 0.50, under the same-language cut by 0.25 (within the margin slack) and clear of everything else (0.1),
    # but under the floor 0.525: the margin rule lifts it without the floor rule, not with it
    table = {frozenset({"a", "b"}): 0.50}
    assert _together("a", "b", table, hashing_embedder)
    assert not _together("a", "b", table, hashing_embedder, lift_floor=True)


def test_a_same_language_pair_over_the_floor_is_still_lifted(hashing_embedder):
    table = {frozenset({"a", "b"}): 0.56}  # 0.19 under its cut 0.75, over the floor
    assert _together("a", "b", table, hashing_embedder, lift_floor=True)


def test_a_cross_lingual_pair_is_read_against_its_own_cut(hashing_embedder):
    # a-d: 0.35, 0.175 under the cross-lingual cut (the floor itself): the floor is no cross-lingual pair's bound
    table = {frozenset({"a", "d"}): 0.35}
    assert _together("a", "d", table, hashing_embedder, lift_floor=True)
    assert _together("a", "d", table, hashing_embedder)


def test_no_floor_no_rule(hashing_embedder):
    table = {frozenset({"a", "b"}): 0.50}
    assert _together("a", "b", table, hashing_embedder, lift_floor=True, same_language_floor=None)


def test_off_in_the_judge_on_in_the_full_judge():
    assert SimilarityJudge().lift_floor is False
    assert full_judge_settings()["lift_floor"] is DEFAULT.refine_full_lift_floor is True
