"""A dash before the words that credit a source ends the claim, it is no claim of its own (final29 #18):
"…, a liczba rannych wzrosła do 52 – podała w środę włoska obrona cywilna." was cut into "podała w
środę włoska obrona cywilna." as a unit, which matched every sentence naming the civil protection. The
verbs come from the text data (reporting and source verbs; a Polish or Russian past form gives its other
genders and the plural). Inputs written for these tests."""

from __future__ import annotations

import pytest

from storylens.analysis.claims import split_units

from ._docs import doc_of


def _units(sentence: str, lang: str) -> list[str]:
    return [u.text for u in split_units(doc_of("d1", [sentence], lang), by_language=True)]


@pytest.mark.parametrize(("lang", "sentence"), [
    ("pl", "Liczba rannych wzrosła do 52 – podała w środę włoska obrona cywilna."),
    ("pl", "Liczba rannych wzrosła do 52 – podali w środę ratownicy."),
    ("ru", "Число раненых выросло до 52 — объявила в среду полиция."),
    ("de", "Die Zahl der Verletzten stieg auf 52 – teilte der Zivilschutz am Mittwoch mit."),
    ("de", "Die Zahl der Verletzten stieg auf 52 – laut dem Zivilschutz."),
    ("it", "Il numero dei feriti è salito a 52 – ha riferito mercoledì la protezione civile."),
    ("es", "El número de heridos subió a 52 – informó el miércoles la Protección Civil."),
    ("en", "The number of injured rose to 52 – the civil protection agency said on Wednesday."),
])
def test_a_dash_before_its_source_is_one_unit(lang, sentence):
    assert _units(sentence, lang) == [sentence]


def test_the_coordinated_clause_before_the_source_keeps_its_cut():
    sentence = ("Liczba ofiar powodzi w regionie Emilia-Romania wzrosła do 17, a liczba rannych wzrosła do 52 "
                "– podała w środę włoska obrona cywilna.")
    assert _units(sentence, "pl") == ["Liczba ofiar powodzi w regionie Emilia-Romania wzrosła do 17",
                                      "a liczba rannych wzrosła do 52 – podała w środę włoska obrona cywilna."]


@pytest.mark.parametrize(("lang", "sentence", "first"), [
    # a clause of its own after the dash (a figure, or more than a source's few words) stays a unit
    ("en", "The talks collapsed on Monday – officials reported 12 arrests in the capital.",
     "The talks collapsed on Monday"),
    ("pl", "Rozmowy załamały się w poniedziałek – opozycja zażądała dymisji ministra i podała nazwiska winnych urzędników.",
     "Rozmowy załamały się w poniedziałek"),
    # a source in the middle of the sentence is no tail
    ("it", "Il ponte è crollato – ha riferito la protezione civile – e tre auto sono cadute nel fiume.",
     "Il ponte è crollato"),
])
def test_a_dash_clause_that_says_more_than_its_source_stays_a_unit(lang, sentence, first):
    assert _units(sentence, lang)[0] == first


@pytest.mark.parametrize(("lang", "sentence"), [
    # review4 #1: a source verb or word inside the piece, or a noun that spells like one, is no attribution
    ("en", "Troops sealed off the capital on Sunday – reports of looting spread across the city."),
    ("it", "Un ferito è morto sul colpo – il secondo è deceduto in ospedale."),
    ("it", "Il premier ha perso il voto di fiducia – i ministri hanno annunciato le dimissioni."),
    ("es", "La policía detuvo a dos sospechosos – según fuentes judiciales, ninguno tenía antecedentes."),
    ("tr", "Yüksek Seçim Kurulu itirazı reddetti – buna göre seçim sonuçları kesinleşti."),
    ("de", "Die Regierung trat zurück – die Opposition meldete Neuwahlen an."),
])
def test_a_clause_of_its_own_after_the_dash_stays_a_unit(lang, sentence):
    assert len(_units(sentence, lang)) == 2


@pytest.mark.parametrize(("lang", "sentence"), [
    ("tr", "Yüksek Seçim Kurulu itirazı reddetti – İçişleri Bakanlığı açıkladı."),
    ("es", "La policía detuvo a dos sospechosos – según fuentes judiciales."),
    # final32: German "nach Angaben …" / "… zufolge" and the other languages' multiword source phrases
    ("de", "Die Staatsanwaltschaft leitete Ermittlungen gegen zwei Manager ein – nach Angaben aus Justizkreisen."),
    ("de", "Die Staatsanwaltschaft leitete Ermittlungen gegen zwei Manager ein – Justizkreisen zufolge."),
    ("it", "La polizia ha arrestato due sospetti – stando a fonti giudiziarie."),
    ("ru", "Полиция задержала двух подозреваемых — по информации источников в суде."),
])
def test_a_source_at_the_edge_of_the_tail_still_joins(lang, sentence):
    assert _units(sentence, lang) == [sentence]
