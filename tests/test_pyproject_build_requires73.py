"""small73fix: ``pyproject.toml`` keeps PEP 639's SPDX ``project.license`` string (the table form is deprecated in
current setuptools) and says in ``[build-system].requires`` the setuptools that reads it (>= 77), which a
``pip wheel --no-build-isolation`` environment must hold (README); an isolated build takes it from there."""

from __future__ import annotations

import tomllib
from pathlib import Path

from packaging.requirements import Requirement
from packaging.version import Version

ROOT = Path(__file__).resolve().parents[1]
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))


def test_project_license_is_an_spdx_string():
    assert PYPROJECT["project"]["license"] == "MIT"


def test_build_requires_setuptools_77_and_wheel():
    requires = {Requirement(r).name: Requirement(r) for r in PYPROJECT["build-system"]["requires"]}
    assert "wheel" in requires
    spec = requires["setuptools"].specifier
    assert spec.contains(Version("77.0")) and not spec.contains(Version("76.9")), spec


def test_readme_says_what_a_no_isolation_build_needs():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    at = readme.index("--no-build-isolation")
    assert "setuptools>=77" in readme[at - 300:at + 400] and "`wheel`" in readme[at - 300:at + 400]


def test_every_shipped_data_file_is_package_data():
    """Every file of the package that is not Python is named by ``[tool.setuptools.package-data]``, so a wheel (and a
    non-editable install from it) holds it (retester robust76: ``text/data/*``, every language's file, was in no
    pattern; a wheel of stop 75's tree held none of its 33 files, and `storylens compare` from it failed)."""
    patterns = PYPROJECT["tool"]["setuptools"]["package-data"]["storylens"]
    package = ROOT / "src" / "storylens"
    files = [p.relative_to(package) for p in package.rglob("*")
             if p.is_file() and p.suffix not in (".py", ".pyc") and "__pycache__" not in p.parts]
    assert files
    assert not [f for f in files if not any(f.match(pattern) and len(f.parts) == len(Path(pattern).parts)
                                            for pattern in patterns)]
