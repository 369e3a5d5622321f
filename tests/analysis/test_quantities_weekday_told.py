"""A weekday that dates a telling ("wie die Behörden am Sonntag mitteilten", "ont annoncé dimanche les
autorités") looks back from the article's date (new-user trial 46 W5, a ferry capsized in the Sea of
Marmara): "23 Menschen werden noch vermisst, wie die Behörden am Sonntag mitteilten." in an article of
Sunday 29 November 2026 was dated 6 December, a week after every article, because the clause before the
weekday held "werden" (a passive, read as the future). The verbs of telling are language data
("reporting_verbs", "source_verbs"); a future of the weekday's own clause still puts it ahead."""

from functools import partial

import pytest

from ._weekdays import days

# Sunday 29 November 2026, itself a Sunday: "Sunday" is that day, "Saturday" the 28th.
PUBLISHED = "2026-11-29"


_days = partial(days, published=PUBLISHED)


@pytest.mark.parametrize(
    "weekday_sentence, dated_sentence, lang",
    [
        ("23 Menschen werden noch vermisst, wie die Behörden am Sonntag mitteilten.",
         "Die Fähre kenterte am Samstag, dem 28. November, gegen 4.30 Uhr.", "de"),
        ("Die Suche wird fortgesetzt, wie die Polizei am Sonntag mitteilte.",
         "Die Fähre kenterte am Samstag, dem 28. November.", "de"),
        ("Twenty-three people will remain missing, officials said on Sunday.",
         "The ferry capsized on Saturday, November 28.", "en"),
        ("Les recherches seront poursuivies, ont annoncé dimanche les autorités.",
         "Le ferry a chaviré samedi 28 novembre.", "fr"),
        ("Vingt-trois personnes seront encore recherchées, selon ce qu'ont indiqué les autorités dimanche.",
         "Le ferry a chaviré samedi 28 novembre.", "fr"),
        ("Veintitrés personas seguirán desaparecidas, informaron el domingo las autoridades.",
         "El ferri volcó el sábado 28 de noviembre.", "es"),
        ("La búsqueda continuará, según informaron las autoridades el domingo.",
         "El ferri volcó el sábado 28 de noviembre.", "es"),
    ],
)
def test_a_weekday_of_a_telling_is_the_articles_week(weekday_sentence, dated_sentence, lang):
    """The weekday sentence comes first, an explicit date after it (as in the trial's text)."""
    assert _days(f"{weekday_sentence} {dated_sentence}", lang) == ["2026-11-29", "2026-11-28", "2026-11-28"]


@pytest.mark.parametrize(
    "text, lang",
    [
        ("Поиски будут продолжены, как сообщили в воскресенье власти.", "ru"),
        ("Le ricerche continueranno, come hanno comunicato domenica le autorità.", "it"),
        ("Arama çalışmaları sürecek, yetkililer pazar günü açıkladı.", "tr"),
    ],
)
def test_a_weekday_of_a_telling_looks_back_in_other_languages(text, lang):
    assert _days(text, lang) == ["2026-11-29"]


@pytest.mark.parametrize(
    "text, lang",
    [
        # a future or an "until" of the weekday's own clause still puts it ahead, a telling elsewhere or not
        ("Die Schulen werden am Montag wieder geöffnet, wie die Behörden mitteilten.", "de"),
        ("Officials said the ferry will be raised on Monday.", "en"),
        ("Les autorités ont annoncé que le port sera rouvert lundi.", "fr"),
        ("Las autoridades informaron que el puerto seguirá cerrado hasta el lunes.", "es"),
        ("Der Hafen bleibt bis Montag gesperrt, teilten die Behörden mit.", "de"),
    ],
)
def test_a_future_weekday_beside_a_telling_is_still_ahead(text, lang):
    assert _days(text, lang) == ["2026-11-30"]
