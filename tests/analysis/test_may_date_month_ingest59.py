"""may_date_month: a text it answers False for gives no date of a month's precision (the similarity's opening months
skip the date reader on it: storylens.similarity._openings._event_months)."""

from __future__ import annotations

import pytest

from storylens.analysis.quantities import extract_dates, may_date_month

# (text, language): each dates a month, by a month word, 月/월, or a relative phrase of a month
MONTHS = [
    ("The plant closed in March 2024 after the floods.", "en"),
    ("Die Fabrik schloss im März, sagte der Sprecher.", "de"),
    ("L'usine a fermé en novembre 2023, selon la mairie.", "fr"),
    ("Prices rose 3 percent last month, the agency said.", "en"),
    ("Die Preise stiegen im vergangenen Monat um 3 Prozent.", "de"),
    ("Les prix ont augmenté le mois dernier de 3 %.", "fr"),
    ("Цены выросли в прошлом месяце на 3 процента.", "ru"),
    ("欧元区5月通胀率升至2.1%。", "zh"),
    ("2026년 11월 물가가 올랐다.", "ko"),
    ("Prices rose last month.", None),
]

# (text, language): days, weeks, years and no month: False, and the reader finds no month either
NO_MONTHS = [
    ("Police said on Tuesday that 12 people were hurt in the crash near Lyon.", "en"),
    ("Die Polizei teilte am Dienstag mit, dass 12 Menschen verletzt wurden.", "de"),
    ("La police a indiqué hier que douze personnes ont été blessées.", "fr"),
    ("Полиция сообщила вчера, что пострадали 12 человек.", "ru"),
    ("La policía informó el 12/05/2024 que hubo 12 heridos esta semana.", "es"),
    ("Policja poinformowała w zeszłym roku, że 3 dni temu rannych było 12 osób.", "pl"),
    ("The report, published last week, covers 2019 and 2020.", None),
    ("警方周二表示，有12人受伤。", "zh"),
]


@pytest.mark.parametrize(("text", "lang"), MONTHS)
def test_a_month_is_read(text: str, lang: str | None) -> None:
    assert may_date_month(text, lang)
    assert any(d.precision == "month" for d in extract_dates(text, published="2026-12-05", language=lang))


@pytest.mark.parametrize(("text", "lang"), NO_MONTHS)
def test_no_month_no_read(text: str, lang: str | None) -> None:
    assert not may_date_month(text, lang)
    for published in (None, "2026-12-05"):
        assert not any(d.precision == "month" for d in extract_dates(text, published=published, language=lang))


def test_a_month_named_beside_another_in_brackets() -> None:
    # the reader blanks the second name ("يونيو (حزيران) 2024"); the first is still a month word
    text = "ارتفعت الأسعار في يونيو (حزيران) 2024 بنسبة 3 في المئة."
    assert may_date_month(text, "ar")
    assert any(d.precision == "month" for d in extract_dates(text, published="2026-12-05", language="ar"))
