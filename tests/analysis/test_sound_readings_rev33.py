"""rev33: the Katakana/Hangul readings of a name were rebuilt for every pair it was compared in: now cached
per name (an immutable tuple)."""

from __future__ import annotations

import pytest

from storylens.analysis import entities


@pytest.mark.parametrize("name", ["コステラツ", "미로바츠", "イワン・ペトロフ", "フルヴォリン"])
def test_sound_script_readings_are_built_once_per_name(name):
    first = entities._sound_script_readings(name)
    assert isinstance(first, tuple) and first == tuple(sorted(first))
    assert entities._sound_script_readings(name) is first  # the same readings, not rebuilt
