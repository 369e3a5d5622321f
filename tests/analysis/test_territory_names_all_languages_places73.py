"""Country names of every language the text layer reads join the linker's territory groups (newuser72 MED-7:
Portuguese "Alemanha" was no Germany, so "LUDWIGSHAFEN (Alemanha)" against "Ludwigshafen, Germany" was "places
differ: Germany vs Alemanha"), without a name that is another word or another territory's name. Babel's data."""

from __future__ import annotations

import pytest

from storylens.analysis import entities
from storylens.analysis.entities import _aliases


@pytest.fixture(scope="module")
def groups():
    return {g.name: g for g in _aliases._territory_groups_from_babel()}


@pytest.mark.parametrize("form", ["Alemanha", "Duitsland", "Německo", "Γερμανία", "Tyskland", "Németország",
                                  "Jerman", "Німеччина"])
def test_germany_in_the_other_languages(groups, form):
    assert form in groups["Germany"].forms


def test_the_core_languages_names_come_first_and_stay(groups):
    forms = groups["Germany"].forms
    assert forms[: forms.index("גרמניה") + 2][-2:] == ("גרמניה", "آلمان")  # Hebrew, Persian, then the others
    assert {"Deutschland", "Niemcy", "Almanya", "德国"} <= set(forms)


@pytest.mark.parametrize("form", [
    "Irã", "Omã",  # Portuguese Iran and Oman: "IRA", German "Oma" (fewer than five Latin letters)
    "Đức", "Nga",  # Vietnamese Germany and Russia: a given name, a syllable
    "Swiss", "Filipina", "Yaman", "Tunisien", "Ungern", "Columbia", "Reunião", "Camarões",  # words of their own
    "Spania",  # ro Spain, pl "of sleeping" (places73fix)
    "Малі", "Μάλι",  # uk Mali is "small" (plural): fewer than five letters in any script (places73fix)
    "Pseudo-Accenten",  # CLDR's test locale, no place
])
def test_no_short_form_nor_another_word(groups, form):
    assert all(form not in g.forms for g in groups.values())


def test_no_new_form_takes_another_groups_key():
    # a name of the other languages never has the key of another group's name (a territory's, a curated alias's)
    from babel import Locale

    core = {n for lang in _aliases._CORE_TERRITORY_LANGS for n in Locale.parse(lang).territories.values()}
    groups = entities.load_aliases() + _aliases._territory_groups_from_babel()
    keys: dict[str, set[str]] = {}
    for group in groups:
        for form in group.forms:
            keys.setdefault(entities.exact_key(form), set()).add(group.name)
    added = [(f, g.name) for g in _aliases._territory_groups_from_babel() for f in g.forms if f not in core]
    assert len(added) > 500  # ~1,000 names of eleven languages
    for form, name in added:
        assert keys[entities.exact_key(form)] == {name}, form


def test_the_index_reads_a_portuguese_name_as_germany():
    index = _aliases._alias_index(entities.load_aliases() + _aliases._territory_groups_from_babel())
    assert index[entities.exact_key("Alemanha")].name == "Germany"
    assert index[entities.exact_key("Duitsland")].name == "Germany"
    assert entities.exact_key("Irã") not in index or index[entities.exact_key("Irã")].name != "Iran"
