"""leftovers77 (issue #12, kind 2): the tally rule's verb-second test (text data "verb_second": a count right after a
verb of staying is the subject's in German and Dutch, «Laut Stadt bleiben 200 Anwohner bis Freitag evakuiert», a
tally elsewhere, "the death toll remains 5387 until Friday") read an unknown language's empty profile (never verb
second) and, for no language at all, every language's (always verb second), while the verbs it weighs are every
language's for both. The verb that was found now tells: verb second when it is a verb of a verb-second language's
list. So an English sentence without a language looks back as it does under "en", a German one looks ahead as under
"de", and a language with no data file ("sv", whose own verbs no list holds) reads like no language."""

import pytest

from ._weekdays import LAST_FRIDAY, NEXT_FRIDAY
from ._weekdays import days as _days

_TALLIES = ["The ministry said the death toll remains 5387 until Friday.",
            "Le ministère a dit que le bilan reste 812 morts jusqu'à vendredi."]
_SUBJECTS = ["Laut Stadt bleiben 200 Anwohner bis Freitag evakuiert."]


@pytest.mark.parametrize("lang", [None, "sv", "xx"])
@pytest.mark.parametrize("text", _TALLIES)
def test_a_count_after_a_non_verb_second_verb_is_a_tally_without_the_language(text: str, lang: str | None) -> None:
    assert _days(text, lang) == [LAST_FRIDAY]  # type: ignore[arg-type]


@pytest.mark.parametrize("lang", [None, "sv", "xx", "de"])
@pytest.mark.parametrize("text", _SUBJECTS)
def test_a_count_after_a_verb_second_verb_is_its_subject_without_the_language(text: str, lang: str | None) -> None:
    assert _days(text, lang) == [NEXT_FRIDAY]  # type: ignore[arg-type]


def test_a_known_language_keeps_its_own_word_order() -> None:
    """A known language's own flag decides: English under "en" looks back, German under "de" ahead, and a German verb
    in a text tagged French is no verb of French's list (no staying rule: the count before the Friday looks back)."""
    assert _days(_TALLIES[0], "en") == [LAST_FRIDAY]
    assert _days("Die Stadt sagte, 200 Anwohner bleiben bis Freitag evakuiert.", "de") == [NEXT_FRIDAY]
    assert _days(_SUBJECTS[0], "fr") == [LAST_FRIDAY]


@pytest.mark.parametrize("lang", [None, "de", "sv", "da", "xx"])
@pytest.mark.parametrize("text", ["Von den 40 Schulen bleiben 12 bis Freitag geschlossen, teilte die Stadt mit.",
                                  "Laut Polizei bleiben 3 bis Freitag gesperrt.",
                                  "Davon bleiben 150 bis Freitag in Notunterkünften, sagte der Bürgermeister.",
                                  "Laut Polizei bleibt 1 Straße bis Freitag gesperrt."])
def test_a_count_after_a_verb_second_verb_is_its_subject_bare_or_counted(text: str, lang: str | None) -> None:
    """leftovers77 re-tester HIGH: a bare count after the German verb is the subject too («Von den 40 Schulen
    bleiben 12 bis Freitag geschlossen»: twelve schools stay closed until the coming Friday); 00fa240e read a bare
    count as a tally, the Friday before, under "de" and without a language, and was reverted."""
    assert _days(text, lang) == [NEXT_FRIDAY]  # type: ignore[arg-type]
