"""speakers75 (stop 74's byline testers): an unmarked byline "Name, Wire, date" whose person carries a listed city's
name lost its author and its date. "Jack London, AP, …", "Paul London | AP | …", "Miguel Pereira, Lusa, …": a listed
city after a listed given name is a family name (the line was unread: the title and a claim, no date, no outlet);
"Paris Hilton, AP, …": a first name that is a listed city but no listed given name, then a word no dictionary holds,
is a person (the line was the place "Paris Hilton, AP"). A place stays a place: the city alone ("Paris, AP, …"), a
city whole ("Santa Clara", "Milton Keynes"), a firm after a city ("Rio Tinto": a common word second), a paper or an
outlet ("Washington Post"). The texts are written for these tests."""

from __future__ import annotations

import pytest

from storylens.prepare.clean import clean_text

_HEAD = {"en": "Four killed in chemical plant blast", "pt": "Quatro mortos em explosão numa fábrica química",
         "es": "Cuatro muertos en una planta química"}
_BODY = {"en": "An explosion at a chemical plant killed four workers on Thursday, the fire service said.",
         "pt": "Uma explosão numa fábrica química matou quatro trabalhadores na quinta-feira.",
         "es": "Una explosión en una planta química mató a cuatro trabajadores el jueves."}


def _texts(lang: str, line: str) -> list[str]:
    """The line over the headline (the page's first line) and under it (its second)."""
    return [f"{line}\n\n{_HEAD[lang]}\n\n{_BODY[lang]}", f"{_HEAD[lang]}\n{line}\n\n{_BODY[lang]}"]


@pytest.mark.parametrize(("lang", "line", "author", "outlet"), [
    ("en", "Jack London, AP, March 12, 2026", "Jack London", "AP"),
    ("en", "Paul London | AP | March 12, 2026", "Paul London", "AP"),
    ("en", "Mary Jackson, AP, March 12, 2026", "Mary Jackson", "AP"),
    ("pt", "Miguel Pereira, Agência Brasil, 12 de março de 2026", "Miguel Pereira", "Agência Brasil"),
    ("pt", "Ana Lima, Agência Brasil, 12 de março de 2026", "Ana Lima", "Agência Brasil"),
    ("es", "Sofía Medina, EFE, 12 de marzo de 2026", "Sofía Medina", "EFE"),
    ("en", "Paris Hilton, AP, March 12, 2026", "Paris Hilton", "AP"),
    ("en", "Sydney Sweeney, AP, March 12, 2026", "Sydney Sweeney", "AP"),
])
def test_a_person_named_with_a_listed_city_is_the_reporter(lang, line, author, outlet):
    for text in _texts(lang, line):
        c = clean_text(text)
        assert (c.title, c.authors, c.outlet, c.published, c.place) == (_HEAD[lang], (author,), outlet, "2026-03-12",
                                                                         None), text


@pytest.mark.parametrize(("lang", "line"), [
    ("en", "Paris, AP, March 12, 2026"), ("en", "New York, AP, March 12, 2026"),
    ("en", "Santa Clara, AP, March 12, 2026"), ("en", "Milton Keynes, AP, March 12, 2026"),
    ("en", "Rio Tinto, Reuters, 12 March 2026"), ("en", "Manchester United, AP, March 12, 2026"),
    ("en", "Paris Texas, AP, March 12, 2026"), ("en", "East London, AP, March 12, 2026"),
    ("en", "PARIS HILTON, AP, March 12, 2026"), ("en", "Washington Post, AP, March 12, 2026"),
    ("pt", "João Pessoa, Agência Brasil, 12 de março de 2026"),
])
def test_places_firms_and_papers_stay_no_reporter(lang, line):
    for text in _texts(lang, line):
        c = clean_text(text)
        assert c.authors == () and c.published == "2026-03-12" and c.title == _HEAD[lang], text
