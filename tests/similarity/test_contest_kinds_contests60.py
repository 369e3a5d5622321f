"""The teams rule's kinds of fault break59d found (:mod:`storylens.similarity._contests`, :mod:`._teams`): a match
dated outside its result's clause is dated by its publication (F11), a side written only inside another club's name
is not written (F3), a club's acronym is the club the text names in full or text data names (F4), and a clock time is
no result for any reader of results (review of stop 59). Each kind with one match's reports that stay one story."""

from __future__ import annotations

import pytest

from storylens.similarity import VerdictRules
from storylens.similarity._contests import _contest_days, _result_clauses
from storylens.similarity._teams import _contest_sides

from ._pairs import rules_apart

CELTIC = ("en", "2026-11-26", ("Bayern beat Celtic\nMUNICH (Reuters) - Bayern Munich beat Celtic 3-0 in the Champions "
          "League on Wednesday, with Harry Kane scoring twice and Jamal Musiala adding a third at the Allianz Arena."))


# F11: the match's day is in another sentence than its result ("in Saturday's game"): its publication dates it
OUTSIDE_CLAUSE = [
    ("en", "2026-11-22", ("Bayern beat Mainz to stay top\nBayern Munich beat Mainz 05 3-0 to stay top of the Bundesliga. "
     "Harry Kane scored twice in Saturday's game at the Allianz Arena and Jamal Musiala added a third.")),
    ("de", "2026-11-22", ("Bayern besiegt Mainz\nDer FC Bayern München hat den FSV Mainz 05 mit 3:0 besiegt und bleibt "
     "Tabellenführer. Im Spiel am Samstag traf Harry Kane zweimal in der Allianz Arena, Jamal Musiala erzielte das "
     "dritte Tor.")),
    ("es", "2026-11-22", ("El Bayern golea al Mainz\nEl Bayern de Múnich venció al Mainz 05 por 3-0 y sigue líder de la "
     "Bundesliga. En el partido del sábado Harry Kane marcó dos goles en el Allianz Arena y Jamal Musiala el tercero.")),
]


@pytest.mark.parametrize("report", OUTSIDE_CLAUSE)
def test_a_match_dated_outside_its_result_clause_is_dated_by_its_publication(report):
    apart = rules_apart(report, CELTIC)
    assert "one result" in apart and "Celtic" in apart


# one match: a report dating it outside the result's clause and the same match's report or reaction days later
ONE_MATCH_OUTSIDE_CLAUSE = [
    (("en", "2026-11-26", ("Bayern beat Celtic\nBayern Munich beat Celtic 3-0 to top their Champions League group. "
      "Harry Kane scored twice in Wednesday's game at the Allianz Arena.")), CELTIC),
    (("en", "2026-11-26", ("Bayern beat Celtic\nBayern Munich beat Celtic 3-0 to top their Champions League group. "
      "Harry Kane scored twice in Wednesday's game at the Allianz Arena.")),
     ("de", "2026-11-28", ("Kompany lobt Kane\nBayern-Trainer Vincent Kompany hat Harry Kane am Freitag gelobt. Der FC "
      "Bayern München hatte Celtic Glasgow am Mittwoch mit 3:0 besiegt, Kane traf zweimal."))),
    (("de", "2026-11-22", ("Bayern besiegt Mainz\nDer FC Bayern München hat den FSV Mainz 05 mit 3:0 besiegt. Im Spiel "
      "am Samstag traf Harry Kane zweimal.")),
     ("fr", "2026-11-24", ("Kompany salue Kane\nLe Bayern Munich a battu Mayence 3-0 samedi, et Vincent Kompany a salué "
      "lundi la forme de Harry Kane, auteur d'un doublé."))),
]


@pytest.mark.parametrize(("a", "b"), ONE_MATCH_OUTSIDE_CLAUSE)
def test_one_match_dated_outside_its_result_clause_stays_one_story(a, b):
    assert rules_apart(a, b) == ""


# F3: the derby's opponent "Milan" is written in the other report only inside "Inter Milan"
INTER_TWO_MATCHES = [
    (("en", "2026-11-23", ("Inter win Milan derby\nInter Milan beat AC Milan 2-1 in the derby on Sunday at San Siro. "
      "Lautaro Martinez scored the winner in the 80th minute.")),
     ("en", "2026-11-27", ("Inter beat Napoli\nInter Milan beat Napoli 2-1 at San Siro on Wednesday. Lautaro Martinez "
      "scored the winner in the 80th minute as Inter went top of the table."))),
    (("en", "2026-11-23", ("Inter win derby\nInter beat AC Milan 2-1 in the derby on Sunday at San Siro. Lautaro "
      "Martinez scored the winner.")),
     ("en", "2026-11-27", ("Inter Milan beat Napoli\nInter Milan beat Napoli 2-1 at San Siro on Wednesday. Lautaro "
      "Martinez scored the winner."))),
    (("es", "2026-11-23", ("El Inter gana el derbi\nEl Inter de Milán venció al Milan por 2-1 el domingo en San Siro, "
      "con un gol de Lautaro Martínez.")),
     ("es", "2026-11-27", ("El Inter gana al Napoli\nEl Inter de Milán venció al Napoli por 2-1 el miércoles en San "
      "Siro, con un gol de Lautaro Martínez."))),
]


@pytest.mark.parametrize(("a", "b"), INTER_TWO_MATCHES)
def test_a_side_written_only_inside_another_clubs_name_is_not_written(a, b):
    apart = rules_apart(a, b)
    assert "Napoli" in apart and "Milan" in apart


DERBY_ONE_MATCH = [
    (("en", "2026-11-23", ("Inter win Milan derby\nInter Milan beat AC Milan 2-1 in the derby on Sunday at San Siro. "
      "Lautaro Martinez scored the winner in the 80th minute.")),
     ("en", "2026-11-24", ("Inter edge derby\nInter beat Milan 2-1 on Sunday, Lautaro Martinez scoring the winner at "
      "San Siro."))),
    (("en", "2026-11-23", ("Inter win Milan derby\nInter Milan beat AC Milan 2-1 in the derby on Sunday at San Siro. "
      "Lautaro Martinez scored the winner in the 80th minute.")),
     ("en", "2026-11-25", ("Milan coach rues derby\nAC Milan lost 2-1 to Inter Milan on Sunday, and their coach said "
      "on Tuesday the defeat still hurt. Lautaro Martinez scored the winner."))),
]


@pytest.mark.parametrize(("a", "b"), DERBY_ONE_MATCH)
def test_one_derby_told_twice_stays_one_story(a, b):
    assert rules_apart(a, b) == ""


# F4: "der BVB" with "Borussia Dortmund" further down, or with no full name at all (text data acronyms); "le PSG"
# with "Paris Saint-Germain" further down (its capitals spell it)
DORTMUND = ("en", "2026-11-01", ("Dortmund beat Schalke in derby\nBorussia Dortmund beat Schalke 04 2-0 in the Ruhr "
            "derby on Saturday, with Serhou Guirassy scoring twice in front of 81,365 fans."))
ACRONYM_TWO_MATCHES = [
    (DORTMUND, ("de", "2026-11-05", ("BVB schlägt Leverkusen\nDer BVB hat am Mittwoch Bayer Leverkusen mit 2:0 "
                "geschlagen. Serhou Guirassy traf im Signal Iduna Park zweimal für Borussia Dortmund."))),
    (("fr", "2025-04-06", ("Paris bat Marseille\nLe Paris Saint-Germain a battu l'Olympique de Marseille 2-0 dimanche "
      "au Parc des Princes, grâce à un doublé d'Ousmane Dembélé.")),
     ("fr", "2025-04-10", ("Le PSG bat Brest\nLe PSG a battu Brest 2-0 mercredi au Parc des Princes, grâce à un doublé "
      "d'Ousmane Dembélé. Le Paris Saint-Germain reste leader."))),
]


@pytest.mark.parametrize(("a", "b"), ACRONYM_TWO_MATCHES)
def test_an_acronym_side_is_the_club_the_text_or_the_table_names(a, b):
    apart = rules_apart(a, b)
    assert "different counterparts" in apart


ACRONYM_ONE_MATCH = [
    (DORTMUND, ("de", "2026-11-01", ("BVB gewinnt Revierderby\nDer BVB hat am Samstag Schalke 04 mit 2:0 besiegt. "
                "Serhou Guirassy traf zweimal für Borussia Dortmund."))),
    (DORTMUND, ("de", "2026-11-03", ("Guirassy lobt Team\nDer BVB hatte Schalke 04 am Samstag mit 2:0 besiegt. Serhou "
                "Guirassy lobte am Montag seine Mannschaft."))),
    (("fr", "2025-04-06", ("Paris bat Marseille\nLe Paris Saint-Germain a battu l'Olympique de Marseille 2-0 dimanche "
      "au Parc des Princes, grâce à un doublé d'Ousmane Dembélé.")),
     ("en", "2025-04-07", ("PSG beat Marseille\nPSG beat Marseille 2-0 on Sunday at the Parc des Princes, Ousmane "
      "Dembélé scoring twice."))),
]


@pytest.mark.parametrize(("a", "b"), ACRONYM_ONE_MATCH)
def test_one_match_of_an_acronym_side_stays_one_story(a, b):
    assert rules_apart(a, b) == ""


def test_a_clock_time_is_no_result_clause():
    # "um 20:30 Uhr" was a result's clause, and its day the match's day, in the clauses' copy whose colons were dashes
    opening = "Der Anpfiff ist am Mittwoch um 20:30 Uhr. Der FC Bayern hat Celtic mit 3:0 besiegt."
    clauses = _result_clauses(opening, "de")
    assert len(clauses) == 1 and opening[clauses[0][0]:clauses[0][1]].strip().startswith("Der FC Bayern")


def test_a_clock_time_is_no_result_of_a_contest_sentence():
    # a contest told with a clock time and no result ("Bayern besiegt Celtic um 20:30 Uhr") names no match's sides
    assert _contest_sides("Der FC Bayern besiegt Celtic Glasgow um 20:30 Uhr.", "de") == frozenset()
    assert _contest_sides("Der FC Bayern besiegt Celtic Glasgow mit 3:0.", "de") >= {"bayern", "celtic"}
    from storylens.similarity._teams import _scores_marked

    assert _scores_marked("um 20:30 Uhr 3:0 und 2–1") == "um 20h30 Uhr 3-0 und 2-1"


def test_a_clock_time_dates_no_match():
    rules = VerdictRules()
    rules.add("a", "Bayern gegen Celtic\nAm Mittwoch um 20:30 Uhr. Der FC Bayern hat Celtic mit 3:0 besiegt.", "de",
              "2026-11-26")
    side = rules._sides["a"][0]
    assert _contest_days(getattr(side, "info", side)) == frozenset()


# F9: a reaction writing the result as a noun phrase ("nach dem 3:0 gegen", "lors de la victoire 3-0 contre") reads
# that match's contest: apart from the next match's report, one story with its own match's (the English one was read
# by the verb cue "win over" before: a control)
MAINZ = ("en", "2026-11-21", ("Bayern beat Mainz 3-0\nMUNICH (Reuters) - Bayern Munich beat Mainz 05 3-0 on Saturday "
                              "to stay top of the Bundesliga, with Harry Kane scoring twice and Jamal Musiala adding a "
                              "third at the Allianz Arena."))
NOUN_PHRASE_REACTIONS = [
    ("en", "2026-11-23", ("Kompany praises Kane\nBayern coach Vincent Kompany praised Harry Kane on Monday after the "
                          "3-0 win over Mainz on Saturday. Jamal Musiala scored the third.")),
    ("de", "2026-11-23", ("Kompany lobt Kane\nBayern-Trainer Vincent Kompany hat Harry Kane nach dem 3:0 gegen den FSV "
                          "Mainz 05 am Samstag gelobt. Kane sei in der Form seines Lebens, sagte Kompany am Montag.")),
    # the praise's day before the phrase is no match's day: the report's publication dates the match
    ("de", "2026-11-23", ("Kompany lobt Kane\nBayern-Trainer Vincent Kompany hat Harry Kane am Montag für seine zwei "
                          "Tore beim 3:0-Sieg des FC Bayern gegen Mainz gelobt.")),
    ("fr", "2026-11-23", ("Kompany encense Kane\nL'entraîneur du Bayern Munich, Vincent Kompany, a salué lundi la forme "
                          "de Harry Kane, auteur d'un doublé lors de la victoire 3-0 contre Mayence samedi.")),
    ("es", "2026-11-23", ("Kompany elogia a Kane\nVincent Kompany elogió el lunes a Harry Kane tras el 3-0 del Bayern "
                          "ante el Mainz el sábado.")),
    ("it", "2026-11-23", ("Kompany elogia Kane\nL'allenatore del Bayern Monaco Vincent Kompany ha elogiato lunedì Harry "
                          "Kane, autore di una doppietta nella vittoria per 3-0 contro il Mainz di sabato.")),
]


@pytest.mark.parametrize("reaction", NOUN_PHRASE_REACTIONS)
def test_a_result_told_as_a_noun_phrase_is_held_apart_from_the_next_match(reaction):
    apart = rules_apart(reaction, CELTIC)
    assert "different counterparts of Bayern" in apart and "Celtic" in apart


@pytest.mark.parametrize("reaction", NOUN_PHRASE_REACTIONS)
def test_a_result_told_as_a_noun_phrase_stays_with_its_own_match(reaction):
    assert rules_apart(reaction, MAINZ) == ""


def test_a_verb_with_a_noun_phrase_result_keeps_its_subject():
    # "Bayern Munich clinched the title with a 2-0 win over Bayer Leverkusen": the verb's subject is the side (as
    # before the noun phrases were read: a guard, passing before)
    title = ("en", "2026-05-09", ("Bayern clinch title\nBayern Munich clinched the Bundesliga title with a 2-0 win over "
                                  "Bayer Leverkusen on Saturday, Harry Kane scoring twice at the Allianz Arena."))
    other = ("de", "2026-11-05", ("BVB schlägt Leverkusen\nDer BVB hat am Mittwoch Bayer Leverkusen mit 2:0 geschlagen. "
                                  "Serhou Guirassy traf im Signal Iduna Park zweimal für Borussia Dortmund."))
    apart = rules_apart(title, other)
    assert "Bayern Munich" in apart and "Leverkusen" in apart


# break59b L4: Polish reads contests (text data contest_cues, result_noun_cues of pl), its declined names too
POLISH_TWO_MATCHES = [
    (("pl", "2026-11-25", ("Bayern pokonał Celtic 3:0\nMONACHIUM (PAP) - Bayern Monachium pokonał w środę Celtic 3:0 na "
                           "Allianz Arenie. Dwa gole strzelił Harry Kane.")), MAINZ),
    (("pl", "2026-11-22", "Legia pokonała Lecha\nLegia Warszawa pokonała w sobotę Lecha Poznań 2:1."),
     ("en", "2026-11-26", "Legia beat Wisla\nLegia Warsaw beat Wisla Krakow 2-1 on Wednesday.")),
]


@pytest.mark.parametrize(("a", "b"), POLISH_TWO_MATCHES)
def test_a_polish_report_of_another_match_is_held_apart(a, b):
    assert "different counterparts" in rules_apart(a, b)


POLISH_ONE_MATCH = [
    (("pl", "2026-11-21", ("Bayern pokonał Borussię\nBayern Monachium pokonał w sobotę Borussię Dortmund 3:0. Dwa gole "
                           "strzelił Harry Kane.")),
     ("en", "2026-11-21", "Bayern beat Dortmund\nBayern Munich beat Borussia Dortmund 3-0 on Saturday, Harry Kane scoring twice.")),
    (("pl", "2026-11-23", ("Kompany chwali Kane'a\nTrener Vincent Kompany pochwalił w poniedziałek Harry'ego Kane'a po "
                           "zwycięstwie 3:0 nad Borussią Dortmund w sobotę.")),
     ("en", "2026-11-21", "Bayern beat Dortmund\nBayern Munich beat Borussia Dortmund 3-0 on Saturday, Harry Kane scoring twice.")),
    (("pl", "2026-11-22", "Legia przegrała z Lechem\nLegia Warszawa przegrała w sobotę z Lechem Poznań 1:2."),
     ("en", "2026-11-22", "Lech beat Legia\nLech Poznan beat Legia Warsaw 2-1 on Saturday.")),
]


@pytest.mark.parametrize(("a", "b"), POLISH_ONE_MATCH)
def test_one_match_told_in_polish_stays_one_story(a, b):
    assert rules_apart(a, b) == ""
