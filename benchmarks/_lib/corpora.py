"""Reading the benchmark corpora: each file opened in a ``with`` block and closed before scoring."""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any


def jsonl_rows(path: str | Path) -> list[dict[str, Any]]:
    """Every line of a JSON-lines file, parsed (UTF-8; a blank line is an error, as in the corpora)."""
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh]


def csv_rows(path: str | Path) -> list[dict[str, str]]:
    """Every row of a CSV file with a header line, as dicts (UTF-8, newlines inside fields kept)."""
    with open(path, encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))
