"""A clock time's anchor reads its half of the day (review4 #2): "3:17 a.m." and "a las 3.17 de la tarde"
were one anchor key (T:197), and the quake joined its afternoon aftershock; "um 2.15 Milliarden Euro" was
read as 2:15. Inputs written for these tests."""

from __future__ import annotations

import pytest

from storylens.analysis.quantities import extract_times, time_readings


@pytest.mark.parametrize(("lang", "text", "minutes"), [
    ("en", "The quake hit at 3:17 a.m. local time.", {197}),
    ("en", "The aftershock came at 3:17 p.m.", {917}),
    ("es", "Una réplica sacudió la zona a las 3.17 de la tarde.", {917}),
    ("de", "Das Nachbeben kam um 3.17 Uhr nachmittags.", {917}),
    ("fr", "La réplique a eu lieu à 9h15 du soir.", {1275}),
    ("zh", "余震发生在下午3时17分。", {917}),
    ("de", "Das Beben ereignete sich um 3.17 Uhr Ortszeit.", {197}),
    ("de", "Das Beben ereignete sich um 15.17 Uhr.", {917}),
    ("en", "The quake hit at 3:17 local time.", {197, 917}),  # either half: both readings
])
def test_a_time_reads_its_half_of_the_day(lang, text, minutes):
    assert time_readings(text, lang) == minutes


def test_morning_and_afternoon_share_no_reading():
    assert not time_readings("The quake hit at 3:17 a.m.", "en") & time_readings("a las 3.17 de la tarde", "es")


@pytest.mark.parametrize("text", ["Die Ausgaben stiegen um 2.15 Milliarden Euro.", "Der Zins sank um 1.25 Prozent."])
def test_an_amount_after_um_is_no_time(text):
    assert extract_times(text, "de") == ()
