"""robust76fix2 #1/#2: after a said clause's verb of staying, robust76fix #1 read ANY count before the "until" word
as a tally looking back unless a minute/hour/day/week/month/year followed it. A count where the state holds (a
preposition of place or extent of the language before it, text data "weekday_told_places": "in 12 districts",
«auf 3 Abschnitten», or a noun's number ending the span: "at platform 9"), a share ("40 %") or a span of nights,
weekends or shifts (text data "weekday_told_spans") is no tally: the limit is ahead. A count after "with", "at"
or a colon stays a tally."""

import pytest

from ._weekdays import LAST_FRIDAY, NEXT_FRIDAY
from ._weekdays import days as _days


@pytest.mark.parametrize(
    "text, lang",
    [
        ("The mayor said schools stay closed in 12 districts until Friday.", "en"),
        ("The airline said flights stay cancelled on 3 routes until Friday.", "en"),
        ("The operator said trains stay off at platform 9 until Friday.", "en"),
        ("The agency said traffic remains limited on 2 lanes until Friday.", "en"),
        ("Die Stadt sagte, die Schulen bleiben in 12 Bezirken bis Freitag geschlossen.", "de"),
        ("Die Bahn sagte, die Strecke bleibt auf 3 Abschnitten bis Freitag gesperrt.", "de"),
        ("Le maire a dit que les écoles restent fermées dans 12 quartiers jusqu'à vendredi.", "fr"),
        ("La préfecture a dit que la route reste fermée sur 3 tronçons jusqu'à vendredi.", "fr"),
        ("El alcalde dijo que las escuelas siguen cerradas en 12 distritos hasta el viernes.", "es"),
        ("Il sindaco ha detto che le scuole restano chiuse in 12 quartieri fino a venerdì.", "it"),
        ("Burmistrz powiedział, że szkoły pozostają zamknięte w 12 dzielnicach do piątku.", "pl"),
        ("Мэр сказал, что школы остаются закрытыми в 12 районах до пятницы.", "ru"),
        ("قال رئيس البلدية إن المدارس تبقى مغلقة في 12 حيا حتى يوم الجمعة", "ar"),
        ("Der Betreiber sagte, die Produktion bleibt um 40 % gedrosselt bis Freitag.", "de"),
        ("La empresa dijo que la producción sigue un 40 % por debajo hasta el viernes.", "es"),
    ],
)
def test_a_count_where_the_state_holds_is_no_tally(text: str, lang: str) -> None:
    assert _days(text, lang) == [NEXT_FRIDAY]


@pytest.mark.parametrize(
    "text, lang",
    [
        ("The mayor said the tunnel stays closed for 2 nights until Friday.", "en"),
        ("The mayor said the tunnel stays closed for 2 weekends until Friday.", "en"),
        ("The mayor said the tunnel stays closed for 3 shifts until Friday.", "en"),
        ("Le maire a dit que le pont reste fermé encore 3 nuits jusqu'à vendredi.", "fr"),
        ("El alcalde dijo que el puente sigue cerrado 3 noches hasta el viernes.", "es"),
        ("Il sindaco ha detto che il ponte resta chiuso 3 notti fino a venerdì.", "it"),
        ("Burmistrz powiedział, że most pozostaje zamknięty przez 3 noce do piątku.", "pl"),
        ("Мэр сказал, что мост остается закрытым 3 ночи до пятницы.", "ru"),
        ("Мэр сказал, что мост остается закрытым 5 ночей до пятницы.", "ru"),
        ("Der Bürgermeister sagte, die Brücke bleibt 3 Nächte bis Freitag gesperrt.", "de"),
    ],
)
def test_a_span_of_nights_weekends_or_shifts_is_no_tally(text: str, lang: str) -> None:
    assert _days(text, lang) == [NEXT_FRIDAY]


@pytest.mark.parametrize(
    "text, lang",
    [
        ("The ministry said the toll remains at 5387 deaths until Friday.", "en"),
        ("The ministry said deaths remain high in 12 districts with 5387 deaths until Friday.", "en"),
        ("Das Ministerium sagte, die Bilanz bleibt schwer: 5387 Tote in 12 Bezirken bis Freitag.", "de"),
        ("Le ministère a dit que le bilan reste lourd : 5387 morts dans 12 quartiers jusqu'à vendredi.", "fr"),
    ],
)
def test_a_tally_with_a_place_stays_a_tally(text: str, lang: str) -> None:
    assert _days(text, lang) == [LAST_FRIDAY]
