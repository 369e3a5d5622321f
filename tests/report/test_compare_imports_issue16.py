"""A comparison of files imports neither the HTTP fetcher nor the feed reader (~11 CPU-ms of every fresh
``storylens compare``, issue 16): is_url lives in ingest.files, the fetcher is imported for a URL only."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

SRC = str(Path(__file__).resolve().parents[2] / "src")


def test_the_report_imports_no_fetcher_until_a_url_is_given():
    code = ("import sys\n"
            "from storylens.report.compare import _file_of\n"
            "assert _file_of('https://example.org/a') is None and _file_of('-') is None\n"
            "print(sorted(m for m in ('storylens.ingest.http', 'storylens.ingest.feeds') if m in sys.modules))\n"
            "from storylens.ingest import files, http\n"
            "print(http.is_url is files.is_url, files.is_url('HTTPS://x'), files.is_url('ftp://x'))\n")
    env = {**os.environ, "PYTHONPATH": SRC + os.pathsep + os.environ.get("PYTHONPATH", "")}
    done = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.split("\n")[:2] == ["[]", "True True False"]
