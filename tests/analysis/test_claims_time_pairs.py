"""Two languages' sentences giving one clock time to the minute are one claim (final29 #13): "Das Beben der
Stärke 6,8 ereignete sich am Dienstag, den 24.11.2026, um 3.17 Uhr Ortszeit (1.17 Uhr MEZ)" scored 0.43
with "The quake hit at 3:17 a.m. local time …, with its epicentre near …", whose closest German sentence was
the epicentre one; the German time sentence stayed unique beside an eight-document claim."""

from __future__ import annotations

import numpy as np

from storylens.analysis.claims import AlignedPair, Unit, _components, _same_times
from storylens.report.pipeline import _Measures

EN = Unit("d1", "d1:s3", "The quake hit at 3:17 a.m. local time (0017 GMT) at a depth of 10 km, with its epicentre "
          "near the town of Ercis.", 0, 100, "en")
DE_TIME = Unit("d2", "d2:s3", "Das Beben der Stärke 6,8 ereignete sich am Dienstag, den 24.11.2026, um 3.17 Uhr "
               "Ortszeit (1.17 Uhr MEZ) in der Provinz Van.", 0, 100, "de")
DE_EPI = Unit("d2", "d2:s4", "Das Epizentrum lag nahe der Kleinstadt Erciş am Nordufer des Vansees.", 0, 60, "de")
ES_TIME = Unit("d3", "d3:s3", "El sismo se registró a las 3.17 hora local (las 1.17 en la España peninsular).", 0, 70, "es")
ES_EPI = Unit("d3", "d3:s4", "El epicentro se localizó cerca de la localidad de Erciş.", 0, 55, "es")


def _keys(*units: Unit) -> list[frozenset[str]]:
    measures = _Measures({"d1": "2026-11-24", "d2": "2026-11-24", "d3": "2026-11-24"})
    return [measures.anchor_keys(u) for u in units]


def test_a_clock_time_is_an_anchor_key_in_every_language():
    en, de, es = _keys(EN, DE_TIME, ES_TIME)
    assert "T:197" in en & de & es


def test_units_of_one_clock_time_are_each_others_partners_from_the_floor():
    keys = _keys(EN, DE_EPI, DE_TIME)
    cos = np.array([[0.52, 0.43]])
    assert _same_times([0], [1, 2], keys, cos, 0.35).tolist() == [[False, True]]
    assert not _same_times([0], [1, 2], keys, np.array([[0.52, 0.30]]), 0.35).any()  # under the floor


def test_a_unit_alone_joins_its_time_partners_claim():
    units = [EN, DE_EPI, DE_TIME, ES_TIME, ES_EPI]
    pairs = [AlignedPair(EN, DE_EPI, 0.8, 0.52, 0.0), AlignedPair(EN, ES_TIME, 0.9, 0.72, 0.0),
             AlignedPair(DE_EPI, ES_EPI, 0.7, 0.6, 0.0),
             AlignedPair(EN, DE_TIME, 0.5, 0.43, 0.0, same_time=True),
             AlignedPair(DE_TIME, ES_TIME, 0.45, 0.41, 0.0, same_time=True)]
    assert _components(units, pairs, 0.5) == [[0, 1, 2, 3, 4]]
    # the Spanish epicentre sentence matches only the German one: without the time anchor the German time
    # sentence could not join (a unit of the claim would be matched to under half of the others)
    plain = [AlignedPair(p.a, p.b, p.score, p.cosine, p.overlap) for p in pairs]
    assert [2] in _components(units, plain, 0.5)
