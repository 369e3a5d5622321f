"""A weekday beside a written date names that date, on either side of it (new-user trial 12): "2 Aralık
Çarşamba" (Turkish writes the weekday after the date) took the weekday's past Wednesday for both, a
false date conflict with "am Mittwoch" / "mercredi 2 décembre" resolved to 2 December."""

from __future__ import annotations

import pytest

from storylens.analysis.quantities import compare_dates, extract_dates

_PUBLISHED = "2026-11-30"  # a Monday


@pytest.mark.parametrize(
    "text, lang",
    [
        ("Yurt dışındaki 4 sandalyenin sonuçları 2 Aralık Çarşamba günü açıklanacak.", "tr"),
        ("The results will be announced on 2 December, Wednesday.", "en"),
        ("The results will be announced on Wednesday, December 2.", "en"),
        ("Les résultats seront publiés mercredi 2 décembre.", "fr"),
        ("Los escaños se asignarán el miércoles 2 de diciembre.", "es"),
        ("Итоги объявят в среду, 2 декабря.", "ru"),
        ("Die Ergebnisse kommen am Mittwoch, 2. Dezember.", "de"),
    ],
)
def test_a_weekday_beside_a_date_is_that_date(text, lang):
    assert {d.date for d in extract_dates(text, published=_PUBLISHED, language=lang)} == {"2026-12-02"}


def test_a_weekday_and_a_date_of_another_weekday_stay_apart():
    dates = [d.date for d in extract_dates("Sonuçlar 2 Aralık Perşembe günü açıklanacak.", published=_PUBLISHED,
                                           language="tr")]
    assert dates[0] == "2026-12-02" and dates[1] != "2026-12-02"


def test_the_turkish_date_agrees_with_the_german_one():
    tr = extract_dates("Sonuçları 2 Aralık Çarşamba günü açıklanacak.", published=_PUBLISHED, language="tr")
    de = extract_dates("Die vier Mandate werden am Mittwoch, 2. Dezember, vergeben.", published=_PUBLISHED,
                       language="de")
    assert compare_dates(tr, de) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        # Turkish puts its tense in the clause-final verb: a future there points the weekday ahead
        ("Yurt dışındaki 4 sandalyenin sonuçları Çarşamba günü açıklanacak.", "2026-12-02"),
        ("Meclis Perşembe günü toplanacaktır.", "2026-12-03"),
        ("Sonuçlar Çarşamba günü açıklandı.", "2026-11-25"),
        ("Çarşamba günü yiyecek yardımı bölgeye ulaştı.", "2026-11-25"),
    ],
)
def test_a_turkish_weekday_reads_the_tense_of_the_clause_final_verb(text, expected):
    assert [d.date for d in extract_dates(text, published=_PUBLISHED, language="tr")] == [expected]


def test_a_turkish_future_weekday_agrees_with_an_english_one():
    tr = extract_dates("Sonuçlar Çarşamba günü açıklanacak.", published=_PUBLISHED, language="tr")
    for text, lang in (("The results are due on Wednesday.", "en"), ("Die Ergebnisse werden am Mittwoch bekanntgegeben.", "de"),
                       ("Les résultats seront publiés mercredi.", "fr")):
        assert compare_dates(tr, extract_dates(text, published=_PUBLISHED, language=lang)) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        # a past word after a passive auxiliary is a participle: the future before it decides
        ("The results will be announced on Wednesday.", "2026-12-02"),
        ("The winner will be told on Friday.", "2026-12-04"),
        ("The results were announced on Wednesday.", "2026-11-25"),
        ("Officials announced on Wednesday that the count had ended.", "2026-11-25"),
    ],
)
def test_an_english_passive_future_points_the_weekday_ahead(text, expected):
    assert [d.date for d in extract_dates(text, published=_PUBLISHED, language="en")] == [expected]
    if expected == "2026-12-02":
        de = extract_dates("Die Ergebnisse werden am Mittwoch bekanntgegeben.", published=_PUBLISHED, language="de")
        assert compare_dates(extract_dates(text, published=_PUBLISHED, language="en"), de) == []
