"""polar68 finding 5: the refusal words are one list per language (text data "refusal_verbs": "refused" and
"rejected", "a refusé" and "a rejeté", "rehusó" and "rechazó", "schlug … aus" and "lehnte … ab"), read one way
against an acceptance (analysis.conflicts._refusal_and_acceptance): a conflict for one subject named alike on both
sides and a common object word; none for two different countries (gazetteer) as subjects; for other subjects with no
word in common main's reading decides ("rejected" / "lehnte … ab" a conflict, "refused" none: polar68b, tester
break68p found one actor named two ways, "Tehran" / "Iran", lost as two actors). Conservative
(polar67's rule on any shared word went after break67p2): a pronoun subject, a passive, a German object first, a
refusal to answer, and a subject named otherwise ("The union on Monday") decide nothing here."""

from __future__ import annotations

import pytest

from storylens.analysis.conflicts import polarity

ONE_ACT = [
    ("en", "The union refused the offer on Monday.", "The union accepted the offer on Monday."),
    ("en", "The union rejected the offer on Monday.", "The union accepted the offer on Monday."),
    ("fr", "Le syndicat a refusé l'offre lundi.", "Le syndicat a accepté l'offre lundi."),
    ("fr", "Le syndicat a rejeté l'offre lundi.", "Le syndicat a accepté l'offre lundi."),
    ("es", "El sindicato rehusó la oferta el lunes.", "El sindicato aceptó la oferta el lunes."),
    ("es", "El sindicato rechazó la oferta el lunes.", "El sindicato aceptó la oferta el lunes."),
    ("de", "Die Gewerkschaft schlug das Angebot am Montag aus.", "Die Gewerkschaft nahm das Angebot am Montag an."),
    ("de", "Die Gewerkschaft lehnte das Angebot am Montag ab.", "Die Gewerkschaft nahm das Angebot am Montag an."),
]

TWO_ACTORS = [
    # a refusal word main did not read as a denial: no conflict, as on main
    ("en", "Israel refused the ceasefire proposal on Monday.", "Hamas accepted the ceasefire proposal on Monday."),
    # two countries the gazetteer tells apart: no conflict for "rejected" either (main: a conflict)
    ("en", "Israel rejected the ceasefire proposal on Monday.", "Russia accepted the ceasefire proposal on Monday."),
    ("es", "Israel rechazó la propuesta de tregua.", "Rusia aceptó la propuesta de tregua."),
]

# polar68b, tester break68p R05, R06, J04, J09, K07: one actor named two ways; "rejected" (a verb of denial) keeps
# main's conflict, and "Israel" / "Hamas" (no two countries) is left to main's reading too
ONE_ACTOR_TWO_NAMES = [
    ("en", "Tehran rejected the nuclear proposal on Monday.", "Iran accepted the nuclear proposal on Monday."),
    ("en", "The GOP rejected the spending bill on Thursday.", "Republicans accepted the spending bill on Thursday."),
    ("en", "Washington rejected the trade proposal.", "The United States accepted the trade proposal."),
    ("en", "Moscow rejected the ceasefire offer on Friday.", "Russia accepted the ceasefire offer on Friday."),
    ("en", "Unite rejected the wage offer on Monday.", "The union accepted the wage offer on Monday."),
    ("en", "Israel rejected the ceasefire proposal on Monday.", "Hamas accepted the ceasefire proposal on Monday."),
    ("fr", "Israël a rejeté la proposition de trêve.", "Le Hamas a accepté la proposition de trêve."),
    ("de", "Das Angebot lehnte der Vorstand ab.", "Die Gewerkschaft nahm das Angebot an."),
]

UNDECIDED_NO_CONFLICT = [
    ("en", "They refused the offer.", "The union accepted the offer."),
    ("en", "The offer was refused by the board.", "The union accepted the offer."),
    ("en", "The union refused to comment on the offer.", "The union accepted the offer."),
    ("fr", "Le syndicat a refusé de commenter l'offre.", "Le syndicat a accepté l'offre."),
    ("en", "Israeli officials refused the ceasefire proposal.", "Hamas officials accepted the ceasefire proposal."),
]


@pytest.mark.parametrize("lang, refusal, acceptance", ONE_ACT)
def test_every_refusal_word_against_one_actors_acceptance_conflicts(lang, refusal, acceptance):
    assert polarity(refusal, lang, acceptance, lang) == (0, True, False)
    assert polarity(acceptance, lang, refusal, lang) == (0, False, True)


@pytest.mark.parametrize("lang, refusal, acceptance", TWO_ACTORS + UNDECIDED_NO_CONFLICT)
def test_no_refusal_word_against_another_actors_acceptance_conflicts(lang, refusal, acceptance):
    assert polarity(refusal, lang, acceptance, lang) is None
    assert polarity(acceptance, lang, refusal, lang) is None


@pytest.mark.parametrize("lang, refusal, acceptance", ONE_ACTOR_TWO_NAMES)
def test_a_rejection_against_an_acceptance_by_actors_not_known_apart_keeps_mains_conflict(lang, refusal, acceptance):
    assert polarity(refusal, lang, acceptance, lang) is not None
    assert polarity(acceptance, lang, refusal, lang) is not None


def test_a_rejection_of_another_act_stays_a_denial():
    # "rejected" is a verb of denial beside an act other than an acceptance (conflicts66)
    assert polarity("The Senate rejected the bill.", "en", "The Senate passed the bill.", "en") is not None
    assert polarity("Der Bundestag lehnte das Gesetz ab.", "de", "Der Bundestag verabschiedete das Gesetz.", "de")


def test_a_german_first_word_that_is_no_subject_keeps_the_denial():
    # "Montag" stands before the verb; the union, named after it, accepts on the other side: as on main
    refusal, acceptance = "Am Montag lehnte die Gewerkschaft das Angebot ab.", "Die Gewerkschaft nahm das Angebot an."
    assert polarity(refusal, "de", acceptance, "de") is not None
