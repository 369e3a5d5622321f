"""Sentences whose full stop lost its space, and a closing bracket cut off after an abbreviation (stop 37, xl25:
the ledger gold's new es-en / pl-en sets; "any crimes.The manhunt will continue" was one unit with the quote
before it, and "… legally - ed." + ") It is not taken into account." opened a sentence with a bracket)."""

from __future__ import annotations

import pytest

from storylens.text.segment import Segmenter

SEG = Segmenter()


def _split(text: str, lang: str) -> list[str]:
    return [s.text for s in SEG.split(text, lang)]


@pytest.mark.parametrize("lang, text, first", [
    ("en", "Police took in 87 people for questioning.The manhunt will continue until all are arrested.",
     "Police took in 87 people for questioning."),
    ("es", "La policía detuvo a 87 personas.Los sospechosos serán arrestados lo antes posible.",
     "La policía detuvo a 87 personas."),
    ("pl", "Policja zatrzymała dwie osoby.Śledztwo prowadzi prokuratura w Warszawie.",
     "Policja zatrzymała dwie osoby."),
    ("ru", "Полиция задержала двоих подозреваемых.Следствие продолжается.", "Полиция задержала двоих подозреваемых."),
    ("en", "Can it be done?Nobody knows yet, the minister said.", "Can it be done?"),
])
def test_a_full_stop_glued_to_the_next_sentence_cuts(lang, text, first):
    assert _split(text, lang) == [first, text[len(first):]]


@pytest.mark.parametrize("lang, text", [
    ("en", "Read the poll at SE.pl and Onet.pl today."),
    ("en", "The U.S.Army said so on Monday."),
    ("en", "Apple sells the iPhone.Apple also sells Macs."),  # camel case is a name, not a sentence
    ("en", "Write to joe@mail.Com or visit www.example.Com now."),
    ("pl", "Szczegóły na stronie gov.pl w poniedziałek."),
])
def test_domains_names_and_abbreviations_are_not_cut(lang, text):
    assert _split(text, lang) == [text]


@pytest.mark.parametrize("lang, text, first", [
    ("en", "The party has already analyzed such a scenario legally - ed.) It is not taken into account.",
     "The party has already analyzed such a scenario legally - ed.)"),
    ("pl", "Partia przeanalizowała już taki scenariusz (przyp. red.) Nie jest on brany pod uwagę.",
     None),  # "red." is a Polish abbreviation: not cut at all
    ("es", "El partido analizó el escenario (ver pág.) Nadie lo considera ahora.", None),
])
def test_a_closing_bracket_never_opens_a_sentence(lang, text, first):
    out = _split(text, lang)
    assert not any(s.startswith((")", "]")) for s in out)
    if first is not None:
        assert out[0] == first


@pytest.mark.parametrize("lang, text, first", [
    # one word after a figure's abbreviation that may end a sentence is the figure's noun
    ("pl", "Trzaskowski miał poparcie 16,54 proc. Polaków. Jego poparcie wzrosło o 10 punktów.",
     "Trzaskowski miał poparcie 16,54 proc. Polaków."),
    ("cs", "Stát zaplatil 5 mld. Kč. Ministr to potvrdil v pondělí.", "Stát zaplatil 5 mld. Kč."),
    ("ru", "Ущерб составил 5 млн. Рублей. Полиция ищет виновных.", "Ущерб составил 5 млн. Рублей."),
    # a wholly lower-case word after a figure's full stop continues the sentence (machine translations of "proc.")
    ("en", "Now it is supported by 26.6 percent, or 10 percent. more voters. Andrzej Duda lost.",
     "Now it is supported by 26.6 percent, or 10 percent. more voters."),
    ("en", "The income is below 60%. country medians. Workers in Romania are most at risk.",
     "The income is below 60%. country medians."),
])
def test_a_fragment_after_a_figure_stays_in_its_sentence(lang, text, first):
    assert _split(text, lang)[0] == first


@pytest.mark.parametrize("lang, text, first", [
    ("pl", "Wzrost wyniósł 5 proc. W tym roku będzie wyższy.", "Wzrost wyniósł 5 proc."),
    ("en", "He was born in 1985. iPhone sales rose that year.", "He was born in 1985."),
    ("de", "Der Schaden beträgt 5 Mio. Euro. Die Polizei ermittelt.", "Der Schaden beträgt 5 Mio. Euro."),
])
def test_a_sentence_after_a_figure_still_starts(lang, text, first):
    assert _split(text, lang)[0] == first


@pytest.mark.parametrize("lang, text, first", [
    # a lower-case sentence after a figure and its noun is a sentence of its own: only a percent, scale or
    # unit word is a figure's fragment (review37a M5: "3 goals." + "the team won." were one unit)
    ("en", "He scored 3 goals. the team won the cup.", "He scored 3 goals."),
    ("fr", "Il a marqué 3 buts. la foule a applaudi.", "Il a marqué 3 buts."),
    ("de", "Er schoss 3 Tore. das Team gewann den Pokal.", "Er schoss 3 Tore."),
    ("es", "Marcó 3 goles. el equipo ganó la copa.", "Marcó 3 goles."),
])
def test_a_lower_case_sentence_after_a_counted_noun_starts(lang, text, first):
    assert _split(text, lang)[0] == first
