"""text.language_word: whether a word, in any case, is a word of a language (a stop word or a common word of its
lexicon), the one reading behind the acronym guards of cluster._aliases (a shouted line's words) and
analysis.entities (a short acronym written as a capitalised word)."""

from __future__ import annotations

import pytest

from storylens.text import language_word


@pytest.mark.parametrize(("word", "language", "expected"), [
    ("KNEW", "en", True),      # a common word of the lexicon, shouted
    ("Who", "en", True),       # a stop word
    ("DE", "es", True),
    ("Uno", "es", True),
    ("Uno", "de", False),      # German writes the UN "die Uno"
    ("CONDAMNE", "fr", True),
    ("KFOR", "en", False),     # an acronym, no word
    ("OCHA", "fr", False),
    ("DE", None, True),        # no language: any language's stop word
    ("KFOR", None, False),
])
def test_language_word(word, language, expected):
    assert language_word(word, language) is expected
