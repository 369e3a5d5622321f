"""Two governments' acts are no shared claim (new-user trial 16 #10: "中国外交部发言人毛宁…表示哀悼" and
"وأعلنت قطر والسعودية إرسال فرق إغاثة" were one shared claim, a weak match; ClaimAligner
``actor_countries`` with ``actor_veto``)."""

from __future__ import annotations

import numpy as np

from storylens.analysis.claims import ClaimAligner
from storylens.models import Entity, Mention
from storylens.report.pipeline import _country_mentions

from ._docs import doc_of

ZH = ["土耳其东部凡省24日凌晨发生6.8级地震。", "中国外交部发言人毛宁24日表示，中方对遇难者表示哀悼，愿向土方提供力所能及的帮助。"]
AR = ["ضرب زلزال بقوة 6.8 درجات ولاية وان شرقي تركيا فجر الثلاثاء.", "وأعلنت قطر والسعودية إرسال فرق إغاثة ومساعدات إنسانية إلى المنطقة المنكوبة."]


def _embed(a, b, cosine: float):
    table = {a[0]: np.array([1.0, 0.0, 0.0], dtype=np.float32), b[0]: np.array([1.0, 0.0, 0.0], dtype=np.float32),
             a[1]: np.array([0.0, 1.0, 0.0], dtype=np.float32),
             b[1]: np.array([0.0, cosine, np.sqrt(1 - cosine ** 2)], dtype=np.float32)}
    return lambda texts: np.stack([table[t] for t in texts])


def _shared(countries, cosine=0.45, **kw) -> set[frozenset[str]]:
    aligner = ClaimAligner(embed=_embed(ZH, AR, cosine), actor_countries=countries, pair_model=None, **kw)
    claims, _ = aligner.claims([doc_of("d1", ZH, "zh"), doc_of("d2", AR, "ar")])
    return {frozenset(e.sentence for e in c.evidence) for c in claims if c.status != "unique"}


TWO_COUNTRIES = {"d1:s1": [("中国", "e1")], "d2:s1": [("قطر", "e2"), ("السعودية", "e3")]}
PAIR = frozenset({"d1:s1", "d2:s1"})


def test_two_governments_acts_are_no_shared_claim():
    assert PAIR in _shared({}, actor_veto=True)  # the scores alone join them
    assert PAIR not in _shared(TWO_COUNTRIES, actor_veto=True)
    assert frozenset({"d1:s0", "d2:s0"}) in _shared(TWO_COUNTRIES, actor_veto=True)


def test_one_country_in_common_or_a_sure_pair_is_left_to_the_scores():
    # one entity in common (a link across scripts): left to the scores
    assert PAIR in _shared({"d1:s1": [("中国", "e1")], "d2:s1": [("قطر", "e1"), ("السعودية", "e3")]}, actor_veto=True)
    assert PAIR in _shared(TWO_COUNTRIES, cosine=0.95, actor_veto=True)
    assert PAIR in _shared({"d1:s1": [("中国", "e1")]}, actor_veto=True)  # one side names no country


def test_country_mentions_are_the_entities_named_as_countries():
    entities = [Entity("e1", "中国", "PLACE", (Mention("d1", "d1:s1", "中国"),), variants=("中国",)),
                Entity("e2", "قطر", "PLACE", (Mention("d2", "d2:s1", "قطر"),), variants=("قطر",)),
                Entity("e3", "Van", "PLACE", (Mention("d2", "d2:s0", "وان"),), variants=("Van", "وان"))]
    assert _country_mentions(entities) == {"d1:s1": [("中国", "e1")], "d2:s1": [("قطر", "e2")]}
