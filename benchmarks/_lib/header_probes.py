"""The header probes' runner (header_probes70/71/71b): each probe's text cleaned, the named fields compared with
what it expects, and strings that must be gone from the text (and, with ``titles``, from the title)."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Sequence
from typing import Any

from storylens.prepare.clean import clean_text


def run_probes(probes: Iterable[tuple[str, str, dict[str, Any], Sequence[str]]], fields: Sequence[str], *,
               titles: bool = True) -> dict[str, dict]:
    """{probe id: {"ok", "bad": [what differs], "got": {field: value}}}; list fields are compared as lists."""
    out = {}
    for pid, text, exp, absent in probes:
        c = clean_text(text)
        got = {k: list(v) if isinstance(v := getattr(c, k), tuple) else v for k in fields}
        bad = [f"{k}={got[k]!r} want {v!r}" for k, v in exp.items() if got[k] != v]
        bad += [f"text has {a!r}" for a in absent if a in c.text]
        if titles:
            bad += [f"title has {a!r}" for a in absent if c.title and a in c.title]
        out[pid] = {"ok": not bad, "bad": bad, "got": got}
    return out


def report(res: dict[str, dict]) -> None:
    """Print each probe's line and the count; with a path argument, also write the results there as JSON."""
    if len(sys.argv) > 1:
        with open(sys.argv[1], "w", encoding="utf-8") as handle:
            json.dump(res, handle, ensure_ascii=False, indent=1)
    for pid, r in res.items():
        print(("ok  " if r["ok"] else "BAD ") + pid, "; ".join(r["bad"]))
    print(sum(r["ok"] for r in res.values()), "of", len(res), "ok")
