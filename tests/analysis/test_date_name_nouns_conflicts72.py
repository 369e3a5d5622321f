"""A date that names a scheduled event (text data "scheduled_event_nouns": "the November election", "last year's
CPAC keynote speech", quantities.date_is_name) on one side only is set aside when the other side never names its
noun (issue #12, conflicts72: "refocus on the November election" / "declared back in December" was a date conflict
on BASIL tune); the other side naming the noun (one lemma, or a compound ending in it) keeps it a date, and so does
any other name, which the other side may tell in other words ("the January vote" / "went to the polls",
"last month's attack" / "stormed": break63d H3, break_conflicts72)."""

from __future__ import annotations

import pytest

from storylens.analysis.quantities import date_is_name, extract_dates, name_noun_named


def _name(text: str):
    found = [d for d in extract_dates(text, published="2010-07-05", language="en") if date_is_name(text, d, "en")]
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(("text", "other", "named"), [
    ("DeMint said Steele needs to refocus on the November election.",
     "Indeed, even Steele himself declared back in December that Afghanistan is a war we have to win.", False),
    ("The March 2019 collapse killed four workers.", "The bridge collapsed in April 2019.", True),
    ("The March 2019 quake killed four people.", "An earthquake struck in April 2019.", True),
    ("If last year's CPAC keynote speech was defined by urging Obama to fail, Beck's stood out.",
     "Beck blamed progressivism Saturday in his keynote speech.", True),
    ("The November election will decide the Senate.", "Voters elected a new senator in December.", True),
    ("The 2012 GOP primary was bitter.", "Republicans voted in 2011.", False),
    ("The January vote was marred by fraud.", "Voters went to the polls in February.", True),
    ("Last month's attack on the embassy left five guards dead.", "Gunmen stormed the embassy on 3 January.", True),
    ("The February blaze at the plant killed two workers.", "The fire at the plant broke out in January.", True),
    ("The January shooting at the mall shocked the city.", "A gunman opened fire at the mall in February.", True),
    ("Last year's crash was blamed on the pilot.", "The plane went down in 2024.", True),
])
def test_a_name_counts_as_a_date_only_where_the_other_side_names_its_noun(text: str, other: str, named: bool) -> None:
    assert name_noun_named(text, _name(text), other, "en") is named
