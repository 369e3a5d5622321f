"""warm73: the role-head ending tests as tuples and sets
give the answers the scans they replace gave."""

from __future__ import annotations

import pytest

from storylens.analysis.quotes import _phrases, _subjects, _vocab
from storylens.report import pipeline
from storylens.text import role_words_any

_HEADS = _vocab._ROLE_HEADS


def _scanned_role_word(tok: str) -> bool:
    low = tok.lower()
    return low in _HEADS or (tok.replace("-", "").isalpha() and any(
        len(w) >= 6 and len(low) >= len(w) + 3 and low.endswith(w) for w in _HEADS)) \
        or len(low) >= 7 and low.endswith(_subjects._ROLE_SUFFIXES)


def _scanned_role_noun(word: str) -> bool:
    return _scanned_role_word(word) or _vocab._role_nominative(word) in _HEADS \
        or any(word.endswith(h) for h in _HEADS if len(h) >= 5)


def _scanned_after_role(name: str | None) -> str | None:
    if not name:
        return name
    roles, tokens = role_words_any(), name.split()
    last = max((i for i, t in enumerate(tokens) if (low := t.casefold().strip(".,")) in roles
                or any(low.endswith(r) for r in roles if len(r) >= 5)), default=-1)
    return " ".join(tokens[last + 1:]) or None


_WORDS = ["Innenministerin", "Bergarbeiterin", "Minenarbeiterin", "exalcalde", "prezydenta", "Außenminister",
          "minister", "Minister", "ministers", "administer", "Kanzlerin", "sprecher", "Pressesprecherin", "premier",
          "Tokayev", "Kazakhstan", "said", "the", "vicepresidente", "Vizekanzler", "x" * 12, "presidential", "Bürgermeister",
          "Oberbürgermeisterin", "мэр", "вице-мэр", "губернатора", "ab", "", "Chief", "commander-in-chief"]


@pytest.mark.parametrize("word", _WORDS + sorted(_HEADS)[::7] + [f"ab{h}in" for h in sorted(_HEADS)[::5]])
def test_role_word_and_noun_as_the_scans(word):
    assert _subjects._role_word(word) == _scanned_role_word(word)
    assert _phrases._role_noun(word) == _scanned_role_noun(word)


@pytest.mark.parametrize("name", ["Prime Minister Donald Tusk", "Außenminister", "Der Außenminister Radoslaw Sikorski",
                                  "Foreign Minister", "Innenministerin Nancy Faeser sagte", "Kassym-Jomart Tokayev",
                                  "", None, "President, Kassym-Jomart Tokayev", "Vizekanzler Robert Habeck"])
def test_after_role_as_the_scan(name):
    assert pipeline._after_role(name) == _scanned_after_role(name)
