"""Renderers for the stream views: Markdown is the base, the terminal renders it, JSON is ``to_dict()``.

They take the JSON-shaped payloads (``StoryPage.to_dict()``, ``StoryView.to_dict()``
plus the claim ledger, ``SearchResults.to_dict()``), so what the terminal shows and
what ``--format json`` prints never drift apart.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping, Sequence
from typing import Any

from .versions import ORDER_UNKNOWN

__all__ = ["json_text", "render_search", "render_story", "stories_markdown", "stories_table"]


def json_text(payload: Any) -> str:
    """``json.dumps(payload, ensure_ascii=False, indent=2)``, character for character, in half the time.

    With ``indent`` the standard library encodes in Python through nested generators; the
    story list of a 2,491-article store (1.3 MB of JSON) took 0.085 CPU-s of ``stories -f
    json``'s ~0.4. This writes the same text with one recursive pass and the C string
    encoder (0.041 CPU-s, measured at load 8). Anything but JSON's own types (str keys,
    str, int, float, bool, None, list, tuple, dict) goes to ``json.dumps``, which decides.
    """
    parts: list[str] = []
    try:
        _json_parts(payload, "", parts.append)
    except _NotPlain:
        return json.dumps(payload, ensure_ascii=False, indent=2)
    return "".join(parts)


class _NotPlain(Exception):
    """A value :func:`json_text` leaves to ``json.dumps``."""


def _json_parts(o: Any, indent: str, add: Any) -> None:
    if isinstance(o, str):
        add(_json_string(o))
    elif o is None:
        add("null")
    elif o is True:
        add("true")
    elif o is False:
        add("false")
    elif type(o) is int or type(o) is float:
        add(json.dumps(o))
    elif type(o) is dict:
        if not o:
            add("{}")
            return
        inner = indent + "  "
        sep = "{\n" + inner
        for k, v in o.items():
            if not isinstance(k, str):
                raise _NotPlain
            add(sep)
            add(_json_string(k))
            add(": ")
            _json_parts(v, inner, add)
            sep = ",\n" + inner
        add("\n" + indent + "}")
    elif type(o) is list or type(o) is tuple:
        if not o:
            add("[]")
            return
        inner = indent + "  "
        sep = "[\n" + inner
        for v in o:
            add(sep)
            _json_parts(v, inner, add)
            sep = ",\n" + inner
        add("\n" + indent + "]")
    else:
        raise _NotPlain


_json_string = json.encoder.encode_basestring  # the C encoder when built


def _md(text: Any) -> str:
    """User text made inert in Markdown (no raw HTML, links, emphasis or table breaks): see ``md_escape``."""
    from .._markdown import md_escape

    return md_escape(text)


def stories_markdown(payload: Mapping[str, Any]) -> str:
    lines = [f"# Stories ({len(payload['stories'])})", "",
             "| id | title | first seen | last seen | articles | outlets | languages |",
             "| --- | --- | --- | --- | ---: | --- | --- |"]
    for s in payload["stories"]:
        lines.append(f"| {s['id']} | {_md(s['title'])} | {s['first_seen'] or ''} | {s['last_seen'] or ''} | "
                     f"{len(s['articles'])} | {_md(', '.join(s['outlets']))} | {_md(', '.join(s['languages']))} |")
    return "\n".join(lines) + "\n"


def stories_table(payload: Mapping[str, Any], width: int = 150) -> str:
    """The story list as a plain-text table ``width`` columns wide (the terminal format).

    Titles are text, never markup (rich read ``[Tokayev]`` in a title as a style tag and
    dropped it) and control characters become spaces; wide (CJK) characters count two
    columns. Plain string work: 2,500 rows in ~30 ms, where a rich table cost ~1.5 ms a row.
    """
    stories = payload["stories"]
    rows = [(_plain(s["id"]), _plain(s["title"]), s["first_seen"] or "", s["last_seen"] or "",
             str(len(s["articles"])), _plain(", ".join(s["outlets"])), ",".join(s["languages"])) for s in stories]
    head = ("id", "title", "first seen", "last seen", "n", "outlets", "lang")
    caps = (200, 90, 10, 10, 10, 20, 50)  # a cell never needs measuring past its column's widest
    widths = [min(cap, max([_width(h, cap)] + [_width(r[i], cap) for r in rows])) for i, (h, cap) in enumerate(zip(head, caps))]
    rest = sum(w for i, w in enumerate(widths) if i != 1) + 2 * (len(head) - 1)
    widths[1] = max(24, min(widths[1], width - rest))
    right = {4}
    lines = [_count(len(stories), "story", "stories"), "  ".join(_fit(h, w, i in right) for i, (h, w) in enumerate(zip(head, widths))),
             "  ".join("-" * w for w in widths)]
    for r in rows:
        lines.append("  ".join(_fit(c, w, i in right) for i, (c, w) in enumerate(zip(r, widths))).rstrip())
    return "\n".join(lines) + "\n"


def _count(n: int, one: str, many: str | None = None) -> str:
    """"1 story", "2 stories", "1 article", "0 articles"."""
    return f"{n} {one if n == 1 else many or one + 's'}"


def _plain(text: Any) -> str:
    text = "" if text is None else str(text)
    if text.isprintable():
        return text
    return "".join(ch if ch.isprintable() else " " for ch in text)


_CHAR_WIDTH: dict[str, int] = {}


def _char_width(ch: str) -> int:
    """Terminal columns of one character: East Asian wide and full-width take two, combining marks none."""
    w = _CHAR_WIDTH.get(ch)
    if w is None:
        import unicodedata

        w = _CHAR_WIDTH[ch] = 0 if unicodedata.combining(ch) else 2 if unicodedata.east_asian_width(ch) in "WF" else 1
    return w


# Characters of one column each (no combining mark, no East Asian wide or full-width one;
# tests/stream/test_render.py checks every one against _char_width): Latin, Greek,
# Cyrillic, Vietnamese, general punctuation. A title in these scripts is measured with
# len() instead of a per-character loop (the terminal table of 1,943 dev stories,
# 0.078 -> 0.039 CPU-s at load 8).
_ONE_COLUMN_CHARS = ("\x00-\u02ff\u0370-\u0377\u037a-\u037f\u0384-\u038a\u038c\u038e-\u03a1\u03a3-\u0482"
                     "\u048a-\u052f\u1e00-\u1eff\u2000-\u2064")
_ONE_COLUMN = re.compile(f"[{_ONE_COLUMN_CHARS}]*")


def _narrow(text: str) -> bool:
    """One column a character (see _ONE_COLUMN_CHARS)."""
    return text.isascii() or _ONE_COLUMN.fullmatch(text) is not None


def _width(text: str, cap: int | None = None) -> int:
    """Terminal columns of ``text`` (counting stops past ``cap``)."""
    if _narrow(text):
        return len(text)
    used = 0
    for ch in text:
        used += _char_width(ch)
        if cap is not None and used > cap:
            break
    return used


def _fit(text: str, width: int, right: bool = False) -> str:
    """``text`` padded to ``width`` columns, cut with an ellipsis when longer."""
    used = _width(text, width)
    if used > width and _narrow(text):  # at a word, as stored titles are (trial break61u L6: "“kill without w…")
        from .metadata import shorten

        text = shorten(text, width)
        used = len(text)
    elif used > width:
        out, used = [], 0
        for ch in text:
            w = _char_width(ch)
            if used + w > width - 1:
                break
            out.append(ch)
            used += w
        text = "".join(out) + "…"
        used += 1
    pad = " " * (width - used)
    return pad + text if right else text + pad


def _short(text: Any, n: int = 100) -> str:
    text = " ".join(str(text if text is not None else "").split())
    return _md(text if len(text) <= n else text[: n - 1].rstrip() + "…")


def _when(entry: Mapping[str, Any]) -> str:
    if entry["date"]:
        return entry["date"]
    return f"~{entry['assumed_date']} (undated; story date assumed)" if entry.get("assumed_date") else "undated"


def _span(first: str | None, last: str | None) -> str:
    """A story's dates as its header gives them: "2026-11-02 to 2026-11-04", one day once, "undated" when
    no article has a date (final42 P2: "? to ?"), the one known end alone."""
    if first and last and first != last:
        return f"{first} to {last}"
    return first or last or "undated"


NEAR_DUPLICATES_HEADING = "Near-duplicates (not counted as articles; their outlets count in the coverage)"


def _story_markdown(p: Mapping[str, Any]) -> str:
    out = [f"# {_short(p['title']) or p['id']}", "",
           f"Story `{p['id']}`: {_count(len(p['articles']), 'article')}, {_span(p['first_seen'], p['last_seen'])}.", ""]
    note = (p.get("resolved") or {}).get("note")
    if note:  # a retired id (merged, split, renamed) was asked for: say where it went
        out += [f"Note: {_md(note)}.", ""]
    out += ["## Articles", "", "| article | outlet | language | published | title | why it is here |",
           "| --- | --- | --- | --- | --- | --- |"]
    for a in p["articles"]:
        out.append(f"| {a['id']} | {_md(a['outlet'])} | {_md(a['language'])} | {a['published'] or ''} | "
                   f"{_short(a['title'] or a.get('lead'), 80)} | {_md(a.get('reason'))} |")
    out += _warning_lines(p["articles"])
    cov = p["coverage"]
    out += ["", "## Coverage", "",
            "By outlet: " + ", ".join(f"{k} {v}" for k, v in cov["outlets"].items()),
            "", "By language: " + ", ".join(f"{k} {v}" for k, v in cov["languages"].items()), "", "## Blindspots", ""]
    if not p["blindspots"]:
        out.append("None found: no outlet or language covered related stories but not this one.")
    for b in p["blindspots"]:
        out.append(f"- {b['kind']} **{_md(b['value'])}** covered {b['n_related']} related stories "
                   f"({', '.join(b['related_stories'])}) sharing {_md(', '.join(b['shared_entities']))}, but not this one")
    out += ["", "## Timeline", ""]
    out += [f"- {_when(t)} {_md(t['outlet']) or 'unknown outlet'}: {_short(t['title'])} (`{t['article']}`)"
            for t in p["timeline"]]
    if p.get("updates"):  # a correction from the article's own outlet: the ledger reads the newest version
        out += ["", "## Updated articles", ""]
        out += [f"- `{u.get('oldest') or u['original']}` updated by `{u['newest']}` ({u['versions']} versions; the ledger reads the "
                f"newest): {_md('; '.join(u['changes']))}" if u.get("order_known", True) else
                f"- `{u.get('oldest') or u['original']}` and `{u['newest']}` differ ({u['versions']} versions, {ORDER_UNKNOWN}; the ledger "
                f"reads the last stored): {_md('; '.join(u['changes']))}" for u in p["updates"]]
    if p["duplicates"]:
        # not counted as articles; their outlets are in the coverage above (trial45 D2: "3 articles" over
        # "By outlet" summing to 4 read as a contradiction of "not counted")
        out += ["", f"## {NEAR_DUPLICATES_HEADING}", ""]
        out += [f"- `{d['id']}` {_md(d['source'])}: {_md(d['reason'])}" for d in p["duplicates"]]
        out += _warning_lines(p["duplicates"])
    return "\n".join(out) + "\n"


def _warning_lines(articles: Sequence[Mapping[str, Any]], numbered: bool = False) -> list[str]:
    """The lines under an article table for the articles whose reading found something wrong (their metadata
    ``warnings``: a damaged gzip member, a capture cut short), each warning on its own line; none when none has
    one. ``numbered``: a search result's rank before its id."""
    lines = [f"- {f'#{i} ' if numbered else ''}`{a['id']}`: {_md(w)}"
             for i, a in enumerate(articles, start=1) for w in a.get("warnings") or ()]
    return ["", "Warnings from reading:", "", *lines] if lines else []


def render_story(payload: Mapping[str, Any], fmt: str = "terminal") -> str:
    """One story as ``terminal``, ``markdown`` or ``json``; the claim ledger comes from :func:`storylens.report.render`."""
    from ..report import comparison_to_dict, render

    comparison = (payload.get("claims") or {}).get("comparison")
    error = (payload.get("claims") or {}).get("error")
    if fmt == "json":
        body = dict(payload)
        body["claims"] = comparison_to_dict(comparison) if comparison is not None else None
        if error:
            body["claims_error"] = error
        return json.dumps(body, ensure_ascii=False, indent=2, default=str)
    text = _story_markdown(payload)
    ledger = render(comparison, "markdown" if fmt == "markdown" else "terminal") if comparison is not None else None
    if error:
        ledger = f"Claim ledger unavailable: {error}\n"
    note = (payload.get("ledger") or {}).get("note")
    if ledger and note:  # the ledger leaves articles out: say so, as the web page does
        ledger = f"{note}\n\n{ledger}"
    if fmt == "markdown":
        return text + ("\n## Claim ledger\n\n" + ledger if ledger else "")
    return _markdown_to_terminal(text) + ("\nClaim ledger\n\n" + ledger if ledger else "")


def _markdown_to_terminal(text: str, width: int = 120) -> str:
    import io

    from rich.console import Console
    from rich.markdown import Markdown

    buf = io.StringIO()
    Console(file=buf, width=width, force_terminal=False, color_system=None).print(Markdown(text))
    return buf.getvalue()


def _near_how(cosine: float | None) -> str:
    """How a result is near the text hits: its cosine, or their story (a language the sentence encoder does
    not read on one side: its cosine is no evidence, stream.queries._near_text_hits)."""
    return "same story" if cosine is None else f"cos {cosine:.2f}"


def render_search(payload: Mapping[str, Any], fmt: str = "terminal") -> str:
    if fmt == "json":
        return json.dumps(payload, ensure_ascii=False, indent=2)
    lines = [f"# Search: {_md(payload['query'])}", "", "| # | article | story | outlet | title | match |",
             "| ---: | --- | --- | --- | --- | --- |"]
    for i, r in enumerate(payload["results"], start=1):
        how = ", ".join(x for x in (f"text #{r['text_rank']}" if r["text_rank"] else "",
                                    f"semantic #{r['vector_rank']} (cos {r['cosine']:.2f})" if r["vector_rank"] else "",
                                    f"near text hits #{r['near_rank']} ({_near_how(r['near_cosine'])})"
                                    if r.get("near_rank") else "",
                                    f"newest of {r['versions']} versions" if r.get("versions", 1) > 1 else "") if x)
        lines.append(f"| {i} | {r['id']} | {r['story'] or ''} | {_md(r['outlet'])} | "
                     f"{_md(r['title'] or r['snippet'])} | {how} |")
    lines += _warning_lines(payload["results"], numbered=True)
    if not payload["results"]:
        lines.append("\nNo matches.")
    text = "\n".join(lines) + "\n"
    return text if fmt == "markdown" else _markdown_to_terminal(text)