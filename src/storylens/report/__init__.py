"""Render a :class:`~storylens.models.Comparison` as terminal text, Markdown, HTML or JSON.

JSON follows the ``storylens.comparison/1`` contract (``schemas/comparison-1.json``,
printed by ``storylens schema``). The other formats show the same content
for people: documents, same-story score with reasons, the claim ledger
(shared, conflicting, unique, with a coverage column when there are more than
two documents), entities, quotes, framing and timeline.
"""

from __future__ import annotations

import dataclasses
import functools
import html
import io
import json
from collections.abc import Callable, Iterable, Mapping, Sequence
from importlib import resources
from types import SimpleNamespace
from typing import Any

from .. import _lost
from .._markdown import md_escape
from ..errors import ConfigError, a_flag, wrong_type
from ..models import (
    GROUP_NOT_JUDGED,
    NOT_JUDGED,
    NOUNS_NOT_JUDGED,
    PLACES_NOT_JUDGED,
    Claim,
    Comparison,
    Document,
    Quote,
    QuoteMatch,
    plain,
    source_roots,
)

__all__ = ["FORMATS", "comparison_to_dict", "differs_label", "highlight_spans", "load_schema", "load_schema_text", "md_escape", "render",
           "validate"]

SCHEMA_ID = "storylens.comparison/1"
# A shared claim whose figures differ without contradicting each other (Claim.differs).
DIFFERS_LABEL = "figures differ (not a contradiction)"


def differs_label(differs: str) -> str:
    """The label before a claim's ``differs``: "not a contradiction" only when every line was judged so, plain
    "figures differ" when a line's figures come from a pair too far apart to check, count nouns of two
    languages or count a toll within a group against a plain one (its line says so); "places differ" when every line sets two places side by side (never judged either)."""
    lines = differs.split("; ")
    if all(line.startswith("place: ") and line.endswith(PLACES_NOT_JUDGED) for line in lines):
        return "places differ"
    return "figures differ" if any(n in differs for n in (NOT_JUDGED, NOUNS_NOT_JUDGED, PLACES_NOT_JUDGED, GROUP_NOT_JUDGED)) else DIFFERS_LABEL
STATUS_LABEL = {
    "shared": "shared: stated by several sources",
    "conflicting": "conflicting: aligned, but details disagree",
    "unique": "unique: only one source says it",
}


# -- shown text ---------------------------------------------------------------
def shown(comparison: Comparison) -> Comparison:
    """``comparison`` as it is shown: a letter lost in a mis-decoding, U+FFFD in every text the analysis read
    (:mod:`storylens.ingest.lossy`), is its mark (Ɂ, ɂ, □: :func:`storylens._lost.marked`) in every text of
    the report, one character for one so offsets hold: sentences, evidence, quotes, speakers, entities,
    warnings, in every format (mojibake80). A comparison of texts without U+FFFD is returned as it is."""
    if not any(_lost.holds_lost((d.text, d.title)) for d in comparison.documents):
        return comparison
    return _shown_value(comparison)


def _shown_value(value: Any) -> Any:
    if isinstance(value, str):
        return _lost.marked(value)
    if isinstance(value, (tuple, list)):
        items = [_shown_value(v) for v in value]
        if all(a is b for a, b in zip(items, value)):
            return value
        if type(value) in (tuple, list):
            return type(value)(items)
        return value._make(items) if hasattr(value, "_make") else value
    if isinstance(value, Mapping):
        pairs = {k: v if k in _lost.VERBATIM_KEYS else _shown_value(v) for k, v in value.items()}
        return value if all(pairs[k] is value[k] for k in pairs) else dict(pairs)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        changed = {}
        for f in dataclasses.fields(value):
            if f.init and f.name not in _lost.VERBATIM_KEYS:  # a file's path, a page's address: as they are
                old = getattr(value, f.name)
                new = _shown_value(old)
                if new is not old:
                    changed[f.name] = new
        return dataclasses.replace(value, **changed) if changed else value
    return value


# -- JSON ---------------------------------------------------------------------
def comparison_to_dict(comparison: Comparison) -> dict[str, Any]:
    comparison = shown(comparison)
    docs = [_document_dict(d) for d in comparison.documents]
    out: dict[str, Any] = {
        "schema": SCHEMA_ID,
        "documents": docs,
        "similarity": plain(comparison.similarity),
        "claims": [plain(c) for c in comparison.claims],
        "entities": [plain(e) for e in comparison.entities],
        "quotes": [plain(q) for q in comparison.quotes],
        "framing": [plain(f) for f in comparison.framing],
        "timeline": [plain(t) for t in comparison.timeline],
        "summary": [plain(e) for e in comparison.summary],
        "failures": [plain(f) for f in comparison.failures],
        "coverage": plain(dict(comparison.coverage)),
        "document_adds": plain(dict(comparison.document_adds)),
        "tone": plain(dict(comparison.tone)),
        "publication_dates": plain(dict(comparison.publication_dates)),
    }
    if comparison.pairwise_similarity:
        out["pairwise_similarity"] = plain(comparison.pairwise_similarity)
    if comparison.updates:
        out["updates"] = [plain(u) for u in comparison.updates]
    if comparison.reprints:
        out["reprints"] = [{**plain(r), "note": r.note} for r in comparison.reprints]
        out["one_source_claims"] = {c.id: note for c in comparison.claims if (note := one_source_note(c.docs, comparison))}
        out["independent_sources"] = {c.id: independent_sources(c.docs, comparison) for c in comparison.claims
                                      if source_note(c.docs, comparison)}
        out["reprinted_quote_matches"] = [{"quote": q.id, "match": m.quote, "note": note} for q in comparison.quotes
                                          for m in q.matches if (note := _reprinted_match(q, m, comparison))]
    if comparison.set_aside:
        out["set_aside"] = [{"doc": doc, "reason": why} for doc, why in comparison.set_aside.items()]
    # Untyped additions of other stages, outside the schema's typed fields.
    out.update({k: v for k, v in plain(dict(comparison.extras)).items() if k not in out})
    return out


def _document_dict(doc: Document) -> dict[str, Any]:
    return {
        "id": doc.id,
        "source": doc.source,
        "outlet": doc.outlet,
        "title": doc.title,
        "url": doc.url,
        "authors": list(doc.authors),
        "contributors": list(doc.contributors),
        "published": doc.published,
        "language": doc.language,
        "sentences": [{"id": s.id, "text": s.text} for s in doc.sentences],
        "removed": [{"kind": r.kind, "text": r.text} for r in doc.removed],
        "warnings": list(doc.warnings),
        **({"place": doc.place} if doc.place else {}),
        **({"dateline_day": doc.dateline_day} if doc.dateline_day else {}),
        **({"dateline_time": doc.dateline_time} if doc.dateline_time else {}),
    }


def _byline(authors: Sequence[str], contributors: Sequence[str]) -> str:
    """The documents table's authors cell: "A, B (+ C)" with contributors after the authors, the contributors
    alone when a desk wrote it ("By Reuters staff" + "(Reporting by Ahmed Fahmy …)" was " (+ Ahmed Fahmy)":
    trial55 F11)."""
    if not authors:
        return ", ".join(contributors)
    return ", ".join(authors) + (f" (+ {', '.join(contributors)})" if contributors else "")


def _published(doc: Document) -> str:
    """A document's publication date as the reports show it: ``YYYY-MM-DD`` with the filing time its dateline
    states ("2026-11-26 08:10": two versions of one day are told apart by it, trial52 F26), a dateline's day of
    no known year as "--11-26 (year unknown)" (trial52 F3: "BEIJING, Nov 26 (Reuters)" showed "-"; the year is
    never the clock's), else "-"."""
    if doc.published:
        return f"{doc.published} {doc.dateline_time}" if doc.dateline_time else doc.published
    return f"{doc.dateline_day} (year unknown)" if doc.dateline_day else "-"


def load_schema_text(name: str = "comparison") -> str:
    try:
        return resources.files("storylens").joinpath(f"schemas/{name}-1.json").read_text(encoding="utf-8")
    except FileNotFoundError:
        known = sorted(f.name.removesuffix("-1.json") for f in resources.files("storylens").joinpath("schemas").iterdir()
                       if f.name.endswith("-1.json"))
        raise ConfigError(f"unknown schema {name!r}; use one of {', '.join(known)}") from None


def load_schema(name: str = "comparison") -> dict[str, Any]:
    return json.loads(load_schema_text(name))


def validate(report: dict[str, Any], name: str = "comparison") -> None:
    """Raise ``jsonschema.ValidationError`` if ``report`` breaks the contract (the error
    ``jsonschema.validate`` raises: the best match of all the errors)."""
    import jsonschema

    error = jsonschema.exceptions.best_match(_validator(name).iter_errors(report))
    if error is not None:
        raise error


@functools.cache
def _validator(name: str) -> Any:
    """The validator of the shipped schema ``name``, the schema itself checked once per process:
    ``jsonschema.validate`` checked it against its meta-schema on every call, ~0.1-0.25 CPU-s, most of
    validating a report (7 validations in tests/cli and tests/report: 1.85 of them; stop 57, suite57)."""
    import jsonschema

    schema = load_schema(name)
    cls = jsonschema.validators.validator_for(schema)
    cls.check_schema(schema)
    return cls(schema)


def _json(comparison: Comparison) -> str:
    return json.dumps(comparison_to_dict(comparison), ensure_ascii=False, indent=2)


# -- shared helpers -------------------------------------------------------------
def _basename(source: str) -> str:
    return source.rsplit("/", 1)[-1]


def _doc_label(doc: Document) -> str:
    return doc.outlet or _basename(doc.source)


def _update_lines(comparison: Comparison) -> list[tuple[str, list[str]]]:
    """("d2 updates d1 (Reuters; Updated: August 15, 2026, 08:20 WEST)", [its changes]) for each pair of
    versions of one article: the outlet, and the newer one's update stamp or correction notice as cleaning
    removed it (its publication day may be the older one's: the stamp says when it was updated)."""
    out = []
    for u in comparison.updates:
        older, newer = comparison.document(u.older), comparison.document(u.newer)
        said = [newer.outlet or older.outlet or "", *(r.text for r in newer.removed if r.kind in ("stamp", "notice"))]
        note = "; ".join(x for x in said if x)
        out.append((f"{u.newer} updates {u.older}" + (f" ({note})" if note else ""),
                    list(u.changes) or ["no figure or sentence changed"]))
    return out


def _source_of(comparison: Comparison) -> dict[str, str]:
    """Document id -> the id of the source it counts as (:func:`~storylens.models.source_roots`)."""
    return source_roots((d.id for d in comparison.documents), comparison.reprints)


def one_source_note(docs: Iterable[str], comparison: Comparison) -> str | None:
    """"one source (d2 reprints d1)" when documents ``docs`` (two or more) are one source and its reprints
    alone: what they say together is no confirmation (trial57 F26); None otherwise."""
    docs = set(docs)
    if len(docs) < 2 or not comparison.reprints:
        return None
    source = _source_of(comparison)
    if len({source.get(d, d) for d in docs}) != 1:
        return None
    said = [f"{r.copy} reprints {r.original}" for r in comparison.reprints if {r.copy, r.original} <= docs]
    return f"one source ({'; '.join(said)})"


def independent_sources(docs: Iterable[str], comparison: Comparison) -> int:
    """How many independent sources documents ``docs`` are: a reprint and its original count once."""
    source = _source_of(comparison)
    return len({source.get(d, d) for d in docs})


def source_note(docs: Iterable[str], comparison: Comparison) -> str | None:
    """What a reprint among ``docs`` does to their count: "one source (d2 reprints d1)" (:func:`one_source_note`),
    "3 independent sources (d2 reprints d1)" when others carry it too, None when no reprint is among them."""
    docs = set(docs)
    if one := one_source_note(docs, comparison):
        return one
    said = [f"{r.copy} reprints {r.original}" for r in comparison.reprints if {r.copy, r.original} <= docs]
    return f"{independent_sources(docs, comparison)} independent sources ({'; '.join(said)})" if said else None


def _reprinted_match(quote: Quote, match: QuoteMatch, comparison: Comparison) -> str | None:
    """"one source (d2 reprints d1): no confirmation" when ``match`` is the same quotation in a reprint of
    ``quote``'s document (or in its original), else None."""
    if not comparison.reprints:
        return None
    other = next((q.doc for q in comparison.quotes if q.id == match.quote), None)
    note = one_source_note((quote.doc, other), comparison) if other else None
    return f"{note}: no confirmation" if note else None


def _match_label(quote: Quote, match: QuoteMatch, comparison: Comparison | None = None) -> str:
    """"q4 (0.66)", and "same words, different speakers: Radoslaw Sikorski / Donald Tusk" when the matched
    quotation names another person (trial49 F21), "one source (d2 reprints d1): no confirmation" when it is
    the reprint's copy of it (trial57 F26)."""
    label = f"{match.quote} ({match.score:.2f})"
    if match.other_speaker:
        label += f" same words, different speakers: {quote.speaker} / {match.other_speaker};"
    if comparison is not None and (note := _reprinted_match(quote, match, comparison)):
        label += f" {note};"
    return label


def _confirmed(comparison: Comparison) -> list[Quote]:
    """The quotations matched in another independent source (a reprint's copy is none)."""
    return [q for q in comparison.quotes if any(not _reprinted_match(q, m, comparison) for m in q.matches)]


def _reprint_lines(comparison: Comparison) -> list[str]:
    """"d2 reprints d1 (Reuters): near-identical text, the wire's dateline", one per reprint."""
    return [r.note for r in comparison.reprints]


def _outlet_cell(doc: Document, comparison: Comparison) -> str:
    """The Documents table's outlet: "The Gulf Chronicle (reprints d1)" for a reprint."""
    originals = [r.original for r in comparison.reprints if r.copy == doc.id]
    return (doc.outlet or "-") + (f" (reprints {', '.join(originals)})" if originals else "")


def _shared_title(claims: Sequence[Claim], comparison: Comparison) -> str:
    """"Shared claims (7)", with "; 7 of them one source and its reprint" when a reprint carries some."""
    alone = sum(bool(one_source_note(c.docs, comparison)) for c in claims)
    return f"Shared claims ({len(claims)}" + (f"; {alone} of them one source and its reprint" if alone else "") + ")"


def _coverage(claim: Claim, comparison: Comparison) -> str:
    return "".join("●" if d.id in claim.docs else "·" for d in comparison.documents)


def _strength(claim: Claim, comparison: Comparison) -> str:
    """"match 0.71" for a shared/conflicting claim, "weak match 0.48" below the sure
    threshold of its language pair (see :func:`storylens.analysis.claims.is_weak`)."""
    return strength_label(claim.status, claim.docs, claim.confidence,
                          {d.id: d.language for d in comparison.documents}) or ""


def strength_label(status: str, docs: Iterable[str], confidence: float,
                   languages: Mapping[str, str | None]) -> str | None:
    """How sure a claim's match is, as every report says it ("weak match 0.48"); None for a unique claim."""
    from ..analysis.claims import weak_match

    if status == "unique":
        return None
    return f"{'weak match' if weak_match(status, docs, confidence, languages) else 'match'} {confidence:.2f}"


def _by_status(comparison: Comparison, status: str) -> list[Claim]:
    return [c for c in comparison.claims if c.status == status]


def different_stories_note(comparison: Comparison) -> str | None:
    """A caution over the ledger of two documents judged different stories (over its conflicts) or given no
    verdict (over its shared claims and conflicts), or None (:func:`ledger_caution`). With three or more, a
    document of another story is set aside and never aligned; two are compared as asked, so their "conflicts"
    may be two events' figures (trial 12: Romania's PSD at 27,6 % against Portugal's AD at 31,2 % under
    "Conflicting claims")."""
    return ledger_caution(comparison.similarity.same_story, len(comparison.documents),
                          bool(_by_status(comparison, "shared")), bool(_by_status(comparison, "conflicting")))


def ledger_caution(same_story: bool | None, documents: int, shared: bool, conflicting: bool) -> str | None:
    """The caution every report (and the web ledger, from the JSON) prints over a ledger of ``documents`` whose
    verdict is ``same_story``, with or without ``shared`` and ``conflicting`` claims; None when none is due."""
    if documents != 2 or same_story is True:
        return None
    if same_story is None:
        # no verdict (a language the sentence encoder does not read, too little text): the ledger is aligned as
        # if one story, so its shared claims may be two events' alike sentences (trial59 F5: two floods in
        # Turkey and Spain, "NO VERDICT (overall 0.04)", then "Shared claims (3)" at match 1.00 without a word)
        if not (shared or conflicting):
            return None
        return ("No verdict on whether the two documents report one story: their claims are aligned as asked, "
                "so a shared claim or a disagreement below may be two events' alike sentences.")
    if not conflicting:
        return None
    return ("The two documents are judged different stories: their claims are aligned as asked, and a "
            "disagreement below may be two events' figures rather than a contradiction.")


def _adds(comparison: Comparison) -> list[tuple[str, list[dict]]]:
    """Per document, the unique claims that add most (computed by the pipeline)."""
    adds = comparison.document_adds
    return [(d.id, [plain(a) for a in adds[d.id]]) for d in comparison.documents if adds.get(d.id)]


def _entity_rows(comparison: Comparison) -> list[tuple[str, str, str, str]]:
    rows = []
    for e in comparison.entities:
        if len(e.variants) < 2 and len({m.doc for m in e.mentions}) < 2:
            continue
        reasons = "; ".join(f"{l.a} = {l.b}: {l.reason}" for l in e.links)
        rows.append((e.name, e.type, " / ".join(e.variants), reasons))
    return rows


# -- terminal -------------------------------------------------------------------
def _terminal(comparison: Comparison, color: bool | None = None, width: int = 110) -> str:
    from rich.console import Console
    from rich.panel import Panel
    from rich.table import Table
    from rich.text import Text

    buf = io.StringIO()
    console = Console(file=buf, force_terminal=bool(color), color_system="standard" if color else None,
                      width=width, highlight=False, emoji=False)
    docs = Table(title="Documents", show_lines=False, expand=True)
    for col in ("id", "outlet", "title / source", "authors", "published", "lang", "sentences", "removed"):
        docs.add_column(col, overflow="fold")
    for d in comparison.documents:
        authors = _byline(d.authors, d.contributors)
        removed = ", ".join(sorted({r.kind for r in d.removed})) or "-"
        docs.add_row(d.id, _outlet_cell(d, comparison), d.title or _basename(d.source), authors or "-", _published(d),
                     d.language or "-", str(len(d.sentences)), removed)
    console.print(docs)
    for line in _reprint_lines(comparison):
        console.print(Text(f"Reprint: {line} (counted as one source)", style="bold"))

    sim = comparison.similarity
    if sim.same_story is None:  # too little text: no verdict and no score that looks like one
        body = Text(f"{verdict_text(sim).upper()}\n", style="bold yellow")
    else:
        dims = "  ".join(f"{k} {v:.2f}" for k, v in sim.dimensions.items() if v is not None)
        body = Text(f"{verdict_text(sim).upper()}   overall {sim.overall:.2f}\n",
                    style="bold green" if sim.same_story else "bold red")
        if dims:
            body.append(dims + "\n")
    for reason in sim.reasons:
        body.append(f"• {reason}\n")
    console.print(Panel(body, title="Same story?", expand=True))
    for head, changes in _update_lines(comparison):
        console.print(Text(f"Versions: {head}", style="bold"))
        for change in changes:
            console.print(f"• {change}", markup=False)
    console.print(Text("Legend: ", style="bold") + Text("■ shared ", style="green") +
                  Text("■ conflicting ", style="red") + Text("■ unique ", style="yellow") +
                  Text("figures differ = compatible, not a contradiction ", style="yellow") +
                  Text(" coverage ● = document carries the claim, in document order"))
    if note := different_stories_note(comparison):
        console.print(Text(note, style="bold yellow"))

    for status, style in (("conflicting", "red"), ("shared", "green")):
        claims = _by_status(comparison, status)
        if not claims:
            continue
        title = _shared_title(claims, comparison) if status == "shared" else f"{status.capitalize()} claims ({len(claims)})"
        table = Table(title=title, title_style=f"bold {style}",
                      expand=True, show_lines=True)
        table.add_column("claim", width=5)
        table.add_column("cover", width=max(5, len(comparison.documents)))
        table.add_column("evidence", ratio=1, overflow="fold")
        for c in claims:
            ev = Text()
            for e in c.evidence:
                ev.append(f"[{e.doc}] ", style=f"bold {style}")
                ev.append(e.text + "\n")
            for doc, words in c.details.items():
                ev.append(f"only {doc} mentions: {', '.join(words)}\n", style="yellow")
            if c.conflict:
                ev.append(f"disagree on: {c.conflict}\n", style="bold red")
            if c.differs:
                ev.append(f"{differs_label(c.differs)}: {c.differs}\n", style="bold yellow")
            if one := source_note(c.docs, comparison):
                ev.append(f"{one}\n", style="bold yellow")
            strength = _strength(c, comparison)
            ev.append(strength, style="bold magenta" if strength.startswith("weak") else "dim")
            table.add_row(c.id, _coverage(c, comparison), ev)
        console.print(table)

    for d in comparison.documents:
        claims = [c for c in _by_status(comparison, "unique") if c.docs == (d.id,)]
        if not claims:
            continue
        table = Table(title=f"Only in {d.id} ({_doc_label(d)}): {len(claims)}", title_style="bold yellow",
                      expand=True)
        table.add_column("claim", width=5)
        table.add_column("text", ratio=1, overflow="fold")
        for c in claims:
            table.add_row(c.id, c.text)
        console.print(table)

    _terminal_extras(console, comparison, Table)
    return buf.getvalue()


def _terminal_extras(console, comparison: Comparison, Table) -> None:
    from rich.markup import escape

    rows = _entity_rows(comparison)
    if rows:
        table = Table(title="Entities across sources", expand=True)
        for col in ("entity", "type", "variants", "why linked"):
            table.add_column(col, overflow="fold")
        for row in rows:
            table.add_row(*row)
        console.print(table)
    matched = _confirmed(comparison)
    if comparison.quotes:
        table = Table(title=f"Quotes ({len(comparison.quotes)}, {len(matched)} matched across sources)", expand=True,
                      show_lines=True)
        for col in ("quote", "speaker", "text", "same utterance elsewhere"):
            table.add_column(col, overflow="fold")
        for q in comparison.quotes:
            other = "\n".join(f"{_match_label(q, m, comparison)} {m.diff or ''}" for m in q.matches)
            table.add_row(f"{q.id} [{q.doc}]", q.speaker or "?", q.text, other or "-")
        console.print(table)
    if comparison.framing:
        table = Table(title="Framing: same thing, different words", expand=True)
        table.add_column("concept")
        for d in comparison.documents:
            table.add_column(f"{d.id} ({_doc_label(d)})")
        for f in comparison.framing:
            table.add_row(f.concept, *[f.terms.get(d.id, "-") for d in comparison.documents])
        console.print(table)
    tone = _tone_rows(comparison)
    if tone:
        table = Table(title="Tone cues (wording, not a verdict)", expand=True)
        for col in _TONE_COLUMNS:
            table.add_column(col, overflow="fold")
        for cues in tone:
            table.add_row(*cues)
        console.print(table)
    if comparison.timeline:
        table = Table(title="Timeline", expand=True)
        table.add_column("date")
        table.add_column("event", overflow="fold")
        table.add_column("sources")
        for t in comparison.timeline:
            table.add_row(t.date, t.text, ", ".join(sorted({e.doc for e in t.evidence})))
        console.print(table)
    if comparison.summary:
        console.print("[bold]Summary[/bold] (sentences shared by the sources)")
        for e in comparison.summary:
            console.print(f"• {e.text} [{e.sentence}]", markup=False)
    for doc_id, adds in _adds(comparison):
        console.print(f"[bold]What {doc_id} adds[/bold]")
        for item in adds:
            console.print(f"• {item['text']} [{item['sentence']}]", markup=False)
    for fail in comparison.failures:
        console.print(f"[red]skipped[/red] {fail.source}: {fail.reason}")
    for d, warning in _warnings(comparison):
        console.print(f"[yellow]warning[/yellow] {d.id}: {escape(warning)}")


_TONE_COLUMNS = ("document", "score", "loaded terms", "hedges", "attributed / asserted sentences")


def _tone_rows(comparison: Comparison) -> list[tuple[str, ...]]:
    """The ``tone`` cues of the JSON report as table rows (empty when the comparison has none)."""
    # The typed field (storylens.models.Tone); an untyped ``extras["tone"]`` from older callers still shows.
    tone = {doc: plain(cues) for doc, cues in comparison.tone.items()} or comparison.extras.get("tone") or {}
    rows: list[tuple[str, ...]] = []
    for d in comparison.documents:
        cues = tone.get(d.id)
        if not cues:
            continue
        loaded = ", ".join(f"{term} ×{n}" if n > 1 else term for term, n in
                           sorted(cues.get("loaded", {}).items(), key=lambda kv: -kv[1])[:6]) or "-"
        rows.append((f"{d.id} ({_doc_label(d)})", f"{cues.get('score', 0.0):.2f}", loaded,
                     str(sum(cues.get("hedges", {}).values())),
                     f"{cues.get('attributions', 0)} / {cues.get('assertions', 0)}"))
    return rows


# -- Markdown -----------------------------------------------------------------
# md_escape: storylens._markdown (the story list and search escape with it without loading this module).


def _warnings(comparison: Comparison) -> list[tuple[Document, str]]:
    """Each document's warnings (a text cut short, a language outside the language data), in document order:
    the report says them as the command line does on stderr (trial50 F11: a file or a page read later had
    none of them)."""
    return [(d, w) for d in comparison.documents for w in d.warnings]


def _markdown(comparison: Comparison) -> str:
    out = ["# StoryLens comparison", "", "## Documents", "",
           "| id | outlet | title / source | authors | published | language | sentences |", "|---|---|---|---|---|---|---|"]
    for d in comparison.documents:
        out.append(f"| {d.id} | {md_escape(_outlet_cell(d, comparison))} | {md_escape(d.title or d.source)} | "
                   f"{md_escape(', '.join(d.authors) or '-')} | {_published(d)} | {d.language or '-'} | {len(d.sentences)} |")
    out += [""] + [f"**Reprint:** {md_escape(line)} (counted as one source)" for line in _reprint_lines(comparison)]
    sim = comparison.similarity
    out += ["", "## Same story?", "", f"**{verdict_text(sim)}**{_overall(sim)}", ""]
    dims = [f"{k} {v:.2f}" for k, v in sim.dimensions.items() if v is not None and sim.same_story is not None]
    if dims:
        out += ["Dimensions: " + ", ".join(dims), ""]
    out += [f"- {r}" for r in sim.reasons]
    for head, changes in _update_lines(comparison):
        out += ["", f"## Versions: {md_escape(head)}", ""] + [f"- {md_escape(c)}" for c in changes]
    out += ["", ("Legend: **shared** = stated by several sources; **conflicting** = aligned but details disagree; "
             "**unique** = one source only; **figures differ** = different but compatible figures (at least 42 / at least 57), "
             "not a contradiction. Coverage: ● carries the claim, · does not (document order)."), ""]
    if note := different_stories_note(comparison):
        out += [f"**{note}**", ""]
    for status in ("conflicting", "shared"):
        claims = _by_status(comparison, status)
        if not claims:
            continue
        title = _shared_title(claims, comparison) if status == "shared" else f"{status.capitalize()} claims ({len(claims)})"
        out += [f"## {title}", "", "| claim | coverage | evidence |", "|---|---|---|"]
        for c in claims:
            ev = "<br>".join(f"**{e.doc}**: {md_escape(e.text)}" for e in c.evidence)
            ev += "".join(f"<br>*only {doc} mentions: {md_escape(', '.join(w))}*" for doc, w in c.details.items())
            if c.conflict:
                ev += f"<br>*disagree on: {md_escape(c.conflict)}*"
            if c.differs:
                ev += f"<br>*{differs_label(c.differs)}: {md_escape(c.differs)}*"
            if one := source_note(c.docs, comparison):
                ev += f"<br>*{md_escape(one)}*"
            strength = _strength(c, comparison)
            ev += f"<br>**{strength}**" if strength.startswith("weak") else f"<br>{strength}"
            out.append(f"| {c.id} | {_coverage(c, comparison)} | {ev} |")
        out.append("")
    for d in comparison.documents:
        claims = [c for c in _by_status(comparison, "unique") if c.docs == (d.id,)]
        if claims:
            out += [f"## Only in {d.id} ({md_escape(_doc_label(d))})", ""]
            out += [f"- {c.id}: {md_escape(c.text)}" for c in claims]
            out.append("")
    rows = _entity_rows(comparison)
    if rows:
        out += ["## Entities across sources", "", "| entity | type | variants | why linked |", "|---|---|---|---|"]
        out += [f"| {' | '.join(md_escape(x) for x in row)} |" for row in rows]
        out.append("")
    if comparison.quotes:
        out += ["## Quotes", "", f"{len(comparison.quotes)} quotations, {len(_confirmed(comparison))} matched across sources.",
                "", "| quote | speaker | text | same utterance elsewhere |", "|---|---|---|---|"]
        for q in comparison.quotes:
            other = "<br>".join(f"{md_escape(_match_label(q, m, comparison))} {md_escape(m.diff or '')}" for m in q.matches) or "-"
            out.append(f"| {q.id} [{q.doc}] | {md_escape(q.speaker or '?')} | {md_escape(q.text)} | {other} |")
        out.append("")
    if comparison.framing:
        out += ["## Framing", "", "| concept | " + " | ".join(d.id for d in comparison.documents) + " |",
                "|---|" + "---|" * len(comparison.documents)]
        for f in comparison.framing:
            out.append(f"| {md_escape(f.concept)} | " + " | ".join(md_escape(f.terms.get(d.id, "-")) for d in comparison.documents) + " |")
        out.append("")
    tone = _tone_rows(comparison)
    if tone:
        out += ["## Tone cues", "", "| " + " | ".join(_TONE_COLUMNS) + " |", "|---" * len(_TONE_COLUMNS) + "|"]
        out += ["| " + " | ".join(md_escape(c) for c in row) + " |" for row in tone] + [""]
    if comparison.timeline:
        out += ["## Timeline", ""]
        out += [f"- **{t.date}** {md_escape(t.text)} ({', '.join(sorted({e.doc for e in t.evidence}))})" for t in comparison.timeline]
        out.append("")
    if comparison.summary:
        out += ["## Summary", ""] + [f"- {md_escape(e.text)} [{e.sentence}]" for e in comparison.summary] + [""]
    for doc_id, adds in _adds(comparison):
        out += [f"### What {doc_id} adds", ""] + [f"- {md_escape(a['text'])} [{a['sentence']}]" for a in adds] + [""]
    for fail in comparison.failures:
        out.append(f"> skipped {md_escape(fail.source)}: {md_escape(fail.reason)}")
    for d, warning in _warnings(comparison):
        out.append(f"> warning {d.id}: {md_escape(warning)}")
    return "\n".join(out).rstrip() + "\n"


# -- HTML ---------------------------------------------------------------------
_CSS = """
body{font-family:system-ui,sans-serif;margin:1.5rem;color:#222;max-width:1600px}
h1{font-size:1.4rem} h2{font-size:1.15rem;margin-top:1.6rem}
.verdict{font-size:1.1rem;font-weight:bold} .same{color:#1a7f37} .diff{color:#b42318} .undecided{color:#9a6700}
.cols{display:grid;gap:1rem} .col{border:1px solid #ddd;border-radius:6px;padding:.6rem .9rem;background:#fff}
.col h3{margin:.2rem 0 .5rem;font-size:1rem} .meta{color:#666;font-size:.85rem}
p.s{margin:.35rem 0;line-height:1.45}
mark{padding:0 .1rem;border-radius:3px;cursor:pointer}
mark.shared{background:#d7f5dd} mark.conflicting{background:#ffd6d6} mark.unique{background:#fff3c4}
mark.hl{outline:2px solid #1f6feb}
table{border-collapse:collapse;width:100%;font-size:.9rem} td,th{border:1px solid #ddd;padding:.3rem .5rem;vertical-align:top;text-align:left}
.legend span{margin-right:1rem} .conf{color:#b42318;font-weight:bold} .differs{color:#8a4b00;font-weight:bold}
del{background:#ffd6d6} ins{background:#d7f5dd;text-decoration:none}
"""
_JS = """
document.querySelectorAll('mark[data-claim]').forEach(function(m){
  m.addEventListener('click',function(ev){
    ev.stopPropagation();
    document.querySelectorAll('mark.hl').forEach(function(x){x.classList.remove('hl')});
    document.querySelectorAll('mark[data-claim="'+m.dataset.claim+'"]').forEach(function(x){x.classList.add('hl')});
    var row=document.getElementById('claim-'+m.dataset.claim); if(row){row.scrollIntoView({block:'nearest'})}
  });
});
"""


def verdict_text(sim: Any) -> str:
    """"Same story", "Different stories", or with no verdict (``same_story`` None) "Not enough text
    to judge" (too little text) or "No verdict" (an input that is no article; ``undecided`` says why)."""
    if isinstance(sim, Mapping):  # the web view's JSON form
        sim = SimpleNamespace(same_story=sim.get("same_story"), undecided=sim.get("undecided"))
    if sim.same_story is None:
        undecided = getattr(sim, "undecided", None) or ""
        return "No verdict" if undecided and not undecided.startswith("not enough text") else "Not enough text to judge"
    return "Same story" if sim.same_story else "Different stories"


def verdict_class(sim: Any) -> str:
    """CSS class of the verdict: same, diff or undecided."""
    return "undecided" if sim.same_story is None else ("same" if sim.same_story else "diff")


def _overall(sim: Any) -> str:
    return "" if sim.same_story is None else f" — overall {sim.overall:.2f}"


def _html(comparison: Comparison) -> str:
    e = html.escape
    sim = comparison.similarity
    parts = ["<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>",
             "<meta name='viewport' content='width=device-width, initial-scale=1'>",
             "<title>StoryLens comparison</title>", f"<style>{_CSS}</style></head><body>",
             "<h1>StoryLens comparison</h1>",
             (f"<p class='verdict {verdict_class(sim)}'>{e(verdict_text(sim))}{_overall(sim)}</p>")]
    dims = [f"{k} {v:.2f}" for k, v in sim.dimensions.items() if v is not None and sim.same_story is not None]
    if dims:
        parts.append(f"<p>{e(', '.join(dims))}</p>")
    parts.append("<ul>" + "".join(f"<li>{e(r)}</li>" for r in sim.reasons) + "</ul>")
    parts.append("<p class='legend'><span><mark class='shared'>shared</mark></span>"
                 "<span><mark class='conflicting'>conflicting</mark></span><span><mark class='unique'>unique</mark></span>"
                 "Click a highlighted span to see the same claim in the other columns.</p>")
    if note := different_stories_note(comparison):
        parts.append(f"<p class='conf'>{e(note)}</p>")
    parts += [f"<p class='reprint'><b>Reprint:</b> {e(line)} (counted as one source)</p>" for line in _reprint_lines(comparison)]
    # an input left out, as the markdown and terminal reports say it (final42 P4: the page did not)
    parts += [f"<p class='conf skipped'>skipped {e(fail.source)}: {e(fail.reason)}</p>" for fail in comparison.failures]
    parts += [f"<p class='conf warning'>warning {e(d.id)}: {e(w)}</p>" for d, w in _warnings(comparison)]
    parts.append(f"<div class='cols' style='grid-template-columns:repeat({len(comparison.documents)},1fr)'>")
    spans = _spans_by_sentence(comparison)
    for d in comparison.documents:
        published = _published(d)
        outlet = _outlet_cell(d, comparison) if d.outlet or any(r.copy == d.id for r in comparison.reprints) else None
        meta = " · ".join(x for x in (outlet, ", ".join(d.authors), None if published == "-" else published, d.language) if x)
        # the column in its language, each line's direction from its own text (trial 17 #16: Arabic
        # sentences ran left to right, their final stop at the wrong end), as the web ledger does
        lang = f" lang='{e(d.language)}'" if d.language else ""
        parts.append(f"<div class='col' id='doc-{e(d.id)}'{lang}><h3 dir='auto'>{e(d.id)}: {e(d.title or _doc_label(d))}</h3>"
                     f"<div class='meta' dir='auto'>{e(meta)}<br>{e(d.source)}</div>")
        for s in d.sentences:
            parts.append(f"<p class='s' id='{e(s.id)}' dir='auto'>{highlight_spans(s.text, spans.get(s.id, []))}</p>")
        parts.append("</div>")
    parts.append("</div>")
    parts.append("<h2>Claim ledger</h2><table><tr><th>claim</th><th>status</th><th>coverage</th><th>evidence</th></tr>")
    for c in comparison.claims:
        ev = "<br>".join(f"<a href='#{e(x.sentence)}'>{e(x.doc)}</a>: <bdi>{e(x.text)}</bdi>" for x in c.evidence)
        ev += "".join(f"<br><i>only {e(doc)} mentions: <bdi>{e(', '.join(w))}</bdi></i>" for doc, w in c.details.items())
        if c.conflict:
            ev += f"<br><span class='conf'>disagree on: <bdi>{e(c.conflict)}</bdi></span>"
        if c.differs:
            ev += f"<br><span class='differs'>{differs_label(c.differs)}: <bdi>{e(c.differs)}</bdi></span>"
        if one := source_note(c.docs, comparison):
            ev += f"<br><span class='differs'>{e(one)}</span>"
        if c.status != "unique":
            ev += f"<br><small>{e(_strength(c, comparison))}</small>"
        parts.append(f"<tr id='claim-{e(c.id)}'><td>{e(c.id)}</td><td><mark class='{c.status}'>{c.status}</mark></td>"
                     f"<td>{_coverage(c, comparison)}</td><td>{ev}</td></tr>")
    parts.append("</table>")
    parts.append(_html_extras(comparison))
    parts.append(f"<script>{_JS}</script></body></html>")
    return "\n".join(parts)


def _spans_by_sentence(comparison: Comparison) -> dict[str, list[tuple[int, int, str, str]]]:
    spans: dict[str, list[tuple[int, int, str, str]]] = {}
    for c in comparison.claims:
        for ev in c.evidence:
            if ev.start is not None and ev.end is not None:
                spans.setdefault(ev.sentence, []).append((ev.start, ev.end, c.status, c.id))
    return spans


def highlight_spans(text: str, spans: list[tuple[int, int, str, str]]) -> str:
    """Escaped sentence HTML with each ``(start, end, status, claim id)`` span in a ``<mark>``;
    a detail that only this document gives is marked inside the shared span that contains it.
    Used by the static HTML report and the web app's ledger."""
    ordered = sorted(spans, key=lambda x: (x[0], -x[1]))
    return _marks(text, 0, len(text), ordered)


def _marks(text: str, start: int, end: int, spans: list[tuple[int, int, str, str]]) -> str:
    e = html.escape
    out, pos = [], start
    while spans:
        s, stop, status, claim = spans.pop(0)
        if s < pos or stop > end:
            continue  # overlaps a span already drawn: keep the first
        inner = [x for x in spans if x[0] >= s and x[1] <= stop]
        spans = [x for x in spans if x not in inner]
        out.append(e(text[pos:s]))
        out.append(f'<mark class="{e(status)}" data-claim="{e(claim)}" title="{e(claim)}: {e(status)}">'
                   f"{_marks(text, s, stop, inner)}</mark>")
        pos = stop
    out.append(e(text[pos:end]))
    return "".join(out)


def _html_extras(comparison: Comparison) -> str:
    e = html.escape
    parts = []
    for head, changes in _update_lines(comparison):
        parts.append(f"<h2>Versions: {e(head)}</h2><ul>" + "".join(f"<li>{e(c)}</li>" for c in changes) + "</ul>")
    rows = _entity_rows(comparison)
    if rows:
        parts.append("<h2>Entities across sources</h2><table><tr><th>entity</th><th>type</th><th>variants</th><th>why linked</th></tr>")
        parts += ["<tr>" + "".join(f"<td>{e(x)}</td>" for x in row) + "</tr>" for row in rows]
        parts.append("</table>")
    if comparison.quotes:
        parts.append(f"<h2>Quotes</h2><p>{len(comparison.quotes)} quotations, {len(_confirmed(comparison))} matched across "
                     "sources.</p><table><tr><th>quote</th><th>speaker</th><th>text</th><th>same utterance elsewhere</th></tr>")
        for q in comparison.quotes:
            other = "<br>".join(f"{e(_match_label(q, m, comparison))} {_diff_html(m.diff)}" for m in q.matches) or "-"
            parts.append(f"<tr><td>{e(q.id)} [<a href='#{e(q.sentence)}'>{e(q.doc)}</a>]</td><td>{e(q.speaker or '?')}</td>"
                         f"<td>{e(q.text)}</td><td>{other}</td></tr>")
        parts.append("</table>")
    if comparison.framing:
        parts.append("<h2>Framing</h2><table><tr><th>concept</th>" +
                     "".join(f"<th>{e(d.id)} ({e(_doc_label(d))})</th>" for d in comparison.documents) + "</tr>")
        for f in comparison.framing:
            parts.append(f"<tr><td>{e(f.concept)}</td>" + "".join(f"<td>{e(f.terms.get(d.id, '-'))}</td>" for d in comparison.documents) + "</tr>")
        parts.append("</table>")
    if comparison.timeline:
        parts.append("<h2>Timeline</h2><ul>")
        parts += [f"<li><b>{e(t.date)}</b> {e(t.text)}</li>" for t in comparison.timeline]
        parts.append("</ul>")
    if comparison.summary:
        parts.append("<h2>Summary</h2><ul>" + "".join(
            f"<li>{e(x.text)} <a href='#{e(x.sentence)}'>[{e(x.sentence)}]</a></li>" for x in comparison.summary) + "</ul>")
    for doc_id, adds in _adds(comparison):
        parts.append(f"<h3>What {e(doc_id)} adds</h3><ul>" + "".join(
            f"<li>{e(a['text'])} <a href='#{e(a['sentence'])}'>[{e(a['sentence'])}]</a></li>" for a in adds) + "</ul>")
    return "\n".join(parts)


def _diff_html(diff: str | None) -> str:
    if not diff:
        return ""
    import re

    text = html.escape(diff)
    text = re.sub(r"\[-(.*?)-\]", r"<del>\1</del>", text)
    return re.sub(r"\{\+(.*?)\+\}", r"<ins>\1</ins>", text)


# -- entry point --------------------------------------------------------------
FORMATS: dict[str, Callable[[Comparison], str]] = {
    "terminal": _terminal,
    "markdown": _markdown,
    "html": _html,
    "json": _json,
}


def render(comparison: Comparison, fmt: str = "terminal", *, color: bool | None = None) -> str:
    """The report as a string in ``fmt`` (terminal, markdown, html, json).

    Raises :class:`~storylens.errors.WrongTypeError` when ``comparison`` is no Comparison, ``fmt`` no str or
    ``color`` no bool or None (robust66: render(None) raised "'NoneType' object has no attribute 'documents'";
    break66r: a numpy array as color, "ambiguous truth value"), ConfigError for a format not known."""
    if not isinstance(comparison, Comparison):
        raise wrong_type(comparison, "comparison", "render() takes a Comparison (what storylens.compare() returns)",
                         decode=False)
    if not isinstance(fmt, str):
        raise wrong_type(fmt, "fmt", f"render() takes a format name ({', '.join(FORMATS)})")
    if fmt not in FORMATS:
        raise ConfigError(f"unknown format {fmt!r}; use one of {', '.join(FORMATS)}")
    a_flag(color, "color", "render() takes color=True, False or None (None: when the terminal shows it)", none=True)
    comparison = shown(comparison)  # a lost letter's mark, in every format
    if fmt == "terminal":
        return _terminal(comparison, color=color)
    return FORMATS[fmt](comparison)
