"""Issue 12 (names52): what an apostrophe glues to a name is no part of its key: a Turkish case suffix after it
("Malatya'da"), an elided article or preposition before it ("d'Erdogan", "dell'Onu"): the name keys read the name alone."""

import pytest

from storylens.analysis.entities import phonetic_tokens
from storylens.text import bare_name_word


@pytest.mark.parametrize(("word", "bare"), [
    ("Malatya'da", "Malatya"), ("Malatya’da", "Malatya"), ("Erdoğan'ın", "Erdoğan"), ("Elazığ'daki", "Elazığ"),
    ("Türkiye'nin", "Türkiye"), ("İstanbul'a", "İstanbul"), ("AFAD'ın", "AFAD"), ("Ankara'dan", "Ankara"),
    ("d'Erdogan", "Erdogan"), ("l'ONU", "ONU"), ("dell'Onu", "Onu"), ("all’Italia", "Italia"),
    # kept whole: a capital after the apostrophe is a name's own, a short head or an unlisted tail too
    ("O'Brien", "O'Brien"), ("Sa'id", "Sa'id"), ("Shi'ite", "Shi'ite"), ("Malatya", "Malatya"),
])
def test_bare_name_word(word, bare):
    assert bare_name_word(word) == bare


@pytest.mark.parametrize(("a", "b"), [
    ("Malatya'da", "Malatya"), ("Elazığ'daki", "Elazig"), ("Erdoğan’ın", "Erdogan"), ("d'Erdogan", "Erdoğan"),
    ("Kahramanmaraş'ta", "Kahramanmaraş"), ("Yerlikaya'nın", "Yerlikaya"),
])
def test_one_name_key_with_and_without_the_glued_word(a, b):
    assert phonetic_tokens(a) == phonetic_tokens(b)
