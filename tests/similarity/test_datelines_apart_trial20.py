"""Two reports filed from two places, neither naming the other's place, with nothing named in common,
are two stories (trial20 #2: Calvera's central bank raising its rate, filed from SAN EVARISTO, and
Ostrelia's holding, filed from PORT MERIDIAN the same day, were "same story: yes" 0.61 in ``similarity``
and aligned in ``compare``; the only reasons were the wording and the day). The datelines rule: each
dateline names a place, no part of either place is written in the other text, and the verdict reads it
only when the pair shares no name or place. Reasons and verdict only: the features are unchanged."""

from __future__ import annotations

from types import SimpleNamespace

import numpy as np
import pytest

from storylens import similarity as sim

CALVERA = ("Calvera's central bank stuns markets with 150 bp hike\n\n"
           "SAN EVARISTO, Nov 26 (Continental Press) - Calvera's central bank unexpectedly raised its benchmark "
           "interest rate by 150 basis points to 5.50% on Thursday, as the peso fell 7.2% to a record low.\n\n"
           "\"We will do whatever is necessary to defend the peso,\" Governor Lucía Montaner told reporters. "
           "Montaner said inflation of 9.8% was too high.")
OSTRELIA = ("Ostrelia's central bank holds rate at 5.5% as inflation eases\n\n"
            "PORT MERIDIAN, Nov 26 (Continental Press) - The National Bank of Ostrelia kept its benchmark interest "
            "rate unchanged at 5.50% on Thursday, as expected, saying inflation was easing towards its 3% target.\n\n"
            "\"Inflation is moving in the right direction,\" Governor Henrik Dahl told a news conference. "
            "Dahl said inflation slowed to 4.1% in October.")
# German: two state banks' decisions, dpa datelines with a dash
VELMARIA_DE = ("Velmarias Notenbank erhöht überraschend den Leitzins\n\n"
               "KRANSBERG (dpa) – Die Notenbank von Velmaria hat am Donnerstag ihren Leitzins überraschend um "
               "einen Prozentpunkt auf 6 Prozent angehoben.\n\n"
               "„Die Inflation ist zu hoch“, sagte Notenbankchef Tomas Reiner. Reiner kündigte weitere Schritte an.")
KOSTRAVIA_DE = ("Kostravias Zentralbank lässt den Leitzins unverändert\n\n"
                "ODRAVA (dpa) – Die Zentralbank von Kostravia hat am Donnerstag ihren Leitzins wie erwartet bei "
                "6 Prozent belassen.\n\n"
                "„Die Preise steigen langsamer“, sagte Zentralbankchefin Mira Olsen. Olsen sprach von Geduld.")
# Spanish: EFE datelines, and the Spanish report against the English one across languages
VELMARIA_ES = ("El banco central de Velmaria sube los tipos por sorpresa\n\n"
               "PUERTO VELAR, 26 nov (EFE).- El banco central de Velmaria subió el jueves por sorpresa su tipo de "
               "interés en un punto porcentual, hasta el 6 %.\n\n"
               "«La inflación es demasiado alta», dijo el gobernador Tomás Reiner. Reiner anunció más pasos.")
KOSTRAVIA_ES = ("El banco central de Kostravia mantiene los tipos\n\n"
                "SANTA ORIELA DEL MAR, 26 nov (EFE).- El banco central de Kostravia mantuvo el jueves su tipo de "
                "interés en el 6 %, como se esperaba.\n\n"
                "«Los precios suben más despacio», dijo la gobernadora Mira Olsen. Olsen pidió paciencia.")
MODEL = SimpleNamespace(threshold_=0.5, variant_="fast")


def _features(a: str, b: str, la: str, lb: str, embedder) -> sim.PairFeatures:
    pa, pb = sim.prepare_text(a), sim.prepare_text(b)
    return sim.pair_features([(pa.text, pb.text, la, lb)], embedder, sim.Gazetteer.load(),
                             published=[(None, None)], datelines=[(pa.dateline, pb.dateline)])[0]


def _row(overall: float) -> np.ndarray:
    return np.array([overall] + [0.5] * (len(sim.DIMENSIONS) - 1))


@pytest.mark.parametrize(("a", "b", "la", "lb", "places"), [
    (CALVERA, OSTRELIA, "en", "en", ("SAN EVARISTO", "PORT MERIDIAN")),
    (OSTRELIA, CALVERA, "en", "en", ("PORT MERIDIAN", "SAN EVARISTO")),
    (VELMARIA_DE, KOSTRAVIA_DE, "de", "de", ("KRANSBERG", "ODRAVA")),
    (VELMARIA_ES, KOSTRAVIA_ES, "es", "es", ("PUERTO VELAR", "SANTA ORIELA DEL MAR")),
])
def test_two_decisions_filed_from_two_places_are_two_stories(a, b, la, lb, places, hashing_embedder):
    f = _features(a, b, la, lb, hashing_embedder)
    assert f.datelines_apart == places
    score = sim._scoring._pair_score(_row(0.61), f, MODEL)
    assert score.same_story is False
    assert score.reasons[0].startswith(f"different datelines: {places[0]} vs {places[1]}"), score.reasons
    assert "0.61" in score.reasons[0]


# one story filed from two places: the second report names the first's place
FROM_WASHINGTON = CALVERA.replace("SAN EVARISTO, Nov 26", "WASHINGTON, Nov 26").replace(
    "on Thursday,", "on Thursday in San Evaristo,")


@pytest.mark.parametrize(("a", "b"), [
    (CALVERA, FROM_WASHINGTON),  # the other dateline's place is written in the text
    (CALVERA, OSTRELIA.split("\n\n", 1)[0] + "\n\n" + OSTRELIA.split(" - ", 1)[1]),  # one text has no dateline
    (CALVERA, CALVERA),  # one place
    (CALVERA, CALVERA.replace("SAN EVARISTO", "圣埃瓦里斯托")),  # another language writes the place its own way
    (KOSTRAVIA_ES, OSTRELIA),  # two languages: "SANTA ORIELA DEL MAR" could be written otherwise in English
])
def test_one_place_or_a_named_place_leaves_the_verdict_to_the_model(a, b, hashing_embedder):
    lb = "zh" if "圣" in b else "en"
    f = _features(a, b, "es" if a is KOSTRAVIA_ES else "en", lb, hashing_embedder)
    assert f.datelines_apart is None, f.datelines_apart
    if a is not KOSTRAVIA_ES:  # (the hashing embedder reads es/en as different content: another rule)
        assert sim._scoring._pair_score(_row(0.61), f, MODEL).same_story is True


def test_a_name_in_common_keeps_the_verdict(hashing_embedder):
    """The governor quoted in both reports (filed from two places): the rule holds, the shared name decides."""
    both = OSTRELIA.replace("Governor Henrik Dahl", "Calvera's governor Lucía Montaner").replace("Dahl said",
                                                                                               "Montaner said")
    f = _features(CALVERA, both, "en", "en", hashing_embedder)
    assert f.datelines_apart is not None
    assert sim._scoring._pair_score(_row(0.61), f, MODEL).same_story is True


@pytest.mark.parametrize(("dateline", "place"), [
    ("SAN EVARISTO, Nov 26 (Continental Press) -", "SAN EVARISTO"),
    ("El Bolsón (Argentina), 30 nov (EFE).-", "El Bolsón, Argentina"),
    ("El Bolsón, Argentina", "El Bolsón, Argentina"),  # compare's Document.place, given as it is
    ("(Bloomberg) --", ""),
    ("", ""),
])
def test_the_dateline_place(dateline, place):
    assert sim._sides._dateline_place(dateline) == place
