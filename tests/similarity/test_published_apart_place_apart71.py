"""Two events in one city months apart are two stories: a place below the country in common, with nothing but the
one-word name of who reports each event there ("rail operator Adif said"), no longer ties texts published
settings.published_apart_place_days or more apart (newuser71 HIGH-1: a commuter-train collision near Córdoba, 15
hurt, and a freight derailment there 136 days earlier, 3 hurt, "same story 0.86"). A follow-up naming the event's day,
a figure (a small count too), a full name, or published within the three months stays tied. Read through the
stream's verdict rules (:class:`storylens.similarity.VerdictRules`), which read the texts' figures late. The texts
are written for these tests (more in benchmarks/published_apart_pairs.py, the p71- pairs)."""

from __future__ import annotations

import pytest

from ._pairs import rules_apart

CRASH = ("Train collision near Cordoba injures 15\nFifteen people were injured on Tuesday when two commuter trains "
         "collided near Cordoba station, rail operator Adif said. More than 200 passengers were on board.")
DERAIL = ("Freight train derails near Cordoba, three hurt\nThree people were injured on Saturday when a freight train "
          "derailed near Cordoba station, rail operator Adif said. Rail traffic was halted for five hours.")
CHOQUE = ("Choque de trenes en Córdoba deja 15 heridos\nQuince personas resultaron heridas este martes en el choque de "
          "dos trenes de cercanías cerca de la estación de Córdoba, informó Adif.")
DESCARRILA = ("Descarrilamiento en Córdoba deja 3 heridos\nTres personas resultaron heridas este sábado al descarrilar "
              "un tren de mercancías cerca de la estación de Córdoba, informó Adif.")


@pytest.mark.parametrize(("a", "b"), [
    (("en", "2026-02-03", CRASH), ("en", "2025-09-20", DERAIL)),
    (("es", "2026-02-03", CHOQUE), ("es", "2025-09-20", DESCARRILA)),
    # the shared city opening a headline is the place again, no other tie
    (("en", "2026-02-18", "Fire at warehouse in Lyon\nA fire gutted a warehouse in Lyon on Wednesday, firefighters said."),
     ("en", "2026-07-14", ("Lyon restaurant gutted by blaze\nA blaze gutted a restaurant in Lyon on Tuesday night, "
      "firefighters said."))),
])
def test_one_city_months_apart_is_two_stories(a, b):
    why = rules_apart(a, b)
    assert "they share only a place" in why and "days apart" in why


@pytest.mark.parametrize(("a", "b"), [
    # its figure, a small count, months later
    (("en", "2025-09-20", DERAIL), ("en", "2026-09-24", ("A year on, Cordoba line still shut\nThe line near Cordoba "
     "station remains closed one year after the freight train derailment that hurt 3 people, Adif said."))),
    (("es", "2026-02-03", CHOQUE), ("es", "2026-10-20", ("Juicio por el choque de Córdoba\nComienza el juicio por el "
     "choque de trenes en Córdoba que dejó 15 heridos, informó Adif."))),
    # its day named
    (("en", "2026-02-03", CRASH), ("en", "2026-09-15", ("Cordoba crash inquiry ends\nThe inquiry into the February 3, "
     "2026 collision near Cordoba has ended, rail operator Adif said on Monday."))),
    # a full name in common
    (("en", "2026-01-08", ("Restaurant owner arrested after Lyon blaze\nPolice arrested restaurant owner Marc Delorme on "
      "Thursday after a blaze gutted his restaurant in Lyon, investigators said.")),
     ("en", "2026-06-16", ("Lyon restaurateur on trial\nMarc Delorme went on trial in Lyon on Tuesday accused of setting "
      "fire to his own restaurant to claim the insurance."))),
    # within three months the city still ties a follow-up
    (("en", "2026-01-08", ("Blaze guts Lyon restaurant\nA blaze gutted a restaurant in Lyon on Thursday night, "
      "firefighters said. No one was hurt.")),
     ("en", "2026-02-26", ("Lyon restaurant to reopen\nThe restaurant in Lyon gutted by fire will reopen in spring, its "
      "owners said on Thursday."))),
])
def test_one_event_named_months_later_stays_tied(a, b):
    assert "share only a place" not in rules_apart(a, b)
