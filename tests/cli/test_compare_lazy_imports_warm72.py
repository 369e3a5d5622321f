"""What a compare's imports and cache keys no longer import (warm72, issue #16): ``importlib.metadata`` (the email
package and ``socket`` with it: a library's version is read from its METADATA file), ``email.utils`` (until an RFC
2822 date is parsed) and ``tomllib`` (until a settings file is read); ~50 CPU-ms of every warm compare together."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

_CHILD = """
import sys
from storylens._patterns import compiled_from_table
compiled_from_table()
import storylens.cli, storylens.report.compare, storylens.report.pipeline, storylens.ingest.dates as dates
from storylens import _cache
from storylens.settings import DEFAULT
print(_cache.source_digest([], ("simplemma", "babel", "anyascii", "spacy")) != _cache.source_digest([], ()))
print(dates.parse_timestamp("2022-01-07T10:30:00Z"), dates.parse_date("2022-01-07"))
print(sorted(m for m in ("importlib.metadata", "email.utils", "socket", "tomllib") if m in sys.modules))
print(dates.parse_timestamp("Fri, 07 Jan 2022 10:30:00 +0100"), "email.utils" in sys.modules)
"""


def test_a_compare_s_imports_and_keys_leave_metadata_email_and_toml_unimported(tmp_path) -> None:
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2] / "src"),
           "STORYLENS_CACHE_DIR": str(tmp_path)}
    done = subprocess.run([sys.executable, "-c", _CHILD], env=env, capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    versions, iso, unused, rfc = done.stdout.splitlines()[-4:]
    assert versions == "True"
    assert iso == "2022-01-07T10:30:00+00:00 2022-01-07"
    assert unused == "[]"
    assert rfc == "2022-01-07T10:30:00+01:00 True"  # an RFC 2822 stamp still parses, importing email.utils then
