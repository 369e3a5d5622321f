"""Czech quote speakers (final31 #4), from text/data/cs.json alone: verbs of saying ("řekl", "uvedla"), a role
and name after the verb and an addressee ("řekl novinářům premiér Petr Fiala" is Fiala's, not the previous
speaker's), "Podle" + a name in the genitive read back to the nominative ("Podle Aleny Schillerové" ->
Alena Schillerová), and a surname alone after one word at the clause end ("řekl novinářům Babiš", also in
Polish and Russian). Inputs written for these tests."""

import pytest

from storylens.text import LANGUAGES, nominative_name, profile

from ._docs import speakers_match, speakers_of

CASES = [
    ('cs-after-quote-role-name', 'cs',
     ('Ministryně financí Alena Schillerová řekla, že rozpočet je napjatý. „Deficit nepřekročí 230 miliard korun,“ '
     'řekl novinářům premiér Petr Fiala.'), ['Petr Fiala']),
    ('cs-podle-feminine', 'cs', 'Podle Aleny Schillerové rozpočet „neodpovídá realitě“.', ['Alena Schillerová']),
    ('cs-podle-role-genitive', 'cs', 'Podle ministra financí Zbyňka Stanjury je rozpočet „napjatý, ale zvládnutelný“.',
     ['Zbyněk Stanjura']),
    ('cs-podle-masculine', 'cs', 'Podle Petra Fialy je výsledek „velkým úspěchem“.', ['Petr Fiala']),
    ('cs-podle-foreign', 'cs', 'Podle ministra vnitra Tomasze Siemoniaka „situace je pod kontrolou“.', ['Tomasz Siemoniak']),
    ('cs-feminine-role-name', 'cs', '„Kryty musí vzniknout v každé obci,“ řekla novinářům poslankyně Marie Kowalská.',
     ['Marie Kowalská']),
    ('cs-lone-surname', 'cs', '„Sestavíme vládu odborníků,“ řekl novinářům Babiš.', ['Babiš']),
    ('cs-lone-surname-named-before', 'cs',
     'Andrej Babiš vyhrál volby. „Sestavíme vládu odborníků,“ řekl novinářům Babiš.', ['Andrej Babiš']),
    ('cs-pronoun', 'cs', 'Premiér Petr Fiala přijel do Brna. „Jsme připraveni,“ řekl. „Vláda pomůže,“ dodal.',
     ['Petr Fiala', 'Petr Fiala']),
    ('pl-lone-surname', 'pl', '„Zbudujemy rząd ekspertów” – powiedział dziennikarzom Tusk.', ['Tusk']),
    ('ru-lone-surname', 'ru', '«Мы построим правительство», — сказал журналистам Песков.', ['Песков']),
    # the addressee's role in the dative and its name: no speaker read from them
    ('pl-addressee-role-kept', 'pl', '„Zbudujemy rząd ekspertów” – powiedział premierowi Tuskowi.', [None]),
]


@pytest.mark.parametrize("case_id, lang, text, want", CASES, ids=[c[0] for c in CASES])
def test_czech_speakers(case_id, lang, text, want):
    got = speakers_of(text, lang)
    assert speakers_match(got, want), got


def test_czech_is_a_language_with_data():
    assert "cs" in LANGUAGES
    assert "řekl" in profile("cs").reporting_verbs


@pytest.mark.parametrize("name, want", [
    ("Aleny Schillerové", "Alena Schillerová"),
    ("Petra Fialy", "Petr Fiala"),
    ("Zbyňka Stanjury", "Zbyněk Stanjura"),
    ("Pavla Kovaříka", "Pavel Kovařík"),
    ("Andreje Babiše", "Andrej Babiš"),
    ("Jana Nováka", "Jan Novák"),
])
def test_czech_genitive_names(name, want):
    assert nominative_name(name, "cs") == want
