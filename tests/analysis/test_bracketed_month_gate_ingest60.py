"""extract_dates runs its bracketed-second-month pattern only on a text where _second_month_name finds a month name
after a bracket or a slash (ingest60): every text the pattern changes must pass that gate, and the dates read with
the gate are those read without it."""

from __future__ import annotations

import pytest

from storylens.analysis.quantities import _dates, extract_dates
from storylens.text import all_month_names

PUB = "2026-12-05"

# (text, language, the month the first name gives with the year after the second): the second name is blanked
SECOND_NAMES = [
    ("ارتفعت الأسعار في يونيو (حزيران) 2024 بنسبة 3 في المئة.", "ar", "2024-06"),
    ("وقّع الاتفاق في أكتوبر/تشرين الأول 2011 في القاهرة.", "ar", "2011-10"),
    ("Die Preise stiegen im Juni (June) 2024 um 3 Prozent.", "de", "2024-06"),
    ("Les prix ont augmenté en juin / June 2024 de 3 %.", "fr", "2024-06"),
]

# brackets and slashes that hold no month name after them: the gate says no, and the dates are as without it
NO_SECOND_NAME = [
    ("WASHINGTON (AP) - Prices rose in June 2024, the agency said on 12/05/2024.", "en"),
    ("La policía (según su portavoz) informó el 12/05/2024 que hubo 12 heridos en junio.", "es"),
    ("Der Zug (ICE 578) fuhr am 3. Juni 2024 um 15.10 Uhr ab, km/h 120.", "de"),
    ("Policja (KSP) poinformowała 3 czerwca 2024 r., że 1/3 rannych to dzieci.", "pl"),
]


def _ungated(text: str, published: str | None, language: str | None) -> tuple:
    """extract_dates as before the gate: the pattern run on every text with a bracket or a slash."""
    original = text
    if "(" in text or "/" in text:
        text = _dates._bracketed_month().sub(lambda m: m.group(1) + " " * (len(m.group()) - len(m.group(1))), text)
    found = _dates._weekday_ranges(text, _dates._date_candidates(text, published=published, language=language,
                                                                 dayfirst=None), lang=language, published=published)
    found = _dates._without_non_dates(text, found, language)
    if text == original and _dates.normalise_digits(original) == original:
        return tuple(found)
    return tuple(_dates.replace(d, text=original[d.start : d.end].strip()) for d in found)


@pytest.mark.parametrize(("text", "lang", "month"), SECOND_NAMES)
def test_a_second_month_name_passes_the_gate(text: str, lang: str, month: str) -> None:
    assert _dates._bracketed_month().search(text)
    assert _dates._second_month_name().search(text)
    found = extract_dates(text, published=PUB, language=lang)
    assert month in [d.date for d in found]
    assert found == _ungated(text, PUB, lang)


@pytest.mark.parametrize(("text", "lang"), NO_SECOND_NAME)
def test_no_second_month_name_skips_the_pattern(text: str, lang: str) -> None:
    assert _dates._second_month_name().search(text) is None
    assert _dates._bracketed_month().search(text) is None
    assert extract_dates(text, published=PUB, language=lang) == _ungated(text, PUB, lang)


def test_every_pair_of_month_names_passes_the_gate() -> None:
    # the gate's names are the pattern's: each pair the pattern blanks, bracketed or after a slash, passes the gate
    names = sorted(all_month_names())
    firsts, seconds = names[::7], names[3::5]
    for a, b in zip(firsts, seconds, strict=False):
        for text in (f"في {a} ({b}) 2024", f"in {a}/ {b} 2024", f"in {a} /{b}."):
            if _dates._bracketed_month().search(text):
                assert _dates._second_month_name().search(text), text
