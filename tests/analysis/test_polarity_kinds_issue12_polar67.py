"""Polarity conflicts on real news (issue #12, polar67): the kinds of false polarity conflict left on BASIL's tune
half after conflicts66, written here in other words and languages, beside the true conflicts that must stay.

The kinds (analysis.conflicts):
- a negated wish ("did not want", "wollte … nicht", "ne voulait pas", "no quería") denies the wish only: against a
  sentence stating the act or its chance it is no conflict, against one stating the wish it is (tune: "he did not
  want his third-party candidacy to siphon votes" / "weighed an independent bid", "expressing worry he would
  siphon away votes");
- a participle clause written with a hyphen (", re-electing …") is a clause of its own, and where the plain side
  has clauses enough to state the negated one too, its words decide: it states the affirmed clause's words and
  none of what the negation bears on (tune: "rejected appeals that they need new leaders, re-electing Nancy
  Pelosi to an eighth term" / "was appointed to an eighth term, surviving a challenge");
- (a cut of one quotation's sentences was taken out after break67p: a plain side repeating a word of the affirmed
  sentence may state the negated one in other words; "… she said on Friday" / "She stepped down on Friday" stays a
  conflict);
- in clause-by-clause comparison a piece of names only joins the next: "President Trump and Democratic leaders dug
  in … could not break an impasse" has no clause "President Trump" to set against a first clause that negates.
Also: a refusal and a negated acceptance of it ("refused the offer" / "did not accept the offer") are one thing said
twice, no conflict. Tried and taken out after testers break67p/break67p2 (kept here as strict xfails): "dismissed"
as a denial in other words (a dismissal is often the event denied: "denied firing the manager" / "dismissed the
manager"). A refusal against an acceptance as a conflict (taken out too: it read other actors' acts and falls as
one act) is back since polar68 for one subject named alike on both sides only (the xfail went).
"""

from __future__ import annotations

import pytest

from storylens.analysis.conflicts import polarity

TRUE = [
    # the brief's true conflicts, four languages
    ("en", "The Senate passed the bill.", "The Senate did not pass the bill."),
    ("en", "The ministry confirmed the deal.", "The ministry denied the deal."),
    ("en", "The mayor admitted the affair.", "The mayor denied the affair."),
    ("de", "Er hat den Vertrag unterschrieben.", "Er hat den Vertrag nicht unterschrieben."),
    ("en", "Two people died in the fire.", "No one died in the fire."),
    # a negated wish against the wish stated
    ("en", "The minister wanted to resign.", "The minister did not want to resign."),
    ("de", "Der Minister wollte zurücktreten.", "Der Minister wollte nicht zurücktreten."),
    ("fr", "Le ministre voulait démissionner.", "Le ministre ne voulait pas démissionner."),
    ("es", "El ministro quería dimitir.", "El ministro no quería dimitir."),
    # a negated wish beside another negation of the act
    ("en", "The minister signed the treaty.", "The minister didn't want to sign the treaty and did not sign it."),
    # a participle clause beside the denial, the plain side naming what the negation bears on
    ("en", "The Senate passed the bill, sending it to the president.",
     "The Senate rejected the bill, sending it back to the House."),
    ("en", "Police arrested 12 protesters, releasing them later.",
     "Police did not arrest anyone, sending the protesters home."),
    ("en", "The company cut jobs, closing two plants.", "The company did not cut jobs, closing two plants."),
    # a quotation of two sentences whose negated one the plain side names
    ("en", "He said the government will raise taxes.", "\u201cWe will not raise taxes. We will cut spending,\u201d he said."),
    ("en", "Mr. Smith resigned.", "Mr. Smith did not resign. He met Sen. Jones."),
    # a quotation's denial against a synonym of the act, the plain side naming no word of the affirmed sentence
    ("en", "She stepped down on Friday.", "\u201cI will not resign. I have work to do,\u201d she said on Friday."),
]

FALSE = [
    # a negated wish against the act or its chance
    ("en", "The mayor considered a run before opting against it, expressing worry he would split the vote.",
     "The mayor ruled out running because he said he did not want his candidacy to split the vote."),
    ("en", "The senator signed the letter after days of pressure.", "The senator did not want to sign the letter."),
    ("de", "Der Minister unterschrieb den Vertrag.", "Der Minister wollte den Vertrag nicht unterschreiben."),
    ("fr", "Le ministre a signé le traité.", "Le ministre ne voulait pas signer le traité."),
    ("es", "El ministro firmó el tratado.", "El ministro no quería firmar el tratado."),
    # a hyphenated participle clause: the plain side states the affirmed clause only
    ("en", "Maria Lopez wins another term as party chair",
     "Party delegates on Sunday rejected calls for a younger leadership, re-electing Maria Lopez as chair."),
    ("en", "Maria Lopez was chosen for a third term as party chair, beating a challenger from the left.",
     "Party delegates rejected calls for a younger leadership, re-electing Maria Lopez to a third term as chair."),
]


@pytest.mark.parametrize("lang, plain, denial", TRUE)
def test_a_denial_of_the_same_fact_stays_a_polarity_conflict(lang, plain, denial):
    for a, b in ((plain, denial), (denial, plain)):
        found = polarity(a, lang, b, lang)
        assert found is not None and found[1] != found[2], (a, b, found)


@pytest.mark.parametrize("lang, plain, denial", FALSE)
def test_a_negation_of_another_fact_is_no_polarity_conflict(lang, plain, denial):
    assert polarity(plain, lang, denial, lang) is None
    assert polarity(denial, lang, plain, lang) is None


# "dismissed" as a denial in other words: taken out of "denial_synonyms" after tester break67p2 (a dismissal is
# often the event itself: "denied firing the manager" / "dismissed the manager" must stay a conflict, and no list of
# person nouns tells them apart). These stay conflicts, as on main: known misses, kept as strict xfails.
DISMISSED = [
    ("en", "The ministry dismissed the reports.", "The ministry denied the reports."),
    ("de", "Die Regierung tat die Berichte als Gerüchte ab.", "Die Regierung dementierte die Berichte."),
    ("fr", "Le ministère a balayé les accusations.", "Le ministère a rejeté les accusations."),
    ("es", "El tribunal desestimó la demanda.", "El tribunal rechazó la demanda."),
]


@pytest.mark.xfail(strict=True, reason="dismissed/denied read as a conflict: the synonym rule went (break67p2 H1)")
@pytest.mark.parametrize("lang, plain, denial", DISMISSED)
def test_a_dismissal_of_what_is_denied_is_no_polarity_conflict(lang, plain, denial):
    assert polarity(plain, lang, denial, lang) is None
    assert polarity(denial, lang, plain, lang) is None


def test_a_dismissal_that_is_the_event_stays_a_conflict():
    # break67p2 H1: a dismissed person off any list of person nouns
    for denial, plain in (("The company denied firing the manager.", "The company dismissed the manager."),
                          ("The club denied sacking Mourinho.", "The club dismissed Mourinho.")):
        assert polarity(denial, "en", plain, "en") is not None
        assert polarity(plain, "en", denial, "en") is not None


def test_a_wish_denied_across_languages_against_the_wish_stated():
    # the plain side's wish is read in its own language's words
    assert polarity("The minister wanted to sign the treaty.", "en",
                    "Der Minister wollte den Vertrag nicht unterschreiben.", "de") is not None


# A refusal and an acceptance of the same thing (newuser66b: no conflict on main); neither verb is a negation.
# Known misses (strict xfails) until polar68: the rule that read them on any shared word went after break67p2's new
# false conflicts ("Israeli officials refused the ceasefire proposal" / "Hamas officials accepted the ceasefire
# proposal"); one subject named alike on both sides is one act.
REFUSED_ACCEPTED = [
    ("en", "The union refused the pay offer.", "The union accepted the pay offer."),
    ("en", "The president declined to meet the envoy.", "The president agreed to meet the envoy."),
    ("en", "The club turned down the transfer bid.", "The club accepted the transfer bid."),
    ("de", "Die Gewerkschaft schlug das Angebot aus.", "Die Gewerkschaft nahm das Angebot an."),
    ("fr", "Le syndicat a refusé l'offre salariale.", "Le syndicat a accepté l'offre salariale."),
    ("es", "El sindicato rehusó la oferta salarial.", "El sindicato aceptó la oferta salarial."),
]

# A refusal of one thing and an acceptance of another; the same refusal said with a negated acceptance.
REFUSED_OTHER = [
    ("en", "The minister refused to comment.", "The minister agreed to the deal."),
    ("en", "The union refused the pay offer.", "The union did not accept the pay offer."),
    ("en", "The president declined to meet the envoy.", "The president did not agree to meet the envoy."),
    ("fr", "Le syndicat a refusé l'offre salariale.", "Le syndicat n'a pas accepté l'offre salariale."),
    ("es", "El sindicato rehusó la oferta salarial.", "El sindicato no aceptó la oferta salarial."),
]


@pytest.mark.parametrize("lang, refusal, acceptance", REFUSED_ACCEPTED)
def test_a_refusal_and_an_acceptance_of_one_thing_conflict(lang, refusal, acceptance):
    assert polarity(refusal, lang, acceptance, lang) == (0, True, False)
    assert polarity(acceptance, lang, refusal, lang) == (0, False, True)


@pytest.mark.parametrize("lang, a, b", REFUSED_OTHER)
def test_a_refusal_of_another_thing_or_said_twice_is_no_conflict(lang, a, b):
    assert polarity(a, lang, b, lang) is None
    assert polarity(b, lang, a, lang) is None


def test_an_acceptance_denied_stays_a_conflict():
    assert polarity("The union accepted the pay offer.", "en", "The union did not accept the pay offer.", "en")
    assert polarity("The union refused the pay offer.", "en",
                    "The union did not accept the pay offer and did not sign it.", "en")


def test_a_link_between_two_names_cuts_no_clause():
    # tune: "President Trump and Democratic congressional leaders dug in … could not break an impasse" had clause 1
    # "President Trump", set against the other report's first clause "… broke up with no apparent deal"
    a = ("Mayor Jane Holt stood firm on Friday after the second meeting with union leaders broke up with no apparent"
         " deal, warning the strike could last weeks and saying she could hire other workers.")
    b = ("Mayor Holt and Transit Union leaders dug in on Wednesday after a meeting at City Hall could not break the"
         " deadlock over pay.")
    assert polarity(a, "en", b, "en") is None
    assert polarity(b, "en", a, "en") is None


@pytest.mark.parametrize("a, b", [
    ("The court did not fine the man but barred him.", "The court fined the man but did not bar him."),
    ("Smith and Jones did not resign but apologised.", "Smith and Jones resigned but did not apologise."),
])
def test_two_negating_sentences_still_conflict_clause_by_clause(a, b):
    assert polarity(a, "en", b, "en") == (1, True, False)
