"""A shared name is an international body's short acronym only written in capitals (text data
``international_bodies``: "capitals matter"; the acronym guards of bodies58): the bodies' forms were read by their
spelling key, so a shared "Au" or "Un" counted as the African Union or the UN, a name that tells no country."""

from __future__ import annotations

import pytest

from storylens.similarity._features import _body_names

TEXTS = ("The African Union (AU) and the UN met.", "L'Union africaine (UA) et l'ONU se sont réunies.")


@pytest.mark.parametrize("name", ["Au", "Un", "Who", "Uno", "Ua", "Eu"])
def test_a_word_spelled_as_a_short_acronym_is_no_body(name):
    assert _body_names([name], TEXTS) == ()


@pytest.mark.parametrize("name", ["AU", "UN", "U.N.", "UA", "ONU", "WHO", "Onu", "Ue", "ECOWAS", "Cedeao", "Nato"])
def test_a_body_s_acronym_in_capitals_a_press_form_or_a_long_acronym_is_a_body(name):
    assert _body_names([name], TEXTS) == (name,)
