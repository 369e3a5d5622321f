"""robust76fix #2/#3: a shipped language file that is missing (text/data/en.json deleted) made the language vanish
from the glob of the data folder (exit 0, other results); it is now a DataFileError naming the file, as a damaged
one. In a git checkout (an editable install) the fix named is the git command that restores the file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from storylens import _datafile
from storylens._datafile import REINSTALL, read_json
from storylens.errors import DataFileError
from storylens.text import _lang

SHIPPED_TEXT_DATA = Path(_lang.__file__).resolve().parent / "data"


def test_every_shipped_language_file_is_listed_and_present():
    listed = set(_lang._SHIPPED_LANGUAGES)
    assert listed == {p.stem for p in SHIPPED_TEXT_DATA.glob("*.json")} - _lang._SHARED_FILES
    assert listed <= set(_lang.LANGUAGES)


@pytest.mark.parametrize("lang", ["en", "de", "ar"])
def test_a_missing_shipped_language_file_is_one_error_naming_it(text_data, lang):
    (text_data / f"{lang}.json").unlink()
    with pytest.raises(DataFileError) as caught:
        _lang.profile(lang)
    assert str(caught.value).startswith(f"{text_data / f'{lang}.json'}: cannot be read")


def test_an_unknown_language_is_still_an_empty_profile(text_data):
    assert _lang.profile("xx").language == "xx"


def test_the_fix_in_a_checkout_is_git(tmp_path, monkeypatch):
    tree = tmp_path / "checkout"
    (tree / ".git").mkdir(parents=True)
    damaged = tree / "src" / "en.json"
    damaged.parent.mkdir()
    damaged.write_text("{", encoding="utf-8")
    monkeypatch.setattr(_datafile, "_TREE", tree)
    with pytest.raises(DataFileError) as caught:
        read_json(damaged)
    assert str(caught.value).endswith(f"restore it with git (git -C {tree} checkout -- src/en.json)")
    monkeypatch.setattr(_datafile, "_TREE", None)
    with pytest.raises(DataFileError) as caught:
        read_json(damaged)
    assert str(caught.value).endswith(REINSTALL)


def test_the_work_tree_is_found_from_a_package_folder(tmp_path):
    (tmp_path / ".git").mkdir()
    (tmp_path / "src" / "pkg").mkdir(parents=True)
    assert _datafile._work_tree(tmp_path / "src" / "pkg") == tmp_path


@pytest.mark.parametrize(("field", "value"), [("weekday_told_breaks", "and"), ("negation", "not"),
                                              ("reporting_verbs", {"said": 1})])
def test_a_word_list_written_as_another_kind_is_one_error(text_data, field, value):
    """robust76fix #4: "weekday_told_breaks": "and" was read as the words "a", "n", "d"."""
    path = text_data / "en.json"
    path.write_text(json.dumps({**json.loads(path.read_text(encoding="utf-8")), field: value}), encoding="utf-8")
    with pytest.raises(DataFileError) as caught:
        _lang.profile("en")
    assert f'"{field}" is ' in str(caught.value) and "not a list" in str(caught.value)


def test_a_word_list_inside_an_object_is_checked_too(text_data):
    path = text_data / "en.json"
    raw = json.loads(path.read_text(encoding="utf-8"))
    raw["dateline"] = {**raw.get("dateline", {}), "dispatch": "from"}
    path.write_text(json.dumps(raw), encoding="utf-8")
    with pytest.raises(DataFileError, match='"dispatch" is str, not a list'):
        _lang.profile("en")


def test_an_installed_package_in_a_checkouts_venv_is_reinstalled(tmp_path):
    (tmp_path / ".git").mkdir()
    package = tmp_path / ".venv" / "lib" / "python3.11" / "site-packages" / "storylens"
    package.mkdir(parents=True)
    assert _datafile._work_tree(package) is None
