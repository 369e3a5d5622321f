"""A month word that languages read as different months gives no date unless the text's language decides it
(break49 N5): Croatian "listopada" is October, Polish and Czech "listopada"/"listopadu" November. A Croatian page,
its language below the detector's floor (fastText: "hr" 0.29), was published "2025-11-12" through the Polish table,
and the similarity reasons, which read no Croatian, said "same dates: 26 November" beside an English 26 November."""

from __future__ import annotations

import pytest

from storylens.ingest.dates import disputed_month
from storylens.prepare.clean import clean_text
from storylens.similarity._common import _dates

HR = ("Požar u Zagrebu\n\nZAGREB, 12. listopada 2025. - Veliki požar izbio je u subotu u skladištu na istoku "
      "Zagreba, rekla je policija. Vatrogasci su gasili vatru šest sati. Ozlijeđena su tri radnika.\n")
PL = ("Pożar w Warszawie\n\nWARSZAWA, 12 listopada 2025 r. - Wielki pożar wybuchł w sobotę w magazynie na wschodzie "
      "Warszawy, poinformowała policja. Strażacy gasili ogień przez sześć godzin.\n")


@pytest.mark.parametrize(("word", "disputed"), [("listopada", True), ("Listopada", True), ("srpnja", False),
                                                ("November", False), ("noiembrie", False)])
def test_disputed_month_words(word, disputed):
    assert disputed_month(word) is disputed


def test_a_disputed_month_is_read_in_the_language_fasttext_ranks_first_among_those_it_names():
    # the Croatian page: "hr" ranked first at 0.29, below the detector's floor, Polish far behind
    assert clean_text(HR).published == "2025-10-12"
    assert clean_text(PL).published == "2025-11-12"


def test_the_similarity_dates_read_a_disputed_month_only_in_the_text_s_language():
    text = "Požar je izbio 26. listopada 2026. u Zagrebu."
    assert _dates(text, None)[1] == set()
    assert _dates(text, "pl")[1] == {"11-26"}
    assert _dates("The fire broke out on November 26, 2026.", None)[1] == {"11-26"}
