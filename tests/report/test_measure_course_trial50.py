"""A closing and an opening dated on two days are the measure's course, not two dates of one fact (trial50 F17).

"The border crossing was closed on Wednesday" / "… was reopened on Thursday" was a conflict "date: on Wednesday
vs on Thursday": the measure check rightly kept quiet (two acts dated apart), the date check then read the two
acts' days as one event's. Both on one day, the stances still conflict."""

import pytest

from storylens import Comparer

_HEAD = {
    "en": "Border crossing update\n\nReuters\nLONDON, Nov 26, 2026\n\nHeavy rain flooded the river valley on Wednesday, "
          "forcing about 1,500 residents to leave their homes, the regional authorities said on Thursday.\n\n",
    "de": "Grenzübergang\n\ndpa\nBerlin, 26. November 2026\n\nStarker Regen hat am Mittwoch das Flusstal überflutet, rund "
          "1.500 Einwohner mussten ihre Häuser verlassen, teilten die Behörden am Donnerstag mit.\n\n",
}


def _claim_of(report, text):
    return next(c for c in report.claims if any(text[:30] in e.text for e in c.evidence))


@pytest.fixture(scope="module")
def comparer(embedder):
    return Comparer(embedder=embedder)  # the default model, as the CLI compares


@pytest.mark.parametrize("la, a, lb, b", [
    ("en", "The border crossing at Medyka was closed to trucks on Wednesday, the border guard said.",
     "en", "The border crossing at Medyka was reopened to trucks on Thursday, the border guard said."),
    ("en", "The road to Medyka was closed on Wednesday, police said.",
     "en", "The road to Medyka was reopened on Thursday, police said."),
    ("de", "Der Grenzübergang Medyka wurde am Mittwoch für Lastwagen geschlossen, teilte der Grenzschutz mit.",
     "en", "The border crossing at Medyka was reopened to trucks on Thursday, the border guard said."),
])
def test_a_closing_and_an_opening_on_two_days_are_no_conflict(comparer, la, a, lb, b):
    claim = _claim_of(comparer.compare([_HEAD[la] + a, _HEAD[lb] + b]), a)
    assert claim.status == "shared" and claim.conflict is None


def test_a_closing_and_an_opening_on_one_day_still_conflict(comparer):
    a = "The border crossing at Medyka was closed to trucks on Wednesday, the border guard said."
    b = "The border crossing at Medyka remained open to trucks on Wednesday, the border guard said."
    claim = _claim_of(comparer.compare([_HEAD["en"] + a, _HEAD["en"] + b]), a)
    assert claim.status == "conflicting" and "measure" in claim.conflict


def test_two_days_of_one_act_still_conflict(comparer):
    a = "The border crossing at Medyka was closed to trucks on Wednesday, the border guard said."
    b = "The border crossing at Medyka was closed to trucks on Thursday, the border guard said."
    claim = _claim_of(comparer.compare([_HEAD["en"] + a, _HEAD["en"] + b]), a)
    assert claim.status == "conflicting" and "date" in claim.conflict


@pytest.mark.parametrize("la, a, lb, b", [
    ("en", "The road to Medyka was closed on Wednesday after a landslide killed three people, police said.",
     "en", "The road to Medyka was reopened on Thursday after a landslide killed five people, police said."),
    ("de", "Die Straße nach Medyka wurde am Mittwoch gesperrt, nachdem ein Erdrutsch drei Menschen getötet hatte.",
     "en", "The road to Medyka was reopened on Thursday after a landslide killed five people, police said."),
])
def test_a_measures_two_acts_are_still_two_occasions_for_their_figures(comparer, la, a, lb, b):
    # the two days are no date conflict, but they are two days: a toll that rose between them is no conflict
    # (review41: "killed: 3 vs 5" conflicted once the acts' days were left out)
    claim = _claim_of(comparer.compare([_HEAD[la] + a, _HEAD[lb] + b]), a)
    assert "killed" not in (claim.conflict or ""), claim.conflict
