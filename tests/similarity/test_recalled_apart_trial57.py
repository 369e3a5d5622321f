"""A new event's report that recalls an earlier event of its kind further down is another story (trial57 F20).

A fire near Limassol and one at Kathikas, Paphos 20 days later were "same story 0.83-0.95" with "same place:
Limassol": the later report's "The blaze comes three weeks after a large fire near Limassol" wrote the earlier
opening's city, so neither the names rule nor the cities rule read the openings apart. Two openings dating their
events a week or more apart, the later one naming neither the earlier's places nor its names but its own, are two
occasions (:func:`storylens.similarity._rules._recalled_apart`); a follow-up of one event names its place in its opening.
Reasons and verdict only: the model's features are unchanged (benchmarks/recalled_veto.py: on BASIL tune, ECB+ train
and dev.csv it decides no same-story pair).
"""

from __future__ import annotations

import pytest

from storylens import similarity as sim

from .test_kinds_apart_trial52 import _features, _score

LIMASSOL_EN = (
    "Wildfire forces evacuation of villages near Limassol\n\nCyprus Mail, 3 July 2025\n\n"
    "A large wildfire broke out on Wednesday afternoon in the hills north of Limassol, forcing the evacuation of four "
    "villages as strong winds pushed the flames towards homes, the fire service said.\n\n"
    "More than 200 firefighters, soldiers and volunteers were battling the blaze, supported by six aircraft.\n\n"
    '"The situation is very difficult because of the winds," fire service spokesman Andreas Kettis told CyBC.\n\n'
    "Two people were taken to hospital with breathing problems, and at least 15 homes were damaged in Limassol "
    "district, according to the police.\n"
)
PAPHOS_EN = (
    "Firefighters battle blaze in Paphos district\n\nCyprus Mail, 23 July 2025\n\n"
    "A wildfire broke out on Tuesday near the village of Kathikas in the Paphos district, forcing residents of two "
    "communities to leave their homes as flames spread through dry scrubland, the fire service said.\n\n"
    "Some 120 firefighters and volunteers were at the scene near Kathikas, backed by four aircraft.\n\n"
    '"The wind is the main problem, but we have the front under control," fire service spokesman Andreas Kettis '
    "told CyBC.\n\n"
    "The blaze comes three weeks after a large fire near Limassol damaged homes and forced the evacuation of four "
    "villages.\n"
)
# A follow-up of the Limassol fire ten days later: its opening names Limassol.
LIMASSOL_ARREST_EN = (
    "Man arrested over Limassol wildfire\n\nCyprus Mail, 13 July 2025\n\n"
    "Police on Saturday arrested a 52-year-old man suspected of starting the wildfire near Limassol that forced "
    "the evacuation of four villages and damaged at least 15 homes, a spokesman said.\n\n"
    "The man, from a village north of Limassol, was remanded in custody for eight days.\n"
)
FAENZA_IT = (
    "Alluvione a Faenza, evacuate mille persone\n\nANSA, 3 ottobre 2025\n\n"
    "Il fiume Lamone è esondato giovedì a Faenza, costringendo all'evacuazione circa mille persone, hanno riferito "
    "i vigili del fuoco.\n\n"
    "A Faenza sono al lavoro 300 soccorritori. Il sindaco ha chiuso le scuole.\n"
)
SENIGALLIA_IT = (
    "Esonda il Misa, paura a Senigallia\n\nANSA, 25 ottobre 2025\n\n"
    "Il fiume Misa è esondato venerdì a Senigallia, costringendo all'evacuazione circa 400 persone, hanno riferito "
    "i vigili del fuoco.\n\n"
    "A Senigallia sono al lavoro 150 soccorritori, con idrovore e mezzi anfibi arrivati dalle Marche e dall'Umbria. "
    "Il sindaco ha chiuso le scuole e chiesto ai residenti dei piani bassi di salire ai piani alti.\n\n"
    "L'alluvione arriva tre settimane dopo quella di Faenza, dove il Lamone era esondato.\n"
)


@pytest.mark.parametrize(("a", "b"), [(LIMASSOL_EN, PAPHOS_EN), (PAPHOS_EN, LIMASSOL_EN),
                                      (FAENZA_IT, SENIGALLIA_IT)])
def test_a_later_event_recalling_the_earlier_is_another_story(a, b, hashing_embedder):
    score = _score(a, b, hashing_embedder)
    assert score.same_story is False
    assert score.reasons[0].startswith("different places in the openings"), score.reasons
    assert "a week or more apart" in score.reasons[0]
    assert sim.verdict_apart(_features(a, b, hashing_embedder), content=False) is not None  # the refine judge's too


def test_the_rule_names_each_side_in_order(hashing_embedder):
    f = _features(LIMASSOL_EN, PAPHOS_EN, hashing_embedder)
    assert f.recalled_apart is not None
    earlier, later = f.recalled_apart
    assert "Limassol" in earlier and "Limassol" not in later


def test_a_follow_up_naming_the_place_in_its_opening_stays_one_story(hashing_embedder):
    f = _features(LIMASSOL_EN, LIMASSOL_ARREST_EN, hashing_embedder)
    assert f.recalled_apart is None
    score = _score(LIMASSOL_EN, LIMASSOL_ARREST_EN, hashing_embedder)
    assert not any(r.startswith("different places in the openings") for r in score.reasons)
