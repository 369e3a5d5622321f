"""Trial 14 (a train crash near Desenzano del Garda, reported in eight languages): a Polish ordinal
("na 112. kilometrze", "17. listopada") ended a sentence; a spaced dash between names or after a
closed quotation must not. Inputs written for these tests in the trial's style."""

from __future__ import annotations

import pytest

from storylens.text.segment import Segmenter

SEG = Segmenter()


def _texts(text: str, lang: str) -> list[str]:
    return [s.text for s in SEG.split(text, lang)]


@pytest.mark.parametrize(("lang", "sentence"), [
    ("pl", "Według związkowców semafor na 112. kilometrze był zgłaszany jako niesprawny trzy razy."),
    ("pl", "Dzień żałoby ogłoszono na czwartek, 19. listopada, w całej Lombardii."),
    ("cs", "Vlak vyjel 17. listopadu ráno z Milána do Verony."),
    ("de", "Der Zug war am 17. November um 7.42 Uhr in Mailand abgefahren."),
])
def test_an_ordinal_never_ends_a_sentence(lang, sentence):
    assert _texts(f"{sentence} Prokuratura wszczęła śledztwo.", lang)[0] == sentence


def test_a_number_ending_a_sentence_still_ends_it():
    assert _texts("Zginęło 11 osób. Rannych jest 64.", "pl") == ["Zginęło 11 osób.", "Rannych jest 64."]


@pytest.mark.parametrize(("lang", "sentence"), [
    ("ru", "Движение на линии Милан — Верона будет закрыто до воскресенья."),
    ("uk", "Рух на лінії Мілан — Верона буде закрито до неділі."),
    ("pl", "Linia Mediolan–Werona pozostanie zamknięta do niedzieli."),
    ("de", "Die Strecke Mailand – Verona bleibt bis Sonntag gesperrt."),
    ("pl", "„To tragedia, która nigdy nie powinna się wydarzyć” – powiedział włoski minister Matteo Salvini."),
    ("ru", "\"Это трагедия, которой никогда не должно было случиться\", — заявил министр Маттео Сальвини."),
    ("ru", "«Пока слишком рано говорить о причинах», — сказал прокурор Брешии Франческо Прете."),
    ("uk", "«Це трагедія, якої ніколи не мало статися», — заявив міністр Маттео Сальвіні."),
    ("bg", "„Това е трагедия, която никога не трябваше да се случи“ – заяви министър Матео Салвини."),
    ("es", "«Es una tragedia que nunca debió ocurrir» – dijo el ministro Matteo Salvini."),
    ("it", "«È una tragedia che non doveva mai accadere» – ha detto il ministro Matteo Salvini."),
    ("fr", "« C'est une tragédie qui n'aurait jamais dû arriver » — a déclaré le ministre Matteo Salvini."),
])
def test_a_dash_inside_a_sentence_never_ends_it(lang, sentence):
    assert _texts(f"{sentence} Druga wiadomość.", lang) == [sentence, "Druga wiadomość."]
