"""What the conflict-probe tests share (tests/report/test_conflict_probes_*.py): testers' probes with the right
answer each, run as parameters (the ones main gets wrong as strict xfails), and a probe's two articles built as the
testers' harnesses built them."""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping, Sequence

import pytest


def probe_params(probes: Sequence[dict], wrong: Mapping[str, str],
                 ids: Callable[[dict], str] = lambda p: p["id"]) -> list:
    """One pytest parameter per probe, named by ``ids``; a probe named in ``wrong`` (id -> the tester's finding) is a
    strict xfail, so a fix that flips it fails until it is moved out."""
    return [pytest.param(p, id=ids(p), marks=pytest.mark.xfail(strict=True, reason=wrong[ids(p)]))
            if ids(p) in wrong else pytest.param(p, id=ids(p)) for p in probes]


def conflicts_of_articles(comparer, probe: dict) -> list[str]:
    """The conflict texts of the conflicting claims of ``probe``'s two documents (``documents``: language,
    published, outlet, title, text each), built as JSONL records (``ingest.jsonl._line_document``, as the testers'
    run_articles.py did) and compared by ``comparer``."""
    from storylens.ingest.jsonl import _line_document

    docs = [_line_document(json.dumps({"id": f"{probe['id']}{n}", "language": d["language"], "published": d["published"],
                                       "outlet": d["outlet"], "title": d["title"], "text": d["text"]},
                                      ensure_ascii=False), f"{probe['id']}{n}")
            for n, d in zip("ab", probe["documents"], strict=True)]
    report = comparer.compare(docs)
    return [c.conflict for c in report.claims if c.status == "conflicting" and c.conflict]
