"""trial49 F2: a clause link that pairs two places after a "between" word ("the road between Lagos and Sagres",
"die Straße zwischen Lagos und Sagres", «дорога между Лагушем и Сагришем», tr "Lagos ile/ve Sagres
arasındaki yol") cuts no clause, so "was reopened" keeps its road and the measure its stance in every language
with "range" data; a link after a long lower-case run past "between" is still a clause link."""

from __future__ import annotations

import pytest

from storylens.analysis.conflicts import clauses, measure_stance

REOPENED = [
    ("The road between Lagos and Sagres was reopened.", "en"),
    ("The railway line between Sundsvall and Härnösand was reopened on Friday.", "en"),
    ("The border crossing between Poland and Belarus was reopened.", "en"),
    ("Die Straße zwischen Lagos und Sagres wurde wieder freigegeben.", "de"),
    ("Die Bahnstrecke zwischen Sundsvall und Härnösand wurde am Freitag wieder freigegeben.", "de"),
    ("La carretera entre Lagos y Sagres fue reabierta.", "es"),
    ("La route entre Lagos et Sagres a été rouverte.", "fr"),
    ("La strada tra Lagos e Sagres è stata riaperta.", "it"),
    ("A estrada entre Monchique e Portimão foi reaberta.", "pt"),
    ("De weg tussen Lagos en Sagres is heropend.", "nl"),
    ("Droga między Lagos a Sagres została ponownie otwarta.", "pl"),
    ("Silnice mezi Prahou a Brnem byla znovu otevřena.", "cs"),
    ("Дорогу между Лагушем и Сагришем вновь открыли.", "ru"),
    ("Дорогу між Львовом та Києвом знову відкрили.", "uk"),
    ("Lagos ile Sagres arasındaki yol yeniden açıldı.", "tr"),
    ("Lagos ve Sagres arasındaki yol yeniden açıldı.", "tr"),
    # the same kind of object named over a river or from a place to a place (no link to keep whole)
    ("The bridge over the Tagus was reopened.", "en"),
    ("The rail line from Lagos to Faro was reopened on Friday.", "en"),
    ("Die Strecke von Lagos nach Sagres wurde wieder freigegeben.", "de"),
    ("La ligne de Lagos à Faro a été rouverte.", "fr"),
    ("Дорогу от Лагуша до Сагриша вновь открыли.", "ru"),
    ("Міст через Дніпро знову відкрили.", "uk"),
]
KEPT = [
    ("The road between Lagos and Sagres remains closed.", "en"),
    ("Die Straße zwischen Lagos und Sagres bleibt gesperrt.", "de"),
    ("A estrada entre Monchique e Portimão continua cortada.", "pt"),
    ("La route entre Lagos et Sagres reste fermée.", "fr"),
    ("Дорога между Лагушем и Сагришем остаётся перекрытой.", "ru"),
    ("Die Brücke über die Elbe bleibt gesperrt.", "de"),
    ("Le pont sur la Loire reste fermé.", "fr"),
    ("Most na Wiśle pozostaje zamknięty.", "pl"),
]


@pytest.mark.parametrize(("text", "lang"), REOPENED)
def test_a_reopened_road_between_two_places_is_lifted_and_one_clause(text, lang):
    assert clauses(text, lang) == [text]
    assert measure_stance(text, lang) == "lifted"


@pytest.mark.parametrize(("text", "lang"), KEPT)
def test_a_road_between_two_places_kept_closed(text, lang):
    assert clauses(text, lang) == [text]
    assert measure_stance(text, lang) == "kept"


def test_a_closing_of_a_road_between_two_places():
    assert measure_stance("The road between Lagos and Sagres was closed on Monday.", "en") == "closed"


@pytest.mark.parametrize(("text", "lang", "parts"), [
    # a "between" far before the link: two clauses, as before
    ("A fight between rivals broke out at noon and police reopened the road.", "en", 2),
    ("Ein Streit zwischen zwei Nachbarn eskalierte am Abend und die Polizei sperrte die Straße.", "de", 2),
    # no "between": the link cuts
    ("Lagos was flooded and Sagres was cut off.", "en", 2),
])
def test_other_links_still_cut(text, lang, parts):
    assert len(clauses(text, lang)) == parts
