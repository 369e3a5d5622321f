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


def _time_conflicts(a: tuple[str, str], b: tuple[str, str]) -> list[str]:
    from storylens.analysis.claims import Unit
    from storylens.report.pipeline import _Measures

    units = [Unit(doc, f"{doc}:s0", text, 0, len(text), lang) for doc, (text, lang) in (("d1", a), ("d2", b))]
    return [m for m in _Measures({"d1": "2026-09-16", "d2": "2026-09-16"}).measure_conflicts(*units) if m.startswith("time:")]


_AM = ("At 3:17 a.m. the dam at Stronie Slaskie burst, flooding the town.", "en")
_DE_AM = ("Um 3.17 Uhr brach der Damm in Stronie Śląskie und überflutete die Stadt.", "de")


@pytest.mark.parametrize("pm", [
    ("O godzinie 15.17 po południu pękła tama w Stroniu Śląskim, zalewając miasto.", "pl"),
    ("A las 3.17 de la tarde se rompió la presa de Stronie Śląskie e inundó la ciudad.", "es"),
    ("The dam at Stronie Slaskie burst at 3:17 p.m., flooding the town.", "en"),
])
@pytest.mark.parametrize("am", [_AM, _DE_AM])
def test_the_other_half_of_the_day_is_a_time_conflict(am, pm):
    """final32 #3: twelve hours apart with both halves written is no time zone but a.m. against p.m.: it was
    one shared claim, never reported."""
    found = _time_conflicts(am, pm)
    assert found and "(03:17)" in found[0] and "(15:17)" in found[0], found


@pytest.mark.parametrize("other", [
    ("El dique se rompió a las 3.17 de la madrugada.", "es"),  # the same half
    ("The dam burst at 3:17, flooding the town.", "en"),  # no half written: either
    ("Der Damm brach um 4.17 Uhr deutscher Zeit.", "de"),  # an hour apart: a time zone
])
def test_the_same_half_or_an_unwritten_one_or_a_time_zone_is_no_conflict(other):
    assert _time_conflicts(_AM, other) == []
