"""The kinds of fault break60c found in the contests of stop 60 (:mod:`storylens.similarity._teams`,
:mod:`._contests`): a noun phrase's "whose" that is a word of the language, not a side (N1: "After Saturday's 3-0 win
over Mainz"; N2: German "der Münchner", "des Rekordmeisters"), a city named in another language as a place, not a
side, counted as the club of that city (N3: "in Rome" as Roma), and an acronym spelled by any run of capitals (N4)."""

from __future__ import annotations

import pytest

from storylens.similarity._teams import _acronym_club
from storylens.text import language_word

from ._pairs import contest_sides, rules_apart

CELTIC = ("en", "2026-11-26", ("Bayern beat Celtic\nBayern Munich beat Celtic 2-1 in the Champions League on Wednesday. "
                               "Harry Kane scored twice at the Allianz Arena for Vincent Kompany's side."))
MAINZ = ("en", "2026-11-22", ("Bayern beat Mainz\nBayern Munich beat Mainz 05 3-0 on Saturday, with Harry Kane scoring "
                              "twice at the Allianz Arena to keep Vincent Kompany's side top of the Bundesliga."))

# N1/N2 (a): a preview opening with the previous match's result and the report of the match it previews
PREVIEWS = [
    (("en", "2026-11-23", ("Bayern host Celtic\nFollowing Saturday's 3-0 win over Mainz, Bayern Munich host Celtic in the "
                           "Champions League on Wednesday. Vincent Kompany can count on Harry Kane again.")), CELTIC),
    (("en", "2026-11-23", ("Bayern host Celtic\nAfter Saturday's 3-0 win over Mainz, Bayern Munich host the Scottish "
                           "champions in the Champions League on Wednesday. Vincent Kompany can count on Harry Kane "
                           "again.")), CELTIC),
    (("en", "2026-11-24", ("Liverpool travel to Madrid\nDespite Sunday's 2-1 defeat to Everton, Liverpool travel to Real "
                           "Madrid in the Champions League on Wednesday. Arne Slot said Mohamed Salah is fit to start "
                           "at the Bernabeu.")),
     ("en", "2026-11-26", ("Real beat Liverpool\nReal Madrid beat Liverpool 2-0 in the Champions League at the Bernabeu "
                           "on Wednesday, with Kylian Mbappe scoring twice against Arne Slot's side."))),
    (("de", "2026-11-23", ("Bayern empfängt Celtic\nNach dem 3:0-Sieg der Münchner gegen Mainz empfängt der FC Bayern am "
                           "Mittwoch Celtic Glasgow in der Champions League. Trainer Vincent Kompany kann wieder auf "
                           "Harry Kane setzen.")), CELTIC),
    (("de", "2026-11-23", ("Bayern empfängt Celtic\nNach dem 3:0-Sieg des Tabellenführers gegen Mainz empfängt der FC "
                           "Bayern am Mittwoch den schottischen Meister in der Champions League.")), CELTIC),
]


@pytest.mark.parametrize(("preview", "report"), PREVIEWS)
def test_a_preview_opening_with_the_last_result_stays_with_its_match(preview, report):
    assert rules_apart(preview, report) == ""


# N2 (b): a German reaction naming its own side by an epithet, and that match's report (or another report of it)
REACTIONS = [
    ("de", "2026-11-25", ("Kompany lobt Kane\nVincent Kompany hat Harry Kane nach dem 3:0 des Rekordmeisters gegen Mainz "
                          "am Dienstag ausdrücklich gelobt. Der Engländer hatte in der Allianz Arena zweimal getroffen.")),
    ("de", "2026-11-25", ("Kompany lobt Kane\nVincent Kompany hat Harry Kane nach dem 3:0-Sieg der Münchner gegen Mainz "
                          "am Dienstag ausdrücklich gelobt. Der Engländer hatte in der Allianz Arena zweimal getroffen.")),
    ("de", "2026-11-22", ("Bayern bleibt vorn\nBeim 3:0-Sieg der Gastgeber gegen den FSV Mainz 05 traf Harry Kane am "
                          "Samstag in der Allianz Arena zweimal. Der FC Bayern bleibt damit Tabellenführer.")),
]


@pytest.mark.parametrize("reaction", REACTIONS)
def test_a_side_named_by_an_epithet_stays_with_its_match(reaction):
    assert rules_apart(reaction, MAINZ) == ""


@pytest.mark.parametrize(("lang", "text", "whose"), [
    ("en", "After Saturday's 3-0 win over Mainz, Bayern Munich host Celtic.", []),
    ("en", "With Sunday's 2-1 win over Everton, Liverpool went top.", []),
    ("en", "Following Bayern's 3-0 win over Mainz, Kompany praised Kane.", ["Bayern"]),
    ("de", "Beim 3:0-Sieg der Gastgeber gegen den FSV Mainz 05 traf Kane.", []),
    ("de", "Nach dem 2:0 des Rekordmeisters gegen Leverkusen lobte Kompany Kane.", []),
    # controls: a club's name stays its side
    ("de", "Beim 3:0-Sieg des FC Bayern gegen Mainz traf Kane.", ["Bayern"]),
    ("de", "Beim 2:0-Sieg des BVB gegen Leverkusen traf Guirassy.", ["BVB"]),
    ("en", "It followed Manchester City's 2-0 win over Chelsea.", ["Manchester", "City"]),
])
def test_a_word_of_the_language_is_no_side(lang, text, whose):
    assert contest_sides(text, lang)[0][0] == whose


def test_language_word():
    assert language_word("After", "en") and language_word("Following", "en") and language_word("Nach", "de")
    assert not language_word("Liverpool", "en") and not language_word("Bayern", "de")


# N3: a city-named club is not written where the other text names that city, in another language, as a place
TWO_MATCHES = [
    (("en", "2026-11-23", ("Inter beat Roma\nInter Milan beat Roma 2-0 at San Siro on Sunday, with Lautaro Martinez "
                           "scoring twice in the second half.")),
     ("de", "2026-11-26", ("Inter schlägt Lazio\nInter Mailand hat am Mittwoch in Rom Lazio mit 2:0 geschlagen. Lautaro "
                           "Martinez traf in der zweiten Halbzeit zweimal."))),
    (("en", "2026-11-23", ("Real beat Sevilla\nReal Madrid beat Sevilla 2-0 at the Bernabeu on Sunday, with Kylian Mbappe "
                           "scoring twice in the first half.")),
     ("fr", "2026-11-26", ("Le Real bat le Betis\nLe Real Madrid a battu le Betis 2-0 mercredi à Séville, grâce à un "
                           "doublé de Kylian Mbappé en première période."))),
    (("fr", "2026-11-22", ("Le Bayern bat Mayence\nLe Bayern Munich a battu Mayence 3-0 samedi à l'Allianz Arena, grâce "
                           "notamment à un doublé de Harry Kane.")),
     ("en", "2026-11-26", ("Bayern beat Frankfurt\nBayern Munich beat Eintracht Frankfurt 3-0 on Wednesday, with Harry "
                           "Kane scoring twice before the trip to Mainz."))),
    (MAINZ,
     ("fr", "2026-11-26", ("Le Bayern bat Francfort\nLe Bayern Munich a battu l'Eintracht Francfort 3-0 mercredi, grâce à "
                           "un doublé de Harry Kane, avant de se rendre à Mayence."))),
]


@pytest.mark.parametrize(("a", "b"), TWO_MATCHES)
def test_a_city_named_as_a_place_in_another_language_is_no_side(a, b):
    assert "different counterparts" in rules_apart(a, b)


def test_a_city_named_as_a_side_in_another_language_is_that_club():
    # the control (passing before): "Mayence" is the side Mainz of one match's French report
    french = ("fr", "2026-11-24", ("Kompany salue Kane\nLe Bayern Munich a battu Mayence 3-0 samedi, et Vincent Kompany "
                                   "a salué lundi la forme de Harry Kane, auteur d'un doublé."))
    assert rules_apart(french, MAINZ) == ""


# N4: an acronym is spelled by a club's name, not by any run of capitals
@pytest.mark.parametrize(("acronym", "text", "club"), [
    ("SCF", "Sportdirektor Clemens Fritz sprach von einem verdienten Sieg.", ["SCF"]),
    ("PSG", "Le Président Sébastien Gaudin a parlé.", ["PSG"]),
    ("FCB", "Die Fans Christian Brandts jubelten.", ["FCB"]),
    ("PSG", "Le Paris Saint-Germain a battu Lyon.", ["Paris", "Saint-Germain"]),
    ("HSV", "Der Hamburger SV hat gewonnen.", ["Hamburger"]),
])
def test_an_acronym_is_spelled_by_a_club_name(acronym, text, club):
    assert _acronym_club([acronym], text) == club
