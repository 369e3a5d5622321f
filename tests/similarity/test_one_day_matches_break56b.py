"""Two matches of one league on one day are two stories (break56b F4): "Real Madrid beat Getafe 3-0" and "Atlético
Madrid beat Sevilla 2-0", one Saturday's La Liga reports, were "same story 0.65" on "same names: La Liga" and "same
place: Barcelona" (the league table's club). The counterparts rule for teams (:func:`storylens.similarity._contests.
_teams_apart`) read "Madrid" of both clubs' names as the side in common, and its one-day guard (one event's stages and
sites) let them pass. Now each opening's result, none alike either way round, and no club of either contest written in
the other text hold them apart whatever the day; one match's reports share its result. A club a match report names
in a sentence naming the league is a club, not a place. Texts written for these tests (the break56b inputs and others
of the kind: other leagues, sports and languages)."""

from __future__ import annotations

import pytest

from storylens import similarity as sim
from tests.similarity._pairs import rules_of

DAY = "2026-11-29"

RM_A = ("Real Madrid beat Getafe 3-0\nMADRID (Reuters) - Real Madrid beat Getafe 3-0 at the Bernabeu on Saturday, with "
        "Kylian Mbappe scoring twice. The win lifts Real Madrid to the top of La Liga, a point ahead of Barcelona.")
RM_B = ("Atlético Madrid beat Sevilla 2-0\nMADRID (Reuters) - Atlético Madrid beat Sevilla 2-0 at the Metropolitano on "
        "Saturday, with Julian Alvarez scoring twice. The win lifts Atlético Madrid to third in La Liga, four points "
        "behind Barcelona.")
RM_C = ("Atlético de Madrid gana al Sevilla\nMADRID (EFE) - El Atlético de Madrid venció este sábado 2-0 al Sevilla en "
        "el Metropolitano con dos goles de Julián Álvarez. El triunfo coloca al Atlético tercero en LaLiga, a cuatro "
        "puntos del Barcelona.")
RM_ES = ("El Real Madrid golea al Getafe\nMADRID (EFE) - El Real Madrid venció este sábado 3-0 al Getafe en el Santiago "
         "Bernabéu con dos goles de Kylian Mbappé. El triunfo deja al equipo blanco líder de LaLiga, con un punto de "
         "ventaja sobre el Barcelona.")
PL_A = ("Arsenal beat Chelsea 2-1 to stay top\nLONDON (Reuters) - Arsenal beat Chelsea 2-1 at the Emirates Stadium on "
        "Saturday, with Bukayo Saka scoring the winner ten minutes from time. The victory keeps Arsenal top of the "
        "Premier League, two points clear of Manchester City.")
PL_B = ("Liverpool thrash Everton 3-0 in Merseyside derby\nLIVERPOOL, England (Reuters) - Liverpool beat Everton 3-0 at "
        "Anfield on Saturday, with Mohamed Salah scoring twice. The win lifts Liverpool to third in the Premier League, "
        "three points behind Manchester City.")
PL_C = ("Saka strikes late as Arsenal edge Chelsea\nBukayo Saka scored ten minutes from time as Arsenal came from behind "
        "to beat Chelsea 2-1 at the Emirates on Saturday. Cole Palmer had given the visitors the lead. Arsenal stay two "
        "points ahead of Manchester City at the top of the Premier League.")
PL_DE = ("Arsenal gewinnt Londoner Derby gegen Chelsea\nLONDON (dpa) - Der FC Arsenal hat am Samstag das Londoner Derby "
         "gegen den FC Chelsea mit 2:1 gewonnen. Bukayo Saka erzielte zehn Minuten vor dem Ende den Siegtreffer. "
         "Arsenal bleibt Tabellenführer der Premier League, zwei Punkte vor Manchester City.")
BL_A = ("Bayern besiegt Freiburg 3:1\nMÜNCHEN (dpa) - Der FC Bayern München hat am Samstag den SC Freiburg mit 3:1 "
        "besiegt. Harry Kane traf doppelt. Die Münchner bleiben in der Bundesliga vier Punkte vor Bayer Leverkusen.")
BL_B = ("Dortmund schlägt Leipzig 2:0\nDORTMUND (dpa) - Borussia Dortmund hat am Samstag RB Leipzig mit 2:0 besiegt. "
        "Serhou Guirassy traf zweimal. Der BVB liegt in der Bundesliga nun sechs Punkte hinter Bayer Leverkusen.")
BL_EN = ("Kane double as Bayern beat Freiburg\nMUNICH (Reuters) - Bayern Munich beat Freiburg 3-1 on Saturday, with "
         "Harry Kane scoring twice. The champions stay four points clear of Bayer Leverkusen at the top of the "
         "Bundesliga.")
NBA_A = ("Lakers beat Celtics behind James\nLOS ANGELES (AP) - LeBron James scored 34 points as the Los Angeles Lakers "
         "beat the Boston Celtics 112-104 on Saturday night. The Lakers moved to 14-6, a game behind the Oklahoma City "
         "Thunder in the Western Conference.")
NBA_B = ("Warriors top Suns as Curry scores 40\nSAN FRANCISCO (AP) - Stephen Curry scored 40 points as the Golden State "
         "Warriors beat the Phoenix Suns 120-115 on Saturday night. The Warriors improved to 13-7, two games behind the "
         "Oklahoma City Thunder in the Western Conference.")
SA_A = ("L'Inter batte la Roma 2-0 a San Siro\nMILANO (ANSA) - L'Inter ha battuto la Roma 2-0 sabato sera a San Siro, "
        "con una doppietta di Lautaro Martinez. I nerazzurri restano in testa alla Serie A con due punti di vantaggio "
        "sulla Juventus.")
SA_B = ("Il Napoli supera l'Atalanta 3-1\nNAPOLI (ANSA) - Il Napoli ha battuto l'Atalanta 3-1 sabato sera al Maradona, "
        "con due gol di Romelu Lukaku. Gli azzurri salgono al terzo posto in Serie A, a quattro punti dalla Juventus.")

# (language a, text a, language b, text b): two matches of one league on one day
TWO_MATCHES = [
    ("en", RM_A, "en", RM_B), ("en", RM_A, "es", RM_C), ("es", RM_ES, "es", RM_C), ("es", RM_ES, "en", RM_B),
    ("en", PL_A, "en", PL_B), ("en", PL_B, "de", PL_DE), ("de", BL_A, "de", BL_B), ("de", BL_B, "en", BL_EN),
    ("en", NBA_A, "en", NBA_B), ("it", SA_A, "it", SA_B),
]


@pytest.mark.parametrize(("la", "a", "lb", "b"), TWO_MATCHES)
def test_two_matches_of_one_day_are_held_apart(la, a, lb, b):
    rules = rules_of(a, la, b, lb, DAY)
    for x, y in (("a", "b"), ("b", "a")):
        # the contests rule, or one before it ("different names in the openings: Everton vs Arsenal, ...")
        assert rules.apart(x, y) is not None


# one match told by two outlets or in two languages, the same day
ONE_MATCH = [
    ("en", RM_B, "es", RM_C), ("en", RM_A, "es", RM_ES), ("en", PL_A, "en", PL_C), ("en", PL_A, "de", PL_DE),
    ("en", PL_C, "de", PL_DE), ("de", BL_A, "en", BL_EN),
]


@pytest.mark.parametrize(("la", "a", "lb", "b"), ONE_MATCH)
def test_one_match_told_twice_the_same_day_stays_together(la, a, lb, b):
    rules = rules_of(a, la, b, lb, DAY)
    assert rules.apart("a", "b") is None
    assert rules.apart("b", "a") is None


@pytest.mark.parametrize(("text", "lang", "fans"), [
    (RM_A, "en", " The fans celebrated in Barcelona."), (RM_C, "es", " Los aficionados lo celebraron en Barcelona."),
])
def test_the_league_tables_club_is_no_place(text, lang, fans):
    from storylens.similarity._sides import _name_places

    gazetteer = sim.Gazetteer.load()
    assert gazetteer.names["barcelona"] in _name_places(text, gazetteer, lang)
    # a city the report puts something in stays a place
    assert gazetteer.names["barcelona"] not in _name_places(text + fans, gazetteer, lang)
