"""A stated language that names no language ("xx") is refused or a warning, never taken (trial #19)."""

from __future__ import annotations

import pytest

from storylens.similarity import row_problem
from storylens.text._lang import is_language_code


@pytest.mark.parametrize("code", ["en", "de-AT", "pt_BR", "ZH", "yue", "fil", "tl"])
def test_real_language_codes_are_known(code):
    assert is_language_code(code)


@pytest.mark.parametrize("code", ["xx", "yy", "zz", "klingon", "", None, "e1", "qq-XX"])
def test_codes_of_no_language_are_not(code):
    assert not is_language_code(code)


def test_a_pairs_row_with_an_unknown_language_fails_with_the_fix():
    ok = {"text1": "a b c", "text2": "d e f", "lang1": "en", "lang2": "de-AT"}
    assert row_problem(ok) is None and row_problem({**ok, "lang1": "", "lang2": ""}) is None
    problem = row_problem({**ok, "lang1": "xx", "lang2": "yy"})
    assert problem and "lang1 'xx' is not a language code" in problem and "leave it empty" in problem
