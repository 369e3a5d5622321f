"""A denial with a subordinate clause beside its negated clause (final41 #1): "The hospital was not evacuated
when the water rose." / "The hospital was evacuated." stayed one shared claim: the whole denial, negation
taken out, lies under the floor from the plain sentence, its negated clause alone does not."""

from __future__ import annotations

import numpy as np
import pytest

from storylens.analysis.claims import Unit
from storylens.report.pipeline import _denied_clause, _FlatDenial

PLAIN = "The hospital was evacuated."
CASES = [
    ("The hospital was not evacuated when the water rose.", "The hospital was evacuated"),
    ("The school was not closed while the storm passed.", "The school was closed"),
]


def _unit(doc: str, text: str) -> Unit:
    return Unit(doc, f"{doc}:s1", text, 0, len(text), "en")


def _embed(main: str):
    """The plain sentence and the denied clause 0.9 apart in cosine; anything else 0.6 (under the 0.75 floor)."""
    def embed(texts):
        at = {PLAIN: 0.0, main: np.arccos(0.9)}
        return np.stack([np.array([np.cos(at.get(t, np.arccos(0.6))), np.sin(at.get(t, np.arccos(0.6)))])
                         for t in texts])
    return embed


@pytest.mark.parametrize(("denial", "main"), CASES)
def test_the_denied_clause_is_compared_without_its_subordinate_clause(denial: str, main: str) -> None:
    assert _denied_clause(_unit("d1", denial)) == main
    check = _FlatDenial(_embed(main))
    assert check(_unit("d1", denial), _unit("d2", PLAIN)) == ["polarity: d1 denies, d2 affirms"]


def test_a_denial_of_one_clause_has_no_denied_clause_apart() -> None:
    assert _denied_clause(_unit("d1", "The hospital was not evacuated.")) is None
    # a denial of one clause under the floor stays no conflict
    one = _unit("d1", "The hospital was not evacuated on Monday.")
    assert _FlatDenial(_embed("-"))(one, _unit("d2", PLAIN)) == []
