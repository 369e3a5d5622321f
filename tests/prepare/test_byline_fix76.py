"""speakers76fix (the speakers75 tester's finding 3): an unmarked byline "City Word, Wire, date" was read as a
reporter for any second word no dictionary held ("London Gatwick, AP, …", "Paris Orly", "Seattle Seahawks"); the
second word must now be a listed family name (text/data/family_names.json) for a person: "Paris Hilton", "Lyon
Dupuis". The texts are written for these tests."""

from __future__ import annotations

import pytest

from storylens.prepare.clean import clean_text
from storylens.text import family_name

_HEAD = {"en": "Four killed in chemical plant blast", "fr": "Quatre morts dans l'explosion d'une usine chimique",
         "it": "Quattro morti in un impianto chimico"}
_BODY = {"en": "An explosion at a chemical plant killed four workers on Thursday, the fire service said.",
         "fr": "Une explosion dans une usine chimique a tué quatre ouvriers jeudi, selon les pompiers.",
         "it": "Un'esplosione in un impianto chimico ha ucciso quattro operai giovedì."}
_DATE = {"en": "March 12, 2026", "fr": "12 mars 2026", "it": "12 marzo 2026"}
_WIRE = {"en": "AP", "fr": "AFP", "it": "ANSA"}


def _read(lang: str, name: str) -> list:
    line = f"{name}, {_WIRE[lang]}, {_DATE[lang]}"
    texts = [f"{line}\n\n{_HEAD[lang]}\n\n{_BODY[lang]}", f"{_HEAD[lang]}\n{line}\n\n{_BODY[lang]}"]
    return [clean_text(t) for t in texts]


@pytest.mark.parametrize(("lang", "name"), [
    ("en", "London Gatwick"), ("en", "London Heathrow"), ("fr", "Paris Orly"), ("fr", "Paris Saclay"),
    ("en", "Tokyo Narita"), ("en", "Seattle Seahawks"), ("it", "Milano Linate"), ("it", "Roma Fiumicino"),
])
def test_city_and_its_airport_or_team_is_no_reporter(lang: str, name: str) -> None:
    for cleaned in _read(lang, name):
        assert list(cleaned.authors) == []


@pytest.mark.parametrize(("lang", "name"), [("en", "Paris Hilton"), ("fr", "Paris Hilton"), ("fr", "Lyon Dupuis")])
def test_city_then_listed_family_name_is_the_reporter(lang: str, name: str) -> None:
    for cleaned in _read(lang, name):
        assert list(cleaned.authors) == [name]
        assert cleaned.outlet == _WIRE[lang]
        assert cleaned.published == "2026-03-12"


def test_family_names_listed() -> None:
    assert family_name("Hilton") and family_name("Dupuis")
    assert not family_name("Gatwick") and not family_name("Heathrow")


@pytest.mark.parametrize("line", ["Chicago O'Hare, AP, March 12, 2026", "Toronto Pearson, AP, March 12, 2026",
                                  "Dublin Connolly, AP, March 12, 2026", "Boston Logan, AP, March 12, 2026"])
def test_a_citys_airport_by_a_persons_surname_is_no_reporter(line):
    """speakers75 re-tester MEDIUM: the second word a listed family name made the airport the reporter (main read a
    place); data/eponyms.json "city_airports" names them."""
    c = clean_text(f"{line}\n\nFour killed in chemical plant blast\n\n"
                   "An explosion at a chemical plant killed four workers on Thursday, the fire service said.")
    assert c.authors == () and c.published == "2026-03-12", c
