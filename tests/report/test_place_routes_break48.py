"""A route word that places a name is no end of a route (break48 F7).

Stop 47 read a place after a route word ("from", "to", "von", "van", "da", "من") as an end of a route and gave it no
place line (try46 F8). The same words also say where an event happened: nearness ("close to Kharkiv", "in der Nähe von
Hamburg", "بالقرب من دمشق"), a distance or a bearing from a place ("20 km from Kharkiv", "südlich von München", "ten
zuiden van Amsterdam", "a 20 km da Milano"), German and Dutch "von"/"van" after a noun ("der Bürgermeister von Köln");
each was a route's end, and a place line between two reports of one fire in two cities was lost. Text data
``route_not_before`` lists them per language; the routes of try46 still give none (tests/report/test_place_routes_try46.py).
"""

from __future__ import annotations

import pytest

from storylens.report.pipeline import _route_end

from .test_place_routes_try46 import _places


@pytest.mark.parametrize(("language", "text", "name"), [
    ("en", "The explosion happened close to Kharkiv on Monday.", "Kharkiv"),
    ("en", "The blast hit a market 20 km from Kharkiv.", "Kharkiv"),
    ("en", "during his visit to Kyiv", "Kyiv"),
    ("de", "Das Unglück geschah in der Nähe von Hamburg.", "Hamburg"),
    ("de", "Der Brand brach südlich von München aus.", "München"),
    ("de", "Der Bürgermeister von Köln sagte, zwei Menschen starben.", "Köln"),
    ("nl", "Het ongeluk gebeurde ten zuiden van Amsterdam.", "Amsterdam"),
    ("it", "L'incidente è avvenuto a 20 km da Milano.", "Milano"),
    ("es", "El accidente ocurrió a 20 km desde Madrid.", "Madrid"),
    ("ar", "وقع الانفجار بالقرب من دمشق", "دمشق"),
])
def test_a_placing_route_word_is_no_route(language, text, name):
    start = text.index(name)
    assert _route_end(text, start, start + len(name), language) is False


@pytest.mark.parametrize(("language", "text", "name"), [
    ("en", "The flight from Frankfurt landed", "Frankfurt"),
    ("en", "a bus heading to Brno", "Brno"),
    ("de", "Der Zug von Hamburg nach Berlin", "Hamburg"),
    ("de", "Der Flug aus Frankfurt landete", "Frankfurt"),
    ("nl", "de trein van Utrecht naar Amsterdam", "Utrecht"),
    ("it", "Il volo proveniente da Francoforte", "Francoforte"),
])
def test_a_route_s_end_stays_one(language, text, name):
    start = text.index(name)
    assert _route_end(text, start, start + len(name), language) is True


@pytest.mark.parametrize(("a", "b", "found"), [
    (("en", ["A fire killed three people in a factory close to Hamburg on Monday."]),
     ("de", ["Ein Feuer tötete am Montag drei Menschen in einer Fabrik in der Nähe von Bremen."]), ("Hamburg", "Bremen")),
    (("en", ["A blast killed three people at a market 20 km from Kharkiv on Monday."]),
     ("de", ["Eine Explosion tötete am Montag drei Menschen auf einem Markt in Odessa."]), ("Kharkiv", "Odessa")),
    (("en", ["A fire killed three people in a factory in Hamburg on Monday."]),
     ("nl", ["Een brand doodde maandag drie mensen in een fabriek ten zuiden van Amsterdam."]), ("Hamburg", "Amsterdam")),
])
def test_the_event_s_places_near_a_city_still_differ(a, b, found):
    assert _places(a, b) == [("place", *found)]


@pytest.mark.parametrize(("a", "b"), [
    (("en", ["Two people were killed in a fire in a factory in Hamburg on Monday.",
             "In 2019, 12 people were killed in a fire at the same site."]),
     ("de", ["Zwei Menschen starben am Montag bei einem Brand in einer Fabrik in Bremen.",
             "2019 waren bei einem Brand an derselben Stelle 12 Menschen getötet worden."])),
    (("en", ["Two people were killed in a fire in a factory in Hamburg on Monday.",
             "Last year 12 people were killed in fires in the city."]),
     ("en", ["Two people were killed in a fire in a factory in Bremen on Monday.",
             "Last year 12 people were killed in fires in the city."])),
])
def test_a_higher_toll_after_the_event_is_no_whole_of_it(a, b):
    # break48 F8: a report's closing background toll made each side "a part of one toll"
    assert _places(a, b) == [("place", "Hamburg", "Bremen")]
