"""Two occasions of the same parties that the verdict joined (games55, issue #11): the same two clubs' rematch or league
match and cup tie (:func:`storylens.similarity._contests._rematch_apart`), a preview of one match and the report of another
(:func:`storylens.similarity._contests._fixture_apart`), and two summits of the same leaders weeks apart
(:func:`storylens.similarity._contests._summits_apart`) were "same story 0.54-0.91": the clubs, the coach, the scorer, the
leaders and the city are every such occasion's. Each rule reads evidence on both sides (two results, two
competitions, two dates, two places; a match to come and a match played; each summit's own outcome), so one match or
one summit told twice stays one story: a win and a loss, a shoot-out beside its draw, a preview and the report of its
own match (one event, so one story: SemEval 2022 task 8 rates whether two articles tell the same story), a follow-up
that names the summit. Texts written for this test; dates ISO, as the stream passes them."""

from __future__ import annotations

import pytest

from storylens.similarity import VerdictRules
from storylens.similarity._contests import _competitions
from storylens.similarity._teams import _clause_object, _contest_pattern, _contests, _when_word


def _apart(la: str, da: str, a: str, lb: str, db: str, b: str) -> tuple[str | None, str | None]:
    """The verdict rules' reason to hold text ``a`` and text ``b`` apart, read both ways."""
    rules = VerdictRules()
    rules.add("a", a, la, da)
    rules.add("b", b, lb, db)
    return rules.apart("a", "b"), rules.apart("b", "a")

# (language a, date a, text a, language b, date b, text b)
REMATCHES = [
    ("en", "2025-03-16", ("Miami edge Columbus\nInter Miami beat Columbus Crew 2-1 at Chase Stadium in Fort Lauderdale on "
     "Saturday, with Lionel Messi scoring the winner in the 85th minute. Javier Mascherano praised his team's patience."),
     "en", "2025-10-27", ("Miami through in playoffs\nInter Miami beat Columbus Crew 4-3 on penalties after a 1-1 draw at "
     "Lower.com Field in Columbus on Sunday to reach the MLS Cup conference semifinals. Lionel Messi scored from the spot "
     "in the shootout. Javier Mascherano praised his team's nerve.")),
    ("de", "2024-09-29", ("Bayern schlägt Leverkusen\nDer FC Bayern hat am Samstag in München Bayer Leverkusen mit 3:1 "
     "besiegt, Harry Kane traf doppelt. Trainer Vincent Kompany lobte die Moral seiner Mannschaft."),
     "de", "2025-02-16", ("Bayern siegt in Leverkusen\nDer FC Bayern hat am Samstag in Leverkusen Bayer Leverkusen mit 2:0 "
     "besiegt, Harry Kane traf doppelt. Trainer Vincent Kompany lobte die Moral seiner Mannschaft.")),
    ("es", "2024-10-27", ("El Madrid gana al Barcelona\nEl Real Madrid venció al Barcelona por 2-1 este sábado en el "
     "Santiago Bernabéu con dos goles de Vinícius Júnior. Carlo Ancelotti elogió a su equipo."),
     "es", "2025-05-12", ("El Madrid gana en Montjuïc\nEl Real Madrid venció al Barcelona por 3-2 este domingo en el Estadi "
     "Olímpic de Montjuïc con dos goles de Vinícius Júnior. Carlo Ancelotti elogió a su equipo.")),
    ("fr", "2024-09-23", ("Le PSG bat l'OM\nLe Paris Saint-Germain a battu l'Olympique de Marseille 3-0 dimanche au Parc "
     "des Princes, grâce à un doublé d'Ousmane Dembélé. Luis Enrique a salué ses joueurs."),
     "fr", "2025-03-17", ("Le PSG s'impose au Vélodrome\nLe Paris Saint-Germain a battu l'Olympique de Marseille 2-1 "
     "dimanche au Vélodrome, grâce à un doublé d'Ousmane Dembélé. Luis Enrique a salué ses joueurs.")),
]

LEAGUE_AND_CUP = [
    ("en", "2025-01-26", ("Arsenal beat Newcastle\nArsenal beat Newcastle United 2-0 in the Premier League at the Emirates "
     "on Saturday, with Bukayo Saka scoring both goals. Mikel Arteta praised his side."),
     "en", "2025-02-06", ("Newcastle reach final\nNewcastle United beat Arsenal 2-0 in the Carabao Cup semi-final second "
     "leg at St James' Park on Wednesday to reach Wembley. Eddie Howe praised his side. Mikel Arteta said Arsenal lacked "
     "a cutting edge.")),
    ("de", "2024-12-21", ("Bayern schlägt Leverkusen\nDer FC Bayern hat Bayer Leverkusen am Samstag in der Bundesliga mit "
     "2:0 besiegt. Harry Kane traf doppelt. Trainer Vincent Kompany lobte die Moral."),
     "de", "2024-12-04", ("Bayern raus aus dem Pokal\nBayer Leverkusen hat den FC Bayern am Dienstag im DFB-Pokal mit 1:0 "
     "besiegt. Nathan Tella traf per Kopf. Trainer Vincent Kompany war enttäuscht.")),
    ("es", "2025-02-08", ("El Atlético gana al Getafe en Liga\nEl Atlético de Madrid derrotó al Getafe por 2-0 este "
     "domingo en LaLiga en el Metropolitano con un gol de Julián Álvarez. Diego Simeone elogió a su equipo."),
     "es", "2025-02-27", ("El Atlético elimina al Getafe de la Copa\nEl Atlético de Madrid derrotó al Getafe por 5-0 este "
     "martes en la Copa del Rey en el Metropolitano con dos goles de Julián Álvarez. Diego Simeone elogió a su equipo.")),
    ("fr", "2025-01-13", ("Le PSG bat Lens\nLe Paris Saint-Germain a battu le RC Lens 2-0 dimanche au Parc des Princes en "
     "Ligue 1. Luis Enrique a salué ses joueurs."),
     "fr", "2025-02-05", ("Le PSG élimine Lens en Coupe de France\nLe Paris Saint-Germain a battu le RC Lens 1-0 mardi en "
     "Coupe de France à Bollaert. Luis Enrique a salué ses joueurs.")),
]


@pytest.mark.parametrize(("la", "da", "a", "lb", "db", "b"), REMATCHES + LEAGUE_AND_CUP)
def test_one_club_pairs_two_matches_are_held_apart(la, da, a, lb, db, b):
    assert (_apart(la, da, a, lb, db, b)[0] or "").startswith("two matches of")


def test_the_league_and_cup_reason_names_both_competitions():
    la, da, a, lb, db, b = LEAGUE_AND_CUP[1]
    rules = VerdictRules()
    rules.add("a", a, la, da)
    rules.add("b", b, lb, db)
    assert "competitions bundesliga vs dfb_pokal" in (rules.apart("a", "b") or "")


PREVIEW_AND_OTHER_MATCH = [
    ("en", "2025-04-18", ("Preview: Miami face Columbus\nInter Miami face Columbus Crew at Chase Stadium on Saturday looking "
     "to go top of the Eastern Conference. Lionel Messi is expected to start. Javier Mascherano said his team was ready."),
     "en", "2025-04-14", ("Miami beat Toronto\nInter Miami beat Toronto FC 2-1 at BMO Field on Sunday, with Lionel Messi "
     "scoring the winner. Javier Mascherano praised his team. Miami face Columbus Crew next Saturday.")),
    ("de", "2025-04-11", ("Vorschau: Bayern gegen Dortmund\nDer FC Bayern empfängt am Samstag Borussia Dortmund zum "
     "Klassiker in der Allianz Arena. Harry Kane ist wieder fit. Trainer Vincent Kompany warnte vor dem Gegner."),
     "de", "2025-04-06", ("Bayern schlägt Augsburg\nDer FC Bayern hat am Samstag in München den FC Augsburg mit 3:1 "
     "besiegt, Harry Kane traf doppelt. Trainer Vincent Kompany lobte die Moral. Am nächsten Samstag kommt Borussia "
     "Dortmund.")),
    ("es", "2025-04-05", ("Previa: el Barcelona recibe al Betis\nEl Barcelona recibe al Betis este sábado en Montjuïc con "
     "Robert Lewandowski recuperado. Hansi Flick pidió concentración a sus jugadores."),
     "es", "2025-03-30", ("El Barcelona gana al Girona\nEl Barcelona venció al Girona por 4-1 este domingo en Montjuïc con "
     "dos goles de Robert Lewandowski. Hansi Flick elogió a su equipo.")),
    ("fr", "2025-03-14", ("Avant-match : le PSG reçoit Marseille\nLe Paris Saint-Germain reçoit l'Olympique de Marseille "
     "dimanche au Parc des Princes. Ousmane Dembélé est incertain. Luis Enrique a appelé ses joueurs à la concentration."),
     "fr", "2025-03-10", ("Le PSG bat Lille\nLe Paris Saint-Germain a battu le LOSC Lille 4-1 samedi au Parc des Princes, "
     "grâce à un doublé d'Ousmane Dembélé. Luis Enrique a salué ses joueurs.")),
    ("it", "2025-04-18", ("Anteprima\nL'Inter ospita il Milan sabato a San Siro nel derby. Simone Inzaghi ha chiesto "
                          "concentrazione."),
     "it", "2025-04-14", ("L'Inter batte il Napoli\nL'Inter ha battuto il Napoli 2-0 domenica a San Siro. Simone Inzaghi ha "
                          "elogiato la squadra.")),
    ("pt", "2025-04-18", ("Antevisão\nO Benfica recebe o Porto neste sábado no Estádio da Luz. Bruno Lage pediu "
                          "concentração."),
     "pt", "2025-04-14", ("Benfica vence o Braga\nO Benfica venceu o Braga por 3-0 neste domingo no Estádio da Luz. Bruno "
                          "Lage elogiou a equipa.")),
    # the same two clubs: a second leg's preview written after the first leg's report
    ("en", "2025-04-15", ("Preview: Arsenal host Real Madrid\nArsenal host Real Madrid in the Champions League "
     "quarter-final second leg at the Emirates on Wednesday. Bukayo Saka is fit. Mikel Arteta said his side would attack."),
     "en", "2025-04-09", ("Arsenal stun Madrid\nArsenal beat Real Madrid 3-0 in the Champions League quarter-final first "
     "leg at the Emirates on Tuesday, with Declan Rice scoring two free kicks. Mikel Arteta praised his side.")),
]


@pytest.mark.parametrize(("la", "da", "a", "lb", "db", "b"), PREVIEW_AND_OTHER_MATCH)
def test_a_preview_and_another_matchs_report_are_held_apart(la, da, a, lb, db, b):
    rules = VerdictRules()
    rules.add("a", a, la, da)
    rules.add("b", b, lb, db)
    assert (rules.apart("a", "b") or "").startswith("a preview of")
    rules.add("a2", a, la, da)
    rules.add("b2", b, lb, db)
    assert rules.apart("b2", "a2") == rules.apart("b", "a")  # either order


ONE_MATCH = [
    # a preview and the report of its own match: one event
    ("en", "2025-04-18", ("Preview: Miami face Columbus\nInter Miami face Columbus Crew at Chase Stadium on Saturday looking "
     "to go top of the Eastern Conference. Lionel Messi is expected to start. Javier Mascherano said his team was ready."),
     "en", "2025-04-20", ("Miami beat Columbus\nInter Miami beat Columbus Crew 3-2 at Chase Stadium on Saturday, with Lionel "
     "Messi scoring twice. Javier Mascherano praised his team. Miami went top of the Eastern Conference.")),
    ("de", "2025-04-11", ("Vorschau: Bayern gegen Dortmund\nDer FC Bayern empfängt am Samstag Borussia Dortmund zum "
     "Klassiker in der Allianz Arena. Harry Kane ist wieder fit. Trainer Vincent Kompany warnte vor dem Gegner."),
     "de", "2025-04-12", ("Bayern schlägt Dortmund\nDer FC Bayern hat am Samstag in der Allianz Arena Borussia Dortmund mit "
     "2:1 besiegt, Harry Kane traf doppelt. Trainer Vincent Kompany lobte die Moral.")),
    ("en", "2025-04-10", ("Bayern host Dortmund\nBayern Munich host Borussia Dortmund at the Allianz Arena on Saturday in "
     "the Klassiker. Harry Kane is fit again. Vincent Kompany warned of the danger."),
     "de", "2025-04-12", ("Bayern schlägt Dortmund\nDer FC Bayern hat am Samstag in der Allianz Arena Borussia Dortmund mit "
     "2:1 besiegt, Harry Kane traf doppelt. Trainer Vincent Kompany lobte die Moral.")),
    ("es", "2025-04-04", ("Previa: el Barcelona recibe al Betis\nEl Barcelona recibe al Betis este sábado en Montjuïc con "
     "Robert Lewandowski recuperado. Hansi Flick pidió concentración a sus jugadores."),
     "es", "2025-04-06", ("El Betis cae en Montjuïc\nEl Betis perdió 1-3 ante el Barcelona este sábado en Montjuïc, con dos "
     "goles de Robert Lewandowski. Hansi Flick elogió a su equipo.")),
    ("fr", "2025-03-14", ("Avant-match : le PSG reçoit Marseille\nLe Paris Saint-Germain reçoit l'Olympique de Marseille "
     "dimanche au Parc des Princes. Ousmane Dembélé est incertain. Luis Enrique a appelé ses joueurs à la concentration."),
     "fr", "2025-03-17", ("Le PSG bat l'OM\nLe Paris Saint-Germain a battu l'Olympique de Marseille 3-1 dimanche au Parc "
     "des Princes, grâce à un doublé d'Ousmane Dembélé. Luis Enrique a salué ses joueurs.")),
    ("it", "2025-04-18", ("Anteprima\nL'Inter ospita il Milan sabato a San Siro nel derby. Simone Inzaghi ha chiesto "
                          "concentrazione."),
     "it", "2025-04-20", ("L'Inter vince il derby\nL'Inter ha battuto il Milan 2-1 sabato a San Siro. Simone Inzaghi ha "
                          "elogiato la squadra.")),
    ("pt", "2025-04-18", ("Antevisão\nO Benfica recebe o Porto neste sábado no Estádio da Luz. Bruno Lage pediu "
                          "concentração."),
     "pt", "2025-04-20", ("Benfica vence o clássico\nO Benfica venceu o Porto por 2-1 neste sábado no Estádio da Luz. Bruno "
                          "Lage elogiou a equipa.")),
    # one match as a win and as a loss, a shoot-out beside its draw, a sanction days later naming the result
    ("en", "2025-10-26", ("Miami through in playoffs\nInter Miami beat Columbus Crew 3-2 at Lower.com Field in Columbus on "
     "Sunday to reach the MLS Cup conference semifinals. Lionel Messi scored twice. Javier Mascherano praised his team's "
     "nerve."),
     "en", "2025-10-27", ("Crew crash out\nColumbus Crew lost 2-3 to Inter Miami on Sunday night in Columbus and are out of "
     "the MLS Cup playoffs. Wilfried Nancy said his team gave everything against Lionel Messi.")),
    ("en", "2025-10-26", ("Miami through on penalties\nInter Miami beat Columbus Crew 4-3 on penalties after a 1-1 draw in "
     "Columbus on Sunday. Lionel Messi scored in the shootout."),
     "en", "2025-10-27", ("Crew out of playoffs\nColumbus Crew lost to Inter Miami in a shootout on Sunday night after a 1-1 "
     "draw at Lower.com Field in the MLS Cup playoffs. Wilfried Nancy praised his players.")),
    ("en", "2025-04-13", ("Kane double sinks Dortmund\nBayern Munich beat Borussia Dortmund 2-1 in the Bundesliga on "
     "Saturday, with Harry Kane scoring twice. Vincent Kompany praised his striker."),
     "en", "2025-04-16", ("Dortmund fined after Klassiker\nThe German league fined Borussia Dortmund on Tuesday for crowd "
     "trouble during their 2-1 defeat to Bayern Munich at the weekend. Bayern beat Dortmund 2-1 with two goals from Harry "
     "Kane.")),
]


@pytest.mark.parametrize(("la", "da", "a", "lb", "db", "b"), ONE_MATCH)
def test_one_match_told_twice_stays_one_story(la, da, a, lb, db, b):
    assert _apart(la, da, a, lb, db, b)[0] is None


TWO_SUMMITS = [
    ("de", "2023-05-20", ("G7-Gipfel in Hiroshima\nDie Staats- und Regierungschefs der G7 haben sich am Samstag in "
     "Hiroshima auf neue Sanktionen gegen Russland geeinigt. Bundeskanzler Olaf Scholz sagte, die Gruppe stehe geschlossen "
     "hinter der Ukraine. US-Präsident Joe Biden kündigte weitere Hilfe an. Gastgeber Fumio Kishida sprach von einem "
     "starken Signal."),
     "de", "2024-06-14", ("G7-Gipfel in Apulien\nDie Staats- und Regierungschefs der G7 haben sich am Freitag in Apulien "
     "auf einen Kredit über 50 Milliarden Dollar für die Ukraine geeinigt. Bundeskanzler Olaf Scholz sagte, die Gruppe "
     "stehe geschlossen hinter der Ukraine. US-Präsident Joe Biden kündigte weitere Hilfe an. Gastgeberin Giorgia Meloni "
     "sprach von einem starken Signal.")),
    ("de", "2025-03-21", ("EU-Gipfel in Brüssel\nDie Staats- und Regierungschefs der EU haben sich am Donnerstag in Brüssel "
     "auf mehr Geld für die Verteidigung geeinigt. Bundeskanzler Olaf Scholz sprach von einem wichtigen Schritt. "
     "Kommissionspräsidentin Ursula von der Leyen lobte die Einigung."),
     "de", "2025-06-27", ("EU-Gipfel in Brüssel\nDie Staats- und Regierungschefs der EU haben sich am Donnerstag in Brüssel "
     "auf eine härtere Migrationspolitik geeinigt. Bundeskanzler Friedrich Merz sprach von einem wichtigen Schritt. "
     "Kommissionspräsidentin Ursula von der Leyen lobte die Einigung.")),
    ("es", "2025-03-21", ("Cumbre de la UE en Bruselas\nLos líderes de la UE acordaron este jueves en Bruselas más dinero "
     "para la defensa. El presidente del Gobierno, Pedro Sánchez, habló de un paso importante. La presidenta de la "
     "Comisión, Ursula von der Leyen, celebró el acuerdo."),
     "es", "2025-06-27", ("Cumbre de la UE en Bruselas\nLos líderes de la UE acordaron este jueves en Bruselas una política "
     "migratoria más dura. El presidente del Gobierno, Pedro Sánchez, habló de un paso importante. La presidenta de la "
     "Comisión, Ursula von der Leyen, celebró el acuerdo.")),
    ("fr", "2025-03-21", ("Sommet européen à Bruxelles\nLes dirigeants de l'UE se sont mis d'accord jeudi à Bruxelles sur "
     "davantage de crédits pour la défense. Emmanuel Macron a salué une étape importante. Ursula von der Leyen s'est "
     "félicitée de l'accord."),
     "fr", "2025-06-27", ("Sommet européen à Bruxelles\nLes dirigeants de l'UE se sont mis d'accord jeudi à Bruxelles sur "
     "une politique migratoire plus stricte. Emmanuel Macron a salué une étape importante. Ursula von der Leyen s'est "
     "félicitée de l'accord.")),
    ("it", "2025-03-21", ("Vertice Ue a Bruxelles\nI leader dell'Ue hanno raggiunto giovedì a Bruxelles un accordo per "
                          "aumentare la spesa per la difesa. Giorgia Meloni ha parlato di un passo importante."),
     "it", "2025-06-27", ("Vertice Ue a Bruxelles\nI leader dell'Ue hanno raggiunto giovedì a Bruxelles un accordo su "
                          "regole più severe per i migranti. Giorgia Meloni ha parlato di un passo importante.")),
    ("pt", "2025-03-21", ("Cimeira europeia em Bruxelas\nOs líderes da UE chegaram a acordo na quinta-feira em Bruxelas "
                          "para aumentar os gastos com a defesa. Luís Montenegro falou de um passo importante."),
     "pt", "2025-06-27", ("Cimeira europeia em Bruxelas\nOs líderes da UE chegaram a acordo na quinta-feira em Bruxelas "
                          "sobre regras mais duras para a migração. Luís Montenegro falou de um passo importante.")),
    ("en", "2023-05-20", ("G7 leaders meet in Hiroshima\nG7 leaders agreed at their summit in Hiroshima on Saturday to "
     "tighten sanctions on Russia. Olaf Scholz said the group stood united behind Ukraine. Joe Biden promised more aid."),
     "es", "2024-06-14", ("Cumbre del G7 en Apulia\nLos líderes del G7 acordaron este viernes en Apulia un préstamo de "
     "50.000 millones de dólares para Ucrania. El canciller alemán Olaf Scholz afirmó que el grupo está unido con Ucrania. "
     "El presidente estadounidense Joe Biden anunció más ayuda.")),
]


@pytest.mark.parametrize(("la", "da", "a", "lb", "db", "b"), TWO_SUMMITS)
def test_two_summits_of_the_same_leaders_weeks_apart_are_held_apart(la, da, a, lb, db, b):
    assert _apart(la, da, a, lb, db, b)[0] is not None


def test_the_summit_reason_names_each_summits_own_words():
    la, da, a, lb, db, b = TWO_SUMMITS[1]
    rules = VerdictRules()
    rules.add("a", a, la, da)
    rules.add("b", b, lb, db)
    why = rules.apart("a", "b") or ""
    assert why.startswith("two summits in the openings, published 98 days apart")
    assert "Verteidigung" in why and "Migrationspolitik" in why


ONE_SUMMIT = [
    ("de", "2024-06-14", ("G7-Gipfel in Apulien\nDie Staats- und Regierungschefs der G7 haben sich am Freitag in Apulien "
     "auf einen Kredit über 50 Milliarden Dollar für die Ukraine geeinigt. Bundeskanzler Olaf Scholz sagte, die Gruppe "
     "stehe geschlossen hinter der Ukraine. Gastgeberin Giorgia Meloni sprach von einem starken Signal."),
     "de", "2024-06-15", ("Gipfel endet mit Kredit für Kiew\nZum Abschluss des G7-Gipfels in Apulien hat Gastgeberin "
     "Giorgia Meloni am Samstag die Einigung auf einen Kredit über 50 Milliarden Dollar für die Ukraine gelobt. "
     "Bundeskanzler Olaf Scholz sprach von einem starken Signal an Moskau.")),
    ("it", "2025-03-21", ("Vertice Ue a Bruxelles\nI leader dell'Ue hanno raggiunto giovedì a Bruxelles un accordo per "
                          "aumentare la spesa per la difesa. Giorgia Meloni ha parlato di un passo importante."),
     "it", "2025-03-22", ("Difesa, accordo al vertice\nIl vertice di Bruxelles si è chiuso venerdì con l'intesa sulla spesa "
                          "per la difesa. Giorgia Meloni si è detta soddisfatta.")),
    # follow-ups days later that name the summit by what came of it
    ("en", "2025-03-21", ("EU leaders back defence plan\nEU leaders agreed at a summit in Brussels on Thursday to spend "
     "hundreds of billions more on defence. Ursula von der Leyen called it a watershed moment. Olaf Scholz welcomed the "
     "deal."),
     "en", "2025-04-01", ("Poland pushes defence plan\nPoland said on Monday it wanted the defence plan agreed at the EU "
     "summit in Brussels last month to be put into effect quickly. Ursula von der Leyen said the Commission was ready.")),
    ("de", "2025-03-21", ("EU-Gipfel einigt sich auf Verteidigung\nDie Staats- und Regierungschefs der EU haben sich am "
     "Donnerstag in Brüssel auf mehr Geld für die Verteidigung geeinigt. Bundeskanzler Olaf Scholz sprach von einem "
     "wichtigen Schritt."),
     "de", "2025-03-31", ("Polen drängt auf Umsetzung\nPolen hat am Montag gefordert, die Ergebnisse des EU-Gipfels zur "
     "Verteidigung rasch umzusetzen. Regierungschef Donald Tusk sprach von einem wichtigen Schritt.")),
    ("es", "2025-06-27", ("Cumbre de la UE en Bruselas\nLos líderes de la UE acordaron este jueves en Bruselas una política "
     "migratoria más dura. Pedro Sánchez habló de un paso importante."),
     "es", "2025-06-28", ("La cumbre europea cierra con un pacto migratorio\nLa cumbre de Bruselas terminó el viernes con un "
     "endurecimiento de las reglas de asilo. Ursula von der Leyen celebró el acuerdo y Pedro Sánchez expresó dudas.")),
]


@pytest.mark.parametrize(("la", "da", "a", "lb", "db", "b"), ONE_SUMMIT)
def test_one_summit_told_twice_stays_one_story(la, da, a, lb, db, b):
    assert _apart(la, da, a, lb, db, b)[0] is None


def test_a_clause_closing_with_its_verb_reads_the_club_not_the_day_or_the_cup():
    # "hat den FC Bayern am Dienstag im DFB-Pokal mit 1-0 besiegt": the object is the club
    assert _clause_object(["Bayer", "Leverkusen", "hat", "den", "FC", "Bayern", "am", "Dienstag", "im", "DFB-Pokal",
                           "mit"]) == ["FC", "Bayern"]
    # "in München Bayer Leverkusen": a place, then the club
    assert _clause_object(["Der", "FC", "Bayern", "hat", "am", "Samstag", "in", "München", "Bayer", "Leverkusen",
                           "mit"]) == ["Bayer", "Leverkusen"]


class _Opening:
    def __init__(self, text: str):
        self.text = text


@pytest.mark.parametrize(("text", "keys"), [
    ("Chelsea won the Club World Cup final 3-0 on Sunday.", {"club_world_cup"}),
    ("Argentina won the World Cup final on penalties.", {"world_cup"}),
    ("Bayern beat Leverkusen in the DFB-Pokal after losing to them in the Bundesliga.", {"dfb_pokal", "bundesliga"}),
    ("El Atlético eliminó al Getafe de la Copa del Rey.", {"copa_del_rey"}),
    ("The series A of tests was run again.", set()),
])
def test_competitions_are_read_as_written_longest_first(text, keys):
    assert _competitions(_Opening(text)) == keys


def test_a_match_told_again_days_later_from_elsewhere_with_its_result_stays_one_story():
    # one result in both openings: a sanction three days later, filed from another city, is the match's story
    rules = VerdictRules()
    rules.add("a", "Kane double sinks Dortmund\nBayern Munich beat Borussia Dortmund 2-1 in Munich on Saturday, with "
              "Harry Kane scoring twice. Vincent Kompany praised his striker.", "en", "2025-04-13")
    rules.add("b", "Dortmund fined\nThe German league fined Borussia Dortmund in Frankfurt on Tuesday for crowd trouble "
              "after Bayern Munich beat Dortmund 2-1 at the weekend. Harry Kane scored twice.", "en", "2025-04-16")
    assert rules.apart("a", "b") is None


# break55 F2: a follow-up names its own match by the day's possessive ("Saturday's 1-2 derby defeat by Everton"), and
# the day was read as the side that lost: the preview and its own match's follow-up became "two matches"
PREVIEW_AND_ITS_FOLLOW_UP = [
    ("en", "2026-02-06", ("Liverpool face Everton in Merseyside derby\nLiverpool host Everton at Anfield on Saturday "
     "looking to stretch their lead at the top of the Premier League. Arne Slot said Mohamed Salah is fit."),
     "en", "2026-02-10", ("Slot under pressure after derby defeat\nLiverpool manager Arne Slot said on Tuesday his side "
     "must learn quickly from Saturday's 1-2 derby defeat by Everton at Anfield. Mohamed Salah scored Liverpool's goal.")),
    ("en", None, ("Arsenal host Chelsea\nArsenal host Chelsea at the Emirates Stadium on Sunday in the London derby. "
     "Bukayo Saka is fit and Mikel Arteta said his side were ready."),
     "en", None, ("Saka ruled out\nArsenal winger Bukayo Saka will miss three weeks after aggravating his hamstring in "
     "Sunday's 2-1 win over Chelsea, the club said on Wednesday. Mikel Arteta said the squad would cope.")),
    ("en", "2026-02-06", ("Liverpool face Everton\nLiverpool host Everton at Anfield on Saturday in the Merseyside derby. "
     "Arne Slot said Mohamed Salah is fit."),
     "en", "2026-02-09", ("Slot rues derby\nYesterday's 1-2 defeat by Everton at Anfield left Liverpool manager Arne "
     "Slot searching for answers. Mohamed Salah scored Liverpool's goal.")),
    # the day's possessive opening the sentence (main before this fix: "a preview of Liverpool v Everton and the
    # report of Saturday's v Everton (1-2) in the openings: two matches")
    ("en", "2026-02-06", ("Liverpool face Everton\nLiverpool host Everton at Anfield on Saturday in the Merseyside derby. "
     "Arne Slot said Mohamed Salah is fit."),
     "en", "2026-02-10", ("Slot rues derby\nSaturday's 1-2 defeat by Everton at Anfield left Liverpool manager Arne "
     "Slot searching for answers. Mohamed Salah scored Liverpool's goal.")),
]


@pytest.mark.parametrize(("la", "da", "a", "lb", "db", "b"), PREVIEW_AND_ITS_FOLLOW_UP)
def test_a_preview_and_its_own_matchs_follow_up_stay_one_story(la, da, a, lb, db, b):
    assert _apart(la, da, a, lb, db, b) == (None, None)


@pytest.mark.parametrize(("lang", "sentence", "sides"), [
    ("en", "Slot said his side must learn from Saturday's 1-2 derby defeat by Everton at Anfield.", []),
    ("en", "Yesterday's 2-1 win over Chelsea took Arsenal top.", []),
    ("en", "Last night's 1-2 defeat by Everton hurt Liverpool.", []),
    ("en", "Saka was hurt in Sunday's 2-1 win over Chelsea.", []),
    # a possessive on a club is the club's
    ("en", "Liverpool's 2-1 win over Everton took them top.", [(["Liverpool's"], ["Everton"])]),
    ("de", "Am Samstag besiegte Bayern Dortmund 2:1.", []),
    ("de", "Der FC Bayern hat Dortmund am Samstag mit 2:1 besiegt.", [(["Bayern"], ["Dortmund"])]),
    ("es", "El Barcelona venció al Betis por 2-0 el sábado.", [(["Barcelona"], ["Betis"])]),
    ("it", "Nell'incontro di sabato l'Inter ha battuto il Napoli 2-1.", [(["Inter"], ["Napoli"])]),
])
def test_a_day_is_never_a_side_of_a_contest(lang, sentence, sides):
    assert [s for s, _ in _contests(sentence, _contest_pattern(lang))] == sides


@pytest.mark.parametrize(("word", "when"), [
    ("Saturday's", True), ("Samstag", True), ("Sábado", True), ("Sabato", True), ("Samedi", True),
    ("Yesterday's", True), ("Tonight's", True), ("Liverpool's", False), ("Everton", False), ("Mainz", False),
    ("Augsburg", False), ("Marseille", False),
])
def test_words_of_time_are_told_from_clubs(word, when):
    assert _when_word(word) is when


# break55 F5: a league match and the cup final of the same two clubs 56 days apart: the cup report tells its result
# before the club ("tras vencer 2-0 al Real Madrid"), and "La Liga" was read as a city ("different cities in the
# openings: Liga vs Sevilla")
def test_a_league_match_and_a_cup_final_are_two_matches_and_the_league_is_no_city():
    rules = VerdictRules()
    rules.add("a", "Real Madrid beat Barcelona\nReal Madrid beat Barcelona 3-1 in La Liga on Sunday at the Santiago "
              "Bernabeu. Carlo Ancelotti said it was a perfect night. Real Madrid lead La Liga by four points.",
              "en", "2026-03-01")
    rules.add("b", "El Barcelona gana la Copa del Rey\nEl FC Barcelona conquistó este sábado la Copa del Rey tras vencer "
              "2-0 al Real Madrid en la final disputada en el estadio de La Cartuja de Sevilla. Carlo Ancelotti reconoció "
              "que su equipo fue inferior.", "es", "2026-04-26")
    reason = rules.apart("a", "b") or ""
    assert reason.startswith("two matches of")
    assert "laliga vs copa_del_rey" in reason
    assert "Liga" not in reason.split("(")[0]


@pytest.mark.parametrize(("sentence", "sides"), [
    ("El FC Barcelona conquistó la Copa del Rey tras vencer 2-0 al Real Madrid.", [(["Barcelona"], ["Real", "Madrid"])]),
    ("El Atlético goleó 4-0 al Getafe este domingo.", [(["Atlético"], ["Getafe"])]),
    ("El Betis ganó por 2-1 al Sevilla en el derbi.", [(["Betis"], ["Sevilla"])]),
])
def test_a_spanish_result_before_the_club_beaten_is_read(sentence, sides):
    assert [s for s, _ in _contests(sentence, _contest_pattern("es"))] == sides


# fix55b's word of time ended every name run, and _clause_object, finding a preposition before the empty run read back
# from "Samstag", went back to the same word forever (CI's similarity tests hung on these German clauses)
@pytest.mark.parametrize(("before", "obj"), [
    (["Der", "FC", "Bayern", "hat", "Dortmund", "am", "Samstag", "mit"], ["Dortmund"]),
    (["Union", "hat", "Mainz", "am", "Sonntag", "im", "Januar"], ["Mainz"]),
    (["Bayern", "hat", "am", "Samstag"], ["Bayern"]),  # (the subject: the caller drops an object equal to it)
    (["Leipzig", "hat", "Samstags", "Bayer", "Leverkusen", "mit"], ["Bayer", "Leverkusen"]),
])
def test_a_clause_object_steps_past_a_word_of_time(before, obj):
    assert _clause_object(before) == obj


def test_a_german_report_with_a_day_after_its_object_is_read():
    rules = VerdictRules()
    rules.add("a", "Bayern siegt im Klassiker\nDer FC Bayern hat Borussia Dortmund am Samstag mit 2:1 besiegt. Harry Kane "
              "traf zweimal.", "de", "2026-02-08")
    rules.add("b", "Bayern beat Dortmund\nBayern Munich beat Borussia Dortmund 2-1 on Saturday, Harry Kane scoring "
              "twice.", "en", "2026-02-07")
    assert rules.apart("a", "b") is None
