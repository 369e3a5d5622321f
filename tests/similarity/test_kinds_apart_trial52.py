"""Different events of one kind are not one story (trial52 F9, F13, F21; trial51 F8), and one event told twice is.

* names a week apart: two openings naming other places below one country (islands, towns: no name of either
  written in the other text) that date their events a week or more apart are two occasions, equal figures or not
  (trial52 F9: wildfires on Rhodes and on Euboea 7 days apart, 150 evacuated from three villages in both, "same
  story 0.80"); an elided article before the name is read ("l'île d'Oléron");
* cities: a city both texts name only in their datelines is where the outlets file from (trial51 F8: two Chile
  quakes filed from "SANTIAGO" 22 days apart, "same story 0.67"), and a name of an opening the gazetteer does not know
  ("Valdivia") stands beside the other opening's city;
* roads: two openings numbering two roads, neither code written in the other text, nothing named below the country
  in common (trial52 F13: crashes on the A1 and the A14 the same day, "same story 0.61-0.75").

Reasons and verdict only (the refine judge reads them too: F21): the model's features are unchanged.
"""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

import numpy as np
import pytest

from storylens import similarity as sim

RHODES_EN = (
    'Wildfire forces evacuation of villages on Rhodes\n'
    '\n'
    'ATHENS, Greece, Nov 19, 2026 (AP) — A wildfire fanned by strong winds forced the evacuation of '
    'three villages in the south of the Greek island of Rhodes on Thursday, the fire service said.\n'
    '\n'
    'About 150 people were moved to safety. Two firefighters were treated for smoke inhalation.\n'
)
EUBOEA_DE = (
    'Waldbrand auf Euböa: Dörfer evakuiert\n'
    '\n'
    'Athen (dpa) – 26. November 2026 – Ein von starkem Wind angefachter Waldbrand hat am Donnerstag '
    'die Evakuierung von drei Dörfern im Norden der griechischen Insel Euböa erzwungen, wie die '
    'Feuerwehr mitteilte.\n'
    '\n'
    'Etwa 150 Menschen wurden in Sicherheit gebracht. Zwei Feuerwehrleute erlitten Rauchvergiftungen.\n'
)
RHODES_DE = (
    'Waldbrand auf Rhodos: Dörfer evakuiert\n'
    '\n'
    'Athen (dpa) – 19. November 2026 – Ein von starkem Wind angefachter Waldbrand hat am Donnerstag '
    'die Evakuierung von drei Dörfern im Süden der griechischen Insel Rhodos erzwungen, wie die '
    'Feuerwehr mitteilte.\n'
    '\n'
    'Etwa 150 Menschen wurden in Sicherheit gebracht. Zwei Feuerwehrleute erlitten Rauchvergiftungen '
    'auf Rhodos.\n'
)
RHODES_AFTER_EN = (
    'Rhodes villagers return home a week after wildfire\n'
    '\n'
    'ATHENS, Greece, Nov 26, 2026 (AP) — Residents of three villages in the south of Rhodes returned '
    'home on Thursday, a week after a wildfire fanned by strong winds forced their evacuation, the '
    'fire service said.\n'
    '\n'
    'About 150 people had been moved to safety. Two firefighters were treated for smoke inhalation at '
    'the time.\n'
)
OLERON_FR = (
    "Un incendie force l'évacuation de trois villages sur l'île d'Oléron\n"
    '\n'
    'Paris, 5 novembre 2026 (AFP) - Un incendie attisé par des vents violents a forcé jeudi '
    "l'évacuation de trois villages dans le sud de l'île d'Oléron, ont indiqué les pompiers.\n"
    '\n'
    "Environ 300 personnes ont été mises à l'abri. Deux pompiers ont été légèrement blessés à Oléron.\n"
)
NOIRMOUTIER_FR = (
    "Incendie sur l'île de Noirmoutier : trois villages évacués\n"
    '\n'
    'Paris, 12 novembre 2026 (AFP) - Un incendie attisé par des vents violents a forcé jeudi '
    "l'évacuation de trois villages dans le nord de l'île de Noirmoutier, ont indiqué les pompiers.\n"
    '\n'
    "Environ 300 personnes ont été mises à l'abri. Deux pompiers ont été légèrement blessés à "
    'Noirmoutier.\n'
)
NORCIA_IT = (
    'Terremoto di magnitudo 5.1 vicino a Norcia, un morto\n'
    '\n'
    'ROMA, 3 novembre 2026\n'
    '\n'
    'Un terremoto di magnitudo 5.1 ha colpito martedì la zona di Norcia, in Umbria, uccidendo una '
    "persona e danneggiando decine di case, ha riferito l'Istituto nazionale di geofisica e "
    'vulcanologia (INGV).\n'
    '\n'
    'L\'epicentro era a 8 km da Norcia, a una profondità di 10 km. "Non abbiamo notizia di crolli '
    'gravi", ha detto il ministro Nello Musumeci.\n'
)
COSENZA_IT = (
    'Scossa di magnitudo 4.8 nel Cosentino, danni a Cosenza\n'
    '\n'
    'ROMA, 25 novembre 2026\n'
    '\n'
    'Un terremoto di magnitudo 4.8 ha colpito mercoledì la zona di Cosenza, in Calabria, danneggiando '
    "una trentina di case, ha riferito l'Istituto nazionale di geofisica e vulcanologia (INGV).\n"
    '\n'
    'L\'epicentro era a 12 km da Cosenza, a una profondità di 30 km. "Non abbiamo notizia di crolli '
    'gravi", ha detto il ministro Nello Musumeci.\n'
)
CALAMA_EN = (
    'Magnitude 6.4 quake shakes northern Chile, two dead\n'
    '\n'
    'Reuters\n'
    'SANTIAGO, Nov 2, 2026\n'
    '\n'
    "A magnitude 6.4 earthquake struck near the city of Calama in northern Chile's Antofagasta region "
    'on Monday, killing two people and damaging dozens of homes, the national disaster agency Senapred '
    'said.\n'
    '\n'
    "The quake's epicentre was 40 km east of Calama at a depth of 110 km, according to the U.S. "
    'Geological Survey. Copper mines operated by Codelco briefly halted work.\n'
    '\n'
    '"We have no reports of major structural damage," Interior Minister Carolina Toha told reporters.\n'
)
VALDIVIA_EN = (
    'Magnitude 6.1 quake hits southern Chile, one dead\n'
    '\n'
    'Reuters\n'
    'SANTIAGO, Nov 24, 2026\n'
    '\n'
    "A magnitude 6.1 earthquake struck near the city of Valdivia in southern Chile's Los Rios region "
    'on Tuesday, killing one person and damaging about 30 homes, the national disaster agency Senapred '
    'said.\n'
    '\n'
    "The quake's epicentre was 25 km west of Valdivia at a depth of 35 km, according to the U.S. "
    'Geological Survey. Power was cut to some 20,000 homes.\n'
    '\n'
    '"We have no reports of major structural damage," Interior Minister Carolina Toha told reporters.\n'
)
VALDIVIA_ES = (
    'Sismo de magnitud 6,1 sacude el sur de Chile y deja un muerto\n'
    '\n'
    'EFE\n'
    'Santiago de Chile, 24 nov 2026\n'
    '\n'
    'Un sismo de magnitud 6,1 sacudió el martes la zona de Valdivia, en la región de Los Ríos, en el '
    'sur de Chile, y dejó un muerto y unas 30 viviendas dañadas, informó el Servicio Nacional de '
    'Prevención y Respuesta ante Desastres (Senapred).\n'
    '\n'
    'El epicentro se situó 25 kilómetros al oeste de Valdivia, a 35 kilómetros de profundidad, según '
    'el Servicio Geológico de Estados Unidos. Unos 20.000 hogares quedaron sin luz.\n'
    '\n'
    '"No tenemos reportes de daños estructurales mayores", dijo la ministra del Interior, Carolina '
    'Tohá.\n'
)
CALAMA_NEXT_EN = (
    'Chile counts damage a day after Calama quake\n'
    '\n'
    'Reuters\n'
    'SANTIAGO, Nov 3, 2026\n'
    '\n'
    'Crews in northern Chile inspected dozens of damaged homes in Calama on Tuesday, a day after a '
    'magnitude 6.4 earthquake killed two people, the national disaster agency Senapred said.\n'
    '\n'
    '"We have no reports of major structural damage," Interior Minister Carolina Toha told reporters '
    'in Calama.\n'
)
A1_IT = (
    "Incidente sull'A1 tra Barberino e Firenze Nord, un morto\n"
    '\n'
    'ANSA, 26 novembre 2026\n'
    '\n'
    'Un camionista di 54 anni è morto giovedì mattina in un incidente tra due mezzi pesanti '
    "sull'autostrada A1, tra Barberino di Mugello e Firenze Nord, in direzione sud. Altre due persone "
    'sono rimaste ferite.\n'
    '\n'
    'Il tratto è rimasto chiuso per quattro ore, con code fino a 12 chilometri.\n'
)
A1B_IT = (
    "Incidente sull'A1 tra Barberino e Firenze Nord, un morto\n"
    '\n'
    'ANSA, 26 novembre 2026\n'
    '\n'
    'Un camionista di 61 anni è morto giovedì mattina in un incidente tra due mezzi pesanti '
    "sull'autostrada A1, tra Barberino di Mugello e Firenze Nord, in direzione sud. Nessun altro è "
    'rimasto ferito.\n'
    '\n'
    'Il tratto è rimasto chiuso per due ore, con code fino a 5 chilometri.\n'
)
A14_EN = (
    "Lorry crash on Italy's A14 motorway kills one\n"
    '\n'
    'ROME, Italy, Nov 26, 2026 (AP) — A 54-year-old truck driver was killed on Thursday morning in a '
    'collision between two heavy goods vehicles on the A14 motorway between Ancona Sud and Porto '
    'Recanati, heading south, police said. Two other people were injured.\n'
    '\n'
    'The stretch was closed for four hours, with queues of up to 12 kilometres.\n'
)
A1_EN = (
    "Lorry crash on Italy's A1 motorway kills one\n"
    '\n'
    'ROME, Italy, Nov 26, 2026 (AP) — A 54-year-old truck driver was killed on Thursday morning in a '
    'collision between two heavy goods vehicles on the A1 motorway between Barberino di Mugello and '
    'Florence, heading south, police said. Two other people were injured.\n'
    '\n'
    'The stretch was closed for four hours, with queues of up to 12 kilometres.\n'
)
SOLE_EN = (
    "Lorry crash on Italy's Autostrada del Sole kills one\n"
    '\n'
    'ROME, Italy, Nov 26, 2026 (AP) — A 54-year-old truck driver was killed on Thursday morning in a '
    'collision between two heavy goods vehicles on the Autostrada del Sole motorway north of Florence, '
    'heading south, police said. Two other people were injured.\n'
    '\n'
    'The stretch was closed for four hours, with queues of up to 12 kilometres.\n'
)
A7_DE = (
    'Lkw-Unfall auf der A7 bei Hannover: ein Toter\n'
    '\n'
    'Hannover (dpa) - 26. November 2026 - Ein 54 Jahre alter Lkw-Fahrer ist am Donnerstagmorgen bei '
    'einem Unfall zwischen zwei Lastwagen auf der Autobahn A7 zwischen Hannover-Anderten und Laatzen '
    'ums Leben gekommen. Zwei weitere Menschen wurden verletzt.\n'
    '\n'
    'Die A7 war vier Stunden gesperrt, der Stau war 12 Kilometer lang.\n'
)
A2_DE = (
    'Tödlicher Lkw-Unfall auf der A2 bei Bielefeld\n'
    '\n'
    'Bielefeld (dpa) - 26. November 2026 - Ein 54 Jahre alter Lkw-Fahrer ist am Donnerstagmorgen bei '
    'einem Zusammenstoß zweier Lastwagen auf der A2 zwischen Bielefeld-Ost und Herford ums Leben '
    'gekommen. Zwei weitere Menschen wurden verletzt.\n'
    '\n'
    'Die A2 war vier Stunden gesperrt, der Stau war 12 Kilometer lang.\n'
)
A6_FR = (
    "Un camion se renverse sur l'A6, un mort\n"
    '\n'
    'Paris, 26 novembre 2026 (AFP) - Un chauffeur routier de 54 ans a été tué jeudi matin dans une '
    "collision entre deux poids lourds sur l'autoroute A6 près d'Auxerre, a indiqué la gendarmerie. "
    'Deux autres personnes ont été blessées.\n'
    '\n'
    "L'A6 a été fermée pendant quatre heures.\n"
)
A7_FR = (
    "Collision mortelle entre deux poids lourds sur l'A7\n"
    '\n'
    'Paris, 26 novembre 2026 (AFP) - Un chauffeur routier de 54 ans a été tué jeudi matin dans une '
    "collision entre deux poids lourds sur l'autoroute A7 près de Montélimar, a indiqué la "
    'gendarmerie. Deux autres personnes ont été blessées.\n'
    '\n'
    "L'A7 a été fermée pendant quatre heures.\n"
)
M4_RU = (
    'На трассе М-4 «Дон» столкнулись два грузовика, погиб водитель\n'
    '\n'
    'МОСКВА, 26 ноября 2026 (ТАСС) - Водитель грузовика погиб в четверг утром в результате '
    'столкновения двух грузовиков на трассе М-4 «Дон» в Воронежской области, сообщили в ГИБДД. Еще два '
    'человека получили травмы.\n'
    '\n'
    'Движение по трассе М-4 было перекрыто на четыре часа.\n'
)
M11_RU = (
    'На трассе М-11 столкнулись два грузовика, погиб водитель\n'
    '\n'
    'МОСКВА, 26 ноября 2026 (ТАСС) - Водитель грузовика погиб в четверг утром в результате '
    'столкновения двух грузовиков на трассе М-11 «Нева» в Тверской области, сообщили в ГИБДД. Еще два '
    'человека получили травмы.\n'
    '\n'
    'Движение по трассе М-11 было перекрыто на четыре часа.\n'
)
S7_PL = (
    'Wypadek dwóch ciężarówek na S7, nie żyje kierowca\n'
    '\n'
    'Warszawa, 26 listopada 2026 (PAP) - Kierowca ciężarówki zginął w czwartek rano w zderzeniu dwóch '
    'ciężarówek na drodze ekspresowej S7 pod Grójcem - poinformowała policja. Dwie inne osoby zostały '
    'ranne.\n'
    '\n'
    'Trasa S7 była zablokowana przez cztery godziny.\n'
)
A1_PL_EN = (
    "Lorry crash on Poland's A1 motorway kills driver\n"
    '\n'
    'WARSAW, Poland, Nov 26, 2026 (AP) — A truck driver was killed on Thursday morning in a collision '
    'between two heavy goods vehicles on the A1 motorway near Piotrkow Trybunalski, police said. Two '
    'other people were injured.\n'
    '\n'
    'The A1 was closed for four hours.\n'
)
STORM_A7_DE = (
    'Sturm Zoltan: A7 bei Hamburg gesperrt\n'
    '\n'
    'Hamburg (dpa) - 26. November 2026 - Sturm Zoltan hat am Donnerstag umgestürzte Bäume auf die '
    'Autobahn A7 geworfen, die A7 wurde nördlich von Hamburg gesperrt. Sturm Zoltan brachte Böen bis '
    '120 Kilometer pro Stunde.\n'
)
STORM_B4_EN = (
    'Storm Zoltan closes the B4 road in northern Germany\n'
    '\n'
    'BERLIN, Germany, Nov 26, 2026 (AP) — Storm Zoltan brought down trees across the B4 road in '
    'northern Germany on Thursday, and the B4 was closed, police said. Storm Zoltan brought gusts of '
    'up to 120 kilometres per hour.\n'
)
MODEL: Any = SimpleNamespace(threshold_=0.5, variant_="full")  # the verdict reads its cut and variant only


_SEEN: dict[tuple[str, str], sim.PairFeatures] = {}


def _features(a: str, b: str, embedder) -> sim.PairFeatures:
    """The pair's features as ``storylens similarity A B`` reads two files: each text prepared (its dateline header
    apart, the date it gives as the publication date), the languages detected. Once per pair."""
    if (a, b) in _SEEN:
        return _SEEN[a, b]
    _SEEN[a, b] = _read(a, b, embedder)
    return _SEEN[a, b]


def _read(a: str, b: str, embedder) -> sim.PairFeatures:
    pa, pb = sim.prepare_text(a), sim.prepare_text(b)
    pairs = sim._scoring._fill_languages([(pa.text, pb.text, None, None)])
    return sim.pair_features(pairs, embedder, sim.Gazetteer.load(), published=[(pa.published, pb.published)],
                             datelines=[(pa.dateline, pb.dateline)])[0]


def _score(a: str, b: str, embedder, overall: float = 0.8) -> sim.PairScore:
    f = _features(a, b, embedder)
    return sim._scoring._pair_score(np.array([overall] + [0.5] * (len(sim.DIMENSIONS) - 1)), f, MODEL)


@pytest.mark.parametrize(("a", "b", "start"), [
    (RHODES_EN, EUBOEA_DE, "different names in the openings: Rhodes vs "),  # trial52 F9, en/de
    (OLERON_FR, NOIRMOUTIER_FR, "different names in the openings: Oléron vs Noirmoutier"),
    (NORCIA_IT, COSENZA_IT, "different names in the openings: Norcia vs Cosenza"),  # one minister quoted in both
])
def test_two_places_a_week_apart_are_two_stories_with_equal_figures(a, b, start, hashing_embedder):
    score = _score(a, b, hashing_embedder)
    assert score.same_story is False
    assert score.reasons[0].startswith(start) and "a week or more apart" in score.reasons[0]
    assert sim.verdict_apart(_features(a, b, hashing_embedder), content=False) is not None  # the refine judge's too


@pytest.mark.parametrize(("a", "b"), [
    (CALAMA_EN, VALDIVIA_EN),  # trial51 F8: both datelines "SANTIAGO", Senapred and the minister in both
    (CALAMA_EN, VALDIVIA_ES),
])
def test_two_cities_weeks_apart_filed_from_one_capital_are_two_stories(a, b, hashing_embedder):
    score = _score(a, b, hashing_embedder, 0.67)
    assert score.same_story is False
    assert score.reasons[0].startswith("different cities in the openings: Calama vs Valdivia")
    assert "published 22 days apart" in score.reasons[0]


@pytest.mark.parametrize(("a", "b", "codes"), [
    (A1_IT, A14_EN, "A1 vs A14"), (A1B_IT, A14_EN, "A1 vs A14"),  # trial52 F13
    (A7_DE, A2_DE, "A7 vs A2"),  # German nouns both texts capitalise ("Jahre") are no shared name
    (A6_FR, A7_FR, "A6 vs A7"),
    (M4_RU, M11_RU, "M4 vs M11"),  # the traffic police (ГИБДД) named in both is no shared name
    (S7_PL, A1_PL_EN, "S7 vs A1"),
])
def test_two_roads_the_same_day_are_two_stories(a, b, codes, hashing_embedder):
    score = _score(a, b, hashing_embedder, 0.75)
    assert score.same_story is False
    assert score.reasons[0].startswith(f"different roads in the openings: {codes}")


@pytest.mark.parametrize(("a", "b"), [
    (RHODES_EN, RHODES_DE),  # one fire told in two languages the same day
    (RHODES_EN, RHODES_AFTER_EN),  # its follow-up a week later names Rhodes again
    (CALAMA_EN, CALAMA_NEXT_EN),  # one quake's next-day report, both filed from Santiago
    (A1_IT, A1_EN),  # one crash, its road numbered alike
    (A1_IT, SOLE_EN),  # one crash, its road named ("Autostrada del Sole") in one report
    (STORM_A7_DE, STORM_B4_EN),  # one storm closing two roads: the storm's name in both
])
def test_one_event_told_twice_stays_with_the_model(a, b, hashing_embedder):
    f = _features(a, b, hashing_embedder)
    assert sim.verdict_apart(f, content=False) is None
    score = sim._scoring._pair_score(np.array([0.8] + [0.5] * (len(sim.DIMENSIONS) - 1)), f, MODEL)
    assert not score.reasons[0].startswith(("different names", "different cities", "different roads"))


def test_opening_names_read_past_an_elided_article():
    text = ("Un incendie sur l'île d'Oléron\nUn incendie a forcé jeudi l'évacuation de trois villages de l'île "
            "d'Oléron, ont indiqué les pompiers.")
    assert "Oléron" in sim._openings._opening_names(text, text[:sim.PLACE_LEAD_CHARS], sim.Gazetteer.load())


def test_a_bare_number_is_no_road_of_its_own(hashing_embedder):
    """ "Ponte 25 de Abril" reads as the code 25 (a bridge's number beside its noun): it may tie two reports of one
    bridge, but is no road of its own to hold a crash on the A1 apart by."""
    bridge = ("Ponte 25 de Abril reabre sábado após reparações\n\nLusa, 26 de novembro de 2026\n\nA Ponte 25 de Abril, "
              "encerrada desde segunda-feira para reparações urgentes num cabo, reabre ao trânsito no sábado, "
              "informou a concessionária. Os automobilistas têm enfrentado longas filas na Ponte 25 de Abril.\n")
    assert _features(A1_IT, bridge, hashing_embedder).roads_apart is None
    assert _features(A1_IT, A14_EN, hashing_embedder).roads_apart == ("A1", "A14")



def test_shared_names_of_a_language_simplemma_has_no_lexicon_of():
    """An Arabic side (a compare report's table read as Arabic, trials 47/48's out_ar_bus.txt against out_ru_fire.txt)
    raised "Unsupported language: ar" from the common-word check of the shared names: no lexicon, no common word."""
    assert sim._banks._confirmed_names(["Amman", "Jordan"], frozenset({"amman"}), frozenset(), frozenset(), "ar") == ("Amman",)
