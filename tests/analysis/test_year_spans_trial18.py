"""A span of years written with words is one date, as "2017-2021" and "2017年至2021年" are (trial 18 #9:
a term of office was a "2017/2021" timeline row for tr/zh beside rows "2017" and "2021" for the same
sentence in es, ar, de, en, ru, pt)."""

from __future__ import annotations

import pytest

from storylens.analysis.quantities import build_timeline, compare_dates, extract_dates
from tests.analysis._docs import doc_of

_TERMS = [
    ("Halden, de 61 años, fue ministro entre 2017 y 2021.", "es"),
    ("Der 61-jährige Halden war von 2017 bis 2021 Minister.", "de"),
    ("Halden, de 61 anos, foi ministro de 2017 a 2021.", "pt"),
    ("Halden, 61, served as minister from 2017 to 2021.", "en"),
    ("وكان هالدن، البالغ من العمر 61 عاما، وزيرا بين عامي 2017 و2021.", "ar"),
    ("61-летний Халден занимал пост министра с 2017 по 2021 год.", "ru"),
    ("Il a été ministre de 2017 à 2021.", "fr"),
    ("È stato ministro dal 2017 al 2021.", "it"),
    ("61 yaşındaki Halden, 2017-2021 yılları arasında bakanlık yaptı.", "tr"),
    ("现年61岁的哈尔登于2017年至2021年担任部长。", "zh"),
]


@pytest.mark.parametrize(("text", "lang"), _TERMS)
def test_a_span_of_years_is_one_date(text, lang):
    found = [(d.date, d.until) for d in extract_dates(text, published="2026-11-24", language=lang)]
    assert found == [("2017", "2021")]


@pytest.mark.parametrize(("text", "lang"), [
    ("Elections were held in 2017 and 2021.", "en"),
    ("Hubo elecciones en 2017 y 2021.", "es"),
    ("Wahlen fanden 2017 und 2021 statt.", "de"),
])
def test_two_years_without_between_stay_two_dates(text, lang):
    found = [(d.date, d.until) for d in extract_dates(text, published="2026-11-24", language=lang)]
    assert found == [("2017", None), ("2021", None)]


def test_the_term_of_office_is_one_timeline_date_in_every_language():
    docs = [doc_of(f"d{i}", [text], lang) for i, (text, lang) in enumerate(_TERMS, start=1)]
    timeline = build_timeline(docs, dict.fromkeys((d.id for d in docs), "2026-11-24"))
    assert {row.date for row in timeline} == {"2017/2021"}
    assert {e.doc for row in timeline for e in row.evidence} == {d.id for d in docs}


def _dates(text: str, lang: str):
    return extract_dates(text, published="2026-11-24", language=lang)


@pytest.mark.parametrize(("a", "b"), [
    (("Halden served as minister from 2017 to 2021.", "en"), ("Halden fue ministro entre 2019 y 2022.", "es")),
    (("61 yaşındaki Halden, 2017-2021 yılları arasında bakanlık yaptı.", "tr"),
     ("Der Minister war von 2017 bis 2020 im Amt.", "de")),
])
def test_two_terms_with_other_ends_conflict(a, b):
    assert compare_dates(_dates(*a), _dates(*b))


@pytest.mark.parametrize(("a", "b"), [
    (("Halden served as minister from 2017 to 2021.", "en"), ("61 yaşındaki Halden, 2017-2021 yılları arasında bakanlık yaptı.", "tr")),
    (("Halden served as minister from 2017 to 2021.", "en"), ("Halden fue nombrado ministro en 2019.", "es")),
])
def test_a_term_and_a_year_inside_it_or_the_same_term_agree(a, b):
    assert compare_dates(_dates(*a), _dates(*b)) == []
