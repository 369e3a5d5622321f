"""names69 (tester break68n): no entity ends in a conjunction or a preposition.

"Avon Fire and Rescue Service" opening a sentence, or "Avon Fire and rescue crews", gave spaCy's PERSON "Avon Fire
and"; "US Fish and Wildlife Service" the ORG "US Fish and". (names69b: a body's name with a conjunction inside is no
longer joined into one span: the join merged two bodies, "Bank of England and Federal Reserve".) Inputs written for
these tests."""

from __future__ import annotations

import pytest

from storylens.analysis.entities import extract_entities

from ._docs import doc_of


@pytest.mark.parametrize("sentences", [
    ["Avon Fire and Rescue Service sent four engines.", "Avon Fire and rescue crews from Bath helped."],
    ["The US Fish and Wildlife Service listed the bird as endangered on Monday."],
])
def test_no_entity_ends_in_a_conjunction_or_a_preposition(sentences):
    entities = extract_entities([doc_of("d1", sentences, "en")])
    for e in entities:
        for text in {e.name} | {m.text for m in e.mentions}:
            assert text.split()[-1] not in ("and", "of", "for", "und", "für", "et", "de"), text
