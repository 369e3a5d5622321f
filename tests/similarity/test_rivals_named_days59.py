"""Two matches of one league told the same day are two stories though each report names the other's club in the table
(:func:`storylens.similarity._contests._other_clubs_results`: a club counts as written only as a side of the other
opening's contest). break57 F2: "Real Madrid beat Getafe 3-0 on Saturday to go a point clear of Atletico Madrid" /
"Atletico Madrid beat Sevilla 2-0 on Saturday to stay a point behind leaders Real Madrid" were "same story 0.85"; so were
"Liverpool were held to a 1-1 draw at Brentford" / "Arsenal beat Wolverhampton Wanderers 2-0", which no contest cue read."""

from __future__ import annotations

import pytest

from storylens.similarity import VerdictRules

DAY = "2026-11-28"

# (language, text a, text b): two matches of one day, the two leaders naming each other
TWO_MATCHES = [
    ("en", ("Real Madrid beat Getafe to go top\nMADRID (Reuters) - Real Madrid beat Getafe 3-0 on Saturday to go a point "
            "clear of Atletico Madrid at the top of La Liga. Kylian Mbappe scored twice."),
     ("Atletico beat Sevilla to stay on Real's heels\nMADRID (Reuters) - Atletico Madrid beat Sevilla 2-0 on Saturday to "
      "stay a point behind leaders Real Madrid in La Liga. Antoine Griezmann and Julian Alvarez scored.")),
    ("en", ("Arsenal beat Wolves\nLONDON (Reuters) - Arsenal beat Wolverhampton Wanderers 2-0 at the Emirates on Saturday "
            "to stay a point behind leaders Liverpool. Bukayo Saka and Kai Havertz scored."),
     ("Liverpool beat Brentford\nLONDON (Reuters) - Liverpool beat Brentford 3-1 at Anfield on Saturday to stay a point "
      "clear of Arsenal at the top. Mohamed Salah scored twice.")),
    # a draw and a win away: "were held to a 1-1 draw at", "drew 0-0 at", "won 2-0 at" (English contest cues)
    ("en", ("Liverpool held at Brentford\nLONDON (Reuters) - Liverpool were held to a 1-1 draw at Brentford on Saturday, "
            "leaving them a point clear of Arsenal at the top of the Premier League. Mohamed Salah scored."),
     ("Arsenal beat Wolves\nLONDON (Reuters) - Arsenal beat Wolverhampton Wanderers 2-0 at the Emirates on Saturday to "
      "stay second, a point behind leaders Liverpool. Bukayo Saka and Kai Havertz scored.")),
    ("en", ("Juventus held in Rome\nROME (Reuters) - Juventus drew 0-0 at AS Roma on Sunday and remain three points behind "
            "Serie A leaders Inter Milan. Dusan Vlahovic hit the post."),
     ("Inter win in Bergamo\nMILAN (Reuters) - Inter Milan won 2-0 at Atalanta on Sunday to stay three points clear of "
      "Juventus at the top of Serie A. Lautaro Martinez scored twice.")),
    ("es", ("El Real Madrid golea al Getafe\nMADRID (EFE) - El Real Madrid venció al Getafe por 3-0 este sábado y aventaja "
            "en un punto al Atlético de Madrid. Kylian Mbappé marcó dos goles."),
     ("El Atlético gana al Sevilla\nMADRID (EFE) - El Atlético de Madrid venció al Sevilla por 2-0 este sábado y sigue a un "
      "punto del líder, el Real Madrid. Antoine Griezmann y Julián Álvarez marcaron.")),
]


@pytest.mark.parametrize(("lang", "a", "b"), TWO_MATCHES)
def test_two_matches_of_one_day_naming_each_other_are_held_apart(lang, a, b):
    rules = VerdictRules()
    rules.add("a", a, lang, DAY)
    rules.add("b", b, lang, DAY)
    assert "different contests in the openings" in (rules.apart("a", "b") or "")


# one match told twice, one report naming the table's rival: one result, one story
ONE_MATCH = [
    ("en", ("Real Madrid beat Getafe to go top\nMADRID (Reuters) - Real Madrid beat Getafe 3-0 on Saturday to go a point "
            "clear of Atletico Madrid at the top of La Liga. Kylian Mbappe scored twice."),
     ("Mbappe double sinks Getafe\nMADRID (AP) - Kylian Mbappe scored twice as Real Madrid beat Getafe 3-0 on Saturday. "
      "Carlo Ancelotti praised his side.")),
    ("en", ("Real Madrid beat Getafe to go top\nMADRID (Reuters) - Real Madrid beat Getafe 3-0 on Saturday to go a point "
            "clear of Atletico Madrid at the top of La Liga, after leading 1-0 at half-time."),
     ("Getafe beaten in Madrid\nGETAFE (AFP) - Getafe lost 3-0 to Real Madrid on Saturday. Atletico Madrid, a point "
      "behind, play Sevilla later.")),
    ("en", ("Liverpool held at Brentford\nLONDON (Reuters) - Liverpool were held to a 1-1 draw at Brentford on Saturday, "
            "leaving them a point clear of Arsenal. Mohamed Salah scored."),
     ("Wissa earns Brentford a point\nLONDON (AP) - Yoane Wissa equalised as Brentford drew 1-1 with Liverpool on "
      "Saturday. Mohamed Salah had put the leaders ahead.")),
]


@pytest.mark.parametrize(("lang", "a", "b"), ONE_MATCH)
def test_one_match_naming_the_rival_stays_one_story(lang, a, b):
    rules = VerdictRules()
    rules.add("a", a, lang, DAY)
    rules.add("b", b, lang, DAY)
    assert rules.apart("a", "b") is None
