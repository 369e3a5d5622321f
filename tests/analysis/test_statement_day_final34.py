"""final34 #11: the day a follow-up's source spoke is not the event's day. "…, teilte der Zivilschutz am
Samstag mit" was read as the avalanche's day and set against the first report's Wednesday as a false
date conflict (fixaa had fixed the Dutch "…, meldt de civiele bescherming dinsdag" only). A clause that
opens with a verb of saying, then its subject, then the day dates the statement in every language; a
day inside the reported clause ("…, dass die Lawine am Mittwoch abging") still dates the event."""

from __future__ import annotations

import pytest

from storylens.analysis.quantities import compare_dated, date_role, extract_dates

STATEMENT = [
    ("de", "Die Zahl der Toten ist auf 16 gestiegen, teilte der Zivilschutz am Samstag mit."),
    ("de", "Die Zahl der Toten ist auf 16 gestiegen, sagte ein Sprecher des Zivilschutzes am Samstag."),
    ("de", "Der Zivilschutz teilte am Samstag mit, die Zahl der Toten sei auf 16 gestiegen."),
    ("fr", "Le bilan est passé à 16 morts, a indiqué la protection civile samedi."),
    ("es", "El número de muertos subió a 16, informó la defensa civil el sábado."),
    ("es", "El número de muertos subió a 16, informó el sábado la defensa civil."),
    ("it", "Il bilancio è salito a 16 morti, ha annunciato la protezione civile sabato."),
    ("pt", "O número de mortos subiu para 16, informou a defesa civil no sábado."),
    ("nl", "Het dodental is gestegen tot 16, liet de brandweer zaterdag weten."),
    ("ru", "Число погибших выросло до 16, сообщили в МЧС в субботу."),
    ("ru", "Число погибших выросло до 16, сообщил представитель МЧС в субботу."),
    ("uk", "Кількість загиблих зросла до 16, повідомила служба порятунку в суботу."),
    ("en", "The toll rose to 16, said a spokesman on Saturday."),
]

EVENT = [
    ("de", "Die Lawine ging am Mittwoch ab, teilte der Zivilschutz mit."),
    ("de", "Der Zivilschutz teilte mit, dass die Lawine am Mittwoch abging."),
    ("fr", "La protection civile a indiqué que l'avalanche s'est produite mercredi."),
    ("es", "La defensa civil informó que la avalancha ocurrió el miércoles."),
    ("it", "La protezione civile ha detto che la valanga è caduta mercoledì."),
    ("nl", "De brandweer zei dat de lawine woensdag viel."),
    ("ru", "В МЧС сообщили, что лавина сошла в среду."),
    ("uk", "Рятувальники повідомили, що лавина зійшла в середу."),
    ("en", "Officials said the avalanche struck on Wednesday."),
    ("en", "Officials said that the avalanche struck on Wednesday."),
    ("en", "A spokesman said on Saturday that the avalanche struck on Wednesday."),
]


def _roles(text, lang):
    return [date_role(text, d, lang) for d in extract_dates(text, published="2026-12-12", language=lang)]


@pytest.mark.parametrize(("lang", "text"), STATEMENT)
def test_the_day_a_source_spoke_dates_the_statement(lang, text):
    assert _roles(text, lang) == ["report"]


@pytest.mark.parametrize(("lang", "text"), EVENT)
def test_a_day_in_what_was_said_dates_the_event(lang, text):
    assert _roles(text, lang)[-1] == "event"


def test_a_german_follow_up_is_no_date_conflict():
    en = "An avalanche buried a mountain hut near Puerto Calvén on Wednesday, killing 14 people."
    de = ("Drei Tage nach dem Lawinenabgang ist die Zahl der Toten auf 16 gestiegen, teilte der Zivilschutz "
          "am Samstag mit.")
    a, b = extract_dates(en, published="2026-12-10", language="en"), extract_dates(de, published="2026-12-12",
                                                                                   language="de")
    assert compare_dated((en, a, "en"), (de, b, "de")) == []
    other = "Die Lawine ging am Samstag ab."  # an event on another day is still a conflict
    assert compare_dated((en, a, "en"), (other, extract_dates(other, published="2026-12-12", language="de"),
                                         "de")) != []
