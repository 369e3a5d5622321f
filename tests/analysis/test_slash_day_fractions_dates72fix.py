"""break_dates72: a day written "11/02" after a general preposition of time ("em", "en", "in", "w", "в", "bei") was
read before a word too, so fractions, tallies and scores became days ("em 9/10 sondagens", "In 10/12 Fällen") and
"em 10/12 jogos" lost its count 10. It is read now after a word that stands before dates alone ("am", "le", "el",
"op", "dia") or, after a general preposition of the text's own language, before punctuation, the end or a clock
time only."""

import pytest

from storylens.analysis.quantities import extract_dates, extract_numbers

PUB = "2026-02-20"


def _days(text: str, lang: str) -> list[str]:
    return sorted(d.date for d in extract_dates(text, published=PUB, language=lang) if d.date and len(d.date) == 10)


@pytest.mark.parametrize(("lang", "text"), [
    ("pt", "O candidato venceu em 9/10 sondagens."),
    ("es", "Ganó en 8/10 encuestas publicadas."),
    ("de", "In 10/12 Fällen war die Diagnose falsch."),
    ("pl", "W 10/11 przypadków lek zadziałał."),
    ("ru", "В 9/10 случаев это ошибка."),
    ("fr", "Il a réussi en 10/12 tentatives."),
    ("pt", "A equipa venceu em 10/12 jogos e perdeu 2."),
    ("de", "Die Quote lag bei 11/12 Prozent."),
    ("pt", "A votação ficou em 11/12 a favor."),
    ("pt", "A inflação ficou em 10/12 meses."),
    ("es", "El partido terminó en 11/02 a favor del local."),
    ("fr", "Il a gagné en 12/10 au tie-break."),
    ("pt", "Resultados: em 1/2, em 3/4, em 11/12 e em 13/14."),
    ("es", "Lleva desde 10/12 partidos sin perder."),  # Spanish "desde" is no Portuguese one: a general word here
])
def test_no_day_of_a_fraction_or_tally(lang, text):
    assert _days(text, lang) == []


def test_the_count_after_a_fraction_is_kept():
    assert 10.0 in [q.value for q in extract_numbers("A equipa venceu em 10/12 jogos e perdeu 2.", "pt")]


@pytest.mark.parametrize(("lang", "text", "want"), [
    ("de", "Am 11/02 trat er zurück.", ["2026-02-11"]),
    ("es", "El ataque ocurrió el 11/02.", ["2026-02-11"]),
    ("fr", "Le 11/02, la police a arrêté deux suspects.", ["2026-02-11"]),
    ("nl", "Op 11/03 viel het kabinet.", ["2026-03-11"]),
    ("pt", "O ataque ocorreu no dia 11/02 em Lisboa.", ["2026-02-11"]),
    ("pt", "O evento será em 25/12.", ["2025-12-25"]),
    ("pt", "A reunião foi em 11/02 às 15h.", ["2026-02-11"]),
    ("pt", "Em 11/02, 40 pessoas morreram.", ["2026-02-11"]),
    ("pt", "Desde 01/03 a lei vigora.", ["2026-03-01"]),  # "since" stands before dates alone too
    ("de", "Seit 01/02 gilt das Gesetz.", ["2026-02-01"]),
])
def test_a_slash_day_is_still_read(lang, text, want):
    assert _days(text, lang) == want
