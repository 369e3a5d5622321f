"""A wire dateline that dates its dispatch by the day alone (EFE, Europa Press: "SANTIAGO DE CHILE,
13 (EFE).-", "MADRID, 13 (EUROPA PRESS) -") is a dateline: its place and agency are the article's, the
day without a month is no date, and it leaves the text (it stayed as the first words of the lead)."""

import pytest

from storylens.prepare.clean import clean_text


@pytest.mark.parametrize(("text", "place", "outlet", "day", "opening"), [
    ("SANTIAGO DE CHILE, 13 (EFE).- Al menos 12 mineros quedaron atrapados tras el derrumbe de una mina.",
     "SANTIAGO DE CHILE", "EFE", None, "Al menos"),
    ("Bogotá, 5 (EFE).- El Gobierno colombiano decretó tres días de duelo nacional.",
     "Bogotá", "EFE", None, "El Gobierno"),
    ("MADRID, 13 (EUROPA PRESS) - El Consejo de Ministros ha aprobado este martes el decreto.",
     "MADRID", "EUROPA PRESS", None, "El Consejo"),
    ("Copiapó (Chile), 31 (EFE).- Los rescatistas llegaron a la galería.",
     "Copiapó, Chile", "EFE", None, "Los rescatistas"),
    # and the day with its month, which was read already
    ("MADRID, 13 Oct. (EUROPA PRESS) - El Consejo de Ministros ha aprobado este martes el decreto.",
     "MADRID", "EUROPA PRESS", "--10-13", "El Consejo"),
])
def test_a_day_only_wire_dateline_is_place_and_agency_without_a_date(text, place, outlet, day, opening):
    cleaned = clean_text("Derrumbe en una mina\n\n" + text)
    assert (cleaned.place, cleaned.outlet, cleaned.dateline_day) == (place, outlet, day)
    assert cleaned.published is None
    assert cleaned.text.split("\n\n")[1].startswith(opening)
    assert [r.kind for r in cleaned.removed] == ["dateline"]


@pytest.mark.parametrize("text", [
    "Lima, 40 (EFE).- El número no es un día.",  # no day of a month
    "Paris, 14 (photo) - Text under a picture.",  # no agency in the bracket
    "Apollo 13 (Reuters) - The film returns to cinemas.",  # no comma: a name and its number
])
def test_a_number_before_a_bracket_is_no_day_only_dateline(text):
    cleaned = clean_text(text)
    assert cleaned.place is None and cleaned.text == text
