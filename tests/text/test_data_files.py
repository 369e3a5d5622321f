"""The language data files are well-formed JSON objects without repeated keys.

``json.load`` keeps the last of two equal keys silently, so a key written twice (a three-way merge of
two branches that both added it, or a copy-paste) would hide an edit to the first one.
"""

from __future__ import annotations

import json
from importlib import resources

import pytest


def _data_files() -> list[str]:
    root = resources.files("storylens").joinpath("text/data")
    return sorted(f.name for f in root.iterdir() if f.name.endswith(".json"))


def _no_repeats(pairs: list[tuple[str, object]]) -> dict[str, object]:
    keys = [k for k, _ in pairs]
    repeated = sorted({k for k in keys if keys.count(k) > 1})
    assert not repeated, f"keys written twice: {repeated}"
    return dict(pairs)


@pytest.mark.parametrize("name", _data_files())
def test_a_data_file_writes_each_key_once(name: str) -> None:
    text = resources.files("storylens").joinpath(f"text/data/{name}").read_text(encoding="utf-8")
    assert isinstance(json.loads(text, object_pairs_hook=_no_repeats), dict)


def test_the_check_sees_a_repeated_key() -> None:
    with pytest.raises(AssertionError, match="RON"):
        json.loads('{"words": {"RON": ["leu"], "HUF": ["forint"], "RON": ["leu"]}}', object_pairs_hook=_no_repeats)
