"""The trained similarity model as the offline refine pass's judge of candidate pairs.

The refine pass (:meth:`storylens.cluster.StoryClusterer.refine`) judged
cross-lingual candidate pairs with a small logistic link model
(:mod:`storylens.cluster._links`). The similarity model
(:mod:`storylens.similarity`, trained on the SemEval dev pairs with every pair
feature and the e5 lead vectors) separates same-story from unrelated dev pairs
far better: 5 grouped folds, out of fold, AUC 0.976 against 0.930, and 85.8 %
against 67.8 % of same-story pairs above the cut that links 3 % of unrelated
pairs (``benchmarks/links_vs_similarity.py``). Scoring a pair from scratch costs
about a CPU-second (the e5 lead), so the judge computes each article's half of
the features once (:class:`storylens.similarity.ArticleSides`, vectors kept in
the on-disk embedding cache) and a candidate pair costs ~1.6 CPU-ms.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import numpy as np

__all__ = ["SimilarityJudge"]


class SimilarityJudge:
    """Judge candidate pairs by the similarity model's predicted overall similarity.

    ``cut``: a cross-lingual pair scoring at least this joins (and an average of
    links sits at the refine cut when its pairs score ``cut`` on average);
    ``same_language_cut``: the same for two articles of one language; above 1,
    such pairs are not judged and keep the cosine + entity link tuned on BASIL
    and ECB+ (``same_language_cut`` is then None). None reads the defaults:
    ``settings.refine_similarity_cut`` (chosen by grouped folds of dev.csv) and
    ``settings.refine_similarity_same_language_cut`` (chosen on BASIL's tune half
    and ECB+'s train topics), see ``benchmarks/refine_similarity.py`` and
    ``benchmarks/refine_gold.py``. ``variant`` / ``model`` / ``embedder`` /
    ``doc_embedder``: as :func:`storylens.similarity.score_pairs` (default
    ``settings.refine_similarity_variant`` with the cached USE and e5 encoders).
    ``k``: candidates per article, its ``k`` nearest by the USE lead vector and
    by the e5 lead vector (when the model reads one); ``wide`` (None: the default
    ``settings.refine_similarity_candidates == "wide"``): also its ``k`` nearest by shared
    names and by TF-IDF cosine of the texts. ``mutual_slack`` (None: the default
    ``settings.refine_mutual_slack``): a cross-lingual pair of two articles that are each
    other's best-scored candidate joins when it scores at most this far below the cut
    (0: off); ``mutual_same_language``: the same for same-language pairs. ``context``: a stream-context
    model (:func:`storylens.cluster._context.load_context`) that reads each pair's score against both
    sides' other candidates and decides in place of the cuts (``context_same_language`` False: for
    cross-lingual pairs only; the mutual-best slack is then off for the pairs it decides;
    ``context_same_language_threshold``: same-language pairs join at this probability instead of
    the model's threshold). ``place_veto`` (None: ``settings.refine_place_veto``): a candidate pair
    whose openings are in two countries the other text never names
    (:func:`storylens.similarity.lead_countries_apart`) is held apart whatever its score. Always: a pair the
    same-story verdict's rules hold apart (:meth:`verdict_apart`) is too; ``verdict_countries`` (None:
    ``settings.refine_verdict_countries``): with the verdict's country rule among them.
    ``lead_weight`` / ``lead_center`` (None: 0, off / ``settings.refine_full_lead_center``): a
    same-language pair's cosine + entity link also adds ``lead_weight * (e5 lead cosine -
    lead_center)`` (a model reading e5 leads only): the opening says which event of a topic an
    article reports, where the USE lead vector and the names run related events together.
    ``same_language_floor`` (None: off): a same-language pair scoring below it takes the judge's
    link in the grouping, not the higher of that and the cosine + entity link (which shared
    boilerplate lifts). ``same_language_cuts`` (language -> cut): same-language pairs of those
    languages are held to their own cut in place of ``same_language_cut``. ``join_slack`` (None: 0,
    off): after the average link, two groups that a pair judged at or above its cut connects merge
    while their average link is at most this far below the refine cut (the judge said yes to one
    pair, the other links between the two groups fell just short), across languages only, and with
    ``join_same_language_except`` (languages) within one language too, but not within these. ``cross_k`` (None: 0, off): each
    article's ``cross_k`` nearest by e5 lead among articles of other languages are candidates too
    (a model reading e5 leads only; :func:`storylens.cluster._links.knn_other_language`).
    ``name_slack`` (None: 0, off): a cross-lingual pair scoring at most this far below the cut joins
    when both texts name one person in full (:func:`storylens.similarity.full_names`) whom at most
    ``name_max_articles`` (None: ``settings.refine_full_name_max_articles``) of the bound articles name.
    ``triangle_slack`` (None: 0, off): a candidate pair scoring at most this far below its cut joins when
    a third article is judged at or above its cut with each of the two (a triangle of the story's
    reports); same-language pairs of the languages in ``triangle_except`` are left out.
    ``margin_slack`` (None: 0, off): a candidate pair scoring at most this far below its cut joins when
    its score less the mean of each side's ``margin_k`` best other candidate scores (bitext mining's
    margin: :func:`storylens.cluster._score_margins`) is at least ``margin_min``; same-language pairs of
    the languages in ``margin_except`` are left out.
    ``mutual_join_slack`` (None: 0, off): after the average link, two groups that a pair each other's best
    match connects (judged at or above its cut, or lifted to it by ``mutual_slack``) merge while their average
    link is at most this far below the refine cut, in any language (English too, unlike ``join_slack``'s
    same-language bridges): a group-level decision where the pair's other links in a crowded topic fall short.
    ``join_votes`` (None: 0, off) / ``join_vote_share``: after the average link, two groups merge when at least
    ``join_votes`` of the judged pairs between them are at or above their cut and at least ``join_vote_share`` of
    them, whatever their average link (most pairs between two crowded groups are nobody's candidates), and at
    least ``join_vote_members`` (None: ``settings.refine_full_join_vote_members``) members of each group say yes
    to the other (a story's reports, not one report matching many); a group smaller than that votes when each of
    its members says yes to at least that many members of the other (one or two reports the average link left out
    of their story: :meth:`~storylens.cluster.StoryClusterer._small_group_votes`).
    ``judged_link_slack`` (None: off) / ``judged_link_pairs``: after the average link, two groups merge when at least
    ``judged_link_pairs`` judged pairs connect them, one of them the model's own yes, none held apart by the verdict's
    rules, and the mean of their margins (score less cut; a lifted pair at its own score) is at least
    ``-judged_link_slack``: an average link on the judge's evidence alone, where the average of every pair (most
    of them nobody's candidates) falls short; two groups joined only by same-language pairs of the languages in
    ``judged_link_except`` are left out.
    ``lift_floor``: no lift rule (mutual best, name, triangle, margin) raises a same-language pair the judge scores
    under ``same_language_floor`` (the cut under which it joins no pair in any language pair) to its cut; a side
    judged from its headline alone, held to the cross-lingual cut, is read as a cross-lingual pair is.
    ``story_parts_at_cut``: a same-language pair of a side judged from its headline alone (:meth:`story_parts`)
    and a whole text is held to ``cut``, the cross-lingual cut, in place of its language's, when it is the
    headline side's best-scored candidate.
    ``progress(done, total)`` is called while articles are analysed.
    """

    def __init__(self, cut: float | None = None, *, same_language_cut: float | None = None,
                 k: int | None = None, wide: bool | None = None, variant: str | None = None, model: Any = None, embedder: Any = None,
                 doc_embedder: Any = None, progress: Callable[[int, int], None] | None = None,
                 mutual_slack: float | None = None, mutual_same_language: bool = False, context: Any = None,
                 context_same_language: bool = True, context_same_language_threshold: float | None = None,
                 place_veto: bool | None = None, verdict_countries: bool | None = None, lead_weight: float | None = None,
                 lead_center: float | None = None, same_language_floor: float | None = None,
                 same_language_cuts: dict[str, float] | None = None, join_slack: float | None = None,
                 cross_k: int | None = None, join_same_language_except: Sequence[str] | None = None,
                 name_slack: float | None = None, name_max_articles: int | None = None,
                 triangle_slack: float | None = None, triangle_except: Sequence[str] | None = None,
                 margin_slack: float | None = None, margin_min: float = 0.25, margin_k: int = 3,
                 margin_except: Sequence[str] | None = None, mutual_join_slack: float | None = None,
                 join_votes: int | None = None, join_vote_share: float = 0.5, join_vote_members: int | None = None,
                 story_parts_at_cut: bool = False, judged_link_slack: float | None = None,
                 judged_link_pairs: int = 2, judged_link_except: Sequence[str] | None = None,
                 lift_floor: bool = False):
        from ..settings import DEFAULT

        self.cut = float(DEFAULT.refine_similarity_cut if cut is None else cut)
        same = DEFAULT.refine_similarity_same_language_cut if same_language_cut is None else same_language_cut
        self.same_language_cut: float | None = None if float(same) > 1 else float(same)
        self.k = int(DEFAULT.refine_similarity_neighbours if k is None else k)
        self.wide = DEFAULT.refine_similarity_candidates == "wide" if wide is None else bool(wide)
        self.variant = variant or DEFAULT.refine_similarity_variant
        self.model = model
        self.embedder = embedder
        self.doc_embedder = doc_embedder
        self.progress = progress
        self.mutual_slack = float(DEFAULT.refine_mutual_slack if mutual_slack is None else mutual_slack)
        self.mutual_same_language = bool(mutual_same_language)
        self.context = context
        self.context_same_language = bool(context_same_language)
        self.context_same_language_threshold = context_same_language_threshold
        self.place_veto = bool(DEFAULT.refine_place_veto if place_veto is None else place_veto)
        self.verdict_countries = bool(DEFAULT.refine_verdict_countries if verdict_countries is None else verdict_countries)
        self.lead_weight = float(lead_weight or 0.0)
        self.lead_center = float(DEFAULT.refine_full_lead_center if lead_center is None else lead_center)
        self.same_language_floor = same_language_floor
        self.same_language_cuts = dict(same_language_cuts or {})
        self.join_slack = float(join_slack or 0.0)
        self.join_same_language_except = None if join_same_language_except is None else tuple(join_same_language_except)
        self.cross_k = int(cross_k or 0)
        self.name_slack = float(name_slack or 0.0)
        self.name_max_articles = int(DEFAULT.refine_full_name_max_articles if name_max_articles is None
                                     else name_max_articles)
        self.triangle_slack = float(triangle_slack or 0.0)
        self.triangle_except = tuple(triangle_except or ())
        self.margin_slack = float(margin_slack or 0.0)
        self.margin_min, self.margin_k = float(margin_min), int(margin_k)
        self.margin_except = tuple(margin_except or ())
        self.mutual_join_slack = float(mutual_join_slack or 0.0)
        self.join_votes, self.join_vote_share = int(join_votes or 0), float(join_vote_share)
        self.join_vote_members = int(DEFAULT.refine_full_join_vote_members if join_vote_members is None
                                     else join_vote_members)
        self.story_parts_at_cut = bool(story_parts_at_cut)
        self.judged_link_slack = None if judged_link_slack is None else float(judged_link_slack)
        self.judged_link_pairs = int(judged_link_pairs)
        self.judged_link_except = tuple(judged_link_except or ())
        self.lift_floor = bool(lift_floor)
        self.sides_: Any = None

    def bind(self, texts: Sequence[str], languages: Sequence[str | None],
             published: Sequence[str | None] | None = None) -> SimilarityJudge:
        """Read the stream's articles (texts, languages and ISO publication dates in stream order; a date
        None: the text's header date, if any); nothing is computed yet, and what an earlier ``bind``
        computed for the same text, language and date is kept."""
        from ..similarity import ArticleSides

        self.sides_ = ArticleSides(texts, languages, model=self.model, variant=self.variant, embedder=self.embedder,
                                   doc_embedder=self.doc_embedder, progress=self.progress, known=self.sides_,
                                   published=published)
        return self

    def lead_vectors(self) -> np.ndarray | None:
        """The e5 lead vectors of every bound article (unit rows), or None (a model without them)."""
        return self.sides_.lead_vectors()

    def story_parts(self) -> list[bool]:
        """Whether each bound article is judged from its headline alone (the body a wall, furniture or another
        page's text: :attr:`storylens.similarity.PreparedText.story_part`)."""
        return list(self.sides_.story_parts)

    def full_names(self) -> list[frozenset[str]]:
        """The people each bound article names in full (:func:`storylens.similarity.full_names`)."""
        return self.sides_.full_names()

    def scores(self, i: np.ndarray, j: np.ndarray) -> np.ndarray:
        """Predicted overall similarity of the pairs (i[k], j[k]) in [0, 1]; NaN where there is no verdict: too
        little text, or (a model without e5 leads, the ``fast`` one) a side in a language USE was not trained on
        (:func:`storylens.text.use_covers`): its sentence cosines do not rank such a text's translations, so its
        score would undo the online pass's join on names (trial49 F14: a Swedish and a German report of one
        derailment, five names and the place in common, scored 0.34 and split); the pair keeps its links."""
        out = self.sides_.overall(np.asarray(i).tolist(), np.asarray(j).tolist())
        if not self.sides_.reads_leads:
            from ..text import use_covers

            langs = self.sides_.languages
            blind = np.array([not (use_covers(langs[int(a)]) and use_covers(langs[int(b)])) for a, b in zip(i, j)],
                             dtype=bool)
            if blind.any():
                out = np.where(blind, np.nan, out)
        return out

    def events_apart(self, i: np.ndarray, j: np.ndarray) -> np.ndarray:
        """True where the pair (i[k], j[k]) reports two events of one kind (the events veto, always on:
        :func:`storylens.similarity._rules._events_apart`)."""
        return self.sides_.events_apart(np.asarray(i).tolist(), np.asarray(j).tolist())

    def verdict_apart(self, i: np.ndarray, j: np.ndarray) -> np.ndarray:
        """True where the same-story verdict's rules hold the pair (i[k], j[k]) apart whatever its score (always
        on: :meth:`storylens.similarity.ArticleSides.verdict_apart`, the rules of ``storylens similarity``)."""
        return self.sides_.verdict_apart(np.asarray(i).tolist(), np.asarray(j).tolist(), countries=self.verdict_countries)

    def own_places(self, positions: Sequence[int]) -> list[tuple[frozenset[str], frozenset[str], frozenset[str]]]:
        """(own, opening, named) countries of each bound article (stream positions): where it places its event,
        sure; the countries its opening names; every country it names (:meth:`storylens.similarity.ArticleSides.own_places`)."""
        return self.sides_.own_places(list(positions))

    def places_apart(self, i: np.ndarray, j: np.ndarray) -> np.ndarray:
        """True where the pair (i[k], j[k]) reports one topic in two countries (the place veto)."""
        return self.sides_.places_apart(np.asarray(i).tolist(), np.asarray(j).tolist())
