"""trial52 F3: wire datelines without a year ("BEIJING, Nov 26 (Reuters) -", «新华社南京11月26日电», "MADRID, 26 Nov.
(EUROPA PRESS) -", "ROMA, 26 NOV -") left the documents' published "-". The day is read; its year comes from a full
date the text writes a few days from it (or the removed furniture's stamps), never from the clock; with none the
reports show the day with "year unknown"."""

from __future__ import annotations

import pytest

from storylens.ingest import read_text
from storylens.ingest.dates import year_of_day
from storylens.models import Comparison, Similarity
from storylens.report import render
from storylens.report.compare import prepare_document


@pytest.mark.parametrize(("text", "published"), [
    (("Fire at a farm\n\nBEIJING, Nov 26 (Reuters) - A fire killed 2,000 chickens on Thursday.\n\n"
     "The farm was inspected on 24 November 2026, officials said."), "2026-11-26"),
    (("Incendio en una cuadra\n\nMADRID, 26 Nov. (EUROPA PRESS) - Un incendio arrasó una cuadra.\n\n"
     "La cuadra había sido inspeccionada el 20 de noviembre de 2026."), "2026-11-26"),
    ("江苏一养鸡场发生火灾\n\n新华社南京11月26日电\n\n江苏省盐城市一家养鸡场26日凌晨发生火灾。2026年11月20日曾发生类似事故。",
     "2026-11-26"),
    (("Incendio in una scuderia\n\nROMA, 26 NOV - Incendio in una scuderia.\n\n"
     "L'udienza è fissata per il 2 dicembre 2026."), "2026-11-26"),  # a date ahead, across no year's end
    # no full date near the day: no year
    (("Fire at a farm\n\nBEIJING, Nov 26 (Reuters) - A fire killed 2,000 chickens on Thursday.\n\n"
     "A similar fire on 12 May 2008 killed 300 pigs."), None),
    (("Tormenta en Florida\n\nMIAMI, 26 nov (EFE).- Fuertes lluvias inundaron calles.\n\n"
     "El huracán del 10 de diciembre de 2025 dejó daños."), None),
    # two near dates that put the day in two years: none
    (("Fire at a farm\n\nBEIJING, Nov 26 (Reuters) - A fire killed 2,000 chickens.\n\n"
     "Inspections were held on 20 November 2026 and on 25 November 2025."), None),
])
def test_a_full_date_near_the_datelines_day_gives_its_year(text, published):
    doc = prepare_document(read_text(text, "wire.txt"), "d1")
    assert doc.published == published
    assert doc.dateline_day == (None if published else "--11-26")


def test_the_furniture_stamps_give_a_year_a_month_away():
    assert year_of_day("--11-26", "No date here.", furniture="Updated Dec 20, 2026 10:05 GMT") == "2026-11-26"
    assert year_of_day("--11-26", "On 20 December 2026 the court sits.") is None  # the text's: a week at most
    assert year_of_day("--11-26", "", furniture="© 2026 Reuters") is None  # a year alone is no date


def test_the_reports_show_a_day_of_no_known_year():
    doc = prepare_document(read_text(
        "Fire kills 2,000 chickens\n\nBEIJING, Nov 26 (Reuters) - A fire at a poultry farm killed about 2,000 "
        "chickens early on Thursday, state media said.", "farm.txt"), "d1")
    assert (doc.published, doc.dateline_day) == (None, "--11-26")
    comparison = Comparison(documents=(doc,), similarity=Similarity(True, 0.9, {}))
    for fmt in ("markdown", "terminal", "html"):
        assert "--11-26 (year unknown)" in render(comparison, fmt)
