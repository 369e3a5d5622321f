"""A capitalised adjective before the lower-case noun it qualifies names no town of its spelling (closing note
stop 32, trial 20: "Центральный банк Кальверы" read as the town Tsentral'nyy): "Центральный банк",
"Центральний банк", "Северный флот" are no place of the text for the reasons and the place rule, while a town
of that spelling stands as a place before a verb or a preposition ("Грозный заявил", "Грозный в огне")."""

from __future__ import annotations

import pytest

from storylens import similarity as sim


def _off(text: str, lang: str) -> tuple[frozenset[str], frozenset[str]]:
    t = sim._sides._analyse(text, lang, None, [text], sim.Gazetteer.load())
    return t.places, t.lower_places | t.name_places


@pytest.mark.parametrize("text, lang", [
    ("Центральный банк Кальверы в четверг неожиданно повысил ключевую ставку.", "ru"),
    ("Ставку повысил Центральный банк Кальверы.", "ru"),
    ("Центральний банк Кальвери в четвер несподівано підвищив облікову ставку.", "uk"),
    ("Северный флот провёл учения.", "ru"),
])
def test_an_adjective_before_its_noun_names_no_town(text, lang):
    places, off = _off(text, lang)
    assert places and places <= off


@pytest.mark.parametrize("text", ["Грозный заявил о готовности.", "Грозный в огне.", "Грозный является столицей Чечни."])
def test_a_town_before_a_verb_or_a_preposition_stays_a_place(text):
    places, off = _off(text, "ru")
    assert places and not places & off
