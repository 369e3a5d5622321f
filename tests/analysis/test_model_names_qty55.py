"""qty55, inputs written for these tests: a model's designation is no figure ("Boeing 737 MAX 8" read the 8;
"iPhone 15", "PlayStation 5", "Flight 447", "Боинг 737" are names too), while the figures beside it stay."""

import pytest

from storylens.analysis.quantities import extract_numbers


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The Boeing 737 MAX 8 crashed shortly after take-off."),
    ("de", "Die Boeing 737 MAX 8 stürzte kurz nach dem Start ab."),
    ("ru", "Самолёт Боинг 737 разбился."),
    ("en", "Apple unveiled the iPhone 15 on Tuesday."),
    ("en", "A Sukhoi Superjet 100 caught fire."),
    ("en", "Tesla delivered more Model 3 cars."),
    ("en", "Sony sold the PlayStation 5 and Microsoft the Xbox 360."),
    ("en", "The update comes with iOS 17 and Android 14."),
    ("en", "Air France Flight 447 crashed into the Atlantic."),
    ("en", "Two F-16 jets escorted the Boeing 787-9 and an Airbus A320neo."),
    ("en", "Flight MH17 was shot down; Apollo 11 landed; COVID-19 spread."),
])
def test_a_model_designation_is_no_figure(lang: str, text: str):
    """fault 5: "Boeing 737 MAX 8" read as the figure 8 ("MAX" is an English word in capitals)."""
    assert [q.value for q in extract_numbers(text, lang) if q.unit != "jets"] == []


@pytest.mark.parametrize(("lang", "text", "want"), [
    ("de", "Das iPhone 15 kostet 949 Euro.", [949.0]),
    ("en", "A Cessna 172 crashed, killing 2 people.", [2.0]),
    ("en", "DeSantis 40, Haley 30.", [40.0, 30.0]),
    ("en", "McCarthy won 216 votes.", [216.0]),
    ("en", "DeSantis 40 percent, Trump 50 percent.", [40.0, 50.0]),
])
def test_the_figures_beside_a_model_name_stay(lang: str, text: str, want: list[float]):
    assert [q.value for q in extract_numbers(text, lang)] == want
