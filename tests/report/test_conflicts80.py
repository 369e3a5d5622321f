"""Issue #12, stop 80 (conflicts80): a grade of injury counts only when it is ATTACHED to the injury word.

conflicts79fix read a grade word anywhere in the six words after a figure, so "Four people were injured in a serious
accident" or "... injured but not seriously" took the grade "serious" and hid a real conflict with "25 people were
injured, four of them seriously" (its re-tester: 21 of 94 real conflicts lost). Now (quantities._context._grade_of) a
grade is read only directly before or after the injury word ("seriously injured", "injured seriously", "schwer
verletzt", "blessées grièvement", "heridas de gravedad", "ferite in modo grave", "ciężko ranne": text data
"injury_grades", phrases allowed), or opening what follows a part ("four of them seriously", "davon vier schwer"),
void after a negation in the few words before it ("not seriously", "nicht schwer", "n'ont pas été grièvement", "no
resultaron heridas de gravedad", "non sono rimaste gravemente", "nie zostały ciężko").
"""

from __future__ import annotations

import pytest

from storylens.analysis.quantities import compare_numbers, extract_numbers


def _conflicts(a: tuple[str, str], b: tuple[str, str]) -> list[str]:
    qa, qb = extract_numbers(a[0], a[1]), extract_numbers(b[0], b[1])
    return [*compare_numbers(qa, qb), *compare_numbers(qb, qa)]


def _grade(text: str, lang: str, value: float = 4) -> str | None:
    found = [q for q in extract_numbers(text, lang) if q.value == value and q.kind == "count"]
    assert len(found) == 1, found
    return found[0].grade


@pytest.mark.parametrize(("text", "lang", "grade"), [
    ("Four people were seriously injured.", "en", "serious"),
    ("Four people were injured seriously.", "en", "serious"),
    ("Four people were badly hurt.", "en", "serious"),
    ("The crash critically injured four people.", "en", "critical"),
    ("Vier Menschen wurden leicht verletzt.", "de", "slight"),
    ("Quatre personnes ont été blessées grièvement.", "fr", "serious"),
    ("Le car a percuté un camion, blessant grièvement quatre personnes.", "fr", "serious"),
    ("Cuatro personas resultaron heridas de gravedad.", "es", "serious"),
    ("Quattro persone sono rimaste ferite in modo grave.", "it", "serious"),
    ("Cztery osoby zostały ciężko ranne.", "pl", "serious"),
    ("Cztery osoby zostały lekko ranne.", "pl", "slight"),
])
def test_a_grade_attached_to_the_injury_word_is_read(text, lang, grade):
    assert _grade(text, lang) == grade


@pytest.mark.parametrize(("text", "lang"), [
    ("Four people were injured in a serious accident.", "en"),
    ("Four people were injured but not seriously.", "en"),
    ("Four people were injured as light rain fell.", "en"),
    ("Four people were hurt and a seriously ill patient was flown out.", "en"),
    ("Four people were seriously injured and two slightly.", "en"),  # the two: "injured" is the four's
    ("Vier Menschen wurden bei einem schweren Unfall verletzt.", "de"),
    ("Vier Menschen wurden nicht schwer verletzt.", "de"),
    ("Quatre personnes n'ont pas été grièvement blessées.", "fr"),
    ("Quatre blessés dans un grave accident.", "fr"),
    ("Cuatro personas no resultaron heridas de gravedad.", "es"),
    ("Cuatro personas resultaron heridas en un grave accidente.", "es"),
    ("Quattro persone non sono rimaste gravemente ferite.", "it"),
    ("Cztery osoby nie zostały ciężko ranne.", "pl"),
])
def test_a_grade_not_attached_or_negated_is_none(text, lang):
    value = 2 if "two slightly" in text else 4
    assert _grade(text, lang, value) is None


@pytest.mark.parametrize(("part", "lang"), [
    ("25 osób zostało rannych, cztery z nich ciężko.", "pl"),
    ("25 persone sono rimaste ferite, quattro delle quali in modo grave.", "it"),
    ("25 personas resultaron heridas, cuatro de las cuales de gravedad.", "es"),
])
def test_a_part_opened_by_its_grade_is_read(part, lang):
    found = [q for q in extract_numbers(part, lang) if q.kind == "count"]
    total = next(q for q in found if q.value == 25)
    assert total.graded_parts == ((4.0, "serious"),)


@pytest.mark.parametrize(("a", "b"), [
    (("30 osób zostało rannych, sześć z nich ciężko.", "pl"), ("Sześć osób zostało ciężko rannych.", "pl")),
    (("30 osób zostało rannych, sześć z nich ciężko.", "pl"), ("Sechs Menschen wurden schwer verletzt.", "de")),
    (("Trenta persone sono rimaste ferite, sei delle quali in modo grave.", "it"),
     ("Sei persone sono rimaste gravemente ferite.", "it")),
    (("Thirty people were hurt, six of them badly.", "en"), ("Six people were badly hurt.", "en")),
    (("Trente personnes ont été blessées, dont six légèrement.", "fr"),
     ("Six personnes ont été blessées légèrement.", "fr")),
])
def test_the_part_told_alone_with_its_attached_grade_is_no_second_total(a, b):
    assert _conflicts(a, b) == []


_PART_EN = ("Thirty people were injured, six of them seriously, police said.", "en")


@pytest.mark.parametrize("b", [
    ("Six people were hurt in a serious crash, police said.", "en"),
    ("Six people were injured, but none seriously, police said.", "en"),
    ("Six people were injured but not seriously, police said.", "en"),
    ("Six people were injured during severe storms, police said.", "en"),
    ("Sechs Menschen wurden verletzt, aber nicht schwer, sagte die Polizei.", "de"),
    ("Sechs Menschen wurden bei schweren Unwettern verletzt, sagte die Polizei.", "de"),
    ("Six personnes ont été blessées mais pas grièvement, selon la police.", "fr"),
    ("Seis personas resultaron heridas en un grave accidente, según la policía.", "es"),
    ("Seis personas resultaron heridas pero no de gravedad, según la policía.", "es"),
    ("Sei persone sono rimaste ferite in un grave incidente, secondo la polizia.", "it"),
    ("Sześć osób zostało rannych, ale nie ciężko, podała policja.", "pl"),
    ("Sześć osób zostało lekko rannych, podała policja.", "pl"),
])
def test_a_grade_not_attached_keeps_the_conflict(b):
    # (a negated toll before the injury word, "nicht schwer verletzt", is no count of the injured at all, as on main)
    assert any(c.startswith("injured: ") for c in _conflicts(_PART_EN, b))
