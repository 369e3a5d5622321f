""""the lives of N (people)" is a death toll only after a verb that takes lives (newuser67 H4).

"Rescuers saved the lives of 12 people" against "The storm killed two people" was a conflict "killed: 12 vs 2";
"endangered the lives of 200", "put the lives of 200 people at risk" and "fought to save the lives of 12" were read as
deaths too. A verb of text data "lives_taking" before "the lives of" (text data "lives_of": "claimed", "took", "cost";
de "forderte das Leben von", fr "a coûté la vie à", es "se cobró la vida de") keeps the toll; a rescue makes the count
"rescued" (as "saved 12 lives"); any other verb a count of lives affected. Through extract_numbers and the report's
figure comparison (real parts, offline).
"""

from __future__ import annotations

import pytest

from storylens.analysis.claims import Unit
from storylens.analysis.quantities import extract_numbers
from storylens.report.pipeline import _Measures


def _first_unit(text: str, lang: str) -> str | None:
    return extract_numbers(text, lang)[0].unit


def _conflicts(a: tuple[str, str], b: tuple[str, str]) -> list[str]:
    units = [Unit(doc, f"{doc}:s1", text, 0, len(text), lang) for doc, (text, lang) in (("d1", a), ("d2", b))]
    return _Measures({"d1": "2026-07-02", "d2": "2026-07-02"}).number_conflicts(*units)


LIVES_AFFECTED = "lives affected"  # quantities._numbers.LIVES_AFFECTED, not exported
KILLED_TWO = ("The storm killed two people in Valencia.", "en")


@pytest.mark.parametrize("text", [
    "Rescuers saved the lives of 12 people in Valencia.",
    "The storm endangered the lives of 200 people in Valencia.",
    "The storm put the lives of 200 people at risk in Valencia.",
    "Doctors fought to save the lives of 12 people in Valencia.",
    "The fire put at risk the lives of 200 people.",
    "The storm threatened the lives of 200 people.",
    "The lives of 12 people were put at risk.",
])
def test_lives_not_taken_are_no_toll(text):
    assert _first_unit(text, "en") != "killed"
    assert not any(c.startswith("killed") for c in _conflicts((text, "en"), KILLED_TWO))


def test_lives_saved_are_rescued_and_lives_endangered_affected():
    assert _first_unit("Rescuers saved the lives of at least 12 people.", "en") == "rescued"
    assert _first_unit("The storm endangered the lives of 200 people.", "en") == LIVES_AFFECTED
    assert _first_unit("The storm endangered 200 lives.", "en") == LIVES_AFFECTED


@pytest.mark.parametrize("text, lang", [
    ("Der Unfall forderte das Leben von 12 Menschen.", "de"),
    ("Das Unglück hat das Leben von 12 Menschen gefordert.", "de"),
    ("Am Montag forderte der Sturm das Leben von 12 Menschen.", "de"),
    ("L'accident a emporté la vie de 12 personnes.", "fr"),
    ("El accidente se cobró las vidas de 12 personas.", "es"),
    ("El accidente segó la vida de 12 personas.", "es"),
])
def test_lives_taken_in_other_languages_are_a_toll(text, lang):
    assert _first_unit(text, lang) == "killed"


@pytest.mark.parametrize("text, lang", [
    # guards: a toll before this change, and still one
    ("The crash claimed the lives of 12 people.", "en"),
    ("The crash claimed the lives of at least 12 people.", "en"),
    ("The blast took the lives of 12 workers.", "en"),
    ("It cost the lives of 12 people.", "en"),
    ("The lives of 12 people were lost.", "en"),
    ("They mourned the lives of 12 people killed in the crash.", "en"),
    ("L'accident a coûté la vie à 12 personnes.", "fr"),
    ("El accidente se cobró la vida de 12 personas.", "es"),
])
def test_lives_taken_stay_a_toll(text, lang):
    assert _first_unit(text, lang) == "killed"


@pytest.mark.parametrize("text, lang", [
    ("Rescuers saved the lives of 12 people.", "en"),
    ("Retter retteten das Leben von 12 Menschen.", "de"),
    ("Les secouristes ont sauvé la vie de 12 personnes.", "fr"),
    ("Los rescatistas salvaron la vida de 12 personas.", "es"),
])
def test_lives_saved_are_rescued_in_every_language(text, lang):
    assert _first_unit(text, lang) == "rescued"


def test_claimed_lives_against_killed_stay_a_conflict():
    conflicts = _conflicts(("The crash claimed the lives of 12 people in Valencia.", "en"),
                           ("The crash killed 15 people in Valencia.", "en"))
    assert any(c.startswith("killed") and "12" in c and "15" in c for c in conflicts)


def test_a_german_toll_of_lives_taken_conflicts_with_an_english_one():
    conflicts = _conflicts(("Der Unfall forderte das Leben von 12 Menschen in Valencia.", "de"),
                           ("The crash killed 15 people in Valencia.", "en"))
    assert any(c.startswith("killed") and "12" in c and "15" in c for c in conflicts)


@pytest.mark.parametrize("text", ["The blast cut short the lives of 12 people.",
                                  "The storm snuffed out the lives of 12 people."])
def test_a_two_word_verb_that_takes_lives_keeps_the_toll(text):
    # tester final67b: both were "killed" before the lives-of rule, then "lives affected"
    assert [(n.value, n.unit) for n in extract_numbers(text, "en")] == [(12.0, "killed")]
