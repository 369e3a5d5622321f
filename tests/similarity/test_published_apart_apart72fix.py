"""The far-apart rule's place tie after its tester (apart72fix): a person's later story naming the family name alone
("councillor David Hale" / "Hale was cleared", in any case ending), a landmark named twice in each ("il Morandi"), the
earlier publication's month named in the later text, a shared quotation, and a near-copy republished months later
(the stream's rules keep no shingles) stay tied; two events in one city months apart and one operator reporting each
("operator Metrolink said") stay apart. Texts written for these tests (from the tester's probes)."""

from __future__ import annotations

import pytest

from storylens.similarity._common import _dates

from ._pairs import rules_apart

JAN, JUN = "2026-01-08", "2026-06-16"


@pytest.mark.parametrize(("a", "b"), [
    (("en", JAN, "Leeds councillor arrested\nPolice arrested councillor David Hale in Leeds on Thursday over fraud."),
     ("en", JUN, "Hale cleared in Leeds\nHale was cleared of expenses fraud by a jury in Leeds on Tuesday.")),
    (("ru", JAN, "В Перми задержан депутат\nПолиция задержала в Перми депутата Сергея Волкова по делу о мошенничестве."),
     ("ru", JUN, "Волков оправдан\nСуд в Перми оправдал Волкова по делу о мошенничестве.")),
    (("nl", JAN, "Wethouder Utrecht opgepakt\nDe politie heeft wethouder Jan de Vries in Utrecht opgepakt wegens fraude."),
     ("nl", JUN, "De Vries vrijgesproken\nDe Vries is dinsdag door de rechtbank in Utrecht vrijgesproken.")),
    (("it", "2018-08-14", "Crolla il ponte Morandi a Genova\nIl ponte Morandi è crollato martedì a Genova."),
     ("it", "2019-06-28", "Demolito il Morandi\nI resti del Morandi sono stati demoliti venerdì a Genova.")),
    (("en", "2026-01-12", "Flood hits York\nShop owner Ann Price lost her stock after the River Ouse flooded York."),
     ("en", "2026-07-07", "York shop reopens\nThe shop in York was flooded by the Ouse in January.")),
    (("en", "2026-01-14", "Storm batters Cork\nA storm battered Cork on Tuesday. \"We will rebuild this city,\" the mayor said."),
     ("en", "2026-07-21", "Cork rebuild under way\nWork is under way in Cork. \"We will rebuild this city,\" the mayor had said.")),
])
def test_follow_up_months_later_stays_tied(a, b):
    assert "they share only a place" not in rules_apart(a, b)


BLAZE = ("Blaze guts Lyon restaurant\nA blaze gutted a restaurant in Lyon on Thursday night, firefighters said. Nobody "
         "was hurt and the cause is under investigation. Neighbours said they saw smoke rising from the kitchen {when} "
         "and called the emergency services.")


def test_near_copy_republished_far_apart_is_one_story():
    a = ("en", "2026-01-08", BLAZE.format(when="just after eleven"))
    b = ("en", "2026-06-16", BLAZE.format(when="shortly before midnight"))
    assert rules_apart(a, b) == ""


@pytest.mark.parametrize(("a", "b"), [
    (("en", "2026-02-03", "Tram crash in Manchester\nTwo trams collided in Manchester on Tuesday, operator Metrolink said."),
     ("en", "2026-07-20", ("Power cut halts Manchester trams\nA power cut halted trams in Manchester on Monday, operator "
      "Metrolink said."))),
    # a body's name ("London Fire Brigade") is no given and family name (benchmarks f12)
    (("en", "2026-02-21", ("Fire at tower block\nA fire broke out on the ninth floor of a tower block in Lewisham on "
      "Saturday. London Fire Brigade said 60 firefighters attended.")),
     ("en", "2026-07-15", ("Grass fire near Wanstead\nA large grass fire spread across Wanstead Flats on Wednesday "
      "afternoon. London Fire Brigade said 100 firefighters were sent."))),
])
def test_two_events_one_city_stay_apart(a, b):
    assert rules_apart(a, b)  # held apart (the far-apart rule, or another reading the two occasions)


@pytest.mark.parametrize(("text", "lang"), [
    ("Slunce v Praze září celý den.", "cs"),  # září: shines
    ("У Харкові лютий мороз.", "uk"),  # лютий: fierce
])
def test_babel_month_form_alone_names_no_month(text, lang):
    assert _dates(text, lang)[2] == set()


def test_babel_month_form_beside_a_day_names_it():
    assert "09-03" in _dates("Požár vypukl 3. září v Praze.", "cs")[1]
