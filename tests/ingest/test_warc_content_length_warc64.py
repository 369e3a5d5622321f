"""newuser64 HIGH: a WARC record whose Content-Length is shorter than the record was stored cut mid-sentence,
exit 0, with warcio's raw three-line "WARNING: Record not followed by newline" on stderr. Now it is one failure
naming the record, nothing of it is stored, the other records are kept, and warcio prints nothing."""

from __future__ import annotations

import base64
import gzip
import hashlib
import io
import re

import pytest

from storylens.ingest.warc import read_warc
from storylens.models import Failure, RawDocument

STORIES = ["Avalanche hits Chamonix", "Wildfire near Marseille", "Flood in Grenoble"]


def _records() -> list[bytes]:
    """Three response records, each as its plain (uncompressed) WARC bytes."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    records = []
    for i, title in enumerate(STORIES, 1):
        out = io.BytesIO()
        writer = WARCWriter(out, gzip=False)
        page = (f"<html><head><title>{title}</title></head>\n<body><h1>{title}</h1>\n<p>{title} on Friday, "
                f"and {i * 100} residents were evacuated,\nofficials said after the night.</p>\n</body></html>")
        http = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(f"https://a.example/{i}", "response",
                                                      payload=io.BytesIO(page.encode()), http_headers=http))
        records.append(out.getvalue())
    return records


def _shorten(record: bytes, by: int) -> bytes:
    """``record`` with its WARC Content-Length made ``by`` bytes smaller (the bytes stay)."""
    found = re.search(rb"\r\nContent-Length: (\d+)\r\n\r\nHTTP/", record)
    assert found
    return record[:found.start(1)] + str(int(found.group(1)) - by).encode() + record[found.end(1):]


def _archive(records: list[bytes], packing: str) -> bytes:
    if packing == "per-record-gzip":
        return b"".join(gzip.compress(r) for r in records)
    data = b"".join(records)
    return gzip.compress(data) if packing == "whole-gzip" else data


@pytest.mark.parametrize("record", [1, 2, 3])
@pytest.mark.parametrize("packing", ["plain", "whole-gzip", "per-record-gzip"])
@pytest.mark.parametrize("by", [10, 60])  # the rest is one line; several lines (warcio took the second for a header)
def test_a_record_shorter_than_its_content_length_is_one_failure(tmp_path, capsys, record, packing, by):
    records = _records()
    records[record - 1] = _shorten(records[record - 1], by)
    path = tmp_path / ("crawl.warc" if packing == "plain" else "crawl.warc.gz")
    path.write_bytes(_archive(records, packing))
    got = list(read_warc(path))
    assert [type(r) for r in got] == [Failure if i == record else RawDocument for i in (1, 2, 3)]
    bad = got[record - 1]
    assert bad.source.endswith(f"{path.name}#{record}")
    assert "Content-Length does not match the record" in bad.reason
    assert bad.reason.endswith("re-download the archive or fix the record")
    kept = [r for r in got if isinstance(r, RawDocument)]
    assert [r.metadata["url"] for r in kept] == [f"https://a.example/{i}" for i in (1, 2, 3) if i != record]
    assert capsys.readouterr().err == ""  # warcio's own warning is not printed


@pytest.mark.parametrize("packing", ["plain", "whole-gzip", "per-record-gzip"])
def test_an_intact_archive_has_no_failure(tmp_path, capsys, packing):
    path = tmp_path / "crawl.warc.gz"
    path.write_bytes(_archive(_records(), packing))
    assert [type(r) for r in read_warc(path)] == [RawDocument] * 3
    assert capsys.readouterr().err == ""


def test_an_arc_record_shorter_than_its_length_is_one_failure_and_the_next_is_read(tmp_path, capsys):
    desc = b"1 0 StoryLens\nURL IP-address Archive-date Content-type Archive-length\n"
    out = [b"filedesc://t.arc 0.0.0.0 20140101000000 text/plain " + str(len(desc)).encode() + b"\n" + desc + b"\n"]
    for i, title in enumerate(STORIES, 1):
        http = (b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<html><head><title>" + title.encode()
                + b"</title></head>\n<body><h1>" + title.encode() + b"</h1>\n<p>" + title.encode()
                + b" on Friday,\nand residents were evacuated,\nofficials said after the night.</p>\n</body></html>")
        length = len(http) - (60 if i == 2 else 0)  # the rest of the page (three lines) after the declared end
        out.append(f"https://a.example/{i} 93.184.216.119 20140216050221 text/html {length}\n".encode() + http + b"\n")
    path = tmp_path / "old.arc"
    path.write_bytes(b"".join(out))
    got = list(read_warc(path))
    assert [type(r) for r in got] == [RawDocument, Failure, RawDocument]
    assert got[1].source.endswith("old.arc#3") and "Content-Length does not match" in got[1].reason
    assert [r.metadata["url"] for r in (got[0], got[2])] == ["https://a.example/1", "https://a.example/3"]
    assert capsys.readouterr().err == ""


def _with_http_length(record: bytes, declared: int | None = None) -> bytes:
    """``record`` with an HTTP Content-Length header: ``declared``, or the payload's own length."""
    found = re.search(rb"\r\n\r\n(HTTP/1.1 200 OK\r\n).*?\r\n\r\n", record, re.DOTALL)
    assert found
    payload = len(record) - found.end() - 4  # the record ends with CRLF CRLF
    line = f"Content-Length: {payload if declared is None else declared}\r\n".encode()
    grown = _shorten(record[:found.end(1)] + line + record[found.end(1):], -len(line))  # the WARC length grows too
    return _redigest(grown)


def _redigest(record: bytes) -> bytes:
    """``record`` with its WARC-Block-Digest made that of its block (its Content-Length's bytes) again, as the
    crawler that wrote a record so would have made it."""
    head, _, block = record.partition(b"\r\n\r\n")
    length = re.search(rb"\r\nContent-Length: (\d+)", head)
    assert length
    digest = base64.b32encode(hashlib.sha1(block[:int(length.group(1))]).digest())
    return re.sub(rb"WARC-Block-Digest: sha1:\w+", b"WARC-Block-Digest: sha1:" + digest, head) + b"\r\n\r\n" + block


@pytest.mark.parametrize("packing", ["plain", "per-record-gzip"])
def test_a_page_shorter_than_its_http_content_length_is_kept_with_a_note(tmp_path, packing):
    """newuser64 LOW: the HTTP header declared more bytes than the record captured, stored without a word."""
    records = _records()
    records[0], records[1] = _with_http_length(records[0]), _with_http_length(records[1], 9000)
    path = tmp_path / "crawl.warc.gz"
    path.write_bytes(_archive(records, packing))
    got = list(read_warc(path))
    assert [type(r) for r in got] == [RawDocument] * 3
    (note,) = got[1].metadata["warnings"]
    assert note.startswith("capture cut short: the page's HTTP header declares 9,000 bytes, the archive holds ")
    assert not any("warnings" in r.metadata for r in (got[0], got[2]))  # a length that matches says nothing


@pytest.mark.parametrize("packing", ["plain", "whole-gzip", "per-record-gzip"])
def test_a_record_cut_just_before_a_line_break_is_one_failure(tmp_path, capsys, packing):
    """Trial break64w H1: the rest of a record cut right before a line break ("\\n</body></html>") began with a
    blank line, taken for the record's end: the record was stored cut and the next line read as a header, losing
    the records after it."""
    records = _records()
    records[1] = _shorten(records[1], len(b"\n</body></html>"))
    path = tmp_path / "crawl.warc.gz"
    path.write_bytes(_archive(records, packing))
    got = list(read_warc(path))
    assert [type(r) for r in got] == [RawDocument, Failure, RawDocument]
    assert "Content-Length does not match the record" in got[1].reason
    assert [r.metadata["url"] for r in (got[0], got[2])] == ["https://a.example/1", "https://a.example/3"]
    assert capsys.readouterr().err == ""


@pytest.mark.parametrize("packing", ["plain", "whole-gzip"])
def test_the_record_after_one_whose_length_took_its_blank_lines_is_read(tmp_path, capsys, packing):
    """Trial break64w H2: a record whose Content-Length also counts the two blank lines that end it ends right
    before the next record's first line; that record was passed over, lost without a line."""
    records = _records()
    records[1] = _redigest(_shorten(records[1], -4))  # written so (its digest that of the longer block)
    path = tmp_path / "crawl.warc.gz"
    path.write_bytes(_archive(records, packing))
    got = list(read_warc(path))
    assert [type(r) for r in got] == [RawDocument] * 3
    assert [r.metadata["url"] for r in got] == [f"https://a.example/{i}" for i in (1, 2, 3)]
    assert capsys.readouterr().err == ""


def test_an_arc_record_a_few_bytes_too_long_is_one_failure(tmp_path, capsys):
    """Trial break64z M1: an ARC record a few bytes too long took the first bytes of the next header, whose rest
    ("ttps://a.example/3 ...") still has a header's shape: read as the next record, the damaged one was stored with
    the next one's bytes and the run exited 0. Only a whole header (a scheme first) ends the record there."""
    desc = b"1 0 StoryLens\nURL IP-address Archive-date Content-type Archive-length\n"
    out = [b"filedesc://t.arc 0.0.0.0 20140101000000 text/plain " + str(len(desc)).encode() + b"\n" + desc + b"\n"]
    for i, title in enumerate(STORIES, 1):
        http = (b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<html><head><title>" + title.encode()
                + b"</title></head>\n<body><p>" + title.encode() + b" on Friday, officials said.</p></body></html>")
        length = len(http) + (5 if i == 1 else 0)
        out.append(f"https://a.example/{i} 93.184.216.119 20140216050221 text/html {length}\n".encode() + http + b"\n")
    path = tmp_path / "old.arc"
    path.write_bytes(b"".join(out))
    got = list(read_warc(path))
    assert any(isinstance(r, Failure) and "Content-Length does not match" in r.reason for r in got), got
    assert all(not r.metadata.get("url", "").endswith("/1") for r in got if isinstance(r, RawDocument))
