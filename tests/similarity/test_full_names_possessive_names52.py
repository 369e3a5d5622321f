"""Issue 12 (names52): a two-word name's label drops a possessive or a Turkish case suffix after an apostrophe
("same names: Narendra Modi’s"); its key keeps them, as the names features were trained on them (reading them bare
moved SemEval dev scores), and so do the name keys."""

import pytest

from storylens import similarity as sim


@pytest.mark.parametrize(("text", "label"), [
    ("Narendra Modi’s government signed twelve agreements.", "Narendra Modi"),
    ("Narendra Modi's aides said the talks lasted three hours.", "Narendra Modi"),
    ("İçişleri Bakanlığı açıkladı: Ali Yerlikaya'nın talimatıyla ekipler gönderildi.", "Ali Yerlikaya"),
])
def test_two_word_names_are_labelled_without_a_possessive_or_a_case_suffix(text, label):
    assert label in dict(sim._openings._full_names(text)).values()


def test_the_model_keys_keep_the_words_as_written():
    assert "narendra modi s" in dict(sim._openings._full_names("Narendra Modi’s government signed twelve agreements."))
    assert "malatiada" in sim._openings._name_keys("Deprem Malatya'da hissedildi.")


def test_a_first_words_possessive_is_inside_a_longer_name():
    assert "Year's Day" in dict(sim._openings._full_names("Crowds gathered on New Year's Day in Sydney.")).values()
