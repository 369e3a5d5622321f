"""Spanish "ciento" and Portuguese "cento" are a hundred only as the head of a run of number words (try48 F4:
"ciento cuarenta heridos" was read 40 and gave a false "injured: 140 vs 40"); alone they are the "por ciento" /
"por cento" of a percentage, never 100. Text data "run_number_words"."""

from __future__ import annotations

import pytest

from storylens.analysis.quantities import extract_numbers


@pytest.mark.parametrize(("lang", "text", "value"), [
    ("es", "El sismo dejó ciento cuarenta heridos en la provincia.", 140),
    ("es", "Unas ciento veinte familias fueron desalojadas.", 120),
    ("es", "Se quemaron mil ciento veinte hectáreas.", 1120),
    ("pt", "O sismo deixou cento e quarenta feridos na região.", 140),
    ("pt", "Cerca de cento e vinte famílias foram retiradas.", 120),
])
def test_a_hundred_heads_its_run(lang, text, value):
    assert value in [q.value for q in extract_numbers(text, lang)]
    assert value % 100 not in [q.value for q in extract_numbers(text, lang)]  # not the tens alone


@pytest.mark.parametrize(("lang", "text"), [
    ("es", "El paro subió un 15 por ciento en noviembre."),
    ("pt", "O desemprego subiu 15 por cento em novembro."),
])
def test_alone_it_is_no_hundred(lang, text):
    assert 100.0 not in [q.value for q in extract_numbers(text, lang)]
