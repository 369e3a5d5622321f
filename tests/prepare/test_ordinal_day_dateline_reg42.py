"""A dateline dated the first of a month as an ordinal, «Rabat, 1er décembre 2026 (AFP)», «LISBOA, 1º de dezembro de
2026 (Lusa)», «ROMA, 1° dicembre 2026 (ANSA)», is read: its outlet, date and place, and it leaves the lead (trial53
F18: no outlet, no date, the dateline left in the first claim). Also MAP's Arabic credit «(و.م.ع)»."""

from __future__ import annotations

import pytest

from storylens.prepare.clean import clean_text


@pytest.mark.parametrize("line, outlet, published, place, lead", [
    ("Rabat, 1er décembre 2026 (AFP) - Le président est arrivé lundi soir à Rabat.", "AFP", "2026-12-01", "Rabat",
     "Le président est arrivé"),
    ("LISBOA, 1º de dezembro de 2026 (Lusa) - O presidente chegou na segunda-feira a Lisboa.", "Lusa", "2026-12-01",
     "LISBOA", "O presidente chegou"),
    ("LISBOA, 1.º de dezembro de 2026 (Lusa) - O presidente chegou na segunda-feira a Lisboa.", "Lusa", "2026-12-01",
     "LISBOA", "O presidente chegou"),
    ("MADRID, 1º de diciembre de 2026 (EFE).- El presidente llegó el lunes a Madrid.", "EFE", "2026-12-01", "MADRID",
     "El presidente llegó"),
    ("ROMA, 1° dicembre 2026 (ANSA) - Il presidente è arrivato lunedì a Roma.", "ANSA", "2026-12-01", "ROMA",
     "Il presidente è arrivato"),
    ("الرباط، 1 ديسمبر 2026 (و.م.ع) - وصل الرئيس الفرنسي مساء الاثنين إلى الرباط.", "و.م.ع", "2026-12-01", "الرباط",
     "وصل الرئيس"),
])
def test_an_ordinal_first_day_dateline_is_read(line, outlet, published, place, lead):
    cleaned = clean_text(f"Titre\n\n{line}\n\nSuite du texte.")
    assert (cleaned.outlet, cleaned.published, cleaned.place) == (outlet, published, place)
    assert cleaned.text.split("\n")[2].startswith(lead)


def test_a_yearless_ordinal_day_is_kept_as_a_day():
    cleaned = clean_text("Titre\n\nRABAT, 1er décembre (AFP) - Le président est arrivé lundi soir.\n\nSuite.")
    assert (cleaned.outlet, cleaned.dateline_day) == ("AFP", "--12-01")


def test_an_ordinal_in_the_lead_is_left_as_written():
    cleaned = clean_text("Titre\n\nParis, 2 décembre 2026 (AFP) - Le 1er ministre est arrivé.\n\nSuite.")
    assert cleaned.published == "2026-12-02"
    assert "Le 1er ministre est arrivé." in cleaned.text
