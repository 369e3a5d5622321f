"""A contest's sides as the teams rule reads them (:func:`storylens.similarity._teams._contests`): a club's acronym
is a side ("den BVB", "le PSG"), a German noun of the lexicon is none, and a cue right before a clause link closes its
clause (German's participle: "hat den BVB mit 3:0 besiegt und die Tabellenführung verteidigt", break59b M3: read as
a win over "Tabellenführung")."""

from __future__ import annotations

import pytest

from storylens.similarity import VerdictRules

# (language a, date a, text a, language b, date b, text b, a's counterpart, b's): one club's two wins by one
# scoreline days apart
TWO_MATCHES = [
    ("de", "2026-11-21", ("Kane-Doppelpack für Bayern\nMünchen (dpa) - Der FC Bayern München hat den BVB am Samstag mit "
                          "3:0 besiegt und die Tabellenführung verteidigt. Harry Kane traf doppelt."),
     "de", "2026-11-25", ("Kane-Doppelpack gegen Celtic\nMünchen (dpa) - Der FC Bayern München hat Celtic am Mittwoch mit 3:0 "
                          "besiegt und die Tabellenführung in der Gruppe verteidigt. Harry Kane traf doppelt."),
     "Borussia Dortmund", "Celtic"),  # the acronym read as its club (text data clubs.json acronyms, contests60)
    ("es", "2025-03-05", ("El Barcelona gana al PSG\nEl Barcelona venció al PSG por 2-1 este miércoles en Montjuïc con "
                          "un gol de Raphinha."),
     "es", "2025-03-09", ("El Barcelona gana al Girona\nEl Barcelona venció al Girona por 2-1 este domingo en Montjuïc "
                          "con un gol de Raphinha."),
     "PSG", "Girona"),
    ("fr", "2025-03-04", ("Le Real bat le PSG\nLe Real Madrid a battu le PSG 2-1 mardi au Bernabéu grâce à un doublé "
                          "de Kylian Mbappé."),
     "fr", "2025-03-08", ("Le Real bat Gérone\nLe Real Madrid a battu Gérone 2-1 samedi au Bernabéu grâce à un doublé "
                          "de Kylian Mbappé."),
     "PSG", "Gérone"),
]


@pytest.mark.parametrize(("la", "da", "a", "lb", "db", "b", "own_a", "own_b"), TWO_MATCHES)
def test_an_acronym_is_a_side_and_a_noun_none(la, da, a, lb, db, b, own_a, own_b):
    rules = VerdictRules()
    rules.add("a", a, la, da)
    rules.add("b", b, lb, db)
    apart = rules.apart("a", "b") or ""
    assert "one result" in apart and own_a in apart and own_b in apart
    assert "Tabellenführung" not in apart


def test_one_match_by_its_acronym_and_its_name_stays_one_story():
    rules = VerdictRules()
    rules.add("a", "Bayern schlägt den BVB 3:0\nMünchen (dpa) - Der FC Bayern München hat den BVB am Samstag mit 3:0 "
                   "besiegt und die Tabellenführung verteidigt.", "de", "2026-11-21")
    rules.add("b", "Bayern beat Dortmund\nMUNICH (Reuters) - Bayern Munich beat Borussia Dortmund 3-0 on Saturday to "
                   "stay top of the Bundesliga.", "en", "2026-11-22")
    assert rules.apart("a", "b") is None
