"""A weekday after an "until" word of its language resolves ahead of publication (trial 11: "jusqu'à
lundi", "hasta el lunes", "bis Montag", "حتى يوم الاثنين", "至下周一" in an article of Saturday 28
November became Monday 23 November, a false date conflict with the English "until Monday")."""

import pytest

from ._weekdays import LAST_FRIDAY, NEXT_FRIDAY
from ._weekdays import days as _days


@pytest.mark.parametrize(
    "text, lang",
    [
        ("The border crossing stays shut until Friday.", "en"),
        ("Der Grenzübergang bleibt bis Freitag gesperrt.", "de"),
        ("Le poste-frontière reste fermé jusqu'à vendredi.", "fr"),
        ("El paso fronterizo sigue cerrado hasta el viernes.", "es"),
        ("Il valico resta chiuso fino a venerdì.", "it"),
        ("Пункт пропуска закрыт до пятницы.", "ru"),
        ("يبقى المعبر مغلقا حتى يوم الجمعة.", "ar"),
        ("Szkoły pozostaną zamknięte do piątku.", "pl"),
        ("Sınır kapısı cumaya kadar kapalı kalacak.", "tr"),
        ("Sınır kapısı Cuma'ya kadar kapatıldı.", "tr"),
        ("边境口岸关闭至周五。", "zh"),
    ],
)
def test_weekday_after_an_until_word_is_ahead(text, lang):
    assert _days(text, lang) == [NEXT_FRIDAY]


@pytest.mark.parametrize(
    "text, lang",
    [
        ("Los comercios permanecerán cerrados el viernes.", "es"),
        ("I negozi resteranno chiusi venerdì.", "it"),
    ],
)
def test_weekday_with_a_future_verb_is_ahead(text, lang):
    assert _days(text, lang) == [NEXT_FRIDAY]


@pytest.mark.parametrize(
    "text, lang",
    [
        ("The border crossing was shut until Friday.", "en"),
        ("Der Markt war von Montag bis Freitag geöffnet.", "de"),
        ("Le marché était ouvert jusqu'à vendredi.", "fr"),
        ("El mercado estuvo abierto hasta el viernes.", "es"),
        ("La frontera se cerró el viernes.", "es"),
        ("Le séisme a frappé vendredi.", "fr"),
        ("截至周五，死亡人数升至12人。", "zh"),
        ("وقع الانفجار يوم الجمعة.", "ar"),
        ("Wybuch nastąpił w piątek.", "pl"),
        ("Patlama cuma günü meydana geldi.", "tr"),
        ("The crossing will reopen soon, officials said Friday.", "en"),
        ("وسجلت 5387 حالة وفاة حتى يوم الجمعة.", "ar"),
        ("Se registraron 120 muertes hasta el viernes.", "es"),
        ("La nueva fecha será en octubre, dijo el viernes el ministerio.", "es"),
    ],
)
def test_weekday_in_a_past_clause_stays_behind(text, lang):
    assert _days(text, lang)[-1] == LAST_FRIDAY


@pytest.mark.parametrize(
    "text, lang, days",
    [
        # Wednesday 2 December: a range ends on the first such day after its start
        ("Der Markt hat von Samstag bis Sonntag geöffnet.", "de", ["2026-11-28", "2026-11-29"]),
        ("The road is closed from Monday until Friday.", "en", ["2026-11-30", NEXT_FRIDAY]),
        ("El mercado abrió del sábado hasta el domingo.", "es", ["2026-11-28", "2026-11-29"]),
    ],
)
def test_weekday_range_ends_after_its_start(text, lang, days):
    assert _days(text, lang) == days


@pytest.mark.parametrize(
    "text, lang",
    [
        # trial 13: a forecast "before Thursday" in an article of Sunday became the Thursday before,
        # a false date conflict with the German "frühestens am Donnerstag" (the next Thursday)
        ("Forecasters said no significant rain was expected before Friday.", "en"),
        ("Rain is forecast for Friday.", "en"),
        ("Officials said the road would not reopen before Friday.", "en"),
        ("The road will reopen on Friday at the earliest.", "en"),
        ("Regen gibt es nach Angaben der Meteorologen frühestens am Freitag.", "de"),
        ("Laut den Meteorologen ist Regen nicht vor Freitag zu erwarten.", "de"),
        ("Aucune pluie significative n'est attendue avant vendredi.", "fr"),
        ("Les météorologues ont dit que la pluie était attendue vendredi.", "fr"),
        ("Los meteorólogos no prevén lluvias significativas antes del viernes.", "es"),
        ("Según los meteorólogos, se esperan lluvias el viernes.", "es"),
        ("Синоптики сообщили, что дождь ожидается в пятницу.", "ru"),
        ("Дождей не ожидается не раньше пятницы.", "ru"),
        ("气象部门预计周五之前不会有明显降雨。", "zh"),
        ("预计周五将有降雨。", "zh"),
    ],
)
def test_weekday_of_a_forecast_or_before_word_is_ahead(text, lang):
    assert _days(text, lang) == [NEXT_FRIDAY]


@pytest.mark.parametrize(
    "text, lang",
    [
        ("The fire was contained before Friday, officials said.", "en"),
        ("The blaze had destroyed 40 homes before Friday.", "en"),
        ("L'incendie avait été maîtrisé avant vendredi.", "fr"),
        ("Die Straße war vor Freitag gesperrt.", "de"),
        ("大火周五发生。", "zh"),
    ],
)
def test_weekday_before_word_in_a_past_clause_stays_behind(text, lang):
    assert _days(text, lang)[-1] == LAST_FRIDAY
