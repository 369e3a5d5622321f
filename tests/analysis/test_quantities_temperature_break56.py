"""Temperatures are read in degrees Celsius whatever scale they are written in, so "46 degrees Celsius" and
"115 Grad Fahrenheit" (46.1 °C) are one figure, and "119 °F" (48.3 °C) is another (break56 F7: "degrees: 46 vs 115",
and an English pair gave the false conflict "degree: 46 vs 115"). Inputs written for these tests."""

import pytest

from storylens.analysis.quantities import compare_numbers, extract_numbers


def _temperature(text: str, lang: str):
    return next(q for q in extract_numbers(text, lang) if q.unit == "°C")


@pytest.mark.parametrize(("lang", "text", "celsius"), [
    ("en", "Temperatures in Seville reached 46 degrees Celsius on Saturday.", 46.0),
    ("en", "Temperatures in Seville hit 115 degrees Fahrenheit on Saturday.", 46.1),
    ("en", "Temperatures reached 115 °F on Saturday.", 46.1),
    ("de", "Die Temperaturen in Sevilla erreichten am Samstag 115 Grad Fahrenheit.", 46.1),
    ("fr", "Le thermomètre a atteint 46 degrés Celsius samedi à Séville.", 46.0),
    ("es", "Los termómetros marcaron 46 grados centígrados en Sevilla.", 46.0),
    ("pl", "Temperatura w Sewilli sięgnęła 46 stopni Celsjusza.", 46.0),
    ("ru", "Температура в Севилье достигла 46 градусов по Цельсию.", 46.0),
    ("zh", "塞维利亚气温达到46摄氏度。", 46.0),
])
def test_a_temperature_is_read_in_celsius(lang: str, text: str, celsius: float):
    assert _temperature(text, lang).value == pytest.approx(celsius, abs=0.05)


def test_both_scales_in_one_sentence():
    got = [round(q.value, 1) for q in extract_numbers("Temperatures reached 46 °C (115 °F) on Saturday.", "en")]
    assert got == [46.0, 46.1]


def test_two_scales_of_one_temperature_agree():
    celsius = extract_numbers("Temperatures in Seville reached 46 degrees Celsius on Saturday.", "en")
    fahrenheit = extract_numbers("Die Temperaturen in Sevilla erreichten am Samstag 115 Grad Fahrenheit.", "de")
    assert compare_numbers(celsius, fahrenheit) == []
    hotter = extract_numbers("Temperatures in Seville hit 119 degrees Fahrenheit on Saturday.", "en")
    assert compare_numbers(celsius, hotter) == ["°C: 46 vs 119 °F"]


def test_a_letter_after_a_number_is_no_scale():
    assert not [q for q in extract_numbers("Passengers in seat 46C and in room 12F were moved.", "en") if q.unit == "°C"]
