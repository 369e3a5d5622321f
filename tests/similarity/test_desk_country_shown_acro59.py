"""The country rule's reason names the events' countries, not a desk's (break57 F6): TASS's dateline "МОСКВА" over a
Russian report of a coup "в Нигере" made the reason "different places: Niger, Moscow vs Nigeria, Abuja (RU / NG)"; a
dateline city the body never writes says where the outlet files from, so the reason now reads "Niger vs Nigeria,
Abuja (NE / NG)". The verdict was right and stays as it was. Texts written for these tests (Russian, French, Spanish,
German, Polish against English)."""

from __future__ import annotations

import pytest

from tests.similarity._pairs import rules_of

DAY = "2026-07-27"

NIGER_RU = ("Военный переворот в Нигере\nМОСКВА (ТАСС) - Военные в Нигере заявили в среду вечером по государственному "
            "телевидению, что отстранили президента страны от власти и закрыли границы. Ситуация в Нигере остается "
            "напряженной.")
NIGER_FR = ("Coup d'Etat militaire au Niger\nPARIS (AFP) - Des militaires ont annoncé mercredi soir à la télévision "
            "nationale du Niger avoir renversé le président et fermé les frontières du pays. La situation restait "
            "tendue dans le pays.")
NIGER_ES = ("Golpe militar en Níger\nMADRID (EFE) - Militares de Níger anunciaron el miércoles por la noche en la "
            "televisión estatal que habían destituido al presidente y cerrado las fronteras del país. La situación en "
            "Níger seguía siendo tensa.")
NIGERIA_EN = ("Soldiers seize power in Nigeria\nABUJA (Reuters) - Soldiers in Nigeria said on state television late on "
              "Wednesday that they had removed the president and closed the country's borders. The situation in "
              "Nigeria remained tense.")
NIGERIA_DE = ("Militärputsch in Nigeria\nBERLIN (dpa) - Soldaten in Nigeria haben am Mittwochabend im Staatsfernsehen "
              "erklärt, sie hätten den Präsidenten abgesetzt und die Grenzen geschlossen. Die Lage in Nigeria blieb "
              "angespannt.")
NIGER_EN = ("Soldiers seize power in Niger\nNIAMEY (Reuters) - Soldiers in Niger said on state television late on "
            "Wednesday that they had removed the president and closed the country's borders. The situation in Niger "
            "remained tense.")


@pytest.mark.parametrize(("la", "a", "lb", "b", "codes", "desks"), [
    ("ru", NIGER_RU, "en", NIGERIA_EN, "(NE / NG)", ("Moscow", "RU")),
    ("ru", NIGER_RU, "de", NIGERIA_DE, "(NE / NG)", ("Moscow", "Berlin", "RU", "DE")),
    ("fr", NIGER_FR, "en", NIGERIA_EN, "(NE / NG)", ("Paris", "FR")),
    ("es", NIGER_ES, "de", NIGERIA_DE, "(NE / NG)", ("Madrid", "Berlin", "ES", "DE")),
])
def test_the_country_reason_names_the_event_s_country_not_the_desk_s(la, a, lb, b, codes, desks):
    why = rules_of(a, la, b, lb, DAY).apart("a", "b") or ""
    assert why.startswith("different places: Niger") and codes in why
    assert not any(d in why for d in desks)


def test_a_dateline_city_the_body_names_stays_in_the_reason():
    # Niamey is the event's city: the Reuters text writes it only in its dateline, yet no desk apart from the event
    why = rules_of(NIGER_EN, "en", NIGERIA_EN, "en", DAY).apart("a", "b") or ""
    assert why.startswith("different places") and "(NE / NG)" in why


@pytest.mark.parametrize(("la", "a", "lb", "b"), [
    ("ru", NIGER_RU, "en", NIGER_EN),
    ("fr", NIGER_FR, "es", NIGER_ES),
])
def test_one_coup_told_from_two_desks_is_not_held_apart(la, a, lb, b):
    rules = rules_of(a, la, b, lb, DAY)
    assert rules.apart("a", "b") is None
    assert rules.apart("b", "a") is None
