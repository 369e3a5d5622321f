"""break50 P3 (num52): "and police detained 3 looters." / "while police detained 7 looters." are two clauses of two
reports' sentences worded alike but for the figures; their cosine (0.64) is under the conflict floor, so 3 vs 7 was
"not judged: too far apart". Two units of one language worded alike are checked for figures. Inputs written for
these tests."""

from __future__ import annotations

import pytest

from storylens.analysis.claims import Unit, _same_wording


def _unit(doc: str, text: str, lang: str) -> Unit:
    return Unit(doc, f"{doc}:s1", text, 0, len(text), lang)


@pytest.mark.parametrize("a, b, lang", [
    ("and police detained 3 looters.", "while police detained 7 looters.", "en"),
    ("und die Polizei nahm 3 Plünderer fest.", "aber die Polizei nahm 7 Plünderer fest.", "de"),
    ("et la police a interpellé 3 pilleurs.", "tandis que la police a interpellé 7 pilleurs.", "fr"),
    ("y la policía detuvo a 3 saqueadores.", "mientras la policía detuvo a siete saqueadores.", "es"),
])
def test_one_wording_with_other_figures(a, b, lang):
    assert _same_wording(_unit("d1", a, lang), _unit("d2", b, lang))


@pytest.mark.parametrize("a, b, la, lb", [
    ("and police detained 3 looters.", "while firefighters rescued 7 residents.", "en", "en"),  # another act
    ("and police detained looters.", "while police detained looters.", "en", "en"),  # no figure
    ("and 3 died.", "and 7 died.", "en", "en"),  # too few words to be one statement
    ("and police detained 3 looters.", "et la police a interpellé 7 pilleurs.", "en", "fr"),  # two languages: cosine's
])
def test_other_wordings_short_units_or_two_languages_are_not(a, b, la, lb):
    assert not _same_wording(_unit("d1", a, la), _unit("d2", b, lb))
