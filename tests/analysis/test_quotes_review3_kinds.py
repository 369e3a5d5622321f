"""Regressions of stop 28's speaker rules (branch spk14) that a review found, one kind each:
"dijo a Efe ayer" (es/it/pt) is an addressee and a time word, not "a White House official" with the English
article; a double space before a dash joins a headline to narration unless a dash reporting clause follows
("Новости дня  - Москва остаётся столицей России."); a name in a case form after its role's body keeps a
well-formed given name ("Marka Kowala" -> "Marek Kowal", "Pawła" -> "Paweł", "Jerzego" -> "Jerzy", "Сергея"
-> "Сергей") and a name already in the nominative stays; "President Biden's plan" titles Biden (no
possessive), "The President Hotel" titles nobody."""

import pytest

from storylens.analysis.quotes import extract_quote_spans
from storylens.analysis.quotes._document import _named_by_surname

from ._docs import segmented_doc, speakers_match, speakers_of

# (id, language, text, the speaker of each quotation in order)
CASES = [
    ('es-dijo-a-outlet-time-word', 'es',
     'El ministro José Manuel Albares viajó a Kiev. "Estamos listos", dijo a Efe ayer.',
     ['José Manuel Albares']),
    ('es-declaro-a-outlet-time-word', 'es',
     'El ministro José Manuel Albares viajó a Kiev. "Estamos listos", declaró a Efe hoy.',
     ['José Manuel Albares']),
    ('it-ha-detto-a-outlet-time-word', 'it',
     'Il ministro Matteo Salvini era a Milano. «Non ci fermeremo», ha detto a Repubblica oggi.',
     ['Matteo Salvini']),
    ('en-said-a-body-aide', 'en',
     'Senator John Smith spoke. "We are ready," said a Senate aide.',
     ['a Senate aide']),
    ('pl-genitive-name-mobile-e-k', 'pl',
     'Kowal: Wybory 10 maja. Zdaniem wicemarszałka Sejmu Marka Kowala „to jest znak zapytania”.',
     ['Marek Kowal']),
    ('pl-genitive-name-mobile-e-l', 'pl',
     'Kowal: Wybory 10 maja. Zdaniem wicemarszałka Sejmu Pawła Kowala „to jest znak zapytania”.',
     ['Paweł Kowal']),
    ('pl-genitive-name-ego', 'pl',
     'Kowal: Wybory 10 maja. Zdaniem wicemarszałka Sejmu Jerzego Kowala „to jest znak zapytania”.',
     ['Jerzy Kowal']),
    ('pl-genitive-name-written-in-full', 'pl',
     ('Marek Kowal: Wybory 10 maja. Zdaniem wicemarszałka Sejmu Marka Kowala „to jest znak zapytania”.'),
     ['Marek Kowal']),
    ('ru-genitive-name-ya', 'ru',
     'Лавров: переговоры продолжатся. По словам главы МИД России Сергея Лаврова, «всё идёт по плану».',
     ['Сергей Лавров']),
    ('en-title-surname-possessive', 'en',
     ('WASHINGTON — President Biden\'s plan stalled on Wednesday.\n\n"We will not give up," the president said.'),
     ['Biden']),
    ('en-title-before-common-noun', 'en',
     'The President Hotel in Kyiv was hit overnight.\n\n"We will not give up," the president said.',
     ['the president']),
]


@pytest.mark.parametrize("lang, text, speakers", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_speaker_of_each_quotation(lang, text, speakers):
    got = speakers_of(text, lang)
    assert speakers_match(got, speakers), got


@pytest.mark.parametrize("lang, text", [
    ('ru', 'Новости дня  - Москва остаётся столицей России. Город большой и шумный.'),
    ('pl', 'Premier leci do USA  - Spotkanie z prezydentem odbędzie się w czwartek. Rozmowy potrwają dwa dni.'),
    ('pl', 'Ceny rosną  - To nowy poziom inflacji. Ekonomiści są zaskoczeni.'),
    ('ru', 'Погода  - Завтра будет дождь, сообщили синоптики.'),
], ids=['ru-headline-news', 'pl-headline-visit', 'pl-headline-prices', 'ru-headline-weather'])
def test_headline_gap_without_dash_attribution_is_no_quotation(lang, text):
    assert extract_quote_spans([segmented_doc(text, lang)]) == []


def test_nominative_name_is_not_replaced_by_a_case_form_of_another():
    # "Kowala" (genitive of Kowal) starts like "Kowalska" but is no nominative of it
    assert _named_by_surname('Sejmu Anna Kowalska', 'Spotkanie u Kowala. ...', 'pl') \
        == 'Sejmu Anna Kowalska'


@pytest.mark.parametrize("speaker, text, lang, want", [
    ('prezydenta Andrzeja Dudy', 'Duda: nie. Zdaniem prezydenta Andrzeja Dudy „to błąd”.', 'pl', 'Andrzej Duda'),
    ('posłanki Lewicy Anny Dudy', 'Duda: nie. Zdaniem posłanki Lewicy Anny Dudy „to błąd”.', 'pl', 'Anna Duda'),
    ('МИД Марии Захаровой', 'Захарова: нет. По словам представителя МИД Марии Захаровой, «это ошибка».', 'ru',
     'Мария Захарова'),
], ids=['pl-man-surname-in-a', 'pl-woman-surname-in-a', 'ru-woman-ii'])
def test_given_name_in_the_nominative_beside_the_surname(speaker, text, lang, want):
    assert _named_by_surname(speaker, text, lang) == want
