"""A night from one weekday to the next is the second day's (new-user trial 16 #16): Le Monde's lead "…
dans la nuit de lundi à mardi …" was dated Monday in the timeline (the first weekday alone), grouped with
a report that named the wrong day. "In der Nacht zum Dienstag", "в ночь на вторник" are Tuesday's too;
as ranges they still agree with "Monday night" (no date conflict)."""

from __future__ import annotations

import pytest

from storylens.analysis.quantities import build_timeline, compare_dates, extract_dates
from storylens.models import Document, Sentence

PUB = "2026-11-24"  # a Tuesday


def _doc(text: str, lang: str) -> Document:
    return Document("d1", "d1.txt", text, (Sentence("d1:s0", text, 0, len(text), language=lang),), language=lang)


@pytest.mark.parametrize(
    "text, lang",
    [
        ("Un séisme a frappé l'est de la Turquie dans la nuit de lundi à mardi.", "fr"),
        ("El terremoto se produjo en la noche del lunes al martes.", "es"),
        ("Il terremoto è avvenuto nella notte tra lunedì e martedì.", "it"),
        ("Ein Erdbeben erschütterte in der Nacht von Montag auf Dienstag die Osttürkei.", "de"),
        ("Trzęsienie ziemi nastąpiło w nocy z poniedziałku na wtorek.", "pl"),
        ("Землетрясение произошло в ночь с понедельника на вторник.", "ru"),
        ("The quake struck overnight Monday into Tuesday.", "en"),
        ("Ein Erdbeben erschütterte in der Nacht zum Dienstag die Osttürkei.", "de"),
        ("Землетрясение произошло в ночь на вторник.", "ru"),
        ("The quake struck in the early hours of Tuesday.", "en"),
    ],
)
def test_a_night_into_tuesday_is_dated_tuesday(text, lang):
    dates = extract_dates(text, published=PUB, language=lang)
    assert len(dates) == 1  # one night, not a Monday and a Tuesday
    assert [e.date for e in build_timeline([_doc(text, lang)], {"d1": PUB})] == ["2026-11-24"]
    # the night still runs from Monday evening: no conflict with "Monday night"
    monday_night = extract_dates("The quake struck on Monday night.", published=PUB, language="en")
    assert compare_dates(dates, monday_night) == []
