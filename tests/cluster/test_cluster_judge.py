"""The refine pass with a pair judge (the similarity model, or any object with its protocol)."""

from __future__ import annotations

import numpy as np
import pytest

from storylens.cluster import ArticleFeatures, StoryClusterer
from storylens.cluster._judge import SimilarityJudge
from storylens.errors import ConfigError


class _Judge:
    """Scores pairs of article ids from a table; unknown pairs get ``default`` (NaN: no verdict)."""

    def __init__(self, table: dict[frozenset, float], cut: float = 0.6, default: float = 0.1,
                 same_language_cut: float | None = 0.6):
        self.table, self.cut, self.k, self.default = table, cut, 20, default
        self.same_language_cut = same_language_cut
        self.bound: list[str] = []
        self.leads: np.ndarray | None = None  # e5 lead vectors in stream order (unit rows), if any
        self.lead_weight, self.lead_center = 0.0, 0.9  # the e5 lead term of same-language links (off)
        # the group votes, off as the clusterer reads a judge without them (a test turns them on)
        self.join_votes, self.join_vote_share, self.join_vote_members = 0, 0.5, 1

    def bind(self, texts, languages, published=None):
        self.bound, self.published = list(texts), published
        return self

    def lead_vectors(self):
        return self.leads

    def scores(self, i, j):
        return np.array([self.table.get(frozenset((self.bound[a], self.bound[b])), self.default)
                         for a, b in zip(i, j)])


def _unit(v: np.ndarray) -> np.ndarray:
    return (v / np.linalg.norm(v)).astype(np.float32)


def _stream() -> list[ArticleFeatures]:
    """Four unrelated articles in three languages: no cosine or name joins any two of them."""
    rng = np.random.default_rng(3)
    vecs = rng.normal(size=(4, 64))
    langs = ["en", "de", "es", "en"]
    return [ArticleFeatures(f"t{k}", _unit(vecs[k]), frozenset({f"#{k}"}), None, langs[k]) for k in range(4)]


def _clusterer() -> StoryClusterer:
    return StoryClusterer(threshold=0.9, use_dates=False).fit(_stream())


def _texts() -> dict[str, str]:
    return {f"t{k}": f"t{k}" for k in range(4)}  # the judge reads them back as ids


def test_the_judge_joins_what_it_scores_above_its_cut_in_any_language_pair():
    c = _clusterer()
    assert len(c.stories_) == 4
    judge = _Judge({frozenset({"t0", "t1"}): 0.9, frozenset({"t0", "t3"}): 0.8, frozenset({"t1", "t3"}): 0.7})
    c.refine(texts=_texts(), pair_judge=judge)
    s = c.article_story_
    assert s["t0"] == s["t1"] == s["t3"] != s["t2"]  # en-de (cross-lingual) and en-en pairs joined
    assert judge.bound == ["t0", "t1", "t2", "t3"]  # stream order


def test_without_a_same_language_cut_only_crosslingual_pairs_are_judged():
    c = _clusterer()
    judge = _Judge({frozenset({"t0", "t1"}): 0.9, frozenset({"t0", "t3"}): 0.9}, same_language_cut=None)
    c.refine(texts=_texts(), pair_judge=judge)
    s = c.article_story_
    assert s["t0"] == s["t1"] and s["t3"] != s["t0"]  # en-de judged, en-en left to the cosine link
    c = _clusterer()
    c.refine(texts=_texts(), pair_judge=_Judge({frozenset({"t0", "t1"}): 0.7}, cut=0.75, same_language_cut=0.5))
    assert len(set(c.article_story_.values())) == 4  # each pair is held to its own cut


def test_below_the_cut_nothing_joins_and_average_link_holds_a_weak_bridge_apart():
    c = _clusterer()
    c.refine(texts=_texts(), pair_judge=_Judge({frozenset({"t0", "t1"}): 0.59}))
    assert len(set(c.article_story_.values())) == 4
    # t0-t1 and t1-t2 are strong, t0-t2 far below the cut: a chain, which average link cuts
    c = _clusterer()
    table = {frozenset({"t0", "t1"}): 0.95, frozenset({"t1", "t2"}): 0.62, frozenset({"t0", "t2"}): 0.0}
    c.refine(texts=_texts(), pair_judge=_Judge(table))
    s = c.article_story_
    assert s["t0"] == s["t1"] and s["t2"] != s["t0"]


def test_pairs_without_a_verdict_keep_the_links():
    c = _clusterer()
    c.refine(texts=_texts(), pair_judge=_Judge({frozenset({"t0", "t1"}): float("nan")}, default=float("nan")))
    assert len(set(c.article_story_.values())) == 4


def test_ids_stay_and_user_corrections_survive_a_judged_refine():
    c = _clusterer()
    first = c.article_story_["t0"]
    judge = _Judge({frozenset({"t0", "t1"}): 0.9, frozenset({"t0", "t3"}): 0.9, frozenset({"t1", "t3"}): 0.9})
    c.refine(texts=_texts(), pair_judge=judge)
    assert c.article_story_["t0"] == first  # the group keeps its earliest member's id
    c.split(first, ["t3"])  # the user: t3 is another story
    c.merge(c.article_story_["t2"], first)  # ... and t2 belongs with t0
    c.refine(texts=_texts(), pair_judge=judge)
    s = c.article_story_
    assert s["t3"] != s["t0"] and s["t2"] == s["t0"] == s["t1"]


def test_a_judge_needs_the_texts():
    with pytest.raises(ConfigError, match="texts"):
        _clusterer().refine(pair_judge=_Judge({}))


@pytest.mark.parametrize("grouping", ["average", "correlation"])
def test_each_grouping_holds_a_weak_bridge_apart_and_keeps_ids_and_corrections(grouping):
    table = {frozenset({"t0", "t1"}): 0.95, frozenset({"t1", "t2"}): 0.62, frozenset({"t0", "t2"}): 0.0}
    c = _clusterer().set_params(refine_grouping=grouping)
    first = c.article_story_["t0"]
    c.refine(texts=_texts(), pair_judge=_Judge(table))
    s = c.article_story_
    assert s["t0"] == s["t1"] == first and s["t2"] != s["t0"]
    c.split(first, ["t1"])  # the user: t1 is another story, and t3 belongs with t0
    c.merge(c.article_story_["t3"], first)
    c.refine(texts=_texts(), pair_judge=_Judge(table))
    s = c.article_story_
    assert s["t1"] != s["t0"] == s["t3"]


def test_correlation_grouping_reads_pairs_no_one_scored_as_no_evidence():
    # A story in three articles: t0 (en) - t1 (de) and t1 - t3 (en) judged the same story; t0 and
    # t3 share nothing (cosine 0) and are not each other's nearest, so no one scores that pair.
    # Average link reads the cosine of t0-t3 as evidence against; correlation clustering counts
    # only the scored pairs.
    e = np.eye(64)
    vecs = [0.6 * e[0] + 0.8 * e[1], e[0], e[2], 0.6 * e[0] - 0.8 * e[1]]
    langs = ["en", "de", "es", "en"]
    feats = [ArticleFeatures(f"t{k}", _unit(vecs[k]), frozenset({f"#{k}"}), None, langs[k]) for k in range(4)]
    table = {frozenset({"t0", "t1"}): 0.8, frozenset({"t1", "t3"}): 0.8}
    joined = {}
    for grouping in ("average", "correlation"):
        c = StoryClusterer(threshold=0.9, use_dates=False, n_neighbors=1, refine_grouping=grouping).fit(feats)
        assert len(c.stories_) == 4
        judge = _Judge(table, default=float("nan"))
        judge.k = 1
        c.refine(texts=_texts(), pair_judge=judge)
        s = c.article_story_
        joined[grouping] = s["t0"] == s["t1"] == s["t3"] != s["t2"]
    assert joined == {"average": False, "correlation": True}


def test_refine_grouping_is_checked():
    with pytest.raises(ConfigError, match="refine_grouping"):
        StoryClusterer(refine_grouping="single").fit(_stream())


def test_a_mutual_best_pair_just_below_the_cut_joins_only_with_a_slack():
    table = {frozenset({"t0", "t1"}): 0.55, frozenset({"t1", "t2"}): 0.57}  # t1's best is t2, t2's is t1
    c = _clusterer()
    c.refine(texts=_texts(), pair_judge=_Judge(table))
    assert len(set(c.article_story_.values())) == 4  # both below the cut 0.6
    judge = _Judge(table)
    judge.mutual_slack = 0.1
    c = _clusterer()
    c.refine(texts=_texts(), pair_judge=judge)
    s = c.article_story_
    assert s["t1"] == s["t2"] != s["t0"]  # t0-t1 is t0's best but not t1's
    judge = _Judge({frozenset({"t0", "t3"}): 0.55})  # en-en: same-language pairs only when asked
    judge.mutual_slack = 0.1
    c = _clusterer()
    c.refine(texts=_texts(), pair_judge=judge)
    assert c.article_story_["t0"] != c.article_story_["t3"]
    judge.mutual_same_language = True
    c = _clusterer()
    c.refine(texts=_texts(), pair_judge=judge)
    assert c.article_story_["t0"] == c.article_story_["t3"]
    judge.mutual_slack = 0.04  # 0.55 is further below the cut than the slack
    c = _clusterer()
    c.refine(texts=_texts(), pair_judge=judge)
    assert c.article_story_["t0"] != c.article_story_["t3"]


def test_a_group_a_judged_yes_pair_bridges_joins_within_the_join_slack():
    # t1-t2 is de-es: a cross-lingual bridge
    # t0-t1 strong; t1-t2 judged just above the cut; t0-t2 far below it: average link splits t2 off
    # (its average to {t0, t1} sits 0.58 below the refine cut on the link scale)
    table = {frozenset({"t0", "t1"}): 0.95, frozenset({"t1", "t2"}): 0.62, frozenset({"t0", "t2"}): 0.0}
    outcomes = []
    for slack in (0.0, 0.5, 0.6):
        judge = _Judge(table)
        judge.join_slack = slack
        c = _clusterer()
        c.refine(texts=_texts(), pair_judge=judge)
        s = c.article_story_
        assert s["t0"] == s["t1"] != s["t3"]
        outcomes.append(s["t2"] == s["t0"])
    assert outcomes == [False, False, True]
    # no pair judged at or above its cut between the groups: no bridge, whatever the slack
    judge = _Judge({**table, frozenset({"t1", "t2"}): 0.59})
    judge.join_slack = 2.0
    c = _clusterer()
    c.refine(texts=_texts(), pair_judge=judge)
    assert c.article_story_["t2"] != c.article_story_["t0"]
    assert c._join_slack == 0.0  # the judge's slack lasts only while its refine runs
    # a bridge within one language (t0-t3, en-en) joins only when asked (join_same_language)
    table = {frozenset({"t0", "t1"}): 0.95, frozenset({"t0", "t3"}): 0.62, frozenset({"t1", "t3"}): 0.0}
    together = []
    for same in (False, True):
        judge = _Judge(table)
        judge.join_slack, judge.join_same_language = 0.6, same
        c = _clusterer()
        c.refine(texts=_texts(), pair_judge=judge)
        together.append(c.article_story_["t3"] == c.article_story_["t0"])
    assert together == [False, True]


# Two turns of one affair, three reports each, written for these tests: they share the topic's
# words and names, so a lead vector of the topic (USE) runs them together; their openings differ.
TURNS = {
    "deal-1": "President Trump signed a bill on Friday night that reopens the federal government for three weeks, "
              "ending the longest shutdown in the nation's history without the money he had demanded for a wall.",
    "deal-2": "The 35-day partial shutdown of the federal government ended on Friday after President Trump agreed "
              "to a short-term spending deal with Democrats that includes no funding for his border wall.",
    "deal-3": "President Donald Trump on Friday agreed to temporarily reopen the government for three weeks, "
              "retreating from his demand for $5.7 billion for a border wall.",
    "emergency-1": "President Trump declared a national emergency on Friday to build a wall on the border with "
                   "Mexico after Congress refused to give him the money he wanted.",
    "emergency-2": "Donald Trump invoked emergency powers on Friday to divert about $8 billion from military "
                   "construction and drug programs to a border wall, bypassing Congress.",
    "emergency-3": "The president's declaration of a national emergency at the southern border sets up a "
                   "constitutional clash with Congress over the power of the purse.",
}


def _one_topic(langs: list[str], cosine: float = 0.96) -> StoryClusterer:
    """Articles whose topic vectors all meet at ``cosine`` (above the refine cut 0.95) and share no
    name: the online pass and the cosine + entity link put them in one story."""
    rng = np.random.default_rng(5)
    basis, _ = np.linalg.qr(rng.normal(size=(64, len(langs) + 1)))
    topic, own = basis[:, 0], basis[:, 1:]
    vecs = [_unit(np.sqrt(cosine) * topic + np.sqrt(1 - cosine) * own[:, k]) for k in range(len(langs))]
    return StoryClusterer(use_dates=False).fit(
        [ArticleFeatures(f"t{k}", v, frozenset(), None, lang) for k, (v, lang) in enumerate(zip(vecs, langs))])


def _lead_judge(leads: np.ndarray, weight: float) -> _Judge:
    judge = _Judge({}, default=float("nan"), same_language_cut=0.85)  # no verdict: the links decide
    judge.leads = leads
    judge.lead_weight, judge.lead_center = weight, 0.9
    return judge


def _two_turns(rng_seed: int = 2) -> np.ndarray:
    """Unit lead vectors of two groups of three: cosine ~0.93 within a group, ~0.86 across."""
    rng = np.random.default_rng(rng_seed)
    common, a, b = _unit(rng.normal(size=384)), _unit(rng.normal(size=384)), _unit(rng.normal(size=384))
    rows = [_unit(common + 0.42 * (a if k < 3 else b) + 0.2 * _unit(rng.normal(size=384))) for k in range(6)]
    return np.vstack(rows)


def test_the_lead_term_holds_two_turns_of_one_topic_apart():
    leads = _two_turns()
    c = _one_topic(["en"] * 6)
    assert len(set(c.article_story_.values())) == 1  # chained online
    texts = {f"t{k}": f"t{k}" for k in range(6)}
    c.refine(texts=texts, pair_judge=_lead_judge(leads, 0.0))
    assert len(set(c.article_story_.values())) == 1  # without the lead term the topic stays one story
    c = _one_topic(["en"] * 6)
    c.refine(texts=texts, pair_judge=_lead_judge(leads, 1.0))
    s = c.article_story_
    assert s["t0"] == s["t1"] == s["t2"] != s["t3"] == s["t4"] == s["t5"]


def test_the_lead_term_leaves_crosslingual_pairs_to_their_judge():
    leads = _two_turns()
    c = _one_topic(["en", "en", "en", "de", "de", "de"])
    texts = {f"t{k}": f"t{k}" for k in range(6)}
    before = dict(c.article_story_)
    judge = _lead_judge(leads, 1.0)
    judge.leads = np.vstack([leads[0]] * 6)  # identical openings: a same-language term could only add
    c.refine(texts=texts, pair_judge=judge)
    plain = _one_topic(["en", "en", "en", "de", "de", "de"])
    plain.refine(texts=texts, pair_judge=_lead_judge(judge.leads, 0.0))
    by_lang = [{c.article_story_[f"t{k}"] for k in r} for r in (range(3), range(3, 6))]
    assert all(len(g) == 1 for g in by_lang)  # each language's three stay together (+0.1 each)
    assert (c.article_story_["t0"] == c.article_story_["t3"]) == (plain.article_story_["t0"] == plain.article_story_["t3"])
    assert before  # the online pass ran


@pytest.mark.slow
def test_e5_openings_hold_two_turns_of_one_affair_apart(doc_embedder):
    """Real e5 lead vectors of six openings (two turns of one affair, written for this test): with
    the topic vectors and names alike, the lead term keeps the deal and the emergency apart."""
    leads = np.asarray(doc_embedder.embed(list(TURNS.values())), dtype=np.float64)
    leads /= np.linalg.norm(leads, axis=1, keepdims=True)
    texts = {f"t{k}": f"t{k}" for k in range(6)}
    c = _one_topic(["en"] * 6, cosine=0.97)
    c.refine(texts=texts, pair_judge=_lead_judge(leads, 0.0))
    assert len(set(c.article_story_.values())) == 1
    c = _one_topic(["en"] * 6, cosine=0.97)
    c.refine(texts=texts, pair_judge=_lead_judge(leads, 1.0))
    s = c.article_story_
    assert s["t0"] == s["t1"] == s["t2"] != s["t3"] == s["t4"] == s["t5"]


def _boilerplate_pair() -> StoryClusterer:
    """t0 and t3 (both en) read alike to the cosine + entity link (one lead vector, one name: a share
    bar, a cookie notice), so the stream puts them in one story; the judge reads the whole texts."""
    feats = _stream()
    feats[3] = ArticleFeatures("t3", feats[0].vector, feats[0].entities, None, "en")
    return StoryClusterer(threshold=0.9, use_dates=False).fit(feats)


def test_below_the_same_language_floor_the_judge_overrules_the_cosine_link():
    judge = _Judge({frozenset({"t0", "t3"}): 0.2})
    c = _boilerplate_pair()
    assert c.article_story_["t0"] == c.article_story_["t3"]
    c.refine(texts=_texts(), pair_judge=judge)
    assert c.article_story_["t0"] == c.article_story_["t3"]  # the higher of the two links: the cosine's
    judge.same_language_floor = 0.475
    c = _boilerplate_pair()
    c.refine(texts=_texts(), pair_judge=judge)
    assert c.article_story_["t0"] != c.article_story_["t3"]  # the judge's verdict stands
    judge = _Judge({frozenset({"t0", "t3"}): 0.5})  # at or above the floor: the higher link again
    judge.same_language_floor = 0.475
    c = _boilerplate_pair()
    c.refine(texts=_texts(), pair_judge=judge)
    assert c.article_story_["t0"] == c.article_story_["t3"]


def test_same_language_cuts_hold_each_language_to_its_own_cut():
    rng = np.random.default_rng(5)
    vecs = rng.normal(size=(4, 64))
    langs = ["en", "en", "de", "de"]
    feats = [ArticleFeatures(f"t{k}", _unit(vecs[k]), frozenset({f"#{k}"}), None, langs[k]) for k in range(4)]
    table = {frozenset({"t0", "t1"}): 0.7, frozenset({"t2", "t3"}): 0.7}
    judge = _Judge(table, same_language_cut=0.65)
    c = StoryClusterer(threshold=0.9, use_dates=False).fit(feats)
    c.refine(texts=_texts(), pair_judge=judge)
    assert c.article_story_["t0"] == c.article_story_["t1"] and c.article_story_["t2"] == c.article_story_["t3"]
    judge.same_language_cuts = {"en": 0.85}  # English held to the cut its gold stories chose
    c = StoryClusterer(threshold=0.9, use_dates=False).fit(feats)
    c.refine(texts=_texts(), pair_judge=judge)
    s = c.article_story_
    assert s["t0"] != s["t1"] and s["t2"] == s["t3"]


def test_per_language_cuts_judge_their_languages_without_a_default_same_language_cut():
    # Review: with same_language_cut None every same-language pair was dropped before judging, so the
    # per-language cuts (documented to replace it) never applied.
    rng = np.random.default_rng(5)
    vecs = rng.normal(size=(4, 64))
    langs = ["en", "en", "de", "de"]
    feats = [ArticleFeatures(f"t{k}", _unit(vecs[k]), frozenset({f"#{k}"}), None, langs[k]) for k in range(4)]
    judge = _Judge({frozenset({"t0", "t1"}): 0.95, frozenset({"t2", "t3"}): 0.95}, same_language_cut=None)
    judge.same_language_cuts = {"en": 0.85}  # German names no cut: not judged
    c = StoryClusterer(threshold=0.9, use_dates=False).fit(feats)
    c.refine(texts=_texts(), pair_judge=judge)
    s = c.article_story_
    assert s["t0"] == s["t1"] and s["t2"] != s["t3"]


def test_cross_k_asks_the_judge_about_each_articles_nearest_opening_in_another_language():
    """Four English openings of one topic crowd out a German report of it (k=1 candidates by each
    vector); with ``cross_k`` the judge also scores each article's nearest opening in another language."""
    rng = np.random.default_rng(11)
    centre = rng.normal(size=8)
    leads = np.vstack([centre + 0.05 * rng.normal(size=(4, 8)), centre + 0.4 * rng.normal(size=(1, 8))])
    leads /= np.linalg.norm(leads, axis=1, keepdims=True)
    ids = [f"t{k}" for k in range(5)]
    topic = rng.normal(size=(5, 64))  # the online pass's vectors: unrelated, the same in both runs
    asked: dict[int, set] = {}
    for cross_k in (0, 1):
        c = StoryClusterer(threshold=0.99, use_dates=False).fit(
            [ArticleFeatures(a, _unit(topic[k]), frozenset({f"#{k}"}), None, "de" if k == 4 else "en")
             for k, a in enumerate(ids)])
        judge = _Judge({})
        judge.k, judge.cross_k, judge.leads = 1, cross_k, leads
        seen: set = set()
        score = judge.scores
        judge.scores = lambda i, j, score=score, seen=seen: (
            seen.update(frozenset((ids[a], ids[b])) for a, b in zip(i, j)), score(i, j))[1]
        c.refine(texts={a: a for a in ids}, pair_judge=judge)
        asked[cross_k] = seen
    assert asked[0] < asked[1]
    assert all(frozenset((f"t{k}", "t4")) in asked[1] for k in range(4))  # every English one meets it
    assert sum(frozenset((f"t{k}", "t4")) in asked[0] for k in range(4)) <= 2  # before: its own nearest only


def test_the_judge_is_given_the_publication_dates_the_clusterer_reads():
    """The events rule dates an opening's "on Wednesday" by its publication date (final34 #1: the refine
    judges read none, and the 16 Dec avalanche joined the 9 Dec one's story); use_dates=False gives none."""
    from datetime import date

    stream = [ArticleFeatures(a.id, a.vector, a.entities, date(2026, 12, 10 + k), a.language)
              for k, a in enumerate(_stream())]
    for use_dates, want in ((True, ["2026-12-10", "2026-12-11", "2026-12-12", "2026-12-13"]), (False, [None] * 4)):
        judge = _Judge({})
        StoryClusterer(threshold=0.9, use_dates=use_dates).fit(stream).refine(texts=_texts(), pair_judge=judge)
        assert judge.published == want


@pytest.mark.parametrize(("except_", "joined"), [(None, False), (("en",), False), (("de",), True), ((), True)])
def test_same_language_bridges_of_languages_outside_the_gold_ones(except_, joined):
    # t0-t3 is en-en: with join_same_language_except a same-language bridge joins unless its language is
    # listed (the gold halves' languages, whose ECB+ train rejected such bridges); cross-lingual ones always
    table = {frozenset({"t0", "t1"}): 0.95, frozenset({"t0", "t3"}): 0.62, frozenset({"t1", "t3"}): 0.0}
    judge = _Judge(table)
    judge.join_slack, judge.join_same_language_except = 0.6, except_
    c = _clusterer()
    c.refine(texts=_texts(), pair_judge=judge)
    assert (c.article_story_["t3"] == c.article_story_["t0"]) is joined
    assert c._join_except is None  # it lasts only while the judge's refine runs


_SV = ("Tåg spårade ur norr om Sundsvall – 14 skadade\nEtt persontåg med omkring 160 resenärer spårade ur vid Nyland "
       "norr om Sundsvall på torsdagskvällen. Fjorton personer skadades, två av dem allvarligt, uppger Region "
       "Västernorrland. Banan mellan Sundsvall och Härnösand förblir avstängd till måndag. SJ ersätter tågen med bussar.")
_DE = ("Zugunglück in Schweden: 14 Verletzte nach Entgleisung\nNördlich der schwedischen Stadt Sundsvall ist am "
       "Donnerstagabend ein Personenzug mit rund 160 Fahrgästen entgleist. Vierzehn Menschen wurden verletzt, wie die "
       "Provinzverwaltung Västernorrland mitteilte. Die Strecke zwischen Sundsvall und Härnösand wurde am Freitag "
       "wieder freigegeben.")
_EN = ("Train derails north of Sundsvall, 14 injured\nA passenger train carrying about 160 people derailed near "
       "Nyland north of the Swedish city of Sundsvall on Thursday evening. Fourteen people were injured, the "
       "Västernorrland regional authority said. The line between Sundsvall and Härnösand stays closed until Monday.")


def test_the_fast_judge_gives_no_verdict_on_a_language_use_was_not_trained_on(hashing_embedder):
    """trial49 F14: the default judge (fast: USE sentence features) scored a Swedish and a German report of one
    derailment 0.34 and split what the online pass had joined on five names; USE was not trained on Swedish, so
    its cosines say nothing there: no verdict, and the pair keeps its links."""
    judge = SimilarityJudge(variant="fast", embedder=hashing_embedder).bind([_SV, _DE, _EN], ["sv", "de", "en"])
    assert not judge.sides_.reads_leads
    sv_de, sv_en, de_en = judge.scores(np.array([0, 0, 1]), np.array([1, 2, 2]))
    assert np.isnan(sv_de) and np.isnan(sv_en)
    assert not np.isnan(de_en)  # both in USE's languages: the model judges


def test_a_pair_each_others_best_bridges_its_groups_in_one_language_within_the_mutual_join_slack():
    """recall42 (issue #11, cause C/D of events41_causes.md): two English reports each other's best-scored
    candidate, judged the same story, were split by the average link of the group one of them sits in; the
    join slack bridges only across languages (join_except: English). ``mutual_join_slack`` bridges such a
    pair's groups in any language."""
    rng = np.random.default_rng(7)
    base = _unit(rng.normal(size=64))
    near = _unit(base + 0.05 * _unit(rng.normal(size=64)))  # t1: a copy of t0 by the cosine link
    feats = [ArticleFeatures("t0", base, frozenset(), None, "en"), ArticleFeatures("t1", near, frozenset(), None, "en"),
             ArticleFeatures("t2", _unit(rng.normal(size=64)), frozenset(), None, "en")]
    # t0-t1: no verdict (the cosine link holds them); t1-t2: judged just over the cut, each other's best;
    # t0-t2: judged far below it
    table = {frozenset({"t0", "t1"}): float("nan"), frozenset({"t1", "t2"}): 0.62, frozenset({"t0", "t2"}): 0.1}
    texts = {f"t{k}": f"t{k}" for k in range(3)}
    together = []
    for join, mutual in ((0.6, 0.0), (0.0, 0.6), (0.0, 0.1)):
        judge = _Judge(table, default=float("nan"))
        judge.join_slack, judge.mutual_join_slack = join, mutual
        c = StoryClusterer(threshold=0.9, use_dates=False).fit(feats)
        c.refine(texts=texts, pair_judge=judge)
        s = c.article_story_
        assert s["t0"] == s["t1"]
        together.append(s["t2"] == s["t1"])
        assert c._mutual_join_slack == 0.0 and not c._mutual  # they last only while the judge's refine runs
    # the join slack leaves English bridges out; the mutual slack joins them, within its width only
    assert together == [False, True, False]


def _two_judged_groups(seed: int) -> tuple[list[ArticleFeatures], dict[str, str], dict[frozenset[str], float]]:
    """Two groups of three English reports (t0-t2 near one vector, t3-t5 near another), each judged one story:
    the features, the texts and the judge's scores inside the groups."""
    rng = np.random.default_rng(seed)
    a, b = _unit(rng.normal(size=64)), _unit(rng.normal(size=64))

    def near(v):
        return _unit(v + 0.05 * _unit(rng.normal(size=64)))

    feats = [ArticleFeatures(f"t{k}", near(a if k < 3 else b), frozenset(), None, "en") for k in range(6)]
    texts = {f"t{k}": f"t{k}" for k in range(6)}
    inside = {frozenset({f"t{x}", f"t{y}"}): 0.95 for g in ((0, 1, 2), (3, 4, 5)) for x in g for y in g if x < y}
    return feats, texts, inside


def test_two_groups_most_of_whose_judged_pairs_say_yes_are_one_story_by_the_join_votes():
    """recall42 (issue #11, cause C of events41_causes.md): two groups of one topic's reports, several pairs
    between them judged the same story, were split by the average of all their links (most pairs between two
    crowded groups are nobody's candidates). ``join_votes``: at least that many judged yes, and at least
    ``join_vote_share`` of the judged pairs between the groups, merge them."""
    feats, texts, inside = _two_judged_groups(9)
    across = {frozenset({"t0", "t3"}): 0.7, frozenset({"t1", "t4"}): 0.65, frozenset({"t2", "t5"}): 0.1}
    outcomes = []
    for votes, yes in ((0, 0.7), (2, 0.7), (3, 0.7), (2, 0.5)):
        judge = _Judge({**inside, **across, frozenset({"t0", "t3"}): yes}, default=float("nan"))
        judge.join_votes, judge.join_vote_share = votes, 0.5
        c = StoryClusterer(threshold=0.9, use_dates=False).fit(feats)
        c.refine(texts=texts, pair_judge=judge)
        s = c.article_story_
        assert s["t0"] == s["t1"] == s["t2"] and s["t3"] == s["t4"] == s["t5"]
        outcomes.append(s["t0"] == s["t3"])
        assert c._join_votes == 0  # it lasts only while the judge's refine runs
    # off: apart; 2 of 3 judged pairs yes: one story; 3 asked, 2 said: apart; one yes of three: apart
    assert outcomes == [False, True, False, False]


def test_a_group_vote_needs_several_reports_of_each_group_saying_yes_not_one_report_matching_many():
    """xstream57 (issue #11): on the dev stream, one broad story split into two large groups (the Pope's New
    Year slap, es/it/de/en against en/pl/ru; the Baghdad embassy siege, 9 and 12 reports) had 17-46 judged pairs
    between them say yes, from 3-11 distinct reports on each side; a vote of one report matching every member of
    another group is one report's doubt, not the story's evidence. ``join_vote_members``: at least that many
    members of each group must say yes to the other."""
    feats, texts, inside = _two_judged_groups(11)
    hub = {frozenset({"t0", f"t{y}"}): 0.7 for y in (3, 4, 5)}  # t0 says yes to all three of the other group
    spread = {frozenset({f"t{x}", f"t{x + 3}"}): 0.7 for x in range(3)}  # three reports of each side say yes
    outcomes = []
    for across, members in ((hub, 1), (hub, 2), (spread, 3), (spread, 4)):
        judge = _Judge({**inside, **across}, default=float("nan"))
        judge.join_votes, judge.join_vote_share, judge.join_vote_members = 3, 0.5, members
        c = StoryClusterer(threshold=0.9, use_dates=False).fit(feats)
        c.refine(texts=texts, pair_judge=judge)
        s = c.article_story_
        assert s["t0"] == s["t1"] == s["t2"] and s["t3"] == s["t4"] == s["t5"]
        outcomes.append(s["t0"] == s["t3"])
        assert c._join_vote_members == 1  # it lasts only while the judge's refine runs
    # any member: the hub's three yeses merge; two needed on each side: one hub is not enough; three reports
    # each side: one story; four asked of groups of three: apart
    assert outcomes == [True, False, True, False]


def _judged_groups(seed: int, sizes: tuple[int, int]) -> tuple[list[ArticleFeatures], dict[str, str],
                                                                 dict[frozenset[str], float], list[str], list[str]]:
    """Two groups of English reports of the given sizes (each near its own vector, judged one story inside): the
    features, the texts, the judge's scores inside the groups and the two groups' ids."""
    rng = np.random.default_rng(seed)
    a, b = _unit(rng.normal(size=64)), _unit(rng.normal(size=64))
    first = [f"t{k}" for k in range(sizes[0])]
    second = [f"t{k}" for k in range(sizes[0], sum(sizes))]
    feats = [ArticleFeatures(x, _unit((a if x in first else b) + 0.05 * _unit(rng.normal(size=64))), frozenset(),
                             None, "en") for x in first + second]
    texts = {x: x for x in first + second}
    inside = {frozenset({x, y}): 0.95 for g in (first, second) for x in g for y in g if x < y}
    return feats, texts, inside, first, second


def test_a_report_or_two_left_out_of_their_story_join_it_when_each_says_yes_to_several_of_its_reports():
    """ecb57 (issue #11): a group vote needs ``join_vote_members`` (3) members of each group saying yes, which a group
    of one or two never has, so one or two reports the average link left out of their story never joined it however
    many of their judged pairs said yes (ECB+ train: a Lohan rehab pair, 10 and 11 of the story's 18 reports at or
    above the cut; a Cumbria murder report, 6 of 10). Such a small group joins when the other group has that many
    voters and EACH of its members says yes to that many of the other's reports; one member's yeses (the other
    member's one) are no vote of the pair, and two small groups never vote (three members cannot come from two).
    Pairs not listed have no verdict (their cosine link, far under the cut: the average link keeps the groups
    apart)."""
    def outcome(sizes: tuple[int, int], yes: dict[str, list[str]], no: dict[str, list[str]] | None = None,
                members: int = 3) -> bool:
        feats, texts, inside, first, second = _judged_groups(17, sizes)
        across = {frozenset({x, y}): 0.7 for x, ys in yes.items() for y in ys}
        across.update({frozenset({x, y}): 0.2 for x, ys in (no or {}).items() for y in ys})
        judge = _Judge({**inside, **across}, default=float("nan"))
        judge.join_votes, judge.join_vote_share, judge.join_vote_members = 3, 0.5, members
        c = StoryClusterer(threshold=0.9, use_dates=False).fit(feats)
        c.refine(texts=texts, pair_judge=judge)
        s = c.article_story_
        assert len({s[x] for x in first}) == 1 and len({s[x] for x in second}) == 1
        assert c._join_vote_members == 1  # it lasts only while the judge's refine runs
        return s[first[0]] == s[second[0]]

    three = ["t0", "t1", "t2"]
    # a pair, each member saying yes to three of the story's five reports: one story
    assert outcome((5, 2), {"t5": three, "t6": three})
    # ... one member only (the other's one yes): 4 judged pairs, all yes, but no vote of the pair
    assert not outcome((5, 2), {"t5": three, "t6": ["t0"]})
    # one report saying yes to three of the story's five: one story; to two of three judged: too few votes
    assert outcome((5, 1), {"t5": three})
    assert not outcome((5, 1), {"t5": ["t0", "t1"]}, {"t5": ["t2"]})
    # ... four asked of every group: three are not enough
    assert not outcome((5, 1), {"t5": three}, members=4)
    # two pairs, three of their four pairs yes (average 0.575, under the cut 0.6): neither has three voters
    assert not outcome((2, 2), {"t2": ["t0", "t1"], "t3": ["t0"]}, {"t3": ["t1"]})


def test_two_groups_whose_judged_pairs_average_near_the_cut_are_one_story_by_the_judged_link():
    """stream55 (issue #11): two groups of one story whose judged pairs lean yes (VoteVets on the dev stream, 4 and 3
    English reports: judged 0.25, 0.10, 0.02 over and 0.03, 0.39, 0.47 under the cut) stayed apart: the average link
    averages every pair of the groups, most of them nobody's candidates, and one yes is no vote. ``judged_link_slack``:
    two groups merge when the judged pairs between them average at most that far under their cut, one of them is the
    model's own yes, and at least ``judged_link_pairs`` are judged; one report matching a crowded topic, whose other
    pairs with it are far under the cut, is no such average. ``judged_link_except``: two groups joined only by
    same-language pairs of these languages (English, as shipped: ECB+ train's two heists of one city) stay apart."""
    feats, texts, inside = _two_judged_groups(13)
    near = {frozenset({"t0", "t3"}): 0.7, frozenset({"t1", "t4"}): 0.55, frozenset({"t2", "t5"}): 0.5}  # -0.017
    one_yes = {frozenset({"t0", "t3"}): 0.7, frozenset({"t1", "t4"}): 0.2, frozenset({"t2", "t5"}): 0.1}  # -0.27
    no_yes = {frozenset({"t0", "t3"}): 0.59, frozenset({"t1", "t4"}): 0.59, frozenset({"t2", "t5"}): 0.59}
    alone = {frozenset({"t0", "t3"}): 0.7}  # one judged pair: fewer than judged_link_pairs
    outcomes = []
    for across, slack, except_ in ((near, None, ()), (near, 0.0, ()), (near, 0.1, ()), (one_yes, 0.1, ()),
                                   (no_yes, 0.1, ()), (alone, 0.1, ()), (near, 0.1, ("en",)), (near, 0.1, ("de",))):
        judge = _Judge({**inside, **across}, default=float("nan"))
        judge.judged_link_slack, judge.judged_link_pairs, judge.judged_link_except = slack, 2, except_
        c = StoryClusterer(threshold=0.9, use_dates=False).fit(feats)
        c.refine(texts=texts, pair_judge=judge)
        s = c.article_story_
        assert s["t0"] == s["t1"] == s["t2"] and s["t3"] == s["t4"] == s["t5"]
        outcomes.append(s["t0"] == s["t3"])
        assert c._judged_link_slack is None  # it lasts only while the judge's refine runs
    # off: apart; average -0.017 against slack 0: apart; within 0.1: one story; one yes among pairs far under the
    # cut: apart; no yes of the model's own: apart; a single judged pair: apart; English pairs left out: apart,
    # German ones left out: the English groups merge
    assert outcomes == [False, False, True, False, False, False, False, True]
