"""rev33: quotes and entities each held the Arabic words that join a name ("بن", "آل", "عبد", "أبو"); now one
list in the Arabic text data ("name_joins": lineage and other), the same words."""

from __future__ import annotations

from storylens.analysis.entities import _scripts as entity_scripts
from storylens.analysis.quotes import _scripts as quote_scripts
from storylens.text import profile


def test_arabic_name_joins_are_one_list_for_quotes_and_entities():
    assert quote_scripts._AR_NAME_JOINS is entity_scripts._AR_NAME_JOINS is profile("ar").name_joins
    assert entity_scripts._AR_LINEAGE == profile("ar").name_lineage < profile("ar").name_joins
    # the walk reads the data's joins: "عبد الله بن زايد آل نهيان" is one six-word name
    words = "قال عبد الله بن زايد آل نهيان".split()
    assert quote_scripts._arabic_joined_length(words, 1) == 6
    assert entity_scripts._arabic_lineage("الشيخ محمد بن عبد الرحمن آل ثاني".split(), 1) == "محمد بن عبد الرحمن آل ثاني"
