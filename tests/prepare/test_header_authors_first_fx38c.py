"""final38 §3: a header under the headline that opens with its authors' names, with no marker ("Anna Kowalczyk
oraz Piotr Zieliński, Gazeta Nadwiślańska, 14 listopada 2026", "Ayşe Yılmaz ve Mehmet Demir | Anadolu Haber |
14.11.2026", "Anna Kowalczyk, Gazeta Nadwiślańska, 14 listopada 2026") was not read: outlet, date, authors and
the title were None and the line stayed in the text. People there open with a given name of the text layer's
lists and are joined by any language's "and" (people_and); a place before the outlet stays a dateline's. The
texts are written for these tests."""

from __future__ import annotations

import pytest

from storylens.prepare.clean import clean_text

_BODY = {
    "pl": "Sejm przyjął w piątek ustawę o ochronie ludności. Za głosowało 412 posłów.",
    "tr": "Meclis cuma günü sivil savunma yasasını kabul etti. Yasa 412 oyla kabul edildi.",
    "en": "The river rose on Monday. More rain is due on Tuesday.",
    "de": "Der Fluss stieg am Montag. Am Dienstag soll es weiter regnen.",
    "fr": "La rivière a monté lundi. Il doit encore pleuvoir mardi.",
    "es": "El río creció el lunes. Se esperan más lluvias el martes.",
}


@pytest.mark.parametrize(("lang", "header", "outlet", "authors"), [
    ("pl", "Anna Kowalczyk oraz Piotr Zieliński, Gazeta Nadwiślańska, 14 listopada 2026", "Gazeta Nadwiślańska",
     ("Anna Kowalczyk", "Piotr Zieliński")),
    ("tr", "Ayşe Yılmaz ve Mehmet Demir | Anadolu Haber | 14.11.2026", "Anadolu Haber", ("Ayşe Yılmaz", "Mehmet Demir")),
    ("pl", "Anna Kowalczyk, Gazeta Nadwiślańska, 14 listopada 2026", "Gazeta Nadwiślańska", ("Anna Kowalczyk",)),
    ("en", "Jane Tan and Tom Reed | Northern Post | 14.11.2026", "Northern Post", ("Jane Tan", "Tom Reed")),
    ("de", "Anna Becker und Jonas Hoffmann – Rheinischer Kurier – 14.11.2026", "Rheinischer Kurier",
     ("Anna Becker", "Jonas Hoffmann")),
    ("fr", "Claire Dubois et Julien Martin, Le Courrier Alpin, 14 novembre 2026", "Le Courrier Alpin",
     ("Claire Dubois", "Julien Martin")),
    ("es", "Lucía Ferrán y Pablo Ruiz, Diario del Valle, 14 de noviembre de 2026", "Diario del Valle",
     ("Lucía Ferrán", "Pablo Ruiz")),
], ids=["pl oraz", "tr ve bars", "pl one author", "en and bars", "de und dashes", "fr et", "es y"])
def test_authors_first_header_under_the_headline_is_read(lang, header, outlet, authors):
    c = clean_text(f"Headline of the report here\n{header}\n\n{_BODY[lang]}")
    assert (c.title, c.outlet, c.published, tuple(c.authors)) == ("Headline of the report here", outlet, "2026-11-14",
                                                                  authors)
    assert header not in c.text and _BODY[lang] in c.text


@pytest.mark.parametrize("header", [
    "New York, Northern Post, 14 November 2026",  # a place first: a dateline's, not a person
    "Santa Clara, Northern Post, 14 November 2026",
    "Kraków, Gazeta Krakowska, 14 listopada 2026",
])
def test_a_place_before_the_outlet_is_no_author(header):
    c = clean_text(f"Headline of the report here\n{header}\n\n{_BODY['en']}")
    assert not c.authors
