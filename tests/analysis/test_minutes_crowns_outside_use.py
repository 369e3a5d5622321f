"""Figures of the outside-USE pairs (benchmarks/data/outside_use) with one figure changed by hand: "10
хвилин" / "13 минут" and "5 miliard korun" / "8 Milliarden Kronen" were no conflict, as minutes were a
unit of no language ("хвилин" and "минут" two units) and Czech had no currency words ("korun" a count).
Minutes are a measure in every spaced language's text data, and cs.json names the crown, the euro and
the dollar."""

from __future__ import annotations

import pytest

from storylens.analysis.quantities import compare_numbers, extract_numbers


@pytest.mark.parametrize(("la", "a", "lb", "b"), [
    ("uk", "Інтервал між поїздами становитиме 10 хвилин.", "ru", "Интервал между поездами составит 13 минут."),
    ("en", "Trains will run every 10 minutes.", "de", "Die Züge fahren alle 13 Minuten."),
    ("pl", "Pociągi będą kursować co 10 minut.", "es", "Los trenes pasarán cada 13 minutos."),
    ("cs", "Vlaky pojedou každých 10 minut.", "fr", "Les trains passeront toutes les 13 minutes."),
])
def test_minutes_are_one_unit_in_every_language(la, a, lb, b):
    assert compare_numbers(extract_numbers(a, la), extract_numbers(b, lb)) == ["minute: 10 vs 13"]


@pytest.mark.parametrize(("text", "value"), [
    ("Investice do závodu dosáhne 5 miliard korun.", 5e9), ("Pokuta činí 200 000 Kč.", 2e5),
    ("Vláda vyčlení 3 miliony eur.", 3e6),
])
def test_czech_money_has_its_currency(text, value):
    found = [(q.value, q.unit, q.kind) for q in extract_numbers(text, "cs")]
    assert found[0][0] == value and found[0][2] == "money" and found[0][1] in ("CZK", "EUR")


def test_czech_crowns_against_german_kronen():
    cs = extract_numbers("Investice do závodu dosáhne 5 miliard korun.", "cs")
    de = extract_numbers("Die Investition in das Werk beläuft sich auf 8 Milliarden Kronen.", "de")
    assert compare_numbers(cs, de) == ["czk: 5 miliard vs 8 Milliarden"]
