"""Trial 14: the claim units of a sentence were cut at every spaced dash, so "Движение на линии Милан"
and "Верона будет закрыто до воскресенья." were two units, and a quotation lost its attribution
("„…” – powiedział włoski minister … Matteo Salvini.": the tail alone, a unit without the quotation's
verb, "affirmed" against a German denial). Inputs written for these tests."""

from __future__ import annotations

import pytest

from storylens.analysis.claims import split_units

from ._docs import doc_of


def _units(sentence: str, lang: str, by_language: bool) -> list[str]:
    return [u.text for u in split_units(doc_of("d1", [sentence], lang), by_language=by_language)]


@pytest.mark.parametrize("by_language", [False, True])
@pytest.mark.parametrize(("lang", "sentence"), [
    ("pl", ("„To tragedia, która nigdy nie powinna się wydarzyć, a winni za nią zapłacą” – powiedział włoski "
            "minister infrastruktury i transportu Matteo Salvini.")),
    ("ru", ("\"Это трагедия, которой никогда не должно было случиться, и виновные за нее заплатят\", — заявил "
            "министр инфраструктуры и транспорта Италии Маттео Сальвини.")),
    ("ru", ("«Пока слишком рано говорить, был ли это сбой сигнализации или человеческая ошибка», — сказал "
            "прокурор Брешии Франческо Прете в понедельник.")),
    ("es", ("«Es una tragedia que nunca debió ocurrir y los culpables pagarán» – dijo el ministro de "
            "Infraestructuras y Transportes Matteo Salvini.")),
    ("uk", ("«Це трагедія, якої ніколи не мало статися, і винні за неї заплатять», — заявив міністр "
            "інфраструктури і транспорту Італії Маттео Сальвіні.")),
    ("fr", ("« C'est une tragédie qui n'aurait jamais dû arriver » — a déclaré le ministre italien des "
            "Transports Matteo Salvini.")),
    ("ru", "Движение на линии Милан — Верона будет закрыто до воскресенья."),
    ("pl", "Linia kolejowa Mediolan – Werona pozostanie zamknięta do niedzieli."),
])
def test_a_quotation_keeps_its_attribution_and_names_their_dash(lang, sentence, by_language):
    assert _units(sentence, lang, by_language) == [sentence]


@pytest.mark.parametrize(("lang", "sentence", "first"), [
    ("en", "Eleven people were killed on Tuesday – the worst accident since Pioltello in 2018.",
     "Eleven people were killed on Tuesday"),
    ("ru", "Поезд врезался в стоявший товарный состав — погибли одиннадцать человек в Ломбардии.",
     "Поезд врезался в стоявший товарный состав"),
])
def test_a_dash_between_clauses_still_cuts(lang, sentence, first):
    assert _units(sentence, lang, True)[0] == first
