"""Two occasions of one kind in two cities the same week are two stories (:func:`storylens.similarity._verdict._apart`,
the cities rule beside :func:`storylens.similarity._rules._occasion_figures`). break57b G5: Verdi's warning strikes at
Hamburg airport on Monday and at Duesseldorf airport on Thursday (140 and 180 flights cancelled) were "same story
0.59-0.75, published 3 days apart": the cities rule waited a week. A report days later from another city that names
the event, or tells figures of other kinds, stays with the model."""

from __future__ import annotations

import pytest

from storylens.similarity import VerdictRules

# (language a, date a, text a, language b, date b, text b, a's city, b's)
TWO_OCCASIONS = [
    ("en", "2026-11-23", ("Verdi strike grounds flights at Hamburg airport\nHAMBURG (Reuters) - A 24-hour warning strike "
                          "by the Verdi union grounded all departures at Hamburg airport on Monday, cancelling about 140 "
                          "flights and affecting 20,000 passengers, the airport said. Verdi is demanding 8% more pay for "
                          "ground staff."),
     "en", "2026-11-26", ("Verdi strike grounds flights at Duesseldorf airport\nDUESSELDORF (Reuters) - A 24-hour warning "
                          "strike by the Verdi union grounded all departures at Duesseldorf airport on Thursday, "
                          "cancelling about 180 flights and affecting 25,000 passengers, the airport said. Verdi is "
                          "demanding 8% more pay for ground staff."),
     "Hamburg", "Düsseldorf"),  # "Duesseldorf" read as the city (place59)
    ("en", "2026-11-23", ("Verdi strike grounds flights at Hamburg airport\nHAMBURG (Reuters) - A 24-hour warning strike "
                          "by the Verdi union grounded all departures at Hamburg airport on Monday, cancelling about 140 "
                          "flights and affecting 20,000 passengers, the airport said."),
     "de", "2026-11-26", ("Warnstreik legt Düsseldorfer Flughafen lahm\nDüsseldorf (AFP) - Wegen eines ganztägigen "
                          "Warnstreiks des Bodenpersonals sind am Düsseldorfer Flughafen am Donnerstag sämtliche Abflüge "
                          "gestrichen worden. Betroffen waren rund 25.000 Passagiere. Die Gewerkschaft Verdi verlangt "
                          "acht Prozent mehr Geld."),
     "Hamburg", "Düsseldorf"),
    ("de", "2026-11-23", ("Warnstreik legt Münchner Flughafen lahm\nMünchen (dpa) - Ein Warnstreik der Gewerkschaft Verdi "
                          "hat am Montag den Flughafen München lahmgelegt. Rund 600 Flüge fielen aus, 70.000 Passagiere "
                          "waren betroffen."),
     "de", "2026-11-26", ("Warnstreik legt Stuttgarter Flughafen lahm\nStuttgart (dpa) - Ein Warnstreik der Gewerkschaft "
                          "Verdi hat am Donnerstag den Flughafen Stuttgart lahmgelegt. Rund 200 Flüge fielen aus, 25.000 "
                          "Passagiere waren betroffen."),
     "Munich", "Stuttgart"),
    ("fr", "2026-11-23", ("Grève à l'aéroport de Lyon\nLYON (AFP) - Une grève du personnel au sol a entraîné lundi "
                          "l'annulation de 120 vols à l'aéroport de Lyon, exploité par Vinci Airports, selon la direction."),
     "fr", "2026-11-26", ("Grève à l'aéroport de Marseille\nMARSEILLE (AFP) - Une grève du personnel au sol a entraîné "
                          "jeudi l'annulation de 90 vols à l'aéroport de Marseille, a indiqué son exploitant, Vinci Airports."),
     "Lyon", "Marseille"),
    ("en", "2026-11-23", ("Bus crash near Cusco\nLIMA (Reuters) - A Cruz del Sur bus carrying 40 passengers plunged "
                          "into a ravine near Cusco on Monday, police said."),
     "en", "2026-11-26", ("Bus crash near Arequipa\nLIMA (Reuters) - A Cruz del Sur bus carrying 25 passengers plunged "
                          "into a ravine near Arequipa on Thursday, police said."),
     "Cusco", "Arequipa"),
]


@pytest.mark.parametrize(("la", "da", "a", "lb", "db", "b", "city_a", "city_b"), TWO_OCCASIONS)
def test_two_occasions_in_two_cities_the_same_week_are_held_apart(la, da, a, lb, db, b, city_a, city_b):
    rules = VerdictRules()
    rules.add("a", a, la, da)
    rules.add("b", b, lb, db)
    apart = rules.apart("a", "b") or ""
    assert "different cities in the openings" in apart and "other figures" in apart
    assert city_a in apart and city_b in apart


# (language, date a, text a, date b, text b): one event and a report from another city days later
ONE_EVENT = [
    # figures of other kinds: the relatives flown in, not another crash's toll
    ("en", "2015-03-24", ("Germanwings plane crashes in French Alps\nDIGNE-LES-BAINS, France (Reuters) - A Germanwings "
                          "Airbus A320 crashed in the French Alps near Digne-les-Bains on Tuesday, killing all 150 "
                          "people on board, French officials said."),
     "2015-03-26", ("Lufthansa chief visits Seyne\nSEYNE-LES-ALPES, France (AP) - Lufthansa's chief executive visited "
                    "Seyne on Thursday, where 300 rescuers were searching for the remains of the 150 people killed in "
                    "the crash.")),
    # the later report names the event's day and place
    ("de", "2026-11-23", ("Warnstreik am Hamburger Flughafen\nHamburg (dpa) - Ein Warnstreik der Gewerkschaft Verdi hat "
                          "am Montag den Flughafen Hamburg lahmgelegt. Rund 140 Abflüge fielen aus, 20.000 Passagiere "
                          "waren betroffen."),
     "2026-11-25", ("Nach dem Streik: Bremen zieht Bilanz\nBremen (dpa) - Zwei Tage nach dem Warnstreik am Hamburger "
                    "Flughafen hat am Mittwoch auch der Flughafen Bremen seine Bilanz gezogen: 12 Flüge nach Hamburg "
                    "waren am Montag ausgefallen, 1.500 Passagiere betroffen.")),
    # one fire spreading: the later opening dates its start again, and the evacuated rise
    ("en", "2026-11-23", ("Wildfire forces evacuations near Athens\nATHENS (Reuters) - A wildfire burning near Athens "
                          "forced 2,000 people from their homes on Monday, the fire service said."),
     "2026-11-25", ("Wildfire spreads towards Marathon\nMARATHON, Greece (Reuters) - The wildfire that broke out near "
                    "Athens on Monday spread towards Marathon on Wednesday, forcing 5,000 people from their homes, the "
                    "fire service said.")),
]


@pytest.mark.parametrize(("lang", "da", "a", "db", "b"), ONE_EVENT)
def test_one_event_told_from_another_city_days_later_is_not_held_apart_by_the_rule(lang, da, a, db, b):
    rules = VerdictRules()
    rules.add("a", a, lang, da)
    rules.add("b", b, lang, db)
    assert "other figures (" not in (rules.apart("a", "b") or "")
