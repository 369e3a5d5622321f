"""A version change names each figure once (final29 #20): a headline's "12 dead" and the lead's "at least
12 killed" are one figure, and the step read "killed: 12, at least 12 → 19, at least 19"."""

from __future__ import annotations

import pytest

from storylens.stream.versions import text_changes

_DE = ("Hochwasser in Norditalien: Zahl der Toten steigt auf {n}\n\nRom – Bei Überschwemmungen in der Region "
       "Emilia-Romagna sind mindestens {n} Menschen ums Leben gekommen.\n")
_EN = ("Floods in northern Italy kill {n}\n\nROME – At least {n} people were killed by floods in the region of "
       "Emilia-Romagna, the civil protection said.\n")


@pytest.mark.parametrize(("lang", "text"), [("de", _DE), ("en", _EN)])
def test_a_figure_written_twice_is_named_once(lang, text):
    assert text_changes(text.format(n=12), text.format(n=19), lang) == ("killed: at least 12 → at least 19",)


def test_two_figures_of_one_count_stay_two():
    old = "Two villages were hit.\n\nIn one 12 people died, in the other 5 people died.\n"
    new = "Two villages were hit.\n\nIn one 14 people died, in the other 6 people died.\n"
    assert text_changes(old, new, "en") == ("killed: 12, 5 → 14, 6",)
