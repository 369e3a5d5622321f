"""Merging metadata when a stored text arrives again with more of it.

A text first read from a ``.txt`` file has no title, outlet or date; the same
text from a JSONL export or a feed may state them. Its content id is the same,
so ingest skips it as already stored, and the metadata used to be lost. The
merge fills what the stored article lacks and never overwrites a stated value:
a value that disagrees is kept as it was and the other one recorded, so
nothing changes silently. Both go into the article's metadata:

- ``merged``: ``[{"source", "fields": {name: value}}]``, what was filled and from where;
- ``metadata_conflicts``: ``[{"field", "kept", "other", "source"}]``;
- ``carried_by``: ``[{"outlet", "source", "title", "url", "published"}]``, the same text published
  by another outlet (a syndicated wire story): its headline, byline and date are that outlet's
  page, never filled into this article, and the story's coverage counts that outlet.

A copy's outlet is the one preparing it would read: its metadata's, else the one its own text
names (a wire dateline's agency, "TIRANA (AP) —"; :func:`text_outlet`). So the order does not
matter: a wire text after the page that carried it is recorded as that page's wire copy, as the
page after the wire text is recorded as a copy the paper carried; either way the story counts
both outlets. (The article keeps the columns of the copy stored first.)
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from functools import cache
from typing import TYPE_CHECKING, Any

from ..store.base import METADATA_COLUMNS, ArticleRecord, MetadataUpdate

if TYPE_CHECKING:
    from ..models import RawDocument

__all__ = ["ONLY_AN_UPDATE", "ONLY_AN_UPDATES", "incoming_fields", "metadata_update", "published_at", "stamp_moment", "stated", "text_outlet", "update_stamped"]

# Metadata keys that describe how a record was read, not the article: never merged.
_READING_KEYS = frozenset({"warnings", "warnings_cleared", "lead", "encoding", "merged", "metadata_conflicts", "published_raw",
                           "format", "feed", "warc", "crawled", "published_source",
                           "date", "sitename", "title_site", "dateline_day", "stamp_at", "update_stamp", "update_day",
                           "update_mark", "modified"})  # date, sitename: read into columns (published, outlet)


def incoming_fields(meta: Mapping[str, Any]) -> dict[str, str]:
    """The article columns a record's metadata states (as ingest would have stored them)."""
    published = meta.get("published") or meta.get("date")
    values = {
        "title": meta.get("title"),
        "outlet": meta.get("outlet") or meta.get("sitename"),
        "published": str(published)[:10] if published else None,
        "url": meta.get("url"),
        "external_id": meta.get("external_id"),
        "published_at": published_at(meta, str(published)[:10] if published else None),
    }
    return {k: s for k, v in values.items() if (s := stated(v)) is not None}


def published_at(meta: Mapping[str, Any], day: str | None) -> str | None:
    """The moment a record's metadata states (``published_at``, read at ingest), kept only on the day the
    article is dated by (a page's own date that another reading replaced gives no time)."""
    value = stated(meta.get("published_at"))
    return value if value and day and value[:10] == day else None


# A version stamp's clock time ("Stand: 14:20 Uhr.", "Updated: 4:45 p.m. GMT", "Mis à jour à 16h45") and
# the zones a stamp names; a zone no entry names leaves the time without an offset.
_STAMP_TIME = re.compile(r"(?<![\d.])(?P<h>\d{1,2})[:.h](?P<m>\d{2})(?![\d]|[./]\d)\s*(?:(?P<ampm>[ap])\.?\s?m\b\.?)?"
                         r"\s*(?:Uhr\s*)?(?P<zone>[A-Z]{2,4}\b)?(?:(?<=GMT|UTC)(?P<offset>\s?[+\-\u2212]\d+(?::\d+)?))?",
                         re.IGNORECASE)
_STAMP_ZONES = {"UTC": "+00:00", "GMT": "+00:00", "Z": "+00:00", "BST": "+01:00", "CET": "+01:00", "MEZ": "+01:00",
                "CEST": "+02:00", "MESZ": "+02:00", "EET": "+02:00", "EEST": "+03:00", "MSK": "+03:00",
                "TRT": "+03:00", "EST": "-05:00", "EDT": "-04:00", "PST": "-08:00", "PDT": "-07:00"}


def stamp_moment(stamps: Sequence[str], day: str | None) -> str | None:
    """The moment a version stamp closing the text states ("Stand: 14:20 Uhr." with the day 2025-06-05 ->
    "2025-06-05T14:20:00"; with a zone it names, its offset), or None: no stamp, or a stamp whose day is
    not known. A stamp's own full date gives the day ("Stand: 24.11.2026, 23:40 Uhr" ->
    "2026-11-24T23:40:00", whatever day the record is dated by, and also when it is dated by none: final29
    #4, the commonest German form was read as another day's and three versions were "order unknown");
    a time alone is on the article's day (``day``); a relative day ("gestern, 14:20 Uhr") gives none.
    Trial 15 #13: the stamp was removed from the text but not read, so two versions of one day with dates
    alone were "order unknown" though the text stated the time. Without a zone the moment has no offset:
    it orders versions whose moments have none either."""
    for stamp in reversed(stamps):  # the last stamp is the version's (a page may keep "Published" above it)
        match = _STAMP_TIME.search(stamp)
        if match is None:
            continue
        before, after = _stamp_day(stamp[: match.start()]), _stamp_day(stamp[match.end():], after=True)
        if before is None or after is None or before and after and before != after:
            continue
        on = before or after or day
        if not on:
            continue
        hour, minute = int(match["h"]), int(match["m"])
        if match["ampm"]:
            hour = hour % 12 + (12 if match["ampm"].casefold() == "p" else 0)
        if hour > 23 or minute > 59:
            continue
        # "10:15 AM GMT+1" (Reuters), "GMT+5:30": its offset; "GMT+15" no zone has, so no moment (break70h L2)
        # imported here: `storylens stories` imports this module and must not pay for the ingest package (its
        # models and files readers; CI71: test_stories_lists_without_importing_numpy_or_the_segmenter)
        from ..ingest.dates import written_offset

        offset = written_offset(stamp[match.start("zone"):match.end()]) if match["offset"] else ""
        if offset is None:
            continue
        zone = offset or _STAMP_ZONES.get((match["zone"] or "").upper(), "")
        return f"{on}T{hour:02d}:{minute:02d}:00{zone}"
    return None


def _stamp_day(near_time: str, *, after: bool = False) -> str | None:
    """The day the text before a stamp's time (``after``: after it) states: "" when it holds nothing but
    its keyword and a connector ("um", "à"), the date it holds ("24.11.2026" -> "2026-11-24"), None when
    it holds anything else. Review of fixl: "Stand: gestern, 14:20 Uhr" (a relative day) was put on the
    article's day, and a date after the time was never read."""
    from ..ingest.dates import DateError, parse_date

    text = near_time if after else _stamp_keyword().sub("", near_time)
    text = re.sub(r"^(?:um|à|a las|alle|ore|at|в|o|saat|às|on|am|le|el|il|dnia|em|a(?!\s+las\b)|del|du|de|of|vom)\s+"
                  r"|\s*(?:um|à|a las|alle|ore|at|в|o|saat|às)$", "",
                  text.strip(" ,.;()\u3000"), flags=re.IGNORECASE).strip(" ,.;")
    if not text:
        return ""
    try:
        read = parse_date(text)
    except DateError:  # no day read ("gestern", "yesterday"): not known
        return None
    return read if re.fullmatch(r"\d{4}-\d{2}-\d{2}", read or "") else None


def update_stamped(stamps: Sequence[str]) -> bool:
    """A version stamp with a clock time states an update ("Updated: 4:45 p.m.", "Stand: 14:20 Uhr", "Mis à
    jour à 16h45"), not a publication (text/data "publication_stamps": "Published", "Veröffentlicht")."""
    return any(_STAMP_TIME.search(s) and not _publication_keyword().match(s) for s in stamps)


@cache
def _publication_keyword() -> re.Pattern[str]:
    from ..text import LANGUAGES, alternation, profile

    words = alternation(w for lang in LANGUAGES for w in profile(lang).publication_stamps)
    return re.compile(rf"^\W*(?:{words})\b", re.IGNORECASE)


@cache
def _stamp_keyword() -> re.Pattern[str]:
    """A version stamp's opening word of any language ("Stand", "Mis à jour") and its colon."""
    from ..text import LANGUAGES, alternation, profile

    words = alternation(w for lang in LANGUAGES for w in profile(lang).version_stamps)
    return re.compile(rf"^\W*(?:(?:{words})\s*[:：]?|[^\d\n]*?[:：])\s*", re.IGNORECASE)


def text_outlet(text: str) -> str | None:
    """The outlet a text names itself (a dateline's wire agency, a header's or a masthead's outlet),
    as :func:`~storylens.report.compare.prepare_document` reads it when no metadata names one."""
    from ..prepare.clean import clean_text
    from .prepare import ANALYSED_CHARS

    return clean_text(text[: 2 * ANALYSED_CHARS]).outlet  # the part prepare_document cleans


def stated(value: Any) -> str | None:
    """A metadata column value as stored: stripped text, None when empty. The one normalisation for the
    first write and for a re-read (a title with a trailing space was stored as given, then differed from
    its stripped re-read on every later ingest of the same file)."""
    text = str(value).strip() if value is not None else ""
    return text or None


def metadata_update(stored: ArticleRecord, raw: RawDocument, own_outlet: str | None = None) -> MetadataUpdate | None:
    """What ``raw`` (the same text as ``stored``) adds to the stored article, or None when nothing.

    ``own_outlet``: the outlet ``raw``'s own text names (:func:`text_outlet`), its outlet when its
    metadata names none (a trial: a wire .txt after the HTML page that carried it recorded nothing)."""
    incoming = incoming_fields(raw.metadata)
    own_outlet = own_outlet or raw.metadata.get("title_site")  # a page title's site part comes last
    if own_outlet and "outlet" not in incoming and (outlet := stated(own_outlet)):
        incoming["outlet"] = outlet
    if stored.outlet and incoming.get("outlet") and incoming["outlet"].casefold() != stored.outlet.casefold():
        # A trial: a dpa wire text and the same text on a regional paper's page; the wire article
        # took the paper's headline and author, and the paper vanished from the story's coverage.
        return _carried_by(stored, raw, incoming)
    filled: dict[str, Any] = {}
    conflicts: list[dict[str, Any]] = []
    for name, value in incoming.items():
        kept = getattr(stored, name)
        if kept in (None, ""):
            filled[name] = value
        elif str(kept) != value:
            conflicts.append({"field": name, "kept": kept, "other": value, "source": raw.source})
    if (moment := filled.get("published_at")) and moment[:10] != filled.get("published", stored.published):
        # a time of another day than the one kept (that day recorded as a conflict) is no time of this article
        del filled["published_at"]
    meta = dict(stored.metadata)
    extra: dict[str, Any] = {}
    for key, value in raw.metadata.items():
        if key in _READING_KEYS or key in METADATA_COLUMNS or value in (None, "", [], {}):
            continue
        if key not in meta:
            extra[key] = value
        elif meta[key] != value and not any(c["field"] == key for c in conflicts):
            conflicts.append({"field": key, "kept": meta[key], "other": value, "source": raw.source})
    known = {(c["field"], str(c["other"])) for c in meta.get("metadata_conflicts", [])}
    conflicts = [c for c in conflicts if (c["field"], str(c["other"])) not in known]  # re-runs record nothing new
    cleared = _cleared_warnings(stored, raw)
    if filled.get("published"):  # a date given now answers "the publication date is unknown" (final69 M1)
        cleared += [w for w in stored.metadata.get("warnings") or () if isinstance(w, str)
                    and w.startswith(ONLY_AN_UPDATES) and w not in cleared]
    if not filled and not extra and not conflicts and not cleared:
        return None
    if cleared:  # recorded, not dropped silently: what no longer holds and which reading cleared it
        kept = [w for w in meta.get("warnings", []) if w not in cleared]
        meta = {k: v for k, v in meta.items() if k != "warnings"} | ({"warnings": kept} if kept else {})
        meta["warnings_cleared"] = [*meta.get("warnings_cleared", []), {"source": raw.source, "warnings": cleared}]
    meta.update(extra)
    if filled or extra:
        meta["merged"] = [*meta.get("merged", []), {"source": raw.source, "fields": {**filled, **extra}}]
    if conflicts:
        meta["metadata_conflicts"] = [*meta.get("metadata_conflicts", []), *conflicts]
    return MetadataUpdate(stored.id, {k: v for k, v in filled.items() if k in METADATA_COLUMNS}, meta)


# How the warnings ingest adds from the text itself start (stream.ingest._article_record: the language without data,
# a text over the analysed length): the same on every reading of one text, never cleared by one
# The last two: prepare.clean.LONG_RUNS, and report.compare.ONLY_AN_UPDATE (a page dated only by an update stamp: a
# re-run of the same file cleared it, newuser69 H3); tests/stream/test_text_notes_kept69.py checks they are the same
ONLY_AN_UPDATE = "date: the text gives only an update time"
# report.compare.ONLY_AN_UPDATE_IN_METADATA: an HTML page whose metadata states only its modification (stop 71)
_ONLY_AN_UPDATE_IN_METADATA = "date: the page's metadata gives only an update time"
ONLY_AN_UPDATES = (ONLY_AN_UPDATE, _ONLY_AN_UPDATE_IN_METADATA)
# "repeated text: " is prepare._repeats.REPEATED_TEXT (robust70: a text holding its article twice, read once)
# report.compare.TEXT_DATED: an HTML page dated only by its text (hdr70), the same on every reading of the page
_TEXT_DATED = "date: read from the page's text"
# report.compare.RECORD_AFTER_UPDATE: a record dated after its text's own update stamp (hdr70); the stored date stays
# the record's whatever a re-read gives (a new date is a conflict), so the note holds as long as the article
_RECORD_AFTER_UPDATE = "date: the record's date is later than the text's own update stamp"
_TEXT_NOTES = ("language: ", "long text: ", "repeated text: ", "long runs: ", ONLY_AN_UPDATE, _TEXT_DATED,
               _RECORD_AFTER_UPDATE, _ONLY_AN_UPDATE_IN_METADATA)
# How the warnings that describe other records start (ingest.jsonl.REPEATED_ID: an id another line gave too, maybe in
# a file not read again): a re-read of this record alone does not give them, yet they still hold (break68r: cleared
# by re-ingesting one file). Written here, not imported: the story list imports this module and not the readers
# (tests/cli/test_cli_stream.py); tests/stream/test_repeated_id_warning_kept_break68r.py checks it is the same
_OTHER_RECORDS_NOTES = ("id given again",)


def _cleared_warnings(stored: ArticleRecord, raw: RawDocument) -> list[str]:
    """The reading warnings of ``stored`` that ``raw``, the record it was stored from read again (its source), no
    longer gives: a fixed or re-downloaded file re-ingested (break65r3: the damaged gzip member's note stayed with
    the article for good, as a re-run only filled what it lacked). A copy from another source clears none; nor does
    any reading clear a warning about other records (``_OTHER_RECORDS_NOTES``: an id given again)."""
    if raw.source != stored.source:
        return []
    now = set(raw.metadata.get("warnings") or ())
    return [w for w in stored.metadata.get("warnings") or () if isinstance(w, str) and w not in now
            and not w.startswith(_TEXT_NOTES + _OTHER_RECORDS_NOTES)]


def _carried_by(stored: ArticleRecord, raw: RawDocument, incoming: Mapping[str, str]) -> MetadataUpdate | None:
    """``raw`` as a copy of ``stored`` published by another outlet, or None when already recorded."""
    carried = list(stored.metadata.get("carried_by", []))
    if any(c.get("source") == raw.source for c in carried):
        return None
    copy = {"outlet": incoming["outlet"], "source": raw.source,
            **{k: incoming[k] for k in ("title", "url", "published") if k in incoming}}
    return MetadataUpdate(stored.id, {}, {**stored.metadata, "carried_by": [*carried, copy]})


# Marks that end a sentence, not a headline (a headline line rarely ends with one).
SENTENCE_ENDS = (".", "!", "?", "…", "。", "！", "？", ":")
HEADLINE_CHARS = 160


def stand_in_headline(text: str, first_sentence: str) -> str:
    """An untitled article's stand-in headline (the ``lead`` every output shows for its title): its first
    sentence up to the sentence's first line break, so a header line under the headline ("\n30 November
    2026 By Lena Ostrova, Continental Press") is no part of it; or the text's whole first line when that
    line starts with the sentence, runs on past it and ends in no sentence mark: a headline of two
    sentences ("Trzęsienie ziemi w Kestrii. Co najmniej 38 ofiar śmiertelnych") kept whole (trial19 #14).
    At most HEADLINE_CHARS characters: a longer one is cut at a word boundary and ends in "…" (trial 60 L6: "…paralyzed
    the former Sov" in the story list, its JSON and the API)."""
    sentence = first_sentence.strip().split("\n", 1)[0].strip()
    first_line = text.lstrip().split("\n", 1)[0].strip()
    if (len(first_line) <= HEADLINE_CHARS and first_line.startswith(sentence) and "\n" in text.strip()
            and not first_line.endswith(SENTENCE_ENDS)):
        sentence = first_line
    return shorten(sentence, HEADLINE_CHARS)


def shorten(text: str, limit: int) -> str:
    """``text`` in at most ``limit`` characters: whole if it fits, else cut at its last space in the second half of
    the limit (a script without spaces, Chinese or Japanese, at the limit), its trailing punctuation dropped, and
    "…" added so the reader sees it was cut."""
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    space = cut.rfind(" ")
    if space >= limit // 2:
        cut = cut[:space]
    return cut.rstrip(" ,;:-–—") + "…"
