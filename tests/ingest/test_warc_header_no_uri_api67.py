"""newuser67 LOW: a WARC response record whose header has no WARC-Target-URI (a hand-cut or damaged header) failed
with warcio's internal "(AttributeError: 'NoneType' object has no attribute 'startswith')" in the line. Now the line
names the record, the byte its header starts at (plain archives) and what is wrong, never the internal text; the
records before it are kept and the other inputs of the ingest are read."""

from __future__ import annotations

import gzip

import pytest

from storylens.models import Failure

from ._warcs import member, read, stored

# the new user's garbage.warc: a response record with no WARC-Target-URI and a Content-Length past the file's end
NO_URI = b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 99999\r\n\r\nshort"
NO_URI_WHOLE = b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 10\r\n\r\n0123456789\r\n\r\n"


def _line(got: list) -> Failure:
    failures = [r for r in got if isinstance(r, Failure)]
    assert len(failures) == 1, failures
    return failures[0]


def test_a_lone_header_without_target_uri_is_one_clear_line(tmp_path):
    got = read(tmp_path, NO_URI, "garbage.warc")
    line = _line(got)
    assert line.source.endswith("garbage.warc#1")
    # its Content-Length runs past the file's end: a cut file as well as a bad header, both said (break68r)
    assert line.reason.startswith("truncated or damaged archive after 0 complete records (the file ends inside this "
                                  "record, whose header has no WARC-Target-URI, which a response record needs)")
    assert line.reason.endswith("re-download the archive")
    assert "Error" not in line.reason and "NoneType" not in line.reason


@pytest.mark.parametrize("packing", ["plain", "per-record-gzip"])
def test_the_records_before_it_are_kept(tmp_path, packing):
    # and, its Content-Length read past it, the records after it (robust68: tests/ingest/test_warc_cut_header_robust68)
    first = member(1)
    if packing == "plain":
        data, name = gzip.decompress(first) + NO_URI_WHOLE + gzip.decompress(member(3)), "crawl.warc"
    else:
        data, name = first + gzip.compress(NO_URI_WHOLE) + member(3), "crawl.warc.gz"
    got = read(tmp_path, data, name)
    assert stored(got) == ["1", "3"]
    line = _line(got)
    assert line.source.endswith(f"{name}#2")
    assert line.reason.startswith("no WARC-Target-URI, which a response record needs: not read; ")
    assert "Error" not in line.reason


def test_the_ingest_line_names_it_and_reads_the_other_inputs(tmp_path):
    from typer.testing import CliRunner

    from storylens.cli import app

    bad = tmp_path / "garbage.warc"
    bad.write_bytes(NO_URI)
    good = tmp_path / "a.txt"
    good.write_text("Flood in Valencia\n\nHeavy rain flooded Valencia on Tuesday, and 12 people died, officials "
                    "said after the storm that hit the city overnight.\n")
    result = CliRunner().invoke(app, ["ingest", "-q", "--db", str(tmp_path / "s.db"), str(bad), str(good)])
    assert result.exit_code == 1
    assert "added 1 article" in result.output
    assert "garbage.warc#1: truncated or damaged archive after 0 complete records (the file ends inside this " \
        "record, whose header has no WARC-Target-URI" in result.output
    assert "AttributeError" not in result.output and "NoneType" not in result.output
