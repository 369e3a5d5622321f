"""Two occasions of one recurring kind, the same actors weeks apart, are two stories (trial55 F3; texts written for
these tests in the trial's shapes, other banks, countries, floods and languages).

* The long gap (:func:`storylens.similarity._rules._weeks_dated`): openings dating their events
  ``settings.events_apart_long_days`` or more apart, each with a figure beside, none of one event in both, are two
  occasions. A rate's step (25 basis points) is in every decision and ties none; a toll the same or risen, or a
  count alike (one event's size), or the earlier day dated again ties them; days apart (the next day's reaction)
  are not weeks.
* An undated wire report's dateline day ("FRANKFURT, Sept 12 (Reuters)": no year, never given one) is its day for
  that long gap only.
* Election levels (text data ``election_levels``): a regional and a national election of one country are two
  elections, dated or not; two reports of one election are one.
"""

from __future__ import annotations

import pytest

from storylens import similarity as sim
from storylens.stream._clusterer import decode_event, encode_event


def _event(text: str, lang: str, published: str | None = None, day: str | None = None) -> sim.OpeningEvent:
    return sim.opening_event(text, language=lang, published=published, dateline_day=day)


BOE_MAY = ("Bank of England cuts rates for first time in four years\n\nThe Bank of England cut Bank Rate by 25 basis "
           "points to 5.0% on Thursday, its first cut since 2020.")
BOE_AUG = ("Bank of England cuts rates again\n\nThe Bank of England cut Bank Rate by 25 basis points to 4.75% on "
           "Thursday, its second cut this year, as inflation eased further.")
BOE_NEXT_DAY = ("Sterling slips after Bank of England cut\n\nSterling fell on Friday, a day after the Bank of England "
                "cut Bank Rate by 25 basis points to 5.0%.")
# five weeks later, dating the decision's day again: a report of that decision
BOE_LOOK_BACK = ("Mortgage rates fall after BoE cut\n\nLenders have cut mortgage rates since the Bank of England "
                 "lowered Bank Rate by 25 basis points on 1 August, Moneyfacts said on Tuesday.")


def test_two_rate_decisions_weeks_apart_with_one_step_are_two_occasions():
    may = _event(BOE_MAY, "en", "2024-08-01")
    aug = _event(BOE_AUG, "en", "2024-11-07")
    assert may.event_counts == aug.event_counts == (("bp", 25.0),)  # the step is alike
    why = sim.events_apart(may, aug)
    assert why is not None and "7 November and 1 August" in why
    assert sim.events_apart(aug, may) == why


def test_the_next_day_and_a_look_back_at_the_decision_stay_with_it():
    may = _event(BOE_MAY, "en", "2024-08-01")
    assert sim.events_apart(may, _event(BOE_NEXT_DAY, "en", "2024-08-02")) is None
    look_back = _event(BOE_LOOK_BACK, "en", "2024-09-10")
    assert "08-01" in look_back.event_days
    assert sim.events_apart(may, look_back) is None


@pytest.mark.parametrize(("first", "second", "lang"), [
    (("Die Tschechische Nationalbank hat am Donnerstag, dem 2. Mai 2024, den Leitzins um 50 Basispunkte auf "
     "5,25 Prozent gesenkt."),
     ("Die Tschechische Nationalbank hat am Donnerstag, dem 27. Juni 2024, den Leitzins erneut um 50 Basispunkte "
     "auf 4,75 Prozent gesenkt."), "de"),
    ("El Banco de México recortó el 21 de marzo de 2024 su tasa de interés en 25 puntos básicos, hasta el 11 %.",
     ("El Banco de México volvió a recortar el 8 de agosto de 2024 su tasa de interés en 25 puntos básicos, "
     "hasta el 10,75 %."), "es"),
])
def test_rate_decisions_in_other_languages(first, second, lang):
    assert sim.events_apart(_event(first, lang), _event(second, lang)) is not None


FLOOD_SEP = ("Alluvione nelle Marche, 1.500 sfollati\n\nANCONA, 15 settembre 2024 (ANSA) - Il fiume Misa è esondato "
             "domenica 15 settembre 2024 a Senigallia: circa 1.500 persone sono state evacuate.")
FLOOD_OCT = ("Senigallia di nuovo sott'acqua: un morto\n\nANCONA, 18 ottobre 2024 (ANSA) - Il Misa è esondato di "
             "nuovo venerdì 18 ottobre 2024 a Senigallia, un uomo di 70 anni è morto travolto dall'acqua.")
FLOOD_TOLL = ("Alluvione nelle Marche, salgono a 3 i morti\n\nANCONA, 20 ottobre 2024 (ANSA) - Salgono a tre i "
              "morti dell'alluvione che ha colpito Senigallia venerdì 18 ottobre 2024.")


def test_two_floods_of_one_town_weeks_apart_and_the_toll_of_the_second():
    sep, oct_, toll = _event(FLOOD_SEP, "it"), _event(FLOOD_OCT, "it"), _event(FLOOD_TOLL, "it")
    assert sep.event_days == {"09-15"} and oct_.event_days == {"10-18"}
    assert sim.events_apart(sep, oct_) is not None
    assert sim.events_apart(oct_, toll) is None  # the second flood's risen toll two days later


def test_a_toll_risen_weeks_later_or_a_count_alike_ties_and_no_injuries_ties_nothing():
    quake = sim.OpeningEvent(frozenset({"01-10"}), (("killed", 38.0, 38.0),), (("evacuated", 900.0),))
    later = sim.OpeningEvent(frozenset({"02-20"}), (("killed", 41.0, 41.0),), (("homeless", 5000.0),))
    assert sim.events_apart(quake, later) is None
    size = sim.OpeningEvent(frozenset({"02-20"}), (), (("evacuated", 900.0),))
    assert sim.events_apart(quake, size) is None
    calm = sim.OpeningEvent(frozenset({"01-10"}), (("injured", 0.0, 0.0),), (("flight", 800.0),))
    other = sim.OpeningEvent(frozenset({"02-20"}), (("injured", 0.0, 0.0),), (("flight", 600.0),))
    assert sim.events_apart(calm, other) is not None


ECB_JUNE = ("ECB cuts interest rates for first time since 2019\n\nFRANKFURT, June 6 (Reuters) - The European Central "
            "Bank cut its deposit rate by 25 basis points to 3.75% on Thursday, its first reduction since 2019.")
ECB_SEPT = ("ECB cuts rates again\n\nFRANKFURT, Sept 12 (Reuters) - The European Central Bank cut its deposit rate "
            "by 25 basis points to 3.50% on Thursday, its second reduction this year after a first cut in June.")


def test_an_undated_wire_reports_dateline_day_serves_the_long_gap_only(hashing_embedder):
    june, sept = sim.prepare_text(ECB_JUNE), sim.prepare_text(ECB_SEPT)
    assert june.published is None and sept.published is None  # no year: never given one
    a = _event(june.text, "en", None, "--06-06")
    b = _event(sept.text, "en", None, "--09-12")
    assert not a.event_days and a.filed == "06-06" and b.filed == "09-12"
    assert sim.events_apart(a, b) is not None
    # the pair command reads the dateline header itself
    f = sim.pair_features([(june.text, sept.text, "en", "en")], hashing_embedder, sim.Gazetteer.load(),
                          datelines=[(june.dateline, sept.dateline)], published=[(None, None)])[0]
    assert f.events_apart is not None and "12 September and 6 June" in f.events_apart
    # a day's filing delay is no gap: the short rules do not read it
    fell = sim.OpeningEvent(frozenset(), (("killed", 2.0, 2.0),), (), "", "06-09")
    assert sim.events_apart(sim.OpeningEvent(frozenset({"06-06"}), (("killed", 38.0, 38.0),)), fell) is None
    # an opening dating its day keeps it: the dateline's day is not read beside it
    assert _event(sept.text, "en", "2024-09-12", "--09-12").filed == ""


@pytest.mark.parametrize(("regional", "national", "lang"), [
    (("Austria's conservatives held Vorarlberg in a regional election on Sunday, two weeks after the far right won "
     "the national election."), "Austria's far right won a national parliamentary election on Sunday.", "en"),
    ("Bei der Landtagswahl in Sachsen wurde die CDU knapp stärkste Kraft.",
     "Bei der Bundestagswahl wurde die CDU stärkste Kraft.", "de"),
    ("Il centrodestra vince le elezioni regionali in Liguria.", "Il centrodestra vince le elezioni politiche.", "it"),
    ("Le PP gagne les élections régionales en Galice.", "Le PP arrive en tête des élections législatives.", "fr"),
    ("El PP gana las elecciones autonómicas en Galicia.", "El PP gana las elecciones generales.", "es"),
    ("AfD zwyciężyła w wyborach do landtagu w Turyngii.", "CDU wygrała wybory do Bundestagu.", "pl"),
    ("АПС победила на выборах в ландтаг Штирии.", "АПС впервые победила на выборах в Национальный совет.", "ru"),
])
def test_a_regional_and_a_national_election_are_two_elections(regional, national, lang):
    r, n = _event(regional, lang), _event(national, lang)
    assert (r.election, n.election) == ("regional", "national")
    why = sim.events_apart(r, n)
    assert why is not None and "two elections" in why


def test_reports_of_one_election_stay_together():
    en = _event("Austria's far right won a national parliamentary election on Sunday.", "en")
    de = _event("Die FPÖ hat die Nationalratswahl gewonnen.", "de")
    it = _event("L'Fpö è il primo partito alle elezioni per il Consiglio nazionale.", "it")
    assert en.election == de.election == it.election == "national"
    assert sim.events_apart(en, de) is None and sim.events_apart(de, it) is None
    # an opening naming no election (a party's statement) is not read against one
    assert sim.events_apart(_event("The party said it would talk to everyone.", "en"), en) is None


def test_the_store_keeps_the_level_and_the_dateline_day():
    for e in (sim.OpeningEvent(frozenset({"10-13"}), (), (), "regional"),
              sim.OpeningEvent(frozenset(), (), (("bp", 25.0),), "", "09-12"),
              sim.OpeningEvent(frozenset({"01-10"}), (("killed", 38.0, 38.0),))):
        assert decode_event(encode_event(e)) == e
    assert encode_event(sim.OpeningEvent(frozenset({"01-10"}))) == '[["01-10"], [], []]'  # rows as before
    assert decode_event('[["01-10"], [], []]') == sim.OpeningEvent(frozenset({"01-10"}))


def test_an_election_body_or_official_is_no_level():
    # "state election officials", "the National Election Commission", "der Landeswahlleiter" name who runs an
    # election, not which one is held: the opening's election is the next it names
    assert sim.election_level("State election officials in Georgia said turnout in the presidential election was "
                              "high.", "en") == "national"
    assert sim.election_level("The National Election Commission said the local elections drew 60%.", "en") == "local"
    assert sim.election_level("Der Landeswahlleiter meldete für die Bundestagswahl eine hohe Beteiligung.",
                              "de") == "national"
    assert sim.election_level("Das Landtagswahlergebnis in Sachsen", "de") == "regional"
