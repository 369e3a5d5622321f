"""Figures of one claim paired with the wrong figure of the other (trial 15 #3, an ECB rate cut): two
other rates beside a shared one, a former rate ("from 2.2% in April") against a target, and a month
("in May") the extraction lost. A changed figure among shared ones is still a conflict."""

from __future__ import annotations

import pytest

from storylens.analysis.conflicts import filter_numbers
from storylens.analysis.quantities import compare_dates, compare_numbers, extract_dates, extract_numbers

PUB = "2025-06-05"


def _conflicts(a, lang_a, b, lang_b):
    kinds_a = filter_numbers(a, extract_numbers(a, lang_a))
    kinds_b = filter_numbers(b, extract_numbers(b, lang_b))
    return [m for k in kinds_a if k in kinds_b for m in compare_numbers(kinds_a[k], kinds_b[k])]


@pytest.mark.parametrize(
    "a, lang_a, b, lang_b",
    [
        ("The main refinancing rate falls to 2.15% and the marginal lending rate to 2.40%.", "en",
         "وتراجع سعر الفائدة على الودائع إلى 2 في المائة، وسعر إعادة التمويل الرئيسي إلى 2.15 في المائة.", "ar"),
        ("Der Hauptrefinanzierungssatz liegt künftig bei 2,15 Prozent, der Spitzenrefinanzierungssatz bei 2,40 Prozent.", "de",
         "La tasa de depósito queda en el 2%, y la de refinanciación en el 2,15%.", "es"),
        ("Euro zone inflation slowed to 1.9% in May from 2.2% in April, Eurostat data showed on Tuesday.", "en",
         "La inflación de la zona euro bajó en mayo al 1,9%, por debajo del objetivo del 2%.", "es"),
        ("Инфляция в еврозоне в мае составила 1,9% против 2,2% в апреле.", "ru",
         "L'inflation est tombée à 1,9 % en mai, sous l'objectif de 2 %.", "fr"),
    ],
)
def test_figures_of_other_things_beside_a_shared_one_are_no_conflict(a, lang_a, b, lang_b):
    assert _conflicts(a, lang_a, b, lang_b) == []


@pytest.mark.parametrize(
    "a, b",
    [
        ("The party won 89 seats with 28.4% and the other 78 seats.", "The party won 91 seats with 28.2% and the other 78 seats."),
        ("The deposit rate falls to 2.00% and the MRO to 2.15%.", "The deposit rate falls to 1.75% and the MRO to 2.15%."),
        ("Inflation slowed to 1.9% from 2.2%.", "Inflation slowed to 1.9% from 2.4%."),
    ],
)
def test_a_changed_figure_at_the_same_place_is_still_a_conflict(a, b):
    assert _conflicts(a, "en", b, "en")


def test_a_month_of_four_letters_is_a_month():
    en = extract_dates("Euro zone inflation slowed to 1.9% in May from 2.2% in April, Eurostat data showed on Tuesday.",
                       published=PUB, language="en")
    ru = extract_dates("Инфляция в еврозоне в мае замедлилась до 1,9% годовых.", published=PUB, language="ru")
    assert "2025-05" in [d.date for d in en]
    assert compare_dates(en, ru) == []
    assert [d.date for d in extract_dates("Prices rose in June and fell in July.", published=PUB,
                                          language="en")] == ["2025-06", "2025-07"]
    assert extract_dates("Theresa May spoke.", published=PUB, language="en") == ()
