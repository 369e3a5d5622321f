"""Numeric dates written with a space after each dot (trial20 #10): "Hospodářské noviny, 26. 11. 2026, Petr
Novák" was not read; the line became three sentences ("…, 26." / "11." / "2026, Petr Novák"), three claims and
a timeline row, and the article was undated. Czech, Slovak, Polish and German write a day-first date so
("26. 11. 2026"); Korean writes it year first ("2026. 12. 9."). Any script's digits are a date's too."""

from __future__ import annotations

import pytest

from storylens.prepare.clean import clean_text, is_header_line

LEAD = "An avalanche buried a mountain hut near Puerto Calvén on Wednesday, killing 14 people, officials said."
HEADLINE = "Avalanche buries hut in Tarvia"

CASES = [
    ("cs", "Hospodářské noviny, 26. 11. 2026, Petr Novák", "2026-11-26", ("Petr Novák",), "Hospodářské noviny"),
    ("cs", "Horské noviny | 9. 12. 2026 | autor: Jan Novák", "2026-12-09", ("Jan Novák",), "Horské noviny"),
    ("sk", "Horské noviny, 3. 2. 2026, Ján Kováč", "2026-02-03", ("Ján Kováč",), "Horské noviny"),
    ("pl", "Gazeta Górska, 26. 11. 2026, autor: Jan Nowak", "2026-11-26", ("Jan Nowak",), "Gazeta Górska"),
    ("de", "von Karl Huber – Bergland-Zeitung – 10. 12. 2026", "2026-12-10", ("Karl Huber",), "Bergland-Zeitung"),
    ("de", "Bergland-Zeitung, 26. 11. 2026, von Karl Huber", "2026-11-26", ("Karl Huber",), "Bergland-Zeitung"),
    ("ko", "도서일보 김민수 기자 2026. 12. 9.", "2026-12-09", ("김민수",), "도서일보"),
    ("ko", "도서일보 2026. 12. 9 김민수 기자", "2026-12-09", ("김민수",), "도서일보"),
    ("ar", "بقلم أحمد محمد، العربية نت، ٢٦/١١/٢٠٢٦", "2026-11-26", ("أحمد محمد",), "العربية نت"),
]


@pytest.mark.parametrize(("lang", "header", "published", "authors", "outlet"), CASES)
def test_a_header_with_a_spaced_numeric_date_is_read(lang, header, published, authors, outlet):
    clean = clean_text(f"{HEADLINE}\n{header}\n\n{LEAD}\n\nThirty people were injured.\n")
    assert (clean.published, clean.authors, clean.outlet) == (published, authors, outlet)
    assert clean.title == HEADLINE
    assert header not in clean.text and [i.kind for i in clean.removed if i.text == header] == ["header"]


@pytest.mark.parametrize(("line", "published"), [
    ("26. 11. 2026", "2026-11-26"),
    ("3. 2. 2026", "2026-02-03"),
    ("2026. 12. 9.", "2026-12-09"),
])
def test_a_spaced_numeric_date_alone_under_the_headline_is_the_date(line, published):
    clean = clean_text(f"{HEADLINE}\n{line}\n\n{LEAD}\n")
    assert clean.published == published
    assert line not in clean.text


def test_an_unread_header_with_a_spaced_date_is_a_header_line():
    # the claim ledger never aligns such a line across documents
    assert is_header_line("Horské listy — 26. 11. 2026 — redakce")


@pytest.mark.parametrize("line", [
    "Banka zvýšila sazby 26. 11. 2026 o 1,5 procentního bodu.",  # a date in a sentence
    "Petr Novák, Jan Novák, 26. 11. 2026",  # two names, no outlet
])
def test_a_spaced_date_in_no_header_stays_text(line):
    clean = clean_text(f"{line}\n\n{LEAD}\n")
    assert line in clean.text
    assert not clean.authors
