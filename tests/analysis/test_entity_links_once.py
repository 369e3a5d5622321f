"""Entity linking among many names: what depends on one name only (its alphabet, its initials) is read
once per name, not once per pair of names (issue 16: 237k alphabet reads at 80 BASIL articles)."""

from __future__ import annotations

from collections import Counter

import pytest

from storylens.analysis import entities as E
from storylens.analysis.entities import _link, _match, _names, _rules

from ._docs import doc_of

# the module defining _alphabet and _initials and those that import them: each reads its own binding
_MODULES = (_names, _rules, _match, _link)

DOC_A = ["Angela Merkel traf Olaf Scholz und Friedrich Merz in Berlin.",
         "Die Christlich Demokratische Union und die Sozialdemokratische Partei Deutschlands stritten.",
         "Merkel sprach zuerst, dann redete Scholz."]
DOC_B = ["Merz kritisierte die CDU und die SPD.", "Laut Merkel ist die Europäische Zentralbank gefragt.",
         "Die EZB schwieg, Scholz auch."]


@pytest.fixture
def counted(monkeypatch):
    counts: dict[str, Counter] = {"_alphabet": Counter(), "_initials": Counter()}
    for name in counts:
        real = getattr(_names, name)

        def counting(text, *args, _real=real, _name=name, **kwargs):
            counts[_name][text] += 1
            return _real(text, *args, **kwargs)

        for module in _MODULES:
            if hasattr(module, name):
                monkeypatch.setattr(module, name, counting)
    return counts


def test_a_names_alphabet_and_initials_are_read_once_in_the_links(counted, monkeypatch):
    plain = E.extract_entities([doc_of("a", DOC_A, "de"), doc_of("b", DOC_B, "de")])
    for c in counted.values():
        c.clear()
    linked = {}
    for step in ("_link_short_forms", "_link_acronyms"):
        real = getattr(_link._Linker, step)

        def step_only(self, texts, _real=real, _step=step):
            before = {k: Counter(v) for k, v in counted.items()}
            _real(self, texts)
            linked[_step] = {k: counted[k] - before[k] for k in counted}

        monkeypatch.setattr(_link._Linker, step, step_only)
    again = E.extract_entities([doc_of("a", DOC_A, "de"), doc_of("b", DOC_B, "de")])
    assert again == plain
    # three surnames against three full names, two acronyms against the long names: a pair loop
    # read each full name's alphabet three times and each long name's initials twice
    assert linked["_link_short_forms"]["_alphabet"] and max(linked["_link_short_forms"]["_alphabet"].values()) <= 2
    assert linked["_link_acronyms"]["_initials"] and max(linked["_link_acronyms"]["_initials"].values()) == 1
