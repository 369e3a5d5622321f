"""trial55 F6: places, lines, airports and products typed PERSON with "X is the surname of Y" links
("Barcelona is the surname of París-Barcelona", "Perpignan is the surname of Línea Figueras Perpignan",
"Havalimanı is the surname of Roma Fiumicino Havalimanı", "Airbus A321" PERSON). A run whose first word is
no given name but a place or a lower-case language's common word, a route of places joined by hyphens, or
a run with digits names no person; real people keep their surname links. Inputs written for these tests."""

from __future__ import annotations

import pytest

from storylens.analysis.entities import extract_entities

from ._docs import doc_of


def _entities(*docs: tuple[str, list[str]]):
    built = [doc_of(f"d{i}", sentences, lang) for i, (lang, sentences) in enumerate(docs, start=1)]
    return extract_entities(built)


def _surname_links(entities) -> list[str]:
    return [link.reason for e in entities for link in e.links if "is the surname of" in link.reason]


@pytest.mark.parametrize("docs", [
    (("fr", ["Le TGV reliant Paris à Barcelone a déraillé vendredi.", "Les voyageurs sont arrivés à Barcelone."]),
     ("es", ["El convoy, que cubría la ruta París-Barcelona, descarriló.", "Viajaba de París a Barcelona."])),
    (("en", ["The train from Milan to Venice derailed on Friday.", "Passengers reached Venice by bus."]),
     ("it", ["Il convoglio della tratta Milano-Venezia è deragliato.", "Viaggiava da Milano a Venezia."])),
    (("es", ["La empresa Línea Figueras Perpignan gestiona el tramo.", "Los viajeros durmieron en Perpignan."]),),
    (("pt", ["A empresa Linha Porto Lisboa opera o troço.", "Os passageiros dormiram em Lisboa."]),),
    (("tr", ["Uçak Roma Fiumicino Havalimanı'na acil iniş yaptı.", "Havalimanı yetkilileri pisti kapattı."]),),
    (("de", ["Das Flugzeug landete auf dem Flughafen München Franz Josef Strauß.", "München meldete keine Schäden."]),),
])
def test_no_surname_of_a_place_line_or_airport(docs) -> None:
    assert _surname_links(_entities(*docs)) == []


@pytest.mark.parametrize(("docs", "name"), [
    ((("en", ["The Airbus A321 landed safely in Rome.", "The Airbus A321 was carrying 174 passengers."]),), "Airbus A321"),
    ((("tr", ["Airbus A321 tipi uçağın sol motorunda arıza çıktı.", "Boeing 737 uçağı beklemede."]),), "Airbus A321"),
])
def test_a_run_with_digits_is_no_person(docs, name: str) -> None:
    found = {e.name: e.type for e in _entities(*docs)}
    assert found.get(name, "OTHER") != "PERSON"


@pytest.mark.parametrize(("docs", "short"), [
    ((("es", ["El maquinista Mijaíl Kuznetsov salió ileso.", "Kuznetsov trabaja para la empresa desde 2010."]),),
     "Kuznetsov"),
    ((("fr", ["Le conducteur, Mikhaïl Kouznetsov, 52 ans, est indemne.", "Kouznetsov a été entendu."]),),
     "Kouznetsov"),
])
def test_people_keep_their_surnames(docs, short: str) -> None:
    assert any(f"{short} is the surname of" in r for r in _surname_links(_entities(*docs)))
