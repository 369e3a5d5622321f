"""A file named ".jsonl.gz" that is no gzip archive is one line naming it and the fix (final73 #3: each of its lines
was "not valid JSON; fix or remove the line", a binary one "pass a .txt or .html article"). A misnamed file of plain
JSON lines is still read: nothing in it is lost."""

from __future__ import annotations

import gzip
import json

import pytest

from storylens.ingest.jsonl import read_jsonl
from storylens.ingest.walk import iter_records
from storylens.models import Failure, RawDocument

_TEXT = ("The river rose by two metres on Monday after three days of rain, and 400 people left their homes in the "
         "valley, the regional fire service said.")


@pytest.mark.parametrize("content", [
    b"this is not gzip at all\nsecond line\n",
    b"PK\x03\x04\x14\x00\x00\x00\x08\x00binary zip bytes\x00\x01",
    b"Flood waters rise in the valley\n\n" + _TEXT.encode() + b"\n",
])
def test_a_jsonl_gz_that_is_no_gzip_is_one_line_naming_it(tmp_path, content):
    path = tmp_path / "x.jsonl.gz"
    path.write_bytes(content)
    records = list(iter_records([path]))
    assert len(records) == 1 and isinstance(records[0], Failure)
    assert records[0].source.endswith("x.jsonl.gz")
    assert "not a gzip file" in records[0].reason and "compress it" in records[0].reason


def test_a_misnamed_file_of_plain_json_lines_is_read(tmp_path):
    path = tmp_path / "x.jsonl.gz"
    path.write_text(json.dumps({"id": "a", "text": _TEXT}) + "\n", encoding="utf-8")
    docs = list(read_jsonl(path))
    assert [type(d) for d in docs] == [RawDocument] and docs[0].text == _TEXT


def test_a_real_jsonl_gz_is_still_read(tmp_path):
    path = tmp_path / "x.jsonl.gz"
    path.write_bytes(gzip.compress((json.dumps({"id": "a", "text": _TEXT}) + "\n").encode()))
    assert [type(d) for d in read_jsonl(path)] == [RawDocument]


def test_a_plain_jsonl_file_with_a_bad_line_still_says_the_line(tmp_path):
    path = tmp_path / "x.jsonl"
    path.write_bytes(b"not json\n")
    records = list(read_jsonl(path))
    assert len(records) == 1 and "not valid JSON" in records[0].reason and records[0].source.endswith("#1")


# dates74fix #2: a misnamed file is judged by its first non-blank byte, not by parsing its head: a first record
# longer than the 8 KB head, a bad first line or Latin-1 text lost the whole file


def _misnamed(tmp_path, content: bytes):
    path = tmp_path / "x.jsonl.gz"
    path.write_bytes(content)
    return list(iter_records([path]))


def test_a_misnamed_file_with_a_first_record_of_5_kb_is_read(tmp_path):
    long_text = " ".join([_TEXT] * 40)  # ~5.6 KB, past the head
    lines = [json.dumps({"id": "a", "text": long_text}), json.dumps({"id": "b", "text": _TEXT})]
    records = _misnamed(tmp_path, ("\n".join(lines) + "\n").encode())
    assert [type(r) for r in records] == [RawDocument, RawDocument] and records[0].text == long_text


def test_a_misnamed_file_with_a_bad_first_line_keeps_the_good_record(tmp_path):
    records = _misnamed(tmp_path, b"{bad\n" + json.dumps({"id": "b", "text": _TEXT}).encode() + b"\n")
    assert [type(r) for r in records] == [Failure, RawDocument]
    assert records[0].source.endswith("x.jsonl.gz#1") and "not valid JSON" in records[0].reason


def test_a_misnamed_latin1_file_of_json_lines_is_read(tmp_path):
    text = "Le maire de Besançon a annoncé lundi la fermeture de l'usine, a indiqué la préfecture."
    line = '{"id": "a", "text": "' + text + '"}\n'
    records = _misnamed(tmp_path, line.encode("latin-1"))
    assert [type(r) for r in records] == [RawDocument] and "Besan" in records[0].text


@pytest.mark.parametrize("head", [b"\xef\xbb\xbf", b"\n\n  \r\n"])
def test_a_byte_order_mark_or_blank_lines_before_the_first_record_are_no_text(tmp_path, head):
    records = _misnamed(tmp_path, head + json.dumps({"id": "a", "text": _TEXT}).encode() + b"\n")
    assert [type(r) for r in records] == [RawDocument]


def test_text_after_blank_lines_is_still_no_json(tmp_path):
    records = _misnamed(tmp_path, b"\n\n" + _TEXT.encode() + b"\nsecond line of text\n")
    assert len(records) == 1 and isinstance(records[0], Failure) and "not a gzip file" in records[0].reason
    assert "'{' or '['" in records[0].reason


# dates74fix2: a junk first line before good JSON lines reads as main did: its failure, then the articles


def test_a_junk_first_line_before_json_lines_is_one_failure_and_the_articles(tmp_path):
    lines = [json.dumps({"id": "a", "text": _TEXT}), json.dumps({"id": "b", "text": _TEXT})]
    records = _misnamed(tmp_path, b"junk header line\n" + ("\n".join(lines) + "\n").encode())
    assert [type(r) for r in records] == [Failure, RawDocument, RawDocument]
    assert records[0].source.endswith("x.jsonl.gz#1") and "not valid JSON" in records[0].reason


def test_json_only_after_the_first_lines_is_no_json_lines(tmp_path):
    junk = b"".join(b"junk line %d\n" % i for i in range(6))
    records = _misnamed(tmp_path, junk + json.dumps({"id": "a", "text": _TEXT}).encode() + b"\n")
    assert len(records) == 1 and isinstance(records[0], Failure) and "not a gzip file" in records[0].reason
