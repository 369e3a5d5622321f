"""A coordinator after a comma that goes on with the sentence's own subject does not cut a claim unit (trial53 F3): ru
«…, поданную в мае, и оставил в силе приговор» made «и оставил в силе приговор» a claim of its own, as pl ", i
utrzymał w mocy wyrok" did. A coordinator before a clause with its own subject still cuts."""

from __future__ import annotations

import pytest

from storylens.analysis.claims import _unit_spans


def _units(text: str, lang: str) -> list[str]:
    return [text[a:b] for a, b in _unit_spans(text, lang)]


@pytest.mark.parametrize(("lang", "text"), [
    ("ru", "Верховный суд в среду отклонил апелляцию защиты, поданную в мае, и оставил в силе приговор бывшему мэру."),
    ("ru", "Мосгорсуд рассмотрел жалобу адвокатов бывшего губернатора, и оставил приговор без изменения."),
    ("ru", "Полиция задержала двух подозреваемых в поджоге, и не стала называть их имена."),
    ("pl", "Sąd Apelacyjny oddalił apelację obrony, złożoną w maju, i utrzymał w mocy wyrok."),
    ("pl", "Policja zatrzymała dwie osoby podejrzane o podpalenie, i nie podała ich nazwisk."),
])
def test_a_predicate_of_the_same_subject_stays_in_its_unit(lang: str, text: str) -> None:
    assert _units(text, lang) == [text]


@pytest.mark.parametrize(("lang", "text"), [
    ("ru", "Мосгорсуд отклонил жалобу адвокатов, и приговор вступил в силу."),
    ("pl", "Sąd Apelacyjny oddalił apelację obrony, a prokuratura ogłosiła sukces."),
])
def test_a_clause_with_its_own_subject_is_still_cut(lang: str, text: str) -> None:
    assert len(_units(text, lang)) == 2
