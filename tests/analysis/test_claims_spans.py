"""Many-to-one spans and competitive linking across languages (ClaimAligner.span_units /
cross_assign), on fixed vectors so each case states its cosines."""

import numpy as np

from storylens.analysis.claims import ClaimAligner

from ._docs import doc_of


def _embed(table: dict[str, list[float]]):
    def embed(texts):
        m = np.array([table[t] for t in texts], dtype=np.float32)
        return m / np.linalg.norm(m, axis=1, keepdims=True)
    return embed


def _aligner(embed, **params) -> ClaimAligner:
    base = {"threshold": 0.45, "sure_threshold": 0.95, "cross_threshold": 0.45, "cross_sure_threshold": 0.95,
            "overlap_weight": 0.0, "actor_penalty": 0.0, "csls_weight": 0.0, "margin": 0.0, "cross_margin": 0.0,
            "min_overlap": 0.0, "cross_min_overlap": 0.0, "sibling_margin": None, "second_fact_share": None,
            "pair_model": None, "number_fanout": None}
    return ClaimAligner(embed, **(base | params))


LONG = "Der Vulkan brach am Sonntag aus und zwang Tausende Menschen zur Flucht aus ihren Dörfern."
FIRST = "The volcano erupted on Sunday."
SECOND = "Thousands of people fled their villages."


def _long_vs_two(language: str):
    # Each short sentence alone is far from the long one (0.3); the two read together are close (0.9).
    table = {LONG: [1.0, 0.0, 0.0, 0.0], FIRST: [0.3, 0.954, 0.0, 0.0], SECOND: [0.3, 0.0, 0.954, 0.0],
             f"{FIRST} {SECOND}": [0.9, 0.31, 0.31, 0.0]}
    return _embed(table), doc_of("d1", [LONG], language), doc_of("d2", [FIRST, SECOND], "en")


def test_one_long_sentence_aligns_with_the_two_that_state_it_on_the_other_side():
    embed, a, b = _long_vs_two("de")
    assert not _aligner(embed).align([a, b])[1]  # singles at 0.3: under the threshold
    pairs = _aligner(embed, span_units=2).align([a, b])[1]
    assert {(p.a.sentence, p.b.sentence) for p in pairs} == {("d1:s0", "d2:s0"), ("d1:s0", "d2:s1")}


def test_a_span_penalty_can_refuse_the_span():
    embed, a, b = _long_vs_two("de")
    assert not _aligner(embed, span_units=2, span_penalty=0.5).align([a, b])[1]  # 0.9 - 0.5 < 0.45


def test_spans_leave_same_language_pairs_alone():
    embed, a, b = _long_vs_two("en")
    assert not _aligner(embed, span_units=2).align([a, b])[1]


def test_competitive_linking_pairs_the_rest_after_the_best_pair():
    # cos: a1-b1 0.80, a1-b2 0.70, a2-b1 0.75, a2-b2 0.50. Mutual best keeps a1-b1 only (a2's best
    # is b1, taken by a1); competitive linking then pairs a2 with b2, which is still >= 0.45.
    s72 = float(np.sqrt(1 - 0.49))
    table = {"a1": [1.0, 0.0, 0.0, 0.0], "b1": [0.8, 0.6, 0.0, 0.0], "b2": [0.7, 0.0, s72, 0.0],
             "a2": [0.6, 0.45, (0.5 - 0.42) / s72, 0.0]}
    table["a2"][3] = float(np.sqrt(1 - sum(x * x for x in table["a2"])))
    embed = _embed(table)
    a, b = doc_of("d1", ["a1", "a2"], "es"), doc_of("d2", ["b1", "b2"], "it")
    mutual = {(p.a.sentence, p.b.sentence) for p in _aligner(embed).align([a, b])[1]}
    greedy = {(p.a.sentence, p.b.sentence) for p in _aligner(embed, cross_assign="greedy").align([a, b])[1]}
    assert mutual == {("d1:s0", "d2:s0")}
    assert greedy == {("d1:s0", "d2:s0"), ("d1:s1", "d2:s1")}
    low = _aligner(embed, cross_assign="greedy", cross_threshold=0.6).align([a, b])[1]
    assert {(p.a.sentence, p.b.sentence) for p in low} == {("d1:s0", "d2:s0")}


def test_chinese_scaled_dollars_are_read():
    """"4500 万美元" raised KeyError (the scale regex knew 美元, the currency table did not),
    which sank the whole comparison of a Chinese report."""
    from storylens.analysis.quantities import extract_numbers

    (q,) = [q for q in extract_numbers("以节省约 4500 万美元。", "zh") if q.kind == "money"]
    assert (q.value, q.unit) == (45_000_000, "USD")


def test_an_optimal_assignment_can_beat_greedy_linking():
    # cos: a1-b1 0.90, a1-b2 0.85, a2-b1 0.80, a2-b2 0.30. Greedy takes a1-b1 first and leaves a2-b2
    # under the threshold; the assignment of highest total (0.85 + 0.80) pairs a1-b2 and a2-b1.
    s2 = float(np.sqrt(1 - 0.9 ** 2))
    a2 = [0.5, (0.80 - 0.9 * 0.5) / s2, 0.0, 0.0]
    a2[2] = float(np.sqrt(1 - a2[0] ** 2 - a2[1] ** 2))
    b2 = [0.85, 0.0, (0.30 - 0.85 * a2[0]) / a2[2], 0.0]
    b2[3] = float(np.sqrt(1 - b2[0] ** 2 - b2[2] ** 2))
    embed = _embed({"a1": [1.0, 0.0, 0.0, 0.0], "b1": [0.9, s2, 0.0, 0.0], "a2": a2, "b2": b2})
    a, b = doc_of("d1", ["a1", "a2"], "es"), doc_of("d2", ["b1", "b2"], "it")
    got = {mode: {(p.a.sentence, p.b.sentence) for p in _aligner(embed, cross_assign=mode).align([a, b])[1]}
           for mode in ("greedy", "hungarian")}
    assert got["greedy"] == {("d1:s0", "d2:s0")}
    assert got["hungarian"] == {("d1:s0", "d2:s1"), ("d1:s1", "d2:s0")}
