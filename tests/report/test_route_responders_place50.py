"""Responders going to a city go to the event's place, not a route's end or where someone was taken (break48 F13,
try48 F7): "Firefighters rushed to Ostrava" names Ostrava as the fire's place (text data route_not_before), and
"rushed"/"flown" to a city are a destination only in the passive ("were rushed to Ostrava"); "taken by
helicopter to a hospital in Brno" is a destination still."""

from __future__ import annotations

import pytest

from storylens.report.pipeline import _route_end
from storylens.text import destination_spans


@pytest.mark.parametrize(("lang", "text", "name", "end"), [
    ("en", "Firefighters from three regions rushed to Ostrava on Monday.", "Ostrava", False),
    ("en", "Rescue teams were dispatched to Ostrava after the blast.", "Ostrava", False),
    ("de", "Feuerwehrleute aus drei Regionen eilten nach Ostrava.", "Ostrava", False),
    ("pl", "Strażacy z trzech województw ruszyli do Ostrawy.", "Ostrawy", False),
    ("cs", "Hasiči ze tří krajů vyjeli do Ostravy.", "Ostravy", False),
    ("nl", "Brandweerlieden uit drie regio's snelden naar Ostrava.", "Ostrava", False),
    ("en", "Four workers were rushed to Ostrava for treatment.", "Ostrava", True),
    ("en", "The injured were taken by helicopter to a hospital in Brno.", "Brno", True),
    ("en", "The flight to Madrid was cancelled.", "Madrid", True),
    ("de", "Der Zug nach Ostrava entgleiste.", "Ostrava", True),
    ("cs", "Vlak do Ostravy vykolejil.", "Ostravy", True),
])
def test_a_city_responders_go_to_is_no_route_end(lang, text, name, end):
    start = text.index(name)
    assert _route_end(text, start, start + len(name), lang) is end


def test_rushed_to_a_city_is_a_destination_only_in_the_passive():
    assert destination_spans("Firefighters rushed to Ostrava on Monday.", "en") == []
    assert destination_spans("Four workers were rushed to Ostrava.", "en") == [(28, 35)]
    assert destination_spans("Two were airlifted by air ambulance to Brno.", "en") == [(39, 43)]
