"""robust65b: ``storylens ingest`` of a WARC gzipped as one stream whose CRC fails stored every record it had
inflated as good (exit 1 for the damage line alone). Now what nothing proves intact is not stored: the records
without a WARC-Block-Digest are counted in the one failure line, those whose digest matches are stored."""

from __future__ import annotations

from typer.testing import CliRunner

from storylens.cli import app
from storylens.embed import HashingEmbedder

from ..ingest.test_warc_digest_robust65b import COUNT, _bad_crc, _changed, _pack, _records


def _ingest(tmp_path, monkeypatch, data: bytes):
    path = tmp_path / "crawl.warc.gz"
    path.write_bytes(data)
    monkeypatch.setattr("storylens.embed.get_default_embedder", lambda cache=True: HashingEmbedder())
    return path, CliRunner().invoke(app, ["ingest", str(path), "--db", str(tmp_path / "s.db"), "--silent"])


def test_a_whole_file_gzip_whose_crc_fails_without_digests_stores_them_with_a_warning(tmp_path, monkeypatch):
    """robust65d (break65r2 MEDIUM-2): stored with a warning, counted in the one line (was: none stored)."""
    path, result = _ingest(tmp_path, monkeypatch, _bad_crc(_pack(_records(digests=False), "whole-gzip")))
    assert result.exit_code == 1, result.output
    lines = result.output.splitlines()
    assert lines[0].startswith(f"storylens: added {COUNT} articles")
    assert "failed 1 in " in lines[0]
    assert lines[1].startswith(f"storylens: error: {path}: damaged gzip member at byte 0 ")
    assert lines[1].endswith(f"; {COUNT} records read from the damaged gzip member were stored with a warning: no "
                             f"digest proves them intact; re-download the archive")
    assert len(lines) == 2


def test_a_record_whose_digest_does_not_match_fails_alone(tmp_path, monkeypatch):
    records = _records()
    records[1] = _changed(records[1])
    path, result = _ingest(tmp_path, monkeypatch, _pack(records, "whole-gzip"))
    assert result.exit_code == 1, result.output
    lines = result.output.splitlines()
    assert lines[0].startswith(f"storylens: added {COUNT - 1} articles")
    assert "failed 1 in " in lines[0]
    assert lines[1].startswith(f"storylens: error: {path}#2: block digest mismatch: ")
    assert len(lines) == 2
