"""Trial52 F26, F20, F4: what a wire writes above its text is metadata, read in every form it takes.

F26: dpa's "Innsbruck (dpa) - 26. November 2026, 08:10 Uhr -" left its date and time in the lead (published "-",
a "time: 08:10 Uhr vs 11:45 Uhr" conflict between two versions). F20: AP's byline "By MARIA GARCIA Associated
Press" was the outlet "MARIA GARCIA Associated Press" with no author. F4: Hungarian "MTI, 2026. november 26." (year
first) was a claim and the timeline's only event.
"""

from __future__ import annotations

import pytest

from storylens.prepare.clean import clean_text, parse_byline

HEAD = "Title of the report\n\n"
TAIL = "\n\nA second paragraph follows here."


@pytest.mark.parametrize(("line", "outlet", "published", "time", "lead"), [
    ("Innsbruck (dpa) - 26. November 2026, 08:10 Uhr - Bei einem Busunglück starben zwei Menschen.",
     "dpa", "2026-11-26", "08:10", "Bei einem"),
    ("Wien (APA) - 26. November 2026, 14.30 Uhr - Der Nationalrat hat beschlossen.", "APA", "2026-11-26", "14:30", "Der"),
    ("MOSKAU, 26. November 2026, 08:10 Uhr (dpa) - Ein Flugzeug ist abgestürzt.", "dpa", "2026-11-26", "08:10", "Ein"),
    ("Warszawa, 26.11.2026, 08:10 (PAP) - Autobus wpadł do rowu.", "PAP", "2026-11-26", "08:10", "Autobus"),
    ("MADRID, 26 nov 2026, 12:40 (EFE).- Un incendio obligó a evacuar.", "EFE", "2026-11-26", "12:40", "Un incendio"),
    ("WASHINGTON, Nov. 26, 2026, 4:45 p.m. (AP) — Heavy rain flooded streets.", "AP", "2026-11-26", "16:45", "Heavy"),
    ("ANKARA, Turkey, Nov 26, 2026, 9:05 a.m. GMT (Reuters) - A quake struck.", "Reuters", "2026-11-26", "09:05", "A quake"),
    ("МОСКВА, 26 ноября 2026, 08:10 /ТАСС/. Самолет совершил посадку.", "ТАСС", "2026-11-26", "08:10", "Самолет"),
    ("Istanbul (AA) - 26 Kasım 2026, 10:20 - Deprem oldu.", "AA", "2026-11-26", "10:20", "Deprem"),
    # no time: as before
    ("Paris, 26 nov 2026 (AFP) - Au moins onze mineurs ont été tués.", "AFP", "2026-11-26", None, "Au moins"),
])
def test_a_datelines_filing_time_is_read_with_its_date(line, outlet, published, time, lead):
    cleaned = clean_text(HEAD + line + TAIL)
    assert (cleaned.outlet, cleaned.published, cleaned.dateline_time) == (outlet, published, time)
    assert cleaned.text.split("\n\n")[1].startswith(lead)


@pytest.mark.parametrize(("line", "lead"), [
    ("BERLIN (dpa) - 26 Menschen sind bei einem Unfall verletzt worden.", "26 Menschen"),  # a count, no date
    ("BERLIN (dpa) - 26. November 2026 wurde ein Gesetz beschlossen.", "26. November 2026 wurde"),  # a sentence's date
])
def test_a_figure_after_the_agency_stays_in_the_lead(line, lead):
    cleaned = clean_text(HEAD + line + TAIL)
    assert cleaned.outlet == "dpa" and cleaned.dateline_time is None
    assert cleaned.text.split("\n\n")[1].startswith(lead)


def test_a_price_after_a_place_and_date_is_no_time():
    line = "Berlin, 14. März 2024, 12.50 Euro kostet das Ticket."
    cleaned = clean_text(HEAD + line + TAIL)
    assert cleaned.dateline_time is None and line in cleaned.text


@pytest.mark.parametrize(("byline", "authors", "outlet"), [
    ("MARIA GARCIA Associated Press", ["Maria Garcia"], "Associated Press"),  # trial52 F20: AP's own form
    ("JOHN DOE and JANE ROE Associated Press", ["John Doe", "Jane Roe"], "Associated Press"),
    ("Jane Holloway AP", ["Jane Holloway"], "AP"),
    ("MARIA GARCIA, Associated Press", ["Maria Garcia"], "Associated Press"),
    ("Maria Garcia, Reuters", ["Maria Garcia"], "Reuters"),
    ("Jan Müller, dpa", ["Jan Müller"], "dpa"),
    ("Jean Dupont (AFP)", ["Jean Dupont"], "AFP"),
    ("Ana Pérez (EFE)", ["Ana Pérez"], "EFE"),
    ("Maria Garcia of The Associated Press", ["Maria Garcia"], "The Associated Press"),
    ("The Associated Press", [], "The Associated Press"),  # an outlet alone: no author
    ("MARIA GARCIA Reuters", ["Maria Garcia"], "Reuters"),
    ("Jane Hill and Tom Beck", ["Jane Hill", "Tom Beck"], None),  # "Hill" is "The Hill", but here a surname
    ("Anna Jane Hill", ["Anna Jane Hill"], None),
])
def test_a_byline_names_its_authors_and_its_outlet(byline, authors, outlet):
    assert parse_byline(byline) == (authors, outlet)


@pytest.mark.parametrize(("line", "authors", "outlet"), [
    ("By MARIA GARCIA Associated Press", ("Maria Garcia",), "Associated Press"),
    ("By Maria Garcia, Reuters", ("Maria Garcia",), "Reuters"),
    ("Von Jan Müller, dpa", ("Jan Müller",), "dpa"),
    ("Par Jean Dupont (AFP)", ("Jean Dupont",), "AFP"),
    ("Por Ana Pérez, EFE", ("Ana Pérez",), "EFE"),
])
def test_a_byline_under_the_headline_over_a_wire_dateline(line, authors, outlet):
    text = ("Storm floods Florida streets\n\n" + line + "\n\nWASHINGTON, Nov 26, 2026 (AP) — Heavy rain flooded "
            "streets on Thursday.\n\nTwo people were hurt.")
    cleaned = clean_text(text)
    assert (cleaned.authors, cleaned.outlet) == (authors, outlet)
    assert line not in cleaned.text


@pytest.mark.parametrize(("line", "outlet", "authors"), [
    ("MTI, 2026. november 26.", "MTI", ()),  # trial52 F4
    ("HVG, 2026. november 26., Kovács Péter", "HVG", ("Kovács Péter",)),
])
def test_a_year_first_header_line_is_the_outlet_and_date(line, outlet, authors):
    text = ("Árvíz a Tiszán: kitelepítették Szolnok egyes részeit\n\n" + line + "\n\nA Tisza vízszintje csütörtökön "
            "elérte a 980 centimétert Szolnoknál.")
    cleaned = clean_text(text)
    assert (cleaned.outlet, cleaned.published, cleaned.authors) == (outlet, "2026-11-26", authors)
    assert line not in cleaned.text


@pytest.mark.parametrize("note", [
    "(Adds death toll, quotes from police in paragraphs 3-4)",  # Reuters
    "(Recasts with new toll)",
    "(Updates with details)",
    "(Neu: Opferzahl gestiegen)",  # dpa
    "(Ampliación)",  # EFE
    "(aggiornamento)",  # ANSA
])
def test_a_wires_update_note_under_the_headline_is_no_text(note):
    text = ("Bus crash in Peru kills 12\n\n" + note + "\n\nLIMA, Nov 26 (Reuters) - At least 12 people were killed on "
            "Thursday when a bus plunged into a ravine.\n\nThe bus was travelling to Huancayo.")
    cleaned = clean_text(text)
    assert ("update_note", note) in [(r.kind, r.text) for r in cleaned.removed]
    assert note not in cleaned.text


@pytest.mark.parametrize("line", ["(Photo: Reuters)", "(Adds up to a record year for the airline, the chief said.) More"])
def test_other_bracketed_lines_are_no_update_note(line):
    cleaned = clean_text("Bus crash in Peru kills 12\n\n" + line + "\n\nAt least 12 people were killed on Thursday.")
    assert "update_note" not in [r.kind for r in cleaned.removed]
