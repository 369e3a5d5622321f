"""Issue 12 (names52): a two-word name of a text is read without a possessive or a Turkish case suffix after an
apostrophe ("same names: Narendra Modi’s"; "Ali Yerlikaya'nın" met no "Ali Yerlikaya")."""

import pytest

from storylens import similarity as sim


@pytest.mark.parametrize(("text", "key"), [
    ("Narendra Modi’s government signed twelve agreements.", "narendra modi"),
    ("Narendra Modi's aides said the talks lasted three hours.", "narendra modi"),
    ("İçişleri Bakanlığı açıkladı: Ali Yerlikaya'nın talimatıyla ekipler gönderildi.", sim._fold("Ali Yerlikaya")),
])
def test_two_word_names_without_a_possessive_or_a_case_suffix(text, key):
    names = dict(sim._full_names(text))
    assert key in names and "'" not in names[key] and "’" not in names[key]
