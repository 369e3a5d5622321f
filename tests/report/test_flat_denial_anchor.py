"""A denial across languages and its anchor (final29 #1, final30). "Ciciliano left the country on Tuesday
for a meeting in Brussels" against «… إنه لم يغادر البلاد يوم الثلاثاء» / "… non ha lasciato il Paese e ha
coordinato i soccorsi da Roma": the plain side's purpose clause costs the affirmed pair its cosine
(0.61-0.62, cross floor 0.65). A figure both units write anchors the pair (floor 0.60); a day both date or a
person both name does not: it paired two different acts of one person on one day ("Golob did not comment on
the result on Monday" / "Golob ha lasciato l'aula lunedì" became a polarity conflict), and a false conflict
costs a fact-checker more than a missed one."""

from __future__ import annotations

import numpy as np

from storylens.analysis.claims import Unit
from storylens.analysis.conflicts import affirmed
from storylens.report.pipeline import _FlatDenial

EN = "Civil protection chief Fabio Ciciliano left the country on Tuesday for a meeting in Brussels, his office said."
AR = "وقال مكتب رئيس الحماية المدنية فابيو تشيتشيليانو إنه لم يغادر البلاد يوم الثلاثاء."
IT = "Il capo della Protezione civile Fabio Ciciliano non ha lasciato il Paese e ha coordinato i soccorsi da Roma."
EN_FIGURE = "Civil protection chief Fabio Ciciliano sent 120 firefighters to the region, his office said."
IT_FIGURE = "Il capo della Protezione civile Fabio Ciciliano non ha inviato 120 vigili del fuoco nella regione."


def _embed(texts):
    """Every affirmed denial lies 0.62 from its plain sentence."""
    at = {EN: 0.0, EN_FIGURE: 0.0, affirmed(AR, "ar"): np.arccos(0.62), affirmed(IT, "it"): np.arccos(0.62),
          affirmed(IT_FIGURE, "it"): np.arccos(0.62)}
    return np.stack([np.array([np.cos(at.get(t, 1.5)), np.sin(at.get(t, 1.5))]) for t in texts])


def _unit(doc: str, text: str, lang: str) -> Unit:
    return Unit(doc, f"{doc}:s2", text, 0, len(text), lang)


def test_a_figure_both_units_write_anchors_a_translated_denial():
    check = _FlatDenial(_embed)
    assert check(_unit("d1", EN_FIGURE, "en"), _unit("d2", IT_FIGURE, "it")) == ["polarity: d1 affirms, d2 denies"]


def test_a_shared_day_or_person_alone_keeps_the_cross_floor():
    # "on Tuesday" / "يوم الثلاثاء" and one person: 0.62 stays under the cross floor 0.65
    check = _FlatDenial(_embed)
    assert check(_unit("d1", EN, "en"), _unit("d2", AR, "ar")) == []
    assert check(_unit("d1", EN, "en"), _unit("d2", IT, "it")) == []
