"""A rounded count against an exact one of the same counted noun in another language differs (final33 D4:
"About 130 investors" / "133 Anleger" was a shared claim with no ``differs``: the label needed a unit word
both sides write, as "seats" / "Sitze" are one key)."""

from __future__ import annotations

import pytest

from storylens.analysis.claims import Unit
from storylens.report.pipeline import _Measures

ROUNDED = {
    "en": "About 130 investors lost money, prosecutors said.",
    "es": "Unos 130 inversores perdieron dinero, según la fiscalía.",
    "pt": "Cerca de 130 investidores perderam dinheiro, segundo a acusação.",
    "fr": "Environ 130 investisseurs ont perdu de l'argent, selon le parquet.",
    "de": "Rund 130 Anleger verloren Geld, so die Staatsanwaltschaft.",
}
EXACT = {
    "de": "133 Anleger verloren Geld, so die Staatsanwaltschaft.",
    "en": "133 investors lost money, prosecutors said.",
    "pl": "133 inwestorów straciło pieniądze, podała prokuratura.",
}


def _unit(doc: str, text: str, lang: str) -> Unit:
    return Unit(doc, f"{doc}:s1", text, 0, len(text), lang)


def _measures() -> _Measures:
    return _Measures({"d1": "2026-11-24", "d2": "2026-11-24"})


@pytest.mark.parametrize(("rounded", "exact"), [(r, e) for r in ROUNDED for e in EXACT if r != e])
def test_a_rounded_count_against_an_exact_one_differs(rounded, exact):
    a, b = _unit("d1", ROUNDED[rounded], rounded), _unit("d2", EXACT[exact], exact)
    measures = _measures()
    assert measures.measure_conflicts(a, b) == []
    found = measures.figure_differences(a, b)
    assert len(found) == 1, found
    _, left, right = found[0]
    assert left == "about 130" and right == "133"
    assert [(w, r, l) for w, l, r in measures.figure_differences(b, a)] == found  # either order, one line


@pytest.mark.parametrize(("a", "b"), [
    ("About 130 investors lost money.", "133 employees lost their jobs."),  # one language: two nouns
    ("130 investors lost money, prosecutors said.", "133 Anleger verloren Geld, so die Staatsanwaltschaft."),  # exact both
    ("About 130 investors lost money, prosecutors said.", "130 Anleger verloren Geld."),  # the same figure
    ("About 130 investors lost 2 million euros.", "133 Anleger verloren 2 Millionen Euro."),  # more than one figure
    ("About 130 investors lost money.", "Rund 133 Anleger verloren Geld."),  # rounded both
])
def test_no_difference_said(a, b):
    lang_b = "de" if any(w in b for w in ("Anleger", "verloren")) else "en"
    assert _measures().figure_differences(_unit("d1", a, "en"), _unit("d2", b, lang_b)) == []
