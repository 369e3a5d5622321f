"""small73: ``pip wheel --no-build-isolation --no-deps .`` failed on the venv's setuptools (65.5, the one Python
3.11's venv ships): ``project.license = "MIT"`` (PEP 639's SPDX string) is refused by setuptools < 77's validator
("`project.license` must be valid exactly by one definition"). The pyproject is read here by the installed
setuptools' own reader, the step that failed, and the build requirement admits that setuptools."""

from __future__ import annotations

import tomllib
from pathlib import Path

from packaging.requirements import Requirement
from packaging.version import Version

PYPROJECT = Path(__file__).resolve().parents[1] / "pyproject.toml"


def test_the_installed_setuptools_reads_the_project_table():
    import setuptools
    from setuptools.config.pyprojecttoml import read_configuration

    config = read_configuration(PYPROJECT)  # raises ValueError naming the field it refuses
    assert config["project"]["name"] == "storylens", setuptools.__version__
    assert "MIT" in str(config["project"]["license"])


def test_the_build_requirement_admits_the_venv_s_setuptools():
    import setuptools

    requires = tomllib.loads(PYPROJECT.read_text(encoding="utf-8"))["build-system"]["requires"]
    [spec] = [Requirement(r) for r in requires if Requirement(r).name == "setuptools"]
    assert spec.specifier.contains(Version(setuptools.__version__)), (spec, setuptools.__version__)
