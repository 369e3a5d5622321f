"""Two shapes of false conflict of the BASIL tune half (issue #12, stop 74, conflicts74), each with neighbours that
must stay conflicts (benchmarks/data/conflict_probes74.jsonl holds them as whole-compare probes).

* polarity: one quotation told at two lengths, the longer going on past the shared words with a sentence of its own
  that negates something else (analysis.conflicts._negation_past_shared_run; BASIL 2ec04201, the Medicare ad);
* date: a report that gives both days itself, the other's in a clause of the other's act (report.pipeline.
  _Measures._days_told_together; BASIL 2a3fde8a, "blasted the bureau on Monday" / "was fired late Friday
  afternoon", the first report writing "said in a statement Monday that his client … was fired Friday afternoon").
A third rule (two pots beside one agreeing amount of money) was removed in the second fix round: it lost true
conflicts of one pot under two names ("Pentagon" / "Defense Department"; retest of conflicts74)."""

from __future__ import annotations

import pytest

from storylens.analysis import conflicts

AD_SHORT = ("The ad says: “You paid in to Medicare for years … now when you need it, Obama has cut $716 billion from "
            "Medicare. Why? To pay for ObamaCare.”")
AD_LONG = ("“Now when you need it, Obama has cut $716 billion from Medicare. Why? To pay for Obamacare. So now the money "
           "you paid for your guaranteed health care is going to a massive new government program that’s not for you.”")


def test_a_quotation_told_longer_with_a_negation_past_the_shared_words_is_no_polarity_conflict():
    assert conflicts.polarity(AD_SHORT, "en", AD_LONG, "en") is None
    assert conflicts.polarity(AD_LONG, "en", AD_SHORT, "en") is None


@pytest.mark.parametrize(("language", "plain", "denial"), [
    # the negation inside the shared words
    ("en", "“The company will close the plant in March and move the jobs abroad,” the union leader said on Monday.",
     "“The company will not close the plant in March and move the jobs abroad,” the union leader said on Monday."),
    # a negation ending the run's own clause (German verb-final: conflict_probes69_idioms T10)
    ("de", "Der Bundestag unterstützte das Gesetz zur Mietpreisbremse am Dienstag.",
     "Der Bundestag unterstützte das Gesetz zur Mietpreisbremse am Dienstag nicht."),
    # the part past the run denies the run's own act again
    ("en", "The governor signed the voting bill into law on Tuesday after the senate passed it.",
     ("The governor signed the voting bill into law on Tuesday? No: the governor did not sign the voting bill, his "
     "office said.")),
    # the plain side goes on past the run in words of its own
    ("en", "“The water is safe to drink, and residents can use the taps again,” the utility said on Monday.",
     "“The water is safe to drink, but residents cannot use the taps again until Friday,” the utility said on Monday."),
])
def test_a_denial_of_the_shared_words_stays_a_polarity_conflict(language, plain, denial):
    found = conflicts.polarity(plain, language, denial, language)
    assert found is not None and found[2] and not found[1]


def _conflicts(comparer, a: str, b: str, language: str = "en", published: str = "2026-12-08") -> list[str]:
    from storylens.models import RawDocument

    raws = [RawDocument(source=f"{side}.txt", text=text, metadata={"date": published, "language": language})
            for side, text in (("a", a), ("b", b))]
    return [c.conflict or "" for c in comparer.compare(raws).claims_with_status("conflicting")]


@pytest.fixture(scope="module")
def comparer(embedder):
    from storylens.report.compare import Comparer

    return Comparer(embedder=embedder)


@pytest.mark.slow
def test_a_report_giving_both_days_itself_dates_two_acts(comparer):
    """BASIL tune 2a3fde8a: Fox's "blasted the bureau on Monday" against HuffPost's "fired late Friday afternoon",
    Fox writing "said in a statement Monday that his client … was fired Friday afternoon" itself."""
    a = ("Strzok fired. Strzok attorney Aitan Goelman said in a statement Monday that his client, a 21-year FBI veteran, "
         "was fired Friday afternoon, claiming this was politically motivated. Strzok's attorney, meanwhile, blasted "
         "the bureau on Monday, saying the deputy director reversed the decision of the career official.")
    b = ("Strzok fired. Aitan Goelman, Strzok's attorney, said in a statement that Strzok was fired late Friday "
         "afternoon on the orders of the deputy director, despite a career official's recommendation.")
    assert _conflicts(comparer, a, b, published="2018-08-13") == []


@pytest.mark.slow
@pytest.mark.parametrize(("a", "b", "language"), [
    # swapped days, each in a sentence of its own
    ("Strike. The rail strike began on Monday, the union said. Talks with the operator broke down on Tuesday.",
     "Strike. The rail strike began on Tuesday, the union said. Talks with the operator broke down on Monday.", "en"),
    # the other's day in a statement's clause
    (("Strike. The rail strike began on Monday, the union said. On Tuesday the union said ports had been paralysed "
     "since Monday."), "Strike. The rail strike began on Tuesday, paralysing ports, the union said.", "en"),
    # the other's day beside a detail of the other's, not its act
    ("Strike. The rail strike began on Monday. Ports were paralysed on Tuesday, a day after the strike began on Monday.",
     "Strike. The rail strike began on Tuesday, paralysing ports.", "en"),
    (("Streik. Der Bahnstreik begann am Montag. Am Dienstag waren die Häfen lahmgelegt, einen Tag nachdem der Streik am "
     "Montag begonnen hatte."), "Streik. Der Bahnstreik begann am Dienstag und legte die Häfen lahm.", "de"),
])
def test_one_act_on_two_days_stays_a_conflict_when_a_report_names_both_days(comparer, a, b, language):
    assert any(c.startswith("date:") or "date:" in c for c in _conflicts(comparer, a, b, language))


@pytest.mark.parametrize(("language", "plain", "denial"), [
    # break74 P02: the negation past the run denies the plain side's own first sentence (a word of the whole side)
    ("en", ("The union leader said: “The strike is over. The workers will return to the factory on Monday morning after "
     "the vote.”"), ("The union leader said: “The workers will return to the factory on Monday morning after the vote. "
     "The strike is not over.”")),
    # break74 P05: a back-reference denies the run ("That is no longer true.")
    ("en", "The airline said: “All flights from the main airport will resume on Wednesday morning as planned.”",
     ("The airline said: “All flights from the main airport will resume on Wednesday morning as planned. That is no "
     "longer true.”")),
    # break74 R05: a main clause's negation sharing no word may still deny the plain side's own words
    ("en", ("The ad says: “You paid in to Medicare for years. Now when you need it, Obama has cut $716 billion from "
     "Medicare. Why? To pay for Obamacare.”"), ("“Now when you need it, Obama has cut $716 billion from Medicare. Why? "
     "To pay for Obamacare. You never contributed a cent.”")),
])
def test_a_negation_past_the_run_bearing_on_what_was_told_stays_a_polarity_conflict(language, plain, denial):
    found = conflicts.polarity(plain, language, denial, language)
    assert found is not None and found[2] and not found[1]


@pytest.mark.slow
@pytest.mark.parametrize(("a", "b"), [
    # break74 D02: the other's day negated in the report's other sentence
    (("Plant. The Ohio plant shut its gates on Friday. The plant did not close on Monday, as first reported, but on "
     "Friday."), "Plant. The Ohio plant closed on Monday, workers said."),
    # break74 E01: the other's day under a denial
    (("Minister. The minister quit on Tuesday, her office said. On Tuesday, her office denied reports that she had "
     "resigned on Monday."), "Minister. The minister resigned on Monday, her office said."),
    # break74 S03: the two date clauses share a word (plant): one act
    (("Plant. The Ohio plant shut down on Friday, the company said. The union said on Friday that the plant closed its "
     "gates on Monday."), "Plant. The Ohio plant closed its gates on Monday."),
])
def test_a_denied_or_reported_day_or_one_act_stays_a_date_conflict(comparer, a, b):
    assert any("date:" in c for c in _conflicts(comparer, a, b))
