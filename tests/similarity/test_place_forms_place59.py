"""Places written in forms the gazetteer's keys miss (issue #11, break57b G5 as left by days59): German's ASCII
umlauts ("Duesseldorf", "Muenchen": :meth:`storylens.similarity._places.Gazetteer._umlaut_plain`), German city
adjectives before a noun ("den Hamburger Flughafen": :func:`storylens.similarity._openings._city_adjective_places`)
and an exonym in an opening filed from another city ("BERLIN (AFP) - ... l'aéroport de Hambourg": the dateline's
city no longer stops the opening's other spellings, :func:`storylens.similarity._openings._read_opening`)."""

from __future__ import annotations

import pytest

from storylens.similarity import VerdictRules
from storylens.similarity._openings import _city_adjective_places, city_adjective_place
from storylens.similarity._places import Gazetteer


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return Gazetteer.load()


@pytest.mark.parametrize(("ascii_form", "umlaut_form"), [
    ("Duesseldorf", "Düsseldorf"), ("DUESSELDORF", "Düsseldorf"), ("Muenchen", "München"), ("Koeln", "Köln"),
    ("Zuerich", "Zürich"), ("Nuernberg", "Nürnberg"), ("Saarbruecken", "Saarbrücken"),
    ("Moenchengladbach", "Mönchengladbach")])
def test_ascii_umlauts_name_the_city(gazetteer, ascii_form, umlaut_form):
    found = gazetteer.find(f"Streik am Flughafen {ascii_form}", strict=True)
    assert found and found == gazetteer.find(f"Streik am Flughafen {umlaut_form}", strict=True)
    assert found == gazetteer.find(f"A strike at {ascii_form} airport")


@pytest.mark.parametrize("text", [
    "Samuel, Manuel, Raphael and Michael met Joel.", "Gaëlle Martin a parlé.", "de venae", "een kloen",
    "Noel and Daniel are true blue fans of the Queen."])
def test_names_and_words_with_the_letter_pairs_stay_unread(gazetteer, text):
    assert gazetteer.find(text) == set() and gazetteer.find(text, strict=True) == set()


def test_a_name_the_gazetteer_keys_keeps_its_reading(gazetteer):
    assert gazetteer.find("Israel") == {"IL"}


@pytest.mark.parametrize(("adjective", "city"), [
    ("Hamburger", "Hamburg"), ("Münchner", "Munich"), ("Kölner", "Köln"), ("Berliner", "Berlin"),
    ("Düsseldorfer", "Düsseldorf"), ("Bremer", "Bremen"), ("Hannoveraner", "Hannover"), ("Dresdner", "Dresden"),
    ("Stuttgarter", "Stuttgart"), ("Duesseldorfer", "Düsseldorf")])
def test_german_city_adjectives(gazetteer, adjective, city):
    place = city_adjective_place(adjective, gazetteer)
    assert place is not None and gazetteer.labels[place] == city


@pytest.mark.parametrize("word", ["Raster", "Lecker", "Hamburg", "Lehrer", "Mutter", "HAMBURGER", "hamburger"])
def test_words_that_are_no_city_adjective(gazetteer, word):
    assert city_adjective_place(word, gazetteer) is None


def test_city_adjectives_before_a_noun_in_german_only(gazetteer):
    de = _city_adjective_places("Ein Warnstreik hat den Hamburger Flughafen und die Kölner Messe lahmgelegt.", "de",
                                gazetteer)
    assert {gazetteer.labels[p] for p in de} == {"Hamburg", "Köln"}
    assert _city_adjective_places("The Hamburger Flughafen", "en", gazetteer) == frozenset()
    assert _city_adjective_places("Er aß einen Hamburger. Danach ging er.", "de", gazetteer) == frozenset()


# (language a, date a, text a, language b, date b, text b): break57b G5's pairs, whose cities went unread
TWO_STRIKES = [
    ("de", "2026-11-23", ("Warnstreik legt Hamburger Flughafen lahm\nHamburg (dpa) - Ein Warnstreik der Gewerkschaft "
                          "Verdi hat am Montag den Hamburger Flughafen lahmgelegt. Alle rund 140 Abflüge fielen aus, etwa "
                          "20.000 Passagiere waren betroffen. Verdi fordert acht Prozent mehr Lohn für das Bodenpersonal."),
     "en", "2026-11-26", ("Verdi strike grounds flights at Duesseldorf airport\nDUESSELDORF (Reuters) - A 24-hour warning "
                          "strike by the Verdi union grounded all departures at Duesseldorf airport on Thursday, "
                          "cancelling about 180 flights and affecting 25,000 passengers, the airport said. Verdi is "
                          "demanding 8% more pay for ground staff.")),
    ("fr", "2026-11-23", ("Grève à l'aéroport de Hambourg : tous les vols annulés\nBERLIN (AFP) - Une grève "
                          "d'avertissement du syndicat Verdi a entraîné lundi l'annulation de tous les départs à l'aéroport "
                          "de Hambourg, soit environ 140 vols et 20.000 passagers, Verdi réclamant 8% de hausse de salaire "
                          "pour le personnel au sol."),
     "en", "2026-11-26", ("Verdi strike grounds flights at Duesseldorf airport\nDUESSELDORF (Reuters) - A 24-hour warning "
                          "strike by the Verdi union grounded all departures at Duesseldorf airport on Thursday, "
                          "cancelling about 180 flights and affecting 25,000 passengers, the airport said.")),
    ("de", "2026-11-23", ("Warnstreik legt Hamburger Flughafen lahm\nHamburg (dpa) - Ein Warnstreik der Gewerkschaft "
                          "Verdi hat am Montag den Hamburger Flughafen lahmgelegt. Alle rund 140 Abflüge fielen aus, etwa "
                          "20.000 Passagiere waren betroffen."),
     "de", "2026-11-26", ("Verdi-Warnstreik: Düsseldorfer Flughafen ohne Abflüge\nDüsseldorf (dpa) - Der Düsseldorfer "
                          "Flughafen ist am Donnerstag wegen eines ganztägigen Warnstreiks der Gewerkschaft Verdi "
                          "weitgehend lahmgelegt worden. Rund 180 Abflüge fielen aus, 25.000 Passagiere waren betroffen.")),
]


@pytest.mark.parametrize(("la", "da", "a", "lb", "db", "b"), TWO_STRIKES)
def test_two_strikes_named_by_adjective_exonym_or_ascii_umlauts_read_their_cities(gazetteer, la, da, a, lb, db, b):
    # each opening reads its own city, whatever form it is written in (a rule holding such pairs apart by
    # their cities and event days was tried at stop 59 and reverted: it split one multi-day event told from two cities)
    from storylens.similarity._sides import _analyse

    for lang, date, text, city in ((la, da, a, "Hamburg"), (lb, db, b, "Düsseldorf")):
        t = _analyse(text, lang, date, [a, b], gazetteer, "", rules_only=True)
        assert city in {gazetteer.labels.get(p) for p in t.opening.places | t.opening.spelled}


def test_one_strike_told_from_its_city_and_by_adjective_stays_together():
    rules = VerdictRules()
    rules.add("a", ("Warnstreik legt Hamburger Flughafen lahm\nHamburg (dpa) - Ein Warnstreik der Gewerkschaft Verdi hat "
                    "am Montag den Hamburger Flughafen lahmgelegt. Alle rund 140 Abflüge fielen aus."), "de", "2026-11-23")
    rules.add("b", ("Verdi strike grounds flights at Hamburg airport\nHAMBURG (Reuters) - A warning strike by the Verdi "
                    "union grounded all 140 departures at Hamburg airport on Monday, the airport said."), "en",
              "2026-11-23")
    assert rules.apart("a", "b") is None


def test_a_club_named_by_its_city_adjective_names_no_place(gazetteer):
    # dev 3081: both reports of Karlsruher SC's coach were "same place: Karlsruher"
    assert _city_adjective_places("Der Karlsruher SC trennt sich von Trainer Alois Schwartz.", "de",
                                  gazetteer) == frozenset()
    assert _city_adjective_places("Der Hamburger SV gewinnt.", "de", gazetteer) == frozenset()


# (language, opening, the city its exonym names): each opening also names a place the gazetteer knows, which
# stopped every other spelling (issue #11: "di Amburgo, nel nord della Germania" named no Hamburg)
EXONYMS_BESIDE_A_KNOWN_PLACE = [
    ("it", "Uno sciopero ha paralizzato lunedì l'aeroporto di Amburgo, nel nord della Germania.", "Hamburg"),
    ("es", "Una huelga paralizó el lunes el aeropuerto de Hamburgo, en el norte de Alemania.", "Hamburg"),
    ("fr", "Manifestation à Londres et à Pékin contre la guerre, selon la police.", "London"),
    ("de", "Der Streik am Flughafen in Wien traf auch Reisende aus Deutschland.", "Vienna"),
]


@pytest.mark.parametrize(("lang", "text", "city"), EXONYMS_BESIDE_A_KNOWN_PLACE)
def test_an_exonym_after_a_place_preposition_beside_a_known_place(gazetteer, lang, text, city):
    from storylens.similarity._sides import _analyse

    t = _analyse(text, lang, "2026-11-20", [text], gazetteer, "", rules_only=True)
    assert city in {gazetteer.labels.get(p) for p in t.opening.places | t.opening.spelled}
    assert city in {gazetteer.labels.get(p) for p in t.places | t.spelled_places}


def test_a_name_particle_is_no_place_preposition(gazetteer):
    from storylens.similarity._openings import _spelled_places

    # dev 5475: "Marjorie de Sousa" read Sousse beside Mexico
    assert _spelled_places("Marjorie de Sousa compartió su secreto en México.", "es", gazetteer,
                           placed_only=True) == frozenset()
