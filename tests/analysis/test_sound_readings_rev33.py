"""rev33: the Katakana/Hangul readings of a name were rebuilt for every pair it was compared in: now cached
per name (an immutable tuple). rv34: public in the text layer (language knowledge), read by entity linking
and the stream's search across scripts."""

from __future__ import annotations

import pytest

from storylens.text import sound_script_readings


@pytest.mark.parametrize("name", ["コステラツ", "미로바츠", "イワン・ペトロフ", "フルヴォリン"])
def test_sound_script_readings_are_built_once_per_name(name):
    first = sound_script_readings(name)
    assert isinstance(first, tuple) and first == tuple(sorted(first))
    assert sound_script_readings(name) is first  # the same readings, not rebuilt
