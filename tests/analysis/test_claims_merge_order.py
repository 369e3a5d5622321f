"""The order in which ``_components`` merges aligned pairs when some are scored on e5 (a language outside
USE's among the documents) and the others on USE (ClaimAligner._merge_score; final34 #4)."""

import numpy as np

from storylens.analysis.claims import AlignedPair, ClaimAligner, Unit, _components


def _aligner(**kw) -> ClaimAligner:
    return ClaimAligner(embed=lambda texts: np.zeros((len(texts), 2), dtype=np.float32), **kw)


def _unit(doc: str, lang: str, text: str) -> Unit:
    return Unit(doc, f"{doc}:s0:{text}", text, 0, len(text), lang)


UK_LEAD = _unit("d1", "uk", "uk lead, depth 20 km")
JA_DEPTH = _unit("d3", "ja", "ja depth 20")
KO_DEPTH = _unit("d4", "ko", "ko depth 30")


def test_an_e5_pair_is_ranked_on_uses_cross_lingual_scale():
    aligner = _aligner(cross_threshold=0.35, cross_sure_threshold=0.60, e5_threshold=0.9, e5_sure_threshold=1.0)
    on_e5 = AlignedPair(UK_LEAD, JA_DEPTH, 1.0, 0.4, 0.0, on_e5=True)
    on_use = AlignedPair(JA_DEPTH, KO_DEPTH, 0.89, 0.5, 0.0)
    assert abs(aligner._merge_score(on_e5) - 0.60) < 1e-9  # e5's sure threshold -> USE's
    assert abs(_aligner(e5_threshold=0.9)._merge_score(AlignedPair(UK_LEAD, JA_DEPTH, 0.9, 0.4, 0.0, on_e5=True))
               - _aligner().cross_threshold) < 1e-9
    assert aligner._merge_score(on_use) == 0.89
    # with every cross-lingual pair on e5 (cross_encoder "e5") the scores are one scale already
    assert _aligner(cross_encoder="e5")._merge_score(on_e5) == 1.0


def test_the_use_pair_of_two_use_languages_merges_before_a_higher_raw_e5_score():
    nl_lead, ja_lead = _unit("d2", "nl", "nl lead, depth 20 km"), _unit("d3", "ja", "ja lead")
    units = [UK_LEAD, nl_lead, ja_lead, JA_DEPTH, KO_DEPTH]
    pairs = [AlignedPair(UK_LEAD, nl_lead, 1.2, 0.5, 0.0, on_e5=True),
             AlignedPair(UK_LEAD, ja_lead, 1.2, 0.5, 0.0, on_e5=True),
             AlignedPair(nl_lead, ja_lead, 0.9, 0.6, 0.0),
             AlignedPair(UK_LEAD, JA_DEPTH, 1.07, 0.4, 0.0, on_e5=True),
             AlignedPair(JA_DEPTH, KO_DEPTH, 0.89, 0.5, 0.0)]
    groups = _components(units, pairs, 0.5, None, _aligner()._merge_score)
    assert [3, 4] in groups  # ja and ko depth together (their depth conflict), the leads apart
    # by the raw scores (main before the fix) the uk lead took the ja depth sentence; the ko one stayed alone
    assert [4] in _components(units, pairs, 0.5, None)
