"""A person named family name first in one report and by family name in another is one entity (issue #11, break67s2).
Texts written for this test."""

from __future__ import annotations

from storylens.analysis.entities import EntityExtractor

from ._docs import segmented_doc


def _entities(a: str, b: str, lang: str = "en") -> list:
    return list(EntityExtractor().extract([segmented_doc(a, lang, "d1"), segmented_doc(b, lang, "d2")]))


def test_a_vietnamese_name_and_its_family_name_are_one_person():
    # "Nguyen Van An" and a later report's "Mr Nguyen" (issue #11, break67s2): the family name is written first
    got = _entities("Nguyen Van An, the captain of a fishing boat, was detained on Tuesday by coastguards.",
                    "Mr Nguyen, 52, had been fishing in the area for two decades, relatives said.")
    person = [e for e in got if "Nguyen Van An" in e.variants]
    assert person and "Nguyen" in person[0].variants and {m.doc for m in person[0].mentions} == {"d1", "d2"}, got
