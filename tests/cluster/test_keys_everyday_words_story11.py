"""The stream's entity keys are names, not a language's everyday words (final43 W2 / final44 W10).

A German flood report joined a German train-derailment story online on "shared: behorden, dienstag,
hauser, leben, menschen, polizei": every German noun is capitalised, so Behörden, Dienstag, Häuser,
Leben, Menschen and Polizei were read as names. The keys now leave out each language's stop words
(spaCy) and weekday and month names (babel); in a language that capitalises every noun (German) the
capitalised words its lexicon knows are marked ("%polizei": in the key norm, never shared); names,
acronyms and known places stay. Texts written for
these tests in the trial's manner (two events of one kind told in the same words).
"""

from __future__ import annotations

import numpy as np
import pytest

from storylens.cluster import ArticleFeatures, StoryClusterer, entity_keys
from tests._vectors import at_cosine as _at_cosine
from tests._vectors import unit as _unit

DE_TRAIN = (
    "Chemie-Zug in Tschechien entgleist: Tausende evakuiert\n\n"
    "Breclav (dpa) - Ein mit Chlor beladener Güterzug ist am Dienstag bei der Stadt Breclav im Süden "
    "Tschechiens entgleist. 4500 Menschen mussten ihre Häuser verlassen. Bei dem Unglück kam ein Mensch "
    "ums Leben, teilte die Polizei am Dienstagabend mit. Die Behörden hoben am Mittwoch das Verbot auf. "
    "Ministerpräsident Petr Fiala besuchte die Unglücksstelle, die CDU-Politiker in Berlin schwiegen.")
DE_FLOOD = (
    "Hochwasser in Polen: Zwei Tote, Tausende evakuiert\n\n"
    "Krakau (dpa) - Nach heftigen Regenfällen im Süden Polens mussten 10.000 Menschen ihre Häuser "
    "verlassen. Bei dem Hochwasser kamen zwei Menschen ums Leben, teilte die Polizei am Montag mit. "
    "Die Behörden verlängerten die Evakuierungsanordnung für Klodzko am Dienstag nicht. "
    "Ministerpräsident Donald Tusk besuchte die Stadt Nysa.")
EN_TRAIN = (
    "Chlorine train derails near Breclav, 4,500 evacuated\n\n"
    "A freight train carrying chlorine derailed on Tuesday near Breclav in the south of the Czech "
    "Republic, and 4,500 people had to leave their homes. One person died, police said. Prime Minister "
    "Petr Fiala visited the site.")


def test_german_nouns_and_weekdays_are_no_keys_names_stay():
    train, flood = entity_keys(DE_TRAIN, "de"), entity_keys(DE_FLOOD, "de")
    for word in ("polizei", "menschen", "hauser", "behorden", "leben", "dienstag", "dienstagabend", "mittwoch",
                 "montag", "stadt", "suden"):
        assert word not in train | flood, word
    assert {"breclav", "fiala", "petr", "cdu", "berlin"} <= train  # a name, an acronym, a known place
    assert {"klodzko", "nysa", "tusk", "donald"} <= flood
    # the nouns stay in each article's key norm under their mark, never shared evidence
    assert {"%polizei", "%menschen", "%behorden"} <= train & flood
    assert not {k for k in train & flood if not k.startswith(("#", "=", "%"))}  # no name of the two events shared


@pytest.mark.parametrize(("text", "language", "gone", "kept"), [
    # Turkish capitalises its weekdays and months: "Salı", "Kasım"
    (("Tren kazası: Polis Salı günü açıklama yaptı. Vali Ahmet Kaya olay yerine gitti. Kaza 17 Kasım günü "
      "Edirne yakınında oldu."), "tr", {"sali", "kasim"}, {"ahmet", "kaya", "@edirne"}),  # a city: its key (stop 47)
    # a quotation opening with a pronoun mid-sentence: "Nosotros" is a stop word, not a name
    ('El alcalde Juan Pérez dijo "Nosotros no sabíamos nada" a la prensa de Valencia.', "es",
     {"nosotros"}, {"juan", "perez", "valencia"}),
    ('Il sindaco Marco Rossi ha detto «Noi non sapevamo niente» ai giornalisti di Brescia.', "it",
     {"noi"}, {"marco", "rossi", "brescia"}),
    # English keeps its names (a stop word list of its own as before)
    ("The mayor, John Smith, told reporters in Leeds that Network Rail would pay.", "en",
     set(), {"john", "smith", "leeds", "network", "rail"}),
])
def test_each_languages_everyday_words_are_no_keys(text, language, gone, kept):
    keys = entity_keys(text, language)
    assert not gone & keys, gone & keys
    assert kept <= keys, kept - keys


def test_without_a_language_nothing_more_is_left_out():
    assert entity_keys(DE_TRAIN, None) >= {"polizei", "menschen"}  # unknown language: the capitals stand


def test_a_german_flood_report_does_not_join_a_german_train_story_on_everyday_words():
    """The trial's join: cosine 0.43 to the story's German member, the rest from the shared keys."""
    rng = np.random.default_rng(3)
    base = rng.normal(size=48)
    c = StoryClusterer(use_dates=False)
    c.partial_fit([ArticleFeatures("en_train", _unit(base), entity_keys(EN_TRAIN, "en"), None, "en"),
                   ArticleFeatures("de_train", _unit(_at_cosine(base, 0.85, rng)), entity_keys(DE_TRAIN, "de"), None, "de")])
    assert len(c.stories_) == 1
    de_vec = c._vecs[c._pos["de_train"]]
    (a,) = c.partial_fit([ArticleFeatures("de_flood", _unit(_at_cosine(de_vec, 0.43, rng)),
                                          entity_keys(DE_FLOOD, "de"), None, "de")])
    assert a.new_story, a.reason


EN_FLOOD = ("Rhine floods force evacuations in Cologne\n\nCologne ordered the evacuation of riverside districts on "
            "Monday. Mayor Henriette Reker said 2,000 residents had left. More rain was expected in the Eifel hills.")
DE_FLOOD_COLOGNE = ("Hochwasser: Köln evakuiert Uferviertel\n\nDie Stadt Köln hat am Montag die Räumung der Uferviertel "
                    "angeordnet. Oberbürgermeisterin Henriette Reker sagte, 2000 Anwohner hätten ihre Wohnungen "
                    "verlassen. In der Eifel wird weiterer Regen erwartet.")


def test_a_word_the_german_lexicon_knows_still_meets_another_languages_name():
    """'Eifel' is a marked everyday key in German ('%eifel') and a name in English: across the two it is
    shared in full, and the reason names it."""
    de, en = entity_keys(DE_FLOOD_COLOGNE, "de"), entity_keys(EN_FLOOD, "en")
    assert "%eifel" in de and "eifel" in en
    rng = np.random.default_rng(4)
    base = rng.normal(size=48)
    c = StoryClusterer(use_dates=False)
    c.partial_fit([ArticleFeatures("en", _unit(base), en, None, "en")])
    (a,) = c.partial_fit([ArticleFeatures("de", _unit(_at_cosine(base, 0.5, rng)), de, None, "de")])
    assert not a.new_story, a.reason
    assert "eifel" in a.shared_entities and not any(k.startswith("%") for k in a.shared_entities)
