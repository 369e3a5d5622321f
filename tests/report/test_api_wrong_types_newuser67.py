"""newuser67 LOW: ``score_pair(a, b, model="huge")`` raised "'str' object has no attribute 'needs_documents'", and
``score_pair(None, b)`` an InputError while the README lists None among the WrongTypeError cases. Both are now a
WrongTypeError (still an InputError: callers that catch that keep working) naming the argument; the model's names
the shipped models as the CLI's --model does."""

from __future__ import annotations

import pytest

from storylens import similarity as sim
from storylens.errors import InputError, WrongTypeError

TEXT = "Storm hits Berlin. Trees fell on cars and two people were hurt, the fire brigade said on Monday."


@pytest.mark.parametrize(("model", "named"), [("huge", "str 'huge'"), ("fast", "str 'fast'"), (5, "int")])
def test_a_model_that_is_no_model_names_the_choices(model, named):
    for call in (lambda: sim.score_pair(TEXT, TEXT, model=model), lambda: sim.score_pairs([(TEXT, TEXT)], model=model)):
        with pytest.raises(WrongTypeError) as caught:
            call()
        assert isinstance(caught.value, InputError) and isinstance(caught.value, TypeError)
        assert caught.value.source == "model"
        assert str(caught.value) == (f"model: a SimilarityModel or None, not {named}; name a shipped model with "
                                     f"variant='full' or variant='fast' (the CLI's --model full / fast)")


@pytest.mark.parametrize("side", [0, 1])
def test_a_text_given_as_none_is_a_wrong_type(side):
    pair = [TEXT, TEXT]
    pair[side] = None
    with pytest.raises(WrongTypeError) as caught:
        sim.score_pair(*pair, fast=True)
    assert isinstance(caught.value, InputError)
    assert str(caught.value) == f"pair 1 text{side + 1}: a text to score is a str, not None"
    pair[side] = "  "  # a blank text stays an InputError of its own, not a wrong type
    with pytest.raises(InputError) as blank:
        sim.score_pair(*pair, fast=True)
    assert not isinstance(blank.value, WrongTypeError)
    assert "no text to compare: give a non-empty article" in str(blank.value)

