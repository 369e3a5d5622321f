"""A German paper's bare place dateline and a version's time stamp are metadata, no claims (trial 15
#16: Handelsblatt's "Frankfurt." and "Stand: 14:20 Uhr." / "Aktualisiert: 16:45 Uhr." became unique
claims and "what the source adds")."""

from __future__ import annotations

import pytest

from storylens.prepare.clean import clean_text

LEAD = "Die Europäische Zentralbank (EZB) hat am Donnerstag ihre Leitzinsen erneut gesenkt."


@pytest.mark.parametrize("place", ["Frankfurt", "Frankfurt am Main", "Berlin"])
def test_a_bare_place_before_a_german_lead_is_a_dateline(place):
    cleaned = clean_text(f"EZB senkt Leitzins auf 2,0 Prozent\n\n{place}. {LEAD}\n\nZweiter Absatz mit mehr Text.")
    assert cleaned.place == place
    assert f"{place}." not in cleaned.text and LEAD in cleaned.text
    assert ("dateline", f"{place}.") in [(r.kind, r.text) for r in cleaned.removed]


@pytest.mark.parametrize("text", [
    "Paris. Le Monde: Le président a parlé mardi devant les députés.",  # not a German lead
    "Ja. Die Regierung hat das Gesetz am Montag beschlossen.",  # a function word, no place
    "Frankfurt. Die Stadt.",  # no lead sentence after it
])
def test_look_alikes_of_a_bare_dateline_stay_text(text):
    assert clean_text(text).text == text


@pytest.mark.parametrize("stamp", [
    "Stand: 14:20 Uhr.", "Aktualisiert: 16:45 Uhr.", "Updated: 4:45 p.m.", "Stand: 05.06.2025, 14:20 Uhr",
    "Mis à jour : 16h45", "Updated: 4:45 p.m. GMT", "Mis à jour à 16h45", "Updated at 4:45 p.m. GMT",
])
def test_a_version_stamp_closing_a_paragraph_is_metadata(stamp):
    cleaned = clean_text(f"Titel der Meldung\n\n{LEAD} {stamp}\n\nZweiter Absatz mit mehr Text.")
    assert stamp.strip() not in cleaned.text and LEAD in cleaned.text
    assert ("stamp", stamp.strip()) in [(r.kind, r.text) for r in cleaned.removed]


def test_a_stamp_alone_on_its_line_is_metadata():
    cleaned = clean_text(f"Titel der Meldung\n\n{LEAD}\n\nAktualisiert: 16:45 Uhr\n\nZweiter Absatz mit mehr Text.")
    assert "16:45" not in cleaned.text


def test_a_sentence_about_a_time_stays_text():
    text = f"{LEAD} Die Sitzung begann um 14:20 Uhr."
    assert clean_text(text).text == text
