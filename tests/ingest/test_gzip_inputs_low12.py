"""newuser72 LOW-12 (newuser71 LOW-7): a gzipped article or record file (``x.txt.gz``, ``x.jsonl.gz``) was "a binary
file" to compare and the web upload, and ingest skipped it ("'.gz' files are not articles"). Such files are read as
what they hold, bounded against gzip bombs (one article at its limit, a stream at settings.gzip_max_ratio times its
compressed size), and a damaged or cut-off archive is one line naming it; a JSONL file keeps the records read before
the damage. The texts are written for these tests."""

from __future__ import annotations

import dataclasses
import gzip
import json

import pytest

from storylens.errors import InputError, TooLargeError
from storylens.ingest import read_path
from storylens.ingest.walk import detect_format, iter_records
from storylens.models import Failure, RawDocument

_TEXT = ("Flood waters rise in the river valley\n\nThe river rose by two metres on Monday after three days of rain, "
         "and 400 people left their homes in the valley, the regional fire service said.\n")
_PAGE = ("<html><head><title>Flood</title></head><body><article><h1>Flood waters rise</h1><p>The river rose by two "
         "metres on Monday after three days of rain, and 400 people left their homes in the valley, the regional fire "
         "service said on Tuesday morning.</p></article></body></html>")


def _records(n: int) -> bytes:
    return "".join(json.dumps({"id": f"r{i}", "text": f"Report {i}. {_TEXT}"}) + "\n" for i in range(n)).encode()


def test_a_gzipped_text_reads_as_the_text(tmp_path):
    plain, packed = tmp_path / "a.txt", tmp_path / "a.txt.gz"
    plain.write_text(_TEXT, encoding="utf-8")
    packed.write_bytes(gzip.compress(_TEXT.encode()))
    doc = read_path(packed)
    assert doc.text == read_path(plain).text and doc.source == str(packed) and not doc.html


def test_a_gzipped_page_reads_as_html_by_its_inner_suffix(tmp_path):
    (tmp_path / "p.html").write_text(_PAGE, encoding="utf-8")
    (tmp_path / "p.html.gz").write_bytes(gzip.compress(_PAGE.encode()))
    assert read_path(tmp_path / "p.html.gz").text == read_path(tmp_path / "p.html").text
    assert read_path(tmp_path / "p.html.gz").html


def test_members_one_after_the_other_are_one_input_and_zero_padding_is_ignored(tmp_path):
    half = len(_TEXT) // 2
    path = tmp_path / "cat.txt.gz"
    path.write_bytes(gzip.compress(_TEXT[:half].encode()) + gzip.compress(_TEXT[half:].encode()) + b"\0" * 512)
    (tmp_path / "plain.txt").write_text(_TEXT, encoding="utf-8")
    assert read_path(path).text == read_path(tmp_path / "plain.txt").text


@pytest.mark.parametrize(("damage", "said"), [
    (lambda b: b[: len(b) - 30], "it is cut off before its end"),
    (lambda b: b[:12] + bytes(40) + b[52:], "a damaged gzip archive ("),
    (lambda b: b + b"trailing words", "bytes after the end of the archive that are no gzip member"),
])
def test_a_damaged_archive_is_one_line_naming_it(tmp_path, damage, said):
    path = tmp_path / "bad.txt.gz"
    path.write_bytes(damage(gzip.compress((_TEXT * 20).encode())))
    with pytest.raises(InputError) as err:
        read_path(path)
    assert said in err.value.reason and "gzip -t" in err.value.reason and "\n" not in str(err.value)
    assert err.value.source == str(path)


def test_a_bomb_stops_at_one_article_s_limit(tmp_path):
    path = tmp_path / "bomb.txt.gz"
    path.write_bytes(gzip.compress(b"a" * 3_000_000))  # ~3 KB that inflates to 3 MB
    assert path.stat().st_size < 10_000
    with pytest.raises(TooLargeError) as err:
        read_path(path, max_bytes=2_000_000)
    assert err.value.reason.startswith("the gzip archive inflates to over the 2 MB limit for one article, so it may be a gzip bomb")


def test_ingest_reads_gzipped_text_jsonl_and_feed_files_and_still_skips_other_archives(tmp_path):
    (tmp_path / "a.txt.gz").write_bytes(gzip.compress(_TEXT.encode()))
    (tmp_path / "b.jsonl.gz").write_bytes(gzip.compress(_records(3)))
    feed = ('<?xml version="1.0"?><rss version="2.0"><channel><title>Valley News</title><item><title>Flood</title>'
            f"<description>{_TEXT.replace(chr(10), ' ')}</description></item></channel></rss>")
    (tmp_path / "c.xml.gz").write_bytes(gzip.compress(feed.encode()))
    (tmp_path / "d.tar.gz").write_bytes(gzip.compress(b"not read"))
    assert [detect_format(tmp_path / n) for n in ("a.txt.gz", "b.jsonl.gz", "c.xml.gz")] == ["text", "jsonl", "feed"]
    records = list(iter_records([tmp_path]))
    docs = [r for r in records if isinstance(r, RawDocument)]
    assert sorted(d.source for d in docs) == sorted([str(tmp_path / "a.txt.gz"), *(f"{tmp_path / 'b.jsonl.gz'}#{i}"
                                                                                    for i in (1, 2, 3)),
                                                     f"{tmp_path / 'c.xml.gz'}#1"])
    assert not [r for r in records if isinstance(r, Failure)]
    skipped = [r for r in records if not isinstance(r, RawDocument | Failure)]
    assert [s.source for s in skipped] == [str(tmp_path / "d.tar.gz")]


@pytest.mark.parametrize("records", [1, 3, 200])
def test_a_gzipped_jsonl_file_without_a_suffix_is_sniffed_by_what_it_holds(tmp_path, records):
    # small73fix: the head inflated was the COMPRESSED head's size (a 3-record file: ~150 bytes of one record, no
    # whole line), so it was one text article of raw JSON
    path = tmp_path / "export"
    path.write_bytes(gzip.compress(_records(records)))
    assert detect_format(path) == "jsonl"
    docs = [r for r in iter_records([path]) if isinstance(r, RawDocument)]
    assert [d.source for d in docs] == [f"{path}#{i}" for i in range(1, records + 1)]


def test_a_small_gzipped_feed_without_a_suffix_is_a_feed(tmp_path):
    feed = ('<?xml version="1.0"?><rss version="2.0"><channel><title>Valley News</title><item><title>Flood</title>'
            f"<description>{_TEXT.replace(chr(10), ' ')}</description></item></channel></rss>")
    path = tmp_path / "latest"
    path.write_bytes(gzip.compress(feed.encode()))
    assert detect_format(path) == "feed"


def test_a_cut_jsonl_gz_keeps_the_records_before_the_cut(tmp_path):
    data = gzip.compress(_records(400), compresslevel=1)
    path = tmp_path / "cut.jsonl.gz"
    path.write_bytes(data[: len(data) // 2])
    records = list(iter_records([path]))
    docs = [r for r in records if isinstance(r, RawDocument)]
    [failure] = [r for r in records if isinstance(r, Failure)]
    assert 50 < len(docs) < 400 and docs[0].source == f"{path}#1"
    assert failure.source == str(path) and "cut off before its end" in failure.reason


def test_a_jsonl_gz_bomb_stops_at_the_ratio(tmp_path, monkeypatch):
    import storylens.settings

    monkeypatch.setattr(storylens.settings, "DEFAULT", dataclasses.replace(storylens.settings.DEFAULT, gzip_max_ratio=5))
    path = tmp_path / "bomb.jsonl.gz"
    path.write_bytes(gzip.compress(_records(2000)))  # ~ 60x smaller than what it holds
    from storylens.ingest.jsonl import read_jsonl

    records = list(read_jsonl(path, max_bytes=10_000))
    failures = [r for r in records if isinstance(r, Failure)]
    assert len(records) < 2000 and len(failures) == 1 and failures[-1] is records[-1]
    assert "5 times its compressed size (settings.gzip_max_ratio)" in failures[0].reason


@pytest.mark.parametrize("tail", [b"\0", b"\0\0", b"\0" * 4096])
def test_any_zero_padding_after_the_last_member_is_ignored(tmp_path, tail):
    path = tmp_path / "padded.txt.gz"
    path.write_bytes(gzip.compress(_TEXT.encode()) + tail)
    assert read_path(path).text.startswith("Flood waters rise")


def test_a_member_cut_inside_its_header_is_damaged(tmp_path):
    path = tmp_path / "two.txt.gz"
    path.write_bytes(gzip.compress(_TEXT.encode()) + b"\x1f\x8b")
    with pytest.raises(InputError, match="ends inside a member's header"):
        read_path(path)
