"""The counterparts rule for teams and firms (:func:`storylens.similarity._contests._teams_apart`): one club's two matches
against two others days apart are two stories when the texts show two occasions (results none alike, other places,
other days), and one match's reports stay one story whoever each names as scorer or keeper. break57 F9: "Real
Madrid beat Barcelona 3-2 on Sunday" / "Real Madrid beat Mallorca 2-1" four days later was "same story 0.82" (de
Bayern v Dortmund / v Leverkusen, fr, es alike): the people rule reads people only, and a club is no person."""

from __future__ import annotations

import pytest

from storylens.similarity import VerdictRules

# (language, date a, text a, date b, text b, a's counterpart, b's): one club's or firm's two matches or deals
TWO_MATCHES = [
    ("en",
     "2025-05-11", ("Real Madrid win El Clásico\nReal Madrid beat Barcelona 3-2 at the Bernabéu on Sunday, with Kylian "
                    "Mbappé scoring twice in the first half. Carlo Ancelotti praised his side's spirit."),
     "2025-05-15", ("Madrid beat Mallorca\nReal Madrid beat Mallorca 2-1 at the Bernabéu on Wednesday, with Kylian "
                    "Mbappé scoring the winner late on. Carlo Ancelotti praised his side's spirit."),
     "Barcelona", "Mallorca"),
    ("de",
     "2025-04-12", ("Bayern schlägt Dortmund\nDer FC Bayern hat am Samstag in München Borussia Dortmund mit 2:1 besiegt, "
                    "Harry Kane traf doppelt. Trainer Vincent Kompany lobte die Moral."),
     "2025-04-16", ("Bayern schlägt Leverkusen\nDer FC Bayern hat am Mittwoch in München Bayer Leverkusen mit 3:0 "
                    "besiegt, Harry Kane traf doppelt. Trainer Vincent Kompany lobte die Moral."),
     "Dortmund", "Leverkusen"),
    ("fr",
     "2025-04-06", ("Le PSG bat l'OM\nLe Paris Saint-Germain a battu l'Olympique de Marseille 3-1 dimanche au Parc des "
                    "Princes, grâce à un doublé d'Ousmane Dembélé. Luis Enrique a salué ses joueurs."),
     "2025-04-10", ("Le PSG bat Lyon\nLe Paris Saint-Germain a battu l'Olympique lyonnais 2-0 mercredi au Parc des "
                    "Princes, grâce à un doublé d'Ousmane Dembélé. Luis Enrique a salué ses joueurs."),
     "Marseille", "lyonnais"),
    ("es",
     "2025-03-02", ("El Atlético gana al Athletic\nEl Atlético de Madrid derrotó al Athletic Club por 1-0 este domingo "
                    "en el Metropolitano con un gol de Julián Álvarez. Diego Simeone elogió a su equipo."),
     "2025-03-06", ("El Atlético gana al Sevilla\nEl Atlético de Madrid derrotó al Sevilla por 2-1 este miércoles en el "
                    "Metropolitano con dos goles de Julián Álvarez. Diego Simeone elogió a su equipo."),
     "Athletic", "Sevilla"),
    ("it",
     "2025-02-02", ("Inter batte il Milan\nL'Inter ha battuto il Milan 2-1 domenica a San Siro, con una doppietta di "
                    "Lautaro Martínez. Simone Inzaghi ha elogiato la squadra."),
     "2025-02-06", ("Inter batte il Napoli\nL'Inter ha battuto il Napoli 3-0 mercoledì a San Siro, con una doppietta di "
                    "Lautaro Martínez. Simone Inzaghi ha elogiato la squadra."),
     "Milan", "Napoli"),
    ("pt",
     "2025-03-02", ("Benfica vence o Porto\nO Benfica venceu o Porto por 2-1 neste domingo no Estádio da Luz, com dois "
                    "golos de Vangelis Pavlidis. Bruno Lage elogiou a equipa."),
     "2025-03-06", ("Benfica vence o Braga\nO Benfica venceu o Braga por 3-0 nesta quarta-feira no Estádio da Luz, com "
                    "dois golos de Vangelis Pavlidis. Bruno Lage elogiou a equipa."),
     "Porto", "Braga"),
    ("en",
     "2025-01-19", ("City thrash Ipswich\nManchester City thrashed Ipswich Town 6-0 at Portman Road on Sunday, with "
                    "Phil Foden scoring twice. Pep Guardiola praised his players."),
     "2025-01-23", ("City edge Brentford\nManchester City edged Brentford 2-1 at the Etihad on Wednesday, with Phil Foden "
                    "scoring twice. Pep Guardiola praised his players."),
     "Ipswich", "Brentford"),
]


@pytest.mark.parametrize(("lang", "da", "a", "db", "b", "own_a", "own_b"), TWO_MATCHES)
def test_one_club_two_matches_with_two_others_are_held_apart(lang, da, a, db, b, own_a, own_b):
    rules = VerdictRules()
    rules.add("a", a, lang, da)
    rules.add("b", b, lang, db)
    apart = rules.apart("a", "b") or ""
    assert "different counterparts" in apart
    assert own_a in apart and own_b in apart


# (language, date a, text a, date b, text b): one match told by two outlets, other scorers, keepers or wordings
ONE_MATCH = [
    ("en", "2025-05-11", "2025-05-11",
     ("Real Madrid win El Clásico\nReal Madrid beat Barcelona 3-2 at the Bernabéu on Sunday, with Kylian Mbappé "
      "scoring twice in the first half. Carlo Ancelotti praised his side's spirit."),
     ("Courtois the hero\nKylian Mbappé scored twice as Real Madrid won El Clásico 3-2 on Sunday, and goalkeeper "
      "Thibaut Courtois stopped Robert Lewandowski's late penalty. Carlo Ancelotti praised his side's spirit.")),
    ("en", "2025-04-12", "2025-04-12",
     ("Kane double sinks Dortmund\nHarry Kane scored twice as Bayern Munich beat Borussia Dortmund 2-1 in Munich on "
      "Saturday. Vincent Kompany praised his striker."),
     ("Kane beats Kobel twice\nHarry Kane beat goalkeeper Gregor Kobel twice on Saturday as Bayern won Der Klassiker "
      "at the Allianz Arena. Vincent Kompany praised his striker.")),
    ("en", "2025-02-09", "2025-02-09",
     ("Liverpool beat Arsenal\nLiverpool beat Arsenal 2-1 at Anfield on Sunday, with Mohamed Salah scoring the winner "
      "from the penalty spot. Arne Slot praised his side."),
     ("Alisson the hero\nAlisson Becker saved Bukayo Saka's late shot as Liverpool beat Arsenal at Anfield on Sunday, "
      "with Luis Díaz opening the scoring. Arne Slot praised his side.")),
    ("en", "2025-04-20", "2025-04-21",
     ("Miami beat Columbus\nInter Miami beat Columbus Crew 3-2 on Saturday, with Lionel Messi scoring twice. Javier "
      "Mascherano praised his team."),
     ("Ustari saves Miami\nOscar Ustari saved a late penalty as Inter Miami beat the Crew 3-2 in Fort Lauderdale on "
      "Saturday night. Javier Mascherano praised his team.")),
    ("de", "2025-04-12", "2025-04-12",
     ("Bayern schlägt Dortmund\nDer FC Bayern hat Borussia Dortmund am Samstag in München mit 2:1 besiegt, Harry Kane "
      "traf doppelt. Trainer Vincent Kompany lobte die Moral."),
     ("Kane entscheidet Klassiker\nHarry Kane hat den FC Bayern am Samstag mit zwei Toren zum 2:1 im Klassiker "
      "geführt, Torwart Manuel Neuer parierte gegen Serhou Guirassy. Trainer Vincent Kompany lobte die Moral.")),
    ("de", "2025-03-01", "2025-03-02",
     ("Bayern schlägt Leipzig\nDer FC Bayern hat RB Leipzig am Samstag mit 3:1 besiegt, Jamal Musiala traf doppelt. "
      "Trainer Vincent Kompany lobte die Moral."),
     ("Neuer hält Sieg fest\nManuel Neuer hat dem FC Bayern am Samstag mit Paraden gegen Loïs Openda den Sieg gegen RB "
      "Leipzig gesichert, Leroy Sané traf einmal. Trainer Vincent Kompany lobte die Moral.")),
    ("fr", "2025-04-06", "2025-04-06",
     ("Le PSG bat l'OM\nLe Paris Saint-Germain a battu l'Olympique de Marseille 3-1 dimanche au Parc des Princes, grâce "
      "à un doublé d'Ousmane Dembélé. Luis Enrique a salué ses joueurs."),
     ("Dembélé régale\nOusmane Dembélé a inscrit un doublé dimanche lors de la victoire 3-1 du PSG dans le Classique, "
      "et Gianluigi Donnarumma a stoppé Mason Greenwood en fin de match. Luis Enrique a salué ses joueurs.")),
    ("fr", "2025-03-09", "2025-03-10",
     ("Lyon bat Nice\nL'Olympique lyonnais a battu l'OGC Nice 2-0 dimanche au Groupama Stadium grâce à Alexandre "
      "Lacazette. Paulo Fonseca a salué ses joueurs."),
     ("Lacazette porte Lyon\nAlexandre Lacazette a marqué dimanche et l'Olympique lyonnais a battu Nice, Lucas Perri "
      "repoussant un penalty de Gaëtan Laborde. Paulo Fonseca a salué ses joueurs.")),
    ("es", "2025-03-02", "2025-03-02",
     ("El Atlético gana al Athletic\nEl Atlético de Madrid derrotó al Athletic Club por 1-0 este domingo en el "
      "Metropolitano con un gol de Julián Álvarez. Diego Simeone elogió a su equipo."),
     ("Julián Álvarez decide\nJulián Álvarez dio la victoria al Atlético por 1-0 este domingo y Jan Oblak detuvo un "
      "disparo de Nico Williams en el descuento. Diego Simeone elogió a su equipo.")),
    ("it", "2025-02-02", "2025-02-02",
     ("Inter batte il Milan\nL'Inter ha battuto il Milan 2-1 domenica a San Siro, con una doppietta di Lautaro "
      "Martínez. Simone Inzaghi ha elogiato la squadra."),
     ("Sommer decisivo\nYann Sommer ha parato un rigore a Christian Pulisic e l'Inter ha battuto i rossoneri domenica a "
      "San Siro. Simone Inzaghi ha elogiato la squadra.")),
]


@pytest.mark.parametrize(("lang", "da", "db", "a", "b"), ONE_MATCH)
def test_one_match_told_twice_stays_together(lang, da, db, a, b):
    rules = VerdictRules()
    rules.add("a", a, lang, da)
    rules.add("b", b, lang, db)
    assert rules.apart("a", "b") is None


# break58 F1: the club both contests name wins one and loses the other, or one report tells its loss ("lost 2:3 to",
# "verlor … gegen", "perdió … ante", "s'est inclinée … face à"); `stories --refine --judge full` had put a March
# Barcelona-Betis report into May's Clásico story. Texts written for this test.
WIN_AND_LOSS = [
    ("en", "2025-03-06", ("Barcelona beat Betis\nBarcelona beat Betis 2-0 at Montjuïc on Wednesday, Robert Lewandowski "
                         "scoring both goals. Hansi Flick praised the defence."),
     "2025-05-11", ("Madrid edge Barcelona\nReal Madrid beat Barcelona 3-2 at the Bernabéu on Sunday, Kylian Mbappé "
                   "scoring twice. Hansi Flick blamed the referee.")),
    ("en", "2025-03-06", ("Barcelona beat Betis\nBarcelona beat Betis 2-0 at Montjuïc on Wednesday, Robert Lewandowski "
                         "scoring both goals. Hansi Flick praised the defence."),
     "2025-05-11", ("Late drama in Madrid\nBarcelona lost 2:3 to Real Madrid on Sunday night at the Bernabéu. Hansi "
                   "Flick blamed the referee.")),
    ("de", "2025-03-01", ("Bayern siegt\nDer FC Bayern besiegte den VfB Stuttgart am Samstag mit 3:1 in München. "
                         "Harry Kane traf doppelt."),
     "2025-04-12", ("Bayern verliert\nDer FC Bayern verlor am Samstag mit 0:2 gegen Borussia Dortmund in Dortmund. "
                   "Harry Kane blieb ohne Tor.")),
    ("es", "2025-03-02", ("El Sevilla gana\nEl Sevilla venció al Valencia 2-1 este domingo en el Sánchez-Pizjuán. "
                         "Isaac Romero marcó el gol de la victoria."),
     "2025-04-20", ("Derrota en Bilbao\nEl Sevilla perdió 0-3 ante el Athletic este domingo en San Mamés. Isaac Romero "
                   "no pudo marcar.")),
]


@pytest.mark.parametrize(("lang", "da", "a", "db", "b"), WIN_AND_LOSS)
def test_a_clubs_win_and_its_later_loss_are_held_apart(lang, da, a, db, b):
    rules = VerdictRules()
    rules.add("a", a, lang, da)
    rules.add("b", b, lang, db)
    assert "different counterparts" in (rules.apart("a", "b") or "")


@pytest.mark.parametrize(("lang", "a", "b"), [
    ("en", "Real Madrid beat Barcelona 3-2 at the Bernabéu on Sunday, Kylian Mbappé scoring twice.",
     "Barcelona lost 2:3 to Real Madrid on Sunday night at the Bernabéu, Hansi Flick blamed the referee."),
    ("de", "Borussia Dortmund besiegte den FC Bayern am Samstag mit 2:0 in Dortmund.",
     "Der FC Bayern verlor am Samstag mit 0:2 gegen Borussia Dortmund, Harry Kane blieb ohne Tor."),
    ("es", "El Athletic venció al Sevilla 3-0 este domingo en San Mamés.",
     "El Sevilla perdió 0-3 ante el Athletic este domingo en San Mamés."),
    ("fr", "Le PSG a battu Lyon 3-1 dimanche au Parc des Princes.",
     "Lyon s'est incliné 1-3 face au PSG dimanche au Parc des Princes."),
])
def test_one_match_told_as_a_win_and_as_a_loss_stays_together(lang, a, b):
    rules = VerdictRules()
    rules.add("a", a, lang, "2025-05-11")
    rules.add("b", b, lang, "2025-05-11")
    assert rules.apart("a", "b") is None
