"""A match is dated by a day of its result's own clause, never by the day of a word on it or of an award for it
(:func:`storylens.similarity._contests._contest_days`, the teams rule's one result against two sides). break59b M3:
"Manchester United manager Ruben Amorim said on Tuesday that the 3-0 win over Spurs was his side's best display" was
dated on Tuesday, three days after "Manchester United beat Tottenham Hotspur 3-0 ... on Saturday", and held apart
from that match's report as another match; so was "..., who scored twice as Bayern Munich beat Borussia Dortmund 3-0,
was named the Bundesliga's player of the round on Monday"."""

from __future__ import annotations

import pytest

from storylens.similarity import VerdictRules

# (language a, date a, text a, language b, date b, text b): a match's report and a word on it, or an award for it,
# days later, the opponent spelled otherwise; the speaker named in both (a word by a name only one text writes was
# left out already: _events._event_days)
ONE_MATCH = [
    ("en", "2026-11-21", ("United beat Tottenham\nMANCHESTER (Reuters) - Manchester United beat Tottenham Hotspur 3-0 at "
                          "Old Trafford on Saturday, Bruno Fernandes scoring twice for Ruben Amorim's side."),
     "en", "2026-11-24", ("Amorim hails United display\nMANCHESTER (Reuters) - Manchester United manager Ruben Amorim "
                          "said on Tuesday that the 3-0 win over Spurs was his side's best display of the season, "
                          "praising Bruno Fernandes, who scored twice at Old Trafford.")),
    ("en", "2025-05-11", ("Real Madrid win El Clásico\nReal Madrid beat Barcelona 3-2 at the Bernabéu on Sunday, with "
                          "Kylian Mbappé scoring twice."),
     "en", "2025-05-14", ("Mbappé named player of the month\nKylian Mbappé, who scored twice as Real Madrid beat Barca "
                          "3-2, was named La Liga's player of the month on Wednesday.")),
    ("en", "2025-05-11", ("Real Madrid win El Clásico\nReal Madrid beat Barcelona 3-2 at the Bernabéu on Sunday, with "
                          "Kylian Mbappé scoring twice. Carlo Ancelotti praised his side."),
     "es", "2025-05-14", ("Ancelotti elogia a su equipo\nMADRID (EFE) - El entrenador Carlo Ancelotti afirmó el "
                          "miércoles que el Real Madrid venció al Barça por 3-2 con su mejor juego de la temporada, "
                          "con dos goles de Kylian Mbappé.")),
]


@pytest.mark.parametrize(("la", "da", "a", "lb", "db", "b"), ONE_MATCH)
def test_a_word_on_a_match_days_later_is_no_other_match(la, da, a, lb, db, b):
    rules = VerdictRules()
    rules.add("a", a, la, da)
    rules.add("b", b, lb, db)
    assert "one result" not in (rules.apart("a", "b") or "")


def test_a_day_fronted_to_the_result_clause_dates_the_match():
    # "On Wednesday, Bayern Munich beat Celtic 3-0": a day before the clause, alone, is the match's
    rules = VerdictRules()
    rules.add("a", "Bayern beat Mainz\nMUNICH (Reuters) - Bayern Munich beat Mainz 05 3-0 on Saturday to stay top of "
                   "the Bundesliga, with Harry Kane scoring twice.", "en", "2026-11-21")
    rules.add("b", "Bayern beat Celtic\nMUNICH (Reuters) - On Wednesday, Bayern Munich beat Celtic 3-0 in the "
                   "Champions League, with Harry Kane scoring twice.", "en", "2026-11-25")
    apart = rules.apart("a", "b") or ""
    assert "one result" in apart and "Mainz" in apart and "Celtic" in apart
