"""A name is no future verb, and a perfect with "être" (and the Spanish / Portuguese compound pasts) is a past
(break53 F2).

French "-ra" is a future's ending (text data "future_inflection": «rouvrira») and a name's: «Le président ivoirien
Alassane Ouattara est arrivé lundi à N'Djamena», published on that Monday, was dated the Monday after, a false date
conflict with the English report. Two causes: a capitalised word inside a sentence (or one simplemma does not know)
was read as a verb, and «est arrivé», «s'est effondré» were no past ("past_form" knew "a"/"ont" only). The Spanish
«ha llegado» and Portuguese «tinha desabado» were no past either, and a past joined by "and" («est arrivé lundi et
signera vendredi») is its own clause's, not the next weekday's."""

from __future__ import annotations

import pytest

from storylens.analysis.quantities import extract_dates

_MONDAY = "2025-06-02"  # the publication day, a Monday
_WEDNESDAY = "2025-06-04"


def _days(text: str, lang: str, published: str = _MONDAY) -> list[str | None]:
    return [d.date for d in extract_dates(text, published=published, language=lang)]


@pytest.mark.parametrize(("text", "lang"), [
    ("Le président ivoirien Alassane Ouattara est arrivé lundi à N'Djamena.", "fr"),
    ("Ouattara est arrivé lundi.", "fr"),
    ("Un immeuble s'est effondré lundi à Samara.", "fr"),
    ("Mbappé est revenu lundi à Madrid avec Guerra.", "fr"),
    ("La ministre Sandra Ferrara est partie lundi pour Abidjan.", "fr"),
    ("El presidente Ouattara ha llegado el lunes a Yamena y se reunirá con Déby.", "es"),
    ("Se ha reunido el lunes con Guerra y firmará el acuerdo.", "es"),
    ("O edifício tinha desabado na segunda-feira e será demolido.", "pt"),
])
def test_a_past_told_beside_a_name_or_a_later_future_keeps_its_weekday(text, lang):
    assert _days(text, lang) == [_MONDAY]


@pytest.mark.parametrize(("text", "lang"), [
    ("Le port rouvrira lundi.", "fr"),
    ("Selon Ouattara, le port rouvrira lundi.", "fr"),
    ("Le ministre a dit que le président Ouattara se rendra lundi à Paris.", "fr"),
    ("Le port rouvrira lundi, a dit Ouattara.", "fr"),
    ("El puerto reabrirá el lunes.", "es"),
    ("Il porto riaprirà lunedì.", "it"),
    ("O porto reabrirá na segunda-feira.", "pt"),
])
def test_a_future_beside_a_name_is_still_the_next_weekday(text, lang):
    assert _days(text, lang) == ["2025-06-09"]


@pytest.mark.parametrize(("text", "lang"), [
    ("Le président Ouattara est arrivé lundi à Abidjan et rencontrera mardi son homologue.", "fr"),
    ("Le président est arrivé lundi et rencontrera mardi son homologue.", "fr"),
    ("Il presidente è arrivato lunedì a Roma e incontrerà martedì Meloni.", "it"),
])
def test_a_past_joined_by_and_leaves_the_next_clauses_future_ahead(text, lang):
    # published on a Wednesday: Monday is behind, Tuesday (its clause's future) the next one
    assert _days(text, lang, _WEDNESDAY) == ["2025-06-02", "2025-06-10"]


@pytest.mark.parametrize(("text", "lang"), [
    ("Le vote est prévu lundi.", "fr"),
    ("La réunion est prévue lundi à Paris.", "fr"),
])
def test_a_planned_event_with_etre_is_still_ahead(text, lang):
    assert _days(text, lang, _WEDNESDAY) == ["2025-06-09"]
