"""Amounts written as words and parts of a whole, in several languages (num53; break51 N10, break52 issue #12 kinds):
"zwei Dutzend" is 24, not 2; a change's amount ("um zwei auf zwölf", "by two to 12", "на два до двенадцати") is no
count of the tally; Russian number words in their case forms ("до двенадцати") are read; a year-shaped part of a whole
("Около 2000 из 9000") is a count, not the year 2000."""

from __future__ import annotations

import pytest

from storylens.analysis.quantities import compare_numbers, extract_numbers, unit_key


def _read(text: str, lang: str) -> list[tuple[str, float | None, str | None]]:
    return [(q.text, q.value, unit_key(q.unit)) for q in extract_numbers(text, lang) if q.kind == "count"]


@pytest.mark.parametrize(
    "text, lang, phrase",
    [
        ("Zwei Dutzend Menschen wurden verletzt.", "de", "Zwei Dutzend"),
        ("Deux douzaines de personnes ont été blessées.", "fr", "Deux douzaines"),
        ("Dos docenas de personas resultaron heridas.", "es", "Dos docenas"),
        ("Due dozzine di persone sono rimaste ferite.", "it", "Due dozzine"),
        ("Dwa tuziny osób zostały ranne.", "pl", "Dwa tuziny"),
        ("Две дюжины человек получили ранения.", "ru", "Две дюжины"),
        ("Two dozen people were injured.", "en", "Two dozen"),
    ],
)
def test_a_number_word_before_a_dozen_is_twelve_times_it(text, lang, phrase):
    """break51 N10's kind: "zwei Dutzend Menschen" read 2 injured (the dozen a word of no figure); as English reads it,
    a round figure of 24 (19.2-28.8), whose injured stand against a report of 60."""
    (q,) = [q for q in extract_numbers(text, lang) if q.kind == "count"]
    assert (q.text, q.value, unit_key(q.unit), q.vague) == (phrase, 24.0, "injured", True)
    assert compare_numbers([q], extract_numbers("60 people were injured.", "en")) == [f"injured: {phrase.lower()} vs 60"]
    assert compare_numbers([q], extract_numbers("25 people were injured.", "en")) == []


@pytest.mark.parametrize(
    "text, lang, amount, toll",
    [
        ("Am Montag stieg die Zahl der Toten um zwei auf zwölf.", "de", "zwei", "zwölf"),
        ("Am Montag stieg die Zahl der Toten um 2 auf 12.", "de", "2", "12"),
        ("The death toll rose by three to 12 on Monday.", "en", "three", "12"),
        ("El número de muertos subió en 2 hasta 12.", "es", "2", "12"),
        ("Il numero dei morti è salito di due a dodici.", "it", "due", "dodici"),
        ("Liczba ofiar wzrosła o dwie do dwunastu.", "pl", "dwie", "dwunastu"),
        ("Число погибших выросло на два до двенадцати.", "ru", "два", "двенадцати"),
        ("Le nombre de morts a augmenté de deux pour atteindre douze.", "fr", "deux", "douze"),
    ],
)
def test_the_amount_of_a_change_is_no_count_of_the_tally(text, lang, amount, toll):
    """break51 N10: "um zwei auf zwölf" against "um vier auf 14" read "killed: 2 / 12 vs 4 / 14"; the amount has no unit,
    the new value is the toll (es "subió en dos hasta 12" already read so)."""
    found = {phrase: unit for phrase, _value, unit in _read(text, lang)}
    assert found == {amount: None, toll: "killed"}


@pytest.mark.parametrize(
    "text, lang",
    [
        ("Le bilan est passé de dix à douze morts.", "fr"),  # from ten to twelve: a revision, both the dead
        ("Die Zahl der Toten stieg von 10 auf 12.", "de"),
    ],
)
def test_a_revision_from_one_value_to_another_keeps_both_tolls(text, lang):
    assert [unit for _p, _v, unit in _read(text, lang)] == ["killed", "killed"]


@pytest.mark.parametrize(
    "text, value",
    [
        ("Число погибших выросло до двенадцати.", 12.0),
        ("Число погибших выросло до пятнадцати человек.", 15.0),
        ("Более двадцати пяти человек погибли.", 25.0),
        ("Около двухсот человек были эвакуированы.", 200.0),
    ],
)
def test_russian_number_words_in_their_case_forms(text, value):
    """"до двенадцати" (genitive) was no figure at all: the built-in table held the nominative only."""
    assert [v for _p, v, _u in _read(text, "ru")] == [value]


def test_a_family_is_no_seven():
    """"семью" is seven (instrumental) and a family (accusative): the data leaves it out."""
    assert _read("Он приехал на семью.", "ru") == []


@pytest.mark.parametrize(
    "text, lang",
    [
        ("Около 2000 из 9000 сотрудников будут уволены.", "ru"),
        ("The company will lay off about 2000 of its 9000 workers.", "en"),
        ("Das Unternehmen entlässt rund 2000 von 9000 Beschäftigten.", "de"),
        ("L'entreprise va licencier environ 2000 des 9000 salariés.", "fr"),
        ("La empresa despedirá a unos 2000 de los 9000 empleados.", "es"),
        ("L'azienda licenzierà circa 2000 dei 9000 dipendenti.", "it"),
        ("Firma zwolni około 2000 z 9000 pracowników.", "pl"),
    ],
)
def test_a_year_shaped_part_of_a_whole_is_a_count(text, lang):
    """break52: "Около 2000 из 9000" read 2000 as a year, so the part was never compared ("2,000 of its 9,000" worked)."""
    assert [v for _p, v, _u in _read(text, lang)] == [2000.0, 9000.0]


def test_parts_of_one_whole_that_differ_conflict():
    a = extract_numbers("Компания уволит 2000 из 9000 сотрудников.", "ru")
    b = extract_numbers("Компания уволит 2500 из 9000 сотрудников.", "ru")
    assert compare_numbers(a, b) != []


@pytest.mark.parametrize(
    "text, lang",
    [
        ("Im Jahr 2000 von 300 Menschen gewählt.", "de"),  # a year named so
        ("In 2000 of the 300 towns, nothing happened.", "en"),  # a year after a preposition of time
    ],
)
def test_a_year_before_a_whole_stays_a_year(text, lang):
    assert [v for _p, v, _u in _read(text, lang)] == [300.0]
