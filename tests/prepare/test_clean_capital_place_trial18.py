"""A dateline that is a place in capitals alone, with neither date nor agency (trial 18 #7): the
Spanish "DROVNIK.- Un tribunal …" became a claim "DROVNIK." (shared with another story's "SELVIK.")
and a lead opening "- Un tribunal"; "SELVIK, Mirosa — A court …" kept the dateline in its lead."""

from __future__ import annotations

import pytest

from storylens.prepare.clean import clean_text


@pytest.mark.parametrize(("text", "place", "lead"), [
    (("Condenan a nueve años al exministro Viktor Halden\n\nDROVNIK.- Un tribunal de Drovnik condenó el martes "
     "al exministro.\n\nOtra frase."), "DROVNIK", "Un tribunal de Drovnik"),
    ("Condenan a seis años a la exministra\n\nSELVIK.– Un tribunal de Selvik condenó el martes a la exministra.",
     "SELVIK", "Un tribunal de Selvik"),
    ("Former health minister jailed\n\nSELVIK, Mirosa — A court in Selvik on Tuesday sentenced her.\n\nMore.",
     "SELVIK, Mirosa", "A court in Selvik"),
])
def test_a_capital_place_alone_is_the_dateline(text, place, lead):
    cleaned = clean_text(text)
    assert cleaned.place == place
    body = cleaned.text.split("\n\n")[1]
    assert body.startswith(lead)
    assert place.split(",")[0] + "." not in cleaned.text


@pytest.mark.parametrize("text", [
    "Headline\n\nEXCLUSIVE — The company plans to cut 500 jobs, sources said.",
    "Titular\n\nÚLTIMA HORA.- El Gobierno aprobó hoy la ley.",
    # a place written in capitals inside prose is text
    "Headline\n\nThe court in DROVNIK — a city of 40,000 — ruled on Tuesday.",
])
def test_kickers_and_prose_are_no_dateline(text):
    cleaned = clean_text(text)
    assert cleaned.place is None
    assert cleaned.text == clean_text(text).text and text.split("\n\n")[1].split()[0] in cleaned.text
