"""Pair helpers shared by the verdict-rule tests: a pair's features as every entry point computes them, a model row
of one overall score, and the verdict of the pair's rules on such a row."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

import numpy as np

from storylens import similarity as sim

MODEL: Any = SimpleNamespace(threshold_=0.52, variant_="full")  # the verdict reads its cut and variant only


def features_en(a: str, b: str, embedder) -> sim.PairFeatures:
    """The pair's features as every entry point computes them: prepared texts, their datelines apart."""
    pa, pb = sim.prepare_text(a), sim.prepare_text(b)
    return sim.pair_features([(pa.text, pb.text, "en", "en")], embedder, sim.Gazetteer.load(),
                             datelines=[(pa.dateline, pb.dateline)])[0]


def score_row(overall: float) -> np.ndarray:
    """A model's scores: ``overall`` and 0.5 on every other dimension."""
    return np.array([overall] + [0.5] * (len(sim.DIMENSIONS) - 1))


def pair_features(a: str, b: str, la: str, lb: str, embedder) -> sim.PairFeatures:
    """The pair's features in languages ``la`` and ``lb``, with the publication dates and datelines read from the
    texts."""
    pa, pb = sim.prepare_text(a), sim.prepare_text(b)
    return sim.pair_features([(pa.text, pb.text, la, lb)], embedder, sim.Gazetteer.load(),
                             published=[(pa.published, pb.published)], datelines=[(pa.dateline, pb.dateline)])[0]


def dated_features(a: str, b: str, la: str, lb: str, published: tuple[str | None, str | None],
                   embedder) -> sim.PairFeatures:
    """The pair's features in languages ``la`` and ``lb`` for texts used as given, published on ``published``."""
    return sim.pair_features([(a, b, la, lb)], embedder, sim.Gazetteer.load(), published=[published])[0]


def pair_score(a: str, b: str, la: str, lb: str, overall: float, embedder) -> sim.PairScore:
    """The verdict of the pair's rules on a model row of ``overall`` (:func:`score_row`)."""
    return sim._scoring._pair_score(score_row(overall), pair_features(a, b, la, lb, embedder), MODEL, None, (la, lb))


def rules_of(a: str, la: str, b: str, lb: str, day: str | None = None) -> sim.VerdictRules:
    """The verdict rules read on two texts, "a" in ``la`` and "b" in ``lb``, both published ``day``."""
    rules = sim.VerdictRules()
    rules.add("a", a, la, day)
    rules.add("b", b, lb, day)
    return rules


def rules_apart(a: tuple[str, str, str], b: tuple[str, str, str]) -> str:
    """The verdict rules' reason for holding two texts apart ("" when none): each text as (language, publication date,
    title and body), as the stream adds them to :class:`storylens.similarity.VerdictRules`."""
    rules = sim.VerdictRules()
    rules.add("a", a[2], a[0], a[1])
    rules.add("b", b[2], b[0], b[1])
    return rules.apart("a", "b") or ""


def contest_sides(text: str, lang: str) -> list[tuple[list[str], list[str]]]:
    """The sides of each contest ``text`` reads in ``lang`` (:mod:`storylens.similarity._teams`)."""
    from storylens.similarity._teams import _contest_pattern, _contests, _result_noun_patterns

    return [sides for sides, _ in _contests(text, _contest_pattern(lang), lang, _result_noun_patterns(lang))]
