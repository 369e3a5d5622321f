"""A figure set by moves of opposite directions is a contradiction (trial63 F7): "raised its key rate to 5%" and
"lowered its key rate to 5%" agreed on 5% and were one shared claim. change_direction reads the move's direction
from the text data's change verbs ("rise"/"fall") in 14 languages; two aligned units that set one figure by opposite
moves conflict ("5%: rise vs fall"), unless one is denied or they are dated apart (two occasions)."""

from __future__ import annotations

import pytest

from storylens.analysis.claims import Unit
from storylens.analysis.quantities import change_direction, extract_numbers
from storylens.report.pipeline import _ChangeDirection, _Measures


def _directions(text: str, lang: str) -> list[tuple[float | None, str | None]]:
    return [(q.value, change_direction(text, q.start, q.end, lang)) for q in extract_numbers(text, lang)]


@pytest.mark.parametrize(("lang", "text", "way"), [
    ("en", "The central bank raised its key rate to 5%.", "rise"),
    ("en", "The central bank lowered its key rate to 5%.", "fall"),
    ("en", "Inflation rose to 5% in May.", "rise"),
    ("en", "Inflation fell to 5% in May.", "fall"),
    ("de", "Die Notenbank hat den Leitzins auf 5 % gesenkt.", "fall"),
    ("de", "Die Notenbank erhöhte den Leitzins auf 5 Prozent.", "rise"),
    ("fr", "La banque centrale a relevé son taux à 5 %.", "rise"),
    ("fr", "La banque centrale a abaissé son taux à 5 %.", "fall"),
    ("es", "El banco central bajó su tasa al 5 %.", "fall"),
    ("it", "La banca centrale ha alzato il tasso al 5%.", "rise"),
    ("ru", "Центробанк повысил ключевую ставку до 5%.", "rise"),
    ("ru", "Центробанк снизил ключевую ставку до 5%.", "fall"),
    ("pl", "Bank centralny obniżył stopy do 5 proc.", "fall"),
    ("zh", "央行将基准利率上调至5%。", "rise"),
    ("zh", "央行将基准利率下调至5%。", "fall"),
    ("tr", "Merkez Bankası politika faizini yüzde 5'e düşürdü.", "fall"),
    ("ja", "日銀は政策金利を5%に引き上げた。", "rise"),
    ("ar", "خفض البنك المركزي سعر الفائدة إلى 5%.", "fall"),
    ("nl", "De centrale bank verlaagde de rente naar 5 procent.", "fall"),
])
def test_the_direction_of_a_change(lang: str, text: str, way: str) -> None:
    assert _directions(text, lang) == [(5.0, way)]


def test_no_direction_without_a_verb_of_one() -> None:
    assert _directions("Inflation stood at 5%.", "en") == [(5.0, None)]
    # each figure its own verb: the nearest before it
    assert _directions("The bank cut the deposit rate to 3% and raised the lending rate to 5%.", "en") == [
        (3.0, "fall"), (5.0, "rise")]


def _unit(doc: str, text: str, lang: str) -> Unit:
    return Unit(doc, f"{doc}:s1", text, 0, len(text), lang)


def _check() -> _ChangeDirection:
    return _ChangeDirection(_Measures({"d1": "2026-11-25", "d2": "2026-11-25"}))


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The National Bank lowered its key interest rate to 5% on Thursday."),
    ("de", "Die Nationalbank hat ihren Leitzins am Donnerstag auf 5 Prozent gesenkt."),
    ("ru", "Национальный банк в четверг снизил ключевую ставку до 5%."),
    ("zh", "国家银行周四将基准利率下调至5%。"),
])
def test_opposite_moves_to_one_figure_conflict(lang: str, text: str) -> None:
    raised = _unit("d1", "The National Bank raised its key interest rate to 5% on Thursday.", "en")
    assert _check()(raised, _unit("d2", text, lang)) == ["5%: rise vs fall"]


def test_moves_of_one_direction_or_another_figure_or_a_denial_do_not() -> None:
    raised = _unit("d1", "The National Bank raised its key interest rate to 5% on Thursday.", "en")
    check = _check()
    assert check(raised, _unit("d2", "Die Nationalbank erhöhte den Leitzins am Donnerstag auf 5 Prozent.", "de")) == []
    assert check(raised, _unit("d2", "The National Bank lowered its key interest rate to 4% on Thursday.", "en")) == []
    assert check(raised, _unit("d2", "The National Bank did not lower its key rate to 5% on Thursday.", "en")) == []


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Turkey's central bank lowered its key rate to 47.5% on Thursday, having raised it to 45% in 2023."),
    ("de", "Die Notenbank senkte den Leitzins am Donnerstag auf 47,5 Prozent, nachdem sie ihn 2023 auf 45 Prozent erhöht hatte."),
    ("ru", "Центробанк в четверг снизил ставку до 47,5%, повысив её до 45% в 2023 году."),
])
def test_a_move_its_clause_dates_by_a_year_is_a_former_one(lang: str, text: str) -> None:
    # break49 N4: the former raise to 45% read against today's cut to 45% as "45%: fall vs rise"
    cut = _unit("d1", "Turkey's central bank cut its key interest rate to 45% on Thursday.", "en")
    assert _check()(cut, _unit("d2", text, lang)) == []
