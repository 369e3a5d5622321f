"""Conflicts only where two units state the same fact differently (storylens.analysis.conflicts, pipeline checks)."""

from __future__ import annotations

import pytest

from storylens.analysis.claims import Unit
from storylens.analysis.conflicts import negated, number_kind
from storylens.report.pipeline import _Measures, _polarity_conflict


def _unit(doc: str, text: str, lang: str) -> Unit:
    return Unit(doc, f"{doc}:s0", text, 0, len(text), lang)


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        ("Die Bergsteiger waren am Montag in Not geraten.", "de", False),  # the noun Not
        ("Die Bergsteiger waren nicht in Gefahr.", "de", True),
        ("Es gab keine Verletzten.", "de", True),
        ("Niemand wurde verletzt.", "de", True),  # capitalised by position: "Nobody was hurt" vs it conflicted
        ("Kein Mensch wurde verletzt.", "de", True),
        ("Der Sprecher sagte: Nichts ist passiert.", "de", True),
        ("Das Nichts ist eine Idee.", "de", False),  # the noun, inside the sentence
        ("The climbers were not in danger.", "en", True),
        ("The climbers didn't reach the summit.", "en", True),
        ("Note the new rules.", "en", False),
        ("Le président ne viendra pas.", "fr", True),
        ("Le président viendra ne serait-ce qu'une heure.", "fr", False),
        # the second part first, as the subject (trial 8: "Personne ... n'a parlé" read as affirming)
        ("« Personne au gouvernement n'a parlé au conseil », a-t-elle dit.", "fr", True),
        ("Aucun membre du gouvernement n'a parlé au conseil avant la réunion.", "fr", True),
        ("Nul n'est censé ignorer la loi.", "fr", True),
        ("Une personne a été blessée, a dit la police.", "fr", False),  # the noun, no "ne"
        ("Aucun doute : la banque a relevé son taux.", "fr", False),  # no "ne" in the clause
        ("El presidente no vendrá.", "es", True),
        ("Il presidente non verrà.", "it", True),
        ("Prezydent nie przyjedzie.", "pl", True),
        ("Президент не приедет.", "ru", True),
        ("总统不会来。", "zh", True),
        ("总统不久将来访。", "zh", False),  # 不久 = soon
        ("الرئيس لن يأتي.", "ar", True),
    ],
)
def test_negation_per_language(text, lang, expected):
    assert negated(text, lang) is expected


def test_french_subject_negation_agrees_with_english_nobody():
    a = _unit("d1", "« Aucun membre du gouvernement n'a parlé au conseil avant la réunion », a déclaré la porte-parole.", "fr")
    b = _unit("d2", '"No member of the government spoke to the board before the meeting," the spokeswoman said.', "en")
    assert _polarity_conflict(a, b) == []


def test_in_not_geraten_is_no_polarity_conflict():
    a = _unit("d1", "Die drei Bergsteiger waren am Montag in Not geraten.", "de")
    b = _unit("d2", "The three climbers got into trouble on Monday.", "en")
    assert _polarity_conflict(a, b) == []


@pytest.mark.parametrize(
    "text, number, kind",
    [
        ("Der 84-Jährige wurde gerettet.", "84", "age"),
        ("Gary McLaren, 50, from Corby", "50", "age"),
        ("a 50-year-old man", "50", "age"),
        ("Er lebt seit 25 Jahren in Wien.", "25", "duration"),
        ("He has lived there for 25 years.", "25", "duration"),
        ("Die Polizei fand drei weitere Leichen.", "drei", "increment"),
        ("Police found two more bodies.", "two", "increment"),
        ("Police found two bodies.", "two", "count"),
    ],
)
def test_number_kind(text, number, kind):
    start = text.index(number)
    assert number_kind(text, start, start + len(number)) == kind


def test_an_increment_on_another_day_is_no_conflict():
    measures = _Measures({"d1": "2022-01-12", "d2": "2022-01-12"})
    a = _unit("d1", "Am Dienstag fand die Polizei drei weitere Leichen.", "de")
    b = _unit("d2", "Police found two bodies on Monday.", "en")
    assert measures.measure_conflicts(a, b) == []


def test_an_age_is_not_compared_with_a_duration():
    measures = _Measures({"d1": None, "d2": None})
    a = _unit("d1", "Die 84-Jährige war mit ihrem Hund unterwegs.", "de")
    b = _unit("d2", "She has walked the dog there for 25 years.", "en")
    assert measures.measure_conflicts(a, b) == []


def test_a_real_number_conflict_is_still_found():
    measures = _Measures({"d1": None, "d2": None})
    a = _unit("d1", "Bei dem Unglück starben drei Menschen.", "de")
    b = _unit("d2", "Five people died in the accident.", "en")
    assert measures.measure_conflicts(a, b)


@pytest.mark.parametrize(("text", "lang"), [
    ("Погибли не менее 2300 человек.", "ru"),
    ("Nicht weniger als 1500 Menschen starben.", "de"),
    ("Zginęło nie mniej niż 2300 osób.", "pl"),
    ("No fewer than 2,300 people died.", "en"),
    ("Il n'y a pas moins de 2300 morts.", "fr"),
    ("Hubo no menos de 2300 muertos.", "es"),
    ("地震造成不少于2300人死亡。", "zh"),
    ("قتل ما لا يقل عن 2300 شخص", "ar"),
])
def test_a_negated_bound_on_a_number_is_no_denial(text, lang):
    # "не менее 2300" (at least 2,300) against "co najmniej 2300" was a polarity conflict (trial #2)
    assert not negated(text, lang)


@pytest.mark.parametrize(("text", "lang"), [
    ("Es starben nicht weniger als 1500 Menschen, aber die Regierung nannte keine Zahl.", "de"),
    ("Погибших не было.", "ru"),
    ("No more than that was said; the minister did not confirm it.", "en"),
])
def test_a_denial_beside_a_bound_is_still_a_denial(text, lang):
    assert negated(text, lang)
