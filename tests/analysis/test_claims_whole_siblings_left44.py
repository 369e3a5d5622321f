"""A clause left unmatched joins the whole sentence of another language its sibling clause is matched to, when the two
clauses together fit that sentence better than the sibling alone (ClaimAligner.whole_sibling_gain).

trial55 F10, p4: "Flights at Haikou Meilan and Sanya Phoenix international airports were cancelled for the whole day,
and ferry services across the Qiongzhou Strait were halted." is cut at ", and"; the Chinese sentence «受台风影响，海口美兰国际
机场和三亚凤凰国际机场6日全天取消航班，琼州海峡客滚运输全面停航。» stays whole. The first clause was shared with it (USE 0.568),
the second was a unique claim (0.257 alone) although the whole English sentence fits the Chinese one better (0.627)."""

from __future__ import annotations

import numpy as np
import pytest

from storylens.analysis.claims import ClaimAligner, split_units

from ._docs import doc_of

# (the split language's sentence, its two clauses, the whole-sentence language, its sentence)
CASES = [
    ("en", "Flights at both airports were cancelled for the whole day, and ferry services across the strait were halted.",
     "Flights at both airports were cancelled for the whole day", "and ferry services across the strait were halted.",
     "zh", "受台风影响，两座机场全天取消航班，琼州海峡客滚运输全面停航。"),
    ("de", "Alle Flüge wurden für den ganzen Tag gestrichen, und der Fährverkehr über die Meerenge wurde eingestellt.",
     "Alle Flüge wurden für den ganzen Tag gestrichen", "und der Fährverkehr über die Meerenge wurde eingestellt.",
     "ja", "両空港の便は終日欠航となり、海峡のフェリーも運休した。"),
    ("fr", "Tous les vols ont été annulés pour la journée, et les liaisons par ferry dans le détroit ont été suspendues.",
     "Tous les vols ont été annulés pour la journée", "et les liaisons par ferry dans le détroit ont été suspendues.",
     "ar", "ألغيت جميع الرحلات في المطارين طوال اليوم وتوقفت العبارات في المضيق."),
]
OTHER = "Schools were closed across the island."


def _embed(whole_fits: float):
    """The first clause at cosine 0.6 to the other sentence, the second at 0.25, the two together at ``whole_fits``;
    an unrelated sentence on its own axis."""

    def embed_of(case):
        _, _, first, second, _, sentence = case
        axis = {first: [0.6, 0.8, 0.0, 0.0], second: [0.25, 0.0, 0.968, 0.0], sentence: [1.0, 0.0, 0.0, 0.0],
                f"{first} {second}": [whole_fits, np.sqrt(1 - whole_fits ** 2), 0.0, 0.0],
                OTHER: [0.0, 0.0, 0.0, 1.0]}

        def embed(texts):
            m = np.array([axis.get(t, [0.0, 0.0, 0.0, 1.0]) for t in texts], dtype=np.float32)
            return m / np.linalg.norm(m, axis=1, keepdims=True)
        return embed
    return embed_of


def _claims(case, whole_fits: float, gain: float | None = 0.03):
    lang, text, first, second, other_lang, sentence = case
    a, b = doc_of("d1", [text, OTHER], language=lang), doc_of("d2", [sentence], language=other_lang)
    assert [u.text for u in split_units(a)][:2] == [first, second]  # cut at the coordinator, as the aligner cuts it
    aligner = ClaimAligner(embed=_embed(whole_fits)(case), threshold=0.5, sure_threshold=0.9, cross_threshold=0.5,
                           cross_sure_threshold=0.9, margin=0.0, min_overlap=0.0, cross_min_overlap=0.0,
                           overlap_weight=0.0, actor_penalty=0.0, csls_weight=0.0, position_weight=0.0,
                           sibling_margin=0.1, whole_sibling_gain=gain, pair_model=None, e5_fusion_weight=0.0)
    claims, _ = aligner.claims([a, b])
    return {frozenset(e.text for e in c.evidence): c.status for c in claims}


@pytest.mark.parametrize("case", CASES, ids=[f"{c[0]}-{c[4]}" for c in CASES])
def test_a_clause_joins_the_whole_sentence_that_states_it_too(case):
    _, _, first, second, _, sentence = case
    assert _claims(case, whole_fits=0.68) == {frozenset({first, second, sentence}): "shared", frozenset({OTHER}): "unique"}


@pytest.mark.parametrize("case", CASES, ids=[f"{c[0]}-{c[4]}" for c in CASES])
def test_a_clause_the_whole_sentence_does_not_state_stays_its_own(case):
    _, _, first, second, _, sentence = case
    # the two clauses together fit worse than the first alone: the other sentence does not state the second
    found = _claims(case, whole_fits=0.55)
    assert found[frozenset({first, sentence})] == "shared" and found[frozenset({second})] == "unique"


@pytest.mark.parametrize("case", CASES[:1])
def test_the_rule_switched_off_leaves_the_clause_alone(case):
    _, _, first, second, _, sentence = case
    found = _claims(case, whole_fits=0.68, gain=None)
    assert found[frozenset({first, sentence})] == "shared" and found[frozenset({second})] == "unique"
