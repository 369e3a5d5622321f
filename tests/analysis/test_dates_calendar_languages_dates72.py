"""dates72: dates in languages read for their month names only (text.CALENDAR_LANGUAGES: ro, hu, da, sv), the slash
day of a day-first text after a preposition of time ("em 11/02"), and the similarity's day keys of languages outside
its month table (a pt/en pair listed no "same dates: 11 February")."""

import pytest

from storylens.analysis.quantities import extract_dates, extract_numbers
from storylens.similarity._common import _dates

PUB = "2026-02-20"


def _days(text: str, lang: str) -> list[str]:
    return sorted(d.date for d in extract_dates(text, published=PUB, language=lang) if d.date and len(d.date) == 10)


@pytest.mark.parametrize(("lang", "text", "want"), [
    ("ro", "Atacul a avut loc pe 11 februarie, a spus poliția.", ["2026-02-11"]),
    ("ro", "Atacul a avut loc la 11 februarie 2026.", ["2026-02-11"]),
    ("hu", "A támadás február 11-én történt, közölte a rendőrség.", ["2026-02-11"]),
    ("hu", "A támadás 2026. február 11-én történt.", ["2026-02-11"]),
    ("da", "Angrebet skete den 11. marts.", ["2026-03-11"]),
    ("sv", "Attacken skedde den 11 februari, sade polisen.", ["2026-02-11"]),
    ("pt", "O ataque ocorreu em 11 de fevereiro de 2026.", ["2026-02-11"]),
    ("ro", "Au trecut 11 luni de atunci.", []),  # "luni": months (and Monday), no month name
    ("en", "Jan Mai and Ion Martie met 11 people.", []),  # a Romanian month word counts in Romanian only
])
def test_month_names_of_calendar_languages(lang, text, want):
    assert _days(text, lang) == want


def test_a_dated_day_is_no_count():
    assert [q.value for q in extract_numbers("Atacul a avut loc pe 11 februarie, au murit 12 oameni.", "ro")] == [12.0]


@pytest.mark.parametrize(("lang", "text", "want"), [
    ("pt", "O ataque ocorreu em 11/02, disse a polícia.", ["2026-02-11"]),
    ("de", "Das Treffen fand am 11/02 um 10 Uhr statt.", ["2026-02-11"]),
    ("pt", "Venceram por 11/02 pontos.", []),  # no preposition of time: a score
    ("pt", "A taxa foi de 3/10 dos votos.", []),
    ("pt", "Ocorreu em 1/2 das cidades.", []),  # a one-digit month is a fraction
    ("en", "The attack happened on 11/02.", []),  # English is month first: no day-month reading
])
def test_slash_day_after_a_preposition_of_time(lang, text, want):
    assert _days(text, lang) == want


@pytest.mark.parametrize(("lang", "text", "want"), [
    ("pt", "O ataque ocorreu em 11 de fevereiro.", {"02-11"}),
    ("ro", "Atacul a avut loc pe 11 februarie.", {"02-11"}),
    ("hu", "A támadás február 11-én történt.", {"02-11"}),
    ("el", "Η επίθεση έγινε στις 11 Φεβρουαρίου.", {"02-11"}),
    ("uk", "Напад стався 11 лютого.", {"02-11"}),
    ("cs", "K útoku došlo 11. února.", {"02-11"}),
    ("pt", "O mar de 11 mar.", set()),  # an abbreviation ("mar", also the sea) is no month here
    ("en", "On February 11 police said.", {"02-11"}),
    ("hr", "Napad se dogodio 11. listopada.", {"10-11"}),  # Croatian October, not Polish November
])
def test_similarity_days_in_languages_outside_the_table(lang, text, want):
    assert _dates(text, lang)[1] == want


def test_similarity_days_of_table_languages_unchanged():
    # the SemEval languages' features stay the table's, as the model was trained: a pt word in a de text is none
    assert _dates("Am 11 fevereiro kam er.", "de")[1] == set()


@pytest.mark.parametrize(("lang", "text", "want"), [
    # break_dates72: Romanian and Hungarian streets and squares named after a date are no days of the story
    ("hu", "A rendőrség lezárta az Október 6. utcát Budapesten.", []),
    ("hu", "Tüntetés volt a Március 15. téren tegnap.", []),
    ("hu", "A Május 1. utcában egy ház kigyulladt.", []),
    ("hu", "A 3 május utcai házban tűz ütött ki.", []),
    ("hu", "Az Október 6 utca lezárva.", []),
    ("ro", "Accidentul a avut loc pe Calea 13 Septembrie din București.", []),
    ("ro", "Protestul a avut loc în Piața 1 Mai.", []),
    # neighbours still days: no street word after, or none before
    ("hu", "A tüntetés március 15-én volt a téren.", ["2026-03-15"]),
    ("hu", "Október 6. óta zárva van az utca.", ["2025-10-06"]),
    ("ro", "Accidentul a avut loc pe 13 septembrie pe strada principală.", ["2025-09-13"]),
    ("it", "Incidente in via XX Settembre e il 4 novembre a Roma.", ["2025-11-04"]),
])
def test_street_names_of_calendar_languages(lang, text, want):
    assert _days(text, lang) == want


@pytest.mark.parametrize(("lang", "text", "want"), [
    ("en", "Walmart opened 12 marts in Ohio last year.", [(12.0, "marts")]),  # Danish "marts" is no month here
    ("da", "Han købte 12 marts.", []),  # in Danish it is: a day, no count
    ("de", "Kilometer 112 sei seit September.", [(112.0, None)]),  # a month of a text language: still no unit
])
def test_calendar_only_month_is_a_unit_in_other_texts(lang, text, want):
    assert [(q.value, q.unit) for q in extract_numbers(text, lang)] == want
