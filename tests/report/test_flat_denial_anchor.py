"""A denial of one person's dated act across languages (final29 #1): "Ciciliano left the country on Tuesday
for a meeting in Brussels" against «… إنه لم يغادر البلاد يوم الثلاثاء» / "… non ha lasciato il Paese e ha
coordinato i soccorsi da Roma". The plain side's purpose clause costs the affirmed pair its cosine
(0.61-0.62, cross floor 0.65), and the denial went unseen. A day both date, or a linked person both
name, anchors the pair as a shared figure does (floor 0.60); without an anchor the floor stays."""

from __future__ import annotations

import numpy as np

from storylens.analysis.claims import Unit
from storylens.analysis.conflicts import affirmed
from storylens.report.pipeline import _FlatDenial, _Measures

EN = "Civil protection chief Fabio Ciciliano left the country on Tuesday for a meeting in Brussels, his office said."
AR = "وقال مكتب رئيس الحماية المدنية فابيو تشيتشيليانو إنه لم يغادر البلاد يوم الثلاثاء."
IT = "Il capo della Protezione civile Fabio Ciciliano non ha lasciato il Paese e ha coordinato i soccorsi da Roma."
PUBLISHED = {"d1": "2026-11-25", "d2": "2026-11-25"}


def _embed(texts):
    """Every affirmed denial lies 0.62 from the plain sentence."""
    at = {EN: 0.0, affirmed(AR, "ar"): np.arccos(0.62), affirmed(IT, "it"): np.arccos(0.62)}
    return np.stack([np.array([np.cos(at.get(t, 1.5)), np.sin(at.get(t, 1.5))]) for t in texts])


def _unit(doc: str, text: str, lang: str) -> Unit:
    return Unit(doc, f"{doc}:s2", text, 0, len(text), lang)


def test_a_day_both_units_date_anchors_a_translated_denial():
    check = _FlatDenial(_embed, _Measures(PUBLISHED))
    assert check(_unit("d1", EN, "en"), _unit("d2", AR, "ar")) == ["polarity: d1 affirms, d2 denies"]


def test_a_linked_person_both_units_name_anchors_a_translated_denial():
    people = {"d1:s2": [("Fabio Ciciliano", "P:e3")], "d2:s2": [("Fabio Ciciliano", "P:e3")]}
    check = _FlatDenial(_embed, _Measures(PUBLISHED), people)
    assert check(_unit("d1", EN, "en"), _unit("d2", IT, "it")) == ["polarity: d1 affirms, d2 denies"]


def test_without_an_anchor_the_cross_floor_stays():
    # no day in the Italian unit, no person linked: 0.62 is under the cross floor 0.65
    assert _FlatDenial(_embed, _Measures(PUBLISHED))(_unit("d1", EN, "en"), _unit("d2", IT, "it")) == []
    other = {"d1:s2": [("Fabio Ciciliano", "P:e3")], "d2:s2": [("Giorgia Meloni", "P:e4")]}
    assert _FlatDenial(_embed, _Measures(PUBLISHED), other)(_unit("d1", EN, "en"), _unit("d2", IT, "it")) == []
