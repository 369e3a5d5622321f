"""leftovers77 (issue #12, kind 3): text._sound read de.json, pl.json and he.json again for their "name_reading"
though the profile table (text._lang.Profile) holds those files; the readings are the profile's now (read once, with
the rest of the file), and the tables built from them are those the files' own "name_reading" gives."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from storylens.errors import DataFileError
from storylens.text import _lang, _sound, profile

_DATA = Path(_lang.__file__).resolve().parent / "data"


def _reading(lang: str) -> dict:
    return json.loads((_DATA / f"{lang}.json").read_text(encoding="utf-8"))["name_reading"]


def test_sound_reads_no_language_file_of_its_own() -> None:
    source = Path(_sound.__file__).read_text(encoding="utf-8")
    assert "read_json" not in source and ".json\"" not in source and not hasattr(_sound, "_name_reading")


def test_the_tables_are_the_files_readings() -> None:
    he, pl, de = _reading("he"), _reading("pl"), _reading("de")
    assert _sound._hebrew_reading() == {ord(k): v for k, v in he["sounds"].items()}
    marks, sounds, spelling = _sound._polish_table()
    assert (marks.pattern, sounds) == (pl["marks"], pl["sounds"]) and list(sounds) == list(pl["sounds"])
    assert spelling.pattern == "|".join(sorted(map(re.escape, pl["sounds"]), key=len, reverse=True))
    assert [(p.pattern, s) for p, s in _sound._german_sounds()] == [tuple(pair) for pair in de["sounds"]]


def test_languages_without_a_reading_have_none() -> None:
    assert profile("en").name_reading == () and profile("en").name_reading_marks == ""
    assert profile("xx").name_reading == ()


@pytest.mark.parametrize("reading", [{"sounds": "sch"}, {"sounds": {"cz": "ch"}, "marks": ["cz"]}, {"sounds": [["sch"]]}])
def test_a_damaged_reading_is_one_error_naming_its_file(text_data, reading) -> None:
    path = text_data / "pl.json"
    path.write_text(json.dumps({**json.loads(path.read_text(encoding="utf-8")), "name_reading": reading}), encoding="utf-8")
    with pytest.raises(DataFileError, match="pl.json"):
        _lang.profile("pl")
