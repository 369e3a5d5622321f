"""The counterparts rule needs two occasions (:func:`storylens.similarity._contests._two_occasions_shown`): one actor with
another second person in each opening is two stories only when the texts also show two occasions -- a contest or
deal of the actor with each one as its object, other results, other places or other days -- and never when they
tell one result, or one day and one place. break56 F1: same-day reports of one event whose openings each name another
second person (Trump's stopgap bill with Johnson / with Schumer, Messi's match with Suárez / with Ustari, Müller's
farewell with Kane / with Olise) were held apart by the first version (ecb54), in ``compare`` and in the stream."""

from __future__ import annotations

import pytest

from storylens.similarity import VerdictRules

from ._pairs import pair_features as _features

# (language, date, text a, text b): one event, one day, another second person in each opening
ONE_EVENT = [
    ("en", "2025-03-14",
     ("President Donald Trump signed the stopgap funding bill on Friday evening with House Speaker Mike Johnson at his "
      "side, averting a government shutdown hours before the midnight deadline. Trump praised Johnson for holding the "
      "Republican majority together. The bill funds the government through September."),
     ("President Donald Trump signed a stopgap spending bill on Friday night after Senate Democratic leader Chuck "
      "Schumer dropped his opposition, averting a government shutdown before the midnight deadline. Schumer faced anger "
      "from his own party. Trump signed the bill, which funds the government through September, at the White House.")),
    ("en", "2025-04-20",
     ("Lionel Messi scored twice on Saturday as Inter Miami beat Columbus Crew 3-2, with Luis Suarez adding the third "
      "goal in the second half. Messi now has six goals this season, and Suarez has four. Miami moved top of the table."),
     ("Lionel Messi's double helped Inter Miami beat Columbus Crew 3-2 on Saturday, and goalkeeper Oscar Ustari saved "
      "a late penalty to keep the lead. Ustari was named man of the match. Messi now has six goals this season.")),
    ("de", "2025-05-10",
     ("Bei seinem letzten Heimspiel hat Thomas Müller am Samstag mit dem FC Bayern gegen Borussia Mönchengladbach 2:0 "
      "gewonnen, Harry Kane traf zum 1:0. Müller wurde nach dem Spiel von den Fans gefeiert. Kane erzielte damit sein "
      "25. Saisontor."),
     ("Thomas Müller hat sich am Samstag mit einem 2:0 gegen Borussia Mönchengladbach aus der Allianz Arena "
      "verabschiedet, Michael Olise erzielte das zweite Tor. Müller wurde von den Fans gefeiert, Olise traf in der "
      "Schlussphase.")),
    ("de", "2024-12-02",
     ("Bundeskanzler Olaf Scholz ist am Montag überraschend nach Kiew gereist und hat dort Wolodymyr Selenskyj "
      "getroffen. Selenskyj dankte für die Hilfe. Scholz sagte weitere Waffenlieferungen zu."),
     ("Olaf Scholz ist am Montag zu einem unangekündigten Besuch in Kiew eingetroffen, begleitet von "
      "Verteidigungsminister Boris Pistorius. Pistorius sprach von einem wichtigen Signal. Scholz kündigte weitere "
      "Hilfe an.")),
    ("es", "2024-07-14",  # a contest with the opponent in one text only: one day, one place
     ("Carlos Alcaraz derrotó a Novak Djokovic por 6-2, 6-2 y 7-6 en la final de Wimbledon este domingo en Londres. "
      "Djokovic no encontró respuestas. Alcaraz suma ya cuatro títulos de Grand Slam."),
     ("Carlos Alcaraz conquistó este domingo en Londres su segundo Wimbledon, y su entrenador Juan Carlos Ferrero lloró "
      "en la grada. Ferrero lo abrazó al terminar. Alcaraz suma ya cuatro títulos de Grand Slam.")),
    ("en", "2024-07-05",  # one election night, two places, a contest in one opening only
     ("Keir Starmer led Labour to a landslide victory in Thursday's general election, ousting Rishi Sunak after 14 "
      "years of Conservative rule, and spoke to cheering supporters in London. Starmer promised a government of "
      "service. Sunak conceded defeat and congratulated him."),
     ("Keir Starmer won the general election on Thursday by a landslide as Nigel Farage finally won a seat in Clacton. "
      "Farage promised to be the real opposition. Starmer will enter Downing Street as prime minister later on Friday.")),
   ("fr", "2024-08-02",  # a contest in one opening, a guest in the other: one day, one place
     ("Teddy Riner a remporté vendredi à Paris son troisième titre olympique individuel, sous les yeux d'Emmanuel "
      "Macron. Macron l'a félicité. Riner entre dans la légende."),
     ("Teddy Riner a battu vendredi à Paris le Géorgien Guram Tushishvili en finale des plus de 100 kg. Tushishvili "
      "n'a rien pu faire. Riner entre dans la légende.")),
    ("it", "2025-01-26",
     ("Jannik Sinner ha vinto domenica a Melbourne gli Australian Open per la seconda volta, davanti al presidente "
      "Sergio Mattarella. Mattarella si è congratulato. Sinner ha festeggiato."),
     ("Jannik Sinner ha sconfitto domenica a Melbourne il tedesco Alexander Zverev in tre set. Zverev non ha mai "
      "trovato il ritmo. Sinner ha festeggiato.")),
]


@pytest.mark.parametrize(("lang", "date", "a", "b"), ONE_EVENT)
def test_one_event_with_another_second_person_each_stays_together(lang, date, a, b):
    rules = VerdictRules()
    rules.add("a", a, lang, date)
    rules.add("b", b, lang, date)
    assert rules.apart("a", "b") is None


# (language, text a, text b, a word of the shown occasions): one actor's two occasions with two others
TWO_OCCASIONS = [
    ("en",
     ("Wladimir Klitschko stopped Tony Thompson in the sixth round on Saturday to keep his heavyweight titles.\n"
      "Thompson was down twice. Klitschko was never in trouble."),
     ("Wladimir Klitschko blasted a sluggish Hasim Rahman on Saturday night to retain the IBF and WBO heavyweight "
      "titles.\nRahman was down in the sixth round. Klitschko wrapped it up in the seventh."),
     "contest"),
    ("de",
     ("Wladimir Klitschko besiegte am Samstag Tony Thompson in der sechsten Runde und bleibt Weltmeister.\n"
      "Thompson ging zweimal zu Boden. Klitschko war nie in Gefahr."),
     ("Wladimir Klitschko schlug Hasim Rahman in der siebten Runde und verteidigte seine Titel.\n"
      "Rahman hatte keine Chance. Klitschko dominierte von Beginn an."),
     "contest"),
    ("es",
     ("Rafael Nadal venció a Novak Djokovic en la final de Roland Garros el domingo en París.\n"
      "Djokovic no encontró su ritmo. Nadal suma trece títulos."),
     ("Rafael Nadal derrotó a Dominic Thiem en la final del domingo para revalidar el título.\n"
      "Thiem nunca encontró su ritmo. Nadal dominó desde el principio."),
     "contest"),
    ("en",  # no contest verb: the records tell two nights
     ("Wladimir Klitschko (52-3, 46 KOs) retained his heavyweight titles in the seventh round, with Hasim Rahman "
      "never in the fight.\nRahman was down twice. Klitschko was never in trouble."),
     ("Wladimir Klitschko, 58-3 with 51 knockouts, kept his heavyweight titles as Tony Thompson was floored in the "
      "sixth round.\nThompson was down twice. Klitschko was never troubled."),
     "results 52-3"),
]


@pytest.mark.parametrize(("lang", "a", "b", "shown"), TWO_OCCASIONS)
def test_one_actor_on_two_occasions_with_two_others_is_held_apart(lang, a, b, shown, hashing_embedder):
    f = _features(a, b, lang, lang, hashing_embedder)
    assert f.counterparts_apart is not None
    assert shown in f.counterparts_apart[3]


def test_two_others_without_two_occasions_are_not_held_apart(hashing_embedder):
    # another second person each, no contest, result, place or day of their own: one hiring told twice (ECB+ train
    # 6_ecb, one story that the first version held apart)
    a = ("Chris Weitz will direct the Twilight sequel New Moon for Summit Entertainment, replacing Catherine Hardwicke.\n"
         "Hardwicke clashed with the studio. Weitz directed The Golden Compass.")
    b = ("Summit Entertainment has chosen Chris Weitz to direct New Moon, with producer Wyck Godfrey overseeing the "
         "film.\nGodfrey praised him. Weitz will start shooting in March.")
    assert _features(a, b, "en", "en", hashing_embedder).counterparts_apart is None


# (language, date a, text a, date b, text b): one actor's contests with two others on two dates, the same weekday and
# place (two finals in Melbourne a year apart), in the stream's rules
TWO_DATED = [
    ("it",
     "2024-01-28", ("Jannik Sinner ha battuto Daniil Medvedev in finale domenica a Melbourne, vincendo il suo primo "
                    "Slam. Medvedev era avanti di due set. Sinner ha festeggiato."),
     "2025-01-26", ("Jannik Sinner ha sconfitto Alexander Zverev in finale domenica a Melbourne e ha difeso il titolo. "
                    "Zverev non ha mai trovato il ritmo. Sinner ha festeggiato.")),
    ("fr",
     "2024-08-02", ("Teddy Riner a battu Guram Tushishvili en finale vendredi à Paris pour décrocher l'or olympique. "
                    "Tushishvili n'a rien pu faire. Riner entre dans la légende."),
     "2023-05-13", ("Teddy Riner a battu Inal Tasoev en finale samedi à Doha pour son onzième titre mondial. Tasoev a "
                    "été dominé. Riner reste invaincu.")),
    ("pt",
     "2024-08-05", ("Rebeca Andrade venceu Simone Biles na final do solo nesta segunda-feira em Paris e ficou com o "
                    "ouro. Biles ficou com a prata. Andrade chorou."),
     "2023-10-07", ("Rebeca Andrade derrotou Jordan Chiles na final do salto neste sábado em Antuérpia. Chiles ficou "
                    "em terceiro. Andrade celebrou o título mundial.")),
]


@pytest.mark.parametrize(("lang", "da", "a", "db", "b"), TWO_DATED)
def test_one_actor_contests_on_two_dates_are_held_apart_in_the_stream_rules(lang, da, a, db, b):
    rules = VerdictRules()
    rules.add("a", a, lang, da)
    rules.add("b", b, lang, db)
    assert "different counterparts" in (rules.apart("a", "b") or "")
