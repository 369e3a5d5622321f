"""A text whose glued headline was set aside but whose whole reading wins says nothing of its headline (glued58).

headline57 judges a headline glued to its body by one space from that headline (word test + encoder check) and reads
the text whole too. On same-story pairs whose text has an anecdotal opening ("Wall Street ends at record high For
Janet Miller, who has run a diner ...") the whole reading wins, and every verdict carried the line "text 1 read
whole: its headline's words do not return in its body, ...": noise, since where a glued headline ends is a guess and
the text was read as written. A headline line over a body about something else (the older rule) keeps its line, as it
did on main dd528798. Scores written for this test.
"""

from __future__ import annotations

from storylens.similarity import PairScore
from storylens.similarity._scoring import _better_readings


def _score(overall: float, same: bool) -> PairScore:
    return PairScore(overall, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, same, ("matching content",))


def test_a_glued_side_read_whole_adds_no_reason() -> None:
    judged, whole = _score(0.35, False), _score(0.82, True)
    (out,) = _better_readings([judged], [(0, 0, whole)], [(0,)], [(0,)])
    assert out.same_story is True and out.overall == 0.82
    assert out.reasons == ("matching content",)


def test_a_headline_line_side_read_whole_keeps_its_reason() -> None:
    judged, whole = _score(0.35, False), _score(0.82, True)
    (out,) = _better_readings([judged], [(0, 0, whole)], [(0,)], [()])
    assert out.same_story is True
    assert any(r.startswith("text 1 read whole") for r in out.reasons)


def test_a_glued_side_judged_from_its_headline_still_says_so() -> None:
    judged, whole = _score(0.80, True), _score(0.40, False)
    (out,) = _better_readings([judged], [(0, 0, whole)], [(0,)], [(0,)])
    assert out.same_story is True
    assert any(r.startswith("judged from its headline") for r in out.reasons)
