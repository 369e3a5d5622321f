"""Turn ``storylens.comparison/1`` and ``storylens.story/1`` dicts into what the templates draw.

Everything from an article is escaped here or by Jinja's autoescaping; the only
markup built in Python is the claim highlighting (``<mark>``) and the word
diff (``<del>``/``<ins>``), both around escaped text.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from datetime import date, timedelta
from typing import Any

from markupsafe import Markup, escape

from ..models import ALIGN_ANYWAY_HINT
from ..report import highlight_spans, ledger_caution, strength_label

__all__ = ["comparison_view", "coverage_bar", "diff_html", "palette", "timeline_chart"]

# Colour-blind-safe-ish categorical palette (Okabe-Ito + greys), cycled by name.
_PALETTE = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000",
            "#7f7f7f", "#a6761d", "#1b9e77", "#7570b3")


def palette(names: Sequence[str]) -> dict[str, str]:
    """A stable colour per name (the order given)."""
    return {n: _PALETTE[i % len(_PALETTE)] for i, n in enumerate(names)}


def coverage_bar(counts: Mapping[str, int]) -> list[dict[str, Any]]:
    """Segments of a 100% bar: ``label``, ``n``, ``pct`` (width), ``colour``."""
    total = sum(counts.values()) or 1
    colours = palette(sorted(counts))
    return [{"label": k, "n": v, "pct": round(100.0 * v / total, 2), "colour": colours[k]}
            for k, v in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))]


def timeline_chart(articles: Sequence[Mapping[str, Any]], width: int = 720, height: int = 160) -> dict[str, Any]:
    """Articles per day per language as stacked bars (numbers for an inline SVG, no JavaScript)."""
    days: dict[str, dict[str, int]] = {}
    for a in articles:
        if a.get("published"):
            row = days.setdefault(a["published"], {})
            lang = a.get("language") or "unknown"
            row[lang] = row.get(lang, 0) + 1
    if not days:
        return {"bars": [], "languages": [], "width": width, "height": height, "max": 0, "undated": len(articles)}
    first, last = date.fromisoformat(min(days)), date.fromisoformat(max(days))
    span = [(first + timedelta(days=i)).isoformat() for i in range((last - first).days + 1)]
    if len(span) > 120:  # a long tail of stragglers: show only days with articles
        span = sorted(days)
    langs = sorted({lang for row in days.values() for lang in row})
    colours = palette(langs)
    peak = max(sum(row.values()) for row in days.values())
    plot_h, step = height - 30, min(width / max(1, len(span)), 36.0)  # a 1-day story is one slim bar
    bars = []
    for i, day in enumerate(span):
        y: float = plot_h
        for lang in langs:
            n = days.get(day, {}).get(lang, 0)
            if not n:
                continue
            h = plot_h * n / peak
            y -= h
            bars.append({"x": round(i * step + 1, 1), "y": round(y + 4, 1), "w": round(max(step - 2, 1), 1),
                         "h": round(h, 1), "colour": colours[lang], "title": f"{day}: {n} in {lang}"})
    ticks = [{"x": round(i * step + step / 2, 1), "label": day[5:]} for i, day in enumerate(span)
             if i in (0, len(span) - 1) or (len(span) <= 14)]
    undated = sum(1 for a in articles if not a.get("published"))
    return {"bars": bars, "languages": [{"name": l, "colour": colours[l]} for l in langs], "ticks": ticks,
            "width": width, "height": height, "max": peak, "undated": undated, "base": plot_h + 4}


def diff_html(diff: str | None) -> Markup:
    """``[-old-] {+new+}`` word diff as escaped text with ``<del>``/``<ins>``."""
    if not diff:
        return Markup("")
    text = str(escape(diff))
    text = re.sub(r"\[-(.*?)-\]", r"<del>\1</del>", text)
    return Markup(re.sub(r"\{\+(.*?)\+\}", r"<ins>\1</ins>", text))


def _hinted(similarity: Mapping[str, Any], hint: str | None) -> Mapping[str, Any]:
    """``similarity`` with the CLI's align-anyway hint in its reasons replaced by ``hint``."""
    reasons = similarity.get("reasons") or []
    if hint is None or not any(ALIGN_ANYWAY_HINT in r for r in reasons):
        return similarity
    return {**similarity, "reasons": [r.replace(ALIGN_ANYWAY_HINT, hint) for r in reasons]}


def comparison_view(comp: Mapping[str, Any], columns: Sequence[str] | None = None,
                    align_hint: str | None = None) -> dict[str, Any]:
    """What the ledger templates need from a ``storylens.comparison/1`` dict.

    ``columns``: the document ids shown side by side (default: the first four;
    a comparison of 10+ sources stays readable and the rest are one click away).
    ``align_hint``: what the page says in place of the CLI's "compare with --align-anyway
    (align_anyway=True)" in a set-aside document's reason (None: the reason as it is).
    """
    docs = list(comp.get("documents", []))
    ids = [d["id"] for d in docs]
    shown = [c for c in (columns or []) if c in ids] or ids[:4]
    labels = {d["id"]: d.get("outlet") or (d.get("source") or d["id"]).rsplit("/", 1)[-1] for d in docs}
    # A syndicated copy (comparison JSON ``reprints``) counts as its original: its column says so, and a claim or
    # quotation the two alone carry is marked one source, as in every other format (trial57 F26).
    reprints = list(comp.get("reprints") or [])
    for r in reprints:
        if r.get("copy") in labels:
            labels[r["copy"]] += f" (reprints {r['original']})"
    one_source = comp.get("one_source_claims") or {}
    independent = comp.get("independent_sources") or {}
    reprinted = {(m["quote"], m["match"]): m["note"] for m in comp.get("reprinted_quote_matches") or []}
    spans: dict[str, list[tuple[int, int, str, str]]] = {}
    for c in comp.get("claims", []):
        for ev in c.get("evidence", []):
            if ev.get("start") is not None and ev.get("end") is not None:
                spans.setdefault(ev["sentence"], []).append((ev["start"], ev["end"], c["status"], c["id"]))
    columns_out = []
    for d in docs:
        if d["id"] not in shown:
            continue
        sents = [{"id": s["id"], "html": Markup(highlight_spans(s["text"], spans.get(s["id"], [])))}
                 for s in d.get("sentences", [])]
        columns_out.append({**d, "label": labels[d["id"]], "sentences": sents})
    languages = {d["id"]: d.get("language") for d in docs}
    claims = []
    for c in comp.get("claims", []):
        confidence = c.get("confidence")
        strength = None if confidence is None else strength_label(c["status"], c.get("docs", ()), confidence, languages)
        sources = one_source.get(c["id"]) or (f"{independent[c['id']]} independent sources"
                                               if c["id"] in independent else None)
        claims.append({**c, "strength": strength, "sources": sources,
                       "coverage": [{"doc": i, "label": labels[i], "on": i in c.get("docs", ())} for i in ids]})
    by_status = {s: [c for c in claims if c["status"] == s] for s in ("shared", "conflicting", "unique")}
    quotes = {q["id"]: q for q in comp.get("quotes", [])}
    adds = comp.get("document_adds") or {}
    return {
        "documents": docs, "labels": labels, "columns": columns_out, "shown": shown, "ids": ids,
        "similarity": _hinted(comp.get("similarity") or {}, align_hint), "claims": claims, "by_status": by_status,
        "entities": [e for e in comp.get("entities", [])
                     if len(e.get("variants", ())) >= 2 or len({m["doc"] for m in e.get("mentions", [])}) >= 2],
        "quotes": [{**q, "matched": [{**m, "other": quotes.get(m["quote"]), "diff_html": diff_html(m.get("diff")),
                                      "reprint": reprinted.get((q["id"], m["quote"]))}
                                     for m in q.get("matches", [])]} for q in comp.get("quotes", [])],
        "reprints": [r.get("note") for r in reprints if r.get("note")],
        "caution": ledger_caution((comp.get("similarity") or {}).get("same_story"), len(docs),
                                  bool(by_status["shared"]), bool(by_status["conflicting"])),
        "framing": comp.get("framing", []), "timeline": comp.get("timeline", []), "summary": comp.get("summary", []),
        "adds": [(i, labels[i], adds[i]) for i in ids if adds.get(i)],
        "failures": comp.get("failures", []),
        "updates": comp.get("updates", []),
    }
