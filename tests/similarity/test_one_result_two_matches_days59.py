"""One club's two wins by one scoreline against two others, days apart, are two stories
(:func:`storylens.similarity._contests._two_occasions_shown`, the teams rule's shared result). break57b G5: "Bayern
Munich beat Mainz 05 3-0 on Saturday" (Bundesliga) and "Bayern Munich beat Celtic 3-0 ... on Wednesday" (Champions
League) were "same story 0.69-0.87": the result both openings write was read as one match's. One match's reports,
however they spell the opponent, date it on one day and stay one story."""

from __future__ import annotations

import pytest

from storylens.similarity import VerdictRules

# (language a, date a, text a, language b, date b, text b, a's counterpart, b's)
TWO_MATCHES = [
    ("en", "2026-11-21", ("Bayern beat Mainz 3-0 to stay top\nMUNICH (Reuters) - Bayern Munich beat Mainz 05 3-0 on "
                          "Saturday to stay top of the Bundesliga, with Harry Kane scoring twice and Jamal Musiala "
                          "adding a third at the Allianz Arena."),
     "en", "2026-11-25", ("Bayern cruise past Celtic in Champions League\nMUNICH (Reuters) - Bayern Munich beat Celtic "
                          "3-0 in the Champions League on Wednesday, Harry Kane scoring twice before Jamal Musiala "
                          "sealed the win at the Allianz Arena."),
     "Mainz", "Celtic"),
    # the German report dates no day: the English one's Wednesday is four days after it was published
    ("de", "2026-11-21", ("Kane-Doppelpack: Bayern schlägt Mainz\nMünchen (dpa) - Der FC Bayern München hat den FSV "
                          "Mainz 05 mit 3:0 besiegt und die Tabellenführung in der Bundesliga verteidigt. Harry Kane "
                          "traf doppelt, Jamal Musiala erzielte das dritte Tor in der Allianz Arena."),
     "en", "2026-11-25", ("Kane double as Bayern see off Celtic\nMUNICH (AFP) - Harry Kane scored twice as Bayern "
                          "Munich beat Celtic 3-0 at the Allianz Arena on Wednesday, with Jamal Musiala adding the "
                          "third to keep Vincent Kompany's side top of their Champions League group."),
     "Mainz", "Celtic"),
    ("fr", "2025-04-06", ("Le PSG bat Lyon\nLe Paris Saint-Germain a battu l'Olympique lyonnais 2-0 dimanche au Parc "
                          "des Princes, grâce à un doublé d'Ousmane Dembélé. Luis Enrique a salué ses joueurs."),
     "fr", "2025-04-10", ("Le PSG bat Brest\nLe Paris Saint-Germain a battu le Stade brestois 2-0 mercredi au Parc des "
                          "Princes, grâce à un doublé d'Ousmane Dembélé. Luis Enrique a salué ses joueurs."),
     "lyonnais", "brestois"),
    ("es", "2025-03-02", ("El Atlético gana al Athletic\nEl Atlético de Madrid derrotó al Athletic Club por 1-0 este "
                          "domingo en el Metropolitano con un gol de Julián Álvarez. Diego Simeone elogió a su equipo."),
     "es", "2025-03-06", ("El Atlético gana al Sevilla\nEl Atlético de Madrid derrotó al Sevilla por 1-0 este miércoles "
                          "en el Metropolitano con un gol de Julián Álvarez. Diego Simeone elogió a su equipo."),
     "Athletic", "Sevilla"),
]


@pytest.mark.parametrize(("la", "da", "a", "lb", "db", "b", "own_a", "own_b"), TWO_MATCHES)
def test_one_result_against_two_others_days_apart_is_held_apart(la, da, a, lb, db, b, own_a, own_b):
    rules = VerdictRules()
    rules.add("a", a, la, da)
    rules.add("b", b, lb, db)
    apart = rules.apart("a", "b") or ""
    assert "different counterparts" in apart and "one result" in apart
    assert own_a in apart and own_b in apart


# (language, date a, text a, date b, text b): one match, its opponent spelled two ways, told the same day or a
# follow-up days later that dates the match again
ONE_MATCH = [
    ("en", "2025-05-11", ("Real Madrid win El Clásico\nReal Madrid beat Barcelona 3-2 at the Bernabéu on Sunday, with "
                          "Kylian Mbappé scoring twice. Carlo Ancelotti praised his side's spirit."),
     "2025-05-12", ("Real edge Barca\nReal Madrid beat Barca 3-2 on Sunday night, Kylian Mbappé scoring twice. Carlo "
                    "Ancelotti praised his side's spirit.")),
    ("en", "2025-05-11", ("Real Madrid win El Clásico\nReal Madrid beat Barcelona 3-2 at the Bernabéu on Sunday, with "
                          "Kylian Mbappé scoring twice. Carlo Ancelotti praised his side's spirit."),
     "2025-05-14", ("Ancelotti savours Clásico\nReal Madrid beat Barca 3-2 on Sunday and Carlo Ancelotti said on "
                    "Tuesday his side's spirit had won the title race. Kylian Mbappé scored twice.")),
    ("de", "2026-11-21", ("Bayern schlägt Mainz\nDer FC Bayern München hat den FSV Mainz 05 am Samstag mit 3:0 besiegt. "
                          "Harry Kane traf doppelt, Jamal Musiala erzielte das dritte Tor."),
     "2026-11-21", ("Bayern siegt gegen die Nullfünfer\nDer FC Bayern hat die Nullfünfer am Samstag mit 3:0 besiegt. "
                    "Harry Kane traf doppelt, Jamal Musiala erzielte das dritte Tor.")),
]


@pytest.mark.parametrize(("lang", "da", "a", "db", "b"), ONE_MATCH)
def test_one_match_with_one_result_stays_one_story(lang, da, a, db, b):
    rules = VerdictRules()
    rules.add("a", a, lang, da)
    rules.add("b", b, lang, db)
    assert rules.apart("a", "b") is None
