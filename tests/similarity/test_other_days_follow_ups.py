"""The other-days rule and the follow-ups of one occasion (refine52, issue #11).

same52's other-days rule (:func:`storylens.similarity._events._other_days_apart`) holds an office holder's two occasions on
other days apart. On its 17-article refine set it also split true follow-ups:

* a weekday that dates a statement ("said on Wednesday", "erklärte am Mittwoch", "во вторник заявил") was read as
  the event's day: Scholz's word on Wednesday about his Tuesday talks with Macron shared no day with Macron's
  meeting with Meloni on Thursday only because of it (Wednesday / Thursday, a day apart: not "other days");
* a follow-up naming the same counterpart as the meeting's report (the actor and the one he met in both first
  sentences: "Olaf Scholz" and "Emmanuel Macron") was held apart when it dated its own event on another day and
  named something new ("Bundestag", "Sisi").

Reasons and verdict only: the model's features are unchanged (a hashing embedder, a fixed model row)."""

from __future__ import annotations

import pytest

from storylens import similarity as sim

from ._pairs import pair_features as _features
from ._pairs import pair_score as _score
from .test_other_days_break50 import (
    LAVROV_EGYPT_EN,
    LAVROV_WANG_EN,
    MACRON_MELONI_EN,
    MACRON_SCHOLZ_FR,
    PUTIN_LAW_EN,
    PUTIN_MODI_RU,
)

# follow-ups whose only weekday besides the meeting's is the day of the statement
SCHOLZ_SAID_EN = ("BERLIN, March 13 - German Chancellor Olaf Scholz said on Wednesday that his talks with French "
                  "President Emmanuel Macron in Paris on Tuesday had brought the two countries closer on aid to "
                  "Ukraine, his spokesman said.")
SCHOLZ_TOLD_EN = ("BERLIN, March 13 - German Chancellor Olaf Scholz told reporters on Wednesday that his talks with "
                  "French President Emmanuel Macron in Paris on Tuesday had brought the two countries closer on aid "
                  "to Ukraine.")
SCHOLZ_SAID_DE = ("BERLIN, 13. März - Bundeskanzler Olaf Scholz erklärte am Mittwoch, seine Gespräche mit dem "
                  "französischen Präsidenten Emmanuel Macron am Dienstag in Paris hätten beide Länder bei der Hilfe "
                  "für die Ukraine näher zusammengebracht.")
# a follow-up dating its own event on another day, naming the meeting's counterpart again
SCHOLZ_BUNDESTAG_DE = ("BERLIN, 14. März - Bundeskanzler Olaf Scholz hat am Donnerstag im Bundestag über seine "
                       "Gespräche mit dem französischen Präsidenten Emmanuel Macron in Paris berichtet. Die "
                       "Opposition warf ihm vor, zu wenig für die Ukraine zu tun.")
ABDELATTY_SISI_EN = ("CAIRO, Dec 4 - Egyptian Foreign Minister Badr Abdelatty briefed President Abdel Fattah al-Sisi on "
                     "Wednesday on his talks with Russian Foreign Minister Sergei Lavrov in Moscow, Egypt's foreign "
                     "ministry said.")
LAVROV_EGYPT_RU_D = ("МОСКВА, 3 декабря - Министр иностранных дел России Сергей Лавров, проведший в понедельник "
                     "переговоры с главой МИД Египта Бадром Абдель Аты, во вторник заявил, что Москва и Каир "
                     "договорились о поставках пшеницы, передает ТАСС.")


@pytest.mark.parametrize(("text", "lang", "days"), [
    ("Scholz said on Wednesday that his talks with Macron on Tuesday had gone well", "en", {1}),
    ("The minister told reporters on Wednesday that the talks on Monday were useful", "en", {0}),
    ("Der Minister erklärte am Mittwoch, die Gespräche am Montag seien gut gewesen", "de", {0}),
    ("Le ministre a déclaré mercredi que la rencontre de lundi était utile", "fr", {0}),
    ("Лавров, проведший в понедельник переговоры, во вторник заявил, что Москва согласна", "ru", {0}),
    ("Il ministro ha dichiarato mercoledì che l'incontro di lunedì era utile", "it", {0}),
    # the event's own day stays: a verb three words before it, or after a clause break
    ("Police said gunmen attacked a bus on Monday", "en", {0}),
    ("Lavrov held talks with Abdelatty in Moscow on Monday, and said Russia backed a ceasefire", "en", {0}),
    ("Putin on Friday signed a law raising taxes", "en", {4}),
])
def test_a_weekday_that_dates_a_statement_is_no_day_of_the_event(text, lang, days):
    assert sim._openings._opening_weekdays(text, lang=lang, published=None) == days
    assert sim._openings._opening_weekdays(text, lang=lang, published="2026-11-06") == days


@pytest.mark.parametrize(("a", "la"), [(SCHOLZ_SAID_EN, "en"), (SCHOLZ_TOLD_EN, "en"), (SCHOLZ_SAID_DE, "de")])
def test_a_follow_up_dated_by_its_statement_is_apart_from_another_meeting_and_with_its_own(a, la, hashing_embedder):
    # its "said on Wednesday" shared no day with Thursday's meeting only by being a day from it
    other = _score(a, MACRON_MELONI_EN, la, "en", 0.6, hashing_embedder)
    assert other.same_story is False
    assert other.reasons[0].startswith("the openings date their events on other days, Tuesday vs Thursday")
    assert _score(MACRON_SCHOLZ_FR, a, "fr", la, 0.6, hashing_embedder).same_story is True


def test_a_statement_days_after_a_meeting_leaves_the_meeting_day_against_another_meeting(hashing_embedder):
    # "во вторник заявил": the Russian follow-up's Tuesday was a day from Wang Yi's Wednesday
    score = _score(LAVROV_EGYPT_RU_D, LAVROV_WANG_EN, "ru", "en", 0.7, hashing_embedder)
    assert score.same_story is False
    assert score.reasons[0].startswith("the openings date their events on other days, Monday vs Wednesday")
    assert _score(LAVROV_EGYPT_RU_D, LAVROV_EGYPT_EN, "ru", "en", 0.7, hashing_embedder).same_story is True


@pytest.mark.parametrize(("a", "b", "la", "lb"), [
    (MACRON_SCHOLZ_FR, SCHOLZ_BUNDESTAG_DE, "fr", "de"),  # Tuesday's meeting, Scholz's Bundestag report Thursday
    (LAVROV_EGYPT_EN, ABDELATTY_SISI_EN, "en", "en"),  # Monday's talks, Abdelatty briefing Sisi Wednesday
])
def test_a_follow_up_naming_the_same_counterpart_is_not_held_apart(a, b, la, lb, hashing_embedder):
    f = _features(a, b, la, lb, hashing_embedder)
    assert f.other_days is not None  # other days, and names the other text never writes: the rule's other conditions
    assert f.other_days_apart is None
    assert _score(a, b, la, lb, 0.7, hashing_embedder).same_story is True


@pytest.mark.parametrize(("a", "b", "la", "lb"), [
    (LAVROV_EGYPT_EN, LAVROV_WANG_EN, "en", "en"),  # one person in common: the recurring actor
    (PUTIN_MODI_RU, PUTIN_LAW_EN, "ru", "en"),  # the spokesman of the next sentence is no counterpart
    (MACRON_SCHOLZ_FR, MACRON_MELONI_EN, "fr", "en"),
])
def test_the_actor_alone_in_common_still_holds_two_occasions_apart(a, b, la, lb, hashing_embedder):
    score = _score(a, b, la, lb, 0.7, hashing_embedder)
    assert score.same_story is False
    assert score.reasons[0].startswith("the openings date their events on other days, ")


# break51 N1 N2: a follow-up whose only name the meeting's report lacks is its statement's source or the given name
# of a surname both texts write (the linker keys the surname only)
MACRON_SCHOLZ_DATED_EN = ("Macron hosts Scholz in Paris for talks on Ukraine aid\n\nPARIS - President Emmanuel Macron hosted German Chancellor Olaf Scholz at the Elysee Palace "
                          "on 3 March to discuss military aid to Ukraine. Macron said France and Germany were united.")
ELYSEE_SAID_EN = ("Elysee says Macron-Scholz talks agreed on air defence\n\nPARIS - The Elysee said on 5 March that President Emmanuel Macron and Chancellor Olaf "
                  "Scholz had agreed in their Paris talks to speed up air defence for Ukraine, spokeswoman Maud "
                  "Bregeon said.")
ELYSEE_SAID_ES = ("El Elíseo dice que Macron y Scholz acordaron más defensa aérea\n\nPARÍS - El Elíseo informó el 5 de marzo de que el presidente Emmanuel Macron y el canciller "
                  "Olaf Scholz acordaron en París acelerar la defensa aérea de Ucrania, dijo la portavoz Maud Bregeon.")
LYSAK_EN = ("KYIV, Nov 7 - The death toll from a Russian missile strike on Dnipro rose to 12 on Saturday, regional "
            "governor Serhiy Lysak said. Lysak said rescuers had finished clearing the rubble.")
LYSAK_EN_OTHER = ("KYIV, Nov 5 - A Russian missile hit an apartment block in Dnipro on Tuesday, killing nine people, "
                  "governor Sergiy Lysak said. Lysak said rescuers were still at work.")


@pytest.mark.parametrize(("b", "lb"), [(ELYSEE_SAID_EN, "en"), (ELYSEE_SAID_ES, "es")])
def test_a_statements_source_is_no_counterpart_of_another_occasion(b, lb, hashing_embedder):
    f = _features(MACRON_SCHOLZ_DATED_EN, b, "en", lb, hashing_embedder)
    assert f.other_days is not None  # 3 March vs 5 March: the rule's day condition holds
    assert f.other_days_apart is None
    assert _score(MACRON_SCHOLZ_DATED_EN, b, "en", lb, 0.7, hashing_embedder).same_story is True


def test_a_given_name_before_a_surname_both_texts_write_is_no_other_name(hashing_embedder):
    f = _features(LYSAK_EN_OTHER, LYSAK_EN, "en", "en", hashing_embedder)
    assert f.other_days is not None
    assert f.other_days_apart is None


@pytest.mark.parametrize(("opening", "lang"), [
    ("Σεισμός 5,8 Ρίχτερ σημειώθηκε την Τετάρτη ανοιχτά της Κρήτης. Ο σεισμός 5,8 Ρίχτερ έγινε αισθητός.", "el"),
    ("A 6.1 Richter quake struck off Crete. The 6.1 Richter quake was felt widely.", "en"),
    ("Un sismo de 5,8 Richter sacudió Creta. El sismo de 5,8 Richter se sintió.", "es"),
])
def test_a_word_right_after_a_figure_is_its_unit_no_name(opening, lang):
    # break51 N3: "5,8 Ρίχτερ" was the Greek opening's name that held an en/el report of one Crete quake apart
    names = sim._openings._opening_names(opening, opening.split(". ")[0], sim.Gazetteer.load(), min_count=1)
    assert not any(n in ("Ρίχτερ", "Richter") for n in names)


# break52 N1: the spokesperson noun a few words before the name ("A spokesman for the German government, Steffen
# Hebestreit,") or ending a compound ("Regierungssprecher Steffen Hebestreit")
SUMMIT_EN = ("Scholz at EU summit in Brussels\n\nBRUSSELS - Chancellor Olaf Scholz took part in the informal EU summit "
             "in Brussels on 3 February, where leaders discussed tariffs and defence. Scholz said the talks went well.")
HEBESTREIT_FOR_EN = ("Berlin on the EU summit\n\nBERLIN - A spokesman for the German government, Steffen Hebestreit, "
                     "said on 5 February that Scholz had stressed unity on tariffs at the EU summit in Brussels.")
HEBESTREIT_DE = ("Berlin zum EU-Gipfel\n\nBERLIN - Regierungssprecher Steffen Hebestreit sagte am 5. Februar, Scholz "
                 "habe beim EU-Gipfel in Brüssel die Einigkeit bei den Zöllen betont.")


@pytest.mark.parametrize(("b", "lb"), [(HEBESTREIT_FOR_EN, "en"), (HEBESTREIT_DE, "de")])
def test_a_spokesperson_named_after_an_apposition_or_a_compound_is_no_counterpart(b, lb, hashing_embedder):
    f = _features(SUMMIT_EN, b, "en", lb, hashing_embedder)
    assert f.other_days is not None
    assert f.other_days_apart is None
