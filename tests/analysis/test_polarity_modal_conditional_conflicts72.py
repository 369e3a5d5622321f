"""Polarity conflicts on real news (issue #12, conflicts72): a negation that denies no fact the other side states.

* a negated modal of a kind ("budgets cannot rely on cuts": text data "modal_negations", a bare plural subject)
  whose verb the other side never states is a norm, no denial (BASIL tune 29ffd053, the bishops' letters);
* a negation inside a condition opened at a clause's start ("If the council does not approve …", "Si le conseil
  n'approuve pas …", text data "conditionals") or inside a yes/no question (text data "question_openers": "Did
  the minister not resign?") asks or supposes, it denies nothing.

The true conflicts beside them must stay: one verb under the modal, a named subject ("the law cannot stand" /
"upheld the law"), a negation of the main clause after the condition, a wh-question ("Why didn't …" says it did
not), another negation beside the modal's or the condition's."""

from __future__ import annotations

import pytest

from storylens.analysis.conflicts import polarity

NO_CONFLICT = [
    ("en", ("The statement also quotes from the U.S. Conference of Catholic Bishops' letters to Congress saying "
           "budgets cannot rely on disproportionate cuts in essential services to the poor."),
     ("The United States Conference of Catholic Bishops has also issued several letters to members of Congress "
     "calling for a budget that prioritizes aid to the poor.")),
    ("en", "The ad says seniors cannot trust Obama.", "The ad praises Obama."),
    ("en", "Did the minister not resign?", "The minister resigned."),
    ("en", "He asked: Didn't the council approve it already?", "The council approved the plan."),
    ("en", "If the council does not approve the plan, the mayor will resign.", "The council approved the plan."),
    ("en", "Unless the union does not sign, the strike ends.", "The union signed the deal."),
    ("en", "If he had not resigned, he would have been fired.", "He resigned on Monday."),
    ("fr", "Si le conseil n'approuve pas le plan, le maire démissionnera.", "Le conseil a approuvé le plan."),
    ("de", "Wenn der Rat den Plan nicht billigt, tritt der Bürgermeister zurück.", "Der Rat billigte den Plan."),
    ("es", "Si el consejo no aprueba el plan, el alcalde dimitirá.", "El consejo aprobó el plan."),
]

CONFLICT = [
    ("en", "The bridge cannot carry trucks.", "The bridge carries trucks."),
    ("en", "Rescuers cannot reach the village.", "Rescuers reached the village on Monday."),
    ("en", "The company can't pay its debts.", "The company paid its debts."),
    ("en", "Officials said the dam cannot be repaired.", "Officials said the dam was repaired."),
    ("en", "The court said the law cannot stand.", "The court upheld the law."),
    ("en", "Analysts said companies cannot hire more workers.", "The company hired 300 workers."),
    ("en", "Leaders said families should not pay more.", "Families will pay more, the bill says."),
    ("en", "The minister cannot stay and did not resign.", "The minister resigned."),
    ("en", "He shouldn't have signed the deal, critics said.", "He signed the deal."),
    ("en", "If it rains, the match will not start.", "The match started."),
    ("en", "The council did not approve the plan, if reports are right.", "The council approved the plan."),
    ("en", "Why didn't the senate pass the bill?", "The senate passed the bill on Monday."),
    ("en", "The minister isn't backing down. Did he resign?", "The minister resigned."),
    ("en", '"I did not resign," the minister said.', "The minister resigned."),
    ("fr", "Le conseil n'a pas approuvé le plan.", "Le conseil a approuvé le plan."),
    ("de", "Der Rat billigte den Plan nicht.", "Der Rat billigte den Plan."),
    ("de", "Der Minister kann nicht zurücktreten.", "Der Minister trat zurück."),
    ("es", "El consejo no aprobó el plan.", "El consejo aprobó el plan."),
    # Dutch "als" is a conditional and a preposition ("as chairman"): no condition opened
    ("nl", "Als voorzitter heeft hij het plan niet goedgekeurd.", "Hij heeft het plan goedgekeurd."),
]


@pytest.mark.parametrize(("lang", "denial", "plain"), NO_CONFLICT)
def test_a_norm_a_condition_or_a_question_denies_no_fact(lang: str, denial: str, plain: str) -> None:
    assert polarity(denial, lang, plain, lang) is None
    assert polarity(plain, lang, denial, lang) is None


@pytest.mark.parametrize(("lang", "denial", "plain"), CONFLICT)
def test_a_denial_beside_them_stays_a_conflict(lang: str, denial: str, plain: str) -> None:
    assert polarity(denial, lang, plain, lang) == (0, True, False)
