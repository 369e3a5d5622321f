"""The refine's margin rule (story11, issue 11): a candidate pair judged under its cut joins when its
score stands clear of both sides' other candidates (bitext mining's margin: the score less the mean of
each side's best other scores), as a same-story pair of a language the model scores low does; two
stories of one topic, each with several near candidates, do not. Texts written for these tests; the
scores are given (what a model said), the rules are the real cluster's."""

from __future__ import annotations

import numpy as np

from storylens.cluster import ArticleFeatures, StoryClusterer, _score_margins
from storylens.cluster._judge import SimilarityJudge

from ._scored_judge import ScoredJudge

TEXTS = {
    "a": ("de", "Bei einem Brand in einer Lagerhalle in Hamburg-Billbrook sind zwei Feuerwehrleute verletzt worden."),
    "b": ("de", "Nach dem Großbrand in Billbrook ermittelt die Polizei wegen Brandstiftung, sagte ein Sprecher."),
    "c": ("de", "In Köln hat die Stadt den Karneval wegen der Pandemie abgesagt, teilte der Oberbürgermeister mit."),
    "d": ("de", "In Düsseldorf fällt der Rosenmontagszug aus, der Karneval findet nur im Fernsehen statt."),
    "e": ("de", "Auch in Mainz wird der Karneval verschoben; die Vereine hoffen auf den Sommer."),
    "f": ("de", "Der Bonner Karnevalsprinz bleibt ein weiteres Jahr im Amt, der Sitzungskarneval fällt aus."),
    "g": ("de", "Aachen sagt den Öcher Fastelovend ab; Händler von Kostümen klagen über Umsatzeinbußen."),
}


def _refine(table: dict[frozenset, float], embedder, **params) -> StoryClusterer:
    rng = np.random.default_rng(7)
    feats = []
    for k, (aid, (lang, _)) in enumerate(TEXTS.items()):
        v = rng.normal(size=64)
        feats.append(ArticleFeatures(aid, (v / np.linalg.norm(v)).astype(np.float32), frozenset({f"#{k}"}), None, lang))
    c = StoryClusterer(threshold=0.9, use_dates=False).fit(feats)
    by_id = {aid: text for aid, (_, text) in TEXTS.items()}
    scores = {frozenset(by_id[x] for x in pair): s for pair, s in table.items()}
    c.refine(texts=by_id, pair_judge=ScoredJudge(scores, embedder, same_language_cut=0.75, **params))
    return c


# a-b: one fire, 0.2 under the cut, far above anything else either meets (0.1 to the rest).
# c .. g: five carnival stories of one topic, each pair 0.44-0.5 (within the slack too): no pair stands
# clear of its neighbours
_TOPIC = "cdefg"
_TABLE = {frozenset({"a", "b"}): 0.55,
          **{frozenset({x, y}): 0.5 - 0.01 * ((i + j) % 7) for i, x in enumerate(_TOPIC) for j, y in enumerate(_TOPIC) if i < j}}
_PAIRS = [(x, y) for i, x in enumerate(_TOPIC) for y in _TOPIC[i + 1:]]


def test_a_pair_clear_of_both_sides_neighbours_joins(hashing_embedder):
    off = _refine(_TABLE, hashing_embedder).article_story_
    assert off["a"] != off["b"]
    on = _refine(_TABLE, hashing_embedder, margin_slack=0.3, margin_min=0.25).article_story_
    assert on["a"] == on["b"]
    # one topic's stories: no pair stands clear of its neighbours, so the rule changes none of them
    assert [on[x] == on[y] for x, y in _PAIRS] == [off[x] == off[y] for x, y in _PAIRS]


def test_a_pair_beyond_the_slack_or_english_with_margin_except_stays_apart(hashing_embedder):
    far = {**_TABLE, frozenset({"a", "b"}): 0.40}  # 0.35 under the cut
    s = _refine(far, hashing_embedder, margin_slack=0.3, margin_min=0.25).article_story_
    assert s["a"] != s["b"]
    s = _refine(_TABLE, hashing_embedder, margin_slack=0.3, margin_min=0.25, margin_except=("de",)).article_story_
    assert s["a"] != s["b"]


def test_score_margins():
    ci, cj = np.array([0, 0, 1, 2]), np.array([1, 2, 2, 3])
    scores = np.array([0.8, 0.2, 0.4, np.nan])
    m = _score_margins(ci, cj, scores, 4, 3)
    # 0-1: 0.8 - (mean of 0's others {0.2} + mean of 1's others {0.4}) / 2 = 0.5
    assert np.isclose(m[0], 0.5) and np.isclose(m[1], 0.2 - (0.8 + 0.4) / 2) and np.isnan(m[3])


def test_the_judge_is_off_by_default():
    assert SimilarityJudge().margin_slack == 0.0
