"""A month's name is read in the text's own language (try48 F9): Croatian "listopada" is October where Polish
"listopada" is November, and a word that is a month only in a language the page is not written in ("any", Catalan
and English for "year", an Ewe month) is no date. The header's reader detects the page's language only when the
month word needs it (prepare.clean._date_languages, _foreign_date); the analysis and similarity readers take the
language they are given."""

from __future__ import annotations

import pytest

from storylens.analysis.quantities._dates import extract_dates
from storylens.ingest.dates import month_day
from storylens.prepare.clean import clean_text
from storylens.similarity._common import _dates

_BODY = {
    "hr": "Požar je lokaliziran nakon četiri sata. Uzrok požara još nije poznat, a policija provodi očevid.",
    "pl": "Pożar opanowano po czterech godzinach. Przyczyna nie jest jeszcze znana, a policja prowadzi śledztwo.",
    "ca": "L'incendi es va controlar després de quatre hores. La causa encara no es coneix i la policia investiga.",
    "en": "The fire was brought under control after four hours. The cause is not yet known and police are investigating.",
}


@pytest.mark.parametrize(("lang", "line", "date"), [
    ("hr", "26. listopada 2026", "2026-10-26"),  # before: 2026-11-26 (Polish read first)
    ("pl", "26 listopada 2026", "2026-11-26"),
    ("hr", "26. studenoga 2026", "2026-11-26"),
    ("ca", "26 any 2026", None),  # before: 2026-09-26 (an Ewe month)
    ("en", "26 any 2026", None),
    ("en", "26 noiembrie 2026", "2026-11-26"),  # a Romanian date over an English text is still read
    ("en", "May 5, 2026", "2026-05-05"),
])
def test_a_header_date_is_read_in_the_page_language(lang, line, date):
    clean = clean_text(f"Fire in a warehouse\n\n{line}\n\n{_BODY[lang]} {_BODY[lang]}\n")
    assert clean.published == date


def test_a_dateline_day_is_read_in_the_page_language():
    hr = clean_text("Požar u skladištu\n\nZAGREB, 26. listopada (Hina) - Veliki požar izbio je u ponedjeljak navečer "
                    f"u skladištu na istoku Zagreba, priopćila je policija.\n{_BODY['hr']}\n")
    pl = clean_text("Pożar magazynu\n\nWARSZAWA, 26 listopada (PAP) - Duży pożar wybuchł w poniedziałek wieczorem "
                    f"w magazynie we wschodniej Warszawie, poinformowała policja.\n{_BODY['pl']}\n")
    assert (hr.dateline_day, pl.dateline_day) == ("--10-26", "--11-26")
    assert month_day("26. listopada", "hr") == "--10-26" and month_day("26. listopada") == "--11-26"


def test_the_analysis_and_similarity_readers_take_the_text_language():
    hr = [d.date for d in extract_dates("Požar je izbio 26. listopada 2026. u Zagrebu.", published="2026-10-27",
                                        language="hr")]
    pl = [d.date for d in extract_dates("Pożar wybuchł 26 listopada 2026 r. w Łodzi.", published="2026-11-27",
                                        language="pl")]
    assert hr == ["2026-10-26"] and pl == ["2026-11-26"]
    assert _dates("Požar je izbio 26. listopada 2026.", "hr")[1:] == ({"10-26"}, {10})
    assert _dates("Pożar wybuchł 26 listopada 2026 r.", "pl")[1:] == ({"11-26"}, {11})
