"""A count of one written as a word (final43 W1): "Two people were killed" against "One person was killed" was
shared with no conflict, in one language and across them ("ein Mensch kam ums Leben", "jedna osoba", "شخصا
واحدا"), and "Nobody was killed" against "ein Mensch" too. A word for "one" is also an article or a pronoun, so it
is the count 1 only next to whom it counts (text/data "one_count" and the people and toll "measures")."""

from __future__ import annotations

import pytest

from storylens.analysis.claims import Unit
from storylens.analysis.quantities import extract_numbers
from storylens.report.pipeline import _Measures, _ZeroAgainstCount

ONES = [
    ("One person was killed in the accident, police said.", "en"),
    ("One dead after train derails near Breclav.", "en"),
    ("Bei dem Unglück kam ein Mensch ums Leben, teilte die Polizei mit.", "de"),
    ("Bei dem Unglück starb ein Mensch.", "de"),
    ("Es gab einen Toten.", "de"),
    ("Nie żyje jedna osoba - przekazała policja.", "pl"),
    ("W wypadku zginęła jedna osoba.", "pl"),
    ("Погиб один человек, сообщила полиция.", "ru"),
    ("Один человек погиб в результате аварии.", "ru"),
    ("Une personne a été tuée dans l'accident, selon la police.", "fr"),
    ("L'accident a fait un mort.", "fr"),
    ("وقالت الشرطة إن شخصا واحدا لقي حتفه في الحادث.", "ar"),
    ("Una persona murió en el accidente, dijo la policía.", "es"),
    ("Kazada bir kişi hayatını kaybetti.", "tr"),
    ("事故造成一人死亡。", "zh"),
]

# the same words that are no count: an article, a pronoun, "one of"
NOT_COUNTS = [
    ("One of the victims was a child, police said.", "en"),
    ("One of those killed was a child.", "en"),
    ("Ein Haus wurde bei dem Unglück zerstört.", "de"),
    ("Einer der Verletzten schwebt in Lebensgefahr.", "de"),
    ("Un des blessés est dans un état grave.", "fr"),
    ("Une maison a été détruite.", "fr"),
    ("Jedna z ofiar to dziecko.", "pl"),
    ("Один из погибших - ребенок.", "ru"),
    ("Uno de los heridos murió.", "es"),
    ("坚持统一人民的意志。", "zh"),
]


@pytest.mark.parametrize(("text", "lang"), ONES)
def test_a_word_for_one_next_to_whom_it_counts_is_one_killed(text: str, lang: str) -> None:
    assert [(q.value, q.unit) for q in extract_numbers(text, lang)] == [(1.0, "killed")]


@pytest.mark.parametrize(("text", "lang"), NOT_COUNTS)
def test_a_word_for_one_as_an_article_or_pronoun_is_no_count(text: str, lang: str) -> None:
    assert [q.value for q in extract_numbers(text, lang) if q.value == 1.0] == []


def test_one_and_another_count_in_one_sentence() -> None:
    found = [(q.value, q.unit) for q in extract_numbers("Es gab einen Toten und zwei Verletzte.", "de")]
    assert found == [(1.0, "killed"), (2.0, "injured")]
    assert [(q.value, q.unit) for q in extract_numbers("事故造成一名工人遇难，两人受伤。", "zh")] == [
        (1.0, "killed"), (2.0, "injured")]


def test_eleven_in_chinese_is_read() -> None:
    # "十一" raised KeyError: the ones of a tens numeral had no "一"
    assert [(q.value, q.unit) for q in extract_numbers("事故造成十一人死亡。", "zh")] == [(11.0, "killed")]


def _unit(doc: str, text: str, lang: str) -> Unit:
    return Unit(doc, f"{doc}:s1", text, 0, len(text), lang)


def _measures() -> _Measures:
    return _Measures({"d1": "2024-04-08", "d2": "2024-04-08"})


@pytest.mark.parametrize(("text", "lang"), ONES)
def test_two_against_one_killed_conflicts(text: str, lang: str) -> None:
    two = _unit("d1", "Two people were killed in the accident, police said.", "en")
    assert _measures().measure_conflicts(two, _unit("d2", text, lang)) == ["killed: 2 vs 1"]


@pytest.mark.parametrize(("text", "lang"), ONES)
def test_one_against_one_killed_agrees(text: str, lang: str) -> None:
    one = _unit("d1", "One person was killed in the accident, police said.", "en")
    assert _measures().measure_conflicts(one, _unit("d2", text, lang)) == []


@pytest.mark.parametrize("text", ["One of the victims was a child, police said.", "Un des blessés est mort."])
def test_one_of_the_victims_is_no_count_against_two(text: str) -> None:
    two = _unit("d1", "Two people were killed in the accident, police said.", "en")
    assert _measures().measure_conflicts(two, _unit("d2", text, "fr" if text.startswith("Un ") else "en")) == []


# zeros with no place or group in their clause: a scoped zero ("in the accident") is main's zero-scope rule's
@pytest.mark.parametrize(("zero", "zero_lang"), [
    ("Nobody was killed, police said.", "en"),
    ("No one was killed.", "en"),
    ("Nikt nie zginął.", "pl"),
])
@pytest.mark.parametrize(("text", "lang"), ONES)
def test_nobody_against_one_killed_conflicts(zero: str, zero_lang: str, text: str, lang: str) -> None:
    found = _ZeroAgainstCount(_measures())(_unit("d1", zero, zero_lang), _unit("d2", text, lang))
    assert len(found) == 1 and found[0].startswith("killed: ") and found[0].endswith(" vs 1"), found
