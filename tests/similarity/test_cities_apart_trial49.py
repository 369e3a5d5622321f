"""Two events of one series in two cities weeks apart are not one story (trial49 F8: Verdi strikes at Frankfurt
and Munich airports 36 days apart, one union, airline and negotiator quoted in both, were "same story 0.77"
with "different places: Frankfurt am Main vs Munich" and "published 36 days apart" among its own reasons). The
cities rule: each opening names a city the other text never names, the openings share no place, and the texts
were published CITIES_APART_DAYS or more apart. Reasons and verdict only: the model's features are unchanged."""

from __future__ import annotations

from types import SimpleNamespace

import numpy as np
import pytest

from storylens import similarity as sim

FRANKFURT_EN = ("Verdi strike grounds hundreds of Lufthansa flights in Frankfurt\n"
                "Lufthansa cancelled about 800 flights at Frankfurt airport on Tuesday as ground staff walked out in "
                "a one-day strike called by the Verdi union over pay. Verdi is demanding a 12.5% pay rise for around "
                "25,000 ground workers. \"The employers have left us no choice,\" Verdi negotiator Marvin Reschinsky "
                "said. Lufthansa called the strike \"completely excessive\".")
MUNICH_EN = ("Verdi strike hits Lufthansa in Munich, hundreds of flights cancelled\n"
             "Lufthansa cancelled about 600 flights at Munich airport on Wednesday as ground staff walked out in a "
             "one-day strike called by the Verdi union over pay. Verdi is demanding a 12.5% pay rise for around "
             "25,000 ground workers after the last round of talks failed. \"The employers have left us no choice,\" "
             "Verdi negotiator Marvin Reschinsky said.")
FRANKFURT_DE = ("Verdi-Streik: Hunderte Lufthansa-Flüge in Frankfurt gestrichen\n"
                "Lufthansa hat am Dienstag rund 800 Flüge am Flughafen in Frankfurt gestrichen, weil das "
                "Bodenpersonal in einem eintägigen Warnstreik der Gewerkschaft Verdi die Arbeit niederlegte. Verdi "
                "fordert 12,5 Prozent mehr Lohn für rund 25.000 Beschäftigte. Verhandlungsführer Marvin Reschinsky "
                "sagte, die Arbeitgeber hätten keine Wahl gelassen.")
MUNICH_DE = ("Verdi-Streik trifft Lufthansa in München\n"
             "Lufthansa hat am Mittwoch rund 600 Flüge am Flughafen in München gestrichen, weil das Bodenpersonal "
             "in einem eintägigen Warnstreik der Gewerkschaft Verdi die Arbeit niederlegte. Verdi fordert 12,5 "
             "Prozent mehr Lohn für rund 25.000 Beschäftigte. Verhandlungsführer Marvin Reschinsky sagte, die "
             "Arbeitgeber hätten keine Wahl gelassen.")
BARCELONA_ES = ("Una huelga de maquinistas paraliza los trenes de cercanías en Barcelona\n"
                "Renfe canceló el lunes unos 400 trenes de cercanías en Barcelona por una huelga de maquinistas "
                "convocada por el sindicato Semaf, que reclama 1.200 nuevas contrataciones. El secretario general "
                "de Semaf, Luis Ramos, dijo que la plantilla no puede más.")
MADRID_ES = ("La huelga de maquinistas llega a Madrid y deja sin cercanías a miles de viajeros\n"
             "Renfe canceló el jueves unos 350 trenes de cercanías en Madrid por una huelga de maquinistas "
             "convocada por el sindicato Semaf, que reclama 1.200 nuevas contrataciones. El secretario general de "
             "Semaf, Luis Ramos, pidió al Gobierno que negocie.")
# the Frankfurt strike's follow-up ten days later: it names its city again
FRANKFURT_AFTER = ("Lufthansa says Frankfurt flights back to normal after Verdi strike\n"
                   "Lufthansa said on Friday that flights at Frankfurt airport were back to normal ten days after a "
                   "Verdi strike grounded about 800 flights. Verdi negotiator Marvin Reschinsky said talks would "
                   "resume next week.")
MODEL = SimpleNamespace(threshold_=0.5, variant_="full")


def _features(a: str, b: str, la: str, lb: str, published: tuple[str | None, str | None],
              embedder) -> sim.PairFeatures:
    return sim.pair_features([(a, b, la, lb)], embedder, sim.Gazetteer.load(), published=[published])[0]


def _row(overall: float) -> np.ndarray:
    return np.array([overall] + [0.5] * (len(sim.DIMENSIONS) - 1))


@pytest.mark.parametrize(("a", "b", "la", "lb"), [
    (FRANKFURT_EN, MUNICH_EN, "en", "en"), (FRANKFURT_DE, MUNICH_DE, "de", "de"),
    (FRANKFURT_DE, MUNICH_EN, "de", "en"), (BARCELONA_ES, MADRID_ES, "es", "es")])
def test_one_series_in_two_cities_weeks_apart_is_two_stories(a, b, la, lb, hashing_embedder):
    f = _features(a, b, la, lb, ("2026-02-10", "2026-03-18"), hashing_embedder)
    score = sim._scoring._pair_score(_row(0.77), f, MODEL)
    assert score.same_story is False
    assert score.reasons[0].startswith("different cities in the openings: ")
    assert "published 36 days apart" in score.reasons[0] and "0.77" in score.reasons[0]
    assert sim.verdict_apart(f, content=False) is not None  # the refine judge holds the pair apart too


@pytest.mark.parametrize(("a", "b", "published"), [
    (FRANKFURT_EN, MUNICH_EN, ("2026-02-10", "2026-02-13")),  # days apart: a strike's wave, the model decides
    (FRANKFURT_EN, MUNICH_EN, (None, None)),  # no dates: nothing says the days differ
    (FRANKFURT_EN, FRANKFURT_AFTER, ("2026-02-10", "2026-02-20")),  # a follow-up names its city again
])
def test_days_apart_undated_or_one_city_leaves_the_verdict_to_the_model(a, b, published, hashing_embedder):
    f = _features(a, b, "en", "en", published, hashing_embedder)
    score = sim._scoring._pair_score(_row(0.77), f, MODEL)
    assert score.same_story is True and not score.reasons[0].startswith("different cities")
