"""A month that names a statistic's reference period is no event day (new-user check final36 §3): "Consumer
prices rose 0.4% in November from October" carried four date conflicts. "比10月" (from October) was read as
the event's month against "в ноябре", and "in November" of the CPI set against the rate decision's "am
Dienstag" / "martes" / "во вторник". The month a change is measured from is no date of the fact, and the
month a figure measures is compared only with another such month."""

from __future__ import annotations

import pytest

from storylens.analysis.quantities import compare_dated, extract_dates

_PUB = "2026-12-02"


def _unit(text: str, lang: str) -> tuple[str, tuple, str]:
    return text, tuple(extract_dates(text, published=_PUB, language=lang)), lang


@pytest.mark.parametrize(
    "a, b",
    [
        (("Потребительские цены в ноябре выросли на 0,4% по сравнению с октябрём.", "ru"),
         ("统计局表示，11月消费者价格比10月上涨0.4%。", "zh")),
        (("Consumer prices rose 0.4% in November.", "en"), ("物价比10月上涨0.4%。", "zh")),
        (("Die Verbraucherpreise stiegen im November um 0,4 Prozent.", "de"),
         ("Consumer prices rose 0.4% from October, the office said.", "en")),
        (("Consumer prices rose 3.1% in November from a year earlier, the statistics office said on Tuesday.", "en"),
         ("Die Zentralbank Valdorias hat den Leitzins am Dienstag von 4,75 auf 5,25 Prozent angehoben.", "de")),
        (("Consumer prices rose 3.1% in November from a year earlier, the statistics office said on Tuesday.", "en"),
         ("El banco central de Valdoria elevó el martes su tipo de interés al 5,25% desde el 4,75%.", "es")),
        (("Центральный банк во вторник повысил ключевую ставку до 5,25% с 4,75%.", "ru"),
         ("La inflación anual se situó en el 3,1% en noviembre.", "es")),
        (("The economy grew 0.5% in the third quarter of 2026, the office said.", "en"),
         ("Die Wirtschaft wuchs am Freitag um 0,5 Prozent.", "de")),
    ],
)
def test_a_statistic_month_is_no_event_day(a: tuple[str, str], b: tuple[str, str]) -> None:
    assert compare_dated(_unit(*a), _unit(*b)) == []


@pytest.mark.parametrize(
    "a, b",
    [
        # two reference months of one statistic still disagree
        (("Consumer prices rose 0.4% in November.", "en"), ("Die Verbraucherpreise stiegen im Oktober um 0,4 Prozent.", "de")),
        (("La inflación anual se situó en el 3,1% en noviembre.", "es"), ("Инфляция в октябре составила 3,1%.", "ru")),
        # an event's month with no statistic is the event's
        (("The central bank raised its rate to 5.25% in November.", "en"),
         ("Центральный банк повысил ставку до 5,25% в октябре.", "ru")),
        (("The bridge collapsed on Tuesday.", "en"), ("Die Brücke stürzte am Montag ein.", "de")),
    ],
)
def test_a_real_date_difference_still_conflicts(a: tuple[str, str], b: tuple[str, str]) -> None:
    assert compare_dated(_unit(*a), _unit(*b))
