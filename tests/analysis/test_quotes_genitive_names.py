"""A speaker named in the genitive ("Zdaniem Jana Nowaka", "Według Tomasza Lisa", "По словам Ивана Петрова")
is reported in the nominative even when the text never writes it (text/_names.py, text/data "name_genitive");
"– to słowa X" after a quotation credits X; "according to" in languages without a data file ("Podle",
text/_tables.py ACCORDING_TO_BEYOND) is no part of the name. Inputs written for these tests (final30 claim 7)."""

import pytest

from storylens.text import nominative_name

from ._docs import speakers_match, speakers_of

CASES = [
    ('pl-zdaniem-apposition', 'pl',
     'Zdaniem Jana Nowaka, analityka rynku surowców, „ceny miedzi będą rosły do końca roku”.', ['Jan Nowak']),
    ('pl-wedlug', 'pl', 'Według Tomasza Lisa „rząd nie ma pomysłu na gospodarkę”.', ['Tomasz Lis']),
    ('pl-feminine', 'pl', 'Zdaniem Anny Kowalskiej, szefowej związku, „to koniec rozmów”.', ['Anna Kowalska']),
    ('pl-mobile-e', 'pl', 'Zdaniem Marka Kowala, ekonomisty z Warszawy, „inflacja spadnie”.', ['Marek Kowal']),
    ('pl-mobile-e-l', 'pl', 'Według Pawła Kowalczyka „to był dobry rok”.', ['Paweł Kowalczyk']),
    ('pl-to-slowa-after-quote', 'pl',
     ('Ekonomista Marek Kowal mówił o cenach. „Ceny miedzi mogą wzrosnąć o 5 procent” - to słowa Jana Nowaka, '
      'analityka.'), ['Jan Nowak']),
    ('ru-po-slovam', 'ru', 'По словам Ивана Петрова, «правительство не имеет плана».', ['Иван Петров']),
    ('ru-feminine', 'ru', 'По словам Марии Захаровой, «это провокация».', ['Мария Захарова']),
    ('cs-podle', 'cs', 'Podle Pavla Kovaříka „vláda nemá plán“.', [('Pavel Kovařík', 'Pavla Kovaříka')]),
]


@pytest.mark.parametrize("case_id, lang, text, want", CASES, ids=[c[0] for c in CASES])
def test_speaker_in_the_nominative(case_id, lang, text, want):
    got = speakers_of(text, lang)
    assert speakers_match(got, want), got


@pytest.mark.parametrize("name, lang, want", [
    ("Donalda Tuska", "pl", "Donald Tusk"),  # simplemma knows "Tusk": not "Tusek"
    ("Zbigniewa Ziobry", "pl", "Zbigniew Ziobro"),
    ("Beaty Szydło", "pl", "Beata Szydło"),  # an uninflected surname stays
    ("Nancy Pelosi", "pl", "Nancy Pelosi"),  # a foreign given name in -y is no genitive
    ("Angeli Merkel", "pl", "Angela Merkel"),
    ("Ministerstwa Zdrowia", "pl", "Ministerstwa Zdrowia"),  # a body: its head is a common noun
    ("Алексея Навального", "ru", "Алексей Навальный"),
    ("Jana Nowaka", "de", "Jana Nowaka"),  # a language without the table: as written
])
def test_nominative_name(name, lang, want):
    assert nominative_name(name, lang) == want


def test_the_texts_own_spelling_wins():
    assert nominative_name("Jacka Sasina", "pl", {"Jacek", "Sasin"}) == "Jacek Sasin"
