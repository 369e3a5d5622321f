"""dateline77 (issue #12, robust input): the plainest wire dateline, CITY, WIRE, DATE ("Berlin, dpa, 12. März 2026",
"Roma, ANSA, 12 marzo 2026"), was left unread (the title the line, no date, no outlet: the wire failed the place's
checks), or read with the wire glued to the place ("Paris, AFP", "Zürich Kloten, SDA") and no outlet. A listed city,
a listed city's venue, or a listed city and one more word before a known wire is the place, the wire the outlet, over
the headline or under it. Reporters ("Sarah Miller, Reuters", "Jack London, AP") stay reporters. The texts are written
for these tests."""

from __future__ import annotations

import pytest

from storylens.prepare.clean import clean_text

from .test_unmarked_byline_newuser72 import _BODY, _HEAD  # the same headline and body under each line

_HEADS = {**_HEAD, "nl": "Vier doden bij explosie in chemische fabriek", "sv": "Fyra döda i explosion på kemisk fabrik"}
_BODIES = {**_BODY, "nl": "Bij een explosie in een chemische fabriek zijn donderdag vier arbeiders omgekomen.",
           "sv": "En explosion i en kemisk fabrik dödade fyra arbetare på torsdagen, uppger räddningstjänsten."}
_DATE = {"en": "March 12, 2026", "de": "12. März 2026", "fr": "12 mars 2026", "it": "12 marzo 2026",
         "es": "12 de marzo de 2026", "pl": "12 marca 2026", "nl": "12 maart 2026", "sv": "12 mars 2026"}


def _read(lang: str, place: str, wire: str) -> list:
    """The line over the headline (the page's first line) and under it (its second)."""
    line = f"{place}, {wire}, {_DATE[lang]}"
    return [clean_text(t) for t in (f"{line}\n\n{_HEADS[lang]}\n\n{_BODIES[lang]}",
                                    f"{_HEADS[lang]}\n{line}\n\n{_BODIES[lang]}")]


@pytest.mark.parametrize(("lang", "place", "wire"), [
    # a listed city alone (unread on main: the title was the line)
    ("de", "Berlin", "dpa"), ("de", "Hamburg", "dpa"), ("it", "Roma", "ANSA"), ("de", "München", "Reuters"),
    # a listed city alone (the place was "X, WIRE" on main, no outlet)
    ("fr", "Paris", "AFP"), ("fr", "Lyon", "AFP"), ("es", "Madrid", "EFE"), ("es", "Sevilla", "EFE"),
    ("pl", "Warszawa", "PAP"), ("pl", "Kraków", "PAP"), ("nl", "Amsterdam", "ANP"), ("nl", "Rotterdam", "ANP"),
    ("en", "Berlin", "AP"), ("it", "Milano", "ANSA"), ("fr", "Bruxelles", "Belga"),
    # a listed city and one more word, or a listed city's venue (data/eponyms.json city_sites)
    ("de", "Zürich Kloten", "SDA"), ("en", "London Victoria", "Reuters"), ("en", "New York LaGuardia", "AP"),
    ("de", "Frankfurt Hahn", "dpa"), ("en", "London Heathrow", "AP"), ("de", "Hamburg Altona", "dpa"),
])
def test_city_wire_date_is_a_dateline(lang: str, place: str, wire: str) -> None:
    for cleaned in _read(lang, place, wire):
        assert (list(cleaned.authors), cleaned.place, cleaned.outlet, cleaned.published, cleaned.title) == (
            [], place, wire, "2026-03-12", _HEADS[lang]), place
        assert f"{place}, {wire}" not in cleaned.text  # the line is gone from the body


@pytest.mark.parametrize(("lang", "name", "wire"), [
    ("en", "Sarah Miller", "Reuters"), ("en", "Jack London", "AP"), ("en", "Paris Hilton", "AP"),
    ("en", "Jordan Paris", "AP"), ("de", "Anna Berlin", "dpa"), ("it", "Lorenzo Roma", "ANSA"),
    ("fr", "Pierre Lyon", "AFP"), ("es", "María Madrid", "EFE"),
])
def test_a_reporter_before_the_wire_stays_a_reporter(lang: str, name: str, wire: str) -> None:
    for cleaned in _read(lang, name, wire):
        assert (list(cleaned.authors), cleaned.place, cleaned.outlet, cleaned.published) == (
            [name], None, wire, "2026-03-12"), name


def test_a_region_after_the_city_is_no_wire() -> None:
    """"Paris, Texas": the second part is no wire, so the city and the region are not split into place and outlet."""
    for cleaned in _read("en", "Paris", "Texas"):
        assert cleaned.place != "Paris" and cleaned.outlet is None
