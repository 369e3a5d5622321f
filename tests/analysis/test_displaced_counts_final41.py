"""A count of people forced from their homes reads the displacement as its unit, in each language's words
(text data "measures" "evacuated"; final41 #3): "forced 13,000 from their homes" / "10.000 mussten ihre Häuser
verlassen" had no unit on either side, and the two figures of one shared claim were never compared."""

from __future__ import annotations

import pytest

from storylens.analysis.claims import Unit
from storylens.analysis.quantities import extract_numbers
from storylens.report.pipeline import _Measures

DISPLACED = [
    ("Floods killed nine people and forced 13,000 from their homes, officials said.", "en", 13000),
    ("About 13,000 people had to leave their homes.", "en", 13000),
    ("Bei Überschwemmungen sind neun Menschen ums Leben gekommen, 10.000 mussten ihre Häuser verlassen.", "de", 10000),
    ("10 000 personnes ont dû quitter leur domicile.", "fr", 10000),
    ("10.000 personas tuvieron que abandonar sus hogares.", "es", 10000),
    # leaving home alone is no displacement (review36a M3): the Italian count leaves for a flood
    ("Per l'alluvione 10.000 persone hanno lasciato le loro case.", "it", 10000),
    ("Some 5,000 people fled their homes as the river rose.", "en", 5000),
    ("Wegen des Hochwassers mussten 5.000 Menschen ihre Häuser verlassen.", "de", 5000),
    ("10 tys. osób musiało opuścić swoje domy.", "pl", 10000),
    ("10 тысяч человек были вынуждены покинуть свои дома.", "ru", 10000),
    ("10 bin kişi evlerini terk etmek zorunda kaldı.", "tr", 10000),
    ("1万人被迫离开家园。", "zh", 10000),
    ("اضطر 10 آلاف شخص إلى مغادرة منازلهم.", "ar", 10000),
]


def _unit(doc: str, text: str, lang: str) -> Unit:
    return Unit(doc, f"{doc}:s1", text, 0, len(text), lang)


@pytest.mark.parametrize(("text", "lang", "value"), DISPLACED)
def test_the_displaced_are_counted_as_evacuated(text: str, lang: str, value: int) -> None:
    found = {q.value: q.unit for q in extract_numbers(text, lang)}
    assert found.get(value) == "evacuated", found


def test_the_trial_pair_conflicts() -> None:
    measures = _Measures({"d1": "2023-05-17", "d2": "2023-05-17"})
    en = _unit("d1", DISPLACED[0][0], "en")
    de = _unit("d2", DISPLACED[2][0], "de")
    assert measures.measure_conflicts(en, de) == ["evacuated: 13,000 vs 10.000"]


@pytest.mark.parametrize(("text", "lang", "value", "unit"), [
    ("Rescuers pulled 12 people alive from the rubble of their homes.", "en", 12, None),  # no displacement
    ("About 3,000 people returned to their homes on Monday.", "en", 3000, None),  # a return, not a displacement
    ("Five people were rescued from their homes by boat.", "en", 5, "rescued"),  # the first event word counts
    ("10.000 Menschen kehrten in ihre Häuser zurück.", "de", 10000, None),
    # leaving home for no forced or disastrous cause (review36a M3)
    ("Some 20,000 people left their homes to watch the parade.", "en", 20000, None),
    ("Around 2 million people work from their homes.", "en", 2000000, None),
    ("More than 300 children were taken from their homes by social services.", "en", 300, None),
    ("The 500 workers left their homes at dawn for the factory.", "en", 500, None),
    ("100.000 Menschen verließen ihre Häuser, um zu feiern.", "de", 100000, None),
    ("50 000 personnes ont quitté leur domicile pour manifester.", "fr", 50000, None),
    ("10.000 personas dejaron sus hogares para ver el desfile.", "es", 10000, None),
    ("10.000 persone hanno lasciato le loro case per festeggiare.", "it", 10000, None),
    ("10 tys. osób opuściło swoje domy, aby świętować.", "pl", 10000, None),
    ("20 тысяч человек покинули свои дома, чтобы посмотреть парад.", "ru", 20000, None),
    ("20 bin kişi bayramı kutlamak için evlerini terk etti.", "tr", 20000, None),
])
def test_other_counts_keep_their_reading(text: str, lang: str, value: int, unit: str | None) -> None:
    found = {q.value: q.unit for q in extract_numbers(text, lang)}
    assert found.get(value) != "evacuated" and (unit is None or found.get(value) == unit), found
