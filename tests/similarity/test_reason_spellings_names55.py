"""Reason lines show names both texts write, each text's own spelling (break58's reason faults, names55):

- a club named by its city as a side of a match ("Milan beat Juventus 2-1", "El Barcelona venció al Betis por
  2-0") is a team, no place: it was "same place: Barcelona" and "different places: Milan vs Leeds, Derby";
- two match reports with no side in common are two contests, held apart by that rule, not by the clubs' cities;
- a shared place shows how each text writes it ("Deutschland / Allemagne": it was "same place: Germany", which
  neither text writes), and a name too ("Barcelona / Barcelone");
- a common noun naming a body alone ("the Club", "the Council") is no shared name;
- one run of three capitalised words is one name ("Green Bay Packers", not "Green Bay, Bay Packers"; "The White
  House" is no "The White, White House");
- an adjective and a noun both texts open with ("Tödlicher Unfall") is no shared name.
Inputs written for these tests.
"""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

import numpy as np
import pytest

from storylens import similarity as sim

MODEL: Any = SimpleNamespace(threshold_=0.5, variant_="fast")


def _score(a: str, b: str, la: str, lb: str, embedder, overall: float = 0.75):
    pa, pb = sim.prepare_text(a), sim.prepare_text(b)
    f = sim.pair_features([(pa.text, pb.text, la, lb)], embedder, sim.Gazetteer.load(),
                          datelines=[(pa.dateline, pb.dateline)])[0]
    return f, sim._scoring._pair_score(np.array([overall] + [0.5] * (len(sim.DIMENSIONS) - 1)), f, MODEL)


def _reason(score, prefix: str) -> str | None:
    return next((r for r in score.reasons if r.startswith(prefix)), None)


@pytest.mark.parametrize(("a", "la", "b", "lb"), [
    ("Barcelona beat Betis 2-0 on Saturday. Lewandowski scored twice.",
     "en", "El Barcelona venció al Betis por 2-0 el sábado. Lewandowski marcó dos goles.", "es"),
    ("Barcelona beat Betis 2-0 on Saturday. Lewandowski scored twice.",
     "en", "Barcelona besiegt Betis mit 2:0. Lewandowski traf am Samstag doppelt.", "de"),
    ("Il Milan ha battuto la Juventus 2-1 domenica. Leao ha segnato due gol.",
     "it", "Milan beat Juventus 2-1 on Sunday. Leao scored twice.", "en"),
    ("Milan beat Juventus 2-1 on Sunday. Leao scored twice.",
     "en", "Le Milan AC a battu la Juventus 2-1 dimanche. Leao a marqué deux fois.", "fr"),
])
def test_a_club_named_by_its_city_in_a_match_is_no_place(a, la, b, lb, hashing_embedder):
    f, score = _score(a, b, la, lb, hashing_embedder)
    assert not f.shared_places, f.shared_places
    assert _reason(score, "same place") is None, score.reasons


@pytest.mark.parametrize(("a", "la", "b", "lb"), [
    ("Milan beat Juventus 2-1 at San Siro on Sunday. Rafael Leao scored twice.",
     "en", "Derby beat Leeds 3-1 at Pride Park on Saturday. Fans celebrated.", "en"),
    ("Barcelona beat Betis 2-0 on Saturday. Lewandowski scored twice.",
     "en", "Sevilla venció al Valencia por 3-1 el domingo. En-Nesyri marcó dos goles.", "es"),
])
def test_two_matches_with_no_side_in_common_are_two_contests_not_two_places(a, la, b, lb, hashing_embedder):
    _, score = _score(a, b, la, lb, hashing_embedder)
    assert score.same_story is False
    assert score.reasons[0].startswith("different contests in the openings: "), score.reasons
    assert not any(r.startswith("different places") for r in score.reasons), score.reasons


def test_the_city_of_a_match_played_in_it_stays_a_place(hashing_embedder):
    # "in Barcelona" puts the match in the city: a place, whatever the clubs
    f, _ = _score("Real Madrid beat Girona 2-0 in Barcelona on Saturday.",
                  "El Real Madrid venció al Girona por 2-0 en Barcelona el sábado.", "en", "es", hashing_embedder)
    assert "Barcelona" in f.shared_places


@pytest.mark.parametrize(("a", "la", "b", "lb", "line"), [
    ("Deutschland hat am Montag neue Sanktionen gegen Russland beschlossen, sagte Olaf Scholz in Berlin.", "de",
     "L'Allemagne a décidé lundi de nouvelles sanctions contre la Russie, a déclaré Olaf Scholz à Berlin.", "fr",
     "same places: Berlin, Deutschland / Allemagne, Russland / Russie"),
    ("Germany imposed new sanctions on Russia on Monday, Olaf Scholz said in Berlin.", "en",
     "Deutschland hat am Montag neue Sanktionen gegen Russland beschlossen, sagte Olaf Scholz in Berlin.", "de",
     "same places: Berlin, Germany / Deutschland, Russia / Russland"),
    ("The White House said on Monday that Joe Biden would travel to Kyiv.", "en",
     "La Maison Blanche a annoncé lundi que Joe Biden se rendrait à Kiev.", "fr", "same place: Kyiv / Kiev"),
    ("The White House said on Monday that Joe Biden would travel to Kyiv.", "en",
     "Белый дом заявил в понедельник, что Джо Байден посетит Киев.", "ru", "same place: Kyiv / Киев"),
])
def test_a_shared_place_is_shown_as_each_text_writes_it(a, la, b, lb, line, hashing_embedder):
    _, score = _score(a, b, la, lb, hashing_embedder)
    assert line in score.reasons, score.reasons


def test_a_place_one_text_never_writes_is_left_out_of_the_line():
    # a country read from a region's name ("Nuevo México" names the United States for the place rule)
    f = sim.PairFeatures(values=(0.0,) * len(sim.FEATURE_NAMES), shared_places=("Mexico", "United States"),
                         place_spellings=(("Mexico", "México", "Mexiko"), ("United States", "", "Vereinigte Staaten")))
    assert sim._features._place_items(f) == ("México / Mexiko",)
    # one spelling but for its diacritics is one ("İzmir" / "Izmir")
    f = sim.PairFeatures(values=(0.0,) * len(sim.FEATURE_NAMES), shared_places=("Izmir",),
                         place_spellings=(("Izmir", "İzmir", "Izmir"),))
    assert sim._features._place_items(f) == ("İzmir",)


def test_a_name_the_other_text_spells_otherwise_shows_both(hashing_embedder):
    _, score = _score("Barcelona sacked coach Xavi Hernandez on Monday, the club said.",
                      "Le FC Barcelone a annoncé lundi le limogeage de l'entraîneur Xavi Hernandez.", "en", "fr",
                      hashing_embedder)
    names = _reason(score, "same names: ")
    assert names is not None and "Barcelona / Barcelone" in names, score.reasons


@pytest.mark.parametrize(("a", "b", "lang"), [
    ("The Club said on Monday that it had sacked its coach Xavi Hernandez. The Club will appoint a successor.",
     "The Club announced on Monday that coach Xavi Hernandez was dismissed.", "en"),
    ("The Council said on Monday that it had approved the budget. The Council will meet again in June.",
     "The Council announced on Monday that the budget passed. A Council statement said more.", "en"),
    ("The Ministry said on Monday that the budget passed. The Ministry will publish it.",
     "The Ministry announced on Monday that the budget passed. A Ministry statement said more.", "en"),
])
def test_a_body_noun_alone_is_no_shared_name(a, b, lang, hashing_embedder):
    _, score = _score(a, b, lang, lang, hashing_embedder)
    names = _reason(score, "same names: ") or ""
    assert not any(w in names.split(": ", 1)[-1].split(", ") for w in ("Club", "Council", "Ministry")), score.reasons


@pytest.mark.parametrize(("names", "texts", "whole"), [
    (("The White", "White House"), ("The White House said.", "The White House confirmed."), ("White House",)),
    (("Detroit Lions", "Green Bay", "Bay Packers"),
     ("The Green Bay Packers beat the Detroit Lions.", "Green Bay Packers won against Detroit Lions."),
     ("Detroit Lions", "Green Bay Packers")),
    (("Шакил Райан", "Райан Мэсси"), ("Шакил Райан Мэсси сказал.", "Шакил Райан Мэсси заявил."), ("Шакил Райан Мэсси",)),
    # a text that writes the two apart keeps them two
    (("Green Bay", "Bay Packers"), ("Green Bay won. Bay Packers fans cheered.", "Green Bay Packers."),
     ("Green Bay", "Bay Packers")),
])
def test_two_names_of_one_run_are_one_name(names, texts, whole):
    langs = ("ru", "ru") if "Шакил" in texts[0] else ("en", "en")
    assert sim._features._whole_runs(names, texts, langs) == whole


@pytest.mark.parametrize(("a", "b", "lang"), [
    ("Tödlicher Unfall auf der A7. Ein Lkw-Fahrer ist am Montag bei Hannover ums Leben gekommen.",
     "Tödlicher Unfall in Bayern. Eine Radfahrerin starb am Dienstag in Augsburg.", "de"),
    ("Schwerer Sturm über Hamburg. Bäume stürzten am Montag auf die Gleise.",
     "Schwerer Sturm in Köln. Am Freitag fielen Bäume auf Autos.", "de"),
])
def test_a_headline_noun_phrase_is_no_shared_name(a, b, lang, hashing_embedder):
    _, score = _score(a, b, lang, lang, hashing_embedder)
    assert not any(r.startswith("same names: ") for r in score.reasons), score.reasons
