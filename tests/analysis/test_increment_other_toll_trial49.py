""""ещё пятеро пострадали" after "погибли двое рабочих" counts five injured besides the dead, not a later count of the
injured (new-user trial49 F3, a Kazan warehouse fire in ru/en): the increment word made the ru sentence "a later
occasion", so "погибли двое" against "Three workers were killed" was shared with no note. An increment word stays
one where nothing before it counts another event ("drei weitere Leichen", "three more bodies")."""

from __future__ import annotations

import pytest

from storylens.analysis.conflicts import filter_numbers
from storylens.analysis.quantities import extract_numbers, unit_key


def _kinds(text: str, lang: str) -> dict[str, list[tuple[float | None, str | None]]]:
    return {kind: [(q.value, unit_key(q.unit)) for q in found]
            for kind, found in filter_numbers(text, extract_numbers(text, lang), lang).items()}


@pytest.mark.parametrize(
    "text, lang",
    [
        ("По данным МЧС, в четверг погибли двое рабочих, ещё пятеро пострадали.", "ru"),
        ("Two people died and another five were injured.", "en"),
        ("Zwei Menschen starben, fünf weitere wurden verletzt.", "de"),
    ],
)
def test_more_people_of_another_toll_are_a_count(text, lang):
    assert _kinds(text, lang) == {"count": [(2.0, "killed"), (5.0, "injured")]}


@pytest.mark.parametrize(
    "text, lang",
    [
        ("Am Dienstag wurden drei weitere Leichen geborgen.", "de"),
        ("Rescuers found another three bodies on Tuesday.", "en"),
        ("Спасатели обнаружили ещё три тела.", "ru"),
    ],
)
def test_an_increment_alone_stays_one(text, lang):
    assert list(_kinds(text, lang)) == ["increment"]
