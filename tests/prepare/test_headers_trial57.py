"""Trial57 F4, F8, F9, F10, F19: a header line "OUTLET, DATE[, AUTHOR]" under the headline in Arabic (Levantine
month names, the agency's short form in brackets), Greek, Hebrew, Turkish and French ("… avec AFP") was not read:
the outlet and date were lost, or the outlet became the dateline's place, and the line was a claim and a timeline
row. Other inputs of the same kinds than the trial's."""

from __future__ import annotations

import pytest

from storylens.ingest.dates import written_date
from storylens.prepare.clean import clean_text

BODY = "The first sentence of the report says what happened in the town on that day.\n\nA second one follows it."


def _read(header: str) -> tuple[str | None, str | None, tuple[str, ...]]:
    cleaned = clean_text(f"A headline about the event\n\n{header}\n\n{BODY}")
    assert header not in cleaned.text
    return cleaned.outlet, cleaned.published, cleaned.authors


@pytest.mark.parametrize(("header", "outlet", "day", "authors"), [
    # Levantine / Iraqi month names (babel's ar_SY, ar_IQ forms), one word and two
    ("صحيفة النهار، 3 آذار 2026", "صحيفة النهار", "2026-03-03", ()),
    ("وكالة الأنباء العراقية (واع)، 9 كانون الأول 2025", "وكالة الأنباء العراقية (واع)", "2025-12-09", ()),
    ("وكالة الأنباء السورية، 21 حزيران 2024", "وكالة الأنباء السورية", "2024-06-21", ()),
    # Greek genitive months, Hebrew months with their prefix: languages outside DATE_LANGUAGES
    ("Η Καθημερινή, 5 Μαρτίου 2026, Νίκος Παπαδόπουλος", "Η Καθημερινή", "2026-03-05", ("Νίκος Παπαδόπουλος",)),
    ("ynet, 2 במרץ 2026", "ynet", "2026-03-02", ()),
    ("מעריב, 2 במרץ 2026, דנה לוי", "מעריב", "2026-03-02", ("דנה לוי",)),
    # an outlet credited with a wire agency (the agency is a contributor, no part of the outlet's name: hdr68);
    # a Turkish outlet word with its compound suffix
    ("Il Giornale con ANSA, 4 marzo 2026", "Il Giornale", "2026-03-04", ()),
    ("Ouest-France avec AFP, 4 mars 2026", "Ouest-France", "2026-03-04", ()),
    ("Ege Postası, 4 Mart 2026", "Ege Postası", "2026-03-04", ()),
    ("Agence France-Presse (AFP), 4 March 2026", "Agence France-Presse (AFP)", "2026-03-04", ()),
])
def test_outlet_date_header_under_headline(header: str, outlet: str, day: str, authors: tuple[str, ...]) -> None:
    assert _read(header) == (outlet, day, authors)


@pytest.mark.parametrize(("written", "day"), [
    ("23 تموز 2025", "2025-07-23"),
    ("14 تشرين الثاني 2025", "2025-11-14"),
    ("1 كانون الثاني 2026", "2026-01-01"),
    ("26 تشرين الثاني/نوفمبر 2026", "2026-11-26"),
    ("13 de octubre de 2026", "2026-10-13"),
])
def test_written_date_reads_month_names_dateparser_lacks(written: str, day: str) -> None:
    assert written_date(written) == day


@pytest.mark.parametrize("written", ["14 تشرين الثاني", "3 people 2025", "12 killed since 2025", "2025"])
def test_written_date_needs_day_month_and_year(written: str) -> None:
    assert written_date(written) is None  # never a date filled from the clock


def test_a_place_and_a_date_stay_a_dateline() -> None:
    cleaned = clean_text(f"A headline about the event\n\nBerlin, 14. März 2026 - {BODY}")
    assert cleaned.outlet is None and cleaned.place == "Berlin"


def test_a_headline_with_a_count_and_a_year_is_no_header() -> None:
    from storylens.prepare.clean import is_header_line

    assert not is_header_line("12 killed in fire since 2025")
    assert is_header_line("وكالة الأنباء الأردنية (بترا)، 14 تشرين الثاني 2025")


def test_the_author_credited_again_at_the_end_is_no_contributor() -> None:
    text = ("Wildfire forces evacuations\n\nJuly 23, 2025 By Michele Kambas, Reuters\n\n"
            "NICOSIA, July 23 (Reuters) - A wildfire forced the evacuation of five villages on Wednesday.\n\n"
            "(Reporting by Michele Kambas and Yannis Souliotis; Editing by Alex Richardson)")
    cleaned = clean_text(text)
    assert cleaned.authors == ("Michele Kambas",)
    assert cleaned.contributors == ("Yannis Souliotis",)


@pytest.mark.parametrize(("line", "place", "outlet"), [
    ("Berlin (dpa), 23. Juli 2025 - Die Hitze hält an, sagte der Wetterdienst am Mittwoch.", "Berlin", "dpa"),
    ("Madrid (EFE), 23 de julio de 2025 - El calor continúa, dijo la agencia meteorológica.", "Madrid", "EFE"),
])
def test_a_place_before_a_wire_in_brackets_stays_the_dateline(line: str, place: str, outlet: str) -> None:
    # trial58 R2: the short form in brackets made "Berlin (dpa)" an outlet's name, and the place was lost
    cleaned = clean_text(f"A headline about the heat\n\n{line}")
    assert (cleaned.place, cleaned.outlet) == (place, outlet)
