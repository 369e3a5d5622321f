"""What befell the people counted, said by a separable verb whose particle closes their clause ("Die Polizei nahm
am Montag 15 Menschen fest": festnehmen, arrested; text data "toll_particles") or by the main clause after a relative
clause between commas ("Fünfzehn Menschen, die in einem Bus der Linie saßen, wurden verletzt": injured; text data
"person_relatives"). Both were read as a count of "Menschen" (fix58, issues #11/#12: no conflict with "arrested 12
people"). Inputs written for these tests."""

import pytest

from storylens.analysis.quantities import extract_numbers


def _unit(text: str, lang: str, value: float) -> str | None:
    (q,) = [q for q in extract_numbers(text, lang) if q.value == value]
    return q.unit


@pytest.mark.parametrize(("lang", "text", "value", "unit"), [
    ("de", "Die Polizei nahm am Montag 15 Menschen fest.", 15, "arrested"),
    ("de", "Die Beamten nahmen in der Nacht 30 Menschen in Gewahrsam.", 30, "arrested"),
    ("de", "Die Feuerwehr brachte am Abend 40 Menschen in Sicherheit.", 40, "rescued"),
    ("nl", "De politie hield maandag 15 mensen aan.", 15, "arrested"),
    # another verb's particle, or the particle of another verb form, says nothing
    ("de", "Die Polizei nahm am Montag 15 Menschen mit auf die Wache.", 15, "menschen"),
    ("de", "Die Firma stellte am Montag 15 Menschen fest an.", 15, "menschen"),
])
def test_a_separable_verb_says_what_is_counted(lang, text, value, unit):
    assert _unit(text, lang, value) == unit


@pytest.mark.parametrize(("lang", "text", "value", "unit"), [
    ("de", "Fünfzehn Menschen, die in einem Bus der Linie saßen, wurden verletzt.", 15, "injured"),
    ("de", "Zwölf Menschen, die sich in dem Gebäude aufhielten, kamen ums Leben.", 12, "killed"),
    ("de", "Drei Menschen, die verletzt wurden, kamen ins Krankenhaus.", 3, "injured"),
    ("nl", "Vijftien mensen, die in een bus van de lijn zaten, raakten gewond.", 15, "injured"),
    ("en", "Fifteen people, who were on the bus, were injured.", 15, "injured"),
    ("fr", "Quinze personnes, qui se trouvaient dans un autocar, ont été blessées.", 15, "injured"),
    ("es", "Quince personas, que viajaban en un autobús, resultaron heridas.", 15, "injured"),
    # a relative clause with a count of its own, or what someone said, is no bracket
    ("de", "Fünfzehn Menschen, die in 3 Bussen saßen, wurden verletzt.", 15, "menschen"),
    ("en", "Fifteen people, who told police they saw nothing, were injured.", 15, "people"),
])
def test_the_main_clause_after_a_relative_clause_says_what_is_counted(lang, text, value, unit):
    assert _unit(text, lang, value) == unit
