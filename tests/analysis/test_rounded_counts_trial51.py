"""Two rounded counts of nouns two languages write their own ways, whose ranges hold neither value, are a
difference to show (trial51 F2: "Circa 40 treni" / "Environ 60 trains" shared with no note); Dutch reads
"moesten hun huis verlaten" as evacuated, as German reads "mussten ihre Häuser verlassen"."""

import pytest

from storylens.analysis.quantities import extract_numbers, unmatched_lone_counts


def _lone(a, la, b, lb):
    return unmatched_lone_counts(extract_numbers(a, la), extract_numbers(b, lb))


def test_two_rounded_counts_far_apart_differ():
    assert _lone("Circa 40 treni sono stati soppressi.", "it", "Environ 60 trains ont été supprimés.", "fr") == [
        ("treni", "about 40", "about 60")]


@pytest.mark.parametrize("a, la, b, lb", [
    ("Circa 40 treni sono stati soppressi.", "it", "Environ 44 trains ont été supprimés.", "fr"),  # in range
    ("Circa 40 treni sono stati soppressi.", "it", "Plus de 60 trains ont été supprimés.", "fr"),  # a bound
    ("Decine di treni sono stati soppressi.", "it", "Environ 60 trains ont été supprimés.", "fr"),  # a word
])
def test_no_difference_within_a_range_or_against_a_bound(a, la, b, lb):
    assert _lone(a, la, b, lb) == []


def test_dutch_leaving_home_is_evacuated():
    [q] = extract_numbers("Zo'n 600 mensen moesten hun huis verlaten.", "nl")
    assert (q.value, q.unit) == (600.0, "evacuated")
    [q] = extract_numbers("Zo'n 600 mensen verlieten hun huizen om het feest te zien.", "nl")
    assert q.unit != "evacuated"  # leaving home with no cue of force counts no displaced people
