"""robust76fix2 #3: text/data/languages.json is shipped, so its absence is a DataFileError at start-up (the check
fell back to the folder listing: deleting it and en.json gave exit 0), and its "languages" must be a list of codes
(``"en"`` was read letter by letter: "e.json", "n.json")."""

from __future__ import annotations

import json

import pytest

from storylens._datafile import read_json
from storylens.errors import DataFileError
from storylens.text import _lang


def test_the_shipped_list_is_read():
    assert {"en", "de", "ar"} <= _lang._SHIPPED_LANGUAGES


def test_a_missing_list_is_one_error_naming_it(tmp_path):
    with pytest.raises(DataFileError) as caught:
        read_json(tmp_path / "languages.json", _lang._shipped_codes)
    assert str(caught.value).startswith(f"{tmp_path / 'languages.json'}: cannot be read")


@pytest.mark.parametrize("codes", ["en", ["en", 5], {"en": 1}, None])
def test_a_list_of_another_type_is_one_error_naming_it(tmp_path, codes):
    path = tmp_path / "languages.json"
    path.write_text(json.dumps({"languages": codes}), encoding="utf-8")
    with pytest.raises(DataFileError) as caught:
        read_json(path, _lang._shipped_codes)
    assert str(caught.value).startswith(f"{path}: does not hold what StoryLens reads there")


def test_the_module_reads_the_list_without_a_fallback():
    # the list is read whether or not the file exists: no folder listing stands in for a deleted one
    import inspect

    source = inspect.getsource(_lang)
    line = next(ln for ln in source.splitlines() if ln.startswith("_SHIPPED_LANGUAGES"))
    assert "exists()" not in line and "_shipped_codes" in line
