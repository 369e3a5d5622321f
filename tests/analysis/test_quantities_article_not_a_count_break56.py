"""An indefinite article between a count and the participle that closes its clause is no next count: the
participle says what befell the people counted ("Die Polizei hat … 15 Menschen bei einer Razzia gegen ein
Drogennetzwerk festgenommen" counts arrests, as "Police arrested 12 people" does; break56 F5: the clause was cut at
"einer", the number one's form, a count of "Menschen" was read, and the en/de pair gave no conflict). Inputs
written for these tests."""

import pytest

from storylens.analysis.quantities import extract_numbers


def _unit(text: str, lang: str) -> str | None:
    (q,) = [q for q in extract_numbers(text, lang) if q.value == 15]
    return q.unit


@pytest.mark.parametrize(("lang", "text", "unit"), [
    ("de", ("Die spanische Polizei hat am Montag in Madrid 15 Menschen bei einer Razzia gegen ein Drogennetzwerk "
           "festgenommen und 2000 Kilogramm Kokain sichergestellt."), "arrested"),
    ("de", ("Die Polizei hat in Madrid 15 Menschen bei einer großen Razzia gegen ein internationales Drogennetzwerk "
           "festgenommen."), "arrested"),
    ("fr", "Quinze personnes qui se trouvaient dans un autocar de la ligne ont été blessées.", "injured"),
    # read before too (guards)
    ("nl", "De politie heeft maandag 15 mensen bij een grote inval tegen een internationaal drugsnetwerk gearresteerd.",
     "arrested"),
    ("es", "Quince personas que viajaban en un autobús de la línea resultaron heridas.", "injured"),
    # the participle of another verb says nothing: still a count of people
    ("de", "Die Polizei hat am Montag in Madrid 15 Menschen nach der Razzia auf der Wache stundenlang befragt.",
     "menschen"),
])
def test_the_participle_closing_the_clause_says_what_is_counted(lang: str, text: str, unit: str):
    assert _unit(text, lang) == unit


@pytest.mark.parametrize(("lang", "text"), [
    ("de", "Bei dem Unglück wurden 15 Menschen im Norden des Landes getötet und zwei Kinder verletzt."),
    ("fr", "15 personnes ont été tuées et un policier a été blessé dans l'attaque."),
])
def test_a_later_count_keeps_its_own_toll(lang: str, text: str):
    assert _unit(text, lang) == "killed"
