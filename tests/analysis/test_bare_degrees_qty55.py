"""qty55, inputs written for these tests: an English bare degree ("Temperatures reached 40 degrees") is read in a
scale only when its own text writes one or against the other side's temperature, in whichever scale agrees; an angle
("turned 180 degrees", "the wind shifted 45 degrees") stays none (break-it fault: "40 degrees" / "40 Grad" were never
compared)."""

import pytest

from storylens.analysis.quantities import compare_numbers, extract_numbers


def _temps(text: str, lang: str) -> list[tuple[float, str | None]]:
    return [(round(q.value, 1), q.unit) for q in extract_numbers(text, lang) if q.value is not None]


@pytest.mark.parametrize(("en", "other", "lang", "want"), [
    ("Temperatures reached 40 degrees on Monday.", "Die Temperaturen erreichten am Montag 40 Grad.", "de", []),
    ("Temperatures reached 42 degrees on Monday.", "Die Temperaturen erreichten am Montag 40 Grad.", "de",
     ["°C: 42 degrees vs 40"]),
    ("Temperatures reached 115 degrees on Monday.", "Les températures ont atteint 46 degrés lundi.", "fr", []),
    ("Temperatures reached 120 degrees on Monday.", "Las temperaturas alcanzaron 46 grados el lunes.", "es",
     ["°C: 120 degrees vs 46"]),
    ("The mercury hit 46 degrees on Monday.", "Temperatures reached 46°C on Monday.", "en", []),
    ("The mercury hit 44 degrees on Monday.", "Temperatures reached 46°C on Monday.", "en", ["°C: 44 degrees vs 46"]),
])
def test_an_english_bare_degree_is_read_against_the_other_sides_temperature(en: str, other: str, lang: str,
                                                                           want: list[str]):
    """fault 4: "40 degrees" against "40 Grad" was never compared (English degrees have no scale)."""
    assert compare_numbers(extract_numbers(en, "en"), extract_numbers(other, lang)) == want


@pytest.mark.parametrize(("text", "want"), [
    ("Temperatures hit 46C on Monday. On Tuesday temperatures reached 44 degrees.", [(46.0, "°C"), (44.0, "°C")]),
    ("Highs of 104F were expected; temperatures reached 110 degrees on Sunday.", [(40.0, "°C"), (43.3, "°C")]),
    # both scales written: the bare one stays unread
    ("Temperatures hit 40C (104F); the mercury reached 38 degrees later.", [(40.0, "°C"), (40.0, "°C"), (38.0, "degrees")]),
    ("Temperatures reached 40 degrees on Monday.", [(40.0, "degrees")]),
])
def test_an_english_bare_degree_takes_the_one_scale_its_text_writes(text: str, want: list):
    assert _temps(text, "en") == want


@pytest.mark.parametrize(("en", "other", "lang"), [
    ("The ship turned 180 degrees.", "Das Schiff drehte um 90 Grad.", "de"),
    ("The wind shifted 45 degrees.", "Die Temperaturen erreichten 30 Grad.", "de"),
    ("The plane climbed at 30 degrees.", "La température a atteint 10 degrés.", "fr"),
    ("The wind shifted 45 degrees as temperatures reached 30 degrees.", "Die Temperaturen erreichten 30 Grad.", "de"),
])
def test_an_angle_in_degrees_stays_no_temperature(en: str, other: str, lang: str):
    assert compare_numbers(extract_numbers(en, "en"), extract_numbers(other, lang)) == []


@pytest.mark.parametrize(("a", "b", "want"), [
    # a US and a UK report of one heat: 115 °F is 46 °C
    ("Temperatures reached 115 degrees.", "Temperatures reached 46 degrees.", []),
    ("Temperatures reached 104 degrees.", "The mercury hit 40 degrees.", []),
    ("Temperatures reached 40 degrees.", "Temperatures reached 42 degrees.", ["degrees (temperature): 40 vs 42"]),
    # degrees of no temperature are never set against a temperature's
    ("The ship turned 180 degrees.", "Temperatures reached 40 degrees.", []),
    ("It was 115 degrees in Phoenix.", "Temperatures reached 46 degrees.", []),
    ("The ship turned 180 degrees.", "The ship turned 90 degrees.", ["degree: 180 vs 90"]),
])
def test_two_english_sides_of_bare_degrees(a: str, b: str, want: list[str]):
    assert compare_numbers(extract_numbers(a, "en"), extract_numbers(b, "en")) == want
