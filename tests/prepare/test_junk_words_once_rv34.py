"""rv34 (review33 'not mended'): story_part counted each real piece's words twice (in is_junk_piece and again in
the sum of the real pieces' words). Once now; the judgement is the same (a wall, a banner, a real body)."""

from __future__ import annotations

import pytest

from storylens.prepare import _junk, story_part

WALL = ("Rate cut surprises markets\nSubscribe to continue reading. Already a subscriber? Log in.\n"
        "Cookie settings | Privacy policy | Terms of use\n© 2026 Example Media")
REAL = ("Central bank cuts rates\nThe central bank cut its key rate by a quarter point on Tuesday, citing slowing"
        " growth. Markets rallied after the decision.\nOfficials said more cuts could follow in the spring.")
CJK = "央行意外降息\n订阅后继续阅读。\n版权所有 © 2026\n央行周二将基准利率下调了25个基点。"


@pytest.mark.parametrize("text", [WALL, REAL, CJK])
def test_each_piece_is_counted_once(text, monkeypatch):
    counted: list[str] = []
    real = _junk._words
    monkeypatch.setattr(_junk, "_words", lambda piece: counted.append(piece) or real(piece))
    part = story_part(text)
    pieces = list(_junk._iter_pieces(_junk._headline(text, 10_000)[1]))
    assert sorted(counted) == sorted(pieces)
    monkeypatch.setattr(_junk, "_words", real)
    assert story_part(text) == part


def test_a_wall_is_a_story_part_and_a_real_body_is_none():
    assert story_part(WALL) is not None and story_part(WALL).text.startswith("Rate cut surprises markets")
    assert story_part(REAL) is None
