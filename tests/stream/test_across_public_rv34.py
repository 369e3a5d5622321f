"""rv34 (review33a #6-7, review33b #9): search across scripts reads what it needs of other packages through
their public names (the Katakana/Hangul readings and the scripts from the text layer, the alias forms
from :mod:`storylens.cluster`), and keeps no copies of the text layer's script ranges."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import storylens.stream._across as across
from storylens.text import script_of


def _other_packages_imports(module) -> list[tuple[str, str]]:
    """(module, name) of each ``from ..package[.module] import name`` (another package of storylens)."""
    tree = ast.parse(Path(module.__file__).read_text(encoding="utf-8"))
    return [(node.module or "", alias.name) for node in ast.walk(tree)
            if isinstance(node, ast.ImportFrom) and node.level == 2 for alias in node.names]


def test_across_imports_no_private_name_of_another_package():
    imports = _other_packages_imports(across)
    assert {mod for mod, _ in imports} >= {"text", "cluster"}  # the walk sees the function-level imports
    assert [(mod, name) for mod, name in imports
            if name.startswith("_") or any(part.startswith("_") for part in mod.split("."))] == []


@pytest.mark.parametrize(("text", "script"), [
    ("モンタネール", "kana"), ("中央銀行のルシア・モンタネール", "kana"), ("몬타네르", "hangul"), ("蒙塔内尔", "han"),
    ("مونتانير", "arabic"), ("پزشکیان", "arabic"), ("Монтанер", "cyrillic"), ("Montaner", "latin"), ("Μοντανέρ", "other")])
def test_fine_scripts_tell_kana_hangul_and_cyrillic_apart(text, script):
    assert script_of(text, fine=True) == script
    coarse = {"kana": "other", "hangul": "other", "cyrillic": "other"}.get(script, script)
    assert script_of(text) == ("han" if "銀" in text else coarse)


@pytest.mark.parametrize("name", ["پزشکیان", "مونتانير", "گیلانی"])
def test_a_persian_or_arabic_name_is_one_arabic_script_word(name):
    """An Arabic-script name with Persian letters (پ گ ی) is a name query as an Arabic one is."""
    assert across.query_name(name, False) == name
