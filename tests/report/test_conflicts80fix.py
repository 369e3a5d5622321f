"""Issue #12, stop 80 (conflicts80fix): the attached grade of conflicts80 hid real conflicts (its tester: 3 HIGH,
2 MEDIUM). A = "25 people were injured, four of them seriously"; main says "injured: 25 vs 4".

1. The report with the graded figure says elsewhere that those were all the injured ("They were the only
   casualties", "Weitere Verletzte gab es nicht", "Nessun altro è rimasto ferito"): positive evidence instead of a
   list of phrases, a grade is read as a part given alone only when its report speaks of injury nowhere else
   (quantities.injury_told_elsewhere, text data "injury_stems"; report.pipeline._Measures.numbers over the
   document's sentences).
2. "weren't seriously injured": an n't contraction is a negation.
3. "None of the four people were seriously injured": a negation anywhere in the figure's clause voids the grade.
4. "hurt slightly after 9 pm": a grade after the injury word counts only at the clause's end or before a
   conjunction (text data "grade_followers").
"""

from __future__ import annotations

import pytest

from storylens.analysis.quantities import extract_numbers, injury_told_elsewhere
from storylens.report.pipeline import _Measures

A = "25 people were injured, four of them seriously, police said."


def _grade(text: str, lang: str, value: float = 4) -> str | None:
    found = [q for q in extract_numbers(text, lang) if q.value == value and q.kind == "count"]
    assert len(found) == 1, found
    return found[0].grade


@pytest.mark.parametrize(("text", "lang"), [
    ("Four people weren't seriously injured but were taken to hospital as a precaution.", "en"),
    ("Four people wasn’t seriously injured.", "en"),
    ("Four people didn't get seriously injured.", "en"),
    ("None of the four people were seriously injured.", "en"),
    ("Keiner der vier Menschen wurde schwer verletzt.", "de"),
    ("Aucune des quatre personnes n'a été grièvement blessée.", "fr"),
    ("Ninguna de las cuatro personas resultó herida de gravedad.", "es"),
    ("Four people were hurt slightly after 9 pm.", "en"),
    ("Vier Menschen wurden verletzt schwer nach dem Unfall.", "de"),
    ("Cuatro personas resultaron heridas de gravedad en la noche.", "es"),
])
def test_negated_or_detached_grade_is_none(text: str, lang: str) -> None:
    assert _grade(text, lang) is None


@pytest.mark.parametrize(("text", "lang", "grade"), [
    ("Four people were injured seriously.", "en", "serious"),
    ("Four people were injured seriously and taken to hospital.", "en", "serious"),
    ("Four people were seriously injured.", "en", "serious"),
    ("Une personne a été grièvement blessée.", "fr", "serious"),
    ("Cuatro personas resultaron heridas de gravedad.", "es", "serious"),
])
def test_attached_grade_kept(text: str, lang: str, grade: str) -> None:
    value = 1 if text.startswith("Une") else 4
    assert _grade(text, lang, value) == grade


@pytest.mark.parametrize(("text", "lang"), [
    ("Four people were seriously injured. They were the only casualties.", "en"),
    ("Four people were seriously injured. No one else was hurt.", "en"),
    ("Four people were seriously injured and no others were hurt.", "en"),
    ("Four people were seriously injured. No further injuries were reported.", "en"),
    ("Four people were seriously injured. They were the only ones hurt.", "en"),
    ("Vier Menschen wurden schwer verletzt. Weitere Verletzte gab es nicht.", "de"),
    ("Vier Menschen wurden schwer verletzt; weitere Personen wurden nicht verletzt.", "de"),
    ("Cuatro personas resultaron heridas de gravedad. Nadie más resultó herido.", "es"),
    ("Quatre personnes ont été grièvement blessées. Personne d'autre n'a été touché.", "fr"),
    ("Quatre personnes ont été grièvement blessées ; aucune autre personne n'a été blessée.", "fr"),
    ("Quattro persone sono rimaste gravemente ferite. Nessun altro è rimasto ferito.", "it"),
    ("Quattro persone sono rimaste gravemente ferite; non ci sono altri feriti.", "it"),
    ("Cztery osoby zostały ciężko ranne. Innych rannych nie było.", "pl"),
])
def test_injury_told_elsewhere(text: str, lang: str) -> None:
    assert injury_told_elsewhere(text, lang)


@pytest.mark.parametrize(("text", "lang"), [
    ("A coach hit a lorry. Four people were seriously injured, police said. The motorway was closed.", "en"),
    ("Ein Bus prallte auf einen Lkw. Vier Menschen wurden schwer verletzt.", "de"),
    ("Quattro persone sono rimaste gravemente ferite, secondo la polizia.", "it"),
])
def test_single_mention_is_no_evidence_elsewhere(text: str, lang: str) -> None:
    assert not injury_told_elsewhere(text, lang)


def _sentences(*texts: str) -> dict:
    return {"d": tuple((f"s{i}", t, "en") for i, t in enumerate(texts))}


def test_measures_void_grade_when_the_document_speaks_of_injury_elsewhere() -> None:
    told = "Four people were seriously injured, police said."
    alone = _Measures({"d": None}, sentences=_sentences("A coach hit a lorry.", told, "The motorway was closed."))
    assert [q.grade for q in alone.numbers(told, "en") if q.value == 4] == ["serious"]
    other = _Measures({"d": None}, sentences=_sentences("A coach hit a lorry.", told, "No one else was hurt."))
    assert [q.grade for q in other.numbers(told, "en") if q.value == 4] == [None]
    # the shared extraction cache keeps the grade for another comparison
    assert [q.grade for q in alone.numbers(told, "en") if q.value == 4] == ["serious"]


@pytest.mark.parametrize(("text", "lang"), [
    ("Four people were seriously injured. The other passengers escaped unhurt.", "en"),
    ("Four people were seriously injured. The other 40 passengers were unscathed.", "en"),
    ("Vier Menschen wurden schwer verletzt. Die übrigen Fahrgäste blieben unverletzt.", "de"),
    ("Vier Menschen wurden schwer verletzt, alle anderen Insassen blieben unversehrt.", "de"),
    ("Quatre personnes ont été grièvement blessées. Les autres passagers sont sortis indemnes.", "fr"),
    ("Cuatro personas resultaron heridas de gravedad. El resto de los pasajeros salió ileso.", "es"),
    ("Quattro persone sono rimaste ferite in modo grave. Gli altri passeggeri sono usciti illesi.", "it"),
])
def test_the_others_unhurt_is_injury_told_elsewhere(text: str, lang: str) -> None:
    """retester_conflicts80 (HIGH): "the others were unhurt" closes the toll, so the graded figure is the whole
    injured, and "25 injured, four of them seriously" against it is a real conflict (the words of no injury are
    stems of "injury_stems": a report that names them speaks of injury twice)."""
    assert injury_told_elsewhere(text, lang)
