"""Two openings dating their events a week or more apart with a lower toll in the later one report two events
(:func:`storylens.similarity._rules._tolls_fallen`, read by :func:`storylens.similarity.events_apart`). break57b G5: an
M6.1 quake in Elazig on Friday 13 November (12 dead, more than 300 injured) and an M5.9 quake in Malatya on Friday 20
November (8 dead, more than 200 injured) were "same story" on 3 of 5 English pairs and 5 of 5 German ones: the
magnitudes are alike within the rule's 0.3 and "more than 200" was read as meeting "more than 300"."""

from __future__ import annotations

import pytest

from storylens.similarity import VerdictRules

# (language a, date a, text a, language b, date b, text b)
TWO_EVENTS = [
    ("en", "2026-11-13", ("Magnitude 6.1 earthquake hits eastern Turkey, killing 12\nANKARA (Reuters) - A magnitude 6.1 "
                          "earthquake struck eastern Turkey on Friday, killing 12 people and injuring more than 300, the "
                          "disaster agency AFAD said."),
     "en", "2026-11-20", ("Quake kills eight in Turkey's east\nISTANBUL (AP) - Eight people died and more than 200 were "
                          "hurt when a magnitude 5.9 quake shook eastern Turkey on Friday, AFAD said.")),
    ("de", "2026-11-13", ("Erdbeben in der Osttürkei: Zwölf Tote\nIstanbul (dpa) - Bei einem Erdbeben der Stärke 6,1 in der "
                          "Osttürkei sind am Freitag zwölf Menschen ums Leben gekommen. Mehr als 300 wurden verletzt, wie "
                          "die Katastrophenschutzbehörde Afad mitteilte."),
     "de", "2026-11-20", ("Erdbeben erschüttert erneut die Osttürkei\nIstanbul (dpa) - Ein Erdbeben der Stärke 5,9 hat am "
                          "Freitag den Osten der Türkei erschüttert. Acht Menschen kamen ums Leben, mehr als 200 wurden "
                          "verletzt, wie die Katastrophenschutzbehörde Afad mitteilte.")),
    ("es", "2026-10-05", ("Inundaciones en el sur de Chile dejan seis muertos\nSANTIAGO (EFE) - Las inundaciones causadas "
                          "por las lluvias dejaron este lunes seis muertos en el sur de Chile, informó la ONEMI."),
     "es", "2026-10-13", ("Nuevas inundaciones en el sur de Chile\nSANTIAGO (EFE) - Las inundaciones causadas por las "
                          "lluvias dejaron este martes dos muertos en el sur de Chile, informó la ONEMI.")),
]


@pytest.mark.parametrize(("la", "da", "a", "lb", "db", "b"), TWO_EVENTS)
def test_a_lower_toll_a_week_later_is_another_event(la, da, a, lb, db, b):
    rules = VerdictRules()
    rules.add("a", a, la, da)
    rules.add("b", b, lb, db)
    assert "the later one's toll is lower" in (rules.apart("a", "b") or "")


# one event told again a week later: its day dated again, its toll risen, or revised down but alike
ONE_EVENT = [
    ("en", "2026-11-13", ("Magnitude 6.1 earthquake hits eastern Turkey, killing 12\nANKARA (Reuters) - A magnitude 6.1 "
                          "earthquake struck eastern Turkey on Friday, killing 12 people, the disaster agency AFAD said."),
     "2026-11-20", ("Turkey mourns quake victims\nANKARA (Reuters) - The toll from last Friday's magnitude 6.1 "
                    "earthquake in eastern Turkey rose to 15 on Friday, the disaster agency AFAD said.")),
    ("en", "2026-11-13", ("Magnitude 6.1 earthquake hits eastern Turkey, killing 12\nANKARA (Reuters) - A magnitude 6.1 "
                          "earthquake struck eastern Turkey on Friday, killing 12 people, the disaster agency AFAD said."),
     "2026-11-20", ("Turkey quake toll revised\nANKARA (Reuters) - The disaster agency AFAD said on Friday that 11 people "
                    "were killed in the magnitude 6.1 earthquake that struck eastern Turkey.")),
]


@pytest.mark.parametrize(("lang", "da", "a", "db", "b"), ONE_EVENT)
def test_one_event_told_again_a_week_later_is_not_held_apart_by_its_toll(lang, da, a, db, b):
    rules = VerdictRules()
    rules.add("a", a, lang, da)
    rules.add("b", b, lang, db)
    assert "toll is lower" not in (rules.apart("a", "b") or "")
