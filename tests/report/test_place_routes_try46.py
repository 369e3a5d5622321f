"""No place line where both places are right (try46 F8): a flight's origin and its destination ("The flight from
Frankfurt" / "El vuelo con destino a Madrid") are no two places of its landing, and two cities where a storm killed
some of its dead ("In Hamburg, two people were killed" / "In Bremen kamen zwei Menschen … ums Leben", each report's
toll of four given in another sentence) are two parts of one event. A place written as an end of a route (text data
``route_before`` / ``route_after``) is not where the event happened; two units that each give a part of a toll
their documents give whole elsewhere name no place of the whole. The places of the event itself still differ."""

from __future__ import annotations

from pathlib import Path

import pytest

from storylens.analysis.claims import Unit
from storylens.analysis.entities import EntityExtractor
from storylens.models import PLACES_NOT_JUDGED
from storylens.report.pipeline import _Measures, _PlaceDifferences, _route_end

from ._docs import DAY, sentence_doc

DATA = Path(__file__).resolve().parents[1] / "data" / "try46"


def _places(a: tuple[str, list[str]], b: tuple[str, list[str]], at: int = 0) -> list[tuple[str, str, str]]:
    """The place differences of the documents' sentences number ``at``, entities linked as compare links them and
    each document's sentences read (a toll given elsewhere)."""
    docs = [sentence_doc("d1", *a), sentence_doc("d2", *b)]
    entities = EntityExtractor().extract(docs)
    measures = _Measures({"d1": DAY, "d2": DAY},
                         sentences={d.id: tuple((s.id, s.text, d.language) for s in d.sentences) for d in docs})
    check = _PlaceDifferences(entities, measures)
    units = [Unit(d.id, d.sentences[at].id, d.sentences[at].text, 0, len(d.sentences[at].text), d.language)
             for d in docs]
    return check(units[0], units[1])


FLIGHT_EN = "The flight from Frankfurt landed safely at 11:20 a.m. and nobody was hurt."
FLIGHT_ES = "El vuelo con destino a Madrid tomó tierra sin problemas a las 11.20 horas y no hubo heridos."


@pytest.mark.parametrize(("a", "b"), [
    (("en", [FLIGHT_EN]), ("es", [FLIGHT_ES])),
    (("de", ["Der Flug aus Frankfurt landete am Sonntag um 11.20 Uhr sicher."]),
     ("fr", ["Le vol à destination de Madrid s'est posé dimanche à 11h20 sans encombre."])),
    (("it", ["Il volo proveniente da Francoforte è atterrato domenica alle 11.20."]),
     ("pt", ["O voo com destino a Madrid aterrou no domingo às 11h20."])),
])
def test_a_route_s_two_ends_are_no_two_places(a, b):
    assert _places(a, b) == []


@pytest.mark.parametrize(("a", "b", "found"), [
    # where the plane landed: the event's place, told differently
    (("en", ["The plane landed in Frankfurt at 11:20 a.m. and nobody was hurt."]),
     ("es", ["El avión aterrizó en Madrid a las 11.20 horas y no hubo heridos."]), ("Frankfurt", "Madrid")),
    # a city after a route word and again without one: the place is stated
    (("en", ["The plane from Frankfurt landed in Frankfurt at 11:20 a.m."]),
     ("es", ["El avión aterrizó en Madrid a las 11.20 horas."]), ("Frankfurt", "Madrid")),
])
def test_the_event_s_place_still_differs(a, b, found):
    assert _places(a, b) == [("place", *found)]


STORM_EN = ["Storm Xaver swept across northern Germany on Thursday, killing four people.",
            "In Hamburg, two people were killed by falling trees."]
STORM_DE = ["Sturmtief Xaver ist am Donnerstag über Norddeutschland gezogen und hat vier Menschen das Leben gekostet.",
            "In Bremen kamen zwei Menschen durch umstürzende Bäume ums Leben."]


def test_two_parts_of_one_toll_in_two_cities():
    assert _places(("en", STORM_EN), ("de", STORM_DE), at=1) == []


def test_one_whole_toll_in_two_cities_still_differs():
    # each report's only toll: four killed in Hamburg against four killed in Bremen
    en = ["Storm Xaver swept across northern Germany on Thursday.", "In Hamburg, four people were killed by falling trees."]
    de = ["Sturmtief Xaver ist am Donnerstag über Norddeutschland gezogen.",
          "In Bremen kamen vier Menschen durch umstürzende Bäume ums Leben."]
    assert _places(("en", en), ("de", de), at=1) == [("place", "Hamburg", "Bremen")]


@pytest.mark.parametrize(("language", "text", "name", "routed"), [
    ("en", "The flight from Frankfurt landed", "Frankfurt", True),
    ("en", "a plane bound for Madrid", "Madrid", True),
    ("en", "The plane landed in Madrid", "Madrid", False),
    ("es", "El vuelo con destino a Madrid", "Madrid", True),
    ("es", "una fábrica de Sevilla", "Sevilla", False),  # "de" is no route word: the place of the factory
    ("fr", "une usine de Malaga", "Malaga", False),
    ("zh", "一架飞往马德里的航班", "马德里", True),
    ("ja", "フランクフルト発の便", "フランクフルト", True),
    ("ko", "마드리드행 항공편", "마드리드", True),
    ("tr", "Frankfurt'tan kalkan uçak", "Frankfurt", True),
    ("tr", "Frankfurt'ta bir fabrika", "Frankfurt", False),
])
def test_route_words(language, text, name, routed):
    start = text.index(name)
    assert _route_end(text, start, start + len(name), language) is routed


@pytest.fixture(scope="module")
def compared(embedder):
    from storylens import Comparer

    comparer = Comparer(embedder=embedder)
    return {pair: comparer.compare([DATA / f"{a}.txt", DATA / f"{b}.txt"])
            for pair in (("en_storm", "de_storm"), ("en_flight", "es_flight")) for a, b in [pair]}


def test_try46_no_place_line(compared):
    for comparison in compared.values():
        assert not any(PLACES_NOT_JUDGED in (c.differs or "") for c in comparison.claims), \
            [c.differs for c in comparison.claims if c.differs]
