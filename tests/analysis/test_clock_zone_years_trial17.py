"""A four-digit clock time with its zone is no year (new-user trial 17 #10): "polls closed at 9 p.m.
(1900 GMT)" gave a timeline entry dated 1900 and the similarity reason "same dates: … 1900"."""

from __future__ import annotations

import pytest

from storylens.analysis.quantities import extract_dates
from storylens.similarity._common import _dates


@pytest.mark.parametrize(
    "text, lang",
    [
        ("An exit poll by Ipsos published when polls closed at 9 p.m. (1900 GMT) on Sunday had put PiS at 36.8%.", "en"),
        ("Die Wahllokale schlossen um 21.00 Uhr MESZ (1900 GMT), die Hochrechnung kam um 2000 GMT.", "de"),
        ("Les bureaux de vote ont fermé à 21h00 (1900 GMT).", "fr"),
    ],
)
def test_a_zoned_clock_time_is_no_year(text, lang):
    assert not any(d.date in ("1900", "2000") for d in extract_dates(text, published="2023-10-17", language=lang))
    assert not _dates(text)[0] & {"1900", "2000"}


@pytest.mark.parametrize("text", ["Turnout was the highest since 1989.", "The 2000 GMT deadline passed in 2019."])
def test_a_year_is_still_a_year(text):
    years = {d.date for d in extract_dates(text, published="2023-10-17", language="en")}
    assert years & {"1989", "2019"} and _dates(text)[0] & {"1989", "2019"}
