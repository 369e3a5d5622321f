"""break57 F6-F8 (qty59), inputs written for these tests: bare degrees are °C in a language whose press measures
heat in Celsius ("46 Grad" against "120 Grad Fahrenheit" was no difference at all), a scale's letter glued to a
number is a temperature in a temperature's clause ("Temperatures hit 46C", never "seat 46C"), and people joined by
"and" are one count, summed ("Ein Mann und zwei Kinder starben" against "Drei Menschen starben" gave the false
conflict "killed: 2 vs 3")."""

import pytest

from storylens.analysis.quantities import compare_numbers, extract_numbers


def _celsius(text: str, lang: str) -> list[float]:
    return [round(q.value, 1) for q in extract_numbers(text, lang) if q.unit == "°C" and q.value is not None]


@pytest.mark.parametrize(("lang", "text"), [
    ("de", "In Jacobabad wurden am Montag 46 Grad gemessen."),
    ("es", "Los termómetros marcaron 46 grados el lunes."),
    ("fr", "Le thermomètre a atteint 46 degrés lundi."),
    ("it", "Il termometro ha segnato 46 gradi lunedì."),
    ("ru", "Термометр показал 46 градусов в понедельник."),
])
def test_bare_degrees_are_celsius_in_a_celsius_language(lang: str, text: str):
    assert _celsius(text, lang) == [46.0]


def test_bare_degrees_against_fahrenheit_differ_or_agree():
    bare = extract_numbers("Los termómetros marcaron 46 grados el lunes en Jacobabad.", "es")
    hotter = extract_numbers("La temperatura llegó a 120 grados Fahrenheit el lunes en Jacobabad.", "es")
    assert compare_numbers(bare, hotter) == ["°C: 46 vs 120 °F"]
    same = extract_numbers("In Jacobabad wurden am Montag 115 Grad Fahrenheit gemessen.", "de")
    assert compare_numbers(extract_numbers("In Jacobabad wurden am Montag 46 Grad gemessen.", "de"), same) == []


@pytest.mark.parametrize(("lang", "text"), [
    ("de", "Die Regierung vollzog eine Kehrtwende um 180 Grad."),
    ("de", "Das Schiff drehte um 90 Grad nach Backbord."),
    ("fr", "Le gouvernement a pris un virage à 180 degrés."),
    ("es", "El partido dio un giro de 180 grados."),
])
def test_the_degrees_of_a_turn_are_no_temperature(lang: str, text: str):
    """break58 F3: "Kehrtwende um 180 Grad" against "Wende um 90 Grad" gave the conflict "°C: 180 vs 90"."""
    assert _celsius(text, lang) == []


def test_a_glued_scale_letter_without_its_clause_word_is_read_against_a_temperature():
    """break58 F2: "The Met Office recorded 33C" has no temperature word near it, so alone it stays a letter (a seat
    may be "33C"); against "Temperatures hit 34C" it is that temperature, and the two differ."""
    hit = extract_numbers("Temperatures hit 34C in London on Tuesday.", "en")
    recorded = extract_numbers("The Met Office recorded 33C in London on Tuesday.", "en")
    assert _celsius("The Met Office recorded 33C in London on Tuesday.", "en") == []
    assert compare_numbers(hit, recorded) == ["°C: 34 vs 33"]
    assert compare_numbers(hit, extract_numbers("The Met Office recorded 34C in London.", "en")) == []


def test_english_bare_degrees_have_no_scale():
    # "115 degrees" is Fahrenheit in the US press, Celsius elsewhere: no scale is guessed
    assert _celsius("Temperatures reached 46 degrees on Monday.", "en") == []


@pytest.mark.parametrize(("text", "celsius"), [
    ("Temperatures hit 46C in Jacobabad on Monday.", [46.0]),
    ("Temperatures hit 120F in Jacobabad on Monday.", [48.9]),
    ("The mercury soared to 49C on Sunday.", [49.0]),
    ("Highs of 104F are expected on Friday.", [40.0]),
    ("A passenger in seat 46C fainted.", []),
    ("Room 12F was flooded.", []),
    ("He filed Form 1040C late.", []),
    ("Temperatures hit 46C, and the passenger in seat 12F fainted.", [46.0]),
])
def test_a_glued_scale_letter_in_a_temperature_clause(text: str, celsius: list[float]):
    assert _celsius(text, "en") == celsius


def test_glued_scales_compare():
    a = extract_numbers("Temperatures hit 46C in Jacobabad on Monday.", "en")
    b = extract_numbers("Temperatures hit 120F in Jacobabad on Monday.", "en")
    assert compare_numbers(a, b) == ["°C: 46 vs 120 °F"]


@pytest.mark.parametrize(("lang", "text", "total"), [
    ("de", "Ein Mann und zwei Kinder starben an einem Hitzschlag.", 3.0),
    ("de", "Dabei wurden eine Frau und ein Kind getötet.", 2.0),
    ("de", "Zwei Kinder und eine Frau wurden getötet.", 3.0),
    ("fr", "Un homme et deux enfants sont morts d'un coup de chaleur.", 3.0),
    ("fr", "Deux enfants et une femme ont été tués.", 3.0),
    ("es", "Un hombre y dos niños murieron por un golpe de calor.", 3.0),
    ("es", "Murieron dos niños y una mujer.", 3.0),
    ("en", "A man and two children died of heatstroke.", 3.0),
    ("en", "A man, a woman and two children were killed.", 4.0),
    ("en", "Two children and a man were killed in the attack.", 3.0),
    ("it", "Un uomo e due bambini sono morti.", 3.0),
    ("nl", "Een man en twee kinderen kwamen om het leven.", 3.0),
])
def test_people_joined_by_and_are_one_summed_toll(lang: str, text: str, total: float):
    assert [q.value for q in extract_numbers(text, lang) if q.unit == "killed"] == [total]


@pytest.mark.parametrize(("lang", "text", "want"), [
    ("en", "12 people were injured and two were killed.", [(12.0, "injured"), (2.0, "killed")]),
    ("en", "Two people were killed and a woman was injured.", [(2.0, "killed"), (1.0, "injured")]),
    ("en", "A man died and two children were injured.", [(1.0, "killed"), (2.0, "injured")]),
    ("en", "The floods killed 300 cattle and 12 people.", [(300.0, "cattle"), (12.0, "killed")]),
    ("fr", "Le pays compte 17 000 infections connues et 150 morts.", [(17000.0, "infections"), (150.0, "killed")]),
])
def test_tolls_of_their_own_are_not_summed(lang: str, text: str, want: list):
    assert [(q.value, q.unit) for q in extract_numbers(text, lang)] == want


@pytest.mark.parametrize(("lang", "a", "b"), [
    ("de", "Ein Mann und zwei Kinder starben an einem Hitzschlag.", "Drei Menschen starben an einem Hitzschlag."),
    ("de", "Dabei wurden eine Frau und ein Kind getötet.", "Zwei Menschen kamen ums Leben."),
    ("fr", "Un homme et deux enfants sont morts.", "Trois personnes sont mortes."),
    ("es", "Un hombre y dos niños murieron.", "Murieron tres personas."),
    ("en", "A man and two children died of heatstroke.", "Three people died of heatstroke."),
])
def test_a_coordinated_toll_agrees_with_its_sum(lang: str, a: str, b: str):
    assert compare_numbers(extract_numbers(a, lang), extract_numbers(b, lang)) == []
