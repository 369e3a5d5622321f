"""rev33: the "and" of two people named as one subject was a set in code; now each language's text data
("people_and"), the same words."""

from __future__ import annotations

import pytest

from storylens.analysis.quotes import _subjects
from storylens.text import LANGUAGES, profile


@pytest.mark.parametrize(("lang", "word"), [("en", "and"), ("pl", "oraz"), ("pl", "i"), ("uk", "і"), ("tr", "ve"),
                                            ("nl", "en"), ("pt", "e")])
def test_the_and_of_two_people_is_each_languages_data(lang, word):
    assert word in profile(lang).people_and and word in _subjects._JOINT
    assert _subjects._JOINT == {w for lg in LANGUAGES for w in profile(lg).people_and}
