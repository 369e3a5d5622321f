"""Two reports of one kind of event about two people are not the same story (trial 18 #1: an
ex-minister's verdict in Kelvaria and another ex-minister's verdict in Mirosa a week later scored
"same story 0.64" in Spanish with no name in common, 0.57 in English). The people rule: each opening
names its person in full and the text names them again by surname, neither opening names the
other's person, no day in common, and the dates differ. Reasons and verdict only: the model's
features are unchanged."""

from __future__ import annotations

from types import SimpleNamespace

import numpy as np
import pytest

from storylens import similarity as sim

HALDEN_EN = ("Ex-minister Viktor Halden jailed for nine years\n"
             "A court in Drovnik on Tuesday, November 24, 2026, sentenced Kelvaria's former transport minister "
             "Viktor Halden to nine years in prison for taking bribes. Prosecutors said the state lost 17.3 "
             "million euros. Halden, 61, served as minister from 2017 to 2021.")
KOVASH_EN = ("Former health minister Irena Kovash jailed for six years\n"
             "A court in Selvik on Tuesday, December 1, 2026, sentenced Mirosa's former health minister Irena "
             "Kovash to six years in prison for abuse of office. Prosecutors said the state lost 6.8 million "
             "euros. Kovash, 54, served as minister from 2019 to 2022. The verdict comes a week after "
             "Kelvaria jailed its former transport minister Viktor Halden.")
HALDEN_ES = ("Condenan a nueve años de cárcel al exministro Viktor Halden por sobornos\n"
             "Un tribunal de Drovnik condenó el martes 24 de noviembre de 2026 al exministro de Transportes "
             "Viktor Halden a nueve años de prisión. La fiscalía sostuvo que el Estado perdió unos 17 millones "
             "de euros. Halden, de 61 años, fue ministro entre 2017 y 2021.")
KOVASH_ES = ("Condenan a seis años de prisión a la exministra Irena Kovash\n"
             "Un tribunal de Selvik condenó el martes 1 de diciembre de 2026 a la exministra de Sanidad Irena "
             "Kovash a seis años de prisión. Según la fiscalía, el Estado perdió 6,8 millones de euros. "
             "Kovash, de 54 años, fue ministra entre 2019 y 2022.")
HALDEN_RU = ("Бывший министр Виктор Халден приговорён к девяти годам\n"
             "Суд в Дровнике во вторник, 24 ноября 2026 года, приговорил бывшего министра транспорта Виктора "
             "Халдена к девяти годам заключения. Халден, 61 год, был министром с 2017 по 2021 год.")
MODEL = SimpleNamespace(threshold_=0.5, variant_="fast")


def _features(a: str, b: str, la: str, lb: str, published: tuple[str | None, str | None],
              embedder) -> sim.PairFeatures:
    return sim.pair_features([(a, b, la, lb)], embedder, sim.Gazetteer.load(), published=[published])[0]


def _row(overall: float) -> np.ndarray:
    return np.array([overall] + [0.5] * (len(sim.DIMENSIONS) - 1))


@pytest.mark.parametrize(("a", "b", "lang"), [(HALDEN_EN, KOVASH_EN, "en"), (HALDEN_ES, KOVASH_ES, "es"),
                                              (HALDEN_ES, KOVASH_EN, "es")])
def test_two_protagonists_a_week_apart_are_two_stories(a, b, lang, hashing_embedder):
    f = _features(a, b, lang, "en" if b is KOVASH_EN else lang, ("2026-11-24", "2026-12-01"), hashing_embedder)
    assert f.people_apart == ("Viktor Halden", "Irena Kovash", "published 7 days apart")
    score = sim._scoring._pair_score(_row(0.64), f, MODEL)
    assert score.same_story is False
    assert score.reasons[0].startswith("different people in the openings: Viktor Halden vs Irena Kovash")
    assert "0.64" in score.reasons[0]


def test_without_publication_dates_the_openings_dates_decide(hashing_embedder):
    f = _features(HALDEN_ES, KOVASH_ES, "es", "es", (None, None), hashing_embedder)
    assert f.people_apart is not None and f.people_apart[2] == "dated 24 November vs 1 December"


@pytest.mark.parametrize(("a", "b", "la", "lb", "published"), [
    # one person, one story, two languages (and two scripts)
    (HALDEN_EN, HALDEN_ES, "en", "es", ("2026-11-24", "2026-11-26")),
    (HALDEN_RU, HALDEN_EN, "ru", "en", ("2026-11-24", "2026-11-27")),
    # neither publication dates nor dates in both openings: the model decides
    (HALDEN_EN, KOVASH_EN.replace("on Tuesday, December 1, 2026, ", ""), "en", "en", (None, None)),
])
def test_one_person_or_no_different_dates_leaves_the_verdict_to_the_model(a, b, la, lb, published,
                                                                          hashing_embedder):
    f = _features(a, b, la, lb, published, hashing_embedder)
    assert f.people_apart is None
    assert sim._scoring._pair_score(_row(0.64), f, MODEL).same_story is True


def test_published_the_next_day_the_people_rule_leaves_it_to_the_openings_dates(hashing_embedder):
    # published the same day or the next: not the people rule; but the openings date the verdicts a week apart with
    # other sums (17.3 and 6.8 million euros), which the rules now read (issue #11 F1: a sum is an event's figure)
    f = _features(HALDEN_EN, KOVASH_EN, "en", "en", ("2026-11-24", "2026-11-25"), hashing_embedder)
    assert f.people_apart is None
    score = sim._scoring._pair_score(_row(0.64), f, MODEL)
    assert score.same_story is False and "1 December and 24 November" in score.reasons[0]


def test_the_opening_names_the_person_and_the_text_names_them_again():
    gaz = sim.Gazetteer.load()
    text = sim.prepare_text(KOVASH_EN).text
    assert sim._sides._analyse(text, "en", None, sim._sides._kept_sentences(text), gaz).opening.people == ("Irena Kovash",)
    # named once only, in the body: nobody the report is about
    once = "A court in Selvik sentenced the former minister on Tuesday. Her lawyer Maria Lenz will appeal."
    assert sim._sides._analyse(once, "en", None, sim._sides._kept_sentences(once), gaz).opening.people == ()
