"""Header lines as real sites print them (trial59 F11, F8): each gives its outlet, date and author, and none is text.

Six of the trial's 21 texts had no outlet and three no date: an outlet's header with the wire credited after it
("Aegean Times | 2 December 2026 | Associated Press", "… | By Helena Papas, Associated Press": two outlets, so none was
read, and the stream took one paper's wire copy for an update of the other's page), a brand opening in lower case
("iDeník Zprávy"), Arabic's and Turkish's markers with a colon ("كتب:", "Muhabir:"), NHK's name and hour, Yonhap's
"place=name 특파원", and an author's line between the outlet and the date ("Українська правда" / "Автор: …" / date).
"""

from __future__ import annotations

import pytest

from storylens.prepare.clean import clean_text

BODY = "\n\nThe first sentence of the report says what happened on Wednesday in the town.\n\nA second sentence follows."


@pytest.mark.parametrize(("header", "outlet", "published", "authors"), [
    ("The Island Herald | Dec. 2, 2026 | By Helena Papas, Associated Press", "The Island Herald", "2026-12-02",
     ["Helena Papas"]),
    ("Aegean Times | 2 December 2026 | Associated Press", "Aegean Times", "2026-12-02", []),
    ("Gazeta Morska | 2 grudnia 2026 | PAP", "Gazeta Morska", "2026-12-02", []),
    ("Diário do Minho | 2 de dezembro de 2026 | Lusa", "Diário do Minho", "2026-12-02", []),
    ("iDeník Zprávy | 30. listopadu 2026 | Autor: Jakub Novotný", "iDeník Zprávy", "2026-11-30", ["Jakub Novotný"]),
    ("الشرق الإخباري - 2 ديسمبر 2026 - كتب: سامر الحلبي", "الشرق الإخباري", "2026-12-02", ["سامر الحلبي"]),
    ("Haber Merkezi | 2 Aralık 2026 | Muhabir: Elif Karaca", "Haber Merkezi", "2026-12-02", ["Elif Karaca"]),
    ("NHKワールドニュース 2026年12月2日 22時10分", "NHKワールドニュース", "2026-12-02", []),
])
def test_a_header_line_gives_outlet_date_and_author(header, outlet, published, authors):
    cleaned = clean_text(f"The headline of the report\n{header}{BODY}")
    assert (cleaned.outlet, cleaned.published, list(cleaned.authors)) == (outlet, published, authors)
    assert header not in cleaned.text and "2026" not in cleaned.text


@pytest.mark.parametrize(("lines", "outlet", "published", "authors"), [
    (["Українська правда", "Автор: Андрій Коваленко", "1 грудня 2026"], "Українська правда", "2026-12-01",
     ["Андрій Коваленко"]),
    (["Público", "Por Ricardo Almeida", "2 de dezembro de 2026"], "Público", "2026-12-02", ["Ricardo Almeida"]),
    (["연합뉴스", "2026-12-02 21:35 베이징=김민수 특파원"], "연합뉴스", "2026-12-02", ["김민수"]),
])
def test_a_header_over_lines_with_the_author_between(lines, outlet, published, authors):
    cleaned = clean_text("The headline of the report\n" + "\n".join(lines) + BODY)
    assert (cleaned.outlet, cleaned.published, list(cleaned.authors)) == (outlet, published, authors)
    assert lines[0] not in cleaned.text


def test_a_person_beside_a_wire_credit_is_no_outlet():
    cleaned = clean_text("The headline of the report\nHelena Papas | 2 December 2026 | Associated Press" + BODY)
    assert cleaned.outlet != "Helena Papas"


def test_two_outlets_without_a_wire_are_still_no_header():
    """Only a listed wire agency after the outlet is a credit: two papers' names beside a date stay unread."""
    cleaned = clean_text("The headline of the report\nAegean Times | 2 December 2026 | Island Herald" + BODY)
    assert cleaned.outlet is None
