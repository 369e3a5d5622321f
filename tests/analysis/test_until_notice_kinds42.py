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


@pytest.mark.parametrize("lang, text, stance", [
    # a warning lowered is the old level's end, one raised is kept in force (text data "measure_lifted" /
    # "measure_kept", read only in a clause naming a measure; trial53 F16 s13/s15)
    ("en", "The orange flood warning for the valley was lowered to yellow on Thursday.", "lifted"),
    ("en", "The flood warning for the valley was raised to red on Thursday.", "kept"),
    ("de", "Die Unwetterwarnung für das Tal wurde am Donnerstag herabgestuft.", "lifted"),
    ("fr", "L'alerte orange pour la vallée a été abaissée jeudi.", "lifted"),
    ("es", "La alerta roja fue rebajada a naranja el jueves.", "lifted"),
    ("ru", "Уровень опасности в долине повышен до красного.", "kept"),
    ("pl", "Ostrzeżenie dla doliny podniesiono do trzeciego stopnia.", "kept"),
    ("it", "L'allerta è stata innalzata a rossa.", "kept"),
    # no measure named: a level lowered is no stance
    ("en", "The river level was lowered by the dam operators.", None),
    # a rail service named as a service (trial53 F16 s7)
    ("it", "Il servizio ferroviario nella valle è ripreso giovedì.", "lifted"),
    ("es", "El servicio ferroviario en el valle se reanudó el jueves.", "lifted"),
])
def test_warning_levels_and_rail_services(lang, text, stance):
    assert measure_stance(text, lang) == stance
