"""Reason lines show a shared name as both texts write it (break55 F6):

- a name's short word the name filters leave out comes back ("Xi Jinping", "Con Edison": it was "Jinping",
  "Edison"), and a club's word ("Real Madrid": it was "Madrid", a city);
- the city both texts name with the word before it, as each writes it ("Nueva York / New York": it was "York");
- a club named by its city as a side of a match to come ("Liverpool host Everton") is no shared place;
- a role's acronym is no name ("CEO"), nor a model's designation after its figure ("737 MAX");
- an office's place shows its whole name ("New York governor", "Con Edison CEO": it was "York governor").
Inputs written for these tests.
"""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

import numpy as np
import pytest

from storylens import similarity as sim
from storylens.similarity._offices import _office_holders

MODEL: Any = SimpleNamespace(threshold_=0.5, variant_="fast")


def _reasons(a: str, la: str, b: str, lb: str, embedder) -> tuple[str, ...]:
    pa, pb = sim.prepare_text(a), sim.prepare_text(b)
    f = sim.pair_features([(pa.text, pb.text, la, lb)], embedder, sim.Gazetteer.load(),
                          datelines=[(pa.dateline, pb.dateline)])[0]
    return sim._scoring._pair_score(np.array([0.75] + [0.5] * (len(sim.DIMENSIONS) - 1)), f, MODEL).reasons


def _line(reasons: tuple[str, ...], prefix: str) -> str:
    return next((r for r in reasons if r.startswith(prefix)), "")


@pytest.mark.parametrize(("a", "la", "b", "lb", "shown", "not_shown"), [
    ("Russian President Vladimir Putin held talks with Chinese President Xi Jinping in Beijing on Thursday.", "en",
     "Chinese President Xi Jinping met Russian President Vladimir Putin in Kazan on Tuesday.", "en",
     "Xi Jinping", None),
    ("Con Edison said it restored power in Queens. Con Edison CEO Matthew Ketschke thanked the crews.", "en",
     "Power returned to 30,000 Con Edison customers in Queens, the utility's CEO said.", "en",
     "Con Edison", "CEO"),
    ("El Real Madrid venció 3-1 al FC Barcelona este domingo en el Santiago Bernabéu.", "es",
     "Real Madrid beat Barcelona 3-1 on Sunday at the Santiago Bernabeu.", "en",
     "Real Madrid", None),
    ("La gobernadora de Nueva York, Kathy Hochul, declaró el estado de emergencia.", "es",
     "Die Gouverneurin von New York, Kathy Hochul, hat den Notstand ausgerufen.", "de",
     "Nueva York / New York", None),
    ("An Ethiopian Airlines Boeing 737 MAX 8 crashed after take-off from Addis Ababa, killing 157.", "en",
     "Beim Absturz einer Boeing 737 MAX 8 der Ethiopian Airlines starben 157 Menschen.", "de",
     "Boeing", "MAX"),
])
def test_a_shared_name_is_shown_as_both_texts_write_it(a, la, b, lb, shown, not_shown, hashing_embedder):
    line = _line(_reasons(a, la, b, lb, hashing_embedder), "same names: ")
    names = line.removeprefix("same names: ").split(", ")
    assert shown in names, line
    if not_shown is not None:
        assert not_shown not in names, line
    assert "Jinping" not in names and "Edison" not in names and "Madrid" not in names and "York" not in names


def test_a_club_named_by_its_city_as_a_side_of_a_match_to_come_is_no_place(hashing_embedder):
    reasons = _reasons("Liverpool host Everton at Anfield on Saturday in the Merseyside derby.", "en",
                       "Liverpool manager Arne Slot said his side must learn from Saturday's 1-2 defeat by Everton at "
                       "Anfield.", "en", hashing_embedder)
    assert "Liverpool" not in _line(reasons, "same place"), reasons


def test_a_match_in_a_city_keeps_the_city(hashing_embedder):
    reasons = _reasons("Everton face Chelsea in Liverpool on Saturday at Goodison Park.", "en",
                       "Chelsea travel to Liverpool to face Everton at Goodison Park on Saturday.", "en", hashing_embedder)
    assert "Liverpool" in _line(reasons, "same place"), reasons


@pytest.mark.parametrize(("text", "office"), [
    ("New York Governor Kathy Hochul declared an emergency.", "New York governor"),
    ("Con Edison CEO Matthew Ketschke said crews worked overnight.", "Con Edison CEO"),
    ("On Monday Houston Mayor John Whitmire said the roads were closed.", "Houston mayor"),
    ("Yesterday New York Governor Kathy Hochul spoke.", "New York governor"),
])
def test_an_office_shows_its_places_whole_name(text, office):
    assert [o for _, o, _ in _office_holders(text)] == [office]


def test_no_currency_or_acronym_is_taken_into_a_name(hashing_embedder):
    # a currency word stays out of the names however it is written ("300 Mio Euro"), and an acronym before a name is
    # another thing's ("DIF Madero": the family agency's office of Ciudad Madero), no part of the name
    line = _line(_reasons("Der Konzern meldete 300 Mio Euro Verlust. Das DIF Madero half den Familien in Tamaulipas.",
                          "de", "Der Verlust betrug 300 Mio Euro. Das DIF Madero unterstützte Familien in Tamaulipas.",
                          "de", hashing_embedder), "same names: ")
    assert "Euro" not in line and "DIF Madero" not in line, line
