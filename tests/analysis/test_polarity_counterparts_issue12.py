"""Polarity conflicts on real news (issue #12, conflicts66): kinds of false polarity conflict BASIL's tune half showed
(18 of 18 false), written here with other words, and the true conflicts the narrowing must keep.

The kinds (analysis.conflicts): a verb of denial whose object is a thing contradicts, in one language, only a
sentence stating its counterpart (text data "denial_counterparts": confirmed, admitted, accepted, approved,
passed…), a negative meaning ("failed to override") or a statement it denies ("denied that …", "rejects calls
to quit"); a privative "with no" contradicts only a sentence stating what it negates; a negation word alone in quotation marks ("the lone "no"
vote") names the word; "isn't backing down" and "couldn't agree more" negate nothing. Negation particles
("not", "nicht", "ne … pas", "no") are judged as before: their synonyms ("did not step down" / "resigned") cannot
be told from other predicates by words (stop 63's break63p probes).
"""

from __future__ import annotations

import pytest

from storylens.analysis.conflicts import negated, polarity

TRUE = [
    # a particle: the denial of the other side's statement, four languages
    ("en", "The Senate passed the bill.", "The Senate did not pass the bill."),
    ("de", "Er hat den Vertrag unterschrieben.", "Er hat den Vertrag nicht unterschrieben."),
    ("fr", "Il a signé le contrat.", "Il n'a pas signé le contrat."),
    ("es", "El Senado aprobó la ley.", "El Senado no aprobó la ley."),
    # a verb of denial against its counterpart
    ("en", "The ministry confirmed the merger.", "The ministry denied the merger."),
    ("en", "The minister admitted the affair.", "The minister denied the affair."),
    ("en", "The city council approved the stadium plan.", "The city council rejected the stadium plan."),
    ("de", "Das Ministerium bestätigte die Fusion.", "Das Ministerium bestritt die Fusion."),
    ("fr", "Le ministère a confirmé la fusion.", "Le ministère a démenti la fusion."),
    ("es", "El ministerio confirmó la fusión.", "El ministerio negó la fusión."),
    # a verb of denial whose object is a statement, or against a negative meaning
    ("en", "Troops crossed the border on Monday.", "The army denied that troops crossed the border on Monday."),
    ("en", "The coach resigned on Sunday.", "The coach rejected calls to resign on Sunday."),
    ("en", "The assembly failed to overturn the mayor's veto.", "The assembly rejected the mayor's veto."),
    # a privative phrase against a sentence stating what it negates
    ("en", "The talks in Geneva ended on Friday with an agreement.", "The talks in Geneva ended on Friday with no agreement."),
    ("en", "Five members objected to the vote.", "The vote passed with no objections."),
    # a quoted negation that is more than the word alone
    ("en", "The governor signed the bill.", 'The governor said "I will not sign this bill."'),
]

FALSE = [
    # a verb of denial sharing its object with another verb: one act ("rejected … veto" / "overturn … veto")
    ("en", "The assembly voted to overturn the mayor's veto of the housing budget.",
     "The assembly rejected the mayor's veto of the housing budget."),
    ("de", "Der Landtag überstimmte das Veto des Gouverneurs.", "Der Landtag lehnte das Veto des Gouverneurs ab."),
    ("fr", "L'Assemblée a passé outre le veto du maire.", "L'Assemblée a rejeté le veto du maire."),
    ("es", "El Congreso superó el veto del presidente.", "El Congreso rechazó el veto del presidente."),
    # a denial that is a law's content, said in other words on the other side
    ("en", "The governor signed a measure allowing clinics to turn away unvaccinated patients.",
     "The governor signed an ordinance letting clinics deny treatment to unvaccinated patients."),
    # one outcome: the denied pleas and the re-election
    ("en", "Ana Ruiz was re-elected to a third term as party chairwoman.",
     "Party delegates rejected pleas for new leadership, re-electing Ana Ruiz to a third term."),
    # "with no" makes a privative phrase: no conflict with a sentence that states nothing of its noun
    ("en", "The summit in Oslo closed after the leaders agreed on a climate fund.",
     "The summit in Oslo closed with no joint statement on trade."),
    # a negation word in quotation marks names the word
    ("en", "Ed Marsh cast the only vote against the plan on the council.",
     'The only "no" vote on the plan came from Ed Marsh.'),
    # idioms that negate nothing: standing firm, full agreement
    ("en", "The union said the offer was an insult.", "The union isn't backing down."),
    ("en", "The senator agreed with the plan, her office said.", '"I could not agree more," the senator said of the plan.'),
]


@pytest.mark.parametrize("lang, plain, denial", TRUE)
def test_a_denial_of_the_same_fact_is_a_polarity_conflict(lang, plain, denial):
    for a, b in ((plain, denial), (denial, plain)):
        found = polarity(a, lang, b, lang)
        assert found is not None and found[1] != found[2], (a, b, found)


@pytest.mark.parametrize("lang, plain, denial", FALSE)
def test_a_negation_of_nothing_the_other_side_states_is_no_polarity_conflict(lang, plain, denial):
    assert polarity(plain, lang, denial, lang) is None
    assert polarity(denial, lang, plain, lang) is None


def test_a_privative_phrase_reopens_what_it_names():
    # "reopened … with no strings attached" lifts the shutdown: no polarity against "failed to pass … to reopen"
    from storylens.analysis.conflicts import measure_stance

    assert measure_stance("A bill that would have reopened the border with no strings attached got more votes.",
                          "en") == "lifted"
    assert measure_stance("The bill would have reopened the border crossing with no conditions.", "en") == "lifted"


def test_across_languages_a_verb_of_denial_is_judged_as_before():
    # words of two languages cannot be compared: the counterpart rule is one language's only
    assert polarity("The ministry denied the merger.", "en", "Das Ministerium hat die Fusion bekanntgegeben.", "de") is not None


@pytest.mark.parametrize("text", ['He voted "no" on the bill.', "The union isn't backing down.", "I couldn't agree more."])
def test_words_that_negate_nothing(text):
    assert not negated(text, "en")
