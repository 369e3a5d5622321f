"""Number words of several words or joined parts (issue #12): French «Dix‑neuf» with the non-breaking hyphen
U+2011 read as 10 and 9, and its "neuf" agreed with "neuf blessés"; «Vingt-et-un» / «Soixante-et-onze» (1990
spelling) were no number; Spanish "Cuarenta y dos" read as 2 (no tens above 30), Italian "Trentotto",
"Quarantadue" as nothing; "Treinta y dos" or "Vinte e três" ending a text raised StopIteration."""

from __future__ import annotations

import pytest

from storylens.analysis.claims import _number_word_value, anchors
from storylens.analysis.quantities import compare_numbers, extract_numbers


@pytest.mark.parametrize(("lang", "text", "value"), [
    ("fr", "Dix\u2011neuf personnes ont été blessées.", 19),
    ("fr", "Vingt\u2010trois morts", 23),
    ("fr", "Dix-neuf personnes ont été blessées.", 19),
    ("fr", "Vingt-et-un morts", 21),
    ("fr", "Soixante-et-onze morts", 71),
    ("fr", "soixante et onze morts", 71),
    ("fr", "Quatre-vingt-dix blessés", 90),
    ("it", "Diciannove persone sono rimaste ferite.", 19),
    ("it", "Trentotto persone sono morte.", 38),
    ("it", "Quarantadue morti", 42),
    ("it", "Cinquantatré feriti e nove morti", 53),
    ("es", "Cuarenta y dos personas murieron.", 42),
    ("es", "Cincuenta muertos", 50),
    ("es", "doscientos treinta muertos", 230),
    ("es", "Diecinueve personas resultaron heridas.", 19),
    ("pt", "Dezenove pessoas ficaram feridas.", 19),
    ("pt", "Quarenta e dois mortos", 42),
])
def test_a_compound_number_word_is_one_figure(lang: str, text: str, value: int) -> None:
    assert [q.value for q in extract_numbers(text, lang)][:1] == [value]


@pytest.mark.parametrize(("lang", "compound", "part"), [
    ("fr", "Dix\u2011neuf personnes ont été blessées.", "Neuf personnes ont été blessées."),
    ("fr", "Vingt-et-un blessés.", "Un blessé."),
    ("it", "Trentotto feriti e due morti.", "Otto feriti e due morti."),
    ("es", "Cuarenta y dos heridos.", "Dos heridos."),
    ("pt", "Vinte e três feridos.", "Três feridos."),
])
def test_a_compound_and_its_last_part_are_two_numbers(lang: str, compound: str, part: str) -> None:
    a, b = extract_numbers(compound, lang), extract_numbers(part, lang)
    assert a and b and a[0].value != b[0].value
    assert compare_numbers(a[:1], b[:1]) or b[0].value == 1  # "un blessé": one is no count the checks compare


@pytest.mark.parametrize("label", ["Treinta y dos", "Vinte e três", "vingt et un", "Trentuno"])
def test_a_number_run_ending_the_text_is_read(label: str) -> None:
    assert _number_word_value(label) is not None  # raised StopIteration for a run that ends the text


def test_the_non_breaking_hyphen_keeps_a_word_whole() -> None:
    assert "neuf" not in anchors("Dix\u2011neuf personnes ont été blessées.")
