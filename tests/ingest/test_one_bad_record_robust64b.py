"""break64r H1: a JSONL record spelling a lone surrogate in its ``html`` field (or a whole page in ``text``) raised
UnicodeEncodeError where the page was encoded (feeds.html_document), out of the reader and the walk: ``ingest``
stored nothing, of any input. The character is now replaced (U+FFFD, counted in the record's one warning), and
a record or a file that raises what no reader expects is a Failure of its own while the others are read."""

from __future__ import annotations

import json

from storylens.ingest import walk
from storylens.models import Failure, RawDocument

TEXT = "Heavy rain flooded Valencia on Tuesday, and 12 people died, officials said."
PAGE = ("<html><head><title>Flood \udce9 in Valencia</title></head><body><article><p>" + TEXT * 8
        + "</p></article></body></html>")


def test_a_lone_surrogate_in_the_html_or_text_field_is_replaced_and_counted(tmp_path):
    feed = tmp_path / "a.jsonl"
    lines = [json.dumps({"id": "h", "html": PAGE, "title": "T\ud800"}), json.dumps({"id": "t", "text": PAGE}),
             json.dumps({"id": "p", "text": TEXT + " \udfff"})]
    feed.write_text("\n".join(lines) + "\n", encoding="utf-8")
    docs = list(walk.iter_records([str(feed)]))
    assert [type(d) for d in docs] == [RawDocument] * 3
    for doc in docs:
        assert isinstance(doc, RawDocument)
        (doc.text + (doc.html or "")).encode("utf-8")  # what the store and the embedder write
        assert "Valencia" in doc.text
    assert "\ufffd" in (docs[0].html or "") and "\ufffd" in (docs[1].html or "")
    assert [d.metadata["warnings"][0] for d in docs if isinstance(d, RawDocument)] == [
        (f"{n} character{'s' if n > 1 else ''} of the record not Unicode (a lone surrogate escape such as "
         "\\ud800) replaced by U+FFFD") for n in (2, 1, 1)]
    # the text's U+FFFD, no letter beside it, is shown as □ (storylens._lost), and its warning is the record's
    # too (mojibake79fix: a JSONL record's text dropped read_text's warnings)
    assert docs[2].text.endswith("\ufffd") and "\u25a1" in docs[2].metadata["warnings"][-1]


def test_a_record_that_raises_is_its_own_failure_and_the_other_inputs_are_read(tmp_path):
    # json.loads raises RecursionError (not a JSONDecodeError) on a line nested 100,000 deep: it escaped the
    # reader's per-record handling as the UnicodeEncodeError did, and ended the walk over every input
    (tmp_path / "a.txt").write_text("Flood\n\n" + TEXT + "\n", encoding="utf-8")
    lines = [json.dumps({"text": TEXT + " one"}), '{"text": ' + "[" * 100_000 + "]" * 100_000 + "}",
             json.dumps({"text": TEXT + " three"})]
    (tmp_path / "b.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (tmp_path / "c.txt").write_text("Fire\n\n" + TEXT.replace("rain", "fire") + "\n", encoding="utf-8")
    records = list(walk.iter_records([str(tmp_path)]))
    assert [(type(r).__name__, r.source) for r in records] == [
        ("RawDocument", f"{tmp_path}/a.txt"), ("RawDocument", f"{tmp_path}/b.jsonl#1"),
        ("Failure", f"{tmp_path}/b.jsonl#2"), ("RawDocument", f"{tmp_path}/b.jsonl#3"),
        ("RawDocument", f"{tmp_path}/c.txt")]
    failure = records[2]
    assert isinstance(failure, Failure)
    assert failure.reason.startswith("internal error while reading (RecursionError: ")
    assert failure.reason.endswith("; please report it with this input, or remove it and run again")


def test_a_reader_that_stops_is_one_failure_of_its_file_and_the_walk_goes_on(tmp_path, monkeypatch):
    """The walk's guard, for a reader whose own per-record handling is passed (a library raising at the file's
    next record): what it gave stands, the file is one Failure, the next input is read."""
    (tmp_path / "a.jsonl").write_text(json.dumps({"text": TEXT}) + "\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Flood\n\n" + TEXT + "\n", encoding="utf-8")
    read = walk._READERS["jsonl"]

    def stops(path):
        yield from read(path)
        raise UnicodeEncodeError("utf-8", "\udce9", 0, 1, "surrogates not allowed")

    monkeypatch.setitem(walk._READERS, "jsonl", stops)
    records = list(walk.iter_records([str(tmp_path)]))
    assert [(type(r).__name__, r.source) for r in records] == [
        ("RawDocument", f"{tmp_path}/a.jsonl#1"), ("Failure", f"{tmp_path}/a.jsonl"),
        ("RawDocument", f"{tmp_path}/b.txt")]


def test_a_feed_s_character_reference_to_a_lone_surrogate_is_read_as_a_replacement(tmp_path):
    """feedparser encoded the character ``&#xDCE9;`` names and raised UnicodeEncodeError out of its parse: the
    feed, and with it the walk over every input, ended there."""
    items = "".join(f"<item><title>{t}</title><description>{d}</description></item>" for t, d in [
        ("One", TEXT), ("Two &#xDCE9;", TEXT.replace("Valencia", "Lisbon") + " &#56553;"),
        ("Three", TEXT.replace("Valencia", "Porto"))])
    (tmp_path / "f.xml").write_text(f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>T'
                                    f"</title>{items}</channel></rss>", encoding="utf-8")
    (tmp_path / "g.txt").write_text("Fire\n\n" + TEXT + "\n", encoding="utf-8")
    records = list(walk.iter_records([str(tmp_path)]))
    assert [(type(r).__name__, r.source) for r in records] == [
        ("RawDocument", f"{tmp_path}/f.xml#{n}") for n in (1, 2, 3)] + [("RawDocument", f"{tmp_path}/g.txt")]
    second = records[1]
    assert isinstance(second, RawDocument)
    # the U+FFFD with no letter beside it, shown as □, is named in a second warning (mojibake79)
    assert second.text.endswith("officials said. \ufffd")
    assert second.metadata["warnings"][0] == ("2 character references to a lone surrogate (such as "
                                              "&#xDCE9;, which is no character) read as U+FFFD")
    assert len(second.metadata["warnings"]) == 2 and "\u25a1" in second.metadata["warnings"][1]
    assert "warnings" not in records[0].metadata and "warnings" not in records[2].metadata
