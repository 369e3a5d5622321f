"""warm73: catalogue's registries answered from kept look-ups, and the role-head ending tests as tuples and sets,
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


def test_catalogue_registries_answer_as_catalogue_does():
    pytest.importorskip("spacy")
    from storylens._imports import import_spacy, quicker_registries

    spacy = import_spacy()
    import catalogue

    quicker_registries()
    quicker_registries()  # once per process: a second call changes nothing
    assert catalogue._storylens_quicker

    def scanned(reg):  # catalogue's own get_all, written out
        result = {}
        if reg.entry_points:
            for ep in catalogue.AVAILABLE_ENTRY_POINTS.select(group=reg.entry_point_namespace):
                result[ep.name] = ep.load()
        for keys, value in catalogue.REGISTRY.copy().items():
            if len(keys) == len(reg.namespace) + 1 and keys[: len(reg.namespace)] == tuple(reg.namespace):
                result[keys[-1]] = value
        return result

    namespaces = {keys[:-1] for keys in catalogue.REGISTRY}
    assert len(namespaces) > 5
    for ns in namespaces:
        for entry_points in (True, False):
            reg = catalogue.Registry(ns, entry_points=entry_points)
            assert list(reg.get_all().items()) == list(scanned(reg).items())
    misc = catalogue.Registry(("spacy", "misc"), entry_points=True)
    before = misc.get_all()
    spacy.registry.misc("storylens.test_warm73.v1")(len)  # a new function is seen at once
    after = misc.get_all()
    assert after["storylens.test_warm73.v1"] is len and len(after) == len(before) + 1
    catalogue._remove(("spacy", "misc", "storylens.test_warm73.v1"))  # and its removal too
    assert "storylens.test_warm73.v1" not in misc.get_all()
