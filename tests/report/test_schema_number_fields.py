"""The JSON contract names the fields compare -f json gives a claim's numbers (review4 #11: docs/cli.md
spoke of `measure`, the output had it, `storylens schema` did not)."""

from __future__ import annotations

import jsonschema

from storylens.analysis.quantities import extract_numbers
from storylens.models import plain
from storylens.report import load_schema


def _number_schema() -> dict:
    return load_schema("comparison")["properties"]["claims"]["items"]["properties"]["numbers"]["items"]


def test_the_schema_names_measure_state_and_running():
    assert {"measure", "state", "running", "whole", "part"} <= set(_number_schema()["properties"])


def test_a_measured_percentage_validates():
    number = next(q for q in extract_numbers("Core inflation was 2.4 % in November.", "en") if q.unit == "%")
    assert number.measure == "core inflation"
    jsonschema.validate(plain(number), _number_schema())
