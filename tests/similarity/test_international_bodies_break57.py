"""An international body named by both texts is no name in common for the two-countries rule (break57 F1): a Niger
coup and a Nigeria coup that both end "The West African bloc ECOWAS condemned the coup" were "same story" 0.63 on
"same names: ECOWAS", Gambia and Zambia floods both quoting UNICEF 0.62 on "same names: UNICEF", an Italian Niger
report and an English Nigeria report both naming the African Union ("L'Unione / Union") alike. A body that works in
many countries (text data ``international_bodies``: UN agencies, Red Cross, ECOWAS / CEDEAO, African Union, EU,
NATO, IMF ... in several languages) tells nothing of which country an event is in. Besides: "West" of "the West
African bloc" was Cameroon's West region, a country both openings named; Polish "w Nigrze" (Niger's locative) was no
place. One event's reports that name a body and a neighbouring country stay one story. Texts written for these
tests, after the break57 inputs."""

from __future__ import annotations

import pytest

from storylens.similarity._features import _body_names
from storylens.similarity._openings import _inflected_country, _region_countries_of
from storylens.text import territory_names
from tests.similarity._pairs import rules_of

DAY = "2026-07-27"


def _coup(lang: str, where: str, dateline: str, body: str) -> str:
    """One coup report's template in ``lang``: soldiers seize power ``where`` (as the sentence writes it), ``body``
    condemns it."""
    if lang == "fr":
        return (f"Coup d'État {where}\n{dateline} (AFP) - Des militaires ont annoncé mercredi soir à la télévision "
                f"nationale avoir renversé le président {where} et fermé les frontières du pays. {body} a condamné le "
                "coup d'État et menacé de sanctions.")
    if lang == "it":
        return (f"Golpe militare {where}\n{dateline} (ANSA) - Un gruppo di militari ha annunciato mercoledì sera alla "
                f"televisione di Stato di aver deposto il presidente {where} e chiuso le frontiere del Paese. {body} ha "
                "condannato il golpe.")
    if lang == "pl":
        return (f"Zamach stanu {where}\n{dateline} (PAP) - Wojskowi {where} ogłosili w środę wieczorem w telewizji "
                f"państwowej, że odsunęli prezydenta od władzy i zamknęli granice kraju. {body} potępiła przewrót.")
    return (f"Soldiers seize power in {where}\n{dateline} (Reuters) - Soldiers in {where} said on state television late "
            f"on Wednesday that they had removed the president and closed the country's borders. {body} condemned the "
            "coup and threatened sanctions.")


def _floods(lang: str, where: str, dateline: str, body: str) -> str:
    if lang == "de":
        return (f"Cholera-Ausbruch in {where}\n{dateline} (dpa) - In {where} sind nach Angaben der {body} mehr als 300 "
                "Menschen an Cholera erkrankt. Die Behörden richteten Behandlungszentren ein.")
    return (f"Floods in {where} displace thousands\n{dateline} (Reuters) - Floods after days of heavy rain have "
            f"displaced more than 10,000 people in {where}, {body} said on Tuesday, warning of cholera. Roads and "
            "bridges were washed away.")


# (language a, text a, language b, text b, the two countries): one kind of event in two countries named alike, both
# texts naming one international body
TWO_COUNTRIES = [
    ("en", _coup("en", "Niger", "NIAMEY", "The West African bloc ECOWAS"),
     "en", _coup("en", "Nigeria", "ABUJA", "The West African bloc ECOWAS"), "NE / NG"),
    ("fr", _coup("fr", "du Niger", "NIAMEY", "La CEDEAO"), "fr", _coup("fr", "du Nigeria", "ABUJA", "La CEDEAO"),
     "NE / NG"),
    ("it", _coup("it", "del Niger", "NIAMEY", "L'Unione africana"),
     "en", _coup("en", "Nigeria", "ABUJA", "The African Union"), "NE / NG"),
    ("en", _floods("en", "Gambia", "BANJUL", "UNICEF"), "en", _floods("en", "Zambia", "LUSAKA", "UNICEF"), "GM / ZM"),
    ("de", _floods("de", "Gambia", "BANJUL", "Weltgesundheitsorganisation WHO"),
     "en", _floods("en", "Zambia", "LUSAKA", "the World Health Organization (WHO)"), "GM / ZM"),
    ("pl", _coup("pl", "w Nigrze", "WARSZAWA", "Unia Afrykańska"),
     "en", _coup("en", "Nigeria", "ABUJA", "The African Union"), "NE / NG"),
]


@pytest.mark.parametrize(("la", "a", "lb", "b", "countries"), TWO_COUNTRIES)
def test_a_shared_international_body_does_not_silence_the_country_rule(la, a, lb, b, countries):
    rules = rules_of(a, la, b, lb, DAY)
    for x, y in (("a", "b"), ("b", "a")):
        why = rules.apart(x, y) or ""
        assert why.startswith("different places") and all(c in why for c in countries.split(" / ")), why


# One event's reports, naming a body and a neighbouring country: one story's evidence
ONE_EVENT = [
    ("fr", ("Inondations en Gambie : l'UNICEF alerte\nBANJUL (AFP) - Les inondations ont déplacé plus de 10 000 "
            "personnes en Gambie, a indiqué mardi l'UNICEF, qui craint une épidémie de choléra. Le Sénégal voisin a "
            "envoyé de l'aide."),
     "en", _floods("en", "Gambia", "BANJUL", "UNICEF") + " Neighbouring Senegal sent aid."),
    ("en", _coup("en", "Niger", "NIAMEY", "Nigeria, which chairs the West African bloc ECOWAS,"),
     "fr", _coup("fr", "du Niger", "NIAMEY", "La CEDEAO")),
    ("pl", _coup("pl", "w Nigrze", "WARSZAWA", "Unia Afrykańska"),
     "en", _coup("en", "Niger", "NIAMEY", "The African Union")),
]


def test_a_body_is_its_name_or_a_word_of_its_name_both_texts_write_whole():
    texts = ("L'Unione africana ha condannato il golpe.", "The African Union condemned the coup.")
    assert _body_names(["ECOWAS", "CEDEAO", "ВОЗ", "L'Unione", "Bazoum"], texts) == ("ECOWAS", "CEDEAO", "ВОЗ",
                                                                                     "L'Unione")
    # "Union" of a text that names no body whole ("Union Berlin") is no body's
    assert _body_names(["Union"], ("Union Berlin won.", "The African Union met.")) == ()


def test_a_compass_word_before_a_nation_adjective_is_no_region():
    # "West" of "the West African bloc" was Cameroon's West region, in both openings
    assert _region_countries_of("Soldiers seized power. The West African bloc ECOWAS condemned it.") == frozenset()
    assert _region_countries_of("Fighting in the Far North and in the West Region of Cameroon.") == {"CM"}


@pytest.mark.parametrize("text", [
    "Officials in Ramallah in the West Bank welcomed the vote.",  # break57b G7: read CM beside PS
    "Fighting in the South of the country continued on Monday.",
    "Leaders in the West condemned the attack.",
])
def test_a_lone_compass_word_is_no_region(text):
    assert "CM" not in _region_countries_of(text)


@pytest.mark.parametrize(("word", "country"), [("nigrze", "NE"), ("nigru", "NE"), ("nigrem", "NE"),
                                               ("nigerii", "NG"), ("nigerią", "NG")])
def test_a_polish_case_form_that_drops_the_e_of_niger(word, country):
    assert _inflected_country(word, territory_names("pl"), "pl") == country


# One event told from a body's seat and from a member's capital, the body the only name both write (break57b F1:
# fault57c's first version held these apart, "(AT / SA) … other than an international body (OPEC+)"). A body is no
# name in common only between countries spelt alike (similarity._verdict._lookalike_countries).
SEAT_AND_MEMBER = [
    ("en", ("OPEC+ agrees to raise oil output from January\nVIENNA (Reuters) - OPEC+ agreed on Sunday to raise oil "
     "output by 411,000 barrels per day from January, sources in the group said, after a short online meeting of eight "
     "members. Oil prices fell 2% after the decision."),
     "en", ("Saudi energy minister defends OPEC+ output increase\nRIYADH (Reuters) - Saudi Energy Minister Prince "
     "Abdulaziz bin Salman said on Sunday the OPEC+ decision to raise oil output by 411,000 barrels per day from "
     "January would keep the market balanced.")),
    ("en", ("NATO leaders agree 5% defence spending target\nTHE HAGUE (Reuters) - NATO leaders agreed on Wednesday to "
     "raise their defence spending target to 5% of economic output by 2035, Secretary-General Mark Rutte said at the "
     "end of a two-day summit."),
     "pl", ("Polska już spełnia nowy cel NATO, mówi Tusk\nWARSZAWA (PAP) - Polska już teraz spełnia nowy cel NATO, czyli "
     "wydatki na obronność w wysokości 5 proc. PKB do 2035 roku, uzgodniony w środę przez przywódców sojuszu - "
     "powiedział premier Donald Tusk.")),
]


@pytest.mark.parametrize(("la", "a", "lb", "b"), [*ONE_EVENT, *SEAT_AND_MEMBER])
def test_one_event_naming_a_body_is_not_held_apart(la, a, lb, b):
    rules = rules_of(a, la, b, lb, DAY)
    assert rules.apart("a", "b") is None
    assert rules.apart("b", "a") is None


def test_lookalike_countries_are_few_and_spelt_alike():
    from storylens.similarity._verdict import _lookalike_countries

    assert all(_lookalike_countries(p) for p in [("NE", "NG"), ("GM", "ZM"), ("AT", "AU"), ("SD", "SS"), ("SI", "SK")])
    assert not any(_lookalike_countries(p) for p in [("AT", "SA"), ("NL", "PL"), ("CH", "CD"), ("DE", "FR")])
