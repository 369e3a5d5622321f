"""review39 M1: a road's number written bare on one side and with its letters on the other is one road: "the A7
motorway" / "die Autobahn 7", "drogi krajowej nr 7" / "the DK7", "Interstate 95" / "the I-95". mend38b's codes
("A7" against "7") shared no code, so the two were different measures and "stays closed" against "was reopened"
no conflict. Two lettered codes still differ ("A7" / "B7"), and so do two bare numbers ("Route 66" / "Highway 1")."""

from __future__ import annotations

import pytest

from storylens.analysis.conflicts import same_measure_of


@pytest.mark.parametrize(("a", "b"), [
    (("The A7 motorway near Hamburg stays closed.", "en"), ("Die Autobahn 7 bei Hamburg wurde wieder freigegeben.", "de")),
    (("Droga krajowa nr 7 pozostaje zamknięta.", "pl"), ("The DK7 road was reopened on Monday.", "en")),
    (("Трасса М-11 остается закрытой.", "ru"), ("Die Autobahn 11 wurde wieder freigegeben.", "de")),
])
def test_a_bare_number_and_a_lettered_code_are_one_road(a, b):
    assert same_measure_of(*a, *b)
    assert same_measure_of(*b, *a)


@pytest.mark.parametrize(("a", "b"), [
    (("The A7 motorway stays closed.", "en"), ("The B7 road was reopened.", "en")),
    (("Route 66 stays closed.", "en"), ("Highway 1 was reopened.", "en")),
    (("Die Autobahn 7 bleibt gesperrt.", "de"), ("The B4 road was reopened.", "en")),
])
def test_other_numbers_stay_other_roads(a, b):
    assert not same_measure_of(*a, *b)


# review39 M2: the places of a measure are those of what the sentence states, not of who said it: "the shipping
# ministry in Athens said" / "a coast guard spokesman in Piraeus said" made the port two measures (Athens and
# Piraeus share nothing), and "remains closed" against "was reopened" of one port was shared.
_PORT = """Ferry strike paralyses Greek ports

Athens, 14 November 2026 - A 48-hour strike by ferry crews paralysed Greek ports on Monday.
Thousands of passengers were stranded at Piraeus, the country's largest port.
{}
"""


@pytest.fixture(scope="module")
def comparer(embedder):
    from storylens import Comparer

    return Comparer(embedder=embedder, similarity_model="fast")


def _status(comparer, tmp_path, a: str, b: str) -> str:
    paths = [tmp_path / "a.txt", tmp_path / "b.txt"]
    for path, line in zip(paths, (a, b)):
        path.write_text(_PORT.format(line), encoding="utf-8")
    claims = comparer.compare(paths).claims
    return next(c.status for c in claims if any(a in e.text for e in c.evidence))


def test_the_speakers_place_is_not_the_measures(comparer, tmp_path):
    assert _status(comparer, tmp_path, "The port remains closed, the shipping ministry in Athens said on Tuesday.",
                   "The port was reopened on Tuesday, a coast guard spokesman in Piraeus said.") == "conflicting"


def test_two_places_of_the_statement_are_still_two_measures(comparer, tmp_path):
    assert _status(comparer, tmp_path, "The port of Rafina remains closed, the shipping ministry said on Tuesday.",
                   "The port of Piraeus was reopened on Tuesday, the shipping ministry said.") != "conflicting"
