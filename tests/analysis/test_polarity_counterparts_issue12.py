"""Polarity conflicts on real news (issue #12, conflicts66): kinds of false polarity conflict BASIL's tune half showed,
written here with other words, and the true conflicts a fact-checker must still be shown (break66c's probes).

The kinds (analysis.conflicts): a verb of denial whose object is a thing stays a conflict with any affirmation of
that thing ("rejected the deal" / "agreed to", "signed", "ratified" the deal), except against a sentence that states
the same act in other words: a synonym of the denial (text data "denial_synonyms": "turned down", "voted down",
"rebuffed", "refuse", "écarté", "descartó", "verwarf") or a known reversal naming the same object (text data
"denial_reversals": "override … veto"). A quoted "no" before a noun ('the lone "no" vote') names a vote, it denies
nothing the other side says; 'said "no"', 'voted "no"' deny. "couldn't agree more" and "no strings attached"
negate nothing; "isn't backing down" denies backing down. Negation particles are judged as before.
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
    # a verb of denial against any affirmation of its object, not only a listed counterpart (break66c)
    ("en", "The ministry confirmed the merger.", "The ministry denied the merger."),
    ("en", "Iran agreed to the ceasefire proposal on Sunday.", "Iran rejected the ceasefire proposal on Sunday."),
    ("en", "The Senate ratified the treaty in a narrow vote.", "The Senate rejected the treaty in a narrow vote."),
    ("en", "The regulator cleared the drug for use in children.", "The regulator rejected the drug for use in children."),
    ("en", "Russia granted the request for access.", "Russia denied the request for access."),
    ("de", "Der Bundestag stimmte für das Gesetz.", "Der Bundestag lehnte das Gesetz ab."),
    ("fr", "Le syndicat a signé l'accord salarial.", "Le syndicat a rejeté l'accord salarial."),
    ("es", "El gobierno firmó el acuerdo con los sindicatos.", "El gobierno rechazó el acuerdo con los sindicatos."),
    # a synonym of the denial bearing on another object
    ("en", "The company confirmed the deal, though it turned down interview requests.", "The company denied the deal."),
    ("en", "The court granted the appeal after it had turned down a first one.", "The court rejected the appeal."),
    # a reversal of another object, or the plain side's failure of the reversal
    ("en", "Congress overrode the governor's veto of the bill.", "Congress rejected the bill."),
    ("en", "The assembly failed to override the mayor's veto.", "The assembly rejected the mayor's veto."),
    # a verb of denial whose object is a statement
    ("en", "Troops crossed the border on Monday.", "The army denied that troops crossed the border on Monday."),
    # backing down, denied
    ("en", "The governor backed down on the mask mandate.", "The governor did not back down on the mask mandate."),
    ("en", "The union backed down in the pay dispute.", "The union won't back down in the pay dispute."),
    # a quoted negation that is said or voted denies
    ("en", "Greek voters accepted the bailout terms.", 'Greek voters said "no" to the bailout terms.'),
    ("en", "The Senate voted yes on the spending bill.", 'The Senate voted "no" on the spending bill.'),
    # a privative phrase against a sentence stating what it negates
    ("en", "The talks in Geneva ended on Friday with an agreement.", "The talks in Geneva ended on Friday with no agreement."),
    ("en", "Five members objected to the vote.", "The vote passed with no objections."),
    # a quoted negation that is more than the word alone
    ("en", "The governor signed the bill.", 'The governor said "I will not sign this bill."'),
]

FALSE = [
    # a verb of denial and its synonym: one act said twice
    ("en", "Judges turned down the appeal.", "The court rejected the appeal."),
    ("en", "The Senate voted down the amendment.", "The Senate rejected the amendment."),
    ("en", "The takeover bid was rebuffed by the company.", "The company rejected the takeover bid."),
    ("de", "Die Kommission verwarf den Antrag.", "Die Kommission lehnte den Antrag ab."),
    ("fr", "Le gouvernement a écarté la proposition.", "Le gouvernement a rejeté la proposition."),
    ("es", "El partido descartó la propuesta.", "El partido rechazó la propuesta."),
    # a denial that is a law's content, said in other words on the other side
    ("en", "The governor signed a measure allowing clinics to turn away unvaccinated patients.",
     "The governor signed an ordinance letting clinics deny treatment to unvaccinated patients."),
    # a known reversal of the denial's object: "rejected … veto" / "override … veto"
    ("en", "The assembly voted to override the mayor's veto of the housing budget.",
     "The assembly rejected the mayor's veto of the housing budget."),
    ("de", "Der Landtag überstimmte das Veto des Gouverneurs.", "Der Landtag lehnte das Veto des Gouverneurs ab."),
    ("fr", "L'Assemblée a passé outre le veto du maire.", "L'Assemblée a rejeté le veto du maire."),
    ("es", "El Congreso superó el veto del presidente.", "El Congreso rechazó el veto del presidente."),
    # a negation word in quotation marks before a noun names a vote
    ("en", "Ed Marsh cast the only vote against the plan on the council.",
     'The only "no" vote on the plan came from Ed Marsh.'),
    # idioms that negate nothing: full agreement, no conditions
    ("en", "The senator agreed with the plan, her office said.", '"I could not agree more," the senator said of the plan.'),
    ("en", "The House passed the bill easily.", "The House passed the bill with no strings attached."),
]


@pytest.mark.parametrize("lang, plain, denial", TRUE)
def test_a_denial_of_the_same_fact_is_a_polarity_conflict(lang, plain, denial):
    for a, b in ((plain, denial), (denial, plain)):
        found = polarity(a, lang, b, lang)
        assert found is not None and found[1] != found[2], (a, b, found)


@pytest.mark.parametrize("lang, plain, denial", FALSE)
def test_one_no_said_in_other_words_is_no_polarity_conflict(lang, plain, denial):
    assert polarity(plain, lang, denial, lang) is None
    assert polarity(denial, lang, plain, lang) is None


def test_a_privative_phrase_reopens_what_it_names():
    # "reopened … with no strings attached" lifts the shutdown: no polarity against "failed to pass … to reopen"
    from storylens.analysis.conflicts import measure_stance

    assert measure_stance("A bill that would have reopened the border with no strings attached got more votes.",
                          "en") == "lifted"
    assert measure_stance("The bill would have reopened the border crossing with no conditions.", "en") == "lifted"


def test_across_languages_a_verb_of_denial_is_judged_as_before():
    # words of two languages cannot be compared: the synonym rule is one language's only
    assert polarity("Judges turned down the appeal.", "en", "Das Gericht lehnte die Berufung ab.", "de") is not None


@pytest.mark.parametrize("text", ['He voted "no" on the bill.', 'Asked if he would run, he answered "never".',
                                  "The union isn't backing down."])
def test_a_said_negation_denies(text):
    assert negated(text, "en")


@pytest.mark.parametrize("text", ["I couldn't agree more.", "The bill passed with no strings attached."])
def test_words_that_negate_nothing(text):
    assert not negated(text, "en")
