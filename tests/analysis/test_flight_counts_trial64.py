"""trial64 F9: "航空各社は1200便以上を欠航とした" read the unit "便以" (a Han unit read two characters at a time kept the
first character of "以上", more than), and 便 (the counter of flights) and 航班 measured nothing, so the ledger showed
"便以: at least 1200 (d2) vs about 2000 (d3)" beside "flights: …". Flights are one measure in every language with
the aircraft one, and a Han unit ends where a bound written after it starts. Inputs written for these tests."""

import pytest

from storylens.analysis.quantities import extract_numbers, unit_key


def _one(text: str, lang: str):
    (q,) = [q for q in extract_numbers(text, lang) if q.value is not None]
    return q


@pytest.mark.parametrize("text, lang, approx", [
    ("航空各社は1200便以上を欠航とした。", "ja", "above"),
    ("航空各社は約2000便を欠航とした。", "ja", "approx"),
    ("100便余りが欠航した。", "ja", "above"),
    ("3000便近くが欠航した。", "ja", "near"),
    ("九州新干线全线停运，约2000个航班取消。", "zh", "approx"),
    ("More than 1,200 flights were cancelled.", "en", "above"),
    ("Mehr als 1200 Flüge fielen aus.", "de", "above"),
    ("Отменены более 1200 рейсов.", "ru", "above"),
    ("Se cancelaron más de 1.200 vuelos.", "es", "above"),
], ids=["ja-ijo", "ja-yaku", "ja-amari", "ja-chikaku", "zh", "en", "de", "ru", "es"])
def test_a_count_of_flights_is_the_flight_measure_with_its_bound(text, lang, approx):
    q = _one(text, lang)
    assert unit_key(q.unit, lang) == "flight" and q.approx == approx


@pytest.mark.parametrize("text, unit", [
    ("300戸以上が停電した。", "戸"),
    ("200件以上の通報があった。", "件"),
], ids=["households", "cases"])
def test_a_han_unit_ends_where_the_bound_after_it_starts(text, unit):
    q = _one(text, "ja")
    assert q.unit == unit and q.approx == "above"
