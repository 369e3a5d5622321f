"""The refine's triangle rule (ev23, issue 11): a candidate pair judged just under its cut joins when a
third article is judged at or above its cut with each of the two; same-language pairs of the gold
languages (English) are left out. The texts are written for these tests; the scores are given (what a
model said), the rules are the real cluster's."""

from __future__ import annotations

from storylens.cluster._judge import SimilarityJudge

from ._scored_judge import refine_scored as _refine

DE_A = ("Bei einem Brand in einer Lagerhalle in Hamburg-Billbrook sind am Dienstag zwei Feuerwehrleute "
        "verletzt worden. Die Flammen griffen auf ein Nachbargebäude über.")
DE_B = ("Nach dem Großbrand in Billbrook ermittelt die Polizei wegen Brandstiftung. Ein Zeuge hatte in der "
        "Nacht zwei Männer an der Halle gesehen, sagte ein Sprecher.")
DE_C = ("Großfeuer in Hamburg: Eine Lagerhalle in Billbrook brennt nieder, zwei Feuerwehrleute verletzt, "
        "die Polizei schließt Brandstiftung nicht aus.")
EN_A = ("Two firefighters were hurt on Tuesday when a warehouse burned down in the Billbrook district of "
        "Hamburg. The fire spread to a neighbouring building.")
EN_B = ("Police are investigating arson after the Billbrook warehouse fire. A witness saw two men near the "
        "building during the night, a spokesman said.")
EN_C = ("Hamburg warehouse fire: two firefighters injured as a building in Billbrook burns down; police do "
        "not rule out arson.")



# a-c and b-c judged over the same-language cut 0.75; a-b 0.1 under it: the average of a-b and b-c
# stays under the cut, so without the rule b is left alone
_TABLE = {frozenset({"a", "c"}): 0.80, frozenset({"b", "c"}): 0.76, frozenset({"a", "b"}): 0.65}


def test_a_pair_just_under_its_cut_joins_through_a_third_report_judged_with_both(hashing_embedder):
    texts = {"a": ("de", DE_A), "b": ("de", DE_B), "c": ("de", DE_C)}
    off = _refine(texts, _TABLE, hashing_embedder)
    assert off["a"] == off["c"] != off["b"]
    on = _refine(texts, _TABLE, hashing_embedder, triangle_slack=0.15)
    assert on["a"] == on["b"] == on["c"]


def test_no_third_yes_or_a_pair_further_down_stays_apart(hashing_embedder):
    texts = {"a": ("de", DE_A), "b": ("de", DE_B), "c": ("de", DE_C)}
    no_third = {**_TABLE, frozenset({"b", "c"}): 0.70}  # b-c under the cut: no triangle of yeses
    s = _refine(texts, no_third, hashing_embedder, triangle_slack=0.15)
    assert s["a"] == s["c"] != s["b"]
    far = {**_TABLE, frozenset({"a", "b"}): 0.55}  # 0.2 under the cut: beyond the slack
    s = _refine(texts, far, hashing_embedder, triangle_slack=0.15)
    assert s["a"] == s["c"] != s["b"]


def test_english_same_language_pairs_are_left_out_with_triangle_except(hashing_embedder):
    texts = {"a": ("en", EN_A), "b": ("en", EN_B), "c": ("en", EN_C)}
    s = _refine(texts, _TABLE, hashing_embedder, triangle_slack=0.15, triangle_except=("en",))
    assert s["a"] == s["c"] != s["b"]
    s = _refine(texts, _TABLE, hashing_embedder, triangle_slack=0.15)
    assert s["a"] == s["b"] == s["c"]


def test_the_judge_is_off_by_default():
    judge = SimilarityJudge()
    assert judge.triangle_slack == 0.0 and judge.triangle_except == ()
