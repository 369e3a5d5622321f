"""A place opened by an act without "again" is open, its denial keeps it shut (trial54 F14): en "Police opened the A1
motorway", nl «De politie opende de weg», de "wurde … freigegeben", fr «a été ouverte», es «fue abierta», it «ha
aperto la strada», pt «foi aberta» said nothing, so "remains closed" against them was no conflict. Opening fire, an
investigation or doors opens no measure."""

from __future__ import annotations

import pytest

from storylens.analysis.claims import Unit
from storylens.analysis.conflicts import measure_stance
from storylens.report.pipeline import _measure_stance_conflict

OPEN = [
    ("en", "Police opened the A1 motorway on Friday morning."), ("en", "The border crossing was finally opened on Thursday."),
    ("nl", "De politie opende de weg vrijdag."), ("nl", "De A2 is vrijdagochtend geopend."),
    ("de", "Die A7 wurde am Freitag freigegeben."), ("de", "Die Polizei öffnete die Straße am Freitag."),
    ("fr", "L'autoroute A7 a été ouverte vendredi."), ("fr", "La police a ouvert la route vendredi."),
    ("es", "La autopista A-7 fue abierta el viernes."), ("es", "La policía abrió la carretera el viernes."),
    ("it", "La polizia ha aperto la strada venerdì."), ("pt", "A autoestrada A1 foi aberta na sexta-feira."),
]
SHUT = [
    ("en", "The road has not been opened yet."), ("en", "Authorities have still not opened the bridge."),
    ("nl", "De brug is nog niet geopend."), ("fr", "Le pont n'a pas encore été ouvert."),
    ("es", "El puente aún no ha sido abierto."), ("pt", "A ponte ainda não foi aberta."),
]
NONE = [
    ("en", "Police opened fire on the protesters."), ("en", "Prosecutors opened an investigation into the crash."),
    ("nl", "De politie opende het vuur."), ("nl", "Het OM heeft een onderzoek geopend."),
    ("fr", "La police a ouvert le feu."), ("fr", "Le parquet a ouvert une enquête."),
    ("es", "La policía abrió fuego."), ("es", "La Fiscalía abrió una investigación."),
    ("it", "La procura ha aperto un'inchiesta."), ("pt", "O Ministério Público abriu um inquérito."),
]


@pytest.mark.parametrize(("lang", "text"), OPEN)
def test_an_opening_act_is_open(lang: str, text: str) -> None:
    assert measure_stance(text, lang) == "open"


@pytest.mark.parametrize(("lang", "text"), SHUT)
def test_a_denied_opening_keeps_it_shut(lang: str, text: str) -> None:
    assert measure_stance(text, lang) in ("kept", "closed")


@pytest.mark.parametrize(("lang", "text"), NONE)
def test_opening_fire_or_an_inquiry_opens_no_measure(lang: str, text: str) -> None:
    assert measure_stance(text, lang) is None


def _unit(doc: str, text: str, lang: str) -> Unit:
    return Unit(doc, f"{doc}:s1", text, 0, len(text), lang)


def test_opened_against_remains_closed_is_a_conflict() -> None:
    closed = _unit("d1", "The A1 motorway near Bologna remains closed, police said.", "en")
    opened = _unit("d2", "De A1 bij Bologna is vrijdagochtend geopend.", "nl")
    assert _measure_stance_conflict(closed, opened, None, None) == ["measure: d1 kept, d2 open"]


def test_two_openings_agree() -> None:
    a = _unit("d1", "Police opened the A1 motorway near Bologna on Friday.", "en")
    b = _unit("d2", "De A1 bij Bologna is vrijdagochtend geopend.", "nl")
    assert _measure_stance_conflict(a, b, None, None) == []
