"""The refine's name bridge: a cross-lingual pair judged just under its cut joins when both reports name
one person in full whom few articles of the stream name (settings.refine_full_name_slack /
refine_full_name_max_articles; stop 34, xl21: es/it "Chad Wolf", de/en "Heiko Maas" and de/en "Justin
Bieber" were same-story dev pairs judged 0.001-0.07 under their cut, each naming its person below the
kept sentences the model's name features read). The texts are written for these tests; the scores
are given (what the model said), the names are read from the texts by the real judge."""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest

from storylens.cluster import ArticleFeatures, StoryClusterer
from storylens.cluster._judge import SimilarityJudge

from ._scored_judge import ScoredJudge

ES = ("El jefe de Seguridad Nacional ordena revisar las leyes estatales de licencias de conducir. "
      "La Administración inició el proceso. Según el memorando, “Chad Wolf, el secretario interino, "
      "pidió un estudio del departamento”, dijo la agencia.")
IT = ("Gli Stati Uniti cercano la revisione delle leggi statali sulle patenti di guida. Martedì il "
      "segretario ad interim Chad Wolf ha inviato un promemoria a tutti i componenti della sicurezza interna.")
DE = ("Fast jeder Zweite lehnt Grenzöffnungen für den Sommerurlaub ab. Nach einer Umfrage sind 48 Prozent "
      "dagegen. Außenminister Heiko Maas (SPD) machte klar, dass es keine normale Ferienzeit gibt.")
EN = ("Germany casts doubt on summer travel. Germany has extended a warning against international travel "
      "until 14 June. \"People won't be able to spend a holiday as they usually know it,\" foreign "
      "minister Heiko Maas said.")
# a German report naming no person: the Spanish one's score against it is just as close to the cut
DE_NO_NAME = ("Die Regierung in Washington will die Führerscheingesetze der Bundesstaaten prüfen lassen. "
              "Ein Memorandum verlangt eine Studie des Ministeriums über die Folgen der Gesetze.")


def _stream(texts: dict[str, tuple[str, str]]) -> StoryClusterer:
    """One article per text (id -> (language, text)), each its own story online: unrelated vectors
    and keys, so only the judge can join two of them."""
    rng = np.random.default_rng(5)
    feats = []
    for k, (aid, (lang, _)) in enumerate(texts.items()):
        v = rng.normal(size=64)
        feats.append(ArticleFeatures(aid, (v / np.linalg.norm(v)).astype(np.float32), frozenset({f"#{k}"}), None, lang))
    c = StoryClusterer(threshold=0.9, use_dates=False).fit(feats)
    assert len(c.stories_) == len(texts)
    return c


def _refine(texts: dict[str, tuple[str, str]], table: dict[frozenset, float], embedder, **params) -> dict[str, str]:
    c = _stream(texts)
    by_id = {aid: text for aid, (_, text) in texts.items()}
    scores = {frozenset(by_id[a] for a in pair): s for pair, s in table.items()}
    c.refine(texts=by_id, pair_judge=ScoredJudge(scores, embedder, same_language_cut=0.75, **params))
    return c.article_story_


_BRIDGE = {"name_slack": 0.1, "name_max_articles": 10}


@pytest.mark.parametrize(("a", "b", "score"), [
    (("es", ES), ("it", IT), 0.452),  # the dev pair's out-of-fold score against the cut 0.475 here
    (("de", DE), ("en", EN), 0.474),
], ids=["es-it Chad Wolf", "de-en Heiko Maas"])
def test_a_pair_just_under_the_cut_naming_one_person_joins(a, b, score, hashing_embedder):
    texts = {"a": a, "b": b}
    s = _refine(texts, {frozenset({"a", "b"}): score}, hashing_embedder)
    assert s["a"] != s["b"]  # off (the judge's default): the cut decides
    c = _stream(texts)
    by_id = {aid: text for aid, (_, text) in texts.items()}
    c.refine(texts=by_id, pair_judge=ScoredJudge({frozenset(by_id.values()): score}, hashing_embedder,
                                                 same_language_cut=0.75, **_BRIDGE))
    assert c.article_story_["a"] == c.article_story_["b"]
    person = "Chad Wolf" if "Chad Wolf" in a[1] else "Heiko Maas"
    assert f"joined as both name {person}" in c.refine_reasons_["b"]  # the move says who joined it


def test_no_shared_person_or_a_score_further_down_keeps_the_pair_apart(hashing_embedder):
    texts = {"es": ("es", ES), "de": ("de", DE_NO_NAME), "it": ("it", IT)}
    table = {frozenset({"es", "de"}): 0.46, frozenset({"es", "it"}): 0.36, frozenset({"de", "it"}): 0.1}
    s = _refine(texts, table, hashing_embedder, **_BRIDGE)
    assert len(set(s.values())) == 3  # es-de shares no name; es-it is 0.115 under the cut 0.475


def test_a_name_many_articles_write_is_no_bridge(hashing_embedder):
    texts = {"es": ("es", ES), "it": ("it", IT)}
    table = {frozenset({"es", "it"}): 0.45}
    s = _refine(texts, table, hashing_embedder, name_slack=0.1, name_max_articles=1)
    assert s["es"] != s["it"]  # two articles of the stream name Chad Wolf: more than 1
    s = _refine(texts, table, hashing_embedder, name_slack=0.1, name_max_articles=2)
    assert s["es"] == s["it"]


def test_the_bridge_is_cross_lingual_only(hashing_embedder):
    # two Spanish reports naming Chad Wolf, the same score under the same-language cut's slack
    other = ES.replace("El jefe", "Hoy el jefe")
    texts = {"a": ("es", ES), "b": ("es", other)}
    s = _refine(texts, {frozenset({"a", "b"}): 0.70}, hashing_embedder, **_BRIDGE)
    assert s["a"] != s["b"]


def test_the_full_judge_of_stories_refine_takes_the_settings(monkeypatch):
    from storylens import settings

    judge = SimilarityJudge()
    assert judge.name_slack == 0.0 and judge.name_max_articles == settings.DEFAULT.refine_full_name_max_articles
    assert settings.DEFAULT.refine_full_name_slack > 0  # `stories --refine --judge full` passes it
    monkeypatch.setattr(settings, "DEFAULT", dataclasses.replace(settings.DEFAULT, refine_full_name_max_articles=3))
    assert SimilarityJudge(name_slack=0.1).name_max_articles == 3


@pytest.mark.parametrize(("a", "b", "score"), [
    (("es", ES), ("it", IT), 0.452),
    (("de", DE), ("en", EN), 0.474),
], ids=["es-it Chad Wolf", "de-en Heiko Maas"])
def test_a_pair_two_rules_lift_says_both_and_its_score_under_the_cut(a, b, score, hashing_embedder):
    # final38 §4: the mutual-best slack lifted the pair to its cut first, and the move read "judged
    # +0.00 over its cut" with no person: each rule reads the model's margin and the reason names each
    texts = {"a": a, "b": b}
    person = "Chad Wolf" if "Chad Wolf" in a[1] else "Heiko Maas"
    for params, rules in (({"mutual_slack": 0.2, **_BRIDGE}, ("each other's best match", f"both name {person}")),
                          ({"mutual_slack": 0.2}, ("each other's best match",))):
        c = _stream(texts)
        by_id = {aid: text for aid, (_, text) in texts.items()}
        c.refine(texts=by_id, pair_judge=ScoredJudge({frozenset(by_id.values()): score}, hashing_embedder,
                                                     same_language_cut=0.75, **params))
        assert c.article_story_["a"] == c.article_story_["b"]
        why = c.refine_reasons_["b"]
        assert "+0.00 over its cut" not in why
        assert f"judged {0.475 - score:.2f} under its cut" in why
        assert all(rule in why for rule in rules)
        assert ("both name" in why) == (len(rules) == 2)
