"""robust76fix #1: robust75 R2 let a said clause's verb of staying hold its "until" limit ahead whatever number
stood in the clause, so a tally the state holds ("the toll remains high with 5387 deaths until Friday", «le bilan
reste lourd : 5387 morts jusqu'à vendredi») read the coming Friday. Only a count before the verb of staying (a
name's number: "plant 1 stays closed", or the subject right after a verb that opens the clause) yields to it; a
count after it, after a colon or not, stays a tally looking back, a duration aside ("stays closed 24 h")."""

import pytest

from ._weekdays import LAST_FRIDAY, NEXT_FRIDAY
from ._weekdays import days as _days


@pytest.mark.parametrize(
    "text, lang",
    [
        ("The ministry said the toll remains high with 5387 deaths until Friday.", "en"),
        ("The ministry said the count stays grim: 812 cases until Friday.", "en"),
        ("The ministry said the toll remains at 5387 deaths until Friday.", "en"),
        ("The WHO said the toll keeps rising: 5387 deaths until Friday.", "en"),
        ("Le ministère a dit que le bilan reste lourd : 5387 morts jusqu'à vendredi.", "fr"),
        ("Le ministère a dit que le bilan reste lourd avec 5387 morts jusqu'à vendredi.", "fr"),
        ("El ministerio dijo que el balance sigue alto: 530 muertos hasta el viernes.", "es"),
        ("Il sindaco ha detto che il bilancio resta pesante: 530 morti fino a venerdì.", "it"),
        ("Das Ministerium sagte, die Bilanz bleibt schwer: 5387 Tote bis Freitag.", "de"),
        ("Министерство сообщило, что число остается высоким: 530 случаев до пятницы.", "ru"),
        ("Ministerstwo podało, że bilans pozostaje wysoki: 5387 zgonów do piątku.", "pl"),
        ("قالت الوزارة إن الحصيلة تبقى مرتفعة مع 5387 وفاة حتى يوم الجمعة", "ar"),
    ],
)
def test_a_tally_after_the_verb_of_staying_looks_back(text: str, lang: str) -> None:
    assert _days(text, lang) == [LAST_FRIDAY]


@pytest.mark.parametrize(
    "text, lang",
    [
        ("The mayor said plant 1 stays closed until Friday.", "en"),
        ("The mayor said the plant stays closed 24 h until Friday.", "en"),
        ("The mayor said the plant stays closed 48 hours until Friday.", "en"),
        ("Der Bürgermeister sagte, das Werk bleibt 48 Stunden bis Freitag geschlossen.", "de"),
        ("Laut Stadt bleiben 200 Anwohner bis Freitag evakuiert.", "de"),
        ("تبقى المحطة 2 مغلقة حتى يوم الجمعة، بحسب الوزارة", "ar"),
        ("Le maire a dit que l'usine 1 reste fermée jusqu'à vendredi.", "fr"),
        ("El alcalde dijo que la planta 1 permanece cerrada hasta el viernes.", "es"),
    ],
)
def test_a_count_before_the_verb_or_a_duration_stays_ahead(text: str, lang: str) -> None:
    assert _days(text, lang) == [NEXT_FRIDAY]


@pytest.mark.parametrize(("text", "lang"), [
    ("The ministry said the death toll remains 5387 until Friday.", "en"),
    ("The ministry said the toll stays 812 cases until Friday.", "en"),
    ("The mayor said the toll remains 14 dead until Friday.", "en"),
    ("Le ministère a dit que le bilan reste 812 morts jusqu'à vendredi.", "fr"),
    ("El ministerio dijo que el balance sigue 530 muertos hasta el viernes.", "es"),
])
def test_a_count_right_after_the_verb_is_its_complement_outside_verb_second_languages(text: str, lang: str) -> None:
    """final76 (MEDIUM): "remains 5387" read as the subject's count, ahead; only German and Dutch put a subject right
    after a second verb (text data "verb_second": «Laut Stadt bleiben 200 Anwohner bis Freitag evakuiert», above)."""
    assert _days(text, lang) == [LAST_FRIDAY]
