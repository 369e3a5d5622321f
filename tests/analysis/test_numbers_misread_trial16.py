"""Numbers misread in new-user trial 16 #8 (an earthquake in Van): Turkish "2 bin 300'den fazla" was two
figures (2000, unit "den"; 300, unit "fazla"); the Spanish time "las 1.17" a figure 1.17; the Arabic
"أكتوبر/تشرين الأول 2011" dated 2026-10 (the first month name took the year of publication)."""

from __future__ import annotations

import pytest

from storylens.analysis.quantities import extract_dates, extract_numbers, extract_times


@pytest.mark.parametrize(
    "text, lang, value, approx",
    [
        ("Bölgede 2 bin 300'den fazla arama kurtarma personeli görev yapıyor.", "tr", 2300, "above"),
        ("Bölgeye 2 bin 300 kurtarmacı sevk edildi.", "tr", 2300, None),
        ("Más de 2 mil 300 rescatistas trabajan en la zona.", "es", 2300, "above"),
        ("Yaklaşık 1 milyon 200 bin kişi etkilendi.", "tr", 1_200_000, "approx"),
    ],
)
def test_a_scale_word_and_its_remainder_are_one_figure(text, lang, value, approx):
    figures = [q for q in extract_numbers(text, lang) if q.value is not None]
    assert [(q.value, q.approx) for q in figures] == [(value, approx)]
    assert figures[0].unit not in ("den", "fazla")


def test_a_spanish_time_after_las_is_no_figure():
    text = "El sismo se produjo a las 3.17 hora local (las 1.17 en la España peninsular)."
    assert extract_numbers(text, "es") == ()
    assert [t.text for t in extract_times(text, "es")] == ["3.17", "1.17"]


@pytest.mark.parametrize(
    "text",
    ["وضرب زلزال بقوة 7.1 درجة المنطقة نفسها في أكتوبر/تشرين الأول 2011 وأودى بحياة 644 شخصا.",
     "وضرب زلزال المنطقة في أكتوبر / تشرين الأول 2011."],
)
def test_a_month_named_twice_keeps_its_year(text):
    assert [d.date for d in extract_dates(text, published="2026-11-24", language="ar")] == ["2011-10"]
