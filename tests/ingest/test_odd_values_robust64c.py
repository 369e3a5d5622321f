"""break64r2 M3, H2, M1 at the readers: a JSONL field of a type the pipeline cannot read failed as an 'internal
error ... please report it' (or lost the batch: H1); a non-finite number or a NUL reached the store, which
wrote invalid JSON (SQLite) or lost the batch (PostgreSQL); a feed's character reference beyond U+10FFFF raised
out of feedparser and lost the whole feed."""

from __future__ import annotations

import json

import pytest

from storylens.ingest.feeds import read_feed
from storylens.ingest.jsonl import read_jsonl
from storylens.models import Failure, RawDocument

TEXT = "Heavy rain flooded Valencia on Tuesday, and 12 people died, officials said after the storm."


def _read(tmp_path, *lines: str) -> list:
    path = tmp_path / "a.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return list(read_jsonl(path))


ENTRIES = "'live_entries' must be a list of objects with string 'time' and 'text'; fix it or remove the field"


@pytest.mark.parametrize(("field", "value", "reason"), [
    ("title", 2024, "'title' must be a string (got a number); write it in quotes or remove the field"),
    ("outlet", 3.5, "'outlet' must be a string (got a number); write it in quotes or remove the field"),
    ("sitename", True, "'sitename' must be a string (got true or false); write it in quotes or remove the field"),
    ("title_site", ["A"], "'title_site' must be a string (got a list); write it in quotes or remove the field"),
    ("url", {"a": 1}, "'url' must be a string (got an object); write it in quotes or remove the field"),
    ("language", 1, "'language' must be a string (got a number); write it in quotes or remove the field"),
    ("id", ["x"], "'id' must be a string or a number (got a list); write it in quotes or remove the field"),
    ("id", False, "'id' must be a string or a number (got true or false); write it in quotes or remove the field"),
    ("text", 5, "'text' must be a string (got a number); write the article's text as a JSON string"),
    ("html", ["<p>x</p>"], "'html' must be a string (got a list); write the article's page as a JSON string"),
    ("warnings", "odd", "'warnings' must be a list of strings; fix it or remove the field"),
    ("warnings", 1.5, "'warnings' must be a list of strings; fix it or remove the field"),
    ("live_entries", ["a"], ENTRIES),
    ("live_entries", {"time": "1", "text": "x"}, ENTRIES),
])
def test_a_mistyped_field_fails_its_record_alone_in_one_line(tmp_path, field, value, reason):
    odd = {"text": TEXT, field: value} if field != "html" else {field: value}
    got = _read(tmp_path, json.dumps({"text": TEXT}), json.dumps(odd), json.dumps({"text": TEXT + " More."}))
    assert [type(r) for r in got] == [RawDocument, Failure, RawDocument]
    assert (got[1].source.endswith("a.jsonl#2"), got[1].stage, got[1].reason) == (True, "read", reason)


def test_non_finite_numbers_are_dropped_with_a_warning_and_the_rest_kept(tmp_path):
    got = _read(tmp_path, '{"text": ' + json.dumps(TEXT) + ', "published": NaN, "score": {"a": -Infinity, "b": 2}, '
                '"n": [1e400, 3], "id": 5, "title": null}')
    meta = got[0].metadata
    assert meta["external_id"] == "5"  # a number is an id's text (databases key records by number)
    assert "published" not in meta and "published_raw" not in meta
    assert (meta["score"], meta["n"]) == ({"b": 2}, [3])
    assert meta["warnings"] == [("a number that is not finite (NaN, Infinity, or beyond 1.8e308) dropped from "
                                 "'published', 'score', 'n'")]
    json.dumps(meta, allow_nan=False)  # what the store writes is valid JSON


def test_nul_characters_are_removed_with_a_warning(tmp_path):
    got = _read(tmp_path, json.dumps({"text": TEXT.replace("rain", "ra\u0000in"), "title": "T\u0000x",
                                      "id": "a\u0000b", "url": "http://e.x/\u0000", "k\u0000": ["\u0000"]}))
    doc = got[0]
    assert "\0" not in doc.text and "rain" in doc.text
    assert {k: doc.metadata[k] for k in ("title", "external_id", "url", "k")} == {
        "title": "Tx", "external_id": "ab", "url": "http://e.x/", "k": [""]}
    assert doc.metadata["warnings"] == ["6 NUL characters (U+0000) removed"]


def _feed(*titles: str) -> bytes:
    items = "".join(f"<item><title>{t}</title><link>http://e.x/{i}</link><description>{TEXT} {i}</description>"
                    "</item>" for i, t in enumerate(titles))
    return (f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>T</title>{items}'
            "</channel></rss>").encode()


def test_a_feed_reference_beyond_unicode_is_read_as_a_replacement_character(tmp_path):
    got = list(read_feed(tmp_path / "f.rss", _feed("Good", "Big &#x110000; ref &#99999999999999999999;", "Two")))
    assert [r.metadata["title"] for r in got] == ["Good", "Big \ufffd ref \ufffd", "Two"]
    # the warning is the entry's that held them, not every entry's (trial newuser64 M3)
    assert got[1].metadata["warnings"] == [
        "2 character references beyond U+10FFFF (such as &#x110000;, which is no character) read as U+FFFD"]
    assert "warnings" not in got[0].metadata and "warnings" not in got[2].metadata


def test_a_feed_reference_to_nul_is_removed(tmp_path):
    got = list(read_feed(tmp_path / "f.rss", _feed("A &#0;b &#x000;c")))
    assert got[0].metadata["title"] == "A b c"
    assert got[0].metadata["warnings"] == ["2 character references to NUL (&#0;, which PostgreSQL cannot store) removed"]


def test_each_entry_counts_its_own_references_of_each_kind(tmp_path):
    """Trial newuser64 M3: the feed's counts were copied into every entry, e6 with none of them included."""
    got = list(read_feed(tmp_path / "f.rss", _feed("Clean", "A &#0;b &#xDCE9;", "C &#x110000; &#x110001;")))
    assert [r.metadata.get("warnings") for r in got] == [
        None,
        ["1 character reference to a lone surrogate (such as &#xDCE9;, which is no character) read as U+FFFD",
         "1 character reference to NUL (&#0;, which PostgreSQL cannot store) removed"],
        ["2 character references beyond U+10FFFF (such as &#x110000;, which is no character) read as U+FFFD"]]
    assert [r.metadata["title"] for r in got] == ["Clean", "A b \ufffd", "C \ufffd \ufffd"]


def test_a_feed_s_own_noncharacters_are_not_taken_for_markers(tmp_path):
    """Trial break64w M1: the markers that stand in for bad references while the feed parses were fixed
    noncharacters; a feed holding them itself (U+FDD0 as a character, &#xFDD1; as a reference) had them read as
    references: warnings and changed text on an entry that held neither."""
    got = list(read_feed(tmp_path / "f.rss", _feed("A &#0;b", "Keep \ufdd0 and &#xFDD1; as they are")))
    assert got[0].metadata["warnings"] == ["1 character reference to NUL (&#0;, which PostgreSQL cannot store) removed"]
    assert got[1].metadata["title"] == "Keep \ufdd0 and \ufdd1 as they are"
    assert "warnings" not in got[1].metadata
