"""A place shut "until further notice" is kept shut (trial53 F16): "The valley mine was shut until further notice"
against "The valley mine reopened on Thursday" was a shared claim; a closing with no dated limit is a closing."""

import pytest

from storylens.analysis.conflicts import measure_stance

KEPT = [
    ("en", "The valley mine was shut until further notice."),
    ("de", "Die Straße durch das Tal wurde bis auf Weiteres gesperrt."),
    ("fr", "La route de la vallée a été fermée jusqu'à nouvel ordre."),
    ("es", "La carretera del valle fue cerrada hasta nuevo aviso."),
    ("it", "La strada della valle è stata chiusa fino a nuovo ordine."),
    ("pl", "Droga w dolinie została zamknięta do odwołania."),
    ("ru", "Дорога в долине закрыта до особого распоряжения."),
]


@pytest.mark.parametrize("lang, text", KEPT)
def test_shut_until_further_notice_is_kept(lang, text):
    assert measure_stance(text, lang) == "kept"


@pytest.mark.parametrize("lang, text", [
    ("en", "The valley mine was shut on Monday."),
    ("en", "The valley mine was shut, and talks continue until further notice."),
])
def test_a_closing_without_the_limit_is_a_closing(lang, text):
    assert measure_stance(text, lang) == "closed"


def test_kept_against_reopened_conflicts_and_against_still_closed_agrees():
    assert measure_stance("The valley mine reopened on Thursday.", "en") == "lifted"
    assert measure_stance("The valley mine remains closed.", "en") == "kept"
