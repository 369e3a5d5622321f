"""One actor's two occasions with two others are two stories (ECB+ train topic 7: Klitschko's title defences against
Tony Thompson and against Hasim Rahman, joined by the full judge's refine on "same names: Klitschko"). The
counterparts rule (:func:`storylens.similarity._people._counterparts_apart`): the openings share one actor and each names a
person the other text never writes, who is not the opening's speaker, and no other actor is written in both
texts. One event's reports that quote other sources
("pastor Larry Kroon said" / "fire chief James Steele said"), name the same two actors, or the same two teams with
another player each stay together."""

from __future__ import annotations

import pytest

from ._pairs import pair_features as _features
from ._pairs import pair_score as _score

NADAL_DJOKOVIC = (
    "Rafael Nadal beat Novak Djokovic in four sets to win the French Open final in Paris on Sunday.\n"
    "Djokovic had won their last meeting. Nadal took his 14th title.")
NADAL_THIEM = (
    "Rafael Nadal defeated Dominic Thiem in straight sets on Sunday to retain his title.\n"
    "Thiem never found his rhythm. Nadal, 34, dominated from the start.")
KLITSCHKO_THOMPSON = (
    "Wladimir Klitschko stopped Tony Thompson in the sixth round on Saturday in Bern to keep his heavyweight titles.\n"
    "Thompson was down twice. Klitschko was never in trouble.")
KLITSCHKO_RAHMAN = (
    "Wladimir Klitschko blasted a sluggish Hasim Rahman on Saturday night to retain the IBF and WBO heavyweight titles.\n"
    "Rahman was down in the sixth round. Klitschko wrapped it up in the seventh.")
PALIN_KROON = (
    "Sarah Palin's church was damaged by an arson fire, pastor Larry Kroon said on Saturday.\n"
    "Kroon said no one was hurt. Palin attended the church for years.")
PALIN_STEELE = (
    "Sarah Palin's home church was badly damaged in a fire on Friday night, Wasilla fire chief James Steele said.\n"
    "Steele said investigators suspect arson. Palin was not there.")
COLTS_RATLIFF = (
    "Keiwan Ratliff returned an interception for a touchdown as the Indianapolis Colts beat the Jacksonville Jaguars "
    "31-24 on Thursday night.\nRatliff's score came late. The Jaguars fell to 4-10. The Colts clinched a playoff spot.")
COLTS_HARRISON = (
    "Marvin Harrison caught two passes as the Indianapolis Colts beat the Jacksonville Jaguars on Thursday night to "
    "clinch a playoff spot.\nHarrison has 12 touchdowns. The Colts trailed 14-0. The Jaguars lost again.")
MACRON_SCHOLZ = (
    "Emmanuel Macron met Olaf Scholz in Berlin on Monday to discuss energy prices, said spokesman Steffen Hebestreit.\n"
    "Scholz welcomed the plan. Macron called it a first step.")
MACRON_SCHOLZ_2 = (
    "Emmanuel Macron and Olaf Scholz agreed on Monday in Berlin on a joint energy plan, according to Anne-Claire "
    "Legendre.\nScholz welcomed it. Macron called it a first step.")


@pytest.mark.parametrize(("a", "b", "own"), [
    (NADAL_DJOKOVIC, NADAL_THIEM, ("Novak Djokovic", "Dominic Thiem")),
    (KLITSCHKO_THOMPSON, KLITSCHKO_RAHMAN, ("Tony Thompson", "Hasim Rahman")),
])
def test_one_actor_with_two_counterparts_is_held_apart(a, b, own, hashing_embedder):
    f = _features(a, b, "en", "en", hashing_embedder)
    assert f.counterparts_apart is not None
    assert f.counterparts_apart[1:3] == own
    verdict = _score(a, b, "en", "en", 0.8, hashing_embedder)
    assert verdict.same_story is False


@pytest.mark.parametrize(("a", "b"), [
    (PALIN_KROON, PALIN_STEELE),  # two sources quoted, one fire
    (MACRON_SCHOLZ, MACRON_SCHOLZ_2),  # the same two actors
    (COLTS_RATLIFF, COLTS_HARRISON),  # the same two teams, another player each
    (KLITSCHKO_THOMPSON, KLITSCHKO_THOMPSON.replace("Bern", "Switzerland")),
])
def test_one_event_told_by_other_sources_is_not_held_apart(a, b, hashing_embedder):
    assert _features(a, b, "en", "en", hashing_embedder).counterparts_apart is None
