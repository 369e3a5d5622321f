"""The shipped English person nouns the es/it/pt lexicons know (data/en-person-nouns-romance.json) are what
simplemma's lexicons give, and reading a noun with them answers as asking the lexicons does."""

from __future__ import annotations

import json
from importlib import resources

import pytest
import simplemma

from storylens.analysis import quotes
from storylens.analysis.quotes import _subjects

# One worker for both: the first loads simplemma's en/es/it/pt dictionaries, the second then costs nothing
# (alone 2.3 and 5.5 CPU-s, together 2.3 at load 15; the suite had run them on both workers at once).
pytestmark = pytest.mark.xdist_group("person_nouns")


def test_shipped_file_is_what_the_lexicons_give():
    # Fails after a simplemma upgrade or new English person endings: rebuild with scripts/build_person_nouns.py.
    shipped = json.loads(resources.files("storylens").joinpath(f"data/{quotes.ROMANCE_KNOWN_FILE}").read_text("utf-8"))
    assert shipped == quotes.romance_known_person_nouns()
    assert _subjects._romance_known_shipped() == frozenset(shipped["known_elsewhere"])


def _asked_lexicons(word: str) -> bool:
    return simplemma.is_known(word, "en") and not any(simplemma.is_known(word, lang) for lang in ("es", "it", "pt"))


def test_person_noun_answers_as_the_lexicons(monkeypatch):
    words = ["contractor", "contingent", "president", "actor", "lobbyist", "engineer", "official", "ayer",
             "gobernador", "brigadier", "businessman", "Contractor", "entrepreneur", "zzzzzer", "señor"]
    for word in words:
        _subjects._en_person_noun.cache_clear()
        shipped = _subjects._en_person_noun(word)
        monkeypatch.setattr(_subjects, "_romance_known_shipped", lambda: None)
        _subjects._en_person_noun.cache_clear()
        asked = _subjects._en_person_noun(word)
        monkeypatch.undo()
        assert shipped == asked, word
        if word not in _subjects._EN_BODY_NOUNS and len(word) >= 5 and word.endswith(_subjects._EN_PERSON_ENDINGS) \
                and word.isalpha():
            assert asked == _asked_lexicons(word), word
    _subjects._en_person_noun.cache_clear()
    assert _subjects._en_person_noun("contractor") and not _subjects._en_person_noun("actor")
