"""Measure stances trial50 found lost (F3, F16), read from the text alone, per language.

F3: a road named only by its number ("the A12", "die B96", "la N-260", «М-4») had no measure noun, so "The A12
reopened" / "De A12 blijft tot maandag dicht" had no stance. F16: a measure proper said lifted or kept with its
noun away from the verb ("The curfew in Medyka was lifted", «Le couvre-feu à Medyka a été levé») or kept by an
extension ("was extended until Monday", "prorrogado", «продлили») or "remains in force" had none; the Spanish
"paso fronterizo" was a road and "siguió abierto" no state. Text data "measure_lifted" / "measure_kept"."""

from __future__ import annotations

import pytest

from storylens.analysis.conflicts import measure_codes, measure_keys, measure_stance, same_measure_of

_STANCES = [
    ("en", "lifted", "The curfew in Medyka was lifted on Thursday, the border guard said."),
    ("en", "lifted", "The evacuation order for the town was lifted on Thursday."),
    ("en", "kept", "The curfew in Medyka was extended until Monday, the border guard said."),
    ("en", "kept", "The evacuation order for Medyka is still in force, the border guard said."),
    ("en", "kept", "The ban on trucks has been extended until Monday."),
    ("en", "lifted", "The authorities did not extend the curfew in Medyka."),  # a denied extension ends it
    ("fr", "lifted", "Le couvre-feu à Medyka a été levé jeudi, a indiqué la police aux frontières."),
    ("fr", "kept", "Le couvre-feu à Medyka a été prolongé jusqu'à lundi."),
    ("fr", "kept", "Le couvre-feu à Medyka reste en vigueur."),
    ("es", "open", "El paso fronterizo de Medyka siguió abierto a los camiones el miércoles."),
    ("es", "open", "El paso fronterizo de Medyka se mantuvo abierto a los camiones el miércoles."),
    ("es", "kept", "El túnel siguió cerrado el jueves."),
    ("es", "lifted", "El toque de queda en Medyka fue levantado el jueves."),
    ("es", "kept", "El toque de queda en Medyka fue prorrogado hasta el lunes."),
    ("es", "kept", "El toque de queda en Medyka sigue vigente."),
    ("de", "kept", "Die Ausgangssperre in Medyka wurde bis Montag verlängert."),
    ("de", "kept", "Die Ausgangssperre in Medyka gilt weiterhin."),
    ("it", "kept", "Il coprifuoco a Medyka è stato prorogato fino a lunedì."),
    ("it", "open", "Il valico di Medyka è rimasto aperto ai camion mercoledì."),
    ("pl", "lifted", "Godzina policyjna w Medyce została zniesiona w czwartek."),
    ("pl", "kept", "Godzinę policyjną w Medyce przedłużono do poniedziałku."),
    ("pl", "kept", "Godzina policyjna w Medyce nadal obowiązuje."),
    ("pt", "lifted", "O recolher obrigatório em Medyka foi levantado na quinta-feira."),
    ("pt", "kept", "O toque de recolher em Medyka foi prorrogado até segunda-feira."),
    ("nl", "kept", "De avondklok in Medyka is verlengd tot maandag."),
    ("ru", "kept", "Комендантский час в Медыке продлили до понедельника."),
    ("ru", "kept", "Комендантский час в Медыке продлён до понедельника."),
    ("uk", "kept", "Комендантську годину в Медиці продовжили до понеділка."),
    ("cs", "kept", "Zákaz vycházení v Medyce byl prodloužen do pondělí."),
    ("tr", "lifted", "Medyka'daki sokağa çıkma yasağı perşembe günü kaldırıldı."),
    ("tr", "kept", "Medyka'daki sokağa çıkma yasağı pazartesiye kadar uzatıldı."),
    ("zh", "kept", "梅迪卡的宵禁延长至周一。"),
    ("ja", "kept", "メディカの外出禁止令は月曜日まで延長された。"),
    ("ko", "kept", "메디카의 통행금지가 월요일까지 연장됐다."),
    ("ar", "kept", "تم تمديد حظر التجول في ميديكا حتى يوم الاثنين."),
    ("ar", "lifted", "تم رفع حظر التجول في ميديكا يوم الخميس."),
    # F3: a road by its number alone
    ("en", "kept", "The A12 will remain closed until Monday."),
    ("en", "lifted", "The A7 was reopened on Thursday, police said."),
    ("nl", "kept", "De A12 blijft tot maandag dicht."),
    ("de", "kept", "Die B96 bleibt bis Montag gesperrt."),
    ("de", "kept", "Die A 7 bleibt bis Montag gesperrt."),
    ("fr", "kept", "L'A7 reste fermée jusqu'à lundi."),
    ("es", "kept", "La N-260 sigue cortada hasta el lunes."),
    ("ru", "kept", "М-4 остаётся перекрытой до понедельника."),
    ("pl", "kept", "S7 pozostaje zamknięta do poniedziałku."),
    ("it", "kept", "L'A1 resta chiusa fino a lunedì."),
    ("cs", "kept", "D1 zůstává uzavřena do pondělí."),
    ("pt", "kept", "A A2 continua cortada até segunda-feira."),
]


@pytest.mark.parametrize("language, stance, text", _STANCES)
def test_stance(language, stance, text):
    assert measure_stance(text, language) == stance


@pytest.mark.parametrize("language, text", [
    # a lifting or an extension of no measure proper states no stance
    ("en", "Rescuers lifted the injured driver onto a stretcher, police said."),
    ("en", "Police extended the search to three more villages."),
    ("fr", "Les secouristes ont levé le blessé sur une civière."),
    ("de", "Die Polizei verlängerte die Suche bis Montag."),
    ("pl", "Policja przedłużyła poszukiwania do poniedziałku."),
    ("es", "El plazo fue prorrogado hasta el lunes."),
    ("zh", "警方延长了搜索时间。"),
    ("zh", "道路延长至山区。"),
    # a figure is no road
    ("en", "A 12-year-old boy remains missing."),
])
def test_no_stance(language, text):
    assert measure_stance(text, language) is None


@pytest.mark.parametrize("language, text, code", [
    ("en", "The A12 reopened on Thursday morning.", "A12"),
    ("de", "Die A 7 bleibt gesperrt.", "A7"),
    ("es", "La N-260 sigue cortada.", "N260"),
    ("ru", "М-4 остаётся перекрытой.", "M4"),
    ("uk", "Траса М-06 залишається перекритою.", "M6"),
    ("en", "The M6 highway was reopened.", "M6"),
    ("en", "I-95 was closed.", "I95"),
])
def test_a_road_number_is_a_road_and_its_code(language, text, code):
    assert "road" in measure_keys(text, language)
    assert code in measure_codes(text, language)


@pytest.mark.parametrize("text", ["A 12-year-old boy was found.", "The B-52s flew on.", "Das A4-Format gilt.",
                                  "The A1234 closed.", "US 1 was closed."])
def test_no_road_number(text):
    assert not measure_codes(text, "en")


def test_two_road_numbers_are_two_measures():
    assert not same_measure_of("The A7 remains closed.", "en", "The A1 was reopened.", "en")
    assert same_measure_of("De A12 blijft dicht.", "nl", "The A12 reopened.", "en")
    assert same_measure_of("Траса М-06 залишається перекритою.", "uk", "The M6 was reopened.", "en")


def test_a_border_crossing_is_no_mountain_pass():
    """es "paso fronterizo" is a border crossing (F16: it was a road, and "the border crossing" no measure of it)."""
    text = "El paso fronterizo de Medyka fue cerrado a los camiones el miércoles."
    assert "border" in measure_keys(text, "es")
    assert same_measure_of(text, "es", "The border crossing at Medyka remained open to trucks.", "en")
