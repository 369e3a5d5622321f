"""Greek and Hebrew headers as the sites print them (trial59 F11 / trial60: the Hebrew header "ynet חדשות | 2 בדצמבר
2026 | מאת …" gave no outlet and no date, the Greek author kept its "Της" (by) marker)."""

from __future__ import annotations

import pytest

from storylens.prepare.clean import clean_text

BODY = "\n\nThe first sentence of the report says what happened on Wednesday in the town.\n\nA second sentence follows."


@pytest.mark.parametrize(("header", "outlet", "published", "authors"), [
    ("ynet חדשות | 2 בדצמבר 2026 | מאת נועה לוי", "ynet חדשות", "2026-12-02", ["נועה לוי"]),
    ("הארץ | 1 בדצמבר 2026 | מאת יוסי כהן", "הארץ", "2026-12-01", ["יוסי כהן"]),
])
def test_a_greek_or_hebrew_header_gives_outlet_date_and_author(header, outlet, published, authors):
    cleaned = clean_text(f"The headline of the report\n{header}{BODY}")
    assert (cleaned.outlet, cleaned.published, list(cleaned.authors)) == (outlet, published, authors)
    assert header not in cleaned.text


def test_a_greek_header_drops_its_by_marker():
    """"Του"/"Της" (by, in the genitive) is the marker, not part of the name (the name stays in the genitive)."""
    cleaned = clean_text(f"The headline of the report\nΗ Καθημερινή | 2 Δεκεμβρίου 2026 | Της Μαρίας Γεωργίου{BODY}")
    assert (cleaned.outlet, cleaned.published) == ("Η Καθημερινή", "2026-12-02")
    assert len(cleaned.authors) == 1 and cleaned.authors[0].endswith("Γεωργίου")
    assert not cleaned.authors[0].startswith(("Του ", "Της "))
