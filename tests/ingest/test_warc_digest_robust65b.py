"""robust65b: nothing silently corrupted from a WARC. A record whose WARC-Block-Digest does not match its block was
stored as good (a digest was never checked); in a WARC gzipped as one stream (one gzip member) a flipped byte is
often found only by the CRC at the file's end, after the records inflated before it were stored (70+ records, some
with garbled headers). Now a digest that does not match is one Failure for its record; a whole-file gzip member is
checked in a first pass before a record of it is stored, and when it fails only the records whose digest matches
are stored (with a note), the others counted in one failure line."""

from __future__ import annotations

import base64
import gzip
import hashlib
import io
import random
import re
import struct
import zlib

import pytest

from storylens.models import RawDocument

from ._warcs import failures as _failures
from ._warcs import read as _read
from ._warcs import stored as _stored

BODY = "Heavy rain flooded Valencia on Tuesday, and 12 people died, officials said after the storm. " * 3
COUNT = 6
_WORDS = "river storm council mayor bridge school market harbour train police village festival".split()


def _page_text(i: int) -> str:
    """Some 2 KB of words of its own for record ``i`` (seeded): the archive does not compress to a few hundred bytes,
    so a byte flipped at 30 % of it falls after the first records."""
    rng = random.Random(i)
    return " ".join(rng.choice(_WORDS) + str(rng.randrange(1000)) for _ in range(250))


def _records(digests: bool = True) -> list[bytes]:
    """COUNT response records written by warcio (which adds WARC-Block-Digest and WARC-Payload-Digest), each as its
    plain bytes; ``digests=False``: with those two headers taken out (as many crawlers write them)."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    records = []
    for i in range(1, COUNT + 1):
        out = io.BytesIO()
        writer = WARCWriter(out, gzip=False)
        page = (f"<html><head><title>Story {i}</title></head><body><article><h1>Story {i}</h1><p>{BODY} Part {i}."
                f"</p><p>{_page_text(i)}.</p></article></body></html>")
        http = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
        fixed = {"WARC-Record-ID": f"<urn:uuid:00000000-0000-4000-8000-{i:012d}>",
                 "WARC-Date": f"2026-01-0{i}T10:00:00Z"}
        writer.write_record(writer.create_warc_record(f"https://a.example/{i}", "response", warc_headers_dict=fixed,
                                                      payload=io.BytesIO(page.encode()), http_headers=http))
        record = out.getvalue()  # the same bytes every run (warcio's own id and date are not): the flips are fixed
        assert b"WARC-Block-Digest: sha1:" in record
        records.append(record if digests else re.sub(rb"WARC-(Block|Payload)-Digest: [^\r]*\r\n", b"", record))
    return records


def _changed(record: bytes) -> bytes:
    """``record`` with one letter of its page changed (its length kept): what a flipped bit leaves."""
    assert b"Valencia" in record
    return record.replace(b"Valencia", b"Valencie", 1)


def _pack(records: list[bytes], packing: str) -> bytes:
    if packing == "per-record-gzip":
        return b"".join(gzip.compress(r, mtime=0) for r in records)
    data = b"".join(records)
    return gzip.compress(data, mtime=0) if packing == "whole-gzip" else data


def _whole_gzip_inflating_to(data: bytes, written: bytes) -> bytes:
    """One gzip member that inflates to ``data`` with the CRC and length of ``written``: a whole-file gzip whose
    compressed bytes were damaged so that it inflates to other bytes, which only its CRC at the end shows."""
    deflate = zlib.compressobj(6, zlib.DEFLATED, -15)
    body = deflate.compress(data) + deflate.flush()
    trailer = struct.pack("<II", zlib.crc32(written), len(written) & 0xFFFFFFFF)
    return b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\xff" + body + trailer


@pytest.mark.parametrize("packing", ["plain", "per-record-gzip", "whole-gzip"])
def test_a_record_whose_block_digest_does_not_match_is_one_failure(tmp_path, capsys, packing):
    records = _records()
    records[1] = _changed(records[1])
    got = _read(tmp_path, _pack(records, packing), "crawl.warc" if packing == "plain" else "crawl.warc.gz")
    assert _stored(got) == ["1", "3", "4", "5", "6"]
    (failure,) = _failures(got)
    assert failure.source.endswith("#2")
    assert failure.reason.startswith("block digest mismatch: the record's bytes do not give its WARC-Block-Digest "
                                     "(sha1:")
    assert failure.reason.endswith("; re-download the archive")
    assert not any("Valencie" in r.text for r in got if isinstance(r, RawDocument))
    assert not any("warnings" in r.metadata for r in got if isinstance(r, RawDocument))  # intact: nothing to say
    assert capsys.readouterr().err == ""


def _with_digest(record: bytes, value: str) -> bytes:
    return re.sub(rb"WARC-Block-Digest: [^\r]*", b"WARC-Block-Digest: " + value.encode(), record)


def _block(record: bytes) -> bytes:
    block = record.partition(b"\r\n\r\n")[2]
    return block[:-4]  # a record ends with CRLF CRLF


def test_the_digest_forms_of_the_warc_spec_are_checked(tmp_path):
    """WARC 1.1 names the algorithm and leaves the encoding open: base32 (warcio, Heritrix), hex and base64 are met,
    sha1, sha256 and md5; an algorithm not known is nothing to check."""
    records = _records()
    sha256 = [hashlib.sha256(_block(r)).digest() for r in records]
    records[0] = _with_digest(records[0], "sha256:" + sha256[0].hex())
    records[1] = _with_digest(records[1], "sha-256:" + base64.b64encode(sha256[1]).decode())
    records[2] = _with_digest(records[2], "md5:" + base64.b32encode(hashlib.md5(_block(records[2])).digest()).decode())
    # another record's digest, and no payload digest to prove the page (robust65d: one that matches does)
    records[3] = re.sub(rb"WARC-Payload-Digest: [^\r]*\r\n", b"", _with_digest(records[3], "sha256:" + sha256[2].hex()))
    records[4] = _with_digest(records[4], "sha1:NOTBASE32!")  # not readable: not checked (robust65d)
    records[5] = _with_digest(records[5], "blake9:AAAA")  # not known: stored, as a record without a digest
    got = _read(tmp_path, _pack(records, "plain"), "crawl.warc")
    assert _stored(got) == ["1", "2", "3", "5", "6"]
    assert [f.source.rsplit("#", 1)[1] for f in _failures(got)] == ["4"]
    assert all(f.reason.startswith("block digest mismatch") for f in _failures(got))


def _bad_crc(data: bytes) -> bytes:
    bad = bytearray(data)
    bad[-5] ^= 0xFF  # the CRC-32 in the trailer: the data inflates whole, only the check at the end fails
    return bytes(bad)


def test_a_whole_file_gzip_whose_crc_fails_stores_only_records_its_digests_prove(tmp_path):
    got = _read(tmp_path, _bad_crc(_pack(_records(), "whole-gzip")))
    assert _stored(got) == [str(i) for i in range(1, COUNT + 1)]
    note = ("read from a damaged gzip member: its content matches its WARC-Block-Digest, its WARC headers (URL, "
            "capture date, record id) have no digest and could not be checked")
    assert all(r.metadata["warnings"] == [note] for r in got if isinstance(r, RawDocument))
    (failure,) = _failures(got)
    assert "incorrect data check" in failure.reason and "not stored" not in failure.reason


def test_a_whole_file_gzip_whose_crc_fails_stores_what_it_cannot_prove_with_a_warning(tmp_path):
    """robust65d (break65r2 MEDIUM-2): nothing stored lost every record for one flipped bit of the CRC trailer."""
    got = _read(tmp_path, _bad_crc(_pack(_records(digests=False), "whole-gzip")))
    assert _stored(got) == [str(i) for i in range(1, COUNT + 1)]
    note = ("read from a damaged gzip member: no digest proves it intact, it may hold changed bytes; re-download the "
            "archive")
    assert all(r.metadata["warnings"] == [note] for r in got if isinstance(r, RawDocument))
    (failure,) = _failures(got)
    assert failure.source.endswith("crawl.warc.gz")  # the archive's end was reached: no record after it
    assert failure.reason.startswith("damaged gzip member at byte 0 (error: Error -3 ")
    assert failure.reason.endswith(
        f"incorrect data check): its CRC / length check failed at the archive's end, reached after {COUNT} complete "
        f"records; {COUNT} records read from the damaged gzip member were stored with a warning: no digest proves "
        f"them intact; re-download the archive")


@pytest.mark.parametrize("digests", [True, False])
def test_a_whole_file_gzip_that_inflates_to_changed_bytes_stores_nothing_garbled(tmp_path, digests):
    records = _records(digests)
    written = b"".join(records)
    records[2] = _changed(records[2])
    got = _read(tmp_path, _whole_gzip_inflating_to(b"".join(records), written))
    failures = _failures(got)
    if digests:
        # the changed record fails alone; the others are proven by their digests
        assert not any("Valencie" in r.text for r in got if isinstance(r, RawDocument))
        assert _stored(got) == ["1", "2", "4", "5", "6"]
        # the archive's end was reached: the damage line is the file's (robust65d)
        assert [f.source.rpartition("/")[2] for f in failures] == ["crawl.warc.gz#3", "crawl.warc.gz"]
        assert failures[0].reason.startswith("block digest mismatch")
    else:  # stored with the warning, which names that they may hold changed bytes (robust65d)
        assert _stored(got) == [str(i) for i in range(1, COUNT + 1)]
        assert all("no digest proves it intact" in r.metadata["warnings"][0] for r in got if isinstance(r, RawDocument))
        assert len(failures) == 1 and f"{COUNT} records read from the damaged gzip member" in failures[0].reason


def _intact(records: list[bytes], tmp_path) -> dict[str, tuple[str, str]]:
    got = _read(tmp_path, _pack(records, "plain"), "intact.warc")
    return {r.source.rsplit("#", 1)[1]: (r.text, r.metadata["url"]) for r in got if isinstance(r, RawDocument)}


@pytest.mark.parametrize("at", [0.3, 0.5, 0.7])
@pytest.mark.parametrize("digests", [True, False])
def test_a_flipped_byte_in_a_whole_file_gzip_stores_nothing_garbled(tmp_path, at, digests):
    """The trial's case: one byte of the compressed file flipped. Whatever zlib makes of it, every record stored
    with a digest is the intact archive's, with a note; without digests they are stored with a warning, and one
    failure names the damage and counts them (robust65d). (Before, an archive this small gave no record at all:
    zlib's error dropped what it inflated.)"""
    records = _records(digests)
    data = bytearray(_pack(records, "whole-gzip"))
    data[int(len(data) * at)] ^= 0x10
    got = _read(tmp_path, bytes(data))
    intact = _intact(records, tmp_path)
    stored = {r.source.rsplit("#", 1)[1]: (r.text, r.metadata["url"]) for r in got if isinstance(r, RawDocument)}
    assert not digests or all(intact.get(n) == doc for n, doc in stored.items())
    assert "damaged" in _failures(got)[-1].reason
    if digests:  # record 1 lies before the damage: its digest proves it
        assert "1" in stored
        assert all("damaged gzip member" in r.metadata["warnings"][0] for r in got if isinstance(r, RawDocument))
    else:
        assert all("no digest proves it intact" in r.metadata["warnings"][0] for r in got if isinstance(r, RawDocument))
        assert re.search(rf"; {len(stored)} records? read from the damaged gzip member (were|was) stored with a "
                         rf"warning: ", _failures(got)[-1].reason) or not stored
