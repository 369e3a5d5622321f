"""A measure "maintained" in the passive or reflexive is kept in force (trial52 F15: fr «est maintenue», es «se
mantiene», pt «mantém-se», it «è stato mantenuto», ru «сохраняется», en "was maintained" read no stance, so
kept against lifted was a shared claim)."""

import pytest

from storylens.analysis import conflicts


@pytest.mark.parametrize("lang, text", [
    ("en", "The curfew in the capital was maintained on Friday."),
    ("fr", "Le couvre-feu dans la capitale est maintenu jusqu'à lundi."),
    ("fr", "L'interdiction de circuler a été maintenue."),
    ("es", "El toque de queda se mantiene en la capital."),
    ("pt", "O recolher obrigatório mantém-se na capital."),
    ("it", "Il coprifuoco è stato mantenuto nella capitale."),
    ("ru", "Комендантский час в столице сохраняется."),
])
def test_a_maintained_measure_is_kept(lang, text):
    assert conflicts.measure_stance(text, lang) == "kept"


@pytest.mark.parametrize("lang, text", [
    ("en", "The team maintained its lead on Friday."),
    ("fr", "Le calme est maintenu dans la capitale."),
    ("ru", "В столице сохраняется спокойствие."),
])
def test_no_stance_without_a_measure(lang, text):
    assert conflicts.measure_stance(text, lang) is None
