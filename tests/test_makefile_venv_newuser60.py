"""The Makefile's setup notices a .venv that runs another tree's code (trial newuser60's setup note: a clone copied
with `cp -a` kept a .venv whose editable install and scripts pointed at the old tree, and `make` saw its stamp and
did nothing). Run as `make -n setup` in a scratch tree with a stand-in venv python: nothing is installed."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _tree(tmp_path: Path, python: str, name: str = "clone") -> Path:
    tree = tmp_path / name
    (tree / "src" / "storylens").mkdir(parents=True)
    (tree / "src" / "storylens" / "__init__.py").write_text("", encoding="utf-8")
    for file in ("Makefile", "pyproject.toml", "constraints.txt"):
        shutil.copy2(ROOT / file, tree / file)
    (tree / ".venv" / "bin").mkdir(parents=True)
    py = tree / ".venv" / "bin" / "python"
    py.write_text("#!/bin/sh\n" + python.replace("TREE", f"'{tree}'") + "\n", encoding="utf-8")
    py.chmod(0o755)
    (tree / ".venv" / ".installed").touch()  # the stamp, newer than pyproject.toml and constraints.txt
    return tree


def _dry_setup(tree: Path, *args: str) -> str:
    env = {k: v for k, v in os.environ.items() if not k.startswith("MAKE")}
    done = subprocess.run(["make", "-n", "setup", *args], cwd=tree, env=env, capture_output=True, text=True, timeout=60,
                          check=False)
    assert done.returncode == 0, done.stderr
    return done.stdout


@pytest.mark.skipif(shutil.which("make") is None, reason="needs make")
@pytest.mark.parametrize(("python", "stale"), [
    ("echo TREE/src/storylens/__init__.py", False),  # this tree's code: nothing to do
    ("echo /old/place/src/storylens/__init__.py", True),  # a copied or moved clone's venv
    ("exit 1", True),  # its python does not run (a venv whose interpreter link broke) or cannot import storylens
])
@pytest.mark.parametrize("name", ["clone", "My Projects/story lens"])  # trial break61u M3: a path with a space
def test_setup_recreates_a_venv_that_runs_another_trees_code(tmp_path, python, stale, name):
    out = _dry_setup(_tree(tmp_path, python, name))
    if stale:
        assert "runs another tree's code" in out and "rm -rf .venv" in out and "pip install" in out
    else:
        assert "pip install" not in out and "rm -rf" not in out, out


@pytest.mark.skipif(shutil.which("make") is None, reason="needs make")
def test_setup_never_deletes_a_venv_named_with_VENV(tmp_path):
    # trial break61u L5: `make VENV=/other/clone/.venv setup` ran `rm -rf /other/clone/.venv` (a shared venv)
    other = _tree(tmp_path, "echo /old/place/src/storylens/__init__.py", "other")
    tree = _tree(tmp_path, "echo TREE/src/storylens/__init__.py")
    out = _dry_setup(tree, f"VENV={other / '.venv'}")
    assert "rm -rf" not in out, out
