"""Polarity conflicts on real news (issue #12, conflicts72): a negated modal of a kind ("budgets cannot rely on
cuts": text data "modal_negations", a bare plural subject) whose verb the other side never states is a norm, no
denial of a fact (BASIL tune 29ffd053, the bishops' letters).

The true conflicts beside it must stay: one verb under the modal, a named subject ("the law cannot stand" /
"upheld the law", "Oravia workers", "40 workers"), the modal's own subject acting on the other side in an
irregular past ("flights cannot leave" / "Flights left", break_conflicts72), another negation beside the modal's.
Conditions and questions are told as before (a rule for them was dropped after break_conflicts72: it lost
concessive and explanatory "if"/"si"/"se" denials and gained nothing on BASIL tune)."""

from __future__ import annotations

import pytest

from storylens.analysis.conflicts import polarity

NO_CONFLICT = [
    ("en", ("The statement also quotes from the U.S. Conference of Catholic Bishops' letters to Congress saying "
           "budgets cannot rely on disproportionate cuts in essential services to the poor."),
     ("The United States Conference of Catholic Bishops has also issued several letters to members of Congress "
     "calling for a budget that prioritizes aid to the poor.")),
    ("en", "The ad says seniors cannot trust Obama.", "The ad praises Obama."),
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
    ("en", "Officials said flights cannot leave the airport.", "Flights left the airport."),
    ("en", "Police said residents cannot return to the town.", "Residents went back to the town on Monday."),
    ("en", "Officials said trains cannot run on the line.", "Trains ran on the line all day."),
    ("en", "Officials said Oravia workers cannot leave the mine.", "The miners left the mine."),
    ("en", "Officials said 40 workers cannot leave the mine.", "The miners left the mine."),
    ("fr", "Le conseil n'a pas approuvé le plan.", "Le conseil a approuvé le plan."),
    ("de", "Der Rat billigte den Plan nicht.", "Der Rat billigte den Plan."),
    ("de", "Der Minister kann nicht zurücktreten.", "Der Minister trat zurück."),
    ("es", "El consejo no aprobó el plan.", "El consejo aprobó el plan."),
    ("nl", "Als voorzitter heeft hij het plan niet goedgekeurd.", "Hij heeft het plan goedgekeurd."),
]


@pytest.mark.parametrize(("lang", "denial", "plain"), NO_CONFLICT)
def test_a_norm_of_a_kind_denies_no_fact(lang: str, denial: str, plain: str) -> None:
    assert polarity(denial, lang, plain, lang) is None
    assert polarity(plain, lang, denial, lang) is None


@pytest.mark.parametrize(("lang", "denial", "plain"), CONFLICT)
def test_a_denial_beside_them_stays_a_conflict(lang: str, denial: str, plain: str) -> None:
    assert polarity(denial, lang, plain, lang) == (0, True, False)
